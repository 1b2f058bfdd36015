"""What the line readers found about a page: the record every later stage reads.

``classify`` fills it (see :mod:`speechparse.classify`); the grammar's tokens,
the tree builder and the outline read it.  ``lines[i].kind`` holds each
line's kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lines import Line
from .markers import HeadingMarker, Style
from .page.salutation import Salutation


@dataclass
class AppendixAt:
    """A document appended after the speech: lines ``start`` (its header) to ``end``."""

    start: int
    end: int
    title: str
    title_line: int  # index of the line the title was read from


@dataclass
class Layout:
    lines: list[Line]
    headings: dict[int, HeadingMarker] = field(default_factory=dict)
    # the style each heading nests as, when it differs from the style written
    nest_as: dict[int, Style] = field(default_factory=dict)
    # a heading whose marker a scrape broke over two lines (「（」 / 「三）……」): its second line
    split_heads: dict[int, int] = field(default_factory=dict)
    title: str | None = None
    title_lines: list[int] = field(default_factory=list)
    date: str | None = None
    date_line: int | None = None
    salutation_lines: list[int] = field(default_factory=list)
    salutation: Salutation | None = None  # read from the last salutation line
    salutation_text: str | None = None  # all its lines joined as written, without the mark
    speaker: str | None = None
    occasion: str | None = None
    place: str | None = None
    genre: str = "speech"
    genre_reason: str = ""
    body_start: int = 0
    back_start: int = 0  # the sign-off (signature, date) after the speech
    speech_end: int = 0  # where appended documents or page noise begin
    trailer_start: int = 0  # page noise after everything
    closing: list[int] = field(default_factory=list)
    appendices: list[AppendixAt] = field(default_factory=list)
