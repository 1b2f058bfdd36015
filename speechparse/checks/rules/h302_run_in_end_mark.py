"""H302: a run-in heading whose heading part is not closed by 「。」."""

from collections.abc import Iterator

from ..context import Context, sub_span
from ..registry import Finding, rule


@rule("H302", "warning", "段首标题（标题后接正文）应以「。」结束", {
    "zh": "段首标题「{marker}{title}」应以「。」结束，实为「{mark}」",
    "en": "the run-in heading 「{marker}{title}」 should end with 「。」, not 「{mark}」",
}, summary_en="a run-in heading not closed by 「。」")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if not h.run_in:
            continue
        if h.marker_span.end_line != h.marker_span.line:
            continue  # a marker a scrape broke over two lines: its title is on the next
        line = h.line_text
        at_offset = h.title_span.end - h.marker_span.start  # the marker opens the line's content
        mark = line[at_offset:at_offset + 1]
        if mark and mark != "。":
            rel = h.title_span.end - h.marker_span.start
            yield Finding(sub_span(h.marker_span, rel, rel + 1),
                          {"marker": h.marker, "title": h.title, "mark": mark})
