"""Give every line its kind: the lexer's half of the parser.

The grammar (``grammars/speech.lark``) sees one token per significant line
and decides how sections nest.  Deciding what a line *is* needs a look at
the whole page first, which a grammar cannot do cheaply, so it happens here
in three passes over the lines:

1. regions: where the speech begins (the salutation, else the first heading
   or real paragraph), and where page noise after it begins (「相关报道」,
   share buttons, licence notices, a Markdown rule after the last heading);
2. front matter: the title among the lines before the body (the last
   title-like line, preferring one that names a 讲话/报告), subtitle, date,
   speaker; back matter: sign-off date and signature;
3. body: headings by marker (see :mod:`speechparse.markers`), paragraphs,
   and the closing appeal after the last heading.

Blank lines and page noise are *trivia*: they belong to the tree (spans stay
lossless) but never reach the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import Line
from .markers import HeadingMarker, Style, match_heading

# --- line patterns ----------------------------------------------------------

_META_KEYS = (
    "时间|日期|发布时间|发布日期|更新时间|来源|文章来源|信息来源|稿件来源|作者|编辑|责任编辑|"
    "导语|前言|摘要|关键词|关键字|浏览次数|浏览|阅读量|阅读|点击|点击数|原文链接|原始链接|链接地址|"
    "报告人|报告时间|演讲人|发言人|本文标题|本文链接|字号|分享到|分享|扫一扫|所属栏目|栏目|标签|"
    "抓取时间|存储位置|原始资料来源|出处|发文机关|发文字号|成文日期|发布机构|索引号|主题分类|字体|图片来源|供图|"
    "当前位置|您的位置|你的位置|所在位置|"
    "title|date|author|tags|categories|source|url|link|description|layout"  # Markdown front matter
)
_META_RE = re.compile(rf"^(?:{_META_KEYS})\s*[:：]", re.IGNORECASE)
_META_FIRST = frozenset(c for k in _META_KEYS.split("|") for c in (k[0], k[0].upper()))
# Everything else that is page furniture is short.
_SHORT_NOISE_RE = re.compile(
    r"^(?:【?字号|(?:下载|打印|全屏|收藏|加大|还原|减小|放大|缩小|关闭|关闭窗口|打印本页|返回|返回顶部|"
    r"分享|打赏|赏赞|点赞|评论|举报|首页|登录|注册|上一篇|下一篇|更多|查看更多.*|二维码|微信订阅号|"
    r"联系客服|本周热门|本月热门|热门推荐|微信|微博|QQ空间|手机版|[Pp]ublic domain|false|true)$"
    r"|[】【\]\[]$"
    r"|(?:【[^】]{1,20}】[\s\u3000]*)+$"
    r"|[（(][^（()）]{0,40}(?:电|来源|记者|报道|通讯员|供稿|整理)[^（()）]{0,20}[)）]$"  # （新华社北京7月1日电）
    r"|.{0,20}(?:[>»›].{0,20}){2,}$"  # breadcrumb 首页 > 文章中心 > 正文
    r"|¥\s*\d"
    r"|(?:https?://|www\.)\S+$"
    r"|[-—=_*·•~]{3,}$"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?$"
    r"|.{0,40}(?:记者|摄影|图片|图)[\s\u3000\xa0]*\S{0,12}[\s\u3000\xa0]*摄[)）]?$"
    r"|[\W_]+$"
    r")"
)
_SHORT = 80
# Where page noise after the speech begins.  Strong markers end the speech
# wherever they stand, unless real paragraphs follow (a related-articles box
# inside an article); weak ones only after the last heading.
_TRAILER_STRONG_RE = re.compile(
    r"^(?:相关(?:报道|阅读|文章|推荐|内容|新闻|链接|专题)|热门(?:推荐|文章|阅读)|猜你喜欢|推荐阅读|延伸阅读|"
    r"上一篇|下一篇|如果喜欢本篇|分享[:：到]|微信扫一扫|扫一扫|责任编辑|本文标题|版权(?:声明|所有))",
    re.IGNORECASE,
)
_TRAILER_WEAK_RE = re.compile(
    r"^(?:Public domain|本作品|这部作品|注\s*释\s*[:：]?$|[-—=_*]{3,}$|\*原始资料来源)",
    re.IGNORECASE,
)
_GENERIC_LABEL_RE = re.compile(r"^(?:报告全文|全文|正文|原文|阅读全文|讲话全文|讲话原文|全文如下[:：]?)$")
_EXPLICIT_TITLE_RE = re.compile(r"^(?:(?:报告|讲话|文章|本文)?标题|title)\s*[:：]\s*[\"']?(?P<t>.+?)[\"']?$")
_DATE_RE = re.compile(
    r"^[（(【\[]?\s*(?P<d>(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)\s*[）)】\]]?$"
)
_SUBTITLE_RE = re.compile(r"^(?:——|—|--|－－)")
_POSITION = (
    "书记|副书记|市长|副市长|省长|副省长|县长|副县长|区长|镇长|乡长|主任|副主任|部长|副部长|主席|"
    "副主席|总理|副总理|局长|厅长|院长|校长|委员|秘书长|理事长|董事长|总经理|经理|处长|科长|会长"
)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤温乔骆柳聂葛倪焦齐"
)
# 「北京市市长 殷勇」, 「殷勇同志」, or a bare name 「习近平」.
_SPEAKER_RE = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{0,24}}(?:{_POSITION})[ \u3000\xa0]*[\u4e00-\u9fff·]{{2,4}}"
    rf"|[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}[ \u3000\xa0]*(?:同志)?"
    r")$"
)
_ORG_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z（）()]{2,30}(?:委员会|党委|党组|人民政府|政府|办公室|办公厅|委|局|厅|部|院|"
    r"中心|协会|联合会|学校|大学|学院|公司|集团|支部|法院|检察院|分局|政协|常委会)$"
)
_SITE_SUFFIX_RE = re.compile(
    r"[\s\u3000\xa0]*[（(](?:本页[^)）]*|原始资料|全文|附全文|图|组图|视频|转载|\d+\+?字|范文)[)）]$"
)
_TITLE_WORD_RE = re.compile(r"讲话|报告|致辞|发言|讲稿|演讲|贺词|讲课|讲授|党课|总结|纪要|主持词|稿$")

# The audience, as a salutation line names it and as a paragraph turns to it.
_AUDIENCE = "同志们|朋友们|同学们|老师们|女士们|先生们|代表们|青年朋友们"
_ADDRESS = (
    r"(?:尊敬的|亲爱的)?(?:各位|全体)?"
    rf"(?:{_AUDIENCE}|[\u4e00-\u9fff]{{0,8}}?"
    rf"(?:代表|委员|来宾|领导|嘉宾|同仁|同事|老师|同学|朋友|同志|先生|女士|校友|家长|专家|企业家|首长|阁下|"
    rf"{_POSITION})们?)"
)
_SALUTATION_RE = re.compile(rf"^(?P<s>{_ADDRESS}(?:[、，,和及与][ \u3000]*{_ADDRESS})*)[ \u3000]*(?P<c>[：:])$")
_SPOKEN_ADDRESS = (
    rf"(?:{_AUDIENCE}|各位代表|各位委员|各位领导|"
    r"各位来宾|各位嘉宾|各位同志|各位同仁|各位老师|各位同学|各位朋友|各位)"
)
_SPOKEN_LIST = rf"{_SPOKEN_ADDRESS}(?:[、，,和][ \u3000]*{_SPOKEN_ADDRESS})*"
# A paragraph that turns to the audience: 「同志们，……」「各位代表！……」.
_OPENER_RE = re.compile(
    rf"^(?:{_SPOKEN_LIST}[，,！!：:]"
    r"|最后[，,](?!第|其)(?=.*(?:希望|祝|谢谢|让我们|同志们|同学们|朋友们))"
    r"|让我们)"
)
_EXCLAIM_OPENER_RE = re.compile(rf"^{_SPOKEN_LIST}[！!]")
# An address standing alone as a paragraph: 「同志们！」「同志们、朋友们：」
_BARE_ADDRESS_RE = re.compile(rf"^{_SPOKEN_LIST}[！!，,：:]$")
_FAREWELL_RE = re.compile(
    r"希望(?:大家|你们|同志们|同学们|各位)|谢谢(?:大家|各位)|^谢谢[！!。]?$|让我们|"
    r"祝(?:愿)?(?:大家|各位|同志们|同学们)|预祝"
)
_PARAGRAPH_END_RE = re.compile(r"[。！？!?…]$")
_SENTENCE_RE = re.compile(r"[。！？!?]")
_MIN_PARAGRAPH = 40


def is_noise(content: str) -> bool:
    """Page furniture: navigation, metadata keys, share buttons, captions, rules."""
    if len(content) <= _SHORT:
        return bool(_SHORT_NOISE_RE.match(content) or _META_RE.match(content))
    return content[0] in _META_FIRST and bool(_META_RE.match(content))


def match_date(content: str) -> str | None:
    """The date if the line is only a date (optionally bracketed)."""
    m = _DATE_RE.match(content)
    return re.sub(r"\s+", "", m.group("d")) if m else None


def match_salutation(content: str) -> re.Match[str] | None:
    if len(content) > 48:
        return None
    return _SALUTATION_RE.match(content)


_SITE_NAME_RE = re.compile(r"\s*[-_|｜–]+\s*[^-_|｜–]{1,16}(?:网|站|频道|平台|文库|范文|门户)$")
_TAG_RE = re.compile(r"^【[^】]{1,10}】\s*")


def clean_title(text: str) -> str:
    """A title as the outline reports it: no bold marks, site tags or suffixes, final 。."""
    text = text.replace("**", "").strip()
    text = _SITE_SUFFIX_RE.sub("", text)
    text = _SITE_NAME_RE.sub("", text)
    text = _TAG_RE.sub("", text) or text
    text = text.strip("《》 \u3000\xa0")
    if "——" in text:
        head = text.split("——", 1)[0].strip()
        if head:
            text = head
    return text.rstrip("。").strip()


# --- the layout -------------------------------------------------------------


@dataclass
class Layout:
    """What the classifier found; ``lines[i].kind`` holds each line's kind."""

    lines: list[Line]
    headings: dict[int, HeadingMarker] = field(default_factory=dict)
    # the style each heading nests as, when it differs from the style written
    nest_as: dict[int, Style] = field(default_factory=dict)
    title: str | None = None
    title_lines: list[int] = field(default_factory=list)
    date: str | None = None
    date_line: int | None = None
    salutation_line: int | None = None
    body_start: int = 0
    back_start: int = 0
    trailer_start: int = 0
    closing: list[int] = field(default_factory=list)


