"""S102: a salutation that does not end with a full-width 「：」.

Reported on the salutation's own line, whatever stands there instead: a
half-width 「:」, a comma, an exclamation mark, or nothing.  An inline
salutation opening the first paragraph with a comma (「同志们，今天……」) is a
style of its own, not a missing colon.
"""

from collections.abc import Iterator

from ..context import Context, end_span
from ..registry import Finding, rule


@rule("S102", "warning", "称谓后应用全角冒号「：」", {
    "zh": "称谓「{text}」后应为全角冒号「：」，实为「{colon}」",
    "zh:none": "称谓「{text}」后缺少全角冒号「：」",
    "en": "the salutation 「{text}」 should end with a full-width 「：」, not 「{colon}」",
    "en:none": "the salutation 「{text}」 should end with a full-width 「：」",
    "zh:space": "称谓「{text}」与冒号之间有多余的空格",
    "en:space": "a space stands between the salutation 「{text}」 and its colon",
    "fix:zh:space": "删去冒号前的空格",
    "fix:en:space": "remove the space before the colon",
    "fix:zh": "「{colon}」改为「：」",
    "fix:zh:none": "在「{text}」后补上「：」",
    "fix:en": "「{colon}」 becomes 「：」",
    "fix:en:none": "add 「：」 after 「{text}」",
}, fixable=True, summary_en="a salutation not followed by a full-width 「：」")
def check(ctx: Context) -> Iterator[Finding]:
    sal = ctx.speech.salutation
    if sal is not None and sal.colon in ("：", ":") and sal.span.line == sal.span.end_line:
        raw = ctx.source(sal.span.start, sal.span.end - len(sal.colon))
        gap = len(raw) - len(raw.rstrip(" \u3000\xa0"))
        if gap and raw.strip():  # 「同志们 ：」: a space typed before the colon
            at = end_span(sal.span, gap + len(sal.colon))
            yield Finding(at, {"text": sal.text, "colon": sal.colon}, ((at, "："),), "space")
            return
    if sal is None or sal.colon == "：" or (sal.inline and sal.colon != ":"):
        return
    at = end_span(sal.span, len(sal.colon))
    yield Finding(at, {"text": sal.text, "colon": sal.colon}, ((at, "："),),
                  "" if sal.colon else "none")
