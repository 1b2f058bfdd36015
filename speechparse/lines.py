"""Lines first: cut the text into lines and find where each line's content starts.

Every later stage works on :class:`Line` records, never on raw offsets, and
every record knows its exact place in the original text, so anything
reported downstream points at the original characters.

Two things make a "line" more than a split on ``\\n``:

* leading junk (indentation, NBSP, zero-width characters, web fonts' private-use icon glyphs, Markdown
  ``#``/``>``/``**``, a part's frame 「【第一部分：……】」) is set aside, so a marker behind it opens the content;
* a one-line scrape whose paragraphs are separated only by 「　　」 is cut
  into virtual lines at those gaps (they keep their physical line number,
  with the column telling where they start).
"""

from __future__ import annotations

from itertools import pairwise

from .lazyre import cached_compile, lazy_compile
from .markers import BOX_BARS, BRACKETED_PART_RE, MARKER_AHEAD, match_heading
from .page.glued import glued_head_part
from .page.marks import MARK_LAST, trailing_accept_mark
from .page.menu import is_menu
from .page.packed import ATTACHMENT_FIRST as _ATTACHMENT_FIRST
from .page.packed import cut_attachment_list, cut_packed_head, is_paper_citation, worth_cutting
from .page.strewn import MIN_STREWN, without_strewn_tail
from .page.vocab import DECORATIONS
from .pagenumbers import is_page_number
from .runon import WRAPPED_RUNON_RE, may_run_on, runon_cuts, spaced_head_cuts

# Line ends: those of ``str.splitlines`` (LF, CRLF, CR, U+2028, U+2029, NEL, VT, FF,
# FS/GS/RS); CR-only and U+2028 files are common in scraped text.
_EOL_CHARS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_EOL = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # looked for one by one: faster than a class
# Leading junk before the content of a line: spaces of all widths, invisible characters, decorative
# bullets (private-use icon glyphs are added as a range), and Markdown marks.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
# (a table drawn with box characters, a Word 版记 set as a table or an OCR'd form, frames each row in bars:
# the frame is set aside like indentation; see markers.BOX_BARS)
_JUNK_CHARS = " \t\u3000\xa0\u2002\u2003\u2009\u200a" + _INVISIBLE_CHARS + "•●■◆▲△▼▽►▶▷★☆◇□↑" + BOX_BARS
_JUNK_RE = cached_compile(
    rf"(?:[{_JUNK_CHARS}\ue000-\uf8ff{DECORATIONS}]"
    rf"|#{{1,6}}(?=[ \t\u3000]|{MARKER_AHEAD})|>(?=[ \t\u3000]|$)|[-+*](?=[ \t])|\*\*|__)*"
)
_JUNK_FIRST = frozenset(_JUNK_CHARS + "#>*_-+【")
_BOX_BARS = frozenset(BOX_BARS)
_DECORATION_RE = cached_compile(f"[{DECORATIONS}]")
_INVISIBLE = frozenset(_INVISIBLE_CHARS)
_MD_HEADING_RE = cached_compile(rf"[ \t\u3000\xa0]{{0,8}}(#{{1,6}})(?:[ \t\u3000]|{MARKER_AHEAD})")
_MD_CLOSE_RE = lazy_compile(r"(?<=[^#\s])[ \t\u3000]+#+$")  # 「# 表态发言 #」: a heading's closing sequence
_MIN_RUNON_LENGTH = 200
# A scrape's title glued to its text stands on one of its first lines (under a few lines of page furniture
# at most: an account name, a publishing line, a follow prompt).
_GLUED_HEAD_LINES = 8
_GLUED_TITLES = 8  # parts cut off one line's head: a site's page counter and note, a title the site repeats
_FAR_GLUED = 200  # (each of those parts ends in a colon within a title's and an address's length)
# Lines near the top may be a packed page head (dateline, title, date, speaker,
# caption and salutation glued together): see speechparse.page.packed.
_HEAD_LINES = 40
_HEADING_FIRST = frozenset("一二三四五六七八九十第（(")  # a top-level heading's first character
_BODY_LINE = 60  # a line of running text this long ends the head
_HEAD_PIECES = 6  # a one-line scrape's first pieces under that length: all head
_LABEL_LINE = 12


