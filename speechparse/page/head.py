"""The page head: where the speech begins, and what stands above it.

Above the body stand, in any order and mixed with page furniture: the
title (often repeated by the site), a 「——在……上的讲话」 subtitle, a news
dateline 「新华社北京10月28日电」, the date, maybe with the place
「（2025年11月1日，庆州）」, the speaker 「北京市市长 殷勇」, metadata lines.
Each line of the head gets one role, tried in a fixed order (the way
markdown-it's block ruler tries its rules): noise, dateline, date,
subtitle, byline, organisation, then title candidate.  The title is then
chosen among the candidates.
"""

from __future__ import annotations

from collections.abc import Callable

from ..layout import Layout, Wraps
from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker, match_heading
from .noise import MD_LINK_RE, META_RE, meta_value
from .salutation import inline_salutation, salutation_line, two_line_salutation
from .vocab import (
    AGENCIES,
    DECORATIONS,
    DOCUMENT_KINDS,
    DOCUMENT_NUMBER,
    KIND_WORDS,
    NAME,
    NOT_IN_NAMES,
    POSITION,
    TITLE_WORDS,
)

_EXPLICIT_TITLE_RE = lazy_compile(r"^(?:(?:报告|讲话|文章|本文)?标题|title)\s*[:：]\s*[\"']?(?P<t>.+?)[\"']?$")
_NUMERAL_YEAR = "(?:\\d{4}|[〇○零一二三四五六七八九]{4})"
_NUMERAL_SMALL = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})"
_S = "[ \u3000\xa0\t]{0,3}"  # spaces a typist may put inside a date: 「2017 年 4 月 1 日」
_DATE = rf"{_NUMERAL_YEAR}{_S}年{_S}{_NUMERAL_SMALL}{_S}月(?:{_S}{_NUMERAL_SMALL}{_S}日)?"
# 「2018年3月30日 施行」「……通过」: a law's or a 批复's note of its enactment, not a date and a place.
_ENACTED = "(?:起)?(?:施行|实施|通过|发布|公布|印发|修订|修正|生效|执行)$"
_DATE_RE = lazy_compile(
    rf"^[（(【\[]?{_S}(?P<d>{_DATE}){_S}(?:[，,、 \u3000]{_S}(?!{_ENACTED})(?P<p>[\u4e00-\u9fff]{{2,12}}))?{_S}"
    r"[）)】\]]?$"
)
_DATELINE_RE = lazy_compile(
    rf"^(?:{AGENCIES})(?P<p>[\u4e00-\u9fff]{{0,12}}?){_NUMERAL_SMALL}月{_NUMERAL_SMALL}日电$"
    r"|^本报讯$|^[（(]记者[^（()）]{1,30}[)）]$"
)
_SUBTITLE_RE = lazy_compile(r"^(?:——|—|--|－－)")
_SPEAKER_RE = lazy_compile(
    rf"^(?:(?P<office>[\u4e00-\u9fffA-Za-z（）()]{{0,24}}(?:{POSITION}))[ \u3000\xa0]*(?P<n>[\u4e00-\u9fff·]{{2,4}})"
    rf"|(?P<name>{NAME})[ \u3000\xa0]*(?:同志)?)$"
)
_ORG_RE = lazy_compile(
    r"^[\u4e00-\u9fffA-Za-z（）()]{2,30}(?:委员会|党委|党组|人民政府|政府|办公室|办公厅|委|局|厅|部|院|"
    r"中心|协会|联合会|学校|大学|学院|公司|集团|支部|法院|检察院|分局|政协|常委会)$"
)
_SITE_SUFFIX_RE = lazy_compile(
    r"[\s\u3000\xa0]{0,4}[（(](?:本页[^)）]{0,20}|原始资料|全文|附全文|图|组图|视频|转载|\d{1,6}\+?字|范文|\d{1,2})[)）]$"
)  # (「……动员会(5)」: a site's part number of a text it shows over several pages)
# A document site's place for the text in its collection: 「……述职报告范文锦集八篇」「……讲稿汇编4篇」
# 「……请示格式范文(通用4篇)」「……述职报告 篇1」「……推荐 篇1」.
_COLLECTION_SUFFIX_RE = lazy_compile(
    r"(?:(?:范文|精选)?(?:锦集|集锦|汇编|匯編|大全|合集)|推荐)?[ \u3000\xa0]{0,2}"
    r"(?:[（(]通用[\d一二三四五六七八九十]{1,3}篇[)）]|第?[\d一二三四五六七八九十]{1,3}篇"
    r"|篇[ \u3000\xa0]{0,2}\d{1,2})$")
