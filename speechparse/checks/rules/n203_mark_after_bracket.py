"""N203: an extra mark after a bracketed number: 「（一）、」「（1）.」."""

from collections.abc import Iterator

from ..context import Context, sub_span
from ..registry import Finding, rule


@rule("N203", "error", "括号序号后不应再加标点（「（一）、」→「（一）」）", {
    "zh": "括号序号「{marker}」后不应再加「{sep}」",
    "en": "no mark belongs after the bracketed number 「{marker}」 (found 「{sep}」)",
    "fix:zh": "「{marker}」改为「{fixed}」",
    "fix:en": "「{marker}」 becomes 「{fixed}」",
}, fixable=True, summary_en="a mark after a bracketed number (「（一）、」)")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if not (h.open and h.sep) or ctx.restyled(h):
            continue
        n = len(h.marker)
        at = sub_span(h.marker_span, n - len(h.sep), n)
        yield Finding(at, {"marker": h.marker, "sep": h.sep, "fixed": h.marker[:n - len(h.sep)]},
                      ((at, ""),))
