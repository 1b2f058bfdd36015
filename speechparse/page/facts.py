"""What a line at a page's head states: a date, a place, a speaker, an occasion, a title.

The head reader (:mod:`speechparse.page.head`) gives each line above the body
its role; the tail readers find the sign-off; the 公文 reader names its parts.
All of them ask the same questions of a line: is it a date, whose name is
this, what meeting does this title name, what is this title without a site's
additions.  The answers live here, once.
"""

from __future__ import annotations

import re

from .. import hant
from ..lazyre import lazy_compile
from ..lines import is_decoration, unbold
from .glued import whole_bracketed_title
from .sitetitle import after_site_name, despaced, repeated_once, site_label
from .vocab import (
    AGENCIES,
    BRACKETED_NUMBER,
    COLLECTION_ORDINAL_RE,
    COLLECTION_WORDS,
    COLUMN_LABEL_RE,
    COPY_TO,
    DOCUMENT_FILE_EXTENSIONS,
    DOCUMENT_NUMBER,
    KIND_END_RE,
    MD_LINK_RE,
    MEETING_END,
    NAME,
    ORG,
    POSITION,
    SITE_WORDS,
    TAG_ROW_SEPARATORS_RE,
    TITLE_WORDS,
    WORD_COUNT_RE,
    not_a_name,
)

# (a template's placeholders stand for the digits: 「二〇XX年六月二十八日」「20××年×月×日」「二0xx」)
_NUMERAL_YEAR = ("(?:\\d{4}|[二一][〇○零一二三四五六七八九0OＯ]{3}"  # (a zero typed as 「0」「O」: 「二0一三」)
                 "|[〇○零一二三四五六七八九]{4}"
                 "|(?:\\d{2}|[〇○零一二三四五六七八九]{2}|[二一][〇○零0OＯ])[XxＸｘ×]{2}|[XxＸｘ×]{1,4})")
_NUMERAL_SMALL = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3}|[XxＸｘ×]{1,2})"
_S = "[ \u3000\xa0\t]{0,3}"  # spaces a typist may put inside a date: 「2017 年 4 月 1 日」
_DATE = rf"{_NUMERAL_YEAR}{_S}年{_S}{_NUMERAL_SMALL}{_S}月(?:{_S}{_NUMERAL_SMALL}{_S}[日号])?"  # (「20号」, as said)
# 「2018年3月30日 施行」「……通过」: a law's or a 批复's note of its enactment, not a date and a place.
_ENACTED = "(?:起)?(?:施行|实施|通过|发布|公布|印发|修订|修正|生效|执行)$"
_WEEKDAY = rf"(?:{_S}[（(]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?"  # (Word's date with the day: 「……17日星期日」)
_DATE_RE = lazy_compile(
    rf"^[（(【\[]?{_S}(?P<d>{_DATE}){_WEEKDAY}{_S}"
    rf"(?:[，,、 \u3000]{_S}(?!{_ENACTED})(?P<p>[\u4e00-\u9fff]{{2,8}}))?{_S}"
    r"[）)】\]]?(?:[?？\ufffd]{0,4}|\[\d{1,2}\])$"  # (what a copy lost after it: 「……日???」; a note's mark)
)
DATELINE_RE = lazy_compile(
    rf"^(?:{AGENCIES})(?P<p>[\u4e00-\u9fff]{{0,12}}?){_NUMERAL_SMALL}月{_NUMERAL_SMALL}日电$"
    r"|^本报讯$|^[（(]记者[^（()）]{1,30}[)）]$"
)
_SPEAKER_RE = lazy_compile(
    # (the office and the name parted by a space, or signed with a colon: 「公司董事长：周明」)
    rf"^(?:(?P<office>[\u4e00-\u9fffA-Za-z（）()、]{{0,24}}(?:{POSITION}))[ \u3000\xa0]*(?:[:：][ \u3000\xa0]*)?"
    rf"(?P<n>[\u4e00-\u9fff·]{{2,4}})"
    rf"|(?P<name>{NAME})[ \u3000\xa0]*(?:同志)?"
    # (a labelled signature, 「述职人：李某某」「汇报人: 王某」: whoever gave the text)
    rf"|(?:述职人|述责述廉人|汇报人|报告人|总结人|发言人|讲话人|主讲人|演讲人)[ \u3000\xa0]*[:：][ \u3000\xa0]*"
    rf"(?P<signed>{NAME}))$"
)
ORG_RE = lazy_compile(ORG)
# The last character of an office's short name (「组织科」「区委办」「综合处」「宣传部」): a page's
# 作者 is as often the office that posted it as a person.
_OFFICE_LAST = frozenset("科处室办股组站所队社网台报号部局委院厅馆会司")


