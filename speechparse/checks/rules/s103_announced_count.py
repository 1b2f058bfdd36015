"""S103: the announced count differs from the number of level-1 sections."""

from collections.abc import Iterator

from ...numerals import int_to_cn
from ..context import Context
from ..registry import Finding, rule


@rule("S103", "error", "预告的部分数与一级标题数不符（「我讲三点意见」却有四部分）", {
    "zh": "开头预告讲{said}点（部分），正文实有{real}个一级标题",
    "en": "the preamble announces {said_n} parts, but there are {real_n} level-1 sections",
})
def check(ctx: Context) -> Iterator[Finding]:
    s = ctx.speech
    if s.announced is None or not s.sections:
        return
    real = len(s.sections)
    if s.announced.count != real:
        yield Finding(s.announced.span, {"said": int_to_cn(s.announced.count),
                                         "real": int_to_cn(real), "said_n": s.announced.count,
                                         "real_n": real})
