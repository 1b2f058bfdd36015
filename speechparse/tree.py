"""From the Lark parse tree and the classified lines to the typed :class:`Speech`.

The grammar decided the nesting; this module attaches what it did not see:
trivia lines (blank, noise) to the node of the line before them, run-in
titles and points from :mod:`speechparse.inline`, and spans everywhere.
It walks the parse once; which nodes that walk makes (the typed tree, the
plain one or the outline's dicts) is the :class:`~speechparse.nodes.Nodes`
it is given.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from .grammar import LineToken, Tree
from .inline import (
    RunState,
    find_announcement,
    heading_text,
    is_sentence_item,
    note_first_word,
    opening_announcement_end,
    scan_points,
)
from .layout import AppendixAt, DocumentAt, Layout
from .lines import Line
from .markers import ordinal_candidates
from .nodes import Nodes, line_span
from .page.gongwen import document_fields


def _consume(children: list[Any], start: int = 0) -> Iterator[Any]:
    """The children from ``start`` on, each dropped from the Lark tree once taken.

    The tree then shrinks as the nodes are made, so the two never both hold a
    long text in full (200,000 heading lines are 200,000 subtrees).
    """
    for i in range(start, len(children)):
        child = children[i]
        children[i] = None
        yield child


def _flat(children: list[Any]) -> list[Any]:
    """The tokens of a rule's children, with those of sub-rules (``byline``) in order."""
    out: list[Any] = []
    for c in children:
        if isinstance(c, LineToken):
            out.append(c)
        else:
            out += _flat(c.children)
    return out