def classify(lines: list[Line]) -> Layout:
    """Set ``kind`` on every line and return the page layout."""
    n = len(lines)
    layout = Layout(lines, trailer_start=n, back_start=n)
    headings = layout.headings
    noise = [False] * n
    for ln in lines:
        if ln.is_blank:
            continue
        if is_noise(ln.content) or _GENERIC_LABEL_RE.match(ln.content):
            noise[ln.index] = True
            continue
        hm = match_heading(ln.content)
        if hm is not None and _heading_has_text(ln.content, hm):
            headings[ln.index] = hm

    _table_of_contents(lines, noise, headings)

    # 1. Regions.
    body_start = _find_body_start(lines, noise, headings)
    layout.body_start = body_start
    for i in [i for i in headings if i < body_start]:
        del headings[i]  # a numbered line in the page head is navigation
    trailer = _find_trailer(lines, body_start, max(headings) if headings else body_start - 1)
    layout.trailer_start = trailer
    for i in [i for i in headings if i >= trailer]:
        del headings[i]
    last_heading = max(headings) if headings else body_start - 1

    # Back matter: sign-off date and signature lines right before the trailer.
    back = trailer
    i = trailer - 1
    while i > max(body_start, last_heading):
        ln = lines[i]
        c = ln.content
        if ln.is_blank or noise[i]:
            i -= 1
            continue
        if match_date(c) or (len(c) <= 30 and (_ORG_RE.match(c) or _SPEAKER_RE.match(c))):
            back = i
            i -= 1
            continue
        break
    layout.back_start = back

    _mis_styled_siblings(layout)

    # 2. Front matter.
    _front_matter(layout, noise)

    # 3. Body.
    sal = layout.salutation_line
    for ln in lines[body_start:back]:
        i = ln.index
        if ln.is_blank:
            ln.kind = "blank"
        elif i == sal:
            ln.kind = "salutation"
        elif i in headings:
            ln.kind = "heading"
        elif noise[i]:
            ln.kind = "noise"
        else:
            ln.kind = "paragraph"
    for ln in lines[back:trailer]:
        if ln.is_blank:
            ln.kind = "blank"
        elif noise[ln.index]:
            ln.kind = "noise"
        else:
            d = match_date(ln.content)
            ln.kind = "date" if d else "signature"
            if d and (layout.date is None or (layout.date_line or 0) < body_start):
                layout.date, layout.date_line = d, ln.index
    for ln in lines[trailer:]:
        ln.kind = "blank" if ln.is_blank else "noise"
    _closing(layout, last_heading)
    return layout


