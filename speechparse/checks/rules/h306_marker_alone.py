"""H306: a marker alone on its line 「二、」, its title on the next line, while its siblings carry theirs.

A typist pressed Enter after the marker, so the title went down to the next
line.  The outline follows the text as written (an empty title, see
OUTLINE.md), and the checker says what happened where the next line reads as
the title: short, no marker of its own, and no sentence end, or, where the
siblings run in (「（二）完善配套设施。新建……」), a short first sentence.  A
marker alone over a paragraph (a numbered piece of text, a title deleted) is
not reported: S105 and the sequence rules say what they can.  No fix is offered: joining the two lines would take a
line break out, and a fix never does (every later line keeps its number, and a
Word paragraph its place).  A marker with no separator, 「一」 alone over its
text, is an older style whose headings have no titles, and a level whose
headings all stand alone is that document's layout: neither is reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lazyre import lazy_compile
from ...markers import match_heading
from ..context import Context
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading

_MAX_TITLE = 40  # a longer line is text, not a title that slipped down
_SENTENCE_END = frozenset("。！？；!?;")
_FIRST_SENTENCE_RE = lazy_compile(r"([^。！？!?]{1,40})[。！？!?]")


@rule("H306", "warning", "序号单独成行，标题文字另起了一行", {
    "zh": "序号「{marker}」单独成行，标题「{title}」另起了一行",
    "en": "the marker 「{marker}」 stands alone: its title 「{title}」 is on the next line",
}, summary_en="a marker alone on its line while its siblings have titles")
def check(ctx: Context) -> Iterator[Finding]:
    for _parent, siblings in ctx.groups():
        titled = {h.style for h in siblings if h.title}
        if not titled:
            continue  # (no sibling has a title: the level's layout, or no titles at all)
        run_in = any(x.run_in for x in siblings)  # (once a level: a list of thousands costs no square)
        for h in siblings:
            if h.title or h.run_in or not (h.sep or h.close) or h.style not in titled or h.line_text != h.marker:
                continue
            title = _title_below(h, run_in)
            if title is not None:
                yield Finding(h.marker_span, {"marker": h.marker, "title": title})


def _title_below(h: Heading, run_in: bool) -> str | None:
    """The line right under the heading's (its first sentence where the siblings run in), where it
    reads as a title (else None)."""
    blocks = h.blocks
    if len(blocks) < 2 or blocks[1].kind != "paragraph":
        return None
    text = blocks[1].text
    if run_in:
        m = _FIRST_SENTENCE_RE.match(text)
        text = m.group(1) if m else text
    if 0 < len(text) <= _MAX_TITLE and _SENTENCE_END.isdisjoint(text) and text[-1] not in "：:，," \
            and match_heading(text) is None:
        return text
    return None
