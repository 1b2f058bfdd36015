"""N204: half-width, mixed or missing brackets around a number: 「(一)」「（1)」「1)」「一）」."""

from collections.abc import Iterator

from ..context import Context, sub_span
from ..registry import Finding, rule


@rule("N204", "error", "序号括号应为全角「（）」且成对（「(一)」「1)」→「（一）」「（1）」）", {
    "zh": "序号「{marker}」应使用全角括号「（{inner}）」",
    "zh:open": "序号「{marker}」缺少左括号，应为「（{inner}）」",
    "en": "the number 「{marker}」 should use full-width brackets: 「（{inner}）」",
    "en:open": "the number 「{marker}」 lacks its opening bracket: 「（{inner}）」",
    "fix:zh": "「{marker}」改为「{fixed}」",
    "fix:en": "「{marker}」 becomes 「{fixed}」",
}, fixable=True, summary_en="half-width, mixed or missing brackets around a number (「(一)」「1)」)")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if not h.close or (h.open == "（" and h.close == "）"):
            continue
        if ctx.restyled(h) or h.marker_span.end_line != h.marker_span.line:
            continue
        inner_end = len(h.marker) - len(h.sep)
        close_at = inner_end - len(h.close)
        inner = h.marker[len(h.open):close_at].strip(" \u3000\xa0")
        edits = []
        if h.open != "（":
            edits.append((sub_span(h.marker_span, 0, len(h.open)), "（"))
        if h.close != "）":
            edits.append((sub_span(h.marker_span, close_at, inner_end), "）"))
        fixed = f"（{h.marker[len(h.open):close_at]}）{h.sep}"
        yield Finding(h.marker_span, {"marker": h.marker, "inner": inner, "fixed": fixed}, tuple(edits),
                      "" if h.open else "open")