_TOC_RE = re.compile(r"^目\s*录[:：]?$")
_TOC_TAIL_RE = re.compile(r"[\s.．·…—\-_]*\d*$")


def _table_of_contents(lines: list[Line], noise: list[bool],
                       headings: dict[int, HeadingMarker]) -> None:
    """A 「目录」 block lists the headings once before the text repeats them: it is noise.

    It runs from the 「目录」 line to where its first entry appears again
    (entries may end in leader dots and a page number).
    """
    toc = next((ln.index for ln in lines if _TOC_RE.match(ln.content)), None)
    if toc is None:
        return
    first = next((i for i in sorted(headings) if i > toc), None)
    if first is None:
        return
    entry = _TOC_TAIL_RE.sub("", lines[first].content)
    again = next((i for i in sorted(headings) if i > first
                  and _TOC_TAIL_RE.sub("", lines[i].content) == entry), None)
    if again is None:
        return
    for i in range(toc, again):
        noise[i] = not lines[i].is_blank
        headings.pop(i, None)


def _mis_styled_siblings(layout: Layout) -> None:
    """A lower style that goes on counting its predecessor is its sibling.

    「（二）明确任务」 then 「3.狠抓落实」: the writer meant 「（三）」.  Nesting by
    style would make 「3.」 the first child of 「（二）」; numbering says it is
    the next of the same level, so it nests as 「（二）」 does.  Not when its
    own style was counting there already (「1.」「2.」 under 「一、」, 「3.」 under
    「二、」 numbers clauses across sections).
    """
    prev: HeadingMarker | None = None
    prev_style: Style | None = None
    last_of_style: dict[str, int] = {}
    for i in sorted(layout.headings):
        hm = layout.headings[i]
        style = hm.style
        if (prev is not None and prev_style is not None and style.rank > prev_style.rank
                and hm.number == prev.number + 1 and hm.number > 1
                and last_of_style.get(style.name, 0) + 1 != hm.number):
            style = prev_style
            layout.nest_as[i] = style
        last_of_style[hm.style.name] = hm.number
        prev, prev_style = hm, style


