"""H302: a run-in heading whose heading part is not closed by 「。」.

Two slips: the heading part closed by another mark (「一、统一思想！」), and the
「。」 left out, so that the heading runs on into its body with a comma, a colon or a
semicolon (「（二）夯实基层基础，完成五个支部建设。」) while its run-in siblings close
short titles with 「。」.  The second is only told from a long title by the
siblings: all of them run in, none has a comma in its title, and this one's
first clause is no longer than the longest of theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context import Context, sub_span
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading


_SLACK = 4  # characters the comma-ended clause may pass the siblings' longest title by


@rule("H302", "warning", "段首标题（标题后接正文）应以「。」结束", {
    "zh": "段首标题「{marker}{title}」应以「。」结束，实为「{mark}」",
    "en": "the run-in heading 「{marker}{title}」 should end with 「。」, not 「{mark}」",
}, summary_en="a run-in heading not closed by 「。」")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if not h.run_in:
            continue
        if h.marker_span.end_line != h.marker_span.line:
            continue  # a marker a scrape broke over two lines: its title is on the next
        line = h.line_text
        at_offset = h.title_span.end - h.marker_span.start  # the marker opens the line's content
        mark = line[at_offset:at_offset + 1]
        if mark and mark != "。":
            rel = h.title_span.end - h.marker_span.start
            yield Finding(sub_span(h.marker_span, rel, rel + 1),
                          {"marker": h.marker, "title": h.title, "mark": mark})
    for _, siblings in ctx.groups():
        yield from _run_on(siblings)


def _run_on(siblings: list[Heading]) -> Iterator[Finding]:
    """The heading among run-in siblings whose title runs on past a comma where 「。」 belongs."""
    if len(siblings) < 3 or any(h.marker_span.end_line != h.marker_span.line for h in siblings):
        return
    long_ones = [h for h in siblings if _clause_mark(h.title) is not None]
    if len(long_ones) != 1:
        return  # commas in several titles: the writer's titles are long ones
    h = long_ones[0]
    if not all(o.run_in for o in siblings if o is not h):
        return  # (h itself may look like a heading alone on its line: its whole paragraph is the title)
    others = [len(o.title) for o in siblings if o is not h]
    k = _clause_mark(h.title)
    assert k is not None
    if 2 <= k <= max(others) + _SLACK:
        yield Finding(sub_span(h.title_span, k, k + 1),
                      {"marker": h.marker, "title": h.title[:k], "mark": h.title[k]})


def _clause_mark(title: str) -> int | None:
    """Where the title's first clause ends: 「，」, or 「：」「；」 typed where 「。」 belongs
    (「（二）食品安全形势向好：全年完成……」)."""
    at = [k for k in (title.find("，"), title.find("："), title.find("；")) if k >= 0]
    return min(at) if at else None
