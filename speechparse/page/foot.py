"""The page foot: the short lines a site or an account puts under a text, of kinds never met before.

The trailer reader (:func:`speechparse.page.tail.find_trailer`) knows the page
furniture it has words for: 「相关阅读」, 「END」, a copyright line.  Sites keep
inventing more (「联系我们 | 网站地图 | 使用帮助」「全文阅读已结束」「欢迎转发 分享更多」
an account's name or slogan alone).  What they share is where and how they stand:
after the text has ended (its last paragraph ends a sentence, or its sign-off
has been given), a run of short lines to the end of the page, none of them a
sentence, a heading, a signature or a 公文's closing words.  That run is the
page's foot, whatever its words: it is page noise, so the closing and the date
are read above it.

A text that ends on short lines of its own is read as before: a signature and
a date are sign-off lines, not foot; 「特此通知」「此致」「敬礼」 close a 公文 or a
letter; 「谢谢大家」 is a farewell; a 纪要's 「出席：……」 is its attendance; and a run
under a heading or an attachment's header belongs to that part.
"""

from __future__ import annotations

import re

from ..layout import Wraps
from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from ..pagenumbers import is_page_number
from .closing import FAREWELL_RE, OPENER_RE
from .cutnotice import is_cut_notice
from .facts import is_sign_off, match_date, match_iso_date
from .lastwords import ASKED_RE, ENDED, SPOKEN_RE, after_last_words, titles_under_date
from .restart import issued_work
from .signedfoot import signed_foot
from .vocab import DOCUMENT_KINDS, KIND_WORDS, OWN_LAST_RE

# Weak trailer markers: a rule line, 「注释：」, a source's note.  They end the text only after its
# last heading (:func:`speechparse.page.tail.find_trailer`); the foot reader also steps over one.
TRAILER_WEAK_RE = lazy_compile(
    r"^(?:Public domain|本作品|这部作品|注\s*释\s*[:：]?$|[-—=_*]{3,}$|\*原始资料来源)",
    re.IGNORECASE,
)
_MAX_FOOT = 40  # a foot line is short: a label, a name, a row of links
_LABEL = 13  # a label or a name; longer, a foot line is a row of items
_CLAUSE_MARKS = frozenset("，。,、；;")
_ITEM_GAPS = frozenset(" \u3000\xa0\t|｜丨·•/／")
_SENTENCE_END = frozenset("。！？!?…；;：:")


def find_foot(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
              trailer: int, wraps: Wraps | None = None, bullets: set[int] | None = None) -> int:
    """Where the page's foot begins (``trailer`` when it has none): see the module's docstring.  Under
    the speaker's last words it begins no later than the first line a speech never says there
    (``bullets``: lines a list's bullet leads, which are links there, whatever their words)."""
    listed = titles_under_date(lines, noise, body_start, trailer)  # (the page's list of other texts: the foot
    # is read above it)
    foot = _find_foot(lines, noise, headings, body_start, trailer if listed is None else listed, wraps,
                      bullets or set())
    last = after_last_words(lines, noise, headings, body_start, foot)
    return foot if last is None else last