def is_office(name: str) -> bool:
    """``name`` names an office or a body, not a person."""
    return bool(name) and (name[-1] in _OFFICE_LAST or ORG_RE.match(name) is not None)


_SITE_SUFFIX_RE = lazy_compile(  # (and the day a list shows with it: 「……通告 （09-25）」)
    r"[\s\u3000\xa0]{0,4}[（(](?:本页[^)）]{0,20}|原始资料|(?:附|约)?全文(?:约?\d{1,6}\+?字)?|图|组图|视频|转载|(?:共|约)?\d{1,6}\+?字|范文|\d{1,2}"
    r"|(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2})[)）]$"
)  # (「……动员会(5)」: a site's part number of a text it shows over several pages)
_REGION_TAG_RE = lazy_compile(  # (a document site's tag of the region before a title: 「(河北省)」)
    r"^[（(][\u4e00-\u9fff]{1,8}(?:省|市|自治区|自治州|地区|州|盟|县|区|旗)[)）](?=[^，。,]{4})")
# A document site's place for the text in its collection: 「……述职报告范文锦集八篇」「……讲稿汇编4篇」
# 「……请示格式范文(通用4篇)」「……述职报告 篇1」「……推荐 篇1」.
# A headline's 「……全文来了」: what the post offers, after the text's name (page.head: no lead-in at the top).
FULL_TEXT_TAIL_RE = lazy_compile(r"(?<=[\u4e00-\u9fff])(?:全文|原文)(?:来了|来啦|如下)[！!]?$")
_COLLECTION_SUFFIX_RE = lazy_compile(
    rf"(?:(?:范文|精选)?(?:{COLLECTION_WORDS})|推荐)?[ \u3000\xa0]{{0,2}}"
    r"(?:[（(](?:通用|精选|优选|热门|最新|推荐)?[\d一二三四五六七八九十]{1,3}篇[)）]|第?[\d一二三四五六七八九十]{1,3}篇"
    r"|第[ \u3000\xa0]\d{1,3}[ \u3000\xa0]篇|篇[ \u3000\xa0]{0,2}\d{1,2})$")  # (spaced: 「……发言稿第 2 篇」)
# A 公文's number on its own line (「国发〔2018〕44号」: metadata above the text, not its
# title), or after its title on the title's line (「……的意见 国发〔2011〕35号」).
_NUMBER = rf"(?:{DOCUMENT_NUMBER})$"
DOCUMENT_NUMBER_RE = lazy_compile(rf"^{_NUMBER}")
_TRAILING_NUMBER_RE = lazy_compile(  # (and a site's item number glued to the kind: 「……主持讲话3」)
    rf"[\s\u3000\xa0]{{1,4}}{_NUMBER}|{BRACKETED_NUMBER}$|(?<=[话告结划案知见辞言词稿])\d{{1,2}}$")
TITLE_WORD_RE = lazy_compile(TITLE_WORDS)
_FILE_EXTENSION_RE = lazy_compile(rf"\.(?:{DOCUMENT_FILE_EXTENSIONS})$", flags=re.I)
# A site's name after its page's title: 「……_某县人民政府」「…… | 某某日报」 (after 「|」 or 「_」, any short
# name; after a hyphen, only a name that says it is a site or a paper), or before it: 「某某日报->……」
# (an arrow's hyphen is no separator: 「某某网->请求批复的范文」 keeps what the arrow points at).
_SITE_WORD = (r"(?:网|站|频道|平台|文库|范文|门户|日报|晚报|早报|时报|报社|在线|发布|"
              r"人民政府|政府|办公室|办公厅|融媒体中心|知乎|简书|豆瓣|百家号|头条号|搜狐号|网易号|澎湃号)")
