"""S105: a heading with no content under it (a numbered sentence needs none, nor does a list of
sentences set as sub-headings: see ``Context.listed``)."""

from collections.abc import Iterator

from ..context import Context
from ..registry import Finding, rule


@rule("S105", "warning", "标题下没有内容", {
    "zh": "标题「{marker}{title}」下没有内容",
    "en": "nothing under the heading 「{marker}{title}」",
}, summary_en="a heading with nothing under it")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if not (h.run_in or h.sentence or h.children or h.has_text or ctx.listed(h)):
            yield Finding(h.marker_span, {"marker": h.marker, "title": h.title})