def _find_foot(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
               trailer: int, wraps: Wraps | None, bullets: set[int]) -> int:
    if trailer < len(lines) and is_cut_notice(lines[trailer].content):
        return trailer  # the page says the text is cut there: what is above is the text's
    work = issued_work(lines, noise, body_start, trailer)
    if work is not None:  # (a 印发通知's date, then the work it issues, 「……预案」 and its contents list: no foot)
        body_start = work + 1
    first: int | None = None
    platform = False  # a platform's note (a sentence) in the run: only under an appeal it is the foot
    full_width: bool | None = None
    notes = 0
    run = 0  # the run's lines so far (page noise among them aside)
    notices: list[int] = []  # numbered site notices in the run, over more of it
    k = trailer - 1
    while k >= body_start:
        ln = lines[k]
        if ln.is_blank or (noise[k] and not match_iso_date(ln.content)):
            k -= 1  # (a timestamp may be the date signed: see signoff.find_sign_off)
            continue
        if first is not None and _ATTACHMENT_WIDGET_RE.match(ln.content) and noise[k + 1] \
                and all(noise[j] or lines[j].is_blank for j in range(k + 1, first)):
            first = k  # 「附件：」 over its files to download (noise), then the foot: the page's widget
            k -= 1
            continue
        if k in headings and not noise[k] and _platform_note(ln.content[headings[k].end:]) \
                and len(set(_MEDIUM_RE.findall(ln.content))) > 1 and run < _MAX_NOTES:  # (one word, 「……服务平台」, is
            # as often the text's own)
            platform = True  # (a site's numbered notice 「1、下载文档前请……，平台不提供……」: no heading)
            notes += 1
            if headings[k].number == 1 and run > 0:
                notices.append(k)
            first = k
            run += 1
            k -= 1
            continue
        if noise[k] or k in headings or is_cut_notice(ln.content) or (
                wraps and k in wraps.head and not (ln.content[-1] in "。" and _platform_note(ln.content))):
            break  # (a wrap's first piece is the text's, unless it is a platform's whole sentence)
        c = ln.content
        if c[-1] in "!?" and len(c) > 1:
            if full_width is None:  # (asked once: the text's habit is the same for every line)
                full_width = _full_width(lines, body_start, trailer)
            if full_width:
                c = c[:-1]  # (a Latin 「!」 in a text that writes 「！」: a site's slogan 「成就一亿技术人!」)
        if not _foot_like(c):
            if _platform_note(ln.content) and run < _MAX_NOTES:
                platform = True
                notes += 1
            elif platform and (w := _weak_marker_above(lines, headings, body_start, k)) is not None:
                first = w  # 「---」「*原始资料来源：……」 over the foot: the source's note is no text either
                platform = False  # (and the marker, not an appeal, says the text has ended)
                k = w - 1
                while k >= body_start and (lines[k].is_blank or noise[k]):
                    k -= 1
                break
            else:
                break
        first = k
        run += 1
        k -= 1
    if first is None or k < body_start:
        return _fallback(lines, noise, headings, body_start, trailer, wraps, notices, bullets)
    c = lines[k].content  # (on a hard-wrapped page, the last piece ends as its paragraph does)
    noisy = sum(1 for j in range(k + 1, trailer) if noise[j])  # (from under the text's last line)
    sited = notes > 0 and notes + noisy > 2 and noisy > 0  # the site's notes among its own noise, several in all
    if (k in headings or not (c[-1] in ENDED or is_sign_off(c))) and not sited:
        # the text above has not ended: the lines are its own (unless looser evidence says otherwise)
        return _fallback(lines, noise, headings, body_start, trailer, wraps, notices, bullets)
    if platform and not (c[-1] in "！!" or FAREWELL_RE.search(c) is not None or is_sign_off(c)) and not sited:
        # (a sentence under a paragraph that did not appeal, take leave or sign may be the text's;
        # several among the page's own noise 「已阅读5页，还剩4页未读」 are the site's)
        return _fallback(lines, noise, headings, body_start, trailer, wraps, notices, bullets)
    above = _loose_foot(lines, noise, headings, body_start, first, wraps, bullets)  # (a reader's cry over the rows)
    first = first if above is None else above
    cut = _cut_off_run(lines, noise, headings, body_start, first, wraps)
    return first if cut is None else cut


_CUT_OFF_RUN = 8
_MIN_MARKS = 10  # full-width marks in a text that writes them (a short text says nothing of its habit)


def _full_width(lines: list[Line], start: int, end: int) -> bool:
    """The text between ``start`` and ``end`` writes its marks full width (「，」「。」, seldom 「,」)."""
    full = half = 0
    for ln in lines[start:end]:
        c = ln.content
        full += c.count("，") + c.count("。")
        half += c.count(",")
    return full >= _MIN_MARKS and half * 10 <= full


def _cut_off_run(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
                 first: int, wraps: Wraps | None = None) -> int | None:
    """Short lines over the foot that page furniture (no page number) cuts off from a text that has
    ended: 「……美丽乡村！」 / 「评论」 / 「添加红包」 … 「成就一亿技术人!」.  Whatever their words (a cry, a
    request), they are the page's: a text's own last words (a slogan, its thanks, its sign-off) follow
    its appeal, not the page's widgets."""
    k = first - 1
    run = 0
    while k >= body_start and (lines[k].is_blank or not noise[k]):
        c = lines[k].content
        if c and (k in headings or len(c) > _LOOSE or "。" in c or _POINT_RE.match(c) or is_sign_off(c)
                  or OWN_LAST_RE.match(c) or FAREWELL_RE.search(c) or OPENER_RE.match(c)
                  or (wraps and (k in wraps.head or k in wraps.rest))):
            return None
        run += bool(c)
        if run > _CUT_OFF_RUN:
            return None
        k -= 1
    if run == 0 or k < body_start or is_page_number(lines[k].content) or match_iso_date(lines[k].content):
        return None  # (a page break inside the text's last words 「— 8 —」 / 「谢谢大家！」 is no cut)
    sep = k
    k -= 1
    while k >= body_start and (lines[k].is_blank or noise[k]):
        k -= 1
    c = lines[k].content if k >= body_start else ""
    return sep if c and k not in headings and (c[-1] in ENDED or is_sign_off(c)) else None


