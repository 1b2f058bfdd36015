"""H303: one sibling heading breaks a pattern all the others share.

Parallel headings (对仗) share a frame: a common opening (「坚持……」), a common
ending (「……平安」), or both (「努力在……中」).  Reported only where the pattern
is clear: at least three siblings share it, of two characters or more, and
exactly one sibling breaks it.  Length alone, or one shared last character,
is no pattern, nor is an ending where every sibling shares the opening, nor a label's
qualifier that short labels share (「工作目标」「整治范围」「工作步骤」), nor any first word that labels of
five characters or fewer share (「建设内容」「建设规模」「资金来源」); and the last
part, where it is the part a text ends on by convention (problems and plans, safeguards,
other matters), breaks none.
Numbered sentences (list items) are not headings and take no part.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lazyre import lazy_compile
from ..context import Context
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading

# The part a report, a plan or a 通知 ends on by convention (「存在的不足和下一步打算」「保障措施」
# 「其他事项」「工作要求」): last, it is no sibling of the parallel parts before it.
_CLOSING_PART_RE = lazy_compile(r"问题|不足|差距|打算|下一步|下步|其他|其它|要求|保障|措施|附则|建议|展望")
# A label's qualifier (「工作目标」「主要任务」「总体要求」): short titles that open with one are the
# conventional labels of a plan's parts, named by what each part is; one named otherwise breaks no frame.
_LABEL_QUALIFIERS = frozenset(("工作", "主要", "总体", "基本", "具体", "重点"))
_LABEL = 6  # characters a label has at most
_SHORT_LABEL = 5  # a noun and its head, 「建设内容」「建设必要性」: a label whatever its first word
_MIN_SHARED = 3  # siblings that must share the pattern
_MIN_PATTERN = 2  # characters a pattern has at least
_MAX_PATTERN = 6


@rule("H303", "info", "同级标题不对仗（其余标题共有的句式被一个打破）", {
    "zh:prefix": "「{marker}{title}」与同级标题句式不一致（其余均以「{pattern}……」开头）",
    "zh:suffix": "「{marker}{title}」与同级标题句式不一致（其余均以「……{pattern}」结尾）",
    "zh:frame": "「{marker}{title}」与同级标题句式不一致（其余均以「{pattern}」开头）",
    "zh": "「{marker}{title}」与同级标题句式不一致",
    "en:prefix": "「{marker}{title}」 breaks the pattern of its siblings (the others open with 「{pattern}……」)",
    "en:suffix": "「{marker}{title}」 breaks the pattern of its siblings (the others end in 「……{pattern}」)",
    "en:frame": "「{marker}{title}」 breaks the pattern of its siblings (the others read 「{pattern}」)",
    "en": "「{marker}{title}」 breaks the pattern of its siblings",
}, summary_en="one sibling heading breaks a pattern all the others share")
def check(ctx: Context) -> Iterator[Finding]:
    for _, siblings in ctx.groups():
        group = [h for h in siblings if h.style == siblings[0].style and h.title and not h.sentence]
        if len(group) < _MIN_SHARED + 1:
            continue
        found = odd_one_out(group)
        if found is not None and found[1] == "prefix" and (found[2] in _LABEL_QUALIFIERS or all(
                len(h.title) <= _SHORT_LABEL for h in group)) and all(len(h.title) <= _LABEL for h in group):
            continue  # 「工作目标」「整治范围」「工作步骤」「工作要求」, 「建设内容」「建设规模」「资金来源」: a plan's
            # or a 请示's labels, each naming what its part is, no parallel phrasing
        if found is not None and not (found[0] is group[-1] and _CLOSING_PART_RE.search(found[0].title)):
            odd, kind, pattern = found
            yield Finding(odd.marker_span, {"marker": odd.marker, "title": odd.title, "pattern": pattern},
                          variant=kind)


def _shared(titles: list[str], end: bool = False, shortest: int = _MIN_PATTERN) -> tuple[str, int] | None:
    """The longest opening (or ending) shared by all titles but one, and that one's index."""
    best: tuple[str, int] | None = None
    for n in range(shortest, _MAX_PATTERN + 1):
        parts = [t[-n:] if end else t[:n] for t in titles]
        counts: dict[str, int] = {}
        for p, t in zip(parts, titles, strict=True):
            if len(t) > n:  # the pattern is a frame, not the whole title
                counts[p] = counts.get(p, 0) + 1
        common = [p for p, c in counts.items() if c == len(titles) - 1]
        if not common:
            break
        odd = next(i for i, p in enumerate(parts) if p != common[0] or len(titles[i]) <= n)
        best = (common[0], odd)
    return best


def _opening_of_all(titles: list[str]) -> bool:
    """All titles open alike (a 纪要's 「关于……」 items): that is their frame, and an ending
    most of them share (「……问题」) is their matter, not a pattern one of them breaks."""
    first = titles[0][:_MIN_PATTERN]
    return all(len(t) > _MIN_PATTERN and t[:_MIN_PATTERN] == first for t in titles)


def odd_one_out(group: list[Heading]) -> tuple[Heading, str, str] | None:
    """The sibling that breaks the others' shared pattern, the kind of pattern, and the pattern."""
    titles = [h.title for h in group]
    head = _shared(titles)
    tail = _shared(titles, end=True)
    if head:  # with a shared opening, one shared last character makes a frame: 「努力在……中」
        frame = _shared(titles, end=True, shortest=1)
        if frame and frame[1] == head[1]:
            return group[head[1]], "frame", f"{head[0]}……{frame[0]}"
    if head:
        return group[head[1]], "prefix", head[0]
    if tail and not _opening_of_all(titles):
        return group[tail[1]], "suffix", tail[0]
    return None
