"""Inside paragraphs: run-in heading titles, run-in points, the announced count.

These are sentence-level facts the line grammar does not see:

* a run-in heading 「一、明责任、严要求。稳定工作是……」 has its title up to
  the first 。！？; a heading alone on its line has the whole rest of it;
* points 「一是……二是……」「一要」「第一，」「其一，」 start at a paragraph
  start or right after 。！？；：, in a run that starts at 一; once a run has
  started, its next ordinal also counts right after 「，」;
* the preamble may announce the number of parts: 「我讲三点意见」「讲六句话」.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import hant
from .lazyre import cached_compile, lazy_compile
from .lines import unbold
from .markers import (
    POINT_TITLE_END_RE,
    SENTENCE_END,
    TITLE_END_RE,
    HeadingMarker,
    ordinal_candidates,
    ordinal_matches,
)
from .numerals import to_int


class HeadingText(NamedTuple):
    """Offsets are within the line's content."""

    title: str
    title_start: int
    title_end: int
    run_in: bool  # the paragraph goes on after the title
    body_start: int  # where the paragraph's body starts (== len(content) if none)


_SENTENCE_FINAL = "。！？；!?;"
_INNER_PUNCT = "，；,;"
_SHORT_TITLE = 12  # a title ending in 。 this long or longer reads as a sentence
_LONG_ITEM = 40  # a numbered line this long is a sentence whatever follows it
# A label, then what it says after a colon or a dash: 「餐前礼仪：适度修饰、准点到场、……」「时间节点 - 9月30日……」
# (what follows runs on as a clause: a list or a sentence, not a title's second half).
_LABELLED_RE = lazy_compile(
    r"^[^：:，,。；;！？!?、]{2,16}(?:[：:]|[ \u3000]{1,2}[-–—]{1,2}[ \u3000]{1,2}|——)[ \u3000]?"
    r"(?=[^：:]{2,40}?[，,、；;。])")


def is_sentence_item(content: str, ht: HeadingText, has_body: bool, provision: bool = False) -> bool:
    """A numbered line that is a whole sentence: a list item, not a heading.

    「1.各单位要高度重视，认真组织实施。」 with nothing of its own under it, or any
    numbered line of more than forty characters that ends a sentence.  「一、统一思想。」
    with its body under it is a heading with a stray 「。」 (H301), and so is a short
    title ending in one.
    """
    if ht.run_in:
        return False
    text = unbold(content[ht.title_start:ht.title_end]).strip()
    if not text:
        return False
    if provision:  # 「第三条　接待对象应当提供公函。」: an article of a rule is its text, not a title
        return text[-1] in _SENTENCE_FINAL + "：:" or any(p in text for p in _INNER_PUNCT)
    if _LABELLED_RE.match(text) is not None:
        return True  # 「（2）餐前礼仪：适度修饰、准点到场……」: a label and what it says, an item of a list
    if text[-1] in _SENTENCE_FINAL:
        if len(text) > _LONG_ITEM:
            return True
        return not has_body and (len(text) > _SHORT_TITLE or any(p in text[:-1] for p in _INNER_PUNCT))
    return not has_body and len(text) > _LONG_ITEM


def heading_text(content: str, hm: HeadingMarker) -> HeadingText:
    start = hm.end
    m = TITLE_END_RE.search(content, start)
    if m is None or m.end() >= len(content.rstrip("*")):
        end = len(content)
        title = unbold(content[start:end]).strip()
        title = title.rstrip("。").strip()
        return HeadingText(title, start, end, False, end)
    title = unbold(content[start:m.start()]).strip()
    return HeadingText(title, start, m.start(), True, m.end())


class PointMatch(NamedTuple):
    """A run-in point; offsets are within the scanned text."""

    marker: str
    number: int
    family: str
    sep: str
    start: int
    title_start: int
    title_end: int
    title: str
    level: int = 0  # 0: a run of the section; 1: a run inside one of its points (see RunState)


_CLOSERS = "*”’」』）)\"'"
_LATE_START = 3  # a run opening a paragraph at 二 or 三, with no 一 of its family before it in the section


_FIRST_WORD_SPAN = 12  # 「首先」 this near a paragraph's start (after a speaker's 「某某：」) opens its run


# 「……意义重大。首先，我们要……」: 首先 opening a sentence inside the paragraph
_FIRST_WORD_RE = lazy_compile(r"[。！？；!?;][ \u3000]{0,2}首先")


