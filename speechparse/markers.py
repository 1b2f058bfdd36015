"""Marker styles: the single source of truth for numbered headings and run-in points.

GB/T 9704-2012 fixes the ladder 一、 → （一） → 1. → （1）; real texts add
第一部分 (第一章) above it and ① below it, write every rung in several variants
(「一.」「(一)」「1、」「⑴」「⒈」「㈠」 …), and, in 辅导报告, rules and
regulations, put 第一节 and 第一条 between the chapter and 一、.  Those two
rungs are optional: a speech goes from 第一部分 to 一、 and skips no level.  Everything that needs to know what a marker
looks like (the line classifier, the outline, the checker and its fixes)
asks this module, so a new variant is added in exactly one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from sys import intern
from typing import NamedTuple

from .lazyre import cached_compile, lazy_compile
from .numerals import CIRCLED, CN_CHARS, DOT_DIGITS, PAREN_DIGITS, PAREN_IDEOGRAPHS, int_to_cn, to_int


class Style(NamedTuple):
    """One rung of the numbering ladder."""

    name: str  # stable identifier, also the grammar rule name
    rank: int  # 0 is the highest; a heading holds only headings of greater rank
    token: str  # terminal name in grammars/speech.lark
    example: str  # the standard form of number 1, as users know it
    optional: bool = False  # a rung a document may go past without skipping a level (节, 条)

    def standard(self, number: int, unit: str = "部分") -> str:
        """The GB/T 9704-2012 form of this style for ``number``."""
        if self.name == "part":
            return f"第{int_to_cn(number)}{unit}"
        if self.name == "division":
            return f"第{int_to_cn(number)}节"
        if self.name == "article":
            return f"第{int_to_cn(number)}条"
        if self.name == "section":
            return f"{int_to_cn(number)}、"
        if self.name == "subsection":
            return f"（{int_to_cn(number)}）"
        if self.name == "clause":
            return f"{number}."
        if self.name == "item":
            return f"（{number}）"
        return CIRCLED[number - 1] if 1 <= number <= len(CIRCLED) else f"({number})"


STYLES: tuple[Style, ...] = (
    Style("part", 0, "PART_HEAD", "第一部分"),
    Style("division", 1, "DIVISION_HEAD", "第一节", optional=True),
    Style("article", 2, "ARTICLE_HEAD", "第一条", optional=True),
    Style("section", 3, "SECTION_HEAD", "一、"),
    Style("subsection", 4, "SUBSECTION_HEAD", "（一）"),
    Style("clause", 5, "CLAUSE_HEAD", "1."),
    Style("item", 6, "ITEM_HEAD", "（1）"),
    Style("circled", 7, "CIRCLED_HEAD", "①"),
)
STYLE_BY_NAME = {s.name: s for s in STYLES}
_ORDINAL_STYLES = frozenset(("part", "division", "article"))  # 「第……部分」「第……节」「第……条」


def rung_below(style: Style | None) -> Style:
    """The next rung the ladder requires under ``style`` (the top rung under the document).

    Optional rungs (节, 条) may stand between: a heading of any rank up to this
    one's is no skipped level.
    """
    if style is None:
        return STYLES[0]
    if style.name == "article":  # a rule's article lists its items as （一）（二） (项), never 一、
        return STYLE_BY_NAME["subsection"]
    return next((s for s in STYLES if s.rank > style.rank and not s.optional), STYLES[-1])

# The Chinese digits a marker or an ordinal is written with (一 … 十, up to 九十九).
_DIGITS = "一二三四五六七八九十"
_CN = f"[{_DIGITS}]{{1,3}}"
_AR = "[0-9０-９]{1,2}"
_SEP = "[、.．，,]"
_SP = "[ \u3000\xa0]{0,2}"  # a space a typist put inside a marker: 「一 、」「（ 一）」
# A marker at the start of a paragraph (after leading junk has been cut off),
# with the variants typists produce: spaces inside it, full-width dots 「一．」,
# a closing bracket alone 「1)」「1）」「一）」.  Group names: n = numeral,
# sep = mark after it, o/c = brackets.  Whether 「1、2月份」「一、二季度」 is a
# marker or two numerals is decided by :func:`numeral_pair` on the whole line.
_HEADING_RE = cached_compile(
    rf"""
    (?P<part>(?P<part_lb>【)?第(?P<part_n>{_CN}|{_AR})
        (?P<part_unit>部分|部份|章|篇|编|个问题(?=[：:\ \u3000]))(?(part_lb)】)[、.．，,：:]?)
  | (?P<division>第(?P<division_n>{_CN}|{_AR})节[、.．，,：:]?)
  | (?P<article>第(?P<article_n>{_CN}|{_AR})条[、.．，,：:]?)
  | (?P<section>(?P<section_n>{_CN}){_SP}(?P<section_sep>{_SEP}))
  | (?P<subsection>(?P<subsection_o>[（(])?{_SP}(?P<subsection_n>{_CN}){_SP}(?P<subsection_c>[）)])
        (?P<subsection_sep>{_SEP})?|(?P<subsection_u>[{PAREN_IDEOGRAPHS}]))
  | (?P<clause>(?P<clause_n>{_AR}|[1-9][0-9]{{2}}(?=[.．]))(?P<clause_sep>(?<=\d\d\d)[.．]|{_SP}{_SEP})
        |(?P<clause_u>[{DOT_DIGITS}]))
  | (?P<item>(?P<item_o>[（(])?{_SP}(?P<item_n>{_AR}){_SP}(?P<item_c>[）)])(?P<item_sep>{_SEP})?
        |(?P<item_u>[{PAREN_DIGITS}]))
  | (?P<circled>[{CIRCLED}])
    """,
    re.VERBOSE,
)
# For each kind, the names of its separator, opening and closing groups ("" if it has none).
_MARK_GROUPS = {kind: tuple(g if g in _HEADING_RE.groupindex else "" for g in
                            (f"{kind}_sep", f"{kind}_o", f"{kind}_c"))
                for kind in ("part", "division", "article", "section", "subsection", "clause", "item", "circled")}
_NUMERAL_GROUP = {kind: f"{kind}_n" for kind in _MARK_GROUPS}
_ONE_CHAR = frozenset(("subsection", "clause", "item"))
_SPACES = " \u3000\xa0\t"
# (a clause's text may open on a year, a day or a time: 「1、2023年……」「1、7月8日-7月14日，报名」
# 「1、16:30-17:30 签到」, where 「1、2月份」 lists months)
_MONTH_DAY_RE = lazy_compile(r"\d{1,2}月\d{1,2}[日号]")  # (「1.6月10日放假」: the item opens on a date)
_YEAR_RE = cached_compile(r"\d{4}年|\d{1,2}月\d{1,2}[日号]|\d{1,2}[:：]\d{2}(?!\d)")
# 「一 重工业」 or a bare 「一」 on a line of its own (older texts).
_BARE_SECTION_RE = cached_compile(rf"(?P<n>{_CN})(?:[ \u3000\xa0\t]+(?P<rest>\S.{{0,60}}))?")
# 「一 3 一」: a page number framed by dashes typed (or scanned) as 「一」, no section 「一」
_FRAMED_PAGE_RE = cached_compile(r"\d{1,4}[ \u3000\xa0\t]{0,2}一")
_SENTENCE_PUNCT = cached_compile(r"[。！？；，,!?;]")


class HeadingMarker(NamedTuple):
    """A heading marker found at the start of a paragraph."""

    style: Style
    marker: str  # as written, e.g. "(三)" or "1、"
    number: int
    sep: str  # the mark after the number ("、", ".", …) or ""
    open: str  # opening bracket as written, or ""
    close: str  # closing bracket as written, or ""
    end: int  # length of the marker in the content, spaces after it included


# A table drawn with box characters frames each row in bars, 「│抄送：│县委各部门。│」: lines.py sets the
# frame aside; the bars between its cells stay, and a line with one is a cell, never a heading.
# A heading's marker typed right after the 「#」s, no space between (「##二、抓住重点」「###（一）……」): an editor's
# heading all the same, where 「#话题#」 and 「#1」 are not.
MARKER_AHEAD = (r"(?=[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]|[0-9]{1,2}[.．、](?![0-9])"
                r"|第[一二三四五六七八九十0-9])")
# Brackets no marker uses, as pairs, that a writer may put a number in by slip: 「〔三〕」「【二】」「［2］」「〈二〉」
# (page.levels reads such a heading where it goes on its siblings' count; N201 names one where it does not).
ODD_BRACKETS = {"〔": "〕", "【": "】", "［": "］", "[": "]", "〈": "〉"}
BOX_BARS = "│┃║"
# A part's heading bracketed whole, its title inside: 「【第一部分：总体要求】」 (the brackets are the line's
# frame, as 「【第一部分】」's are its marker's)
BRACKETED_PART_RE = cached_compile(
    rf"【第(?:{_CN}|\d{{1,2}})(?:部分|部份|章)[、.．，,：:\ \u3000][^【】]{{1,40}}】[ \u3000\t]*$")
_BOX_BARS = frozenset(BOX_BARS)
# Every marker starts with one of these; most lines do not (a cheap first test).
_FIRST_CHARS = frozenset("第【（(0123456789０１２３４５６７８９" + _DIGITS + PAREN_DIGITS + CIRCLED + DOT_DIGITS
                         + PAREN_IDEOGRAPHS)


def match_heading(content: str) -> HeadingMarker | None:
    """The heading marker that ``content`` starts with, if any."""
    if content[:1] not in _FIRST_CHARS or not _BOX_BARS.isdisjoint(content):
        return None  # (a row of a table drawn in box characters, 「一、户厕│三万座」, its frame set aside: a cell)
    m = _HEADING_RE.match(content)
    if m is not None:
        kind = m.lastgroup
        assert kind is not None
        style = STYLE_BY_NAME[kind]
        if kind == "circled":
            numeral = m.group("circled")
        else:  # a marker in one character (「⑶」「⒊」「㈢」), or a numeral in a written marker
            numeral = m.group(f"{kind}_u") if kind in _ONE_CHAR and m.group(f"{kind}_u") else \
                m.group(_NUMERAL_GROUP[kind])
        number = to_int(numeral)
        if number is None:
            return None
        end = m.end()
        if kind in _ORDINAL_STYLES and not _part_is_heading(content, end, kind == "part"):
            return None
        if kind == "clause" and content[end:end + 1].isdigit() and m.group("clause_sep") is not None and (
                m.group("clause_sep") in ".．" or not _YEAR_RE.match(content, end)) \
                and not _MONTH_DAY_RE.match(content, end):
            return None  # a decimal 「3.5亿」, numerals 「1、2月份」「1、2、3号」; not 「1、2023年……」「1.6月10日……」
        while end < len(content) and content[end] in _SPACES:
            end += 1
        # Interned: a long text repeats a handful of markers and marks many thousand times.
        g_sep, g_open, g_close = _MARK_GROUPS[kind]
        return HeadingMarker(style, intern(m.group(kind)), number,
                             intern(m.group(g_sep) or "") if g_sep else "",
                             intern(m.group(g_open) or "") if g_open else "",
                             intern(m.group(g_close) or "") if g_close else "", end)
    b = _BARE_SECTION_RE.fullmatch(content)
    if b is not None and len(b.group("n")) > 1 and "十" not in b.group("n") and "百" not in b.group("n"):
        return None  # 「五四 91周年……」: digits read one by one name no number of a section (「十二」 does)
    if b is not None and not _SENTENCE_PUNCT.search(b.group("rest") or "") and not (
            b.group("n") == "一" and b.group("rest") and _FRAMED_PAGE_RE.fullmatch(b.group("rest"))):
        number = to_int(b.group("n"))
        if number is None:
            return None
        rest_start = b.start("rest") if b.group("rest") else len(content)
        return HeadingMarker(STYLE_BY_NAME["section"], b.group("n"), number, "", "", "",
                             rest_start)
    return None


# Measure words and nouns that make 「一、二季度」「二、三产业」「三、四月份」「1、2月份」
# two numerals rather than a marker and a title.
_MEASURE_RE = cached_compile(
    rf"(?P<n>[{_DIGITS}]{{1,3}}|[0-9０-９]{{1,2}})"
    r"(?:季度|月份|月|年级|年|产业|类|项|次|批|号|线|级|等|期|届|代|组|档|星|成|倍|岁|名|位|户|家|所|条|种|周|"
    r"天|日|轮|版|段|步|道|层|楼|号文)"
)
_CLAUSE_PUNCT = cached_compile(r"[，,；;：:。！？!?]")
_MAX_PAIR_TITLE = 20


def numeral_pair(content: str, hm: HeadingMarker) -> bool:
    """「一、二季度，……」「三、四月份以来……」「1、2月份……」: two numerals, not a marker.

    The marker's number and the next numeral are consecutive, a measure word
    or noun follows, and the line reads as a sentence (punctuation, or more
    than a title's length).  「一、二〇二四年工作回顾」 (a year) and 「二、三农工作」
    (no measure word) stay headings, and so does a short title such as
    「一、二季度工作安排」 standing alone.
    """
    if hm.sep not in ("、", "，", ",") or hm.style.name not in ("section", "clause"):
        return False
    rest = content[hm.end:]
    m = _MEASURE_RE.match(rest)
    if m is None or to_int(m.group("n")) != hm.number + 1 or m.group("n")[0].isdigit() != content[:1].isdigit():
        return False  # (a pair is written in one script: 「一、2月份……」 is a heading's 一 and a month)
    return bool(_CLAUSE_PUNCT.search(rest)) or len(rest) > _MAX_PAIR_TITLE


_ORDINAL_MARKER_RE = cached_compile(rf"第(?P<n>{_CN})、")


def match_ordinal_marker(content: str) -> HeadingMarker | None:
    """「第三、」 at a paragraph start: a 一、-style marker written as an ordinal.

    Whether it is one is decided by its siblings (see classify): after
    「一、」「二、」, 「第三、加强领导」 is the third heading, and 「第一、」 over 「二、」 the
    first; elsewhere 「第一、」 opens a run of points with the wrong mark (N209).
    """
    m = _ORDINAL_MARKER_RE.match(content)
    if m is None:
        return None
    number = to_int(m.group("n"))
    if number is None:
        return None
    end = m.end()
    while end < len(content) and content[end] in _SPACES:
        end += 1
    return HeadingMarker(STYLE_BY_NAME["section"], m.group(), number, "、", "", "", end)


def ordinal_point(content: str) -> int | None:
    """The number of 「第二，」 (or 「第二、」) at a paragraph start: a point of a 第一/第二 run."""
    m = ORDINAL_RE.match(content)
    return to_int(m.group("pn")) if m and m.group("pre") == "第" else None


def _part_is_heading(content: str, end: int, marks: bool = True) -> bool:
    """「第一部分 总体情况」 is a heading; 「第一部分是总结，……。」 is a sentence.

    Only a part may end in a mark (「第一部分：」); 「第一条，坚持……」 in a speech is
    a point, while a rule's article stands apart by a space: 「第一条　为了……」.
    """
    rest = content[end:]
    # (after a comma only a title: 「第一篇，是一位老党员写的……。」 says what the first piece is)
    return not rest or rest[0] in " \u3000\xa0\t" or (marks and content[end - 1] in "、.．：:") or (
        len(rest) <= 30 and not _SENTENCE_PUNCT.search(rest))


# Run-in ordinals inside paragraphs: 「一是」「一要」「第一，」「其一，」.
# The family of a run is ``pre`` (第, 其) or ``suf`` (是, 要).
# The lookahead lets the engine skip to a possible first character: twice as fast.
# (a space a typist left inside, 「三 是」「第 三，」, is read: the point is there, its marker N211's)
ORDINAL_RE = cached_compile(
    rf"(?=[第其{_DIGITS}])(?:(?P<pre>第|其)[ \u3000]?(?P<pn>{_CN})(?P<psep>[，,、：:])"
    rf"|(?P<n>{_CN})[ \u3000]?(?P<suf>是|要)(?P<ssep>[，,：:])?)"
)
_NUMERAL_CHARS = frozenset(_DIGITS)
_MAX_NUMERAL = 3  # the numeral of an ordinal: at most three characters (_CN)


def ordinal_candidates(text: str, pos: int = 0) -> list[int]:
    """Where in ``text[pos:]`` a match of ``ORDINAL_RE`` may start, in order (a cheap pre-filter).

    Every match has an anchor: 是 or 要 right after a numeral, 第 or 其 right
    before one.  Patterns that start with the anchor character itself run in C
    at the speed of a plain search (the engine skips to the character; a
    pattern starting with a class of numerals reads every character), and
    ordinals are rare: ``ORDINAL_RE`` is then tried only where one may start,
    which finds what ``finditer`` would (it takes the leftmost match, and every
    match starts at one of these places).
    """
    out: list[int] = []
    numerals = _NUMERAL_CHARS
    for anchor in _SUFFIX_ANCHORS:  # a numeral of one to three characters ends right before (or a space)
        for m in anchor.finditer(text, pos + 1):
            i = m.start()
            k = i - 1
            if text[k] not in numerals:
                i = k  # (「三 是」)
                k -= 1
                if k < pos or text[k] not in numerals:
                    continue
            out.append(k)
            while k > pos and i - k < _MAX_NUMERAL and text[k - 1] in numerals:
                k -= 1
                out.append(k)
    for anchor in _PREFIX_ANCHORS:  # a numeral starts right after
        out += [m.start() for m in anchor.finditer(text, pos)]
    out.sort()
    return out


# The anchors, each pattern starting with its anchor character (see ordinal_candidates).
_SUFFIX_ANCHORS = tuple(cached_compile(f"{a}(?<=[{_DIGITS} \u3000]{a})") for a in "是要")
_PREFIX_ANCHORS = tuple(cached_compile(f"{a}(?=[ \u3000]?[{_DIGITS}])") for a in "第其")


def ordinal_matches(text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``ORDINAL_RE`` that ``finditer`` finds, tried only at ``starts`` (sorted)."""
    end = 0
    for p in starts:
        if p >= end:
            m = ORDINAL_RE.match(text, p)
            if m is not None:
                end = m.end()
                yield m


# Where a run may start or go on: paragraph start or right after these marks.
SENTENCE_END = "。！？；：!?;:"
# Where a title or a run-in heading ends.
# (a run of half-width 「??」 is characters a copy lost, a masked name 「由???负责」, not a question's end; so is
# one before a comma, 「重形式轻实?,会前……」: a question ends its sentence, no clause goes on after it)
TITLE_END_RE = cached_compile(r"[。！？!]|(?<!\?)\?(?![?,，、；;])")
POINT_TITLE_END_RE = cached_compile(r"[。！？；!;]|(?<!\?)\?(?![?,，、；;])")


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


_CN_RUN_RE = lazy_compile(f"[{CN_CHARS}]+")
_DIGIT_RUN_RE = lazy_compile(r"[0-9０-９]+")


def renumber(marker: str, style: Style, old: int, new: int) -> str:
    """``marker`` as written, with ``new`` in place of ``old``: 「(三)」 → 「(四)」."""
    if style.name == "circled" and 1 <= new <= len(CIRCLED):
        return CIRCLED[new - 1]
    for chars in (PAREN_DIGITS, DOT_DIGITS, PAREN_IDEOGRAPHS):
        if marker[:1] in chars:
            return chars[new - 1] if 1 <= new <= len(chars) else style.standard(new)
    if style.name in ("clause", "item") or (style.name in _ORDINAL_STYLES and str(old) in marker):
        digits = _DIGIT_RUN_RE.search(marker)
        if digits is None:
            return marker
        number = str(new) if digits.group()[0] <= "9" else str(new).translate(_FULL_WIDTH_DIGITS)
        return marker[:digits.start()] + number + marker[digits.end():]  # (in the digits as written)
    m = _CN_RUN_RE.search(marker)
    if m is None:
        return marker
    return marker[:m.start()] + int_to_cn(new) + marker[m.end():]