# A 公文's number on its own line (「国发〔2018〕44号」: metadata above the text, not its
# title), or after its title on the title's line (「……的意见 国发〔2011〕35号」).
_NUMBER = rf"(?:{DOCUMENT_NUMBER})$"
DOCUMENT_NUMBER_RE = lazy_compile(rf"^{_NUMBER}")
_TRAILING_NUMBER_RE = lazy_compile(rf"[\s\u3000\xa0]{{1,4}}{_NUMBER}")
# A web timestamp (「2018-06-11」「2014-03-20 01:07」): a line holding one is metadata, not a title.
_WEB_DATE_RE = lazy_compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
# An office alone on its line, its holder not named: 「武进区区长」 (a byline, not a title).
_OFFICE_ONLY_RE = lazy_compile(rf"^[\u4e00-\u9fff]{{2,16}}?(?:{POSITION})$")
_TITLE_WORD_RE = lazy_compile(TITLE_WORDS)
_DOCUMENT_KIND_END_RE = lazy_compile(rf"(?:{DOCUMENT_KINDS}|报告|函)$")
# A kind alone, with at most a two-character qualifier: 「年终总结」「实施方案」「讲话稿」.
_BARE_KIND_RE = lazy_compile(rf"^[\u4e00-\u9fff]{{0,2}}(?P<k>{KIND_WORDS}|{DOCUMENT_KINDS}|稿)$")
_BARE = 7
# A site's name after its page's title: 「……_某县人民政府」「…… | 某某日报」 (after 「|」 or 「_」, any short
# name; after a hyphen, only a name that says it is a site or a paper), or before it: 「某某日报->……」.
_SITE_NAME_RE = lazy_compile(
    r"\s{0,3}(?:[_|｜]{1,2}\s{0,3}[^-_|｜–。，]{2,20}"
    r"|[-–]{1,3}\s{0,3}[^-_|｜–]{1,16}(?:网|站|频道|平台|文库|范文|门户|日报|晚报|早报|时报|报社|在线|发布))$"
)
_SITE_PREFIX_RE = lazy_compile(r"^[^>»＞。，]{2,20}?\s{0,3}(?:->|>>|»|＞)\s{0,3}")
_TAG_RE = lazy_compile(r"^【[^】]{1,10}】\s*")
_DECORATED_END_RE = lazy_compile(f"[{DECORATIONS}]+$")  # 「……工作报告📜」
_TRAILING_TAG_RE = lazy_compile(r"\s*【[^】]{1,10}】$")  # 「……电视讲话【范文精选】」
_OCCASION_RE = lazy_compile(
    r"在(?P<o>[^在，。]{2,60}?)(?:上|时|期间)?的(?:重要)?(?:讲话|致辞|致词|发言|演讲|讲演|报告|"
    r"主持词|总结讲话|动员讲话|辅导报告|开幕词|闭幕词)"
)
# A subtitle may name the meeting alone: 「——2026年1月28日在云南省……会议上」.
_SUBTITLE_OCCASION_RE = lazy_compile(r"在(?P<o>[^在，。]{2,60})上$")
_LEADING_DATE_RE = lazy_compile(rf"^{_DATE}")
_SPEAKER_KEYS = ("报告人", "演讲人", "发言人", "主讲人", "讲话人", "作者")
# 「王建国在……上的讲话」, and after the office: 「县委书记王建国在……上的讲话」「——市长 李明在……」.
_SPEAKER_IN_TITLE_RE = lazy_compile(
    rf"^(?:——)?(?:[\u4e00-\u9fff（）()]{{0,20}}?(?:{POSITION})[ \u3000\xa0]{{0,3}})?(?P<n>{NAME})(?:同志)?"
    r"[ \u3000\xa0]{0,2}(?:在|：|:)")
