"""The page head: what stands above the speech (where it begins: :mod:`.start`).

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

from ..layout import Layout
from ..lazyre import lazy_compile
from ..lines import Line, shares_line
from .facts import (
    DATELINE_RE,
    DOCUMENT_NUMBER_RE,
    FULL_TEXT_TAIL_RE,
    ORG_RE,
    SITE_WORDS_RE,
    TITLE_WORD_RE,
    clean_title,
    date_place,
    dateline_place,
    is_office,
    match_date,
    meeting_of_title,
    occasion_of,
    speaker_of,
)
from .fieldtable import in_field_row
from .glued import whole_bracketed_title
from .headfields import in_fields, row_of_widgets, under_fields
from .labelled import explicit_title, name_row_title
from .links import is_file_line
from .menu import names_a_kind, names_a_page, stamped_title
from .noise import CRUMB_SEPARATORS, META_RE, is_breadcrumb, meta_value
from .salutation import COLONS, inline_salutation, role_label, salutation_line, spoken_after, two_line_salutation
from .start import ADDRESSEE_LINE_RE, SALUTATION_GAP
from .title import choose_title, footer_title, is_title_candidate, link_text, marked_candidate
from .titlelines import continues_title
from .visitor import blurb_title
from .vocab import COLLECTION_NAME_RE, FIELD_ROW_RE, KIND_END_RE, NAME, NAME_RE, POSITION, SPEECH_WORDS, not_a_name

_SUBTITLE_RE = lazy_compile(r"^(?:——|—|--|－－)")
_HEADLINE_RE = lazy_compile(r"^[\u4e00-\u9fff“”《》、·0-9]{6,40}$")  # (a name and a kind: no column's tag and bar)
_MEETING_REST = 16  # a wrapped subtitle's last piece, 「第二次会议上」, is short
# The subtitle's occasion with no dash before it, its day first or not: 「2021年12月15日在某县第十九届人民代表大会
# 第一次会议上」 (a title names the speech, 「在……上的讲话」; this line only the meeting).
_DAY = r"[\d〇○零一二三四五六七八九十]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
_OCCASION_LINE_RE = lazy_compile(  # (or the day and the meeting alone: 「2021年1月8日……人民代表大会第五次会议」)
    rf"^(?:{_DAY}[ \u3000]{{0,2}})?在[^在，。！？,]{{2,60}}上$"
    rf"|^{_DAY}[ \u3000]{{0,2}}[^在，。！？,]{{2,60}}(?:会议|大会)$")
# An office alone on its line, its holder not named: 「武进区区长」 (a byline, not a title).
_OFFICE_ONLY_RE = lazy_compile(rf"^[\u4e00-\u9fff]{{2,16}}?(?:{POSITION})$")
_SPEAKER_KEYS = ("报告人", "演讲人", "发言人", "主讲人", "讲话人", "作者")
_SPEECH_END_RE = lazy_compile(f"(?:{SPEECH_WORDS})(?:稿|材料)?$")
# 「王建国在……上的讲话」, and after the office: 「县委书记王建国在……上的讲话」「——市长 李明在……」.
_SPEAKER_IN_TITLE_RE = lazy_compile(
    rf"^(?:——)?(?:[\u4e00-\u9fff（）()]{{0,20}}?(?:{POSITION})[ \u3000\xa0]{{0,3}})?(?P<n>{NAME})(?:同志)?"
    r"[ \u3000\xa0]{0,2}(?:在|：|:)")
_INNER_LABEL_RE = lazy_compile(r"(?<=[ \u3000\xa0])(?:报告|讲话|文章|本文)?标题(?=[:：])")


# --- the salutation at the start of the body -----------------------------------


def read_salutation(layout: Layout, noise: list[bool]) -> None:
    """The salutation the body opens with: on its own line (or two), or inline."""
    lines = layout.lines
    start = layout.body_start
    if start >= len(lines):
        return
    first = lines[start]
    sal = salutation_line(first.content)
    # The second line follows the first, blank lines and page furniture aside (as many as the
    # page puts between its paragraphs; a post's photo and its caption may fall between the two).
    nxt = next((ln for ln in lines[start + 1:start + 1 + SALUTATION_GAP]
                if not ln.is_blank and not noise[ln.index]), None)
    two = nxt is not None and two_line_salutation(first.content, nxt.content)
    if sal is not None and role_label(sal.text) and not (nxt is not None and spoken_after(nxt.content)):
        return  # 「值班组长：」 over 「……制定本预案。」: a role over its duties, no one spoken to
    if sal is not None and not (two and sal.mark not in COLONS):
        # (「各位同事，」 then 「朋友们：」: one salutation over two lines, its colon on the last)
        layout.salutation_lines = [start]
        layout.salutation = sal
        layout.salutation_text = sal.text
        return
    if two and nxt is not None:
        second = salutation_line(nxt.content)
        assert second is not None
        layout.salutation_lines = [start, nxt.index]
        layout.salutation = second
        layout.salutation_text = first.content + second.text
        return
    if start not in layout.headings:
        inline = inline_salutation(first.content, _names_a_speech(lines, noise, start), quoted=True)
        if inline is not None:
            layout.salutation_lines = [start]
            layout.salutation = inline
            layout.salutation_text = inline.text
            return
        wraps = layout.wraps
        if wraps and start in wraps.rest:  # (a wrap cut the address: 「……（2015年11月14日）同」 / 「志们:今天……」)
            cont = lines[wraps.rest[start][0]]
            inline = inline_salutation(first.content + cont.content)
            if inline is not None and len(first.content) < inline.end - 1 <= len(first.content) + len(cont.content):
                layout.salutation_lines = [start, cont.index]
                layout.salutation = inline._replace(end=inline.end - len(first.content))
                layout.salutation_text = inline.text


def _names_a_speech(lines: list[Line], noise: list[bool], start: int) -> bool:
    """A line of the page head (above ``start``) names the text a speech: 「在……上的讲话」."""
    return any(not noise[ln.index] and _SPEECH_END_RE.search(ln.content) is not None for ln in lines[:start])


# --- the lines above the body --------------------------------------------------

_Rule = Callable[[Layout, Line, str], bool]


def _dateline(layout: Layout, ln: Line, c: str) -> bool:
    if not DATELINE_RE.match(c):
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
    place = date_place(c)
    if place:
        layout.place = place
    return True


def _subtitle(layout: Layout, ln: Line, c: str) -> bool:
    if not _SUBTITLE_RE.match(c) and not (
            c[-1] in "上议会" and _OCCASION_LINE_RE.match(c) and not _goes_on(layout, ln)) \
            and not _wrapped_occasion(layout, ln, c):
        return False
    ln.kind = "meta"
    below = next((x.content for x in layout.lines[ln.index + 1:ln.index + 3] if not x.is_blank), "")
    # (「——2021年3月1日在……人民代表大会」 over 「第二次会议上」: the subtitle wrapped, its meeting read whole)
    wrapped = "在" in c and below[-1:] == "上" and len(below) <= _MEETING_REST
    layout.occasion = layout.occasion or occasion_of(c, subtitle=True) or (
        occasion_of(c + below, subtitle=True) if wrapped else None)
    who = _SPEAKER_IN_TITLE_RE.match(c)
    if who and not not_a_name(who.group("n")):
        layout.speaker = layout.speaker or who.group("n")
    elif not TITLE_WORD_RE.search(c):  # 「——县委书记　王建国」: a byline set as a subtitle
        layout.speaker = layout.speaker or speaker_of(c.lstrip("—-－ \u3000"))
    return True


def _wrapped_occasion(layout: Layout, ln: Line, c: str) -> bool:
    """A piece of the occasion's line that a wrap cut in two, 「2024年1月18日在青河区第八届」 over 「人民代表大会第三次
    会议上」: either piece is the subtitle's (neither a title's half; the last piece is short)."""
    lines = layout.lines
    nxt = next((x for x in lines[ln.index + 1:ln.index + 3] if not x.is_blank), None)
    if nxt is not None and len(nxt.content) <= _MEETING_REST and _OCCASION_LINE_RE.match(c + nxt.content):
        return True
    prev = next((x for x in reversed(lines[max(0, ln.index - 2):ln.index]) if not x.is_blank), None)
    return prev is not None and prev.kind == "meta" and len(c) <= _MEETING_REST \
        and _OCCASION_LINE_RE.match(prev.content + c) is not None


def _over_session(layout: Layout, ln: Line, c: str) -> bool:
    """A body's whole name over its session 「第三次全体会议公报」 on the next line: the title's first half
    (see titlelines.continues_title), no issuer's line."""
    nxt = next((x for x in layout.lines[ln.index + 1:ln.index + 3] if not x.is_blank), None)
    return nxt is not None and continues_title(c, nxt.content)


