"""What a page number looks like on its own line (「- 3 -」「第3页」「3/12」「Page 3 of 9」).

Shared by the PDF reader (which knows where a page ends) and the text readers
(which meet page numbers inside copies of a PDF); it sits below both.
"""

from __future__ import annotations

from .lazyre import lazy_compile

# A newspaper's sections, named beside its page number (「2　要闻」).
_SECTIONS = "要闻|综合|评论|理论|经济|社会|国际|国内|文化|体育|副刊|专版|专题|时政|地方|观点|民生|视点|新闻"
_TOTAL = r"[（(]?共\s{0,2}\d{1,4}\s{0,2}[页頁][)）]?"
PAGE_NUMBER_RE = lazy_compile(
    # 「- 3 -」「- 3 / 15 -」「3/15页」「— 3/20 —」: a number, maybe of a total, between dashes
    r"^(?:[-—–－‐‑·•‧・~～\s]{0,3}\d{1,4}(?:\s{0,2}[/／]\s{0,2}\d{1,4})?\s{0,2}[页頁]?[-—–－‐‑·•‧・~～\s]{0,3}"
    r"|[-—–－‐\s]{1,3}[A-H]\d{1,3}[-—–－‐\s]{1,3}"  # (a newspaper's page, its edition letter first: 「— A2 —」)
    r"|[（(]\s{0,2}\d{1,4}\s{0,2}[/／]\s{0,2}\d{1,4}\s{0,2}[)）]"  # 「(2/5)」 (with a total: no item's marker)
    r"|[（(][ \u3000]{1,2}\d{1,4}[ \u3000]{1,2}[)）]"  # 「( 12 )」: spaced inside its brackets, as no item's marker is
    r"|\d{1,4}\s{0,2}[|｜]\s{0,2}(?:页|[Pp]age)"  # 「3 | 页」
    r"|[-—–－\s]{0,3}\d{1,4}\s{1,2}of\s{1,2}\d{1,4}[-—–－\s]{0,3}"  # 「2 of 6」「- 5 of 24 -」
    rf"|\d{{1,4}}\s{{0,2}}{_TOTAL}"  # 「1（共9页）」
    # 「·34·　某省人民政府公报」: the number framed, then the running header on its line
    r"|[·•・\-—–－]\s{0,2}\d{1,4}\s{0,2}[·•・\-—–－][ \u3000\t]{1,4}[\u4e00-\u9fff（）()]{2,20}"
    r"|\d{1,4}[ \u3000\t]{2,6}[\u4e00-\u9fff（）()]{2,20}"  # 「3　　某某大学」: or bare, a wide gap before it
    r"|\d{1,3}[ \u3000]{0,2}[|｜][ \u3000]{0,2}[\u4e00-\u9fff（）()]{2,20}"  # 「1 | 某县人民政府办公室」: or a bar
    r"|[\u4e00-\u9fff]{2,8}[ \u3000\t]{1,4}\d{1,4}"  # 「欢迎下载　3」: a document site's label, then the number
    r"|\d{1,2}\s{0,2}[-–]\s{0,2}\d{1,4}"  # a part's page 「2-3」
    # 「第3页」「第3页 共9页」「第3页（共20页）」「共12页 第3页」: the total on either side, and a document
    # site's label before it (「【精品文档】第 3 页」)
    rf"|[-—–－\s]{{0,3}}(?:【[^【】]{{1,10}}】\s{{0,2}})?(?:{_TOTAL}\s{{0,3}}[,，/／▪•·|｜]?\s{{0,3}})?第\s{{0,2}}\d{{1,4}}"
    rf"\s{{0,2}}(?:[/／]\s{{0,2}}\d{{1,4}}\s{{0,2}})?"
    rf"[页頁张張](?:\s{{0,3}}[,，/／▪•·|｜]?\s{{0,3}}{_TOTAL})?[-—–－\s]{{0,3}}"  # (「— 第5页 —」, a slide 「第 3 张」)
    # a newspaper's page (「第3版」「第2面」「— 第2版 —」「2版」「第2版：要闻」「A2・要闻」「A3」「2　要闻」)
    r"|[-—–－‐\s]{0,3}第?\s{0,2}[A-H]?\d{1,3}\s{0,2}[版面](?:(?:\s{0,2}[:：·・]\s{0,2}|\s{1,2})[\u4e00-\u9fff]{2,4})?"
    r"[-—–－‐\s]{0,3}"
    rf"|[A-H]\d{{1,3}}\s{{0,2}}[·・]\s{{0,2}}[\u4e00-\u9fff]{{2,4}}|[A-H]\d{{1,2}}"
    rf"|\d{{1,3}}[ \u3000]{{1,3}}(?:{_SECTIONS})"
    # 「〈3〉」「〔3〕」「【第3页】」「〖3〗」「【3/9】」, and 「（共9页 第3页）」
    r"|[〈<《\[【〔［〖‹]\s{0,2}第?\s{0,2}\d{1,4}\s{0,2}(?:页|[/／]\s{0,2}\d{1,4})?\s{0,2}[〉>》\]】〕］〗›]"
    r"|[|｜│丨]\s{0,2}\d{1,4}\s{0,2}[|｜│丨]|\d{1,4}[ \u3000]{0,3}[|｜│]"  # 「｜3｜」「3　│」「丨5丨」
    # (a long screenshot's piece or screen: 「长图 5/6」「— 截图2 —」「第2屏」)
    r"|[-—–－\s]{0,3}(?:长图|截图|截屏)\s{0,2}\d{1,4}(?:\s{0,2}[/／]\s{0,2}\d{1,4})?[-—–－\s]{0,3}|第\s{0,2}\d{1,4}\s{0,2}屏"
    r"|\d{1,4}\s{0,2}[/／]\s{0,2}共\s{0,2}\d{1,4}\s{0,2}[页张]"  # 「1/共9页」
    r"|[·•]\s{0,2}第\s{0,2}\d{1,4}\s{0,2}页\s{0,2}[·•]"  # 「·第1页·」
    r"|[-—–－\s]{0,3}第[一二三四五六七八九十百零〇]{1,5}页[-—–－\s]{0,3}"  # 「第七页」: in words
    r"|\d{4}年\d{1,2}月[ \u3000\t]{1,6}\d{1,4}"  # 「2025年3月　7」: the month, then the page
    r"|材料之\s{0,2}\d{1,3}"  # 「材料之2」: a meeting's papers numbered sheet by sheet
    r"|本版\s{0,2}第\s{0,2}\d{1,3}\s{0,2}页"  # 「本版第2页」: an e-paper's page of its edition
    r"|第\s{0,2}\d{1,4}\s{0,2}([页张])\s{0,3}[,，/／]?\s{0,3}共\s{0,2}\d{1,4}\s{0,2}\1"  # 「第1张，共9张」
    r"(?:\s{0,2}[（(][\u4e00-\u9fff]{2,24}[印制][)）])?"  # (「第1页 共9页（某县人大常委会办公室印）」)
    rf"|[（(]\s{{0,2}}{_TOTAL}\s{{0,3}}[,，/／]?\s{{0,3}}第\s{{0,2}}\d{{1,4}}\s{{0,2}}页\s{{0,2}}[)）]"
    r"|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\s{0,2}[-–—－]\s{0,2}\d{1,4}"  # 「Ⅱ-3」: a part's page
    # 「— 3 —　　2024年5月17日」: the number, then the day the copy was made
    r"|[-—–－\s]{0,3}\d{1,4}\s{0,2}[-—–－]{1,2}[ \u3000\t]{1,8}\d{4}年\d{1,2}月\d{1,2}日"
    r"|[（(]\s{0,2}总?第\s{0,2}\d{1,5}\s{0,2}页\s{0,2}[)）]"  # 「（第2页）」「（总第620页）」
    r"|[·•・.．]\s{0,2}\d{1,4}\s{0,2}[.．·•・]"  # 「·2．」「.2.」: a number framed by dots
    r"|[·•]\s{0,2}[\u4e00-\u9fff]{2,6}\s{0,2}[·•]\s{0,2}\d{1,4}"  # 「· 校报 · 3」: a paper's name framed, then the page
    r"|页码[:：]?\s{0,2}\d{1,4}(?:\s{0,2}[/／]\s{0,2}\d{1,4})?"  # 「页码 2 / 9」「3/12页码」
    r"|\d{1,4}\s{0,2}(?:/\s{0,2}\d{1,4}\s{0,2})?页码"
    # (a number with what Word's field left beside it: 「3 \* MERGEFORMAT」「- 4 - SECTIONPAGES」,
    # 「第 3 页 共 NUMPAGES 页」)
    r"|[-—–－\s]{0,3}\d{1,4}[-—–－\s]{0,3}(?:\\\*\s{0,2}[A-Za-z]{1,12}|NUMPAGES|SECTIONPAGES)"
    r"|第\s{0,2}\d{1,4}\s{0,2}页\s{0,2}[,，]?\s{0,2}共\s{0,2}(?:NUMPAGES|SECTIONPAGES)\s{0,2}页"
    r"|一[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}一"  # 「一 3 一」: the dashes typed (or scanned) as 「一」
    r"|[-—–－]{1,2}[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}(?:一|[-—–－]{1,2}[|｜])"  # 「— 3 一」「—3—|」
    r"|\d{1,4}\s{0,2}[页頁]\s{0,2}[/／]\s{0,2}共?\s{0,2}\d{1,4}\s{0,2}[页頁]"  # 「5页/9页」
    r"|(?:PAGE\s{0,2}(?:\\\*\s{0,2}[A-Za-z]{1,12}\s{0,2})?){1,2}[\dIVXLivxl]{0,6}"  # Word's field code
    r"|[页頁]\s{0,2}\d{1,4}(?:\s{0,2}[/／]\s{0,2}\d{1,4})?"  # 「页 3」「页 3/9」
    r"|[-—–－\s]{0,3}[Pp](?:age|\.)?\s{0,2}\d{1,4}(?:\s{0,2}(?:of|/)\s{0,2}\d{1,4})?[-—–－\s]{0,3})"
    r"(?:[ \u3000]{1,6}(?:打印|打印本页|下载|关闭))?$"  # (and a viewer's button after it)
)