_PARAGRAPH_END_RE = lazy_compile(r"[。！？!?…]$")
_SENTENCE_RE = lazy_compile(r"[。！？!?]")
_MIN_PARAGRAPH = 40
_RUNNING_MARKS = "。，；！？,;!?"


def match_date(content: str) -> str | None:
    """The date if the line is only a date (optionally bracketed, maybe with the place)."""
    m = _DATE_RE.match(content)
    return "".join(m.group("d").split()) if m else None


def _date_place(content: str) -> str | None:
    m = _DATE_RE.match(content)
    return m.group("p") if m else None


def clean_title(text: str) -> str:
    """A title as the outline reports it: no link, bold marks, site tags or suffixes, final 。."""
    link = MD_LINK_RE.match(text.strip())
    if link:
        text = link.group("t")
    text = text.replace("**", "").strip()
    text = _SITE_SUFFIX_RE.sub("", text)
    text = _COLLECTION_SUFFIX_RE.sub("", text) or text
    text = _repeated_once(text)
    text = _TRAILING_NUMBER_RE.sub("", text)
    text = _SITE_NAME_RE.sub("", text)
    text = _SITE_PREFIX_RE.sub("", text, count=1) or text
    text = _TAG_RE.sub("", text) or text
    text = _TRAILING_TAG_RE.sub("", text) or text
    text = _DECORATED_END_RE.sub("", text).strip("《》 \u3000\xa0")
    if "——" in text:
        head = text.split("——", 1)[0].strip()
        if head:
            text = head
    return text.rstrip("。").strip()