_NAMES_WORK_RE = lazy_compile(  # a link to another text: 「关于……的公告」「……的讲话范文」
    rf"(?:{KIND_WORDS}|{DOCUMENT_KINDS})(?:范文|范本|全文|原文|稿)?$")
_LIST_ITEM_RE = lazy_compile(r"^(?:0\d[ \u3000.．、|｜]|[·・][ \u3000]?)")  # 「01 ……」「· ……」: a list of other pages
_LOOSE = 40
_LOOSE_LINES = 3


def _loose_foot(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
                trailer: int, wraps: Wraps | None, bullets: set[int]) -> int | None:
    """Up to three short lines of any words under a text that has plainly ended: signed with its
    date, or closed on its appeal or its thanks (「……美丽乡村！」), none of them the speaker's
    (「我」「大家」) under an appeal, none a sentence, a heading, a 公文's own last part.  A site's
    prompt 「赞，在看」, a link 「关于……的公告」 or an editor's note stands there; a speech says
    nothing more after its last words but its signature and date."""
    k = trailer - 1
    first: int | None = None
    own = 0
    while k >= body_start:
        ln = lines[k]
        if ln.is_blank or (noise[k] and not match_iso_date(ln.content)):
            k -= 1
            continue
        c = ln.content
        linked = k in bullets or _LIST_ITEM_RE.match(c) is not None  # (「▶ ……来了！」「01 ……名单！」: a link)
        if (wraps and (k in wraps.head or k in wraps.rest)) or k in headings or len(c) > _LOOSE \
                or ("。" in c and not (first is None and _right_under_date(lines, noise, k, body_start))) \
                or (c[-1] in "！!" and len(c) > _LABEL and not linked) \
                or _POINT_RE.match(c) \
                or is_sign_off(c) or OWN_LAST_RE.match(c) or FAREWELL_RE.search(c) or OPENER_RE.match(c):
            break  # (a short cry 「太揪心了!!!」 under the date is a reader's reply; under an appeal, the speech's)
        own += c[-1] in "！!" and not linked
        # (under an appeal, a longer run of prose is a cut page's last words: 「今年中秋节是……的第一个中秋节」;
        # under the date the text has ended whatever the words)
        own += not linked and (SPOKEN_RE.search(c) is not None or ASKED_RE.search(c) is not None or not (
            len(c) <= _LABEL or (c[0] in "（(" and c[-1] in "）)") or _NAMES_WORK_RE.search(c) is not None))
        first = k
        k -= 1
        if trailer - k > _LOOSE_LINES * 6:  # (page noise among them aside: counted below)
            return None
    if first is None or k < body_start or sum(1 for j in range(first, trailer) if lines[j].content
                                              and not noise[j]) > _LOOSE_LINES:
        return None
    c = lines[k].content
    if k in headings or not c:
        return None
    dated = match_date(c) is not None or match_iso_date(c) is not None
    appealed = c[-1] in "！!" or FAREWELL_RE.search(c) is not None
    return first if dated or (appealed and not own) else None


def _right_under_date(lines: list[Line], noise: list[bool], k: int, body_start: int) -> bool:
    """The text's last line ``k`` stands right under a date (blank lines aside): a sentence there,
    「收到，按修订稿改。」, is a reply on the page, for the text ended where it was dated (a header between,
    「【参考资料】」, opens a document of its own)."""
    j = k - 1
    while j >= body_start and lines[j].is_blank:
        j -= 1
    c = lines[j].content if j >= body_start else ""
    return bool(c) and not noise[j] and (match_date(c) is not None or match_iso_date(c) is not None)


_NOISY_RUN = 12