# A browser's print footer: the page's address, then its number of the total (「https://…html　　2/8」).
# (or a host and its path, 「news.某大学.cn/info/1.htm　　1/9」; or the number, then the print time 「打印时间：……」)
_URL_PAGE_RE = lazy_compile(
    r"^(?:(?:https?://|www\.|about:blank|file:///|[A-Za-z0-9-]{1,30}(?:\.[A-Za-z0-9-]{1,30}){1,4}/)[!-~]{0,200}"
    r"[ \u3000\t]{1,4}"
    r"\d{1,4}\s{0,2}[/／]\s{0,2}\d{1,4}"
    r"|\d{1,4}\s{0,2}[/／]\s{0,2}\d{1,4}[ \u3000\t]{2,12}(?:打印|下载)(?:时间|日期)[:：]\s{0,2}[\d年月日/\-: ]{6,24})$")


# A 公文's footer: its number, a wide gap, the page's number (「某政办发〔2024〕15号　　　　　　　1」).
_NUMBER_FOOTER_RE = lazy_compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,5}号[ \u3000\t]{2,40}\d{1,4}$")


def is_page_number(content: str) -> bool:
    """``content`` (a line without its indentation) is a page number and nothing else, or a page
    number with the page's running header beside it (see _with_header)."""
    if len(content) > 24:
        if content[-1:].isdigit() and "号" in content:
            return _NUMBER_FOOTER_RE.match(content) is not None
        return ((content[:1] in "hwaf" or "/" in content[:40]) and _URL_PAGE_RE.match(content) is not None) or \
            _with_header(content)
    return bool(PAGE_NUMBER_RE.match(content)) or (
        content[-1:].isdigit() and "号" in content and _NUMBER_FOOTER_RE.match(content) is not None) or (
        ("时间" in content or "/" in content) and _URL_PAGE_RE.match(content) is not None) or _with_header(content)


