"""Fixes on a web page's HTML: each edit of the page's text made where its words stand in the markup.

A page saved under a text name is checked as the page reads (its text, from
:func:`~speechparse.html_input.html_lines`).  A fix changes a few characters of
that text: a number, a bracket, a colon.  It is made in the markup only where
the words around it stand there once, as written, in the stored lines that text
line comes from: then the edit changes exactly those characters and no tag.
Words written with character references (``&#12289;``), split by tags, or found
twice are left to the writer: the finding stays, unfixed, and the page is never
damaged.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from html import escape

from .diagnostic import Diagnostic, Edit

_TRIES = 8  # places the words may stand in tags before the edit is left to the writer
_CONTEXT = 6  # characters of the text line on each side of an edit that must stand beside it in the markup


class MarkupView:
    """A page's HTML and the text read from it, to carry edits of the text back into the markup."""

    def __init__(self, markup: str) -> None:
        from ..html_input import html_lines

        self.markup = markup
        self.text, self.stored = html_lines(markup)
        self._text_starts = _line_starts(self.text)
        self._markup_starts = _line_starts(markup)

    def placed(self, d: Diagnostic) -> Diagnostic | None:
        """``d`` with its fix's edits placed in the markup, or None if one of them cannot be."""
        if d.fix is None:
            return None
        edits = []
        for e in d.fix.edits:
            placed = self._place(e)
            if placed is None:
                return None
            edits.append(placed)
        return replace(d, fix=replace(d.fix, edits=edits))

    def _place(self, e: Edit) -> Edit | None:
        text, line = self.text, bisect_right(self._text_starts, e.start) - 1
        if line >= len(self.stored) or bisect_right(self._text_starts, max(e.end - 1, e.start)) - 1 != line:
            return None  # an edit over a line break: its words are not on one line of the page
        start = self._text_starts[line]
        end = self._text_starts[line + 1] - 1 if line + 1 < len(self._text_starts) else len(text)
        pre = _word_end(text, max(start, e.start - _CONTEXT), e.start)
        post = _word_start(text, e.end, min(end, e.end + _CONTEXT))
        needle = pre + text[e.start:e.end] + post
        if not needle:
            return None
        first = self.stored[line]
        last = self.stored[line + 1] if line + 1 < len(self.stored) else len(self._markup_starts)
        a = self._markup_starts[first - 1] if first - 1 < len(self._markup_starts) else len(self.markup)
        b = self._markup_starts[last] if last < len(self._markup_starts) else len(self.markup)
        found: list[int] = []
        seen = 0
        at = self.markup.find(needle, a, b)
        while at >= 0 and len(found) < 2 and seen < _TRIES:
            seen += 1
            if self.markup.rfind("<", a, at) <= self.markup.rfind(">", a, at):  # not an attribute's value
                found.append(at)
            at = self.markup.find(needle, at + 1, b)
        if len(found) != 1 or seen == _TRIES:
            return None  # not written as read (references, tags between), or twice: left to the writer
        s = found[0] + len(pre)
        return replace(e, start=s, end=s + e.end - e.start, replacement=escape(e.replacement, quote=False))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _word_end(text: str, lo: int, hi: int) -> str:
    """The characters of ``text[lo:hi]`` after its last space: context that stands as written."""
    k = hi
    while k > lo and not text[k - 1].isspace():
        k -= 1
    return text[k:hi]


def _word_start(text: str, lo: int, hi: int) -> str:
    k = lo
    while k < hi and not text[k].isspace():
        k += 1
    return text[lo:k]
