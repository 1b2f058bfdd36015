"""N204: half-width or mixed brackets around a number: 「(一)」「（1)」."""

from collections.abc import Iterator

from ..context import Context, sub_span
from ..registry import Finding, rule


@rule("N204", "error", "序号括号应为全角「（）」（「(一)」→「（一）」）", {
    "zh": "序号「{marker}」应使用全角括号「（{inner}）」",
    "en": "the number 「{marker}」 should use full-width brackets: 「（{inner}）」",
}, fixable=True)
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.speech.headings():
        if ctx.restyled(h):
            continue
        if not h.open or (h.open == "（" and h.close == "）"):
            continue
        inner_end = len(h.marker) - len(h.sep)
        close_at = inner_end - len(h.close)
        inner = h.marker[len(h.open):close_at]
        edits = []
        if h.open != "（":
            edits.append((sub_span(h.marker_span, 0, len(h.open)), "（"))
        if h.close != "）":
            edits.append((sub_span(h.marker_span, close_at, inner_end), "）"))
        yield Finding(h.marker_span, {"marker": h.marker, "inner": inner}, tuple(edits))