class _Builder:
    """Walks the Lark tree; each token owns the lines from its own to the next token's."""

    def __init__(self, layout: Layout, text: str, firsts: list[int], nodes: Nodes) -> None:
        self.layout = layout
        # Lines, some of them None once dropped (see drop_lines): typed Any, not Line.
        self.lines: list[Any] = layout.lines
        lines = self.lines
        self.length = len(text)
        self.text = text
        self.agenda = 0  # the count of the last announcement read, if a meeting's items (see build)
        self.nodes = nodes
        self.inline_span = nodes.inline  # offsets ``a``..``b`` inside a line's content
        # Token i owns lines firsts[i]..ends[i] (to the next token's line).
        self.firsts = firsts
        self.ends = [*firsts[1:], layout.trailer_start] if firsts else []
        # The line of a 公文's closing formula (「特此通知。」「此复。」): the body's end, under no item.
        self.formula = next((p.line for p in layout.document.parts if p.role == "formula"), -1) \
            if layout.document is not None else -1
        self.leading = lines[:firsts[0]] if firsts else lines[:layout.trailer_start]
        # One scan of the whole text finds where run-in points may start, and so the
        # lines that may hold one; only those are read again (most paragraphs have none).
        self.ordinals = ordinal_candidates(text)
        self.may_have_points: list[int] = []  # sorted
        if self.ordinals:
            starts = [ln.start for ln in lines]
            at = [*self.ordinals, *_found(text, "首先")]  # (「首先」 may open a run: see inline.note_first_word)
            self.may_have_points = sorted({bisect_right(starts, i) - 1 for i in at})
        # Nodes that make no blocks (the outline's) keep no line: a heading's lines are then
        # dropped once its node is made, and a long text is never held twice over.
        self.drop_lines = nodes.blocks is None

    # -- spans and blocks --------------------------------------------------

    def span(self, first: Line, last: Line) -> Any:
        """From the start of ``first`` to the end of ``last``, its line end included."""
        return line_span(self.nodes.span, first, last)

    def blocks(self, lines: list[Line], a: int = 0, b: int | None = None) -> Any:
        """The blocks of ``lines[a:b]``, made when read; None if these nodes make none."""
        make = self.nodes.blocks
        return None if make is None else make(lines, a, b)

    def lines_of(self, toks: list[Any]) -> list[Line]:
        lines = self.lines
        out: list[Line] = []
        for t in toks:
            if isinstance(t, LineToken):
                out += lines[self.firsts[t.index]:self.ends[t.index]]
        return out

    # -- nodes -------------------------------------------------------------

    def build(self, tree: Any) -> Any:
        rules = [t for t in tree.children if isinstance(t, Tree)]
        parts = {t.data: t.children for t in rules if t.data != "appendix"}
        layout = self.layout
        nodes = self.nodes
        # (first: the outline's builder drops a section's lines once it is made)
        document = None if layout.document is None else self.document(layout.document)
        front = self.blocks(self.leading + self.lines_of(_flat(parts["front_matter"])))
        preamble_lines: list[Line] = []
        salutation: Any = None
        points: list[Any] = []
        announced: Any = None
        state = RunState()
        if "salutation" in parts:
            preamble_lines += self.lines_of(parts["salutation"])
            salutation, rest = self.salutation()
            if rest is not None:  # the first paragraph goes on after an inline salutation
                ln, at = rest
                points += self.points(ln, state, at)
                announced = self.announcement(ln, at) or announced
        pre_lines = self.lines_of(parts["preamble"])
        preamble_lines += pre_lines
        # With no headings, the speech's parts are its runs of points: a count said once
        # they have begun is not the preamble's (see inline.opening_announcement_end).
        headless = not any(isinstance(t, Tree) for t in parts["body"])
        for ln in pre_lines:
            if ln.kind == "paragraph":
                if not headless:
                    announced = self.announcement(ln, 0) or announced
                elif not points:
                    end = opening_announcement_end(self.joined(ln)[0])
                    announced = (self.announcement(ln, 0, end) if end != 0 else None) or announced
                points += self.points(ln, state, 0)
        sections = [self.heading(t, 1)[0] for t in _consume(parts["body"]) if isinstance(t, Tree)]
        if announced is not None and self.agenda and self.agenda != len(sections):
            announced = None  # (a chair's 「两项议程」 over a speech of its own parts: its items are not them)
        closing: Any = None
        if "closing" in parts:
            clines = self.lines_of(parts["closing"])
            texts = [ln for ln in clines if ln.kind == "closing"]
            wraps = layout.wraps
            if wraps:  # the pieces of a hard-wrapped paragraph join without a break
                text = "".join(("" if ln.index in wraps.head else "\n") + ln.content for ln in texts)[1:]
            else:
                text = "\n".join(ln.content for ln in texts)
            closing = nodes.closing(text=text,
                                    line=texts[0].lineno, span=self.span(clines[0], clines[-1]),
                                    blocks=self.blocks(clines))
        back = self.blocks(self.lines_of(parts["sign_off"]))
        appendices = [self.appendix(t, at) for t, at in
                      zip((t for t in rules if t.data == "appendix"), layout.appendices, strict=True)]
        trailer = self.blocks(self.lines[layout.trailer_start:])
        title_span: Any = None
        if layout.title_lines:
            first, last = self.lines[layout.title_lines[0]], self.lines[layout.title_lines[-1]]
            title_span = self.content_span(first, last)
        date_span: Any = None
        if layout.date_line is not None:
            dl = self.lines[layout.date_line]
            date_span = self.inline_span(dl, 0, len(dl.content))
        return nodes.speech(
            length=self.length, title=layout.title, title_span=title_span, date=layout.date,
            date_span=date_span, speaker=layout.speaker, occasion=layout.occasion,
            place=layout.place, genre=layout.genre, genre_reason=layout.genre_reason,
            salutation=salutation, announced=announced, front=front,
            preamble=self.blocks(preamble_lines),
            points=points, sections=sections, closing=closing, back=back,
            appendices=appendices, document=document, trailer=trailer, source=self.text)

    def document(self, doc: DocumentAt) -> Any:
        """A 公文's parts: each on its line, and the fields read from them."""
        nodes = self.nodes
        parts = []
        for p in doc.parts:
            ln = self.layout.lines[p.line]
            parts.append(nodes.document_part(role=p.role, text=p.text,
                                             span=self.inline_span(ln, 0, len(ln.content))))
        return nodes.document(kind=doc.kind, parts=parts, **document_fields(doc))

    def content_span(self, first: Line, last: Line, end: int | None = None) -> Any:
        """From the content of ``first`` to the end of ``last``'s content (or offset ``end`` in it)."""
        stop = len(last.content) if end is None else end
        return self.nodes.span(
            start=first.content_start, end=last.content_start + stop, line=first.lineno,
            column=first.lead + first.col + 1, end_line=last.lineno, end_column=last.lead + last.col + 1 + stop)

    def joined(self, ln: Line) -> tuple[str, list[Line], list[int]]:
        """The paragraph that starts at ``ln``: its text, its pieces and where each starts in the text.

        One piece (``ln`` alone) unless the page is hard-wrapped (see :mod:`speechparse.page.wrap`).
        """
        wraps = self.layout.wraps
        more = wraps.rest.get(ln.index) if wraps else None
        if not more:
            return ln.content, [ln], [0]
        pieces = [ln, *(self.lines[k] for k in more)]
        offsets = []
        at = 0
        for piece in pieces:
            offsets.append(at)
            at += len(piece.content)
        return "".join(piece.content for piece in pieces), pieces, offsets

    def joined_span(self, pieces: list[Line], offsets: list[int], a: int, b: int) -> Any:
        """Characters ``a``..``b`` of a joined paragraph (see :meth:`joined`)."""
        if len(pieces) == 1:
            return self.inline_span(pieces[0], a, b)
        ka = bisect_right(offsets, a) - 1
        kb = max(ka, bisect_left(offsets, b) - 1)
        if ka == kb:
            return self.inline_span(pieces[ka], a - offsets[ka], b - offsets[ka])
        s = self.inline_span(pieces[ka], a - offsets[ka], a - offsets[ka])
        e = self.inline_span(pieces[kb], b - offsets[kb], b - offsets[kb])
        return self.nodes.join(start=s.start, end=e.end, line=s.line, column=s.column, end_line=e.end_line,
                               end_column=e.end_column)

    def salutation(self) -> tuple[Any, tuple[Line, int] | None]:
        """The salutation node, and where the first paragraph goes on if it is inline."""
        layout = self.layout
        sal = layout.salutation
        assert sal is not None and layout.salutation_text is not None
        first, last = self.lines[layout.salutation_lines[0]], self.lines[layout.salutation_lines[-1]]
        node = self.nodes.salutation(text=layout.salutation_text, colon=sal.mark, inline=sal.inline,
                                     span=self.content_span(first, last, sal.end))
        return node, ((last, sal.end) if sal.inline else None)

    def announcement(self, ln: Line, at: int, end: int | None = None) -> Any:
        text, pieces, offsets = self.joined(ln)
        found = find_announcement(text, at, end)
        if found is None:
            return None
        self.agenda = found.value if found.agenda else 0
        return self.nodes.announcement(count=found.value, phrase=found.phrase,
                                       span=self.joined_span(pieces, offsets, found.start, found.end))

    def appendix(self, tree: Any, at: AppendixAt) -> Any:
        head = tree.children[0]
        assert isinstance(head, LineToken)
        own = self.lines_of([head]) + self.lines_of([c for c in tree.children[1:] if isinstance(c, LineToken)])
        body = next(c for c in tree.children if isinstance(c, Tree))
        first = self.lines[at.start]  # read before the sections are made (and their lines dropped)
        last = self.lines[at.end - 1]
        tl = self.lines[at.title_line]
        sections = [self.heading(t, 1)[0] for t in _consume(body.children) if isinstance(t, Tree)]
        return self.nodes.appendix(
            title=at.title, title_span=self.content_span(tl, tl), line=first.lineno,
            span=self.span(first, last), blocks=self.blocks(own), sections=sections)

    def points(self, ln: Line, state: RunState, pos: int) -> list[Any]:
        wraps = self.layout.wraps
        if wraps and (ln.index in wraps.rest or ln.index in wraps.head):
            return self.wrapped_points(ln, state, pos)
        note_first_word(ln.content, state, pos)
        base = ln.content_start
        ordinals = self.ordinals
        a = bisect_left(ordinals, base + pos)
        b = bisect_left(ordinals, base + len(ln.content), a)
        if a == b:  # no ordinal may start in the line (most lines)
            return []
        found = scan_points(ln.content, state, pos, [i - base for i in ordinals[a:b]])
        if not found:
            return []
        return [
            self.nodes.point(
                marker=p.marker, number=p.number, family=p.family, sep=p.sep, title=p.title, level=p.level,
                span=self.inline_span(ln, p.start, p.start + len(p.marker) + len(p.sep)),
                title_span=self.inline_span(ln, p.title_start, p.title_end))
            for p in found
        ]

    def wrapped_points(self, ln: Line, state: RunState, pos: int) -> list[Any]:
        """Points of a hard-wrapped paragraph, read once over its joined pieces (from its first piece)."""
        wraps = self.layout.wraps
        assert wraps is not None
        if ln.index in wraps.head:
            return []  # read with the paragraph's first piece
        text, pieces, offsets = self.joined(ln)
        note_first_word(text, state, pos)
        found = scan_points(text, state, pos)
        return [
            self.nodes.point(
                marker=p.marker, number=p.number, family=p.family, sep=p.sep, title=p.title, level=p.level,
                span=self.joined_span(pieces, offsets, p.start, p.start + len(p.marker) + len(p.sep)),
                title_span=self.joined_span(pieces, offsets, p.title_start, p.title_end))
            for p in found
        ]

    def heading(self, tree: Any, depth: int, provision: bool = False) -> tuple[Any, Any]:
        """The heading's node and its span (the builder never reads back the nodes it made).

        ``provision``: the heading is an item of a rule's article (「第四条」 then
        「（一）住宿……；」): text, not a title, as the article itself is.
        """
        head_tok = tree.children[0]
        assert isinstance(head_tok, LineToken)
        lines = self.lines
        first, end = self.firsts[head_tok.index], self.ends[head_tok.index]  # the heading's own lines
        ln = lines[first]
        hm = self.layout.headings[ln.index]
        style = hm.style  # as written; it may nest as another (see classify)
        marker_span = self.inline_span(ln, 0, len(hm.marker))
        tl = ln  # the line the title stands on
        cont = self.layout.split_heads.get(ln.index)
        if cont is not None:  # 「（」 / 「三）改革开放……」: the marker is broken over two lines
            tl = self.lines[cont]
            shift = len(ln.content)
            hm = hm._replace(end=hm.end - shift)
            marker_span = self.content_span(ln, tl, len(hm.marker) - shift)
        tl_text, pieces, offsets = self.joined(tl)  # a hard-wrapped title goes on below
        ht = heading_text(tl_text, hm)
        state = RunState()
        # Points may stand on the heading line too: after a run-in title, or
        # after a 「：」 inside a heading alone on its line.
        state.opens = ht.body_start if ht.run_in else -1
        points = self.points(tl, state, ht.title_start)
        state.opens = -1
        children: list[Any] = []
        may = self.may_have_points
        drop = self.drop_lines
        has_text = False
        kids = tree.children
        for k in range(1, len(kids)):
            child = kids[k]
            kids[k] = None  # given up as it is taken (see _consume)
            if type(child) is not LineToken:
                node, last_span = self.heading(child, depth + 1, style.name == "article")
                children.append(node)
                continue
            a, end = self.firsts[child.index], self.ends[child.index]  # PARAGRAPH: text under the heading
            has_text = has_text or a != self.formula  # (「此复。」 under the last item ends the 公文, not the item)
            if may:
                wraps = self.layout.wraps
                seen = -1
                for i in may[bisect_left(may, a):bisect_left(may, end)]:
                    if wraps:  # a piece of a hard-wrapped paragraph: read from its first piece
                        i = wraps.head.get(i, i)
                        if i <= seen or i < a or lines[i].kind != "paragraph":
                            continue  # (a page's header between two pieces, 「第一范文网……」, is none of them)
                        seen = i
                    if lines[i].kind == "paragraph":
                        points += self.points(lines[i], state, 0)
            last_line = lines[end - 1]
            if drop:
                lines[a:end] = [None] * (end - a)
        has_body = bool(children) or has_text
        span = line_span(self.nodes.span, ln, lines[end - 1] if lines[end - 1] is not None else last_line)
        if children:
            last = last_span
            span = self.nodes.join(span.start, last.end, span.line, span.column, last.end_line,
                                   last.end_column)
        node = self.nodes.heading(
            style=style.name, rank=style.rank, depth=depth, marker=hm.marker, number=hm.number,
            sep=hm.sep, open=hm.open, close=hm.close, title=ht.title, run_in=ht.run_in,
            sentence=is_sentence_item(tl_text, ht, has_body, provision or style.name == "article"),
            span=span, marker_span=marker_span,
            title_span=self.joined_span(pieces, offsets, ht.title_start, ht.title_end),
            blocks=self.blocks(lines, first, end), line_text=ln.content,
            has_text=has_text, points=points, children=children)
        if drop:
            b = self.ends[head_tok.index]
            lines[first:b] = [None] * (b - first)
        return node, span


def build_tree(layout: Layout, tree: Any, text: str, token_lines: list[int], nodes: Nodes) -> Any:
    """The document tree, its nodes made by ``nodes``; ``token_lines[i]`` is token i's line.

    The Lark ``tree`` is consumed: its children are dropped as the nodes are made.
    """
    return _Builder(layout, text, token_lines, nodes).build(tree)


def _found(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` (a C-speed find, once over the text)."""
    out: list[int] = []
    k = text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out