# An appendix after the speech (「附件：名词解释」): its numbered items are not sections.
_APPENDIX_RE = re.compile(r"^(?:附件|附录|附表|附[:：]|名词解释)[\s\d一二三四五六七八九十：:、.．]*(?:名词解释)?$")
_TRAILER_FIRST = frozenset("相热猜推延上下如分微扫责本版这注附名-—=_*Pp")


def _find_trailer(lines: list[Line], body_start: int, last_heading: int) -> int:
    last_long: int | None = None
    for ln in lines[body_start + 1:]:
        c = ln.content
        if not c or c[0] not in _TRAILER_FIRST:
            continue
        if _APPENDIX_RE.match(c):
            return ln.index
        if _TRAILER_STRONG_RE.match(c):
            if last_long is None:  # a strong marker before a long paragraph is a box inside
                last_long = max((x.index for x in lines if len(x.content) >= 80
                                 and _PARAGRAPH_END_RE.search(x.content)), default=-1)
            if ln.index > last_long:
                return ln.index
        if ln.index > last_heading and _TRAILER_WEAK_RE.match(c):
            return ln.index
    return len(lines)


def _heading_has_text(content: str, hm: HeadingMarker) -> bool:
    """Reject marker look-alikes: 「一、二月份」, and a lone 「一，」 with nothing after it."""
    rest = content[hm.end:]
    if hm.style.name == "section" and hm.sep and hm.sep in "，," and not rest:
        return False
    return not (hm.style.name == "section" and rest[:1] and rest[:1] in "二三四五六七八九十" and
                rest[1:2] in "月年")


def _is_paragraph(ln: Line) -> bool:
    c = ln.content
    if ln.md_level:
        return False
    return len(c) >= _MIN_PARAGRAPH or (len(c) >= 12 and bool(_SENTENCE_RE.search(c)) and (
        "，" in c or "," in c or bool(_PARAGRAPH_END_RE.search(c))))