def note_first_word(content: str, state: RunState, pos: int = 0) -> None:
    """「首先，……」 then 「第二，……」: the writer's first is 首先, not a missing 第一 (no N210,
    and no run of points: a run starts at 一)."""
    if "首先" in content[pos:pos + _FIRST_WORD_SPAN] or (
            "首先" in content and _FIRST_WORD_RE.search(content, pos) is not None):
        state.seen.add("第")


class RunState:
    """The runs of points going on in the current section, one per ordinal family.

    「第一，……第二，……一是……二是……第三，」: the 第 run goes on across the
    inner 是 run, so each family keeps its own last number.
    """

    __slots__ = ("last", "opens", "outer", "seen")

    def __init__(self) -> None:
        self.last: dict[str, int] = {}
        # where a run-in heading's text opens on the heading's line (「（一）工作成效明显。二是……」): a run may
        # open there as at a paragraph's start (-1: nowhere; set only while the heading's line is read)
        self.opens = -1
        self.seen: set[str] = set()  # families with an ordinal met in the section, taken as a point or not
        # 「一是抓项目。重点抓三类：一是……二是……三是……」 then 「二是抓招商」: a run inside a
        # point of the same family; the outer run's last number waits here and goes on after it.
        self.outer: dict[str, list[int]] = {}


def scan_points(text: str, state: RunState, pos: int = 0, starts: list[int] | None = None) -> list[PointMatch]:
    """Run-in points in ``text[pos:]`` continuing ``state`` (updated in place).

    ``starts`` are the places in ``text`` at or after ``pos`` where one may
    start (:func:`speechparse.markers.ordinal_candidates`), if already known.
    """
    if starts is None:
        starts = ordinal_candidates(text, pos)
    if not starts:  # most paragraphs: nothing built
        return []
    accepted: list[tuple[re.Match[str], str, int, int]] = []
    accepted_families: set[str] = set()
    matches = list(ordinal_matches(text, starts))
    follows: list[int] | None = None  # made when first needed (few paragraphs need it)
    for k_m, m in enumerate(matches):
        p = m.start()
        q = p
        while q > pos and text[q - 1] in _CLOSERS:  # look behind bold marks and closing quotes
            q -= 1
        before = text[q - 1] if q > pos else ""
        if q == pos or before in SENTENCE_END:
            where = "start"  # paragraph start or sentence start
        elif before in "，,":
            where = "comma"
        else:
            continue
        family = m.group("pre") or m.group("suf")
        number = to_int(m.group("pn") or m.group("n"))
        if number is None:
            continue
        last = state.last.get(family, 0)
        outer = state.outer.get(family)
        unseen = family not in state.seen
        state.seen.add(family)
        if where == "start" and number == 1:
            if last and q > pos and not outer and before not in "：:":
                if follows is None:
                    follows = _runs_follow(matches)
                if follows[k_m] != 2:
                    # 「一是……；一是……；三是……」: a run inside a point is announced by a colon and
                    # goes on at 二; this one is neither, so the writer repeated the number: the
                    # outer run goes on (N210)
                    state.last[family] = last + 1
                    accepted.append((m, family, number, 0))
                    accepted_families.add(family)
                    continue
            if last and q > pos and not outer:  # inside a paragraph: a run inside a point
                state.outer[family] = [last]
            elif q == pos:  # a paragraph that opens a run: a new run, nothing nested
                state.outer.pop(family, None)
            state.last[family] = 1
        elif outer and where == "start" and number == outer[-1] + 1 and number != last + 1:
            outer.pop()
            state.last[family] = number
        elif last and (number == last + 1 or (where == "start" and number > last)
                       or (where == "comma" and number == last + 2)
                       or (number == last and family in accepted_families)
                       or (q == pos and number >= 2)):
            # (「一是……，二是……，四是……。」: a number skipped in the run is the run's slip, and
            # 「二是……；二是……」 a number repeated in one paragraph: N210 reports either; so is a
            # paragraph that opens on a number of the run going on, repeated or gone back: 「四是……」
            # then 「三是……」 is the run's next point, misnumbered)
            state.last[family] = number
        elif not last and unseen and (q == pos or q == state.opens) and number <= _LATE_START:
            # 「第二，……」「第三，……」 opening paragraphs with no 第一 before them in the section:
            # a run whose first number is off (N210); its points stay in the outline
            state.last[family] = number
        elif not last and unseen and before in "：:" and 2 <= number <= _LATE_START:
            # 「重点做了三件事：二是……；三是……；四是……」: a run announced by a colon whose first
            # number is off, when the next of its family goes on from it (N210)
            if follows is None:
                follows = _runs_follow(matches)
            if follows[k_m] != number + 1:
                continue
            state.last[family] = number
        else:
            continue
        accepted.append((m, family, number, len(state.outer.get(family, ()))))
        accepted_families.add(family)
    out: list[PointMatch] = []
    for k, (m, family, number, level) in enumerate(accepted):
        t0 = m.end()
        end_m = POINT_TITLE_END_RE.search(text, t0)
        t1 = end_m.start() if end_m else len(text)
        if k + 1 < len(accepted) and accepted[k + 1][0].start() < t1:
            t1 = accepted[k + 1][0].start()
        title = unbold(text[t0:t1]).rstrip("，,、 \u3000").strip()
        if m.group("pre"):  # (as written: a space inside is kept for N211)
            marker, sep = text[m.start():m.end("pn")], m.group("psep")
        else:
            marker, sep = text[m.start():m.end("suf")], m.group("ssep") or ""
        out.append(PointMatch(marker, number, family, sep, m.start(), t0, t1, title, level))
    return out


