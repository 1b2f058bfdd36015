"""N206: one level numbered in two styles among siblings (「1、」「2、」 then 「(三)」).

The fix writes the minority in the majority style; on a tie, the style that
fits the ladder under the parent wins.
"""

from collections.abc import Iterator

from ..context import Context
from ..registry import Finding, rule


@rule("N206", "warning", "同级标题混用两种编号样式（「1、」「2、」后接「(三)」）", {
    "zh": "同级标题混用「{minority}」与「{majority}」两种样式，应统一为「{example}」式",
    "en": "siblings mix the 「{minority}」 and 「{majority}」 styles; use 「{example}」 throughout",
}, fixable=True)
def check(ctx: Context) -> Iterator[Finding]:
    for siblings, style in ctx.mixed_levels():
        minority = [h for h in siblings if h.style != style.name]
        first = minority[0]
        example = next(h for h in siblings if h.style == style.name)
        edits = tuple((h.marker_span, style.standard(h.number)) for h in minority)
        yield Finding(first.marker_span, {"minority": first.marker, "majority": example.marker,
                                          "example": style.example}, edits)
