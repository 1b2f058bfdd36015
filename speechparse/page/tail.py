"""The page tail: page noise after the text, the sign-off, and appended documents.

Reading from the end of a page: a trailer of page noise (「相关报道」, share
buttons, licence notices) ends everything; before it may stand documents
appended after the speech (「附件」, 「【参考资料】」, 「【华为文件】」, or a
second document whose numbering starts again at 「一、」 after the speech
has closed); before those, the sign-off (issuing body, speaker, date,
「……印发」).  Appended documents are kept (losslessly, with their own
headings) but apart from the speech: their headings are not its sections.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from ..layout import AppendixAt, Wraps
from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from ..pagenumbers import MARKER_PAGE_RE, is_page_number
from .closing import OPENER_RE, THANKS_RE, closing_address_after
from .cutnotice import is_cut_notice
from .facts import ORG_RE, SENTENCE_RE, clean_title, is_sign_off, match_date
from .foot import TRAILER_WEAK_RE, is_link_line
from .links import refers_elsewhere
from .restart import ITEM_LABEL_RE, next_item, restarted_document
from .salutation import salutation_line
from .start import is_paragraph
from .titlelines import is_matter_over_kind
from .visitor import REPRINT_BAN
from .vocab import APPENDIX_WORDS, KIND_END_RE

# Where page noise after the speech begins.  Strong markers end the speech
# wherever they stand, unless real paragraphs follow (a related-articles box
# inside an article); weak ones only after the last heading.  (A box header may stand between arrows.)
_TRAILER_STRONG_RE = lazy_compile(
    r"^(?:[▼▽↓⬇▶►▷➤→][▼▽↓⬇▶►▷➤→ \u3000]{0,5})?"
    r"(?:相关(?:报道|阅读|文章|推荐|内容|新闻|链接|专题|文档)|热门(?:推荐|文章|阅读)|猜你喜欢|推荐阅读|"
    r"(?:热点|编辑|小编|为你|为您|今日)推荐[:：]?$|"
    r"推荐(?:内容|文章|范文|文档)[:：]?$|延伸阅读|Copyright\b|©|Powered by\b|"
    rf"{REPRINT_BAN}|"  # (a post's reprint ban: what follows is the platform's, not the text's)
    # (a mail's quoted reply under it: 「在 2024年5月22日 17:48，某某 写道：」「-----原始邮件-----」)
    r"在[ \u3000]?\d{4}年\d{1,2}月\d{1,2}日[^，,。]{0,12}[，,][^，,：:。]{1,20}写道[:：]|-{3,}[ ]?原始邮件[ ]?-{3,}|"
    # (a forum's reply 「2#　某某 发表于 ……」)
    r"(?:\d{1,4}[ \u3000]?[#楼]|#\d{1,4})[ \u3000]{1,2}[^。！？!?]{0,30}发表于|"
        r"上一篇|下一篇|上一条|下一条|上一则|下一则|如果喜欢本篇|分享(?:[:：到给]|让更多)|微信扫一扫|扫一扫|责任编辑|本文标题|版权(?:声明|所有)(?![\u4e00-\u9fff])|"
    r"往期(?:推荐|回顾|精选|精彩|阅读)|精彩(?:推荐|回顾)|"
    # (the page's comments: 「精彩评论」「网友留言（12）」「写评论」; what follows is the visitors')
    r"(?:精彩|精选|网友|热门|全部|最新|用户|读者|发表|写)(?:评论|留言)(?:[（(]\d{1,6}[)）]|\d{1,6}条?)?[:：]?$|更多精彩|历史文章|近期文章|热文推荐|"
    r"(?:最新|近期|更多)(?:推送|文章|发布|动态|推荐视频|推荐|视频)[:：]?$|"
    r"[-—–_=~·\s]{0,4}(?:E ?N ?D|End|THE END)[-—–_=~·\s]{0,4}$|"
    r"[-—–_=~·\s]{0,4}(?:完|全文完)[-—–_=~·\s]{1,4}$|[-—–_=~·\s]{1,4}(?:完|全文完)$|[（(【]\s{0,2}(?:完|全文完)\s{0,2}[)）】]$)",
    re.IGNORECASE,
)
_TRAILER_FIRST = frozenset(
    "0123456789#相热猜推延上下如分微扫责本版这注往精更历近完最编小为今未网全用读发写-—–=_*~·PpETC© （(【▼▽↓⬇▶►▷➤→在")
# An appended document's header: 「附件」「附件2：……」「附：」「名词解释」「【参考资料】」.
# Its number (「附件2」「附录一」) and mark are not its title: 「附件：2025年工作安排」 keeps its year.
# A letter's 「附上一份问卷：」 introduces its appendix so too (its colon says that something follows).
_APPENDIX_RE = lazy_compile(
    rf"^(?:{APPENDIX_WORDS}|附[:：]|附上(?:一份|一张|以下|如下)?(?=[^。，！？:：]{{2,30}}[:：]$))"
    r"[ \t\u3000]{0,2}(?:[\d一二三四五六七八九十]{1,2}(?![\d年月]))?"
    r"[ \t\u3000]{0,2}[：:、.．]?[ \t\u3000]{0,2}(?P<t>[^。，！？]{0,40})$"
)
# (「【14】」 numbers a page; 「【最新整理，下载后即可编辑】」, a clause, is a document site's banner)
_BRACKET_HEADER_RE = lazy_compile(r"^【(?P<t>(?!\d+】)[^】:：\s，,。；;！!？?]{2,12})】$")
# Brackets that are page widgets, not document headers, and where a picture or a video stood, named
# or not (「【图片】」「【组工视频】」: any label ending in a medium), or a photo's caption 「【会议现场】」.
_MEDIA = ("视频", "图片", "音频", "图集", "组图", "直播", "动图", "短片", "现场", "掠影", "花絮", "合影")
_WIDGETS = frozenset(
    "纠错 我要纠错 打印 打印本页 关闭 关闭窗口 收藏 字号 字体 返回顶部 分享 大 中 小 导读 导 读 "
    "多图 配图 资料图 示意图 图文".split())


def find_trailer(lines: list[Line], body_start: int, heading_lines: Iterable[int],
                 wraps: Wraps | None = None) -> int:
    """Where page noise after everything begins (len(lines) if there is none).

    A weak marker counts only after the last heading before the strong one (the
    numbered list of earlier articles under 「往期推荐」 is no heading of the text).
    A long paragraph after a strong marker makes it a box inside the text; on a
    hard-wrapped page (``wraps``) a paragraph is as long as its pieces joined.
    """
    strong = len(lines)
    last_long: int | None = None
    numbered = sorted(heading_lines)
    for ln in lines[body_start + 1:]:
        c = ln.content
        if not c or not ((c[0] in _TRAILER_FIRST and _TRAILER_STRONG_RE.match(c)) or is_cut_notice(c)):
            continue
        if _under_page_number(lines, ln.index):
            continue  # a paper's running header 「要闻　责任编辑：……」 under its page number: text goes on
        if is_cut_notice(c) and (closing_address_after(lines, ln.index) or (
                bisect_right(numbered, ln.index) > 0 and len(numbered) - bisect_right(numbered, ln.index) >= 2)):
            continue  # 「此处隐藏5120个字。VIP会员可见」, then the closing or more of the numbered parts shown:
            # a gap in the text, not its end
        if last_long is None:  # a strong marker before a long paragraph is a box inside
            last_long = _last_long(lines, wraps)
        if ln.index > last_long:
            strong = ln.index
            break
    last_heading = max((i for i in heading_lines if i < strong), default=body_start - 1)
    for ln in lines[max(body_start, last_heading) + 1:strong]:
        c = ln.content
        if c and c[0] in _TRAILER_FIRST and TRAILER_WEAK_RE.match(c):
            return ln.index
    return strong


def _under_page_number(lines: list[Line], i: int, noise: list[bool] | None = None) -> bool:
    """The line with text before line ``i`` is a page number: ``i`` heads a page (a running header).
    (With ``noise``: one the furniture reader took for a page number, 「(8)」, counts too.)"""
    n = lines[i].lineno  # (the line before the header's own physical line: a gap may have cut the header)
    prev = next((x for x in reversed(lines[max(0, i - 4):i]) if not x.is_blank and x.lineno < n), None)
    return prev is not None and (is_page_number(prev.content) or (
        noise is not None and noise[prev.index] and MARKER_PAGE_RE.match(prev.content) is not None)) and any(
        not x.is_blank for x in lines[i + 1:i + 3])


_LONG = 80


def _last_long(lines: list[Line], wraps: Wraps | None) -> int:
    """The first line of the page's last long paragraph (80 characters or more, ended as a sentence ends), or -1."""
    for x in reversed(lines):
        if wraps and x.index in wraps.head:
            continue  # (read from the paragraph's first piece)
        if wraps and x.index in wraps.rest:
            c = wraps.text(lines, x.index)
        else:
            c = x.content
        if len(c) >= _LONG and c[-1] in "。！？!?…":
            return x.index
    return -1