# Where a page's footer or header parts its page number from the words beside it: a wide gap, a
# bar, a copyright sign (「3｜某县年鉴2024」「·3·　　　某县年鉴（2024）」「page 3 of 9 © 某县档案馆」).
_PARTS_RE = lazy_compile(r"[ \t\u3000\xa0]{2,}|[ \t\u3000\xa0]{0,2}[|｜│©][ \t\u3000\xa0]{0,2}")
_PARTED = frozenset(" \t\u3000\xa0|｜│©")
_MAX_BESIDE = 30
# The number's part: the number (framed by dashes or dots), of a total, or the page written out.
_NUMBER_PART_RE = lazy_compile(
    r"^(?:[-—–－·•]{0,2}\s{0,2}\d{1,4}\s{0,2}[-—–－·•]{0,2}|\d{1,4}\s{0,2}[/／]\s{0,2}\d{1,4}"
    r"|[Pp](?:age)?\s{0,2}\d{1,4}(?:\s{0,2}(?:of|/)\s{0,2}\d{1,4})?"
    r"|(?:共\s{0,2}\d{1,4}\s{0,2}页\s{0,3}[,，/／]?\s{0,3})?第\s{0,2}\d{1,4}\s{0,2}页"
    r"(?:\s{0,3}[,，/／]?\s{0,3}共\s{0,2}\d{1,4}\s{0,2}页)?)$")