def _runs_follow(matches: list[re.Match[str]]) -> list[int]:
    """For each match, the number of the next ordinal of its family in the paragraph (0: none).

    One pass from the end: a paragraph of thousands of 「第一」 with no 「第二」
    would cost their square if each looked ahead on its own.
    """
    out = [0] * len(matches)
    next_number: dict[str, int] = {}
    for k in range(len(matches) - 1, -1, -1):
        m = matches[k]
        family = m.group("pre") or m.group("suf")
        out[k] = next_number.get(family, 0)
        next_number[family] = to_int(m.group("pn") or m.group("n")) or 0
    return out


_N = r"[一二两三四五六七八九十]{1,3}|[0-9０-９]{1,2}"
# 「我讲三点意见」「讲四个方面」「提3点建议」「强调三句话」「分两个部分讲」「从三个方面谈」; a count may
# be quoted for weight (「我想讲“五句话”」).
# The number must be tied to a verb of speaking: 「今年是第3年」 announces nothing.
# The lookahead of the possible first characters lets the engine skip to them:
# a sectionless text is all preamble, and this scan reads every character of it.
_ANNOUNCE_RE = cached_compile(
    r"(?=[讲谈提说强汇交分从报通以做抓突把落表整归概梳就有用发述本课辅])"
    rf"(?:(?:讲|谈|提|说|强调|汇报|交流|提出|报告|通报|表达)(?:讲|一讲)?(?:的是)?(?:以下|这么|(?<![说讲谈])了|这样|下面|一下)?[“「‘]?(?P<n>{_N})"
    r"(?:个大?方面|个大?问题|个大?部分|部分|点|句话|条|项|方面|层意思|个字|件事|章)"  # (「讲两个大问题」)
    # (「从三个方面与大家交流」「从三个方面，与同志们共同探讨」: who it is shared with, between)
    rf"|(?:分|从)(?P<m>{_N})个?大?(?:部分|方面|章|角度|维度|层面)"
    r"(?:[，,]?[与和同跟向](?:大家|各位|同志们|大伙|大会|会议)(?:一起|共同)?)?"
    r"(?:来|进行|作|做)?(?:学习)?(?:讲|谈|说|汇报|报告|交流|阐述|探讨|分享|表态|发言|展开|介绍|[：:])"  # (「从四个方面
    # 作表态发言」「从四个方面向大会报告工作」「从三个角度展开」「分三个部分和大家一起学习交流」)
    rf"|分(?P<k>{_N})个?(?:部分|章)[。，；]"
    # 「本次汇报分为七个部分」: the talk itself divided (「示范田分为两个部分」 divides a field)
    rf"|(?:汇报|讲话|发言|报告|述职|交流|本文|课|辅导)[^。！？；，]{{0,4}}?分(?:为|成)"  # (党课, 讲课: 课)
    rf"(?P<c>{_N})个?(?:部分|章|方面)"
    # 「从思想、工作、作风等六个方面作一汇报」: the parts named before their count, closed by 「等」,
    # or a list that names them alone (「从抓项目、优服务、强监管六个方面……，现作一汇报」), or in quotes
    rf"|从(?:[^。！？；从]{{2,60}}?(?:等|这)|[^。！？；从、]{{1,12}}(?:、[^。！？；从、]{{1,12}}){{1,9}}|[“「][^“”「」]{{2,80}}[”」])"
    rf"(?P<j>{_N})个方面[^。！？；]{{0,16}}?(?:汇报|报告|述职|总结|讲|谈|交流))"
    # 「要突出抓好以下六个方面工作：」: the parts a colon opens, counted after 「以下」
    rf"|以下(?P<i>{_N})个?(?:方面|项|件事)的?(?:重点)?(?:工作|任务|要求|意见)?[：:]"
    # 「具体做好三方面的工作：」「重点抓好以下四个方面：」: the work a colon opens, counted after its verb
    rf"|(?:做好|抓好|突出|把握|落实)(?:以下)?(?P<h>{_N})个?方面的?(?:重点)?(?:工作|任务)?[：:]"
    # 「现将有关想法整理为三个方面」「归纳为三点」「我就三个方面谈点想法」: the parts the speaker made
    rf"|(?:整理|归纳|概括|梳理)(?:为|成)(?P<g>{_N})(?:个方面|个部分|方面|部分|点)"
    rf"|就(?P<f>{_N})个(?:方面|问题)(?:谈|讲|说|汇报|交流)"
    # 「我想用三个关键词，给大家分享……」: the words the speaker's parts are named by, then the verb of speaking
    rf"|用(?P<d>{_N})个(?:关键词|词|字)[^。！？；]{{0,16}}?(?:讲|谈|说|分享|交流|汇报|概括)"
    # 「今天会议有两项议程：」: a chair's text, whose parts are its meeting's items
    rf"|有(?P<e>{_N})项(?:议程|议题)"
)


