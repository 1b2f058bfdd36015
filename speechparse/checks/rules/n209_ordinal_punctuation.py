"""N209: wrong punctuation after a run-in ordinal: 「第一、」 → 「第一，」; 「一是，」 → 「一是」."""

from collections.abc import Iterator

from ..context import Context, sub_span
from ..registry import Finding, rule


@rule("N209", "error", "段中序数词后标点不对（「第一、」→「第一，」，「一是，」→「一是」）", {
    "zh": "「{marker}」后应为「{want}」，实为「{got}」",
    "zh:none": "「{marker}」后不应加「{got}」",
    "en": "after 「{marker}」 the mark should be 「{want}」, not 「{got}」",
    "en:none": "no mark belongs after 「{marker}」 (found 「{got}」)",
    "fix:zh": "「{marker}{got}」改为「{marker}{want}」",
    "fix:en": "「{marker}{got}」 becomes 「{marker}{want}」",
}, fixable=True, summary_en="wrong mark after a run-in ordinal (「第一、」「一是，」)")
def check(ctx: Context) -> Iterator[Finding]:
    points = list(ctx.speech.points)
    for h in ctx.headings():
        points += h.points
    for p in points:
        want = "，" if p.family in ("第", "其") else ""
        if p.sep == want:
            continue
        n = len(p.marker)
        at = sub_span(p.span, n, n + len(p.sep))
        if ctx.source(at.start, at.end) != p.sep:
            continue  # the mark is not right after the ordinal: across a line end, say
        yield Finding(at, {"marker": p.marker, "want": want, "got": p.sep}, ((at, want),),
                      "" if want else "none")
