"""N206: one level numbered in two styles among siblings (「1、」「2、」 then 「(三)」).

The fix writes them all in the style the ladder wants under the parent
(「（一）（二）（三）」 under 「一、」), keeping their numbers, so that no other
rule has anything to say about the result.
"""

from collections.abc import Iterator

from ..context import Context
from ..registry import Finding, rule


@rule("N206", "warning", "同级标题混用两种编号样式（「1、」「2、」后接「(三)」）", {
    "zh": "同级标题混用「{first}」与「{second}」两种样式，应统一为「{example}」式",
    "en": "siblings mix the 「{first}」 and 「{second}」 styles; use 「{example}」 throughout",
    "fix:zh": "依次改为{changes}",
    "fix:en": "renumber as {changes}",
}, fixable=True, summary_en="one level numbered in two styles among siblings")
def check(ctx: Context) -> Iterator[Finding]:
    for siblings, style in ctx.mixed_levels():
        changed = [h for h in siblings if h.style != style.name]
        at = changed[0]
        other = next(h for h in siblings if h.style != at.style)
        edits = tuple((h.marker_span, style.standard(h.number)) for h in changed)
        yield Finding(at.marker_span, {"first": at.marker, "second": other.marker,
                                       "example": style.example,
                                       "changes": "、".join(f"「{h.marker}」→「{style.standard(h.number)}」"
                                                           for h in changed)}, edits)
