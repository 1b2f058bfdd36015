"""H304: sibling headings with the same title."""

from collections.abc import Iterator

from ..context import Context
from ..registry import Finding, rule


@rule("H304", "warning", "同级标题重复", {
    "zh": "标题「{title}」与同级的「{first}」重复",
    "en": "the title 「{title}」 repeats its sibling 「{first}」",
}, summary_en="duplicate sibling titles")
def check(ctx: Context) -> Iterator[Finding]:
    for _, siblings in ctx.groups():
        seen: dict[str, str] = {}
        for h in siblings:
            key = "".join(h.title.split())
            if not key:
                continue
            if key in seen:
                yield Finding(h.marker_span, {"title": h.marker + h.title, "first": seen[key]})
            else:
                seen[key] = h.marker + h.title