def find_appendices(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                    body_start: int, trailer: int, note: tuple[int, int] | None = None,
                    wraps: Wraps | None = None) -> list[AppendixAt]:
    """Documents appended after the speech, in order (the attachment ``note`` lists them; it is none)."""
    starts: list[int] = []
    seen_text = False
    # A header needs real text after it (one followed only by page noise is page noise):
    # the last line of real text, found once, tells it for every header.  A list of
    # numbered lines is real text too (「附件：1. ……」 / 「2. ……」: the attachments).
    last_text = max(_last_text(lines, noise, body_start, trailer),
                    max((h for h in headings if h < trailer), default=-1))
    # (the text's first paragraph counts too, for a header over a document's title: 「……现印发给你们，请遵照
    # 执行。」 / 「附件：」 / 「……管理办法」)
    opened = body_start < trailer and body_start not in headings and is_paragraph(lines[body_start])
    since_header = 0  # non-blank lines since the last header (「附件」 then 「名词解释」 is one header)
    # (the speech's last closing words, found once where a bracketed label may head a document: see _last_words)
    last_words = _last_words(lines, noise, body_start, trailer) \
        if any(ln.content[:1] == "【" for ln in lines[body_start:trailer]) else -1
    order = sorted(headings)
    first: dict[object, int] = {}  # each style's first heading
    for h in order:
        first.setdefault(headings[h].style, h)
    for ln in lines[body_start + 1:trailer]:
        i = ln.index
        if ln.is_blank:
            continue
        since_header += 1
        if (seen_text or (opened and ln.content[:1] == "附" and _titled_under(lines, noise, i, trailer))) \
                and _is_header(ln.content) \
                and (note is None or i != note[0]) \
                and not (noise[i] and (_under_page_number(lines, i, noise) or refers_elsewhere(ln.content))) \
                and not _numbering_goes_on(headings, order, first, i, trailer) \
                and not (ln.content[:1] == "【" and (i < last_words or _prose_under(lines, noise, i, trailer))):
            if i >= last_text and not _document_under(lines, noise, i, trailer):
                noise[i] = True  # nothing real after it: a page's attachment widget
                continue
            if not (starts and since_header == 1):
                starts.append(i)
            since_header = 0
            continue
        if not noise[i]:
            seen_text = seen_text or i in headings or is_paragraph(ln)
    restart = restarted_document(lines, noise, headings, body_start, starts[0] if starts else trailer)
    if restart is None:
        restart = next_item(lines, noise, body_start, starts[0] if starts else trailer)
    if restart is not None:
        starts.insert(0, restart)
    out: list[AppendixAt] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else trailer
        title, title_line = _appendix_title(lines, noise, headings, start, end, wraps)
        out.append(AppendixAt(start, end, title, title_line))
    return out


