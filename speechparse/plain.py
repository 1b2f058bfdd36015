"""The plain tree: the shape of :mod:`speechparse.models` without pydantic.

``parse_outline`` and ``check`` read a speech through the same attributes
and methods as the typed tree (``sections``, ``headings()``, ``walk()``,
``marker_span.line``, ``blocks`` …), but need none of its validation or
serialisation: these slotted classes cost a fraction of the time and memory
of pydantic models.  ``parse()`` builds the typed tree for callers who want
it; both are built by the same code (:mod:`speechparse.tree`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .contract import outline_dict

if TYPE_CHECKING:
    from .lines import Line


class LazyBlocks:
    """The blocks of ``lines[a:b]``, made when first read (most callers never read them)."""

    __slots__ = ("_a", "_b", "_blocks", "_lines", "_make")

    def __init__(self, lines: Sequence[Any], make: Callable[[Any], Any], a: int = 0,
                 b: int | None = None) -> None:
        self._lines = lines
        self._make = make
        self._a = a
        self._b = len(lines) if b is None else b
        self._blocks: list[Any] | None = None

    def get(self) -> list[Any]:
        if self._blocks is None:
            self._blocks = [self._make(ln) for ln in self._lines[self._a:self._b]]
        return self._blocks


def _blocks(lazy: LazyBlocks | None) -> list[Any]:
    return lazy.get() if lazy is not None else []


# --- walks shared by the plain and the typed tree (models.py inherits them too) ------


class HeadingWalk:
    """``walk()``: a heading and every heading below it, depth first."""

    __slots__ = ()

    def walk(self: Any) -> Iterator[Any]:
        yield self
        for child in self.children:
            yield from child.walk()


class DocumentWalk:
    """``headings()``: every heading of a document's ``sections``, depth first in order."""

    __slots__ = ()

    def headings(self: Any) -> Iterator[Any]:
        for s in self.sections:
            yield from s.walk()


class SpeechWalk(DocumentWalk):
    """``blocks()`` over the whole speech, and ``outline()``."""

    __slots__ = ()

    def blocks(self: Any) -> Iterator[Any]:
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

    def outline(self: Any) -> dict[str, Any]:
        """The outline contract (see README, "Outline JSON")."""
        result: dict[str, Any] = outline_dict(self)
        return result


class _Plain:
    """Keyword construction like the models', and a readable repr."""

    __slots__: tuple[str, ...] = ()

    def __init__(self, **values: Any) -> None:
        for name, value in values.items():
            setattr(self, name, value)

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n, None)!r}" for n in self.__slots__[:4])
        return f"{type(self).__name__}({shown}, …)"



class _Blocked(_Plain):
    """A node that owns lines: its ``blocks``, made when first read."""

    __slots__ = ("_lazy_blocks",)

    def __init__(self, blocks: LazyBlocks | None = None, **values: Any) -> None:
        super().__init__(**values)
        self._lazy_blocks = blocks

    @property
    def blocks(self) -> list[Any]:
        return _blocks(self._lazy_blocks)


class Span(_Plain):
    __slots__ = ("column", "end", "end_column", "end_line", "line", "start")

    def __init__(self, start: int, end: int, line: int, column: int, end_line: int,
                 end_column: int) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column


class InlineSpan:
    """Characters ``a``..``b`` of a line's content: a :class:`Span` computed when read.

    A heading has two of these and a point two more; most are never read
    (the outline reads the line of the marker), so they keep the line and
    two offsets instead of six numbers.
    """

    __slots__ = ("_a", "_b", "_ln")
    kind: type  # the class of spans made from this one (set below: Span)

    def __init__(self, ln: Line, a: int, b: int) -> None:
        self._ln = ln
        self._a = a
        self._b = b

    # (The rules read these many times over: each is one step from the line's own fields.)
    @property
    def start(self) -> int:
        ln = self._ln
        return ln.start + ln.lead + self._a

    @property
    def end(self) -> int:
        ln = self._ln
        return ln.start + ln.lead + self._b

    @property
    def line(self) -> int:
        return self._ln.lineno

    @property
    def end_line(self) -> int:
        return self._ln.lineno

    @property
    def column(self) -> int:
        ln = self._ln
        return ln.lead + ln.col + 1 + self._a

    @property
    def end_column(self) -> int:
        ln = self._ln
        return ln.lead + ln.col + 1 + self._b

    def __repr__(self) -> str:
        return f"Span(start={self.start}, end={self.end}, line={self.line}, column={self.column})"