def _noisy_foot(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
                trailer: int, wraps: Wraps | None = None) -> int | None:
    """Short lines of any words among as many of the page's own noise lines (three or more) and
    lines in its words (「下载此文档」), under a text that has ended: a post's widgets 「打赏作者」
    「为什么被折叠?」「到【灌水乐园】发言」 among its counters and rows.  A text's own short lines at
    its end are not set among page furniture."""
    k = trailer - 1
    first: int | None = None
    noisy = sum(1 for ln in lines[trailer:] if not ln.is_blank)  # (the trailer under it: furniture too)
    text = medium = 0
    while k >= body_start and text <= _NOISY_RUN:
        ln = lines[k]
        if ln.is_blank:
            k -= 1
            continue
        c = ln.content
        if noise[k] and not match_iso_date(c):
            noisy += 1
        elif k in headings or len(c) > _LOOSE or c[-1] in "！!" or "。" in c or _POINT_RE.match(c) \
                or is_sign_off(c) or OWN_LAST_RE.match(c) \
                or FAREWELL_RE.search(c) or OPENER_RE.match(c) or (wraps and (k in wraps.head or k in wraps.rest)):
            break  # (a wrapped paragraph's pieces are the text's, however short each)
        else:
            text += 1
            medium += _MEDIUM_RE.search(c) is not None  # (「下载此文档」「本文被以下专栏收录」: the site's words)
            first = k  # (noise over the run's first line stays where it is: a byline 「（作者为……）」 too)
        k -= 1
    if first is None or k < body_start or noisy < 3 or (noisy + medium) * 2 < text or k in headings:
        return None
    c = lines[k].content
    return first if c and (c[-1] in ENDED or is_sign_off(c)) else None  # (the run may stop at a blank line)


def _fallback(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
              trailer: int, wraps: Wraps | None, notices: list[int], bullets: set[int]) -> int:
    """No foot by the strict reading: the looser ones (see below), else none."""
    return signed_foot(lines, noise, headings, body_start, trailer, wraps) or _loose_foot(
        lines, noise, headings, body_start, trailer, wraps, bullets) or _noisy_foot(
        lines, noise, headings, body_start, trailer, wraps) or _no_foot(notices, noise, headings, trailer)


def _no_foot(notices: list[int], noise: list[bool], headings: dict[int, HeadingMarker], trailer: int) -> int:
    """No foot; but a first numbered item that is a site's note (「1、下载文档前请……，平台不提供……」)
    over more of the site's lines is no heading of the text, wherever the text ended (a text's
    own list does not begin under its last words with the page's business)."""
    for k in notices:
        noise[k] = True
        del headings[k]
    return trailer


def _weak_marker_above(lines: list[Line], headings: dict[int, HeadingMarker], body_start: int, k: int) -> int | None:
    """A weak trailer marker at or above line ``k``, with no heading between: the page's
    numbered notice under it (「1、下载文档前……」) hid it from the trailer reader."""
    for j in range(k, body_start, -1):
        if j in headings:
            return None
        c = lines[j].content
        if c and TRAILER_WEAK_RE.match(c):
            return j
    return None


_MAX_NOTE = 120
_MAX_NOTES = 6  # lines of the run (page noise aside)
# Words a page says of itself, its medium: the article, the site, its author, reading and download.
_MEDIUM_RE = lazy_compile(
    r"本文|本篇|文章|文档|原文|全文|平台|网站|本站|本网|页面|本页|作者|上传|下载|阅读|浏览|观点|立场|声明|"
    r"版权|侵权|链接|公众号|客户端|APP|App|扫一扫|标识码|转载|编辑|来源")
# (a social platform named: the page's, unless the speaker asks something of it, 「会后，各乡镇要通过微信群……」)
_SOCIAL_RE = lazy_compile(r"微信|朋友圈|微博|小程序")


def _platform_note(c: str) -> bool:
    """A platform's or a site's note under a text that closed on its appeal (「……奋斗！」), in
    words never met: a sentence about the page itself that says nothing to the audience (「本文为
    某号作者……发布，仅代表该作者观点」「点击阅读原文，查看讲话全文」「政府网站标识码5105210001」);
    a line of the text after its appeal (「会后请各乡镇报送……」) names no medium."""
    return 0 < len(c) <= _MAX_NOTE and c[-1] not in "！!" and (_MEDIUM_RE.search(c) is not None or (
        _SOCIAL_RE.search(c) is not None and ASKED_RE.search(c) is None)) \
        and SPOKEN_RE.search(c) is None and not is_sign_off(c) and OWN_LAST_RE.match(c) is None \
        and OPENER_RE.match(c) is None


