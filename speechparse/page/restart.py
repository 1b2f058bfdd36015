"""A second document on the page: numbering that starts again after the first was signed off or closed.

Split from :mod:`speechparse.page.tail` (which reads the rest of the page's end)
because it is one decision with its own evidence: the page must say a new
document begins (see :func:`restarted_document`).
"""

from __future__ import annotations

import itertools

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from .closing import FAREWELL_RE, OPENER_RE
from .facts import DOCUMENT_NUMBER_RE, ORG_RE, is_sign_off, match_date, match_iso_date, named_works, unbracketed
from .salutation import salutation_line
from .start import ADDRESSEE_LINE_RE, is_paragraph
from .titlelines import DOCUMENT_KIND_END_RE
from .vocab import DOCUMENT_NOTE_RE


def restarted_document(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                        body_start: int, end: int) -> int | None:
    """A second document: numbering starts again at the top level after the speech closed.

    A repeated 「一、」 is far more often the writer's slip than a new document,
    and an address in mid-text (「各位代表，……」) does not end a speech; so the
    page itself must say a new document begins: the speech is signed off
    (issuing body, date, 「……印发」), or, after its closing appeal, a new title
    block (a line that is not running text) stands before the numbering.
    """
    order = sorted(i for i in headings if i < end)
    work = issued_work(lines, noise, body_start, end)
    if not order or (work is not None and work < order[0]):
        return work  # (the work a 印发通知 names, under its date, before any numbering: its head may hold
        # lines a sign-off holds too, 「某镇人民政府」 over 「2025年政府工作报告」)
    top = min(headings[i].style.rank for i in order)
    # (before the first heading only a 公文's sign-off says so, its issuing body over its date: a
    # 印发通知, then the document it issues under its own title; a preamble's 「同志们，……」 closes
    # nothing, and a date alone may head a speech's next part)
    for prev, h in itertools.pairwise([body_start - 1, *order]):
        hm = headings[h]
        if hm.number != 1 or (prev < body_start and not any("年" in ln.content and "日" in ln.content
                                                            for ln in lines[prev + 1:h])):
            continue  # (no date written out before the first heading: no 公文 signed there)
        closed = None
        signed = issuer = dated = False
        for ln in lines[prev + 1:h]:
            if ln.is_blank or (noise[ln.index] and not match_iso_date(ln.content)):
                continue
            c = ln.content
            sign_off = is_sign_off(c)
            if OPENER_RE.match(c) or FAREWELL_RE.search(c) or sign_off:
                closed = ln.index
                signed = signed or sign_off
                issuer = issuer or (ORG_RE.match(c) is not None and len(c) <= 30)
                dated = dated or match_date(c) is not None or match_iso_date(c) is not None
        if closed is None or (prev < body_start and not (issuer and dated) and not (
                dated and _issues_named_work(lines, noise, body_start, closed))):
            continue
        # (names alone, 「新野县人民政府」 / 「卧龙区人民政府」 under 「一、金杯单位」, are a list of them: a text
        # is signed off by its signature and date, or its 「……印发」 line)
        signed = signed and (dated or any(lines[k].content.endswith("印发") for k in range(prev + 1, h)))
        for ln in lines[closed + 1:h + 1]:
            if ln.is_blank or noise[ln.index] or is_sign_off(ln.content) or \
                    FAREWELL_RE.search(ln.content):
                continue
            if hm.style.rank == top and (signed or (ln.index != h and not is_paragraph(ln))):
                return ln.index
            if signed and ln.index != h and _title_like(ln.content):
                return ln.index  # (a lower level's numbering after a signed-off text and a new title)
            break
    return work


_DATE_LINE = 24  # a sign-off's date line is short


def issued_work(lines: list[Line], noise: list[bool], body_start: int, end: int) -> int | None:
    """A second document after the first one's date, where no numbering starts again to tell it:
    the first dated line, followed by the title of a work the text names in 《》 (a 印发通知 issuing a
    预案 numbered 「1 总则」「1.1 ……」, or not at all: see _issues_named_work), or, under a signature,
    by a 公文's head (a collection's next item: its title, then its number or addressee)."""
    for ln in lines[body_start:end]:
        c = ln.content
        if c and len(c) <= _DATE_LINE and "日" in c and not noise[ln.index] and match_date(c) is not None:
            after = [x for x in lines[ln.index + 1:end] if not x.is_blank and not noise[x.index]
                     and DOCUMENT_NOTE_RE.match(x.content) is None][:_HEAD_LOOK]
            if not after:
                return None
            if _issues_named_work(lines, noise, body_start, ln.index) or (
                    _signed(lines, noise, ln.index) and _document_head(after)):
                return after[0].index  # (a collection's label over the next item, 「批复范文 篇2」, opens it)
            return None  # (the first date only: a later one is the work's own)
    # (no date written out, 「2024327」 or none at all: the work's title right under the notice's own
    # lines, its text naming it, begins it all the same)
    near = [ln for ln in lines[body_start:end] if not ln.is_blank and not noise[ln.index]][:_NOTICE_LINES]
    if any(x.content[:1] == "附" for x in near):
        return None  # (its attachment note 「附件：……」 heads the work: see page.tail)
    for ln in near[:-1]:
        if ln.content[-1:] not in "：:" and _issues_named_work(lines, noise, body_start, ln.index):
            return next(x.index for x in lines[ln.index + 1:end] if not x.is_blank and not noise[x.index]
                        and DOCUMENT_NOTE_RE.match(x.content) is None)
    return None


_HEAD_LOOK = 4
_NOTICE_LINES = 6  # a 印发通知's own lines over the work it issues: addressee, its sentence, a date, a note

