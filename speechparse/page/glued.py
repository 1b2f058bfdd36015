"""A head part glued to what follows it on one line, and where it ends.

One-line scrapes and document sites run a page's head parts together with no gap
between them: a title into the salutation (「……大会上的讲话同志们:今天,……」), a
title into its speaker's byline or its date stamp, a 公文's title into its number
and addressee, a site's stamp or notice into the title, a leaked style sheet into
everything.  :func:`glued_head_part` finds where the first such part ends, so that
the line splitter (:mod:`speechparse.lines`) can make it a virtual line of its own;
the parts a gap or a mark parts are :mod:`speechparse.page.packed`'s.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .visitor import MAX_DISCLAIMER, is_disclaimer
from .vocab import (
    ADDRESSEE,
    AUDIENCE,
    COLLECTION_WORDS,
    DOCUMENT_FILE_EXTENSIONS,
    DOCUMENT_KINDS,
    DOCUMENT_NUMBER,
    KIND_WORDS,
    MASKS,
    NAME,
    POSITION,
    SPEECH_WORDS,
    SUMMARY_WORDS,
)

_SPACES = " \u3000\xa0\u2003\u2002"

# 「副镇长某某」「县委书记王××」「县委常委、县政府负责人xxx」
_BYLINE = rf"(?:[\u4e00-\u9fff]{{1,10}}、)?[\u4e00-\u9fff]{{0,6}}?(?:{POSITION}|负责人)(?:{NAME}|某某|[{MASKS}]{{2,3}})"
# (or the name alone, where the day in brackets follows it: 「……的讲话李某(2015年11月14日)同志们:」, maybe set
# letter-spaced: 「张 明 远(2020年1月9日)各位委员、同志们:」)
_LETTER_SPACED_NAME = r"[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]){1,2}"
_BYLINE = rf"(?:{_BYLINE}|(?:{NAME}|{_LETTER_SPACED_NAME})(?=[（(][^（()）]{{2,14}}日[)）]))"
# (or a name alone, spaced apart from the salutation, 「……推进会上的讲话 胡和平 同志们:」, maybe labelled 「作者:某某」)
_NAMED = rf"(?:(?:作者|讲话人|报告人)[:：][ \u3000]?)?{NAME}"
_SPACED_NAME = rf"{_NAMED}[ \u3000\xa0]{{1,3}}"
# A one-line scrape's title running straight into what follows it: into the salutation
# (「县委书记在……大会上的讲话同志们:今天,……」), or, named as a speech at a meeting, into
# anything (「在市政府……会议上的讲话春节刚过,……」「……座谈会上讲话县长在……上的讲话同志们:」).
# (A document site adds 「稿」「材料」「范本」 or the item's number in its collection: 「……讲话稿范本1 」「……报告 篇1」
# 「……讲话发言材料」.)
_TITLE_SALUTATION_RE = lazy_compile(  # (a main title of two clauses, 「抓住时节不放松,全力……」, keeps its comma)
    rf"^(?:[^。！？!?，,]{{2,30}}[，,])?[^。！？!?，,]{{4,160}}?(?:{SPEECH_WORDS}|工作报告|报告|{DOCUMENT_KINDS})稿?(?:(?:发言|讲话|汇报|交流)?材料)?"
    r"(?:范文|范本)?"
    r"(?:[ \u3000\xa0]{0,2}篇?[ \u3000\xa0]{0,2}\d{1,2})?(?:[（(][^（()）\d]{1,3}[)）])?[ \u3000\xa0]{0,2}"
    # (the title's qualifier in brackets, 「……的讲话（区）」, is the title's; between it and the salutation,
    # the byline and the day in brackets: 「……主持词副县长某某（二○一九年十一月五日）同志们：」)
    rf"(?=(?:{_BYLINE})?(?:[（(][^（()）]{{4,16}}[)）])?[ \u3000\xa0]{{0,2}}(?:{_SPACED_NAME})?"
    # (the occasion as its subtitle between: 「政府工作报告 在镇……会议上 各位代表：」)
    r"(?:(?:——)?在[^。！？!?，,：:]{2,40}?(?:会议|大会|会)上(?:的[\u4e00-\u9fff]{1,4})?[ \u3000\xa0]{1,2})?"
    r"(?:工作总结|工作计划|工作报告|讲话稿|发言稿|致辞|述职报告|心得体会|范文|领导讲话)?"
    # (the hosts named first by their posts: 「张书记、李镇长，各位同志：」)
    rf"(?:[\u4e00-\u9fff{MASKS}]{{1,3}}?[ \u3000]?(?:{POSITION})[、，,])*"
    rf"(?:{AUDIENCE}|各位|尊敬的|亲爱的|敬爱的)[^。！？!?]{{0,40}}?[:：，,])"
)
# A title that names its kind first, as a label with a colon, run into the salutation: 「党课：做新时代的
# 实干者同志们：今天……」 (its words after the label end on no kind).
_LABELLED_TITLE_SALUTATION_RE = lazy_compile(
    rf"^(?:{SPEECH_WORDS})[：:][^。！？!?，,：:]{{4,40}}?(?=(?:{AUDIENCE}|各位|尊敬的|亲爱的|敬爱的)"
    r"[^。！？!?]{0,40}?[:：，,])")
# 「【卫生院年度工作总结】」: a title a site set in brackets, naming its kind (not a bare category,
# 「【工作总结】」, nor a tag 「【精品文档】」); maybe glued to the text's first words.
BRACKETED_TITLE_RE = lazy_compile(
    rf"^【(?P<t>[^【】\s./:]{{3,40}}?(?:{KIND_WORDS}|{DOCUMENT_KINDS}|函)(?:范文|范本|模板|全文)?)】")  # (no address)
_BARE_BRACKETED_RE = lazy_compile(
    rf"^[\u4e00-\u9fff]{{0,2}}(?:{KIND_WORDS}|{DOCUMENT_KINDS}|函)(?:范文|范本|模板|全文)?$")


def bracketed_title(c: str) -> str | None:
    """The title in a line that opens with one in brackets (see BRACKETED_TITLE_RE), or None."""
    m = BRACKETED_TITLE_RE.match(c) if c[:1] == "【" else None
    if m is None or _BARE_BRACKETED_RE.match(m.group("t")):
        return None
    return m.group("t")


def whole_bracketed_title(c: str) -> str | None:
    """The title of a line that is nothing but a title in brackets 「【……工作总结】」, or None."""
    t = bracketed_title(c) if c[-1:] == "】" else None
    return t if t is not None and len(t) == len(c) - 2 else None


# An editor's note run on between the title and the salutation: 「编者按：本文……阐述。同志们：……」
# (its last sentence ends where the address begins).
_NOTE_AHEAD_RE = lazy_compile(
    r"^(?:编者按|编者的话|导读|导语|内容提要|内容摘要|摘要)[:：][^\n]{0,600}?[。！？!?:：]"  # (「……请详见：」)
    rf"(?=[ \u3000\xa0]{{0,2}}(?:{AUDIENCE}|各位|尊敬的|亲爱的|敬爱的)[^。！？!?]{{0,40}}?[:：])"
)
# A title run on into an editor's note: 「植树节动员大会讲话 编者按：……」 (the note is its own part, see above).
_TITLE_NOTE_RE = lazy_compile(
    rf"^[^。！？!?，,：:]{{4,80}}?(?:{SPEECH_WORDS}|工作报告|报告|{DOCUMENT_KINDS})稿?[ \u3000\xa0]{{0,2}}"
    r"(?=(?:编者按|编者的话|导读|导语)[:：])")
# The occasion, the title's subtitle, run on into the salutation: 「在镇……会议上 各位代表：现在，……」.
_SALUTATION_AHEAD = rf"(?:{AUDIENCE}|各位|尊敬的|亲爱的|敬爱的)[^。！？!?]{{0,40}}?[:：，,]"
_DAY_AHEAD = r"(?:\d{0,4}年\d{0,2}月\d{0,2}日)?"  # (the day before the occasion, maybe a template's left blank)
_OCCASION_AHEAD_RE = lazy_compile(  # (maybe its day before it and the speaker after it, run on with no gap:
    # 「2024年1月18日在……会议上镇长李明各位代表:……」)
    rf"^(?:——)?{_DAY_AHEAD}在[^。！？!?，,：:]{{2,40}}?(?:会议|大会|会)上(?:的[\u4e00-\u9fff]{{1,4}})?"
    rf"(?:[ \u3000\xa0]{{0,2}}(?:{POSITION}){NAME}(?=[ \u3000\xa0]{{0,2}}{_SALUTATION_AHEAD})"
    rf"|(?=[ \u3000\xa0]{{1,2}}(?:[\u4e00-\u9fff]{{0,8}}?(?:{POSITION})(?:{NAME})?[ \u3000\xa0]{{1,2}})?"
    rf"{_SALUTATION_AHEAD}))")  # (a template's day left blank, 「年月日在……会议上 街道办主任 各位代表:」)
# A site's category tag run on between the title and the salutation: 「……工作报告工作总结各位代表:」.
_KIND_TAG_RE = lazy_compile(
    r"^(?:工作总结|工作计划|工作报告|讲话稿|发言稿|致辞|述职报告|心得体会|范文|领导讲话)"
    rf"(?={_SALUTATION_AHEAD}|[ \u3000\xa0]{{1,2}}{_DAY_AHEAD}在)"  # (or a gap and the occasion)
)
# (「在全镇专题党课上的讲话」: the 党课 is the occasion, its 「上的讲话」 no text glued on)
_MEETING_TITLE_RE = lazy_compile(  # (a main title may stand before its subtitle: 「勇立潮头——在……上的讲话」)
    r"^(?:第[0-9一二三四五六七八九十]{1,3}篇[ \u3000:：]{0,3})?"  # (a collection's count: 「第1篇」)
    r"(?:(?:19|20)\d{2}年度?)?"  # (a site's year before it: 「2021年在……上的讲话稿3200字范本」)
    rf"(?:[^。！？!?：:—]{{2,30}}——?)?(?:[^。！？!?，,：:在]{{0,20}}?(?:{POSITION}|{NAME}|同志))?在[^。！？!?，,：:]{{2,60}}?(?:上|时)?的?"
    rf"(?:{SPEECH_WORDS})稿?(?:范文|范本)?(?=[^）)》」\s，,、；;。（(])(?!中|里|时|精神|要求|内容|(?:发言|讲话)?稿|上的|上讲|提纲|要点|摘要|全文|(?:发言|讲话)?材料|范文|范本)"
)

# A flattened 公文: its title 「……关于……的批复」 runs on into its number or its addressee
# (「……的批复 国函〔1999〕134号 北京市人民政府：你们报送的……」), and the number into the
# addressee (see vocab.ADDRESSEE).
_ADDRESSEE_AHEAD = rf"{ADDRESSEE}[:：]"
_DOCUMENT_TITLE_RE = lazy_compile(
    rf"^[^。！？!?，,：:]{{0,40}}?关于[^。！？!?：:]{{2,120}}?的?(?:{DOCUMENT_KINDS}|报告|函)"
    rf"(?=[ \u3000\xa0]{{0,4}}(?:{DOCUMENT_NUMBER}|{_ADDRESSEE_AHEAD}))"
)
_NUMBER_AHEAD_RE = lazy_compile(rf"^(?:{DOCUMENT_NUMBER})(?=[ \u3000\xa0]{{0,4}}{_ADDRESSEE_AHEAD})")
# Or a title with no 「关于」 run on into an addressee of many, 「各……：」: 「爱国卫生运动工作方案各村、镇直有关单位:」.
_PAGE_FIRST_RE = lazy_compile(r"^\d{1,3}[ \u3000\xa0]{1,2}(?=[^\s\d年月日号.．、,，:：%])")
_KIND_ADDRESSEE_RE = lazy_compile(
    rf"^[^。！？!?，,：:、]{{4,60}}?(?:{DOCUMENT_KINDS})(?=[ \u3000\xa0]{{0,2}}各{_ADDRESSEE_AHEAD})")
# A one-line 公文's head, its parts parted by spaces: 「某镇呈〔2012〕12 号 某镇人民政府 关于……的报告 县移民局:」:
# the number before anything, the issuer before the title's 「关于」 (each its own part, not the title's).
_NUMBER_FIRST_RE = lazy_compile(rf"^(?:{DOCUMENT_NUMBER})(?=[ \u3000\xa0]{{1,4}}\S)")
_ISSUER_AHEAD_RE = lazy_compile(
    r"^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|委员会|办公室|办公厅|党委|党组|局|厅|委|部|院|中心)"
    r"(?=[ \u3000\xa0]{1,4}关于)")
# A page's field with a code or a time for its value, run on into the title: 「编号:541193579县委书记在……」.
_CODED_FIELD_RE = lazy_compile(
    r"^(?:编号|文档编号|文章编号|ID|时间|日期|发布时间|更新时间|发布日期)[:：][ \u3000]?[0-9A-Za-z:/.\-]{4,30}"
    r"(?=[\u4e00-\u9fff])(?![年月日时点号分秒])")  # (not a date in words going on: 「时间：2025年9月12日」)
# A title run on into its speaker's byline: 「……会议上的主持词副县长某某（二○一九年十一月五日）」, the
# kind it names, an office, a name (or its mask), then a date in brackets.
KIND_BYLINE_RE = lazy_compile(
    rf"(?:{SPEECH_WORDS})(?P<by>{_BYLINE})(?=[（(])")
# Under it, the byline and the day in brackets run on into the salutation: a part of their own.
_BYLINE_AHEAD_RE = lazy_compile(
    rf"^(?:{_BYLINE})?[（(][^（()）]{{4,16}}[)）](?=[ \u3000\xa0]{{0,2}}(?:{AUDIENCE}|各位|尊敬的|亲爱的|敬爱的))")
# (the name alone, after the day in brackets or not, then a gap and the salutation: 「胡和平 同志们:」)
_NAME_AHEAD_RE = lazy_compile(  # (or the office alone, its holder not named: 「街道办主任 各位代表:」)
    rf"^(?:[（(][^（()）]{{4,16}}[)）][ \u3000\xa0]{{0,2}})?(?:{_NAMED}|(?!尊敬|亲爱|敬爱|各位)"
    rf"[\u4e00-\u9fff]{{0,8}}?(?:{POSITION}))"
    r"(?=[ \u3000\xa0]{1,3}(?:同志们|各位|尊敬的|亲爱的|敬爱的))")
MAX_TITLE_BYLINE = 120
_BYLINE_LOOK = 40  # (the day's bracket stands this near the start)


def _bracket_near(text: str) -> bool:
    return "(" in text[:_BYLINE_LOOK] or "（" in text[:_BYLINE_LOOK]
# A title run on into a page's date stamp: 「……会议上的主持词201X/X/XX……」.
_TITLE_STAMP_RE = lazy_compile(
    rf"^[^。！？!?，,]{{4,80}}?(?:{SPEECH_WORDS}|工作报告|报告)(?=(?:19|20)[\dXx]{{2}}[-/.][\dXx]{{1,2}}[-/.][\dXx])")
# A page's date stamp run on into the title (「201X/X/XX全县……会议上的主持词同志们:……」, a template's
# placeholder digits too): a part of its own.
_STAMP_AHEAD_RE = lazy_compile(
    r"^(?:19|20)[\dXx]{2}[-/.][\dXx]{1,2}[-/.][\dXx]{1,2}(?:[ \u3000]?\d{1,2}:\d{2}(?::\d{2})?)?(?=[\u4e00-\u9fff])")
# A document site's stamp at the head of a flattened copy, run on into the document:
# its page counter 「第1页共9页」 and its note 「本文格式为Word版，下载后可任意编辑和复制」.
SITE_STAMP = (r"第[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}页[,，/／ \u3000]{0,3}共[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}页"
              r"|(?:本文(?:格式|档)为[^，,。\n]{0,8}版[，,]?)?下载后可(?:任意)?(?:编辑|修改)(?:和复制)?[。.]?")
_SITE_STAMP_RE = lazy_compile(rf"^(?:{SITE_STAMP})")
# A flattened copy's title run on into its first sentence, which opens with the year:
# 「交通局上半年工作总结和下半年工作安排2022年上半年,在市委……」.  (Only in a long line:
# one that holds the page; the shortest title that a year follows.)
_KINDS = rf"{SPEECH_WORDS}|{SUMMARY_WORDS}|{DOCUMENT_KINDS}|报告"  # what a title names itself as
_TITLE_YEAR_RE = lazy_compile(  # (a title may list with 「、」: 「街道办元旦、春节文体活动工作总结20XX年……」)
    rf"^[^。！？!?，,：:；;]{{4,60}}?(?:{_KINDS}|安排|打算|思路)"
    r"(?=(?:19|20)(?:\d\d|[XxＸｘ×]{2}))"  # (or a template's year: 「……工作总结20XX年端午节期间，……」)
)
# Or into a first clause of a few words: 「长沙县委县政府2022年新春贺词金牛载誉,瑞虎送福。」.
_TITLE_CLAUSE_RE = lazy_compile(
    rf"^(?!我|大家)[^。！？!?，,：:；;、\s]{{6,50}}?(?:{_KINDS})"  # (「我常常……都总结一次，」: the speaker's sentence)
    r"(?=[\u4e00-\u9fff]{2,8}[，,。！!])(?!中|里|时|后|前|精神|要求|内容|稿|材料|工作|和|与|及)"
)
# Or into the text after a scraper's ASCII full stop: 「关于小学校长的述职报告.光阴荏苒,……」.
_TITLE_DOT_RE = lazy_compile(rf"^[^。！？!?，,：:；;、\s.]{{4,60}}?(?:{_KINDS})\.(?=[\u4e00-\u9fff])")
# Or into the first sentence after one space, where a dump put each paragraph after a space:
# 「水务局上半年工作总结和下半年工作计划 今年以来,我局在……,现总结如下: 一、……」.  The title
# is a run of words ending in its kind; what follows runs on as a sentence (a clause closed by a
# comma within a few words), not another short piece.
_TITLE_SPACE_RE = lazy_compile(  # (a collection's count after it: 「……发言稿第 2 篇 根据……,」)
    rf"^(?P<t>[^。！？!?，,：:；;、\s.]{{4,60}}?(?:{_KINDS}|安排|打算|思路)稿?)"
    r"(?:第[ \u3000]?\d{1,3}[ \u3000]?篇)?[ \xa0]"
    r"(?=(?:[^\s。！？!?，,：:；;]|(?<=[0-9]) (?=[\u4e00-\u9fff])){2,40}?[，,]"  # (its first clause may list:
    # 「为治理“脏、乱、差”问题,」; a PDF copy spaces a number from its word: 「2024 年上半年,」)
    rf"|(?P=t)|(?:工作总结|工作计划|工作报告|述职报告)[ \xa0])"  # (or the title again: a site's copy of it
    # before the text's own; or a site's tag of its kind, then another gap)
)
# Or into a first sentence that opens as a report's does: 「乡村建设调研报告根据县政协年度工作安排,……」.
_TITLE_OPENER_RE = lazy_compile(  # (no sentence of its own before: 「我们认真学习了工作报告根据……」)
    rf"^(?!我们|大家)[^。！？!?，,：:；;、\s了]{{4,60}}?(?:{_KINDS})稿?"
    r"(?:[ \u3000\xa0]?\d{1,2}(?=[^\d年月日号.．、,，:：%]))?"  # (a site's item number: 「……主持讲话3今天,」)
    r"(?=根据|按照|为了|为进一步|为深入|为切实|今年以来|近年来|一年来|近期|近日|当前|目前|受[^。，,]{2,12}委托|现将"
    r"|今年是|去年以来|过去的?一年|本年度|年初以来|半年来"
    r"|在[^。！？!?，,：:；;]{2,24}?的?(?:正确|坚强|亲切)?(?:领导|指导|关心)下"  # (「在县委、县政府的坚强领导下」)
    # (or a speech's opening words: 「……发言稿今天会议的……」)
    r"|今天(?:的|我们|召开|会议|这个|在这里|[，,])|这次会议|本次会议|刚才)")
# A site's banner and address run on into the title: 「秘书之家—全网资源每日更新 www.mishuzj.com县人大……发言」
# (not an address in brackets: 「【www.……--半年总结】」 is one tag).
_SITE_AHEAD_RE = lazy_compile(
    r"^[^。！？!?【\[（(]{0,40}?(?:https?://)?(?:www\.)?[A-Za-z0-9\-]{2,30}(?:\.[A-Za-z0-9\-]{2,10}){1,3}(?:/[!-~]{0,80})?"
    r"(?=[\u4e00-\u9fff])")
_SITE_LOOK = 80
_MIN_FLATTENED = 200
_DOCUMENT_KIND_END_RE = lazy_compile(rf"(?:{DOCUMENT_KINDS})$")
# A page's style sheet leaked into its text (a saved page, a document site's export), run on
# into the document: 「@page { size: 8.27in 11.69in; … } p.cjk { font-family: "宋体"; … } 市长在……」.
# Rules of selector and braces; each rule's body has a declaration (「name: value」).
_CSS_RULE_RE = lazy_compile(r"[^{}。，！？\n]{0,80}\{[^{}]{1,2000}\}[ \t\u3000\xa0]*")


def css_run(text: str) -> int:
    """The length of the run of leaked style rules ``text`` opens with (0: none)."""
    end = 0
    while (m := _CSS_RULE_RE.match(text, end)) is not None and ":" in m.group():
        end = m.end()
    return end


def glued_head_part(raw: str, head: bool = True) -> int:
    """Where a head part glued to what follows it ends in ``raw`` (0: nothing glued).

    The part is a leaked style sheet (:func:`css_run`), a document site's
    stamp run on into the page (SITE_STAMP), a
    title run on into the salutation or the speech (see
    _TITLE_SALUTATION_RE, _MEETING_TITLE_RE), a 公文's title run on into its
    number or addressee, or that number run on into the addressee.  Under a
    line of running text (``head`` false: a site's blurb may stand over the
    title) only a part whose follower says what it is counts: a salutation, a
    number, an addressee; not a meeting's name run on into any text.
    """
    text = raw.lstrip(_SPACES + "#*")  # (a Markdown export's 「# 」 or 「**」 before it)
    lead = len(raw) - len(text)
    if text[:1] == "[" and "](" in text[:_LINK_TEXT]:
        return 0  # a Markdown link 「[……的讲话](https://……)」: its text and its address are one

    if head and text[:1].isdigit() and (page := _PAGE_FIRST_RE.match(text)) is not None \
            and glued_head_part(text[page.end():]):
        return lead + page.end()  # 「1 某镇……实施意见 为……」: a PDF copy's page number, then its title
    if head and (text[:1] in _DASHES or text[1:3] in _NUMBERED_TAG) and (tag := _DASH_TAG_RE.match(text)) \
            is not None and glued_head_part(text[tag.end():]):
        return lead + tag.end()  # 「1、-精品合同推荐- 2008年……工作总结一年来,……」: a site's item, tag, then title
    if text.find("{", 0, 120) >= 0:
        css = css_run(text)
        if css and css < len(text):
            return lead + css
    m = _SITE_STAMP_RE.match(text) if text[:1] in "第本下" else None
    if m is None and head and text[:1] in "编文I时日发更导摘内":
        m = _CODED_FIELD_RE.match(text)
        if m is None and text[:1] in "编导摘内":
            m = _NOTE_AHEAD_RE.match(text)
    elif m is None and head and text[:2] in ("19", "20"):
        m = _STAMP_AHEAD_RE.match(text)
    if m is None and head and ("www." in text[:_SITE_LOOK] or "://" in text[:_SITE_LOOK]):
        m = _SITE_AHEAD_RE.match(text)  # (before the title: a banner with the site's address)
    if m is None and head and text[:1] == "【" and bracketed_title(text) is not None:
        m = BRACKETED_TITLE_RE.match(text)  # 「【……工作总结范文】2024年，在……」: the title, then the text
    if m is None and "。" in text[:MAX_DISCLAIMER]:  # (its follower, a title run on into the speech, says what it is)
        notice = _notice_ahead(text)
        if notice:
            return lead + notice
    m = m or (_MEETING_TITLE_RE.match(text) if head else None) or _TITLE_SALUTATION_RE.match(text) or (
        _LABELLED_TITLE_SALUTATION_RE.match(text) if ":" in text[:_LABEL] or "：" in text[:_LABEL] else None) or (
        _TITLE_STAMP_RE.match(text) if head else None) or (
        _BYLINE_AHEAD_RE.match(text) if head and _bracket_near(text) else None) or (
        _NAME_AHEAD_RE.match(text) if head else None) or (
        _KIND_TAG_RE.match(text) if head else None) or (
        _OCCASION_AHEAD_RE.match(text) if head and (text[:1] in "在—年" or text[:2] in ("19", "20")) else None) or (
        _TITLE_NOTE_RE.match(text) if head and ("编者" in text or "导" in text) else None)
    if m is None and head and len(text) >= _MIN_FLATTENED:
        m = _TITLE_YEAR_RE.match(text) or _TITLE_CLAUSE_RE.match(text) or _TITLE_DOT_RE.match(text)
    if m is None and head:  # (a title's one space before a clause says where it ends, however short the line;
        m = _TITLE_SPACE_RE.match(text)  # but 「……的批复 为……」 may be a sentence whose verb a space parts)
        if m is not None and len(text) < _MIN_FLATTENED and _DOCUMENT_KIND_END_RE.search(m.group("t")):
            m = None
    if m is None and head and (doubled := _doubled_head(text)):
        return lead + doubled
    if m is None and head:  # (a report's opening words tell the title's end, however short the page)
        m = _TITLE_OPENER_RE.match(text)

    if m is None and "关于" in text[:60]:
        m = _NUMBER_FIRST_RE.match(text) or _ISSUER_AHEAD_RE.match(text) or _DOCUMENT_TITLE_RE.match(text)
    if m is None and "号" in text[:40]:
        m = _NUMBER_AHEAD_RE.match(text)
    if m is None and head and "各" in text[4:64]:
        m = _KIND_ADDRESSEE_RE.match(text)
    if m is None:
        return 0
    end = m.end()
    if (tail := _COLLECTION_TAIL_RE.match(text, end)) is not None:
        end = tail.end()  # 「……上的讲话汇编」: a collection of the kind it names, the title's whole
    if end >= len(text) or _FILE_EXT_RE.match(text, end):
        return 0  # (「……的讲话.docx_第3页」: a file's name is one name, its kind word no title's end)
    return lead + end


_DOUBLED = (8, 80)  # characters: a head run that a document site shows twice, its file's name and its title
_DOUBLED_GAP = 3
_NOT_IN_DOUBLED = frozenset("。！？!?，,；;：:")


def _doubled_head(text: str) -> int:
    """Where a one-line scrape's head run ends that the site set twice, a gap apart, before the text:
    「某县指导组到某镇指导述职评议工作 某县指导组到某镇指导述职评议工作 1月19日,某镇召开……」 (0: none).
    Both copies are one part (the title reader takes one); a run with a sentence's or a clause's mark
    in it is no title."""
    low, high = _DOUBLED
    probe = text[:low]
    j = text.find(probe, low, 2 * high + _DOUBLED_GAP)
    while j > 0:
        first = text[:j].rstrip(_SPACES)
        k = len(first)
        if low <= k <= high and 0 < j - k <= _DOUBLED_GAP and text.startswith(first, j) \
                and j + k < len(text) and text[j + k] in _SPACES and not _NOT_IN_DOUBLED.intersection(first):
            return j + k
        j = text.find(probe, j + 1, 2 * high + _DOUBLED_GAP)
    return 0


_DASHES = "-－—"
_DASH_TAG_RE = lazy_compile(r"(?:\d[、.．])?[-－—]{1,2}[^-－—\s。，]{2,12}[-－—]{1,2}[ \u3000]{0,2}")
_NUMBERED_TAG = {"、-", ".-", "．-", "、—", "、－"}
_COLLECTION_TAIL_RE = lazy_compile(rf"(?:{COLLECTION_WORDS})(?=[（(【\s]|$)")
_FILE_EXT_RE = lazy_compile(rf"\.(?:{DOCUMENT_FILE_EXTENSIONS})(?![A-Za-z])", flags=re.I)
_LINK_TEXT = 200
_LABEL = 8  # (a kind's label before its colon is short)
_SLOGAN = 20  # a site's slogan after its notice: short, one clause


def _notice_ahead(text: str) -> int:
    """A site's notice run on before the title: 「本资料来自网络收集如有侵权请联系删除。资料共享我们负责传递
    知识。在……上的讲话同志们:……」.  Its first sentence is a disclaimer or gives the site's address, at
    most two short slogans follow, and a title run on into the salutation or the speech comes right after them."""
    end = text.find("。", 0, MAX_DISCLAIMER) + 1
    if not end or not (is_disclaimer(text[:end]) or "://" in text[:end] or "www." in text[:end]):
        return 0  # (or the site's name with its address: 「某某素材库：https://……/。」)
    for _ in range(2):
        rest = text[end:]
        if _MEETING_TITLE_RE.match(rest) or _TITLE_SALUTATION_RE.match(rest):
            return end
        nxt = text.find("。", end, end + _SLOGAN + 1) + 1
        if not nxt or "，" in text[end:nxt] or "," in text[end:nxt]:
            return 0
        end = nxt
    return end if _MEETING_TITLE_RE.match(text[end:]) or _TITLE_SALUTATION_RE.match(text[end:]) else 0