InlineSpan.kind = Span


class Block(_Plain):
    __slots__ = ("content_start", "kind", "span", "text")

    def __init__(self, kind: str, span: Any, text: str, content_start: int) -> None:
        self.kind = kind
        self.span = span
        self.text = text
        self.content_start = content_start


class Point(_Plain):
    __slots__ = ("family", "level", "marker", "number", "sep", "span", "title", "title_span")

    def __init__(self, marker: str, number: int, family: str, sep: str, title: str, level: int, span: Any,
                 title_span: Any) -> None:
        self.level = level
        self.marker = marker
        self.number = number
        self.family = family
        self.sep = sep
        self.title = title
        self.span = span
        self.title_span = title_span


class Heading(_Blocked, HeadingWalk):
    __slots__ = ("children", "close", "depth", "has_text", "line_text", "marker", "marker_span",
                 "number", "open", "points", "rank", "run_in", "sentence", "sep", "span", "style", "title",
                 "title_span")

    def __init__(self, style: str, rank: int, depth: int, marker: str, number: int, sep: str, open: str,
                 close: str, title: str, run_in: bool, sentence: bool, span: Any, marker_span: Any,
                 title_span: Any, blocks: LazyBlocks | None, line_text: str, has_text: bool, points: list[Any],
                 children: list[Heading]) -> None:
        self.style = style
        self.rank = rank
        self.depth = depth
        self.marker = marker
        self.number = number
        self.sep = sep
        self.open = open
        self.close = close
        self.title = title
        self.run_in = run_in
        self.sentence = sentence
        self.span = span
        self.marker_span = marker_span
        self.title_span = title_span
        self._lazy_blocks = blocks
        self.line_text = line_text
        self.has_text = has_text
        self.points = points
        self.children = children



class Salutation(_Plain):
    __slots__ = ("colon", "inline", "span", "text")
    text: str
    colon: str
    inline: bool
    span: Any


class Announcement(_Plain):
    __slots__ = ("count", "phrase", "span")
    count: int
    phrase: str
    span: Any


class Closing(_Blocked):
    __slots__ = ("line", "span", "text")
    text: str
    line: int
    span: Any



class Appendix(_Blocked, DocumentWalk):
    __slots__ = ("line", "sections", "span", "title", "title_span")
    title: str
    title_span: Any
    line: int
    span: Any
    sections: list[Heading]



class DocumentPart(_Plain):
    __slots__ = ("role", "span", "text")
    role: str
    text: str
    span: Any


class Document(_Plain):
    __slots__ = ("addressee", "attachments", "copy_to", "issuer", "kind", "number", "parts")
    kind: str
    number: str | None
    addressee: str | None
    attachments: list[str]
    issuer: str | None
    copy_to: str | None
    parts: list[DocumentPart]


class Speech(_Plain, SpeechWalk):
    __slots__ = (
        "_lazy",
        "announced",
        "appendices",
        "closing",
        "date",
        "date_span",
        "document",
        "genre",
        "genre_reason",
        "length",
        "occasion",
        "place",
        "points",
        "salutation",
        "sections",
        "source_text",
        "speaker",
        "title",
        "title_span",
    )
    length: int
    title: str | None
    title_span: Any
    date: str | None
    date_span: Any
    speaker: str | None
    occasion: str | None
    place: str | None
    genre: str
    genre_reason: str
    salutation: Salutation | None
    announced: Announcement | None
    points: list[Point]
    sections: list[Heading]
    closing: Closing | None
    appendices: list[Appendix]
    document: Document | None

    def __init__(self, front: LazyBlocks | None = None, preamble: LazyBlocks | None = None,
                 back: LazyBlocks | None = None, trailer: LazyBlocks | None = None, source: str | None = None,
                 **values: Any) -> None:
        super().__init__(**values)
        self._lazy = (front, preamble, back, trailer)
        self.source_text = source  # the text parsed (see models.Speech.source_text)

    @property
    def front(self) -> list[Any]:
        return _blocks(self._lazy[0])

    @property
    def preamble(self) -> list[Any]:
        return _blocks(self._lazy[1])

    @property
    def back(self) -> list[Any]:
        return _blocks(self._lazy[2])

    @property
    def trailer(self) -> list[Any]:
        return _blocks(self._lazy[3])
