"""N208: more than four numbered levels."""

from collections.abc import Iterator

from ..context import Context
from ..registry import Finding, rule

MAX_DEPTH = 4


@rule("N208", "warning", "编号层级超过四级", {
    "zh": "「{marker}」是第{depth}级标题，公文标题一般不超过四级",
    "en": "「{marker}」 is a level-{depth} heading; official documents use at most four levels",
}, summary_en="more than four numbered levels")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if h.depth == MAX_DEPTH + 1:
            yield Finding(h.marker_span, {"marker": h.marker, "depth": h.depth})
