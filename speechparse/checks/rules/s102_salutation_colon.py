"""S102: a salutation that does not end with a full-width 「：」."""

from collections.abc import Iterator

from ...models import Span
from ..context import Context, sub_span
from ..registry import Finding, rule


@rule("S102", "warning", "称谓后应用全角冒号「：」", {
    "zh": "称谓「{text}」后应为全角冒号「：」，实为「{colon}」",
    "en": "the salutation 「{text}」 should end with a full-width 「：」, not 「{colon}」",
}, fixable=True)
def check(ctx: Context) -> Iterator[Finding]:
    sal = ctx.speech.salutation
    if sal is None or sal.colon == "：":
        return
    span: Span = sal.span
    n = span.end - span.start
    at = sub_span(span, n - len(sal.colon), n)
    yield Finding(at, {"text": sal.text, "colon": sal.colon}, ((at, "："),))
