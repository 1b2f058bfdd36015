"""What the line readers found about a page: the record every later stage reads.

``classify`` fills it (see :mod:`speechparse.classify`); the grammar's tokens,
the tree builder and the outline read it.  ``lines[i].kind`` holds each
line's kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .lines import Line
from .markers import HeadingMarker, Style
from .page.salutation import Salutation

if TYPE_CHECKING:
    from .page.gongwen import DocumentAt
    from .page.wrap import Wraps


class AppendixAt(NamedTuple):
    """A document appended after the speech: lines ``start`` (its header) to ``end``."""

    start: int
    end: int
    title: str
    title_line: int  # index of the line the title was read from


class Layout:
    """Plain attributes with ``__slots__`` (no ``dataclasses`` on the outline path)."""

    __slots__ = ("appendices", "back_start", "body_start", "closing", "date", "date_line", "document", "genre",
                 "genre_reason", "headings", "lines", "nest_as", "occasion", "place", "salutation",
                 "salutation_lines", "salutation_text", "speaker", "speech_end", "split_heads", "title",
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
