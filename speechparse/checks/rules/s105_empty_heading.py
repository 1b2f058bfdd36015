"""S105: a heading with no content under it (a numbered sentence needs none, nor does a list of
sentences set as sub-headings: see ``Context.listed``, nor an item that gives its value after its
label's colon, 「一、会议时间：3月5日上午9:00」)."""

from collections.abc import Iterator

from ...lazyre import lazy_compile
from ..context import Context
from ..registry import Finding, rule


@rule("S105", "warning", "标题下没有内容", {
    "zh": "标题「{marker}{title}」下没有内容",
    "en": "nothing under the heading 「{marker}{title}」",
}, summary_en="a heading with nothing under it")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if not (h.run_in or h.sentence or h.children or h.has_text or ctx.listed(h)
                or _LABELLED_VALUE_RE.match(h.title)):
            yield Finding(h.marker_span, {"marker": h.marker, "title": h.title})


# A label, its colon and a value on the heading's line: 「会议地点：县政府三楼会议室」 says what it has to say.
_LABELLED_VALUE_RE = lazy_compile(r"[^：:]{1,12}[：:][ \u3000]?\S{2}")