class Line:
    """One line (or virtual line) of the input.

    ``start``/``end`` delimit the line without its line end; ``next_start``
    is where the following line begins, so consecutive lines tile the text.
    ``content`` is the text after leading junk with trailing spaces removed;
    ``lead`` is the length of that junk, and ``content_start`` (``start + lead``)
    the content's offset in the original text.  Only ``start`` is
    stored among the offsets (the others are small lengths from it): a large
    text has hundreds of thousands of lines.
    """

    __slots__ = ("_eol", "_length", "col", "content", "index", "is_blank", "kind", "lead", "lineno",
                 "md_level", "start")

    def __init__(self, index: int, lineno: int, col: int, start: int, end: int,
                 next_start: int, text: str) -> None:
        self.index = index
        self.lineno = lineno  # 1-based physical line
        self.col = col  # 0-based column of ``start`` in the physical line
        self.start = start
        self._length = end - start
        self._eol = next_start - end
        first = text[:1]
        if first and (first in _JUNK_FIRST or "\ue000" <= first <= "\uf8ff" or is_decoration(first)):
            self._junk(text)
            return
        self.lead = 0
        self.md_level = 0
        content = text.rstrip()
        if content and _decorated_end(content[-1]):
            content = _strip_tail(content)
        if content and content[-1] in _TRAILER_LAST:
            content = _without_trailer(content)
        if len(content) > MIN_STREWN:
            content = without_strewn_tail(content)
        self.content = content
        self.is_blank = not content
        self.kind = "text" if content else "blank"

    @property
    def end(self) -> int:
        return self.start + self._length

    @property
    def next_start(self) -> int:
        return self.start + self._length + self._eol

    @property
    def content_start(self) -> int:
        return self.start + self.lead

    def _junk(self, text: str) -> None:
        """The rest of ``__init__`` for a line that starts with junk (the rare case)."""
        junk = _JUNK_RE.match(text)
        lead = junk.end() if junk else 0
        lead += text[lead:lead + 1] == "【" and BRACKETED_PART_RE.match(text, lead) is not None  # (【第一部分：……】)
        if text[lead:lead + 1] == "*" and text[lead - 2:lead] == "**" and not text.rstrip().endswith("*"):
            lead -= 2  # 「***镇……」: a mask of three, not bold (bold closes its 「**」 at the end)
        md = _MD_HEADING_RE.match(text)
        self.md_level = len(md.group(1)) if md else 0
        raw = text[lead:].rstrip()
        content = _strip_tail(_MD_CLOSE_RE.sub("", raw) if md and raw[-1:] == "#" else raw)
        if content and ((content[-1] in _BOX_BARS and not _BOX_BARS.isdisjoint(text[:lead]))
                        or (content[-1] == "】" and text[lead - 1:lead] == "【")):
            content = content[:-1].rstrip()  # (the frame's closing bar, or the part's bracket)
        if content and content[-1] in _TRAILER_LAST:
            content = _without_trailer(content)
        if len(content) > MIN_STREWN:
            content = without_strewn_tail(content)
        for bold in ("**", "__"):  # a line bold as a whole: 「**2025年12月20日**」
            if lead and bold in text[:lead] and content.endswith(bold) and bold not in content[:-2]:
                content = content[:-2].rstrip()
        self.content, self.lead, self.is_blank, self.kind = content, lead, not content, "text" if content else "blank"

    def __repr__(self) -> str:
        return f"Line({self.lineno}:{self.col}, {self.kind}, {self.content[:20]!r})"