def _find_body_start(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> int:
    """Where the speech begins: its salutation, else its first paragraph or heading.

    Pages put things before the speech that look like its start: numbered
    navigation (「1.新闻中心」) or a slogan sentence (「欢迎访问本站，……！」).  So a
    salutation after only short lines still wins, and a line naming a 讲话/报告
    that comes after the tentative start, before any long paragraph, is the
    title: the speech starts after it.
    """
    first_heading = min(headings) if headings else len(lines)
    for ln in lines:
        if ln.is_blank or noise[ln.index]:
            continue
        if match_salutation(ln.content):
            return ln.index
        if ln.index >= first_heading and _is_paragraph(ln):
            break
    start = _first_text(lines, noise, headings, 0)
    if start is None:
        return _fallback_start(lines, noise)
    for _ in range(3):  # a title after furniture, at most a few times
        title = _title_line_after(lines, noise, headings, start)
        if title is None:
            break
        after = _first_text(lines, noise, headings, title + 1)
        if after is None:
            break
        start = after
    return start


def _first_text(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                after: int) -> int | None:
    """The first heading or paragraph at or after ``after``."""
    for ln in lines[after:]:
        if ln.is_blank or noise[ln.index] or match_date(ln.content) or \
                _EXPLICIT_TITLE_RE.match(ln.content):
            continue
        if ln.index in headings or _is_paragraph(ln):
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


def _front_matter(layout: Layout, noise: list[bool]) -> None:
    lines = layout.lines
    body_start = layout.body_start
    if body_start < len(lines) and match_salutation(lines[body_start].content):
        layout.salutation_line = body_start
    candidates: list[int] = []
    explicit: tuple[int, str] | None = None
    for ln in lines[:body_start]:
        c = ln.content
        i = ln.index
        if ln.is_blank:
            ln.kind = "blank"
            continue
        if noise[i]:
            m = _EXPLICIT_TITLE_RE.match(c)
            if m and explicit is None:
                explicit = (i, m.group("t"))
            ln.kind = "noise"
            continue
        ln.kind = "meta"
        d = match_date(c)
        if d:
            if layout.date is None:
                layout.date, layout.date_line = d, i
            continue
        if _SUBTITLE_RE.match(c) or (not _TITLE_WORD_RE.search(c) and (
                _SPEAKER_RE.match(c) or _ORG_RE.match(c))):
            continue
        m = _EXPLICIT_TITLE_RE.match(c)
        if m:
            explicit = explicit or (i, m.group("t"))
            continue
        if len(c) > 80 or c[-1] in "：:，,；;、" or "。" in c.rstrip("。") or (
                c[0] in "（(" and c[-1] in "）)"):
            continue
        candidates.append(i)
    if explicit is not None:
        layout.title = clean_title(explicit[1])
        layout.title_lines = [explicit[0]]
        lines[explicit[0]].kind = "title"
        return
    if not candidates:
        return
    h1 = [i for i in candidates if lines[i].md_level == 1]
    worded = [i for i in candidates if _TITLE_WORD_RE.search(lines[i].content)]
    pick = (h1 or worded or candidates)[-1]
    chosen = [pick]
    prev = pick - 1
    if prev in candidates and _continues_title(lines[prev].content, lines[pick].content):
        chosen = [prev, pick]
    layout.title_lines = chosen
    layout.title = clean_title("".join(lines[i].content for i in chosen))
    for i in chosen:
        lines[i].kind = "title"


def _continues_title(first: str, second: str) -> bool:
    """A title broken over two adjacent lines: 「在全县……会议」/「上的讲话」."""
    return bool(re.match(r"^(?:上的|上|的|暨|——)", second)) and len(first) + len(second) <= 60


def _closing(layout: Layout, last_heading: int) -> None:
    lines = layout.lines
    start = max(last_heading + 1, layout.body_start)
    paras = [ln.index for ln in lines[start:layout.back_start] if ln.kind == "paragraph"]
    if not paras:
        return
    opener = None
    for i in reversed(paras):
        if _OPENER_RE.match(lines[i].content):
            opener = i
            break
    if opener is not None:
        k = paras.index(opener)
        while k > 0 and _EXCLAIM_OPENER_RE.match(lines[paras[k]].content) and \
                _EXCLAIM_OPENER_RE.match(lines[paras[k - 1]].content):
            k -= 1
        if k > 0 and _BARE_ADDRESS_RE.match(lines[paras[k - 1]].content):
            k -= 1  # 「同志们！」 on a line of its own, then 「让我们……」
        chosen = paras[k:]
    elif _FAREWELL_RE.search(lines[paras[-1]].content):
        chosen = paras[-1:]
    else:
        return
    layout.closing = chosen
    for i in chosen:
        lines[i].kind = "closing"