_SITE_NAME_RE = lazy_compile(
    r"\s{0,3}(?:[_|｜]{1,2}\s{0,3}[^-_|｜–。，][^_|｜。，]{1,29}"  # (「_某某的博客-CSDN博客」: a hyphen inside)
    # (「| 百度文库 - 好好学习，天天向上」: the site's name and its slogan, commas and all)
    rf"|[_|｜]{{1,2}}\s{{0,3}}[^-_|｜–。，]{{0,16}}{_SITE_WORD}\s{{0,3}}[-–—]{{1,2}}\s{{0,3}}[^_|｜。]{{1,24}}"
    rf"|[-–]{{1,3}}(?!>)\s{{0,3}}[^-_|｜–]{{1,16}}{_SITE_WORD})$"
)
# A site's name and the column after it, 「知页文库 - 讲话致辞」: no column's name before a title.
_SITE_AND_COLUMN_RE = lazy_compile(rf"^[^-_|｜–。，]{{0,16}}{_SITE_WORD}\s{{0,3}}[-–—]{{1,2}}")
_SITE_PREFIX_RE = lazy_compile(r"^[^>»＞。]{2,40}?\s{0,3}(?:->|>>|»|＞)\s{0,3}")  # (a slogan's 「，」 too)
_TAG_RE = lazy_compile(r"^(?:【[^】]{1,10}】|\[[^\]]{1,12}\](?![(（]))\s*")  # 「【范文】」「[县长讲话]」
# 「……电视讲话【范文精选】」 (spaces before it: cut apart), a print button 「…… [打印本页]」; a table's cell 「| …… |」
_TRAILING_TAG_RE = lazy_compile(r"【[^】]{1,10}】$|\[(?:打印本页|打印|关闭窗口|关闭)\]$")
_CELL_RE = lazy_compile(r"^[|｜][ \u3000]*(?P<t>[^|｜]{2,80}?)[ \u3000]*[|｜][|｜ \u3000]*$")
_OCCASION_RE = lazy_compile(
    r"在(?P<o>[^在，。]{2,60}?)(?:上|时|期间)?的(?:重要)?(?:讲话|致辞|致词|发言|演讲|讲演|报告|"
    r"主持词|总结讲话|动员讲话|辅导报告|开幕词|闭幕词)"
)
# A subtitle may name the meeting alone: 「——2026年1月28日在云南省……会议上」.
_SUBTITLE_OCCASION_RE = lazy_compile(r"在(?P<o>[^在，。]{2,60})上$")
_LEADING_DATE_RE = lazy_compile(rf"^(?:{_DATE}|{_NUMERAL_SMALL}{_S}月{_S}{_NUMERAL_SMALL}{_S}日)")  # (「3月2日」 too)
_SPACED_NAME = 9
SENTENCE_RE = lazy_compile(r"[。！？!?]")
# 「[张明]」: a transcript's tag of who speaks next (a speech begins under it, as under its title).
NAME_TAG_RE = lazy_compile(r"^[\[【][ \u3000]?[\u4e00-\u9fff·]{2,4}[ \u3000]?[\]】]$")


def match_date(content: str) -> str | None:
    """The date if the line is only a date (optionally bracketed, maybe with the place)."""
    m = _DATE_RE.match(content)
    if m is None:
        return None
    d = m.group("d")
    if d[0] in _PLACEHOLDERS and d[3:4] not in _PLACEHOLDERS and "日" not in d:
        return None  # (a year of fewer placeholders than its four digits, 「XX年6月」, is one only with its day)
    return "".join(d.split())


_PLACEHOLDERS = frozenset("XxＸｘ×")


# A date in the ISO form alone on its line: 「2005-01-02」.  Under a title it is a site's
# timestamp as often as not; under a signature at the foot it is the date signed.
_ISO_DATE_RE = lazy_compile(
    r"^[ \t\u3000]{0,40}(?:19|20)\d{2}(?P<s>[-/.])(?:0?[1-9]|1[0-2])(?P=s)(?:0?[1-9]|[12]\d|3[01])[ \t\u3000]{0,40}$")