_DOCUMENT_LINES = 2


def _prose_under(lines: list[Line], noise: list[bool], i: int, end: int) -> bool:
    """The text under the bracketed label at line ``i`` goes on as running prose, no title over it
    (「【分组审议】」 over 「电影工业体系不断升级，……。」): a caption inside the text."""
    under = _text_lines_under(lines, noise, i, end, 2)
    if not under or _names_document(under[0].content) or under[0].content[:1] == "《":
        return False  # (a document's title under its header)
    above = next((lines[k] for k in range(i - 1, -1, -1) if not lines[k].is_blank and not noise[k]), None)
    if above is not None and (OPENER_RE.match(above.content) or THANKS_RE.match(above.content)):
        return False  # (under the speech's closing appeal the text has ended: 「【参考资料】」 / 「会议期间印发……」)
    return any(len(ln.content) >= _PROSE and is_paragraph(ln) for ln in under)  # (「让我再说一遍：」 / 「……。」)


_PROSE = 40  # a paragraph of running text, not a title or a list's line


def _last_words(lines: list[Line], noise: list[bool], start: int, end: int) -> int:
    """The last line of the speech's closing address or last words in ``start..end`` (-1 if none): a bracketed
    label over it (「【一图读懂】」 over 「同志们，……」「谢谢大家！」) is a caption inside the speech, no appended
    document's header.  Found once for all the labels: the page is read in one pass."""
    return next((ln.index for ln in reversed(lines[start:end]) if not ln.is_blank and not noise[ln.index]
                 and (OPENER_RE.match(ln.content) or THANKS_RE.match(ln.content))), -1)


