"""N211: spaces inside a marker or right after it: 「一 、」「（ 一）」「（一） 统一思想」, 「三 是」「第 三，」.

Typists put them there; the standard forms 「一、」「（一）」 have none, and the
title follows the marker directly.  A bare 「一 重工业」 (an older style whose
separator is the space) is not reported, nor 「1. 」 in a Markdown text, whose list syntax it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context import Context, sub_span
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Span

_SPACES = " \u3000\xa0\t"
_SPACE_IN = frozenset(_SPACES)


_SPACE_SEPARATED = frozenset(("section", "part", "division", "article"))


@rule("N211", "warning", "序号中或序号后有多余的空格（「一 、」→「一、」）", {
    "zh": "序号「{marker}」中有多余的空格，应为「{want}」",
    "zh:after": "序号「{marker}」后有多余的空格",
    "en": "stray space inside the marker 「{marker}」: write 「{want}」",
    "en:after": "stray space after the marker 「{marker}」",
    "fix:zh": "「{marker}」改为「{want}」",
    "fix:zh:after": "删去「{marker}」后的空格",
    "fix:en": "「{marker}」 becomes 「{want}」",
    "fix:en:after": "delete the space after 「{marker}」",
}, fixable=True, summary_en="a space inside a marker or right after it (「一 、」)")
def check(ctx: Context) -> Iterator[Finding]:
    yield from _points(ctx)
    for h in ctx.headings():
        line = h.line_text
        at = 0  # the marker opens the line's content
        n = len(h.marker)
        if (n >= len(line) or line[n] not in _SPACES) and not _SPACE_IN.intersection(h.marker):
            continue  # no space in the marker or after it (nearly every heading)
        if h.marker_span.end_line != h.marker_span.line:
            continue  # a marker a scrape broke over two lines
        if not h.sep and not h.open and not h.close and h.style in _SPACE_SEPARATED:
            continue  # 「一 重工业」「第一章　总则」「第一条　为了……」: the space is the separator
        inner = [i for i, ch in enumerate(h.marker) if ch in _SPACES]
        after = 0
        while at + len(h.marker) + after < len(line) and line[at + len(h.marker) + after] in _SPACES:
            after += 1
        if inner:
            yield _closed_up(h.marker, h.marker_span, inner)
        elif after and at + len(h.marker) + after < len(line) and not (
                after == 1 and line[len(h.marker)] == " " and h.sep == "." and ctx.markdown()):
            # (「1. 」 in a Markdown text is its list syntax: without the space, no list)
            n = len(h.marker)
            gap = sub_span(h.marker_span, n, n + after)
            yield Finding(gap, {"marker": h.marker}, ((gap, ""),), "after")


def _points(ctx: Context) -> Iterator[Finding]:
    """A run-in point's marker with a space typed inside (「三 是」「第 三，」): the reader takes it as the
    run's point, so nothing else reports it; the fix closes it up."""
    for points in [ctx.speech.points, *(h.points for h in ctx.headings())]:
        for p in points:
            inner = [i for i, ch in enumerate(p.marker) if ch in _SPACES]
            if inner:
                yield _closed_up(p.marker, p.span, inner)


def _closed_up(marker: str, span: Span, inner: list[int]) -> Finding:
    """The finding for a marker with spaces inside (at ``inner``), its fix deleting them."""
    want = "".join(ch for ch in marker if ch not in _SPACES)
    return Finding(span, {"marker": marker, "want": want}, tuple((sub_span(span, i, i + 1), "") for i in inner))
