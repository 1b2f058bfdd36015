"""N201: sibling numbers that are not consecutive (a gap, a duplicate, not starting at 一/1).

Reported once per run of siblings of one style, at the first heading whose
number breaks the sequence; the fix renumbers that heading and those after it.
The articles of a rule (第一条, 第二条 …) may count on through its chapters.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...markers import STYLE_BY_NAME, renumber
from ..context import Context
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading


@rule("N201", "error", "同级编号不连续（跳号、重号或不从「一」「1」开始）", {
    "zh": "编号「{prev}」之后应为「{want}」，实为「{got}」",
    "zh:first": "同级第一个编号应为「{want}」，实为「{got}」",
    "en": "after 「{prev}」 the next number should be 「{want}」, not 「{got}」",
    "en:first": "the first number of this level should be 「{want}」, not 「{got}」",
    "fix:zh": "「{got}」改为「{want}」{more}",
    "fix:en": "「{got}」 becomes 「{want}」{more_en}",
}, fixable=True, summary_en="sibling numbers not consecutive (gap, duplicate, not starting at 一/1)")
def check(ctx: Context) -> Iterator[Finding]:
    # The articles of a rule (第一条 …) count on through its chapters: numbered so, they
    # are one run; numbered again from 第一条 in each chapter, they are runs per chapter.
    articles = [h for h in ctx.headings() if h.style == "article"]
    through = bool(articles) and all(h.number == k for k, h in enumerate(articles, 1))
    for _, siblings in ctx.groups():
        by_style: dict[str, list[Heading]] = {}
        for h in siblings:
            by_style.setdefault(h.style, []).append(h)
        if len(by_style) > 1:
            continue  # one level in two styles: N206 says so, numbering follows the order
        for style, run in by_style.items():
            if not (through and style == "article"):
                yield from _check_run(run)


def _check_run(run: list[Heading]) -> Iterator[Finding]:
    for i, h in enumerate(run):
        if h.number == i + 1:
            continue
        want = renumber(h.marker, STYLE_BY_NAME[h.style], h.number, i + 1)
        edits = tuple((g.marker_span, renumber(g.marker, STYLE_BY_NAME[g.style], g.number, j + 1))
                      for j, g in enumerate(run[i:], start=i) if g.number != j + 1)
        more = {"more": "，其后各项依次顺延" if len(edits) > 1 else "",
                "more_en": ", and those after it follow" if len(edits) > 1 else ""}
        if i == 0:
            yield Finding(h.marker_span, {"want": want, "got": h.marker, **more}, edits, "first")
        else:
            yield Finding(h.marker_span, {"prev": run[i - 1].marker, "want": want,
                                          "got": h.marker, **more}, edits)
        return

