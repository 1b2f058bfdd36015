"""N207: a heading with a single sub-item (「（一）」 without 「（二）」)."""

from collections.abc import Iterator

from ..context import Context
from ..registry import Finding, rule


@rule("N207", "info", "标题下只有一个下级标题（有「（一）」无「（二）」）", {
    "zh": "「{parent}」下只有一个下级标题「{child}」",
    "en": "「{parent}」 has a single sub-heading 「{child}」",
}, summary_en="a heading with a single sub-heading")
def check(ctx: Context) -> Iterator[Finding]:
    for parent, children in ctx.groups():  # (its children, not the group: a lost heading's list may stand apart)
        if parent is not None and len(parent.children) == 1 and children[0].style != "article":
            c = children[0]  # (a chapter of one article, 「第三章　附则」 over 「第五条」, is a rule's way)
            yield Finding(c.marker_span, {"parent": parent.marker, "child": c.marker})