def match_iso_date(content: str) -> str | None:
    """The date of a line that is only a date in figures, 「2005-01-02」「2018/07/06」「2018.7.6」 (a sign-off's,
    under a signature)."""
    return content.strip() if content[-1:].isdigit() and _ISO_DATE_RE.match(content) else None


def date_place(content: str) -> str | None:
    m = _DATE_RE.match(content)
    return m.group("p") if m else None


def undecorated(text: str) -> str:
    """``text`` without the emoji a post ends it with (「……报告📜」「……奋斗！🏆」), if that leaves any."""
    end = len(text)
    while end and is_decoration(text[end - 1]):  # (from the end: a pattern search would try every start)
        end -= 1
    return text[:end] or text


# What a document site adds to a title (「……批复范文1」): read off before asking what it names.
SITE_WORDS_RE = lazy_compile(SITE_WORDS)


_COLUMN = 8  # characters: a site's column name is shorter (「通知公告」「领导讲话」「学习园地」)


def column_label(c: str) -> str | None:
    """A site's column, 「领导讲话」, alone or last in an account's row of tags, 「某某党建 · 原创 · 领导讲话」."""
    if COLUMN_LABEL_RE.match(c):
        return c
    parts = [p.strip(" \u3000") for p in TAG_ROW_SEPARATORS_RE.split(c)] if len(c) <= _TAG_ROW else []
    if len(parts) > 1 and COLUMN_LABEL_RE.match(parts[-1]):
        return parts[-1]
    # (or first, a year after it: 「讲话整理 · 2025」, a notebook's name)
    return parts[0] if len(parts) == 2 and COLUMN_LABEL_RE.match(parts[0]) and parts[1].isdigit() else None


_TAG_ROW = 40