_NOT_BESIDE = frozenset("。！？，；,;!?")


def _with_header(content: str) -> bool:
    """A page number first or last, parted from one or two short pieces that are no sentence (the
    page's running header, its print time, its site): 「3　　　2024/5/17 下午3:08」「第 3 页，共 9 页」 after
    「某县人民检察院 - 检察动态　　　」.  A bare number stands only first, and is no year: 「2024 | 年度工作
    总结」 is a title's year."""
    if _PARTED.isdisjoint(content) or len(content) > 2 * _MAX_BESIDE + 20:
        return False
    parts = [p for p in _PARTS_RE.split(content) if p]
    narrow = False
    if len(parts) < 2 and "\u3000" in content:  # (one wide space parts a marked number from a name: 「【第4页】
        # 某县政府网」; beside a date, 「— 1 —　2024年5月」, as often a seal page's last line)
        parts, narrow = [p for p in content.split("\u3000") if p], True
        if len(parts) != 2 or not any(all("\u4e00" <= ch <= "\u9fff" for ch in p) for p in parts):
            return False  # (the name beside it is words only: not 「2024年5月」, nor a file 「某县文档.docx」)
    if not 2 <= len(parts) <= 3:
        return False
    for first, number, beside in ((True, parts[0], parts[1:]), (False, parts[-1], parts[:-1])):
        if number.isdigit() and (len(number) > 3 or not first or narrow):
            continue  # (a bare number after words is a table's cell, 「全县新建学校　3」; before them a year;
            # with one space after it, an item's, 「1　总则」)
        if number[:1] in "【[" and number[-1:] in "】]":
            number = number[1:-1]
        if _NUMBER_PART_RE.match(number) and all(
                len(p) <= _MAX_BESIDE and _NOT_BESIDE.isdisjoint(p) and not p.isdigit() for p in beside):
            return True
    return False


# 「（12）」「12．」: a page number written as an item's marker is (in brackets, or with a dot).
# Alone it says nothing (an item 「（12）」 with its text on the next line looks the same): the
# reader that meets it decides from the lines around it (:func:`speechparse.page.furniture.page_furniture`).
MARKER_PAGE_RE = lazy_compile(r"^(?:[（(][ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}[)）]|\d{1,4}[.．])$")
MARKER_PAGE_FIRST = frozenset("（(0123456789")


def page_of(content: str) -> int | None:
    """The page a page-number line names: the number after 「第」, else its first number written
    in digits (「第3页 共9页」「共9页 第3页」 → 3)."""
    at = content.find("第")
    k = next((k for k, ch in enumerate(content) if k > at and ch.isascii() and ch.isdigit()), None)
    if k is None:
        return None
    end = k
    while end < len(content) and end - k < 4 and content[end].isascii() and content[end].isdigit():
        end += 1
    return int(content[k:end])


_GAP_RE = lazy_compile(r"[ \t\u3000\xa0]{2,}")


def header_length(c: str) -> int:
    """A running header's length with each wide gap counted as one space: a text layer puts the
    page's width between a header's halves (「某市政府文件选编　　……　　2024年5月」)."""
    return len(_GAP_RE.sub(" ", c)) if "  " in c or "\u3000\u3000" in c or "\t" in c else len(c)
