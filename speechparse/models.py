"""The typed tree ``parse()`` returns (pydantic v2).

Every node carries a :class:`Span` into the original text.  The tree is
lossless: :meth:`Speech.blocks` yields one :class:`Block` per line (blank
lines and page noise included) in document order, and their spans tile the
input exactly.

Models are built with ``model_construct`` by the parser (the values are
already checked) and use ``defer_build`` so that importing them costs
little: the CLI must start fast.
"""

# (no "from __future__ import annotations": real annotations make class creation cheaper)

from collections.abc import Iterator
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

BlockKind = Literal[
    "blank", "noise", "title", "meta", "byline", "salutation", "paragraph", "heading", "closing",
    "date", "signature", "appendix",
]
Genre = Literal["speech", "summary", "article", "other"]
_set = object.__setattr__
M = TypeVar("M", bound="_Model")


class _Model(BaseModel):
    model_config = ConfigDict(defer_build=True, frozen=True)

    @classmethod
    def make(cls: type[M], **values: Any) -> M:
        """Build from values the parser has already checked.

        The same as ``model_construct`` without its per-field loop, which
        dominated parse time (one span and one block per line).
        """
        obj = cls.__new__(cls)
        _set(obj, "__dict__", values)
        _set(obj, "__pydantic_fields_set__", set(values))
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj


class Span(_Model):
    """Offsets ``[start, end)`` in the text; lines and columns are 1-based."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


class Block(_Model):
    """One line (or virtual line) of the input, with its line end."""

    kind: BlockKind
    span: Span
    text: str  # the content: leading junk and trailing spaces removed
    content_start: int  # offset of ``text`` in the input


class Point(_Model):
    """A run-in enumeration item: 「一是」「一要」「第一，」「其一，」."""

    marker: str
    number: int
    family: Literal["是", "要", "第", "其"]
    sep: str  # punctuation written after the marker, "" if none
    title: str
    span: Span  # the marker
    title_span: Span


class Heading(_Model):
    """A numbered section of any level, with its body and sub-sections."""

    style: str  # the style as written: a name from speechparse.markers.STYLES
    rank: int  # that style's rank (0 = 第一部分 … 5 = ①)
    depth: int  # 1 for top-level sections
    marker: str  # as written
    number: int
    sep: str
    open: str
    close: str
    title: str
    run_in: bool  # the paragraph goes on after the title (「一、抓落实。各地要……」)
    sentence: bool  # a numbered sentence (a list item), not a heading: 「1.各单位要高度重视，认真组织实施。」
    span: Span  # the whole section, sub-sections included
    marker_span: Span
    title_span: Span
    blocks: list[Block]  # the heading line and the body before the first sub-section
    points: list[Point]
    children: "list[Heading]"

    def walk(self) -> "Iterator[Heading]":
        yield self
        for child in self.children:
            yield from child.walk()


class Salutation(_Model):
    """「同志们：」; also written with another mark (「同志们，」「同志们！」) or none."""

    text: str  # without the mark after it; two lines are joined as written
    colon: str  # the mark after it as written: 「：」 (standard), 「:」, 「，」, 「！」, or ""
    inline: bool  # it opens the first paragraph (「同志们，今天我想讲的……」)
    span: Span  # the address, its mark included


class Announcement(_Model):
    count: int
    phrase: str  # the clause as written: 「我讲三点意见」
    span: Span  # the numeral, e.g. 「三」 in 「我讲三点意见」


class Closing(_Model):
    text: str  # paragraphs joined by "\n"
    line: int
    span: Span
    blocks: list[Block]


class Appendix(_Model):
    """A document appended after the speech (「附件」「【参考资料】」, a second document)."""

    title: str
    title_span: Span
    line: int  # where it starts: its header line, or its first line
    span: Span
    blocks: list[Block]  # the header and the text before its first heading
    sections: list[Heading]  # its own numbered parts

    def headings(self) -> Iterator[Heading]:
        for s in self.sections:
            yield from s.walk()


class Speech(_Model):
    """A parsed speech or report."""

    length: int
    title: str | None
    title_span: Span | None
    date: str | None
    date_span: Span | None
    speaker: str | None  # the name as written in a byline or the title
    occasion: str | None  # the meeting named by 「在……上的讲话」
    place: str | None  # from a dateline or a bracketed date
    genre: Genre
    genre_reason: str  # why that genre, in Chinese
    salutation: Salutation | None
    announced: Announcement | None
    front: list[Block]  # page head: noise, title, subtitle, bylines, date
    preamble: list[Block]  # salutation and the paragraphs before the first heading
    points: list[Point]  # run-in points in the preamble
    sections: list[Heading]
    closing: Closing | None
    back: list[Block]  # the sign-off: issuing body or speaker, date
    appendices: list[Appendix]
    trailer: list[Block]  # page noise after everything

    def headings(self) -> Iterator[Heading]:
        """Every heading, depth first in document order."""
        for s in self.sections:
            yield from s.walk()

    def blocks(self) -> Iterator[Block]:
        """Every line of the input, in order; their spans tile the text."""
        yield from self.front
        yield from self.preamble
        for h in self.headings():
            yield from h.blocks
        if self.closing is not None:
            yield from self.closing.blocks
        yield from self.back
        for a in self.appendices:
            yield from a.blocks
            for h in a.headings():
                yield from h.blocks
        yield from self.trailer

    def outline(self) -> dict[str, Any]:
        """The outline contract (see README, "Outline JSON")."""
        from .outline import outline_dict

        return outline_dict(self)