# A collection's label over one of its items: 「落成典礼致辞 篇2」「第二篇」 (its first, 篇1, heads the page's own).
ITEM_LABEL_RE = lazy_compile(r"(?:篇[ \u3000\xa0]{0,2}\d{1,2}|第[\d一二三四五六七八九十]{1,3}篇)$")
_FIRST_ITEM_RE = lazy_compile(r"(?:篇[ \u3000\xa0]{0,2}0?1|第[1一]篇)$")
_ITEM_LABEL = 30


def next_item(lines: list[Line], noise: list[bool], body_start: int, end: int) -> int | None:
    """A collection's next item after the text has ended: its label 「……篇2」 on a line of its own under
    the text's last words (a farewell or an exclamation), over the next item's salutation, addressee or
    title (a label in mid-text, under running words or a date alone, begins nothing: a signed date
    is :func:`issued_work`'s)."""
    prev = ""
    for ln in lines[body_start:end]:
        if ln.is_blank or noise[ln.index]:
            continue
        c = ln.content
        if prev and "篇" in c and len(c) <= _ITEM_LABEL and ITEM_LABEL_RE.search(c) and not _FIRST_ITEM_RE.search(c) \
                and (prev[-1] in "！!" or FAREWELL_RE.search(prev)):
            nxt = next((x.content for x in lines[ln.index + 1:end] if not x.is_blank and not noise[x.index]), "")
            if nxt and (salutation_line(nxt) is not None or ADDRESSEE_LINE_RE.match(nxt) or _title_like(nxt)):
                return ln.index
        prev = c
    return None


def _signed(lines: list[Line], noise: list[bool], k: int) -> bool:
    """The line over the date at line ``k`` is a signature: an issuing body's name."""
    above = next((x for x in reversed(lines[:k]) if not x.is_blank and not noise[x.index]), None)
    return above is not None and len(above.content) <= _ISSUER and ORG_RE.match(above.content) is not None


_ISSUER = 30


def _document_head(after: list[Line]) -> bool:
    """A 公文's head among the first lines: a title naming its kind, then (within two lines) its
    number 「某审字〔1998〕12号」 or its addressee 「某公司：」."""
    for j, x in enumerate(after[:_HEAD_LOOK - 1]):
        if _title_like(x.content) and DOCUMENT_KIND_END_RE.search(x.content) is not None:
            return any(DOCUMENT_NUMBER_RE.match(y.content) or ADDRESSEE_LINE_RE.match(y.content)
                       for y in after[j + 1:j + 3])
    # (its title left out, a collection's item opens on its addressee, maybe under the site's label
    # 「请示范文 篇2」: a line that may title it)
    return ADDRESSEE_LINE_RE.match(after[0].content) is not None or (
        len(after) > 1 and _title_like(after[0].content) and ADDRESSEE_LINE_RE.match(after[1].content) is not None)


def _issues_named_work(lines: list[Line], noise: list[bool], body_start: int, closed: int) -> bool:
    """The line after a 印发通知's date is the work its text names: 「现将《某县公文处理有关规定》印发给
    你们」 … 「2013年2月27日」 / 「某县公文处理有关规定」 (dated, unsigned: the work's own title begins it)."""
    after = (ln for ln in lines[closed + 1:] if not ln.is_blank and not noise[ln.index]
             and DOCUMENT_NOTE_RE.match(ln.content) is None)  # (the notice's 「（此件公开发布）」 after its date)
    nxt = next(after, None)
    if nxt is None or not _title_like(nxt.content):
        return False
    # (the text read as one: a wrap may cut the name in 《》 over two lines)
    works = named_works("".join(ln.content for ln in lines[body_start:closed + 1]))
    title = unbracketed(nxt.content.strip("《》 \u3000"))
    if len(title) >= 4 and any(_same_work(title, w) for w in works):
        return True
    second = next(after, None)  # (the work's title set over two lines: 「……实施《……」 / 「……》试点方案」)
    return second is not None and _title_like(second.content) and \
        any(_same_work(unbracketed((nxt.content + second.content).strip("《》 \u3000")), w) for w in works)


_ISSUER_YEAR_RE = lazy_compile(  # (an issuing body's name, then the year: 「某镇人民政府2025年」)
    r"(?:[\u4e00-\u9fff]{1,20}?(?:政府|委员会|党委|委|局|厅|办公室|公司|学校|院|中心|社区))?"
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?")
_NAMED_SHORTER = 4  # a text may name the work a few characters short: 《……公文处理细则》 for 「……公文处理实施细则」


def _same_work(title: str, work: str) -> bool:
    """``work`` as named in the text is ``title``, or it with a few characters left out, its kind the same."""
    if title == work or (len(work) >= _NAMED_SHORTER and title.endswith(work) and _ISSUER_YEAR_RE.fullmatch(
            title, 0, len(title) - len(work)) is not None):
        return True  # (《政府工作报告》 for 「某镇人民政府2025年政府工作报告」: its issuer and year before the name)
    short, long_ = sorted((title, work), key=len)
    if len(short) < 2 * _NAMED_SHORTER or len(long_) - len(short) > _NAMED_SHORTER or short[-2:] != long_[-2:]:
        return False
    rest = iter(long_)
    return all(ch in rest for ch in short)  # (each of its characters in turn: the shorter a subsequence)


def _title_like(c: str) -> bool:
    """A line that may title a document (in any script): short, no sentence in it or at its end."""
    return len(c) <= 60 and c[-1] not in "。！？!?.：:，,；;、" and "。" not in c
