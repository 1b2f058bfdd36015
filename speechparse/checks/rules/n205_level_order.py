"""N205: the level order of GB/T 9704-2012 一、→（一）→1.→（1） broken.

Three ways: a level skipped (「1.」 right under 「一、」, said once however many 「一、」 have
it; ``allow-two-level`` accepts exactly that pair); among siblings, a higher style that starts
again at 1 after a lower one (「1.」「2.」 then 「（一）」); or levels written the
wrong way up throughout (「（一）」 over 「一、」, read so by the parser), said once.  A higher style that
goes on counting (「1、」「2、」「(三)」) is one level in two styles: N206.

A fourth: the text's top level written 「（一）」 with no 「一、」 anywhere, the
second rung used without its parent, said once at its first heading.  (A top
level of 「1.」 is left alone: short texts number their points so, and a
reviewer would not have every such list rewritten.)
"""

from collections.abc import Iterator
from itertools import pairwise

from ...markers import STYLE_BY_NAME, rung_below
from ..context import Context, one_level_in_two_styles
from ..registry import Finding, rule


@rule("N205", "warning", "标题层级顺序不符合 一、→（一）→1.→（1）（跳级或高低倒置）", {
    "zh": "「{parent}」下直接使用「{child}」，跳过了「{skipped}」一级",
    "zh:order": "「{marker}」式标题出现在较低层级「{before}」之后，层级顺序颠倒",
    "zh:inverted": "「{marker}」式标题写在较低层级「{parent}」之下，层级高低倒置：「{marker}」式应为上一级",
    "en:inverted": "a 「{marker}」-style heading sits under the lower-level 「{parent}」: the levels are upside down",
    "en": "「{child}」 directly under 「{parent}」 skips the 「{skipped}」 level",
    "en:order": "a 「{marker}」-style heading follows the lower-level 「{before}」: levels out of order",
    "zh:top": "最高一级标题用了第二层序数「{marker}」，没有「一、」一级：第一层应为「一、」",
    "en:top": "the top level uses the second-rung 「{marker}」 with no 「一、」 level: the first rung is 「一、」",
}, summary_en="levels out of the order 一、→（一）→1.→（1） (skipped or inverted)")
def check(ctx: Context) -> Iterator[Finding]:
    top = ctx.speech.sections
    if top and all(h.style == "subsection" for h in top) and not any(h.style == "section" for h in ctx.headings()):
        yield Finding(top[0].marker_span, {"marker": top[0].marker}, variant="top")
    inverted = False
    swapped: dict[str, str] = {}  # the writer's ladder, once inverted: each of the two styles stands for the other
    said: set[tuple[str, str]] = set()  # skips reported: a writer's habit (「1.」 under every 「一、」) is said once
    skip_of: dict[int, str] = {}  # a heading reported as skipping a rung → the rung it skipped
    for parent, siblings in ctx.groups():
        if parent is not None and skip_of.get(parent.marker_span.start) == siblings[0].style:
            # 「1.」 right under 「二、」 and 「（一）」 under that 「2.」: the two rungs swapped under one
            # heading, a slip said once, where it shows first
            continue
        if parent is not None and not inverted and siblings[0].rank < parent.rank:
            # the whole page's levels are written the wrong way up: one finding, where it shows first
            inverted = True
            swapped = {siblings[0].style: parent.style, parent.style: siblings[0].style}
            yield Finding(siblings[0].marker_span, {"marker": siblings[0].marker, "parent": parent.marker},
                          variant="inverted")
            continue
        if parent is not None and not one_level_in_two_styles(siblings):  # that is N206
            seen: set[str] = set()
            # (第一节, 第一条 may be gone past; under levels written upside down, a rung is skipped only
            # if it is in both readings of the ladder: 「1.」 under the writer's second rung 「一、」 skips
            # nothing, and the inversion is said once)
            skipped = rung_below(STYLE_BY_NAME[parent.style])
            skipped_as_written = rung_below(STYLE_BY_NAME[swapped.get(parent.style, parent.style)])
            for c in siblings:
                if c.style == "circled" and (ctx.listed(c) or parent.style == "clause"):
                    # (「……以下工作：」 over 「①……；」「②……。」: a list in its sentence, no rung; and under 「1.」, the
                    # standard's third rung, 「①」 skips none: GB/T 9704 sets four, 「（1）」 the last, ① none)
                    continue
                if c.style in seen or c.rank <= skipped.rank or \
                        STYLE_BY_NAME[swapped.get(c.style, c.style)].rank <= skipped_as_written.rank:
                    continue
                seen.add(c.style)
                if ctx.config.allow_two_level and (parent.style, c.style) == ("section", "clause"):
                    continue
                skip_of.update((x.marker_span.start, skipped.name) for x in siblings if x.style == c.style)
                if (parent.style, c.style) in said:
                    continue
                said.add((parent.style, c.style))
                yield Finding(c.marker_span, {"parent": parent.marker, "child": c.marker,
                                              "skipped": skipped.example})
        for prev, h in pairwise(siblings):
            if h.rank < prev.rank and h.number == 1:
                yield Finding(h.marker_span, {"marker": h.marker, "before": prev.marker},
                              variant="order")
