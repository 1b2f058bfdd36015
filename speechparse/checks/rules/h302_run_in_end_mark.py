"""H302: a run-in heading whose heading part is not closed by 「。」.

Two slips: the heading part closed by another mark (「一、统一思想！」), and the
「。」 left out, so that the heading runs on into its body with a comma, a colon or a
semicolon (「（二）夯实基层基础，完成五个支部建设。」) while its run-in siblings close
short titles with 「。」.  The second is only told from a long title by the
siblings: all of them run in, their titles have one shape (as many clauses each),
and this one's first clauses are no longer than the longest of theirs (see _run_on).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lazyre import lazy_compile
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
    """The heading among run-in siblings whose title runs on past a comma where 「。」 belongs.

    The other siblings' titles all have ``c`` clauses (none has a comma: one clause; 「提高认识，
    珍惜机会」: two); the one that runs on has more, its first ``c`` clauses are as long as a
    sibling's title, and what follows them is longer than any clause of theirs (a body sentence
    ran into it; a title of one short clause more, 「严守纪律，树立形象，争当表率」, is a title).
    """
    if len(siblings) < 3 or any(h.marker_span.end_line != h.marker_span.line for h in siblings):
        return
    counts = [_clauses(h.title) for h in siblings]
    most = max(counts)
    if counts.count(most) != 1:
        return  # as many clauses in several titles: the writer's titles are long ones
    h = siblings[counts.index(most)]
    others = [o for o in siblings if o is not h]
    if not all(o.run_in for o in others):
        return  # (h itself may look like a heading alone on its line: its whole paragraph is the title)
    c = _clauses(others[0].title)
    if any(_clauses(o.title) != c for o in others):
        return  # the siblings' titles are of several shapes: no pattern to break
    longest = max(len(o.title) for o in others)
    k = _clause_end(h.title, c)
    clause = max(len(part) for o in others for part in _CLAUSE_RE.split(o.title))
    if 2 <= k <= longest + _SLACK and len(h.title) - k - 1 > clause:
        yield Finding(sub_span(h.title_span, k, k + 1),
                      {"marker": h.marker, "title": h.title[:k], "mark": h.title[k]})


_CLAUSE_MARKS = "，：；"
_CLAUSE_RE = lazy_compile(f"[{_CLAUSE_MARKS}]")


def _clauses(title: str) -> int:
    return 1 + sum(title.count(m) for m in _CLAUSE_MARKS)


def _clause_end(title: str, c: int) -> int:
    """Where the title's ``c``-th clause ends: at 「，」, or 「：」「；」 typed where 「。」 belongs
    (「（二）食品安全形势向好：全年完成……」)."""
    seen = 0
    for k, ch in enumerate(title):
        if ch in _CLAUSE_MARKS:
            seen += 1
            if seen == c:
                return k
    return len(title)
