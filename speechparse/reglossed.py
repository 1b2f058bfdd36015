"""A text read through its pinyin glosses, and reported as written.

A converter that prints a text with the reading of its uncommon (or all its
traditional) characters after them, 「老鄉(xiāng)們」, cuts the very words the
page's readers look for: 「同志(zhì)們」 is no address, and a title whose first
line carries a gloss is no title line.  So the page is read from the text with
its glosses taken out (:mod:`speechparse.glosses` finds them), and every node
the tree makes is put back as written:

- its words get their glosses again.  A converter glosses a character every
  time it prints it (on every glossed page seen so far), so a character
  glossed at each of its places, always alike, gets its gloss wherever a field
  holds it (a hard wrap may cut a gloss over two lines, and it is still read: one
  in ten may be cut past reading by a page break); a character glossed at some of
  its places only, or two ways, keeps none (a field then shows it bare);
- its spans are offsets, lines and columns of the text as written.

The node makers of :mod:`speechparse.nodes` are wrapped, so the pydantic tree,
the plain tree and the outline all come out as written from the one walk.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .glosses import ColumnMap, without_glosses
from .lines import Line
from .nodes import Nodes

_CUT_SHARE = 10


class Reglossed:
    """The text without its glosses (``read``) and the way back to the text as written."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.read = without_glosses(text, spans)
        gone = bytearray(len(text))
        for a, b in spans:
            gone[a:b] = b"\x01" * (b - a)
        # the offset in the text of each character of the reading, and of its end
        self.gone = gone
        self.at = [i for i, g in enumerate(gone) if not g]
        self.at.append(len(text))
        self.columns = ColumnMap(text, spans)
        glossed: dict[str, str] = {}
        mixed: set[str] = set()
        times: Counter[str] = Counter()
        for k, (a, b) in enumerate(spans):
            if text[a] not in "(（":
                continue  # (the closing part of a gloss a line end cut: read with its opening part)
            ch, gloss = text[a - 1], text[a:b]
            if ch == "\n":  # (「聯」/「(lián)」: the line end fell between the character and its gloss)
                ch = text[a - 3] if a > 2 and text[a - 2] == "\r" else text[a - 2]
            elif text[b - 1] not in ")）" and k + 1 < len(spans):  # (its opening part: the rest opens the next line)
                gloss += text[spans[k + 1][0]:spans[k + 1][1]]
            times[ch] += 1
            if glossed.setdefault(ch, gloss) != gloss:
                mixed.add(ch)  # (two readings: 「行(xíng)」 and 「行(háng)」)
        read_times = Counter(ch for ch in self.read if ch in glossed)
        # (a page break in a PDF copy may cut one gloss in ten past reading: 「聯(」 / 「·1·」 / 「lián)」)
        self.glosses = {ch: g for ch, g in glossed.items()
                        if ch not in mixed and read_times[ch] - times[ch] <= times[ch] // _CUT_SHARE}

    def as_written(self, start: int, end: int) -> str:
        """The span ``start``:``end`` of the reading as the text writes it, glosses and all."""
        a = self.at[start]
        while a > 0 and self.gone[a - 1]:
            a -= 1  # (with the gloss's part a wrap put at the line's start: 「g)前……」)
        return self.text[a:self.at[end]]

    def written(self, s: str) -> str:
        """``s`` (words of the reading) with the glosses the text gives its characters."""
        g = self.glosses
        if not any(ch in g for ch in s):
            return s
        return "".join(ch + g.get(ch, "") for ch in s)

    def span(self, inner: Any, start: int, end: int, line: int, column: int, end_line: int, end_column: int) -> Any:
        cols = self.columns
        return inner(self.at[start], self.at[end], line, cols(line, column), end_line, cols(end_line, end_column))

    def line(self, ln: Line) -> Line:
        """``ln`` (a line of the reading) as the line of the text it stands for, its kind kept."""
        at = self.at
        start, end = at[ln.start], at[ln.end]
        copy = Line(ln.index, ln.lineno, self.columns(ln.lineno, ln.col + 1) - 1, start, end, at[ln.next_start],
                    self.text[start:end])
        copy.kind = ln.kind
        return copy

    def nodes(self, inner: Nodes) -> Nodes:
        """``inner``'s node makers, each making its node as written."""

        def written(value: Any) -> Any:
            return self.written(value) if isinstance(value, str) else value

        def wrap(make: Any) -> Any:
            def made(*args: Any, **kwargs: Any) -> Any:
                return make(*[written(v) for v in args], **{k: written(v) for k, v in kwargs.items()})
            return made

        def span(start: int, end: int, line: int, column: int, end_line: int, end_column: int) -> Any:
            return self.span(inner.span, start, end, line, column, end_line, end_column)

        def inline(ln: Line, a: int, b: int) -> Any:
            start = ln.start + ln.lead
            base = ln.lead + ln.col + 1
            return span(start + a, start + b, ln.lineno, base + a, ln.lineno, base + b)

        blocks = inner.blocks
        if blocks is not None:
            inner_blocks = blocks

            def blocks(lines: list[Line], a: int = 0, b: int | None = None) -> Any:
                return inner_blocks([self.line(ln) for ln in lines[a:b]])

        makers = ("point", "heading", "salutation", "announcement", "closing", "appendix", "speech", "document",
                  "document_part")  # (``join`` stays: its spans are made already)
        return inner._replace(span=span, inline=inline, blocks=blocks,
                              **{name: wrap(getattr(inner, name)) for name in makers})
