"""N210: run-in points that are not consecutive (「一是……三是」)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...numerals import int_to_cn
from ..context import Context
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Point


@rule("N210", "warning", "段中序数不连续（「一是……三是」）", {
    "zh": "「{prev}」之后应为「{want}」，实为「{got}」",
    "en": "after 「{prev}」 comes 「{want}」, not 「{got}」",
}, summary_en="run-in points not consecutive (「一是……三是」)")
def check(ctx: Context) -> Iterator[Finding]:
    yield from _run(ctx.speech.points)
    for h in ctx.headings():
        yield from _run(h.points)


def _run(points: list[Point]) -> Iterator[Finding]:
    last: dict[tuple[str, int], Point] = {}
    for p in points:
        prev = last.get((p.family, p.level))
        if p.number != 1 and prev is not None and p.number != prev.number + 1:
            want = prev.marker.replace(_numeral(prev), int_to_cn(prev.number + 1), 1)
            yield Finding(p.span, {"prev": prev.marker, "want": want, "got": p.marker})
        last[(p.family, p.level)] = p
        for key in [k for k in last if k[0] == p.family and k[1] > p.level]:
            del last[key]  # the outer run goes on: the run inside its point is over


def _numeral(p: Point) -> str:
    return p.marker[1:] if p.family in ("第", "其") else p.marker[:-1]

