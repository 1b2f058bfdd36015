"""H303: sibling headings that are not parallel.

Either the length of one title differs from the others' median by more than
``parallel-length`` characters, or all siblings but one share an ending
(「强化领导抓平安」「多措并举建平安」…「长治久安促和谐」).
"""

from collections import Counter
from collections.abc import Iterator
from statistics import median

from ..context import Context
from ..registry import Finding, rule


@rule("H303", "info", "同级标题不对仗（字数相差过大，或不合共同句式）", {
    "zh": "「{marker}{title}」与同级标题字数相差较大（{length} 字，同级约 {typical} 字）",
    "zh:pattern": "「{marker}{title}」与同级标题句式不一致（其余均以「{ending}」结尾）",
    "en": "「{marker}{title}」 differs in length from its siblings ({length} vs about {typical} characters)",
    "en:pattern": "「{marker}{title}」 breaks the pattern of its siblings (the others end in 「{ending}」)",
})
def check(ctx: Context) -> Iterator[Finding]:
    limit = ctx.config.parallel_length
    for _, siblings in ctx.groups():
        group = [h for h in siblings if h.style == siblings[0].style and h.title]
        if len(group) < 3:
            continue
        endings = Counter(h.title[-1] for h in group)
        ending, count = endings.most_common(1)[0]
        if count == len(group) - 1:
            odd = next(h for h in group if h.title[-1] != ending)
            yield Finding(odd.marker_span, {"marker": odd.marker, "title": odd.title,
                                            "ending": ending}, variant="pattern")
            continue
        typical = median(len(h.title) for h in group)
        worst = max(group, key=lambda h: abs(len(h.title) - typical))
        if abs(len(worst.title) - typical) > limit:
            yield Finding(worst.marker_span, {"marker": worst.marker, "title": worst.title,
                                              "length": len(worst.title),
                                              "typical": round(typical)})
