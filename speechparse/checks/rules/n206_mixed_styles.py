"""N206: one level numbered in two styles among siblings (「1、」「2、」 then 「(三)」).

The message names the two styles in the order the text uses them; the finding
stands at the first heading the fix rewrites.

The fix writes them all in the style the ladder wants under the parent
(「（一）（二）（三）」 under 「一、」), numbered in order.  Where a rewritten
heading has sub-headings that would then skip a rung or sit at its own
level, they move down the ladder with it, so that the fix leaves nothing
for another rule (N201, N205) to report.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...markers import STYLES, Style, rung_below
from ..context import Context
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading


@rule("N206", "warning", "同级标题混用两种编号样式（「1、」「2、」后接「(三)」）", {
    "zh": "同级标题混用「{first}」与「{second}」两种样式，应统一为「{example}」式",
    "en": "siblings mix the 「{first}」 and 「{second}」 styles; use 「{example}」 throughout",
    "fix:zh": "依次改为{changes}",
    "fix:en": "renumber as {changes}",
}, fixable=True, unsafe_fix=True, summary_en="one level numbered in two styles among siblings")
def check(ctx: Context) -> Iterator[Finding]:
    for siblings, style in ctx.mixed_levels():
        changed = [h for h in siblings if h.style != style.name]
        at = changed[0]
        other = next(h for h in siblings if h.style != at.style)
        early, late = sorted((at, other), key=lambda h: h.marker_span.start)
        edits = _restyle(siblings, style)
        for h in changed:
            edits += _move_down(h.children, _below(style))
        yield Finding(at.marker_span, {
            "first": early.marker, "second": late.marker, "example": style.example,
            "changes": "、".join(f"「{h.marker}」→「{new}」" for h, new in edits)},
            tuple((h.marker_span, new) for h, new in edits))


def _restyle(group: list[Heading], style: Style) -> list[tuple[Heading, str]]:
    """The markers of ``group`` in ``style`` and numbered in order, where they differ."""
    return [(h, style.standard(k)) for k, h in enumerate(group, 1)
            if h.style != style.name or h.number != k]


def _move_down(children: list[Heading], style: Style | None) -> list[tuple[Heading, str]]:
    """Sub-headings rewritten one rung below their parent's new style, where they are not."""
    if not children or style is None or {h.style for h in children} == {style.name}:
        return []
    out = _restyle(children, style)
    for h in children:
        out += _move_down(h.children, _below(style))
    return out


def _below(style: Style) -> Style | None:
    """The rung the ladder requires under ``style``; None under its last rung."""
    return None if style.rank == STYLES[-1].rank else rung_below(style)
