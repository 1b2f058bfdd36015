"""From the Lark parse tree and the classified lines to the typed :class:`Speech`.

The grammar decided the nesting; this module attaches what it did not see:
trivia lines (blank, noise) to the node of the line before them, run-in
titles and points from :mod:`speechparse.inline`, and spans everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, NamedTuple

from lark import Token, Tree

from .classify import Layout
from .inline import RunState, find_announcement, heading_text, scan_points
from .lines import Line
from .markers import STYLE_BY_NAME

_SIGNIFICANT = {"title", "meta", "salutation", "paragraph", "heading", "closing", "date",
                "signature"}


class Nodes(NamedTuple):
    """Constructors for each kind of node, called with the model's field names.

    ``model_nodes()`` builds the pydantic tree of :mod:`speechparse.models`;
    ``PLAIN_NODES`` builds the same tree from ``SimpleNamespace`` objects, for
    callers that only want the outline and should not pay for importing
    pydantic (the CLI starts about 80 ms faster).
    """

    span: Callable[..., Any]
    block: Callable[..., Any]
    point: Callable[..., Any]
    heading: Callable[..., Any]
    salutation: Callable[..., Any]
    announcement: Callable[..., Any]
    closing: Callable[..., Any]
    speech: Callable[..., Any]


PLAIN_NODES = Nodes(*([SimpleNamespace] * len(Nodes._fields)))


@lru_cache(maxsize=1)
def model_nodes() -> Nodes:
    from . import models as m

    return Nodes(m.Span.make, m.Block.make, m.Point.make, m.Heading.make, m.Salutation.make,
                 m.Announcement.make, m.Closing.make, m.Speech.make)


class _Builder:
    def __init__(self, layout: Layout, text_length: int, nodes: Nodes) -> None:
        self.layout = layout
        self.lines = layout.lines
        self.length = text_length
        self.nodes = nodes
        self.by_start = {ln.start: ln for ln in self.lines if ln.kind in _SIGNIFICANT}
        # trailing trivia of each significant line, up to the trailer
        self.trivia: dict[int, list[Line]] = {}
        self.leading: list[Line] = []
        current: list[Line] | None = None
        for ln in self.lines[:layout.trailer_start]:
            if ln.kind in _SIGNIFICANT:
                current = self.trivia.setdefault(ln.index, [])
            elif current is None:
                self.leading.append(ln)
            else:
                current.append(ln)

    def line_span(self, ln: Line) -> Any:
        """The whole line, its line end included."""
        if ln.next_start > ln.end:  # the line end is included: stop at the next line's start
            end_line, end_col = ln.lineno + 1, 1
        else:
            end_line, end_col = ln.lineno, ln.col + len(ln.text) + 1
        return self.nodes.span(start=ln.start, end=ln.next_start, line=ln.lineno,
                               column=ln.col + 1, end_line=end_line, end_column=end_col)

    def inline_span(self, ln: Line, a: int, b: int) -> Any:
        """Offsets ``a``..``b`` inside the line's content."""
        base = ln.content_start - ln.start + ln.col + 1
        return self.nodes.span(start=ln.content_start + a, end=ln.content_start + b,
                               line=ln.lineno, column=base + a, end_line=ln.lineno,
                               end_column=base + b)

    def join_spans(self, first: Any, last: Any) -> Any:
        return self.nodes.span(start=first.start, end=last.end, line=first.line,
                               column=first.column, end_line=last.end_line,
                               end_column=last.end_column)

    def make_block(self, ln: Line) -> Any:
        return self.nodes.block(kind=ln.kind, span=self.line_span(ln), text=ln.content,
                                content_start=ln.content_start)

    def line(self, tok: Token) -> Line:
        return self.by_start[tok.start_pos]  # type: ignore[index]

    def blocks(self, ln: Line) -> list[Any]:
        return [self.make_block(ln)] + [self.make_block(t) for t in self.trivia.get(ln.index, ())]

    def build(self, tree: Tree[Token]) -> Any:
        parts = {t.data: t for t in tree.children if isinstance(t, Tree)}
        layout = self.layout
        front = [self.make_block(ln) for ln in self.leading]
        for tok in parts["front_matter"].children:
            assert isinstance(tok, Token)
            front.extend(self.blocks(self.line(tok)))
        preamble: list[Any] = []
        salutation = None
        if "salutation" in parts:
            tok = parts["salutation"].children[0]
            assert isinstance(tok, Token)
            ln = self.line(tok)
            preamble.extend(self.blocks(ln))
            c = ln.content
            colon = c[-1] if c and c[-1] in "：:" else ""
            salutation = self.nodes.salutation(
                text=c[:len(c) - len(colon)].strip(), colon=colon,
                span=self.inline_span(ln, 0, len(c)))
        points: list[Any] = []
        announced = None
        state = RunState()
        for tok in parts["preamble"].children:
            assert isinstance(tok, Token)
            ln = self.line(tok)
            preamble.extend(self.blocks(ln))
            points.extend(self.points(ln, state, 0))
            found = find_announcement(ln.content)
            if found is not None:
                announced = self.nodes.announcement(
                    count=found.count, span=self.inline_span(ln, found.start, found.end))
        sections = [self.heading(t, 1) for t in parts["body"].children if isinstance(t, Tree)]
        closing = None
        if "closing" in parts:
            clines = [self.line(t) for t in parts["closing"].children if isinstance(t, Token)]
            cblocks = [b for ln in clines for b in self.blocks(ln)]
            closing = self.nodes.closing(
                text="\n".join(ln.content for ln in clines), line=clines[0].lineno,
                span=self.join_spans(cblocks[0].span, cblocks[-1].span), blocks=cblocks)
        back: list[Any] = []
        for tok in parts["sign_off"].children:
            assert isinstance(tok, Token)
            back.extend(self.blocks(self.line(tok)))
        back.extend(self.make_block(ln) for ln in self.lines[layout.trailer_start:])
        title_span = None
        if layout.title_lines:
            first, last = self.lines[layout.title_lines[0]], self.lines[layout.title_lines[-1]]
            title_span = self.join_spans(self.inline_span(first, 0, len(first.content)),
                                    self.inline_span(last, 0, len(last.content)))
        date_span = None
        if layout.date_line is not None:
            dl = self.lines[layout.date_line]
            date_span = self.inline_span(dl, 0, len(dl.content))
        return self.nodes.speech(
            length=self.length, title=layout.title, title_span=title_span, date=layout.date,
            date_span=date_span, salutation=salutation, announced=announced, front=front,
            preamble=preamble, points=points, sections=sections, closing=closing, back=back)

    def points(self, ln: Line, state: RunState, pos: int) -> list[Any]:
        return [
            self.nodes.point(
                marker=p.marker, number=p.number, family=p.family, sep=p.sep, title=p.title,
                span=self.inline_span(ln, p.start, p.start + len(p.marker) + len(p.sep)),
                title_span=self.inline_span(ln, p.title_start, p.title_end))
            for p in scan_points(ln.content, state, pos)
        ]

    def heading(self, tree: Tree[Token], depth: int) -> Any:
        style = STYLE_BY_NAME[str(tree.data)]
        head_tok = tree.children[0]
        assert isinstance(head_tok, Token)
        ln = self.line(head_tok)
        hm = self.layout.headings[ln.index]
        ht = heading_text(ln.content, hm)
        blocks = self.blocks(ln)
        state = RunState()
        points = self.points(ln, state, ht.body_start) if ht.run_in else []
        children: list[Any] = []
        for child in tree.children[1:]:
            if isinstance(child, Tree):
                children.append(self.heading(child, depth + 1))
            else:
                pl = self.line(child)
                blocks.extend(self.blocks(pl))
                points.extend(self.points(pl, state, 0))
        last = children[-1].span if children else blocks[-1].span
        marker_len = len(hm.marker)
        return self.nodes.heading(
            style=style.name, rank=style.rank, depth=depth, marker=hm.marker, number=hm.number,
            sep=hm.sep, open=hm.open, close=hm.close, title=ht.title, run_in=ht.run_in,
            span=self.join_spans(blocks[0].span, last), marker_span=self.inline_span(ln, 0, marker_len),
            title_span=self.inline_span(ln, ht.title_start, ht.title_end), blocks=blocks,
            points=points, children=children)


def build_tree(layout: Layout, tree: Tree[Token], text_length: int, nodes: Nodes) -> Any:
    """The document tree, its nodes made by ``nodes``."""
    return _Builder(layout, text_length, nodes).build(tree)
