"""S103: the announced count differs from the number of parts the speech has.

The parts are the level-1 sections; a speech with no headings is divided by
run-in ordinals that open its paragraphs (「第一，……」「第二，……」), and those
are counted instead: the first run of one family, from 一 on.  Ordinals
inside a paragraph (「一是……二是……」) enumerate within it, and are not parts.
The message quotes the writer's own words: 「开头说「我讲三点意见」，正文有两个一级标题」.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...numerals import count_cn
from ..context import Context
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Point


@rule("S103", "error", "预告的部分数与一级标题数不符（「我讲三点意见」却有四部分）", {
    "zh": "开头说「{phrase}」，正文有{real}个一级标题",
    "en": "the opening says 「{phrase}」 ({said_n}), but there are {real_n} level-1 sections",
    "zh:runs": "开头说「{phrase}」，正文段首的序数只有{items}{real}项",
    "en:runs": "the opening says 「{phrase}」 ({said_n}), but the paragraphs open with {items_en} only ({real_n})",
}, summary_en="the announced count differs from the number of level-1 sections")
def check(ctx: Context) -> Iterator[Finding]:
    s = ctx.speech
    if s.announced is None:
        return
    if s.sections:
        real = len(s.sections)
        if s.announced.count != real:
            yield Finding(s.announced.span, {"phrase": s.announced.phrase, "real": count_cn(real),
                                             "said_n": s.announced.count, "real_n": real})
        return
    run = _paragraph_run(ctx)
    if len(run) >= 2 and len(run) != s.announced.count:
        yield Finding(s.announced.span, {"phrase": s.announced.phrase, "real": count_cn(len(run)),
                                         "said_n": s.announced.count, "real_n": len(run),
                                         **_items(run)}, variant="runs")


def _items(run: list[Point]) -> dict[str, str]:
    """「第一」至「第三」 where they count one by one, else each: 「第一」「第三」 (not 「第一」至「第三」两项)."""
    if [p.number for p in run] == list(range(1, len(run) + 1)) and len(run) > 2:
        return {"items": f"「{run[0].marker}」至「{run[-1].marker}」",
                "items_en": f"「{run[0].marker}」 to 「{run[-1].marker}」"}
    return {"items": "".join(f"「{p.marker}」" for p in run), "items_en": ", ".join(f"「{p.marker}」" for p in run)}


def _paragraph_run(ctx: Context) -> list[Point]:
    """The markers of the first run of ordinals that open paragraphs (「第一」「第二」…)."""
    starts = {blk.content_start for blk in ctx.speech.blocks() if blk.kind == "paragraph"}
    run: list[Point] = []
    family = ""
    for p in ctx.speech.points:
        if p.level != 0 or p.span.start not in starts or (family and p.family != family):
            continue
        if p.number == 1 and run:
            break  # a restart ends the run: what follows enumerates something else
        # (a number repeated, gone back or skipped is the run's next item misnumbered, N210's: the
        # items are counted, so that one slip is one finding)
        family = p.family
        run.append(p)
    return run