def _goes_on(layout: Layout, ln: Line, first: str = "的") -> bool:
    """The next line with text goes on with the words of this one: 「在……现场会上」 over 「的表态发言」 (or opens
    on ``first``)."""
    nxt = next((x for x in layout.lines[ln.index + 1:ln.index + 4] if not x.is_blank), None)
    return nxt is not None and nxt.content[:len(first)] == first


def _byline(layout: Layout, ln: Line, c: str) -> bool:
    if TITLE_WORD_RE.search(c):
        return False
    name = speaker_of(c)
    if name is not None:
        ln.kind = "byline"
        layout.speaker = layout.speaker or name
        return True
    if ORG_RE.match(c) and not _over_session(layout, ln, c):
        ln.kind = "meta"
        return True
    if len(c) <= 18 and _OFFICE_ONLY_RE.match(c) and not _goes_on(layout, ln, "——"):
        ln.kind = "byline"  # (the office alone: no speaker to take from it; over a subtitle, 「……怀念老县长」 /
        return True  # 「——在……上的发言」, the main title)
    return False


def _document_number(layout: Layout, ln: Line, c: str) -> bool:
    return c[-1] == "号" and DOCUMENT_NUMBER_RE.match(c) is not None  # (its kind stays "meta")


_HEAD_RULES: tuple[_Rule, ...] = (_dateline, _date, _subtitle, _document_number, _byline)