def _numbering_goes_on(headings: dict[int, HeadingMarker], order: list[int], first: dict[object, int],
                       i: int, end: int) -> bool:
    """The first heading after line ``i`` counts on in a style used before it (「三、」 after 「一、」
    「二、」): the speech goes on past the line, a document site's banner 「【精品文档】」 at a page's
    top, not a document appended (whose headings start their own count)."""
    k = bisect_right(order, i)
    if k == len(order) or order[k] >= end:
        return False
    hm = headings[order[k]]
    # (counting on, not from one: a slip in the count before, 「一、」 twice, leaves it going on)
    return hm.number > 1 and first.get(hm.style, end) < i


def _document_under(lines: list[Line], noise: list[bool], i: int, end: int) -> bool:
    """An appended form or list under its header: a title and lines of its own (a widget's
    list of files to download, 「1.参会回执.docx」, is page noise already: see noise.is_file_line;
    nor are links to other pages, 「相关解读：」「《……》政策解读」, a document's lines)."""
    real = 0
    for k in range(i + 1, end):
        if not lines[k].is_blank and not noise[k] and not is_link_line(lines[k].content):
            real += 1
            if real > _DOCUMENT_LINES:
                return True
    return False


def _text_lines_under(lines: list[Line], noise: list[bool], i: int, end: int, most: int) -> list[Line]:
    """The first ``most`` lines of text under line ``i``, read one by one from it (a loop, not a generator
    handed to islice: compiled, that one is read to ``end`` whatever ``most`` is)."""
    out: list[Line] = []
    for k in range(i + 1, end):
        if not lines[k].is_blank and not noise[k]:
            out.append(lines[k])
            if len(out) == most:
                break
    return out


def _titled_under(lines: list[Line], noise: list[bool], i: int, end: int) -> bool:
    """The first line of text under line ``i`` is a document's title: it names its kind, no sentence."""
    under = _text_lines_under(lines, noise, i, end, 1)
    return bool(under) and _names_document(under[0].content)