def clean_title(text: str) -> str:
    """A title as the outline reports it: no link, bold marks, site tags or suffixes, final 。."""
    text = despaced(text.strip())
    text = _CELL_RE.sub(r"\g<t>", text) if text[:1] in "|｜" else text
    link = MD_LINK_RE.match(text.strip())
    if link:
        text = link.group("t")
    text = unbold(text).strip()
    text = _SITE_SUFFIX_RE.sub("", text)
    if text[:1] in "（(":
        text = _REGION_TAG_RE.sub("", text, count=1) or text  # 「(河北省)2023年……」: a site's tag of the region
    text = _COLLECTION_SUFFIX_RE.sub("", text) or text
    text = after_site_name(repeated_once(text))
    text = _TRAILING_NUMBER_RE.sub("", text)
    if text[-1:] == "字":
        text = WORD_COUNT_RE.sub("", text) or text  # 「……担当使命8200字」: a document shop's count of its words
    if text[:1] == "第":
        text = COLLECTION_ORDINAL_RE.sub("", text, count=1) or text  # 「第1篇 在……上的讲话」: a collection's count
    if "." in text:
        text = _FILE_EXTENSION_RE.sub("", text) or text  # 「……工作总结.docx」: the file's name
    if text[:1].isdigit():
        text = _PAGE_BEFORE_YEAR_RE.sub("", text, count=1)  # 「12024年镇工作总结」: page 1's number glued on
    if "->" in text:  # 「学习频道_某州新闻网->……」: the site's path first, whatever its own 「_」
        text = _SITE_PREFIX_RE.sub("", text, count=1) or text
    for _ in range(3):  # 「…… | 某某实验学校 | Moushi Experimental School」: the site's parts, from the end
        cut = _SITE_NAME_RE.sub("", text)
        if cut == text:
            break
        rest = text[len(cut):].strip(" \u3000\xa0_|｜-–")
        if TITLE_WORD_RE.search(rest) and not TITLE_WORD_RE.search(cut) and _SITE_NAME_RE.search(rest) is None \
                and _SITE_AND_COLUMN_RE.match(rest) is None and column_label(rest) is None \
                and (len(cut) < _COLUMN or KIND_END_RE.search(cut) is None) and KIND_END_RE.search(rest):
            # (「……工作规则_语雀: 某县文稿」: a title that names its kind first; a column's name is short,
            # 「通知公告 | 关于……的通知」)
            # 「学习园地 | 在……上的讲话」: a column's name before the title, not a site's after it (a column
            # and its site after the title, 「…… | 领导讲话-某县人民政府」, name a kind too; a site that
            # names what it keeps, 「…… _语雀 · 讲话稿知识库」, names no kind at its end)
            text = rest
            break
        text = cut
    text = _SITE_PREFIX_RE.sub("", text, count=1) or text
    if (label := site_label(text)) is not None:
        text = text[label:]  # 「范文中心:在……会议上的讲话」: the site's label before the title
    if text[:1] == "【" and (bracketed := whole_bracketed_title(text)) is not None:
        text = bracketed  # (the whole title in a site's brackets)
    text = _TAG_RE.sub("", text) or text
    tag = _TRAILING_TAG_RE.search(text) if text.endswith(("】", "]")) else None
    if tag is not None and tag.start():
        text = text[:tag.start()].rstrip() or text
    if "篇" in text[:4] or text[:2] == "范文":
        text = _ITEM_LABEL_RE.sub("", text, count=1) or text  # 「篇一:《学校年度工作总结》」: the site's item label
    text = undecorated(text).strip(" \u3000\xa0")
    if text[:1] == "《" and _closes_at_end(text):
        text = text[1:-1]  # 「《……的通知》」 whole in brackets (not 「《西小餐》项目总结」)
    elif text[:1] == "《" and "》" not in text:
        text = text[1:]  # (or one left open, or closed with none opened)
    elif text[-1:] == "》" and "《" not in text:
        text = text[:-1]
    text = text.strip(" \u3000\xa0")
    if "——" in text:
        head = text.split("——", 1)[0].strip()
        if head:
            text = head
    elif "—" in text:  # (one dash before a speech's subtitle: 「……攻坚战—县领导在……会议上的讲话」)
        head, _, rest = text.partition("—")
        if head.strip() and _OCCASION_RE.search(rest):
            text = head.strip()
    text = text.rstrip("。").strip()
    if text.endswith(".") and len(text) > 1 and "\u4e00" <= text[-2] <= "\u9fff":
        text = text[:-1]  # (a scraper's ASCII full stop after a Chinese title: 「……述职报告.」)
    if text[-1:] in "：:" and KIND_END_RE.search(text[:-1]):
        text = text[:-1]  # (a colon typed after a title that names its kind: 「个人年度总结：」)
    return text


_ITEM_LABEL_RE = lazy_compile(
    r"^(?:第?[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|范文[一二三四五六七八九十\d]{1,3})"
    r"[:：、.．][ \u3000]{0,2}(?=\S)")
_PAGE_BEFORE_YEAR_RE = lazy_compile(r"^\d{1,6}(?=(?:19|20)\d\d年)")




def _closes_at_end(text: str) -> bool:
    """The book bracket ``text`` opens with closes at its last character (「《……印发《……》的通知》」)."""
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "《") - (ch == "》")
        if depth == 0:
            return k == len(text) - 1
    return False


def occasion_of(text: str, subtitle: bool = False) -> str | None:
    """The meeting named by 「在……上的讲话」 (a leading full date is not part of its name)."""
    m = _OCCASION_RE.search(text)
    if m is None and subtitle:
        m = _SUBTITLE_OCCASION_RE.search(text)
    if m is None:
        return None
    occasion = _LEADING_DATE_RE.sub("", m.group("o")).strip(" \u3000")
    return occasion if len(occasion) >= 2 else None


# A title that names its meeting with no 「在……上」: 「村委会换届选举动员会发言」「书记2017年全镇经济工作会议讲话」
# (a speaker's role before it is no part of its name; a meeting's last word, not 「社会」「体会」「机会」).
_MEETING_TITLE_RE = lazy_compile(
    r"^(?:[\u4e00-\u9fff]{0,6}?(?:书记|县长|市长|区长|镇长|乡长|省长|主任|局长|校长|院长|主席|部长|厅长))?"
    rf"(?P<o>[^在，。！？,!?]{{2,40}}?{MEETING_END}(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}\))?)"
    r"(?:上的?|的)?(?:讲话|发言|致辞|致词|祝酒词|主持词|演讲|开幕词|闭幕词|总结讲话|动员讲话)稿?(?:[（(][^（()）]{1,4}[)）])?$")