def read_head(layout: Layout, noise: list[bool]) -> None:
    """Give every line above the body its role; find title, date, speaker, place, occasion."""
    lines = layout.lines
    candidates: list[int] = []
    explicit: tuple[int, str] | None = None
    offered: tuple[int, str] | None = None  # the text a site's blurb says it offers
    crumb: str | None = None  # the page a breadcrumb ends on
    names_kind = False  # a candidate names a kind of text
    wraps = layout.wraps
    for ln in lines[:layout.body_start]:
        c = ln.content
        i = ln.index
        if ln.is_blank:
            ln.kind = "blank"
            continue
        if wraps:  # a hard-wrapped line is read whole, from its first piece
            if i in wraps.head:
                ln.kind = "noise" if noise[i] else "meta"
                continue
            c = wraps.text(lines, i)
        if noise[i] and c[:1] == "【" and whole_bracketed_title(c) is not None:
            noise[i] = False  # 「【卫生院年度工作总结】」: the title in a site's brackets, no tag
        elif noise[i] and not candidates and (m := FULL_TEXT_TAIL_RE.search(c)) and _HEADLINE_RE.match(c[:m.start()]) \
                and TITLE_WORD_RE.search(c[:m.start()]):
            noise[i] = False  # 「……致辞全文来了」 at the top: a headline naming the text, no lead-in
        elif noise[i] and is_file_line(c) and TITLE_WORD_RE.search(c) and c[-1] not in "页载览看" \
                and c[0] not in "[【" and _NOT_IN_A_NAME.isdisjoint(c) and not is_breadcrumb(c) \
                and COLLECTION_NAME_RE.search(c) is None:  # (nor a collection's file, 「……范文（精选5篇）.docx」)
            # (not a path 「我的网盘 > …… > 讲话全文.pdf」, nor a file's row with its buttons 「…….docx　预览　下载」)
            noise[i] = False  # 「……工作总结.docx」 over the text: the title, as the file is named (not a
            # viewer's label of one of its pages, 「……的讲话.docx_第3页」)
        if noise[i]:
            ln.kind = "noise"
            named = explicit_title(c)
            if named is not None and explicit is None:
                explicit = (i, named)
            elif offered is None and (named := blurb_title(c) or stamped_title(c) or name_row_title(c)) is not None \
                    and TITLE_WORD_RE.search(named):
                offered = (i, named)  # (or a headline before its publishing stamp, 「…… | 2024-03-02 09:15」)
            elif crumb is None and (last := last_crumb(c)) is not None and names_a_page(last):
                crumb = last  # 「……> 请示的写法」: the page the breadcrumb ends on, a title the page gives
            _meta_facts(layout, c, in_field_row(lines, i))
            continue
        ln.kind = "meta"
        for rule in _HEAD_RULES:
            if rule(layout, ln, c):
                break
        else:
            # (「……讲话 文章标题:……」: a file's name, then the labelled title after a space)
            label = _INNER_LABEL_RE.search(c) if "标题" in c else None
            named = explicit_title(c[label.start():] if label else c)
            if named is not None:
                explicit = explicit or (i, named)
            elif (named := name_row_title(c)) is not None:
                ln.kind = "noise"  # 「名称：……的通知」: the page's field row, offering the text's title
                noise[i] = True
                offered = offered or (i, named)
            elif under_fields(lines, noise, i) or in_fields(lines, i) or FIELD_ROW_RE.match(c) or (
                    shares_line(lines, i) and row_of_widgets(lines, noise, i)):
                ln.kind = "noise"  # 「主题：……」 under 「发件人：……」「收件人：……」: a field of theirs
                noise[i] = True
            elif candidates and (name := speaker_of(c, spaced=True)) is not None:
                ln.kind = "byline"  # 「王  明」 under the title (over it, 「贺  信」 is a title)
                layout.speaker = layout.speaker or name
            elif is_title_candidate(c) or i == layout.part_title or (
                    ln.md_level and c[-1:] in "：:" and is_title_candidate(c[:-1]) and KIND_END_RE.search(c[:-1])):
                # (a Markdown heading that names its kind of text, a colon typed after it: 「## 个人年度总结：」)
                candidates.append(i)
                bare = SITE_WORDS_RE.sub("", clean_title(c)).strip("《》")  # (「……批复范文1」 names a 批复, 「通 知」
                # a 通知, 「《……的通知》」 a 通知)
                names_kind = names_kind or bool(TITLE_WORD_RE.search(bare) or KIND_END_RE.search(bare))
    if candidates and layout.body_start < len(lines) and _ideographic(lines[layout.body_start].content):
        # (over a Chinese text, a line with no Chinese word in it, 「The Beginning」, is a template's)
        candidates = [i for i in candidates if _ideographic(lines[i].content)]
    marked = marked_candidate(layout, candidates)
    if explicit is None and marked is None and not any(TITLE_WORD_RE.search(lines[i].content) for i in candidates):
        # 「本文标题：……」 in the page's footer names the text, and so does a site's blurb
        # (「小编为大家整理的……工作总结，供大家参考」): either outweighs bare lines above it
        # (an account's name, a site's), though not a line that names a kind of text.
        explicit = footer_title(layout) or offered
    if explicit is None and layout.salutation is None and not names_kind \
            and _opens_on_addressee(lines, noise, layout.body_start):
        # A page that opens on a 主送机关 (「县教育局：」) is a 公文, and a 公文's title names its
        # kind (GB/T 9704: 发文机关 + 事由 + 文种): a bare line above it is the site's, not the title.
        candidates = []
    if explicit is not None:
        layout.title = clean_title(explicit[1])
        layout.title_lines = [explicit[0]]
        lines[explicit[0]].kind = "title"
    elif candidates:
        if crumb is not None and names_kind and not names_a_kind(crumb):
            crumb = None  # (「……>> 领导讲话>> 农业农村」 over 「县长在……上的讲话」: the crumb names a topic's column)
        # (the title the file's format marks, where it is a candidate, speaks before a site's blurb or crumb)
        choose_title(layout, candidates, marked[0] if marked else (offered[1] if offered is not None else crumb),
                     marked[1] if marked else None)
    if layout.title_lines:
        _date_under_title(layout, noise)
        raw = explicit[1] if explicit is not None else "".join(lines[i].content for i in layout.title_lines)
        layout.occasion = occasion_of(link_text(raw)) or layout.occasion or meeting_of_title(layout.title or "")
        who = _SPEAKER_IN_TITLE_RE.match(layout.title or "")
        if who and not layout.speaker and not not_a_name(who.group("n")):
            layout.speaker = who.group("n")


