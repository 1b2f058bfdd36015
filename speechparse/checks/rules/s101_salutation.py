"""S101: a speech or report without a salutation (称谓)."""

from collections.abc import Iterator

from ..context import Context, point_span
from ..registry import Finding, rule

_SPOKEN_ENDS = "！。？!?"


@rule("S101", "error", "讲话、报告缺少称谓（如「同志们：」）", {
    "zh": "缺少称谓：正文前应有「同志们：」「各位代表：」等称谓",
    "en": "no salutation: the body should open with one such as 「同志们：」 or 「各位代表：」",
}, summary_en="a speech or report without a salutation (「同志们：」)")
def check(ctx: Context) -> Iterator[Finding]:
    s = ctx.speech
    if s.salutation is not None or not ctx.expects_salutation_and_closing():
        return
    # Where it should be: the first line spoken, a greeting said before the body
    # (「大家上午好！」, a sentence under the title) or else the first line of the body.
    # A byline or a date under the title ends no sentence and is not spoken.
    title_end = s.title_span.end if s.title_span is not None else -1
    greeting = next((b for b in s.front if b.kind == "meta" and b.span.start > title_end
                     and b.text[-1:] in _SPOKEN_ENDS), None)
    first = greeting or next((b for b in [*s.preamble, *(h.blocks[0] for h in s.sections[:1])]
                              if b.kind in ("paragraph", "heading")), None)
    if first is None:
        return
    yield Finding(point_span(first.span))
