"""H301: a heading on its own line that ends with 。：；，.

A numbered sentence (a list item, ``Heading.sentence``) is not a heading: its 「。」 stays.
"""

from collections.abc import Iterator

from ..context import Context, sub_span
from ..registry import Finding, rule

_BAD_END = "。：；，:;,"


@rule("H301", "warning", "单独成行的标题末尾不应加「。：；，」", {
    "zh": "单独成行的标题「{marker}{title}」末尾不应加「{mark}」",
    "en": "a heading on its own line should not end with 「{mark}」: 「{marker}{title}」",
    "fix:zh": "删去句末「{mark}」",
    "fix:en": "delete the final 「{mark}」",
}, fixable=True, summary_en="a heading on its own line ending with 。：；，")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if h.marker_span.end_line != h.marker_span.line:
            continue  # a marker a scrape broke over two lines: its title is on the next
        if h.run_in or h.sentence:
            continue  # a numbered sentence keeps its 「。」
        line = h.line_text
        end = len(line.rstrip("*"))
        if end == 0 or line[end - 1] not in _BAD_END:
            continue
        offset = 0  # the marker opens the line's content
        at = sub_span(h.marker_span, offset + end - 1, offset + end)
        yield Finding(at, {"marker": h.marker, "title": h.title.rstrip(_BAD_END),
                           "mark": line[end - 1]}, ((at, ""),))
