"""The 附件说明 of a 公文: the names of the documents appended, listed under its body.

GB/T 9704-2012 (7.3.4) sets it under the body and over the signature: 「附件：1.……」 and the further
names below, one a line.  It lists the documents appended; it is none of them (those are
:mod:`speechparse.page.tail`'s appended documents, under the signature).
"""

from __future__ import annotations

from ..layout import Wraps
from ..lazyre import lazy_compile
from ..lines import Line
from .facts import is_sign_off
from .vocab import DOCUMENT_NOTE_RE

# 附件说明 (GB/T 9704-2012, 7.3.4): under the body and over the signature, the names of the attachments,
# 「附件：1.……」 and the further names below.  It lists the documents appended; it is not one of them.
# (a name may end with a mark it should not have: G501 reports it)
# (or each name labelled with its number: 「附件1：……」 over 「附件2：……」)
_NOTE_HEADER_RE = lazy_compile(
    r"^附件?[ \u3000]{0,2}(?:\d{1,2}[ \u3000]{0,2})?[:：][ \u3000]{0,2}(?P<t>[^。！？；]{0,60}[。；]?)$")
_ITEM_NUMBER = r"(?:附件[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}[:：]|\d{1,2}[.．、])[ \u3000]{0,2}"
_NOTE_ITEM_RE = lazy_compile(rf"^{_ITEM_NUMBER}[^。！？；]{{1,60}}[。；]?$")
_ITEM_NUMBER_RE = lazy_compile(rf"^{_ITEM_NUMBER}")
_NOTE_GAP = 3  # blank lines between the note and the signature under it
_ITEM_GAP = 1  # blank lines between two names in the note


def note_header(content: str) -> str | None:
    """The first attachment's name if the line heads an attachment note (「附件：1.……」), else None."""
    m = _NOTE_HEADER_RE.match(content) if content[:1] == "附" else None  # (「附件：」, or short: 「附：」)
    return attachment_name(m.group("t")) if m else None


def is_attachment_note_item(content: str) -> bool:
    """A further numbered attachment name under the note's first line."""
    return _NOTE_ITEM_RE.match(content) is not None and not is_sign_off(content)


def attachment_name(item: str) -> str:
    """「2.森林火情报告表」 → 「森林火情报告表」."""
    return _ITEM_NUMBER_RE.sub("", item, count=1).strip()


def find_attachment_note(lines: list[Line], noise: list[bool], start: int, end: int,
                         wraps: Wraps | None = None) -> tuple[int, int] | None:
    """The 附件说明 in ``start..end``: its header line and the line after its last name.

    Only next to a sign-off: over the signature, where the standard puts it,
    or under it with nothing after.  That is what tells it from an appended
    document's header, which has the document's own text under it.  Gaps are
    read against the page's own spacing: a page that puts three blank lines
    between its paragraphs puts them between the names too.  On a hard-wrapped
    page (``wraps``) a long name is read whole, over the lines it wraps on.
    """
    usual: int | None = None
    for ln in lines[start:end]:
        c = ln.content
        m = _NOTE_HEADER_RE.match(c) if c[:1] == "附" and not noise[ln.index] else None
        if m is None:
            continue
        if usual is None:
            usual = _usual_gap(lines, start, end)
        item_gap, note_gap = max(_ITEM_GAP, usual), max(_NOTE_GAP, usual)
        last = wraps.lines_of(ln.index)[-1] if wraps else ln.index
        items = 1 if m.group("t") else 0
        nxt = _next_real(lines, noise, last + 1, end)
        # (a page that double-spaces its lines puts a blank line between the names too)
        while nxt is not None and _blanks(lines, last, nxt.index) <= item_gap \
                and is_attachment_note_item(wraps.text(lines, nxt.index) if wraps else nxt.content):
            last = wraps.lines_of(nxt.index)[-1] if wraps else nxt.index
            items += 1
            nxt = _next_real(lines, noise, last + 1, end)
        if not items:
            continue
        if nxt is not None and nxt.content[:1] in "（(" and DOCUMENT_NOTE_RE.match(nxt.content):
            nxt = _next_real(lines, noise, nxt.index + 1, end)  # 「（信息公开形式：主动公开）」 over the signature
        if nxt is not None and _blanks(lines, last, nxt.index) <= note_gap and is_sign_off(nxt.content):
            return ln.index, last + 1
        if nxt is None and c[:2] == "附件" and _signed_above(lines, noise, ln.index, start):
            return ln.index, last + 1  # (under the signature only 「附件：」: a 「附：」 there heads an appended text)
    return None


def _usual_gap(lines: list[Line], start: int, end: int) -> int:
    """The page's spacing: the most common count of blank lines between two lines of text."""
    runs: dict[int, int] = {}
    run = -1  # (no text line seen yet)
    for ln in lines[start:end]:
        if ln.is_blank:
            if run >= 0:
                run += 1
        else:
            if run >= 0:
                runs[run] = runs.get(run, 0) + 1
            run = 0
    return max(runs, key=lambda k: (runs[k], -k), default=0)


def _blanks(lines: list[Line], a: int, b: int) -> int:
    """The gap between lines ``a`` and ``b`` as a reader sees it: the longest run of blank lines (a caption
    or an image credit between them is page noise that stands in its own spacing, not a wider gap)."""
    longest = run = 0
    for ln in lines[a + 1:b]:
        run = run + 1 if ln.is_blank else 0
        longest = max(longest, run)
    return longest


def _next_real(lines: list[Line], noise: list[bool], k: int, end: int) -> Line | None:
    for j in range(k, min(end, len(lines))):  # (by index: a slice would copy the rest of the page each call)
        if not lines[j].is_blank and (not noise[j] or is_attachment_note_item(lines[j].content)):
            return lines[j]  # (a name with its file's extension, 「1.乡镇职责清单.xlsx」, reads as a download link)
    return None


def _signed_above(lines: list[Line], noise: list[bool], i: int, start: int) -> bool:
    for j in range(i - 1, start - 1, -1):
        if not lines[j].is_blank and not noise[j]:
            return is_sign_off(lines[j].content)
    return False