_MAX_LATIN_FOOT = 200


def _latin_foot(c: str) -> bool:
    """A line in ASCII under a Chinese text that has ended: a site's notice in English
    (「Notice: The text above was posted by a user……」「Disclaimer: ……」), never the text's words."""
    return c.isascii() and len(c) <= _MAX_LATIN_FOOT and any(ch.isalpha() for ch in c)


def _foot_like(c: str) -> bool:
    """A short line that is no sentence (no clause mark either), signature, farewell or closing
    word of the text; past a label's length it parts its items by gaps, bars or dots, or gives
    a coded value (a run of prose that long, 「今年中秋节是……的第一个中秋节」, is a cut page's
    last words)."""
    if _latin_foot(c) or ("://" in c and _LABEL_URL_RE.match(c) is not None):
        return True  # (an English notice; a label and its link, however long the link)
    return len(c) <= _MAX_FOOT and (c[-1] not in _SENTENCE_END or _LINK_LABEL_RE.match(c) is not None) \
        and _CLAUSE_MARKS.isdisjoint(c) \
        and (len(c) <= _LABEL or not _ITEM_GAPS.isdisjoint(c) or _coded_value(c) or _collection_title(c)
             or _LINKED_WORK_RE.match(c) is not None) \
        and not is_sign_off(c) and _POINT_RE.match(c) is None \
        and OWN_LAST_RE.match(c) is None and FAREWELL_RE.search(c) is None and OPENER_RE.match(c) is None


# 「二是规范预案管理」「第三，……」: a point of the text's run, cut short at the page's end
_POINT_RE = lazy_compile(r"^(?:[一二三四五六七八九十]{1,3}(?:是|要)|第[一二三四五六七八九十]{1,3}[，,、])")
# 「《某县2024年安全生产重点任务》政策解读」: a link to a work and what it offers of it (a text
# does not end on a line that only names a work)
_LINKED_WORK_RE = lazy_compile(r"^《[^《》]{2,36}》[\u4e00-\u9fff]{0,8}$")
# 「相关文件：」「相关解读：」: a label over links to other pages (not a form's field 「联系人：」)
_LINK_LABEL_RE = lazy_compile(r"^(?:相关|延伸|推荐|更多|其他|其它)[\u4e00-\u9fff]{1,6}[:：]$")
_ATTACHMENT_WIDGET_RE = lazy_compile(r"^(?:相关)?附件[:：]?$")


# 「来自腾讯文档：https://docs.example.com/doc/DAbC」: a short label and a link, nothing else.
_LABEL_URL_RE = lazy_compile(r"^[^\s。，,；;！？!?：:]{1,16}[:：]?[ \u3000\t]*https?://[!-~]{1,500}$")


def is_link_line(c: str) -> bool:
    """A page's pointer to other pages: a link to a work 「《……》政策解读」 or a short label over a
    list of them 「相关解读：」 (an attachment widget's list, not an appended document's text)."""
    return bool(c) and (_LINKED_WORK_RE.match(c) is not None or _LINK_LABEL_RE.match(c) is not None or (
        "://" in c and _LABEL_URL_RE.match(c) is not None))


# 「……讲话范文3篇」「……工作总结（通用5篇）」「……心得体会精选8篇」: a document site's title of a
# collection of texts, under the text it shows (a text does not end by counting its pieces)
_COLLECTION_RE = lazy_compile(
    rf"(?:{KIND_WORDS}|{DOCUMENT_KINDS}|稿|范文|心得|体会)(?:范文|精选|通用|合集|汇编|大全|模板)?"
    r"(?:[（(](?:通用|精选|合集|汇编|优选)?\d{1,3}篇[)）]|\d{1,3}篇)$")


def _collection_title(c: str) -> bool:
    return c[-1] in "篇)）" and _COLLECTION_RE.search(c) is not None


def _coded_value(c: str) -> bool:
    """A label and a value written in Latin letters or digits: 「投稿邮箱：rdxc@example.gov.cn」
    (a label and words, 「仪式进行第一项:请……讲话」, is a line of the text)."""
    k = max(c.find("："), c.find(":"))
    return k > 0 and any(ch.isascii() and ch.isalnum() for ch in c[k + 1:])
