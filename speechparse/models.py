"""The typed tree ``parse()`` returns (pydantic v2).

Every node carries a :class:`Span` into the original text.  The tree is
lossless: :meth:`Speech.blocks` yields one :class:`Block` per line (blank
lines and page noise included) in document order, and their spans tile the
input exactly.

Cost is kept where it is read: :class:`Span` and :class:`Block` are small
slotted dataclasses (pydantic validates and dumps them like models), the
per-line blocks of each node are made only when first read (most callers,
the outline and the checks among them, never read them), and models are
built with :meth:`_Model.make`, which skips validation of values the parser
has already checked.  ``defer_build`` keeps the import cheap.  Blocks are
not part of ``model_dump()``: they are the text itself, line by line.
"""

# (no "from __future__ import annotations": real annotations make class creation cheaper)

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from .plain import DocumentWalk, HeadingWalk, LazyBlocks, SpeechWalk

BlockKind = Literal[
    "blank", "noise", "title", "meta", "byline", "salutation", "paragraph", "heading", "closing",
    "date", "signature", "appendix",
]
Genre = Literal["speech", "summary", "article", "other"]
_set = object.__setattr__
_new = object.__new__
M = TypeVar("M", bound="_Model")
_FIELDS_SET: dict[type, set[str]] = {}


@dataclass(frozen=True, slots=True)
class Span:
    """Offsets ``[start, end)`` in the text; lines and columns are 1-based."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int



# The parser makes a span for every heading, title and point: setting the slots
# directly halves the cost of the frozen dataclass's ``__init__``.
_SPAN_SETTERS = tuple(getattr(Span, f).__set__ for f in ("start", "end", "line", "column", "end_line",
                                                          "end_column"))


def new_span(start: int, end: int, line: int, column: int, end_line: int, end_column: int) -> Span:
    """``Span(start, end, line, column, end_line, end_column)``, made faster."""
    s0, s1, s2, s3, s4, s5 = _SPAN_SETTERS
    obj = _new(Span)
    s0(obj, start)
    s1(obj, end)
    s2(obj, line)
    s3(obj, column)
    s4(obj, end_line)
    s5(obj, end_column)
    return obj


@dataclass(frozen=True, slots=True)
class Block:
    """One line (or virtual line) of the input, with its line end."""

    kind: BlockKind
    span: Span
    text: str  # the content: leading junk and trailing spaces removed
    content_start: int  # offset of ``text`` in the input


# BaseModel's own slots, set through their descriptors (cheaper than ``object.__setattr__``).
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


class _Model(BaseModel):
    model_config = ConfigDict(defer_build=True, frozen=True)
    # Values ``make`` keeps out of the fields: lazily made blocks, read through properties.
    _lazy: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def make(cls: type[M], **values: Any) -> M:
        """Build from values the parser has already checked.

        The same as ``model_construct`` without its per-field loop, which
        dominated parse time.
        """
        obj = _new(cls)
        lazy = cls._lazy
        private = {name: values.pop(name, None) for name in lazy} if lazy else None
        _set(obj, "__dict__", values)
        # Every node of a class has all its fields set: one set per class, not one per node
        # (pydantic copies it before changing it, in ``model_copy``).
        fields_set = _FIELDS_SET.get(cls)
        if fields_set is None or len(fields_set) != len(values):
            fields_set = _FIELDS_SET[cls] = set(values)
        _set_fields_set(obj, fields_set)
        _set_extra(obj, None)
        _set_private(obj, private)
        return obj

    def _blocks_of(self, name: str) -> list[Block]:
        private = self.__pydantic_private__
        lazy = private.get(name) if private else None
        return lazy.get() if isinstance(lazy, LazyBlocks) else []

    def __eq__(self, other: object) -> bool:
        """Equal fields (lazily made blocks follow from them and the text)."""
        return type(other) is type(self) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]


class Point(_Model):
    """A run-in enumeration item: 「一是」「一要」「第一，」「其一，」."""

    marker: str
    number: int
    family: Literal["是", "要", "第", "其"]
    sep: str  # punctuation written after the marker, "" if none
    title: str
    level: int  # 0: a run of its section; 1: a run inside one of that run's points
    span: Span  # the marker
    title_span: Span


class Heading(_Model, HeadingWalk):
    """A numbered section of any level, with its body and sub-sections."""

    style: str  # the style as written: a name from speechparse.markers.STYLES
    rank: int  # that style's rank (0 = 第一部分, 1 = 第一节, 2 = 第一条, 3 = 一、 … 7 = ①)
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
    # the title as written: a heading alone on its line keeps in it the 「。」 that ``title`` leaves out (the
    # checks read that mark there, H301), and bold marks 「**」 too
    title_span: Span
    points: list[Point]
    children: "list[Heading]"
    _lazy: ClassVar[tuple[str, ...]] = ("blocks", "line_text", "has_text")

    @property
    def blocks(self) -> list[Block]:
        """The heading line and the body before the first sub-section."""
        return self._blocks_of("blocks")

    @property
    def line_text(self) -> str:
        """The content of the heading's line (its marker, title and any run-in text)."""
        private = self.__pydantic_private__
        return str(private.get("line_text", "")) if private else ""

    @property
    def has_text(self) -> bool:
        """Whether a paragraph stands under it, before its first sub-section."""
        private = self.__pydantic_private__
        return bool(private.get("has_text")) if private else False

    if TYPE_CHECKING:  # the walk is HeadingWalk's; its type here
        def walk(self) -> "Iterator[Heading]": ...


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
    _lazy: ClassVar[tuple[str, ...]] = ("blocks",)

    @property
    def blocks(self) -> list[Block]:
        return self._blocks_of("blocks")


