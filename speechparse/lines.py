"""Lines first: cut the text into lines and find where each line's content starts.

Every later stage works on :class:`Line` records, never on raw offsets, and
every record knows its exact place in the original text, so anything
reported downstream points at the original characters.

Two things make a "line" more than a split on ``\\n``:

* leading junk (indentation, NBSP, zero-width characters, private-use icon
  glyphs scraped from web fonts, Markdown ``#``/``>``/``**``) is measured
  and set aside, so a marker behind it is still at the start of the content;
* a one-line scrape whose paragraphs are separated only by 「　　」 is cut
  into virtual lines at those gaps (they keep their physical line number,
  with the column telling where they start).
"""

from __future__ import annotations

import re
from itertools import pairwise

# Line ends: those of ``str.splitlines`` (LF, CRLF, CR, U+2028, U+2029, NEL, VT, FF,
# FS/GS/RS); CR-only and U+2028 files are common in scraped text.
_EOL_CHARS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Leading junk before the content of a line: spaces of all widths, invisible
# characters, decorative bullets (private-use icon glyphs are added as a range),
# and Markdown marks.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_JUNK_CHARS = " \t\u3000\xa0\u2002\u2003\u2009\u200a" + _INVISIBLE_CHARS + "•●■◆▲►★☆◇□"
_JUNK_RE = re.compile(
    rf"(?:[{_JUNK_CHARS}\ue000-\uf8ff]"
    r"|#{1,6}(?=[ \t\u3000])|>(?=[ \t\u3000]|$)|[-+*](?=[ \t])|\*\*|__)*"
)
_JUNK_FIRST = frozenset(_JUNK_CHARS + "#>*_-+")
_INVISIBLE = frozenset(_INVISIBLE_CHARS)
_MD_HEADING_RE = re.compile(r"[ \t\u3000]*(#{1,6})[ \t\u3000]")
# A gap of two or more ideographic spaces inside a long line: a paragraph break
# that a scraper flattened.
_GAP_RE = re.compile(r"(?<=\S)\u3000{2,}(?=\S)")
_MIN_RUNON_LENGTH = 200


class Line:
    """One line (or virtual line) of the input.

    ``start``/``end`` delimit the line without its line end; ``next_start``
    is where the following line begins, so consecutive lines tile the text.
    ``content`` is the text after leading junk with trailing spaces removed;
    ``content_start`` is its offset in the original text.
    """

    __slots__ = ("col", "content", "content_start", "end", "index", "is_blank", "kind", "lineno",
                 "md_level", "next_start", "start", "text")

    def __init__(self, index: int, lineno: int, col: int, start: int, end: int,
                 next_start: int, text: str) -> None:
        self.index = index
        self.lineno = lineno  # 1-based physical line
        self.col = col  # 0-based column of ``start`` in the physical line
        self.start = start
        self.end = end
        self.next_start = next_start
        self.text = text
        lead = 0
        self.md_level = 0
        first = text[:1]
        if first and (first in _JUNK_FIRST or "\ue000" <= first <= "\uf8ff"):
            junk = _JUNK_RE.match(text)
            lead = junk.end() if junk else 0
            md = _MD_HEADING_RE.match(text)
            if md:
                self.md_level = len(md.group(1))
        content = text[lead:].rstrip()
        while content and (content[-1] in _INVISIBLE or "\ue000" <= content[-1] <= "\uf8ff"):
            content = content[:-1].rstrip()
        for bold in ("**", "__"):  # a line bold as a whole: 「**2025年12月20日**」
            if lead and bold in text[:lead] and content.endswith(bold) and bold not in content[:-2]:
                content = content[:-2].rstrip()
        self.content = content
        self.content_start = start + lead
        self.is_blank = not content
        self.kind = "blank" if self.is_blank else "text"

    def __repr__(self) -> str:
        return f"Line({self.lineno}:{self.col}, {self.kind}, {self.content[:20]!r})"


def split_lines(text: str) -> list[Line]:
    """Cut ``text`` into lines that tile it exactly, virtual lines included."""
    lines: list[Line] = []
    pos = 0
    for lineno, piece in enumerate(text.splitlines(keepends=True), 1):
        raw = piece.rstrip(_EOL_CHARS)
        if len(raw) < len(piece) - 2:  # only one line end (or CRLF) belongs to a line
            raw = piece[:-2] if piece.endswith("\r\n") else piece[:-1]
        next_start = pos + len(piece)
        end = pos + len(raw)
        if len(raw) >= _MIN_RUNON_LENGTH and "\u3000\u3000" in raw and _GAP_RE.search(raw):
            _split_runon(lines, raw, pos, lineno, next_start)
        else:
            lines.append(Line(len(lines), lineno, 0, pos, end, next_start, raw))
        pos = next_start
    return lines


def _split_runon(lines: list[Line], raw: str, base: int, lineno: int, next_start: int) -> None:
    """Cut a flattened paragraph run at its 「　　」 gaps (the gap leads the next piece)."""
    cuts = [0] + [m.start() for m in _GAP_RE.finditer(raw)]
    pieces = list(pairwise([*cuts, len(raw)]))
    # The first piece of a scraped article often packs dateline, title, date,
    # speaker, photo caption and salutation together: cut those apart too.
    first_a, first_b = pieces[0]
    sub = split_front_piece(raw[first_a:first_b])
    pieces = [(first_a + a, first_a + b) for a, b in sub] + pieces[1:]
    for i, (a, b) in enumerate(pieces):
        last = i == len(pieces) - 1
        lines.append(Line(len(lines), lineno, a, base + a, base + b,
                          next_start if last else base + b, raw[a:b]))


_FRONT_CUT_RE = re.compile(
    r"(?<=\d日电)(?=\S)"  # after a news dateline 「新华社北京12月31日电」
    r"|(?=[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[^（()）]{1,12}[)）])"  # before (date)
    r"|(?<=[)）])(?=[\u4e00-\u9fff]{2,4}[ \u3000\xa0]{2})"  # after (date), before a name
    r"|(?<=[ \u3000\xa0]{2})(?=\S)"  # after a run of spaces
    r"|(?<=摄)(?=(?:尊敬的|亲爱的)?[\u4e00-\u9fff、，,]{2,30}[：:]$)"  # caption → salutation
)


def split_front_piece(piece: str) -> list[tuple[int, int]]:
    """Offsets of the parts of a packed article head (see :func:`_split_runon`)."""
    if len(piece) > 400:
        return [(0, len(piece))]
    cuts = sorted({0, *(m.start() for m in _FRONT_CUT_RE.finditer(piece)), len(piece)})
    return [(a, b) for a, b in pairwise(cuts) if b > a]