class Announced(NamedTuple):
    value: int  # the number announced
    start: int  # offsets of the numeral within the scanned text
    end: int
    phrase: str  # the clause around it, as written: 「我讲三点意见」
    agenda: bool = False  # a meeting's items (「有两项议程」): the text's parts only where as many stand


def find_announcement(text: str, pos: int = 0, end: int | None = None) -> Announced | None:
    """The last 「我讲三点意见」-style announcement in ``text[pos:end]``; 「几点」 gives none."""
    last = None
    for m in _ANNOUNCE_RE.finditer(hant.key(text), pos, len(text) if end is None else end):  # (「講三點意見」)
        if not _last_words(text, max(pos, m.start() - _LAST_WORDS_LOOK), m.start()):
            last = m
    if last is None:
        return None
    group = next(g for g in ("n", "m", "k", "c", "j", "i", "h", "g", "f", "d", "e") if last.group(g) is not None)
    count = to_int(last.group(group))
    if count is None:
        return None
    a = max(text.rfind(ch, pos, last.start()) for ch in _CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(ch, last.end()) for ch in _CLAUSE_MARKS) if i != -1]
    b = min(ends) if ends else len(text)
    return Announced(count, last.start(group), last.end(group), text[max(a, pos):b].strip().rstrip("。，；"),
                     group == "e")


_CLAUSE_MARKS = "，。！？；：,!?;:"
_LAST_WORDS_LOOK = 12  # characters looked at before an announcement for its 「最后」


def _last_words(text: str, a: int, b: int) -> bool:
    """「最后」 in the clause before ``b`` (from ``a``): 「请……最后向网友说两句话」 asks for last
    words, and 「最后，提三点要求」 announces a wrap-up's; neither announces the text's parts."""
    window = text[a:b]
    cut = max(window.rfind(ch) for ch in _CLAUSE_MARKS)
    return "最后" in window[cut + 1:]
# Where the first run-in point of a paragraph starts: at its start or after a sentence.
_FIRST_POINT_RE = cached_compile(r"(?:^|(?<=[。！？；：!?;:]))[ \u3000]{0,2}(?:一是|一要|第一[，,、]|其一[，,])")
_WRAP_UP_START_RE = cached_compile(r"^(?:最后|总之|总而言之|以上)")


def opening_announcement_end(text: str) -> int | None:
    """How much of a paragraph may announce the speech's parts when it has no headings.

    Its parts are then its 一是/第一 runs: a count said inside a run (「一是……我提三点
    意见。一是……」) announces that run's sub-points, and one in the wrap-up
    (「最后，提三点要求」) the wrap-up's.  So only the text before the paragraph's
    first point counts (0: none of a wrap-up); None: all of it.
    """
    if _WRAP_UP_START_RE.match(text):
        return 0
    m = _FIRST_POINT_RE.search(text)
    return m.start() if m else None