def meeting_of_title(title: str) -> str | None:
    """The meeting a title names before its kind of speech (see above), as the title writes it."""
    m = _MEETING_TITLE_RE.match(hant.key(title))
    return title[m.start("o"):m.end("o")] if m else None


def speaker_of(content: str, spaced: bool = False) -> str | None:
    """The name in a byline: 「北京市市长 殷勇」 → 「殷勇」, 「习近平同志」 → 「习近平」; ``spaced``: under a
    title, a name set letter-spaced too, 「王  明」 (over a text, 「贺  信」 is its title)."""
    m = _SPEAKER_RE.match(content)
    if m is None and spaced and len(content) <= _SPACED_NAME and (joined := despaced(content)) != content:
        m = _SPEAKER_RE.match(joined)
    if m is None:
        return None
    name = m.group("n") or m.group("name") or m.group("signed")
    if name is None or not_a_name(name) or KIND_END_RE.search(name) or name[-1] in "网站":
        return None  # (「党支部书记培训教案」: a title that names its kind, no office and name; 「江岚网」 a site)
    return name


def dateline_place(content: str) -> str | None:
    m = DATELINE_RE.match(content)
    return (m.group("p") or None) if m else None


# A site's pinyin after a character, 「關(guān)于」: not counted in a title's length.
_PINYIN_RE = lazy_compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


def title_length(c: str) -> int:
    """A line's length as a title's: without a site's pinyin annotations, one copy of a title repeated."""
    if len(c) > _ONE_COPY:
        c = repeated_once(c)
    return len(c) if "(" not in c or len(c) > 400 else len(_PINYIN_RE.sub("", c))


_ONE_COPY = 60


_ISSUED_RE = lazy_compile(r"^[\u4e00-\u9fff（）()\s\d年月日〇○]{2,40}印发$")
_SIGN_OFF_OTHER_RE = lazy_compile(  # (and where the seal goes, 「（印章）」「（盖章）」, or 「（此页无正文）」)
    rf"^(?:(?:{COPY_TO})[:：]|[（(]此件[^）)]{{1,20}}[）)]$|[（(]联系人[:：]"
    r"|[（(](?:此处有|此处加盖)?(?:印章|盖章|公章)[）)]$|[（(]此页无正文[）)]$)")


def is_sign_off(content: str) -> bool:
    """Issuing body, speaker, date, 「……印发」: the lines that sign a document off."""
    if match_date(content) or _ISSUED_RE.match(content) or _SIGN_OFF_OTHER_RE.match(content) or \
            match_iso_date(content):
        return True
    # (a body's name letter-spaced as a seal's line: 「某 县 人 民 政 府」)
    return len(content) <= 30 and bool(ORG_RE.match(despaced(content)) or speaker_of(content))


_BRACKETS = str.maketrans("", "", "《》〈〉")


def unbracketed(name: str) -> str:
    return name.translate(_BRACKETS)


def named_works(text: str) -> set[str]:
    """The works ``text`` names in 《》, each without the brackets inside it: 《某县实施〈……计划〉试点方案》
    names the same work as the title 「某县实施《……计划》试点方案」."""
    works: set[str] = set()
    depth = start = 0
    for i, ch in enumerate(text):
        if ch in "《〈":
            if depth == 0:
                if ch == "〈":
                    continue  # (a 〈〉 outside any 《》 names no work here)
                start = i
            depth += 1
        elif ch in "》〉" and depth:
            depth -= 1
            if depth == 0:
                works.add(unbracketed(text[start + 1:i]))
    return works




def label_names_kind(c: str) -> bool:
    """The label before the line's first colon names a kind of text (「党课：……」「版权说明：……」); a key that
    names none (「主题：……」) is a field's."""
    colon = min((k for k in (c.find("："), c.find(":")) if k >= 0), default=-1)
    return colon > 0 and TITLE_WORD_RE.search(c, 0, colon) is not None
