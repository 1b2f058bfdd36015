"""S103: the announced count differs from the number of level-1 sections.

The message quotes the writer's own words: 「开头说「我讲三点意见」，正文有两个一级标题」.
"""

from collections.abc import Iterator

from ...numerals import count_cn
from ..context import Context
from ..registry import Finding, rule


@rule("S103", "error", "预告的部分数与一级标题数不符（「我讲三点意见」却有四部分）", {
    "zh": "开头说「{phrase}」，正文有{real}个一级标题",
    "en": "the opening says 「{phrase}」 ({said_n}), but there are {real_n} level-1 sections",
}, summary_en="the announced count differs from the number of level-1 sections")
def check(ctx: Context) -> Iterator[Finding]:
    s = ctx.speech
    if s.announced is None or not s.sections:
        return
    real = len(s.sections)
    if s.announced.count != real:
        yield Finding(s.announced.span, {"phrase": s.announced.phrase, "real": count_cn(real),
                                         "said_n": s.announced.count, "real_n": real})