class Appendix(_Model, DocumentWalk):
    """A document appended after the speech (「附件」「【参考资料】」, a second document)."""

    title: str
    title_span: Span
    line: int  # where it starts: its header line, or its first line
    span: Span
    sections: list[Heading]  # its own numbered parts
    _lazy: ClassVar[tuple[str, ...]] = ("blocks",)

    @property
    def blocks(self) -> list[Block]:
        """The header and the text before its first heading."""
        return self._blocks_of("blocks")

    if TYPE_CHECKING:  # DocumentWalk's, typed here
        def headings(self) -> Iterator[Heading]: ...


class DocumentPart(_Model):
    """One part of a 公文 besides its title and body, as GB/T 9704 names it."""

    role: Literal["mark", "number", "addressee", "formula", "attachments", "issuer", "date", "note",
                  "copy_to", "printed"]
    text: str  # its value: the addressee without its colon, an attachment's name, the date…
    span: Span  # its line's content


class Document(_Model):
    """The parts of a 公文 (通知、请示、纪要…) around its body: read when its title names its kind."""

    kind: str  # 文种, as the title names it: 「通知」「方案」「报告」
    number: str | None  # 发文字号 「某政办发〔2026〕12号」
    addressee: str | None  # 主送机关, without the colon
    attachments: list[str]  # 附件说明: the attachments' names, in order
    issuer: str | None  # 发文机关署名
    copy_to: str | None  # 抄送机关
    parts: list[DocumentPart]  # every part found, in page order


class Speech(_Model, SpeechWalk):
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
    points: list[Point]  # run-in points in the preamble
    sections: list[Heading]
    closing: Closing | None
    appendices: list[Appendix]
    document: Document | None  # a 公文's parts; None for speeches and texts whose title names no 公文
    _lazy: ClassVar[tuple[str, ...]] = ("front", "preamble", "back", "trailer", "source")

    @property
    def source_text(self) -> str | None:
        """The text the tree was parsed from (held, not copied): ``check`` reads a draft's inline
        markers in it, 「三、狠抓落实 【speechparse: 忽略 N201】」, which the blocks' text leaves out."""
        private = self.__pydantic_private__
        source = private.get("source") if private else None
        return source if isinstance(source, str) else None

    @property
    def front(self) -> list[Block]:
        """The page head: noise, title, subtitle, bylines, date."""
        return self._blocks_of("front")

    @property
    def preamble(self) -> list[Block]:
        """The salutation and the paragraphs before the first heading."""
        return self._blocks_of("preamble")

    @property
    def back(self) -> list[Block]:
        """The sign-off: issuing body or speaker, date."""
        return self._blocks_of("back")

    @property
    def trailer(self) -> list[Block]:
        """Page noise after everything."""
        return self._blocks_of("trailer")

    if TYPE_CHECKING:  # SpeechWalk's, typed here
        def headings(self) -> Iterator[Heading]:
            """Every heading, depth first in document order."""

        def blocks(self) -> Iterator[Block]:
            """Every line of the input, in order; their spans tile the text."""

        def outline(self) -> dict[str, Any]:
            """The outline contract (see README, "Outline JSON")."""