# (a path 「file:///C:/……/讲话全文.pdf」, a labelled row 「附件: 讲话稿.docx」: no file's name as a title)
_NOT_IN_A_NAME = frozenset("/\\:：")
_PAGE_LABELS = ("正文", "详情", "内容", "全文")


def last_crumb(content: str) -> str | None:
    """The page a breadcrumb ends on, 「您的位置：首页 > 公文写作 > 请示的写法」 → 「请示的写法」 (None for
    any other line)."""
    if not is_breadcrumb(content):
        return None
    crumb = CRUMB_SEPARATORS.split(content)[-1].strip(" \u3000")
    for label in _PAGE_LABELS:  # (「…… > 下级向上级发函格式 正文」: the page's label after it, a space apart)
        rest = crumb[:-len(label)]
        if crumb.endswith(label) and rest.rstrip(" \u3000") != rest:
            return rest.rstrip(" \u3000") or None
    return crumb or None


def _date_under_title(layout: Layout, noise: list[bool]) -> None:
    """A date over the title is the page's (a paper's issue, a site's day); the text's own date
    stands under its title (「（2024年5月20日）」): where the head has both, the one under it wins.

    With no date read, a date in figures and dots alone right under the title or its byline,
    「1966.11.27」, is the text's as its writer typed it (a site stamps its day with dashes, padded, or
    after a label, and as page furniture anywhere else)."""
    if layout.date_line is None:
        for ln in layout.lines[max(layout.title_lines) + 1:layout.body_start]:
            if ln.is_blank or ln.kind == "byline":
                continue
            if (m := _DOTTED_DATE_RE.match(ln.content)) is not None:
                layout.date, layout.date_line = m.group("d"), ln.index
                ln.kind, noise[ln.index] = "meta", False
            return
        return
    if layout.date_line > min(layout.title_lines):
        return
    for ln in layout.lines[max(layout.title_lines) + 1:layout.body_start]:
        if not ln.is_blank and not noise[ln.index] and (d := match_date(ln.content)) is not None:
            layout.date, layout.date_line = d, ln.index
            return