def _names_document(c: str) -> bool:
    """A document's title: it names its kind, no sentence."""
    return KIND_END_RE.search(c) is not None and not SENTENCE_RE.search(c)


def _is_header(c: str) -> bool:
    if len(c) > 48:
        return False
    if c[:1] == "【":
        m = _BRACKET_HEADER_RE.match(c)
        return m is not None and m.group("t") not in _WIDGETS and not m.group("t").endswith(_MEDIA) \
            and not is_page_number(c)  # (「【第2页】」)
    return c[:1] in "附名参" and bool(_APPENDIX_RE.match(c))


def _last_text(lines: list[Line], noise: list[bool], start: int, end: int) -> int:
    """The last line of real text (not noise: a paragraph, see head.is_paragraph) in ``start..end``, or -1."""
    for ln in reversed(lines[start:end]):
        if not ln.is_blank and not noise[ln.index] and is_paragraph(ln):
            return ln.index
    return -1


_ISSUER_LINE = 30
# (its year first: the issuer named on the line above it)
_YEAR_FIRST_RE = lazy_compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年")


def _appendix_title(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                    start: int, end: int, wraps: Wraps | None = None) -> tuple[str, int]:
    """The appended document's own title near its start, else its header's words (on a hard-wrapped page,
    the title's pieces joined; past a collection's label over its next item)."""
    header = lines[start].content
    label = ""
    if _is_header(header):
        m = _BRACKET_HEADER_RE.match(header) or _APPENDIX_RE.match(header)
        label = (m.group("t") if m else "").strip(" \u3000:：")
        look = lines[start + 1:end]
    else:
        look = lines[start:end]
    seen = 0
    first: tuple[str, int] | None = None
    issuer: Line | None = None  # the issuing body alone over the title: 「某镇人民政府」 / 「2025年政府工作报告」
    for ln in look:
        if ln.is_blank or noise[ln.index] or (wraps and ln.index in wraps.head):
            continue
        seen += 1
        c = wraps.text(lines, ln.index) if wraps else ln.content
        if seen == 1 and len(c) <= _ISSUER_LINE and ORG_RE.fullmatch(c) is not None:
            issuer = ln
        if seen > 2 or ln.index in headings or is_paragraph(ln) or salutation_line(c) or c[-1:] in "。！？!?" \
                or "，" in c or "," in c or c[-1] in "：:":  # (a sentence, a clause a line cut, a form's field)
            break
        if match_date(c) or is_sign_off(c) or len(c) > 60 or len(c) < 4:  # (「姓」: a form's field cut at a gap)
            continue
        if ITEM_LABEL_RE.search(c):  # 「批复范文 篇2」: a collection's label over its next item's own title
            seen -= 1
            continue
        if c.count("《") > c.count("》"):  # (a title set over two lines, cut inside its 《》)
            c += next((x.content for x in lines[ln.index + 1:end] if x.content and not noise[x.index]), "")
        if first is None:
            first = (clean_title(c), ln.index)
        if KIND_END_RE.search(c.strip("《》 \u3000")) is not None or (c[:1] == "《" and c[-1:] == "》"):
            if issuer is not None and seen == 2 and _YEAR_FIRST_RE.match(c) is not None:
                return clean_title(issuer.content + c), issuer.index  # (the title set over two lines)
            if first is not None and seen == 2 and first[1] == ln.index - 1 and \
                    is_matter_over_kind(lines[first[1]], ln):  # (「某县创建……集中落实活动」 / 「实施方案」)
                return clean_title(lines[first[1]].content + c), first[1]
            return clean_title(c), ln.index  # (a line naming its kind over one that names none: the page's
            # running header 「政务服务一网通办 · 某县人民政府」 at a page break under 「附件：」)
    if first is not None:
        return first
    return label or clean_title(header).rstrip("：: \u3000"), start
