"""S105: a heading with no content under it (a numbered sentence needs none, nor does a list of
sentences set as sub-headings: see ``Context.listed``, nor an item that gives its value after its
label's colon, 「一、会议时间：3月5日上午9:00」)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lazyre import lazy_compile
from ...page.closing import OPENER_RE
from ..context import Context
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading


@rule("S105", "warning", "标题下没有内容", {
    "zh": "标题「{marker}{title}」下没有内容",
    "en": "nothing under the heading 「{marker}{title}」",
}, summary_en="a heading with nothing under it")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if not (h.run_in or h.sentence or h.children or h.has_text or ctx.listed(h)
                or _LABELLED_VALUE_RE.match(h.title) or _closing_under(ctx, h)):
            yield Finding(h.marker_span, {"marker": h.marker, "title": h.title})


def _closing_under(ctx: Context, h: Heading) -> bool:
    """The last heading's only paragraph was read as the closing (its text and the appeal typed as one
    paragraph, 「……农民更富。乡亲们，……让我们携手奋进……！」): the heading has its text, run into the closing."""
    closing = ctx.speech.closing
    if closing is None or ctx.heading_beside(h) is not None or OPENER_RE.match(closing.text):
        return False  # (a closing that opens on its address, 「同志们，……」, is one: the heading over it is empty)
    return not any(blk.text for blk in ctx.blocks_between(h.title_span.end, closing.span.start))


# A label, its colon and a value on the heading's line: 「会议地点：县政府三楼会议室」 says what it has to say.
_LABELLED_VALUE_RE = lazy_compile(r"[^：:]{1,12}[：:][ \u3000]?\S{2}")
