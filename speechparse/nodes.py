"""The node makers: one constructor per kind of node, and the span of a run of lines.

:func:`speechparse.tree.build_tree` walks the parse once and makes each node
through a :class:`Nodes`; which one decides what the walk yields.  Three tree
shapes come from that one walk: the pydantic tree (:func:`model_nodes`), the
same tree from slotted classes (``PLAIN_NODES``) and the outline's dicts
(:func:`speechparse.contract.outline_nodes`, built on ``PLAIN_NODES``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from .lines import Line
from .plain import LazyBlocks


class Nodes(NamedTuple):
    """Constructors for each kind of node, called with the model's field names.

    ``model_nodes()`` builds the pydantic tree of :mod:`speechparse.models`;
    ``PLAIN_NODES`` the same tree from the slotted classes of
    :mod:`speechparse.plain`, for callers that read the tree but need no
    pydantic (``parse_outline``, ``check``).
    """

    span: Callable[..., Any]  # (start, end, line, column, end_line, end_column)
    inline: Callable[[Line, int, int], Any]  # characters a..b of a line's content
    blocks: Callable[..., Any] | None  # (lines, a=0, b=None): lazily made blocks; None: none
    point: Callable[..., Any]
    heading: Callable[..., Any]
    salutation: Callable[..., Any]
    announcement: Callable[..., Any]
    closing: Callable[..., Any]
    appendix: Callable[..., Any]
    speech: Callable[..., Any]
    document: Callable[..., Any]
    document_part: Callable[..., Any]
    join: Callable[..., Any]  # a span from the fields of spans made already (``span`` makes one from a line's)


def _plain_nodes() -> Nodes:
    from . import plain as p

    def block(ln: Line) -> p.Block:
        return p.Block(ln.kind, line_span(p.Span, ln, ln), ln.content, ln.content_start)

    def blocks(lines: list[Line], a: int = 0, b: int | None = None) -> p.LazyBlocks:
        return p.LazyBlocks(lines, block, a, b)

    return Nodes(p.Span, p.InlineSpan, blocks, p.Point, p.Heading, p.Salutation, p.Announcement, p.Closing,
                 p.Appendix, p.Speech, p.Document, p.DocumentPart, p.Span)


PLAIN_NODES = _plain_nodes()


def line_span(span: Callable[..., Any], first: Line, last: Line) -> Any:
    """From the start of ``first`` to the end of ``last``, its line end included."""
    end = last.end
    next_start = last.next_start
    if next_start > end:  # the line end is included: stop at the next line
        end_line, end_col = last.lineno + 1, 1
    else:
        end_line, end_col = last.lineno, last.col + (end - last.start) + 1
    # (start, end, line, column, end_line, end_column): positional, the order of both Span classes
    return span(first.start, next_start, first.lineno, first.col + 1, end_line, end_col)


@lru_cache(maxsize=1)
def model_nodes() -> Nodes:
    """The pydantic tree's constructors; pydantic is imported on the first call only."""
    from . import models as m

    def block(ln: Line) -> m.Block:
        return m.Block(ln.kind, line_span(m.new_span, ln, ln), ln.content, ln.content_start)  # type: ignore[arg-type]

    def blocks(lines: list[Line], a: int = 0, b: int | None = None) -> LazyBlocks:
        return LazyBlocks(lines, block, a, b)

    def inline(ln: Line, a: int, b: int) -> m.Span:
        lead = ln.lead
        start = ln.start + lead
        base = lead + ln.col + 1
        return m.new_span(start + a, start + b, ln.lineno, base + a, ln.lineno, base + b)

    return Nodes(m.new_span, inline, blocks, m.Point.make, m.Heading.make, m.Salutation.make,
                 m.Announcement.make, m.Closing.make, m.Appendix.make, m.Speech.make, m.Document.make,
                 m.DocumentPart.make, m.new_span)
