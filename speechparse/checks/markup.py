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

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from html import escape

from .diagnostic import Diagnostic, Edit

_TRIES = 64  # places the words may stand before the edit is left to the writer
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
        pre = text[max(start, e.start - _CONTEXT):e.start]
        post = text[e.end:min(end, e.end + _CONTEXT)]
        first = self.stored[line]
        last = self.stored[line + 1] if line + 1 < len(self.stored) else len(self._markup_starts)
        a = self._markup_starts[first - 1] if first - 1 < len(self._markup_starts) else len(self.markup)
        b = self._markup_starts[last] if last < len(self._markup_starts) else len(self.markup)
        old = text[e.start:e.end]
        # The text lines read from the same stored lines: the words' places there, in order,
        # are their places in the markup (a page stored on one line holds many of them).
        t0 = bisect_left(self.stored, first)
        t1 = bisect_right(self.stored, last)
        ta = self._text_starts[t0] if t0 < len(self._text_starts) else len(text)
        tb = self._text_starts[t1] if t1 < len(self._text_starts) else len(text)
        # The words on both sides first; then less of them on one side, where a tag may
        # stand between (「<b>2.“</b><b>要……」); the edited characters alone only where
        # they are the whole text of an element (「<span>2.</span>」), and stand there once.
        shapes = [(len(pre), q) for q in range(len(post), -1, -1)] + \
            [(p, len(post)) for p in range(len(pre) - 1, -1, -1)]
        for p, q in shapes:
            pattern = _pattern(pre[len(pre) - p:], old, post[:q])
            whole = p + q == 0
            places = self._places(pattern, a, b, whole)
            if places is None:
                return None  # too many to tell apart
            if not places:
                continue
            if whole:
                if len(places) > 1:
                    return None
                k = 0
            else:
                before = _spans(pattern, text, ta, tb)
                if before is None or not any(s == e.start for s, _ in before) or len(before) != len(places):
                    return None  # the page shows the words where the text does not, or not as often
                k = sum(1 for s, _ in before if s < e.start)
            s, t = places[k]
            return replace(e, start=s, end=t, replacement=escape(e.replacement, quote=False))
        return None  # not written as read (character references, tags on both sides): left to the writer

    def _places(self, pattern: re.Pattern[str], a: int, b: int, whole: bool) -> list[tuple[int, int]] | None:
        """Where the edited characters stand in ``markup[a:b]`` with the words around them
        (``pattern``), outside tags (``whole``: as the whole text between two tags); None if
        they stand in more than ``_TRIES`` places."""
        found: list[tuple[int, int]] = []
        for m in pattern.finditer(self.markup, a, b):
            if len(found) == _TRIES:
                return None
            at = m.start()
            if whole:
                if self.markup[at - 1:at] == ">" and self.markup[m.end():m.end() + 1] == "<":
                    found.append(m.span("old"))
            elif self.markup.rfind("<", a, at) <= self.markup.rfind(">", a, at):  # not an attribute's value
                found.append(m.span("old"))
        return found


# A space of the text as the markup may write it: a tab, a no-break space, an ideographic space,
# their character references; the page reads any run of them as the space it shows.
_SPACE = r"(?:[ \t\r\n\f\v\u00a0\u3000]|&nbsp;|&#160;|&#x[aA]0;|&#12288;|&#x3000;)+"


def _pattern(pre: str, old: str, post: str) -> re.Pattern[str]:
    """The words ``pre + old + post`` as the markup may write them (a run of spaces as any
    run of spaces), the edited characters ``old`` as the group ``old``."""
    return re.compile(_written(pre) + "(?P<old>" + _written(old) + ")" + _written(post))


def _written(words: str) -> str:
    out: list[str] = []
    for ch in words:
        if ch.isspace():
            if not out or out[-1] != _SPACE:
                out.append(_SPACE)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _spans(pattern: re.Pattern[str], text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """Where the edited characters stand in ``text[a:b]`` with the words around them."""
    found = [m.span("old") for m in pattern.finditer(text, a, b)]
    return found if len(found) <= _TRIES else None


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts
