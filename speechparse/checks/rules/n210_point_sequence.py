"""N210: run-in points that are not consecutive (「一是……三是」「二是……二是」「一是……一是」).

Reported once per slip: a point whose number is neither the one after its
predecessor's nor its place in the run.  After 「一是、三是」 the writer's own
「三是」 is in its place again and gets nothing; a real gap (「一是、二是、四是、五是」)
is reported at 「四是」 only.  A paragraph that opens with 「一是」 starts a new run; a run
that opens at 「第二」 with no 「第一」 before it is reported at its first point.
"""

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
    "zh:first": "段中序数应从「{want}」开始，实为「{got}」",
    "en": "after 「{prev}」 comes 「{want}」, not 「{got}」",
    "en:first": "run-in points start at 「{want}」, not 「{got}」",
}, summary_en="run-in points not consecutive (「一是……三是」)")
def check(ctx: Context) -> Iterator[Finding]:
    yield from _run(ctx.speech.points)
    for h in ctx.headings():
        yield from _run(h.points)


def _run(points: list[Point]) -> Iterator[Finding]:
    last: dict[tuple[str, int], Point] = {}
    count: dict[tuple[str, int], int] = {}  # how many points the run has had
    for p in points:
        key = (p.family, p.level)
        prev = last.get(key)
        if prev is not None and (p.number != 1 or p.span.line == prev.span.line):
            # A number that is neither the next one nor the next place in the run is the slip;
            # one that takes up the count again after a slip (一是、三是、三是) is not another.
            k = count[key] + 1
            if p.number != prev.number + 1 and p.number != k:
                want = prev.marker.replace(_numeral(prev), int_to_cn(prev.number + 1), 1)
                yield Finding(p.span, {"prev": prev.marker, "want": want, "got": p.marker})
            count[key] = k
        else:
            count[key] = 1  # a run starts (a paragraph that opens with 一是 starts a new one)
            if prev is None and p.number != 1:  # 「第二，」「第三，」 with no 第一 before them
                want = p.marker.replace(_numeral(p), int_to_cn(1), 1)
                yield Finding(p.span, {"want": want, "got": p.marker}, variant="first")
        last[key] = p
        for deeper in [k for k in last if k[0] == p.family and k[1] > p.level]:
            del last[deeper]  # the outer run goes on: the run inside its point is over


def _numeral(p: Point) -> str:
    return p.marker[1:] if p.family in ("第", "其") else p.marker[:-1]

