"""What the line readers found about a page: the record every later stage reads.

``classify`` fills it (see :mod:`speechparse.classify`); the grammar's tokens,
the tree builder and the outline read it.  ``lines[i].kind`` holds each
line's kind.  The records the page readers put in it are defined here, below
the readers that make them and the readers that read them: appendices
(:mod:`speechparse.page.tail`), a 公文's parts (:mod:`speechparse.page.gongwen`)
and a hard-wrapped page's paragraphs (:mod:`speechparse.page.wrap`).
"""

from __future__ import annotations

from typing import NamedTuple

from .lines import Line
from .markers import HeadingMarker, Style
from .page.salutation import Salutation


class AppendixAt(NamedTuple):
    """A document appended after the speech: lines ``start`` (its header) to ``end``."""

    start: int
    end: int
    title: str
    title_line: int  # index of the line the title was read from


class PartAt(NamedTuple):
    """A part of a 公文 around its body (see page.gongwen)."""


    role: str  # one of page.gongwen.ORDER
    line: int  # index of its (first) line
    text: str  # its value: the addressee without the colon, an attachment's name, the date…


class DocumentAt(NamedTuple):
    """A 公文's kind and parts, as page.gongwen read them."""


    kind: str  # 文种, as the title names it
    parts: list[PartAt]  # in page order


class Wraps:
    """Which lines go on the line before them: ``head[i]`` is the first line of line i's paragraph."""

    __slots__ = ("head", "rest", "width")

    def __init__(self, width: int = 0) -> None:
        self.width = width
        self.head: dict[int, int] = {}  # continuation line → first line of its paragraph
        self.rest: dict[int, list[int]] = {}  # first line → its continuation lines, in order

    def __bool__(self) -> bool:
        return bool(self.rest)

    def lines_of(self, i: int) -> list[int]:
        """Line ``i`` and the lines that go on it."""
        more = self.rest.get(i)
        return [i, *more] if more else [i]

    def text(self, lines: list[Line], i: int) -> str:
        """The paragraph that starts at line ``i``, its pieces joined."""
        more = self.rest.get(i)
        if not more:
            return lines[i].content
        return lines[i].content + "".join(lines[k].content for k in more)


class Layout:
    """Plain attributes with ``__slots__`` (no ``dataclasses`` on the outline path)."""

    __slots__ = ("appendices", "back_start", "body_start", "closing", "date", "date_line", "document", "genre",
                 "genre_reason", "headings", "lines", "marked_title", "nest_as", "occasion", "part_title", "place",
                 "salutation", "salutation_lines", "salutation_text", "speaker", "speech_end", "split_heads", "title",
                 "title_lines", "trailer_start", "wraps")

    def __init__(self, lines: list[Line], trailer_start: int = 0, back_start: int = 0,
                 speech_end: int = 0) -> None:
        self.lines = lines
        self.headings: dict[int, HeadingMarker] = {}
        # the style each heading nests as, when it differs from the style written
        self.nest_as: dict[int, Style] = {}
        # a heading whose marker a scrape broke over two lines (「（」 / 「三）……」): its second line
        self.split_heads: dict[int, int] = {}
        self.title: str | None = None
        self.title_lines: list[int] = []
        self.marked_title: str | None = None  # the paragraph the file sets as its title (a .docx's style or size)
        self.part_title: int | None = None  # a book's part heading at the page's top that titles the excerpt
        self.date: str | None = None
        self.date_line: int | None = None
        self.salutation_lines: list[int] = []
        self.salutation: Salutation | None = None  # read from the last salutation line
        self.salutation_text: str | None = None  # all its lines joined as written, without the mark
        self.speaker: str | None = None
        self.occasion: str | None = None
        self.place: str | None = None
        self.genre = "speech"
        self.genre_reason = ""
        self.body_start = 0
        self.back_start = back_start  # the sign-off (signature, date) after the speech
        self.speech_end = speech_end  # where appended documents or page noise begin
        self.trailer_start = trailer_start  # page noise after everything
        self.closing: list[int] = []
        self.appendices: list[AppendixAt] = []
        self.document: DocumentAt | None = None  # a 公文's parts (see page.gongwen)
        self.wraps: Wraps | None = None  # a hard-wrapped page's paragraphs (see page.wrap)