def _without_trailer(content: str) -> str:
    """The line's text without an inline marker after it (checks.suppress reads the marker),
    or without a scrape's empty table cells after it: 「……的决定 | |」 (a Markdown table's
    row, 「| a | b |」, opens with its bar and keeps them)."""
    if content[-1] in "|｜":
        if content[0] in "|｜":
            return content
        start = _empty_cells_start(content)
        return content[:start] if start > 0 else content
    cut = trailing_accept_mark(content)
    return content if cut < 0 else content[:cut].rstrip()


_CELL_GAP = " \u3000\xa0"
_MAX_EMPTY_CELLS = 8


def _empty_cells_start(content: str) -> int:
    """Where trailing empty table cells 「 | |」 begin (up to eight, each a gap and a bar), or -1.

    Read from the end, not by a pattern search: a long run of spaces with no
    bar after it would make a search try every start in it.
    """
    end = len(content)
    cells = 0
    while cells < _MAX_EMPTY_CELLS and end > 0 and content[end - 1] in "|｜":
        k = end - 1
        while k > 0 and content[k - 1] in _CELL_GAP:
            k -= 1
        if k == end - 1:
            break  # a bar with no gap before it: not an empty cell
        end = k
        cells += 1
    return end if cells else -1
# The last character of a line that may end in one of those: a cheap gate for every line.
_TRAILER_LAST = MARK_LAST | frozenset("|｜")


def _strip_tail(content: str) -> str:
    """Without trailing invisible characters and private-use icon glyphs.

    (Emoji after the text stay: they are part of what the line says as written, and the
    readers that look at a line's end take them off themselves, see page.closing.)
    """
    while content and _decorated_end(content[-1]):
        content = content[:-1].rstrip()
    return content


def unbold(text: str) -> str:
    """``text`` without Markdown's bold marks 「**」; kept where each one stands inside a word, between
    two ideographs (「加强**建工作」: a censor's mask for a word, not bold)."""
    if "**" not in text:
        return text
    at = text.find("**")
    while at != -1:
        end = at + 2
        while end < len(text) and text[end] == "*":
            end += 1  # (the whole run: 「关于***镇」 is a mask of three)
        if not ((at > 0 and _ideograph(text[at - 1]) and end < len(text) and _ideograph(text[end])) or (
                end - at > 2 and not text.endswith("**") and end < len(text) and _ideograph(text[end]))):
            return text.replace("**", "")  # (one at an edge or by a mark: bold; 「***镇……」 at the start, a mask)
        at = text.find("**", end)
    return text


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def is_decoration(ch: str) -> bool:
    """An emoji or pictograph (vocab.DECORATIONS), tested by range first: a line's first or last
    character is read for every line, and almost never is one."""
    return ("\u2600" <= ch <= "\u2bff" or ch == "\ufe0f" or ch >= "\U0001f300") \
        and _DECORATION_RE.match(ch) is not None


def _decorated_end(last: str) -> bool:
    return last in _INVISIBLE or "\ue000" <= last <= "\uf8ff" or last == "¶"  # (a heading's anchor, a Word mark)


def _physical_lines(text: str) -> tuple[list[str], list[int] | None]:
    """Each line without its line end, and the length of each line end (None: all are one).

    Text with only ``\n`` line ends (the common case) is cut by ``str.split``,
    in C: five times faster than a ``str.find`` loop, and the lines it makes
    are the very strings the :class:`Line` records keep.  The last line may
    have no line end: ``split_lines`` stops every line at the end of the text.
    """
    if not any(c in text for c in _OTHER_EOL):
        parts = text.split("\n")
        if not parts[-1]:  # after the last "\n": "" when the text ends with one
            parts.pop()
        return parts, None
    raws: list[str] = []
    ends: list[int] = []
    for piece in text.splitlines(keepends=True):
        raw = piece.rstrip(_EOL_CHARS)
        if len(raw) < len(piece) - 2:  # only one line end (or CRLF) belongs to a line
            raw = piece[:-2] if piece.endswith("\r\n") else piece[:-1]
        raws.append(raw)
        ends.append(len(piece) - len(raw))
    return raws, ends


