"""S104: no closing appeal after the last section."""

from collections.abc import Iterator

from ..context import Context, point_span
from ..registry import Finding, rule


@rule("S104", "warning", "最后一部分之后缺少结束语（如「同志们，……而努力奋斗！」）", {
    "zh": "缺少结束语：最后一部分之后应有号召性的结束语（如「同志们，……而努力奋斗！」）",
    "en": "no closing appeal after the last section (such as 「同志们，……而努力奋斗！」)",
}, summary_en="no closing appeal after the last section")
def check(ctx: Context) -> Iterator[Finding]:
    s = ctx.speech
    if s.closing is not None or not s.sections or not ctx.expects_salutation_and_closing():
        return
    last = s.sections[-1]
    while last.children:
        last = last.children[-1]
    text_blocks = [b for b in last.blocks if b.kind in ("paragraph", "heading")]
    yield Finding(point_span(text_blocks[-1].span))