_DOTTED_DATE_RE = lazy_compile(r"^[（(]?(?P<d>(?:19|20)\d{2}\.[1-9]\d?\.[1-9]\d?)[）)]?$")


def _opens_on_addressee(lines: list[Line], noise: list[bool], body_start: int) -> bool:
    """The line over the body (or the body's first) is a 主送机关 alone: 「县教育局：」."""
    if body_start < len(lines) and ADDRESSEE_LINE_RE.match(lines[body_start].content):
        return True
    for ln in lines[body_start - 1::-1] if body_start else ():
        if ln.is_blank or noise[ln.index]:
            continue
        return ADDRESSEE_LINE_RE.match(ln.content) is not None
    return False


def _meta_facts(layout: Layout, c: str, in_row: bool = False) -> None:
    """Facts in metadata lines: 「报告人：习近平」, 「地点：北京」 (a 作者 in a row of the page's
    publishing fields, ``in_row``, is whoever posted or wrote up the page)."""
    if c[:1] not in "报演发主讲作地" or not META_RE.match(c):
        return
    kv = meta_value(c)
    if kv is None:
        return
    key, value = kv
    if key in _SPEAKER_KEYS and value and not layout.speaker and not (in_row and key == "作者"):
        # (a page's 作者 is as often the office or the account that posted it: 「组织科」「公文笔杆子」 name no one)
        layout.speaker = speaker_of(value) or (value if len(value) <= 8 and not is_office(value) and (
            key != "作者" or NAME_RE.fullmatch(value) is not None) else None)


def _ideographic(c: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in c)
