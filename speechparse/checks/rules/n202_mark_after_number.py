"""N202: the wrong mark after a number: 「一.」「一，」 → 「一、」; 「1、」「1，」「1．」 → 「1.」."""

from collections.abc import Iterator

from ..context import Context, sub_span
from ..registry import Finding, rule

_WANT = {"section": "、", "clause": "."}


@rule("N202", "error", "序号后的标点不对：「一、」用顿号，「1.」用半角圆点", {
    "zh": "「{marker}」的序号后应为「{want}」，实为「{got}」",
    "en": "after the number in 「{marker}」 the mark should be 「{want}」, not 「{got}」",
}, fixable=True)
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.speech.headings():
        if ctx.restyled(h):
            continue
        want = _WANT.get(h.style)
        if want is None or not h.sep or h.sep == want:
            continue
        n = len(h.marker)
        at = sub_span(h.marker_span, n - len(h.sep), n)
        yield Finding(at, {"marker": h.marker, "want": want, "got": h.sep}, ((at, want),))