def _repeated_once(text: str) -> str:
    """A title a site glued to its own copy: 「……讲话稿范本……讲话稿范本1」 → the first copy."""
    n = len(text)
    if n < 12:
        return text
    for k in range(n // 2 - 2, n // 2 + 1):
        if k >= 6 and text.startswith(text[:k], k) and n - 2 * k <= 3:
            return text[:k]
    return text


def occasion_of(text: str, subtitle: bool = False) -> str | None:
    """The meeting named by 「在……上的讲话」 (a leading full date is not part of its name)."""
    m = _OCCASION_RE.search(text)
    if m is None and subtitle:
        m = _SUBTITLE_OCCASION_RE.search(text)
    if m is None:
        return None
    occasion = _LEADING_DATE_RE.sub("", m.group("o")).strip(" \u3000")
    return occasion if len(occasion) >= 2 else None


def speaker_of(content: str) -> str | None:
    """The name in a byline: 「北京市市长 殷勇」 → 「殷勇」, 「习近平同志」 → 「习近平」."""
    m = _SPEAKER_RE.match(content)
    if m is None:
        return None
    name = m.group("n") or m.group("name")
    if name is None or any(ch in NOT_IN_NAMES for ch in name):
        return None
    return name


def dateline_place(content: str) -> str | None:
    m = _DATELINE_RE.match(content)
    return (m.group("p") or None) if m else None


def is_paragraph(ln: Line, lines: list[Line] | None = None, wraps: Wraps | None = None) -> bool:
    """A line of running text (not a title, a label or a name).

    On a hard-wrapped page (``wraps``, with the page's ``lines``) a piece is
    judged by its whole paragraph, as the line was before it was wrapped.
    """
    c = ln.content
    if ln.md_level:
        return False
    if wraps and lines is not None:
        first = wraps.head.get(ln.index, ln.index)
        if first != ln.index and lines[first].md_level:
            return False  # the rest of a Markdown heading wrapped over lines
        c = wraps.text(lines, first)
        if not any(p in c for p in _RUNNING_MARKS):
            return False  # a title wrapped over lines, however long: running text has its marks
    return len(c) >= _MIN_PARAGRAPH or (len(c) >= 12 and bool(_SENTENCE_RE.search(c)) and (
        "，" in c or "," in c or bool(_PARAGRAPH_END_RE.search(c))))


# --- where the speech begins ---------------------------------------------------


def find_body_start(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                    wraps: Wraps | None = None) -> int:
    """Where the speech begins: its salutation, else its first paragraph or heading.

    Pages put things before the speech that look like its start: numbered
    navigation (「1.新闻中心」) or a slogan sentence (「欢迎访问本站，……！」).  So a
    salutation after only short lines still wins, and a line naming a 讲话/报告
    that comes after the tentative start, before any long paragraph, is the
    title: the speech starts after it.  A salutation without a colon
    (「同志们！」) counts only before any paragraph, or right under that title.
    """
    first_heading = min(headings) if headings else len(lines)
    seen_paragraph = False
    for k, ln in enumerate(lines):
        if ln.is_blank or noise[ln.index] or _EXPLICIT_TITLE_RE.match(ln.content):
            continue  # 「标题：……」 names the text; it is no paragraph of it
        sal = salutation_line(ln.content)
        if sal is not None and (sal.mark in ("：", ":") or not seen_paragraph):
            return ln.index
        if ln.content[-1] in "、，,的":
            nxt = _next_text(lines, noise, k + 1)
            if nxt is not None and two_line_salutation(ln.content, nxt.content):
                return ln.index
        if is_paragraph(ln, lines, wraps):
            if ln.index >= first_heading:
                break
            seen_paragraph = True
    start = _first_text(lines, noise, headings, 0, wraps)
    if start is None:
        return _fallback_start(lines, noise)
    for _ in range(3):  # a title after furniture, at most a few times
        title = _title_line_after(lines, noise, headings, start)
        if title is None:
            break
        after = _first_text(lines, noise, headings, title + 1, wraps)
        if after is None:
            break
        # Right under the title, a salutation with a wrong mark (「同志们，」) is still the
        # speech's start: the title says a speech begins here, whatever came above it.
        greeting = next((ln.index for ln in lines[title + 1:after]
                         if not ln.is_blank and not noise[ln.index] and salutation_line(ln.content)), None)
        start = greeting if greeting is not None else after
    return start


def _next_text(lines: list[Line], noise: list[bool], k: int) -> Line | None:
    for ln in lines[k:k + 4]:
        if not ln.is_blank and not noise[ln.index]:
            return ln
    return None


def _first_text(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                after: int, wraps: Wraps | None = None) -> int | None:
    """The first heading or paragraph at or after ``after``."""
    for ln in lines[after:]:
        if ln.is_blank or noise[ln.index] or match_date(ln.content) or \
                _EXPLICIT_TITLE_RE.match(ln.content):
            continue
        if ln.index in headings or is_paragraph(ln, lines, wraps):
            return ln.index
    return None


def _title_line_after(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                      start: int) -> int | None:
    """A short line naming a 讲话/报告 after ``start`` and before any long paragraph."""
    seen = 0
    for ln in lines[start + 1:]:
        c = ln.content
        if ln.is_blank or noise[ln.index]:
            continue
        seen += 1
        if len(c) >= _MIN_PARAGRAPH or seen > 15:
            return None
        if ln.index not in headings and _TITLE_WORD_RE.search(c) and not _SENTENCE_RE.search(c) \
                and c[-1] not in "：:，,；;、":
            return ln.index
    return None


def _fallback_start(lines: list[Line], noise: list[bool]) -> int:
    """No salutation, heading or long paragraph: the body is what follows the first line."""
    for ln in lines:
        if not ln.is_blank and not noise[ln.index]:
            return ln.index + 1
    return len(lines)


# --- the salutation at the start of the body -----------------------------------


def read_salutation(layout: Layout, noise: list[bool]) -> None:
    """The salutation the body opens with: on its own line (or two), or inline."""
    lines = layout.lines
    start = layout.body_start
    if start >= len(lines):
        return
    first = lines[start]
    sal = salutation_line(first.content)
    if sal is not None:
        layout.salutation_lines = [start]
        layout.salutation = sal
        layout.salutation_text = sal.text
        return
    # The second line must follow the first, blank lines aside: a salutation is not
    # joined across a line of something else (an image, a credit), which would then
    # stand inside its span.
    nxt = next((ln for ln in lines[start + 1:start + 4] if not ln.is_blank), None)
    if nxt is not None and not noise[nxt.index] and two_line_salutation(first.content, nxt.content):
        second = salutation_line(nxt.content)
        assert second is not None
        layout.salutation_lines = [start, nxt.index]
        layout.salutation = second
        layout.salutation_text = first.content + second.text
        return
    if start not in layout.headings:
        inline = inline_salutation(first.content)
        if inline is not None:
            layout.salutation_lines = [start]
            layout.salutation = inline
            layout.salutation_text = inline.text


# --- the lines above the body --------------------------------------------------

_Rule = Callable[[Layout, Line, str], bool]


def _dateline(layout: Layout, ln: Line, c: str) -> bool:
    if not _DATELINE_RE.match(c):
        return False
    ln.kind = "byline"
    layout.place = layout.place or dateline_place(c)
    return True


def _date(layout: Layout, ln: Line, c: str) -> bool:
    d = match_date(c)
    if d is None:
        return False
    ln.kind = "meta"
    if layout.date is None:
        layout.date, layout.date_line = d, ln.index
    place = _date_place(c)
    if place:
        layout.place = place
    return True


def _subtitle(layout: Layout, ln: Line, c: str) -> bool:
    if not _SUBTITLE_RE.match(c):
        return False
    ln.kind = "meta"
    layout.occasion = layout.occasion or occasion_of(c, subtitle=True)
    who = _SPEAKER_IN_TITLE_RE.match(c)
    if who and not any(ch in NOT_IN_NAMES for ch in who.group("n")):
        layout.speaker = layout.speaker or who.group("n")
    return True


def _byline(layout: Layout, ln: Line, c: str) -> bool:
    if _TITLE_WORD_RE.search(c):
        return False
    name = speaker_of(c)
    if name is not None:
        ln.kind = "byline"
        layout.speaker = layout.speaker or name
        return True
    if _ORG_RE.match(c):
        ln.kind = "meta"
        return True
    if len(c) <= 18 and _OFFICE_ONLY_RE.match(c):
        ln.kind = "byline"  # (the office alone: no speaker to take from it)
        return True
    return False


def _document_number(layout: Layout, ln: Line, c: str) -> bool:
    return c[-1] == "号" and DOCUMENT_NUMBER_RE.match(c) is not None  # (its kind stays "meta")


_HEAD_RULES: tuple[_Rule, ...] = (_dateline, _date, _subtitle, _document_number, _byline)


def read_head(layout: Layout, noise: list[bool]) -> None:
    """Give every line above the body its role; find title, date, speaker, place, occasion."""
    lines = layout.lines
    candidates: list[int] = []
    explicit: tuple[int, str] | None = None
    wraps = layout.wraps
    for ln in lines[:layout.body_start]:
        c = ln.content
        i = ln.index
        if ln.is_blank:
            ln.kind = "blank"
            continue
        if wraps:  # a hard-wrapped line is read whole, from its first piece
            if i in wraps.head:
                ln.kind = "meta"
                continue
            c = wraps.text(lines, i)
        if noise[i]:
            ln.kind = "noise"
            m = _EXPLICIT_TITLE_RE.match(c)
            if m and explicit is None:
                explicit = (i, m.group("t"))
            _meta_facts(layout, c)
            continue
        ln.kind = "meta"
        for rule in _HEAD_RULES:
            if rule(layout, ln, c):
                break
        else:
            m = _EXPLICIT_TITLE_RE.match(c)
            if m:
                explicit = explicit or (i, m.group("t"))
            elif _is_title_candidate(c):
                candidates.append(i)
    if explicit is None and not candidates:
        explicit = _footer_title(layout)
    if explicit is not None:
        layout.title = clean_title(explicit[1])
        layout.title_lines = [explicit[0]]
        lines[explicit[0]].kind = "title"
    elif candidates:
        _choose_title(layout, candidates)
    if layout.title_lines:
        raw = "".join(lines[i].content for i in layout.title_lines)
        layout.occasion = occasion_of(_link_text(raw)) or layout.occasion
        who = _SPEAKER_IN_TITLE_RE.match(layout.title or "")
        if who and not layout.speaker and not any(ch in NOT_IN_NAMES for ch in who.group("n")):
            layout.speaker = who.group("n")


def _footer_title(layout: Layout) -> tuple[int, str] | None:
    """「本文标题：……」 in the page noise after the text: the title of a page that shows none above it."""
    for ln in layout.lines[layout.trailer_start:]:
        c = ln.content
        if c[:1] in "本标报讲文t" and (m := _EXPLICIT_TITLE_RE.match(c)) is not None:
            return ln.index, m.group("t")
    return None


def _meta_facts(layout: Layout, c: str) -> None:
    """Facts in metadata lines: 「报告人：习近平」, 「地点：北京」."""
    if c[:1] not in "报演发主讲作地" or not META_RE.match(c):
        return
    kv = meta_value(c)
    if kv is None:
        return
    key, value = kv
    if key in _SPEAKER_KEYS and value and not layout.speaker:
        layout.speaker = speaker_of(value) or (value if len(value) <= 8 else None)


def _link_text(c: str) -> str:
    link = MD_LINK_RE.match(c)
    return link.group("t") if link else c


def _is_title_candidate(c: str) -> bool:
    """A line that may be the title: short, no sentence inside, not a numbered item, no timestamp.

    (A numbered line above the body is navigation or a table of contents: a
    title does not open with 「三、」.  A line ending in a colon is a label,
    whatever ellipsis follows it: 「目录/提纲:……」.)
    """
    c = _link_text(c).rstrip("…")
    return bool(c) and not (len(c) > 80 or c[-1] in "：:，,；;、" or "。" in c.rstrip("。") or (
        c[0] in "（(" and c[-1] in "）)")) and match_heading(c) is None and (
        not any(d in c for d in "-/.") or _WEB_DATE_RE.search(c) is None)


def _choose_title(layout: Layout, candidates: list[int]) -> None:
    lines = layout.lines
    candidates = _without_labels(lines, candidates)
    h1 = [i for i in candidates if lines[i].md_level == 1]
    worded = [i for i in candidates if _TITLE_WORD_RE.search(lines[i].content)]
    pick = (h1 or worded or candidates)[-1]
    chosen = [pick]
    prev = pick - 1
    wraps = layout.wraps
    if wraps and (pick in wraps.head or pick in wraps.rest):  # a title hard-wrapped over lines
        chosen = [i for i in wraps.lines_of(wraps.head.get(pick, pick)) if i < layout.body_start]
        while chosen[-1] + 1 < layout.body_start and lines[chosen[-1] + 1].lineno == lines[chosen[-1]].lineno \
                and lines[chosen[-1] + 1].kind == "meta" and _is_title_candidate(c := lines[chosen[-1] + 1].content) \
                and not match_date(c) and speaker_of(c) is None:
            chosen.append(chosen[-1] + 1)  # a gap cut the title's last line: the piece after it is the title's
    elif (block := _document_title_block(lines, pick)) is not None:
        chosen = block
    elif prev in candidates and _continues_title(lines[prev].content, lines[pick].content):
        chosen = [prev, pick]
    else:
        first = _first_half(lines, candidates, pick)
        if first is not None:
            chosen = [first, pick]
    layout.title_lines = chosen
    layout.title = clean_title("".join(lines[i].content for i in chosen))
    for i in chosen:
        lines[i].kind = "title"


def _without_labels(lines: list[Line], candidates: list[int]) -> list[int]:
    """The candidates without a site's category label that another candidate makes specific.

    A label names a kind alone (「年终总结」「实施方案。」, a breadcrumb's last crumb
    repeated over the text); a title names the kind and what it is about.  With
    both on the page, the one that says more is the title.  A label with no
    such title beside it may be the title itself (a 述职报告 titled 「述职报告」).
    """
    if len(candidates) < 2:
        return candidates
    keep = []
    for i in candidates:
        c = lines[i].content.rstrip("。")
        m = _BARE_KIND_RE.match(c) if len(c) <= _BARE else None
        if m is not None and any(m.group("k") in lines[j].content and len(lines[j].content) > len(c) + 2
                                 for j in candidates if j != i):
            continue
        keep.append(i)
    return keep


_BLOCK_PIECE = 40  # each line of a 公文's title set over several lines is short
_BLOCK_LINES = 4


def _document_title_block(lines: list[Line], pick: int) -> list[int] | None:
    """A 公文's title set over lines with no blank line between them, ending in its kind.

    GB/T 9704 makes the title 发文机关 + 事由 + 文种 and sets it in as many lines as it
    needs: 「国务院办公厅」/「关于辽宁省在……考察」/「工作时所提问题……的函」.  The lines
    right above the one with the kind belong to it while they are short pieces of
    a heading (no sentence, no colon, no date or number), and the whole names
    its matter with 「关于」 or 「对」.  The 版头 「……文件」 and the number are not part of it.
    """
    if _DOCUMENT_KIND_END_RE.search(lines[pick].content) is None:
        return None
    block = [pick]
    k = pick - 1
    while k >= 0 and len(block) < _BLOCK_LINES:
        if lines[k].is_blank and k > 0 and lines[k - 1].content and "关于" not in lines[block[-1]].content:
            k -= 1  # (a scrape that double-spaces every line cuts the matter apart; the issuer set
            continue  # apart from 「关于……」 by a blank line is not the title's)
        c = lines[k].content
        if not c or lines[k].kind == "noise" or len(c) > _BLOCK_PIECE or \
                c[-1] in "：:，,；;。！？!?、" or c.endswith(("文件", "号")) or c.startswith(("—", "-")) or \
                match_date(c) or _SENTENCE_RE.search(c) or "  " in c:
            break
        if "关于" in lines[block[-1]].content and not _ORG_RE.match(c):
            break  # above 「关于……」 only the issuing office belongs to the title
        block.append(k)
        k -= 1
    if len(block) == 1:
        return None
    block.reverse()
    whole = "".join(lines[i].content for i in block)
    head = whole[:len(whole) - len(lines[pick].content)]
    if len(whole) > 100 or not ("关于" in whole or "对" in head):
        return None
    return block


_HALF = 24  # each line of a main title set in two lines is short


def _first_half(lines: list[Line], candidates: list[int], pick: int) -> int | None:
    """The first line of a main title set in two lines over its 「——」 subtitle.

    「凝心聚力抓落实」 / 「奋力开创全县工作新局面」 / 「——在……上的讲话」: two short
    title lines (blank lines between them aside) standing right over the subtitle
    are one title.  Without the subtitle under them, two lines are a site's name
    and a title as often as one title, and the later one stands alone.
    """
    after = next((ln for ln in lines[pick + 1:] if not ln.is_blank), None)
    if after is None or not after.content.startswith("——") or len(lines[pick].content) > _HALF:
        return None
    k = pick - 1
    while k >= 0 and lines[k].is_blank:
        k -= 1
    if k < 0 or k not in candidates or len(lines[k].content) > _HALF:
        return None
    if _SENTENCE_RE.search(lines[k].content) or _TITLE_WORD_RE.search(lines[k].content):
        return None
    return k


def _continues_title(first: str, second: str) -> bool:
    """A title broken over two adjacent lines: 「在全县……会议」/「上的讲话」."""
    return second.startswith(("上的", "上", "的", "暨", "——")) and len(first) + len(second) <= 60