def line_pieces(lines: list[Line], k: int) -> tuple[int, int]:
    """The first and last of the lines a gap cut line ``k``'s physical line into (``k``, ``k``: none)."""
    n = lines[k].lineno
    a, b = k, k
    while a > 0 and lines[a - 1].lineno == n:
        a -= 1
    while b + 1 < len(lines) and lines[b + 1].lineno == n:
        b += 1
    return a, b


def shares_line(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a piece of a physical line that a gap cut into more (see above)."""
    n = lines[i].lineno
    return (i > 0 and lines[i - 1].lineno == n) or (i + 1 < len(lines) and lines[i + 1].lineno == n)


def split_lines(text: str) -> list[Line]:
    """Cut ``text`` into lines that tile it exactly, virtual lines included."""
    lines: list[Line] = []
    append = lines.append
    pos = 0
    total = len(text)
    head = True  # still above the running text, where a packed page head may stand
    glue = True  # and a head part glued to the text (see glued_head_part)
    written = 0  # lines with text so far: a page's head is counted in them, not in blank lines
    labels = 0  # and the short labels among them (a page's 「热搜词」「收录于话题」「83个」 over the text)
    raws, eols = _physical_lines(text)
    spaced = spaced_head_cuts(text, raws)  # (breaks a hard-wrapped scrape kept as two spaces: runon)
    for lineno, raw in enumerate(raws, 1):
        next_start = pos + len(raw) + (1 if eols is None else eols[lineno - 1])
        if next_start > total:  # the last line, without a line end
            next_start = total
        if written <= _HEAD_LINES and raw and not raw.isspace():
            written += 1
            labels += _label_line(raw)
        glued = [0]
        # (Further down the head, under more page furniture, only a part whose follower says what
        # it is: a salutation, a 公文's number or addressee; see glued_head_part.)
        near = glue and written - labels <= _GLUED_HEAD_LINES  # (labels are no line of the text's head)
        far = glue and not near and written <= _HEAD_LINES and ("：" in raw[:_FAR_GLUED] or ":" in raw[:_FAR_GLUED])
        while (near or far) and len(glued) <= _GLUED_TITLES:  # (a site repeats it)
            k = glued_head_part(raw[glued[-1]:], head and near)
            if not k:
                break
            glued.append(glued[-1] + k)
        start = glued[-1]
        if start or (len(raw) >= _MIN_RUNON_LENGTH and may_run_on(raw)) or lineno - 1 in spaced or (
                "\u3000\u3000" in raw and WRAPPED_RUNON_RE.search(raw) is not None):
            rest = raw[start:]
            more = runon_cuts(rest) if len(rest) >= _MIN_RUNON_LENGTH and may_run_on(rest) else sorted(
                {m.start("gap") if m.group("gap") else m.start("gap2") for m in WRAPPED_RUNON_RE.finditer(rest)}
                | {c - start for c in spaced.get(lineno - 1, ()) if c > start})
            cuts = glued[1:] + [start + c for c in more]
            if cuts:
                _split_runon(lines, raw, cuts, pos, lineno, next_start)
                pos = next_start
                continue
        if head and _packed_head_line(raw) and not cut_attachment_list(raw):
            _add_parts(lines, raw, [(0, len(raw))], pos, lineno, next_start, head=True)
        else:
            ln = Line(len(lines), lineno, 0, pos, pos + len(raw), next_start, raw)
            cut = cut_attachment_list(raw) if ln.content[:1] in _ATTACHMENT_FIRST else 0
            if cut:  # 「附件：1. ……」: the header, then the first item
                _add_parts(lines, raw, [(0, cut), (cut, len(raw))], pos, lineno, next_start)
            else:
                append(ln)
        if head and (written >= _HEAD_LINES or (len(raw) >= _BODY_LINE and "。" in raw)):
            head = False
        if glue and _opens_heading(raw):
            glue = False  # (under a numbered heading 「一、……」 the text has begun: no page head glued below)
        pos = next_start
    return lines


def _split_runon(lines: list[Line], raw: str, cuts: list[int], base: int, lineno: int,
                 next_start: int) -> None:
    """Cut a flattened paragraph run at its gaps (the gap leads the next piece).

    The first pieces of a scraped article often pack dateline, title, date,
    speaker, photo caption and salutation together: those are cut apart too.
    """
    pieces = list(pairwise([0, *cuts, len(raw)]))
    head = 0
    # (past its first few pieces, as on a page of lines, the head goes on over a site's short
    # notes to the first paragraph)
    while head < min(len(pieces), _HEAD_LINES) and pieces[head][1] - pieces[head][0] < _MIN_RUNON_LENGTH and (
            head < _HEAD_PIECES or pieces[head][1] - pieces[head][0] < _BODY_LINE
            or "。" not in raw[pieces[head][0]:pieces[head][1]]):
        head += 1
    _add_parts(lines, raw, pieces[:head + 1], base, lineno, next_start, head=True,
               last=len(pieces) <= head + 1)  # (every piece short: all of them are head pieces)
    _add_parts(lines, raw, pieces[head + 1:], base, lineno, next_start)


def _label_line(raw: str) -> bool:
    """A short line with no clause in it: a page's label, a name, a date."""
    s = raw.strip()
    return len(s) <= _LABEL_LINE and "。" not in s and "，" not in s


def _opens_heading(s: str) -> bool:
    """``s`` opens on a numbered heading 「一、」「（一）」「第一章」: the text has begun (no head part glued below)."""
    return s[:1] in _HEADING_FIRST and match_heading(s) is not None


def _add_parts(lines: list[Line], raw: str, pieces: list[tuple[int, int]], base: int, lineno: int,
               next_start: int, head: bool = False, last: bool = True) -> None:
    """Virtual lines for ``pieces`` of the physical line ``raw``; head pieces are unpacked."""
    parts: list[tuple[int, int]] = []
    glue = True  # (under a numbered heading the text has begun, and no head part is glued: see split_lines)
    for i, (a, b) in enumerate(pieces):
        if head:
            lead = len(raw[a:b]) - len(raw[a:b].lstrip(_GAP_SPACES))
            starts = [a + lead]
            if _opens_heading(raw[a + lead:b]):
                glue = False
            elif i and glue:  # (the line's own first piece was cut by split_lines)
                near = i < _GLUED_HEAD_LINES
                while (near or ":" in raw[starts[-1]:b] or "：" in raw[starts[-1]:b]) and \
                        len(starts) <= _GLUED_TITLES:
                    k = glued_head_part(raw[starts[-1]:b], near)
                    if not k:
                        break
                    starts.append(starts[-1] + k)
            for c, d in pairwise([*starts, b]):
                # the first part keeps the leading gap as its junk
                parts += [(c + x if x or c > a + lead else a, c + y) for x, y in cut_packed_head(raw[c:d])]
        else:
            parts.append((a, b))
    for i, (a, b) in enumerate(parts):
        end_of_line = last and i == len(parts) - 1
        lines.append(Line(len(lines), lineno, a, base + a, base + b,
                          next_start if end_of_line else base + b, raw[a:b]))


_GAP_SPACES = " \t\u3000\u2003\xa0"


def _packed_head_line(raw: str) -> bool:
    """A physical line near the top that may pack several head facts."""
    content = raw.strip(_GAP_SPACES)
    # A Markdown heading is one title whatever gap it has inside (「……疫情  坚决打赢……的决定」).
    return bool(content) and content[0] != "#" and worth_cutting(content) and (
        "。" not in content or content[-1] in "：:") and match_heading(content) is None \
        and not is_menu(content) and not is_paper_citation(content) and not is_page_number(content) \
        and content.count("|") < 2
    # (a site's menu bar, a paper's citation, a page number 「第　2　页　　共　9　页」, a row of fields
    # 「2024-05-17 上传  |  9页  |  1.2万阅读」: one line of page furniture each, not facts packed)
