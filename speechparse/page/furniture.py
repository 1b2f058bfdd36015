"""Page furniture in a copy of a PDF: page numbers, and the running headers beside them.

A page break puts a page number and a running header between two pieces of
the same paragraph (breaks fall anywhere).  This module finds

* page numbers (「— 3 —」「-3-」「第3页」「3」「·3·」「第 3 页 共 12 页」「3/12」);
* running headers: a short line beside a page number, repeated, or standing
  inside a paragraph that goes on after it;

and marks both as noise, before the wrap reader (:mod:`speechparse.page.wrap`)
joins the pieces around them.  A copy whose page numbers have nothing repeated
beside them has no header: the piece after a number is the text's next one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .. import hant
from ..lazyre import lazy_compile
from ..lines import Line, line_pieces, shares_line
from ..markers import HeadingMarker
from ..pagenumbers import MARKER_PAGE_FIRST, MARKER_PAGE_RE, header_length, is_page_number, page_of
from .facts import match_date, speaker_of
from .pagecount import (
    after_address,
    apart,
    counted_labels,
    item_marked_numbers,
    itemised,
    keeps_count,
    labelled_numbers,
    templated_numbers,
    viewer_parts,
)
from .salutation import salutation_line
from .visitor import is_counter
from .vocab import COPY_TO, COPY_TO_WORDS
from .wrap import MIN_WIDTH  # (a piece shorter than the least wrap width fills no line)

_NUMBER_FIRST = frozenset("0123456789-—–－‐‑·•‧・~～一第共（(〈<《[【〔［〖‹|｜│ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩPpABCDEFGHhw")
_NUMBER_LAST = frozenset("0123456789页頁")  # (「某县人民检察院 - 检察动态　　第 3 页，共 9 页」: the header first)
_MAX_HEADER = 30
_SENTENCE_END = frozenset("。！？!?…；;：:")
_UNIT_FIRST = frozenset("年月日届次")  # a number's unit: the line over it is a wrap's first piece, no page number


def page_furniture(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """Mark page numbers, and the running headers beside them, as noise."""
    # (one the noise reader knew already, a site's 「第 1 页 / 共 15 页」, is a page number all the same:
    # the running header beside it is told by it; a page number stands alone on its line, where a
    # document site's counter 「第1页共3页」 opens a packed line)
    numbers = [ln.index for ln in lines if (ln.content[:1] in _NUMBER_FIRST or ln.content[-1:] in _NUMBER_LAST)
               and ln.index not in headings and is_page_number(ln.content) and not is_counter(ln.content)
               and (not shares_line(lines, ln.index) or after_address(lines, ln.index))
               and lines[min(ln.index + 1, len(lines) - 1)].content[:1] not in _UNIT_FIRST]  # (「2021」 / 「年在……」)
    numbers = itemised(lines, apart(lines, numbers))
    labelled = labelled_numbers(lines)
    templated = [i for found in templated_numbers(lines, headings) for i in found
                 if any(_after_open_sentence(lines, noise, j) for j in found)]
    counted = sorted(set(counted_labels(labelled)) | set(templated) | set(viewer_parts(lines, headings))
                     | set(_inside_sentence(lines, noise, headings, labelled)))
    if counted:
        known = set(numbers)
        numbers += [i for i in counted if i not in known]  # (one the noise reader knew: a page number all the same)
        for i in counted:
            headings.pop(i, None)
    # 「（12）」 or 「12．」 alone on a line reads as a heading with no title; standing between two pieces of
    # one sentence (a page break falls anywhere), it is the page's number
    # (and so is one between paragraphs whose number keeps the pages' count with those: a page
    # of ten to eighty lines per number)
    bracketed = sorted(i for i in headings if lines[i].content[:1] in MARKER_PAGE_FIRST
                       and MARKER_PAGE_RE.match(lines[i].content))
    spaced = [i for i in bracketed if is_page_number(lines[i].content)]  # 「( 12 )」: spaced inside its brackets,
    if spaced:  # a page's number (as no item's marker is written), whatever count it would go on
        numbers += spaced
        for i in spaced:
            headings.pop(i, None)
        bracketed = [i for i in bracketed if i not in spaced]
    if bracketed:
        styles = _by_style(headings)
        bracketed = [i for i in bracketed if not _counts_on(headings, styles, i)]
    if bracketed:
        sure = [(i, headings[i].number) for i in bracketed if _after_open_sentence(lines, noise, i)
                and _goes_on_below(lines, noise, headings, i)]
        sure += [(i, n) for i in numbers if (n := page_of(lines[i].content)) is not None]
        # (and one alone of its kind on the page, no list beside it, keeps count with the page's top:
        # 「(1)」 some thirty lines down, under a sentence's end, is page one's number)
        top = next((ln.index for ln in lines if not ln.is_blank), 0)
        sure += [(i, headings[i].number) for i in bracketed
                 if sum(1 for hm in headings.values() if hm.style == headings[i].style) == 1
                 and ((keeps_count(i, headings[i].number, top, 0) and _goes_on_below(lines, noise, headings, i))
                      or _over_higher_heading(lines, noise, headings, i))]
        for i in bracketed:
            if any(i == j or keeps_count(i, headings[i].number, j, m) for j, m in sure):
                numbers.append(i)
        for i in numbers:
            headings.pop(i, None)
    numbers += item_marked_numbers(lines, headings, numbers, labelled)
    if not numbers:
        return
    numbers = sorted(set(numbers))  # (a line found by two tests is one page number)
    for i in numbers:
        noise[i] = True
    # A running header: a short line right beside a page number that is not a sentence,
    # repeated beside page numbers, or, after the number (the next page's top), standing
    # where a paragraph goes on across it.  Before the number it may be the end of a
    # paragraph: only repetition tells a header there.
    # (a line with a clause mark in it, 「本文档由用户上传，仅供学习参考」, is a header right beside the
    # number where it repeats, or once between two pieces of a paragraph, shorter than they and ending no
    # sentence: the paragraph's own next piece would fill the line, see _between_pieces)
    beside: Counter[str] = Counter()
    spots: list[tuple[int, bool, int]] = []
    beside_seen: set[int] = set()
    stamped: set[int] = set()
    titled: Counter[str] = Counter()  # headings beside page numbers, by their words
    # (a long line, no sentence of the text's, that stands beside two page numbers or more is the pages'
    # header all the same: a print's page title 「(1条消息) ……_某某的博客-CSDN博客」, a converter's banner)
    long_beside = Counter(_header_key(_physical(lines, k)) for i in numbers
                          for k in (_neighbour(lines, noise, i, -1), _neighbour(lines, noise, i, 1, 2))
                          if k is not None and k not in headings and _long_header(lines[k].content))
    for i in numbers:
        # (after the number, a page's top: a form feed 「\f」 or a blank line may stand before its header)
        for k, after in ((_neighbour(lines, noise, i, -1), False), (_neighbour(lines, noise, i, 1, 2), True)):
            if k is not None and k in headings:
                titled[lines[k].content] += 1
            if k is None or k in headings:
                continue
            if abs(lines[k].lineno - lines[i].lineno) == 1 and _stamped(_physical(lines, k)):
                stamped.add(k)
            if k in stamped or _header_like(lines[k].content, loose=abs(k - i) == 1) or (
                    long_beside[_header_key(_physical(lines, k))] >= 2 and _long_header(lines[k].content)):
                if k not in beside_seen:  # (one line beside two numbers in a row, 「-4-」 over 「第04版：要闻」, is
                    beside_seen.add(k)  # seen once)
                    beside[_header_key(_physical(lines, k))] += 1
                spots.append((k, after, i))
    # A copy whose page numbers (two or more) have no line repeated beside them has no running header:
    # a line that follows one is the text's next piece (a heading's title or a paragraph going on).
    # (a collection's header 「第一部分　领导讲话」 reads as a heading; the same heading beside page
    # numbers again and again is the header of the pages, no part of the text, wherever it stands)
    # (once is enough where its words name a category of texts, 「第一部分　领导讲话」: a collection's)
    headers = {c for c, n in titled.items() if n >= _REPEATED_HEADER or _COLLECTION_PART_RE.match(c)}
    for k in [k for k in headings if lines[k].content in headers] if headers else ():
        del headings[k]
        noise[k] = True
    if spots and len(beside) < len(spots):  # (a line seen beside two numbers: where do they stand?)
        text_at = next((ln.index for ln in lines if len(ln.content) >= _TEXT_LINE and not noise[ln.index]
                        and ("。" in ln.content or "，" in ln.content)), len(lines))
        for key in {_header_key(_physical(lines, k)) for k, _, _ in spots if k < text_at}:
            if all(k < text_at and "共" in lines[i].content for k, _, i in spots
                   if _header_key(_physical(lines, k)) == key):
                beside[key] = 1  # a doc site's counters 「第1页 / 共9页」 over its title and the title again,
                # all above the text's first sentence: the title, no running header
    headed = len(numbers) < 2 or max(beside.values(), default=0) >= 2
    top = next((ln.index for ln in lines if not ln.is_blank and not noise[ln.index]), len(lines))
    for k, after, i in spots:
        # (a document site's counter 「第1页共10页」 over the page's first line: that line is the text's
        # title, a header only where it repeats beside the numbers)
        c = lines[k].content  # (a note framed whole in brackets is a header however it is worded: 「（本件为档案
        # 复制件，与原件核对无误）」 right under the number, a paragraph going on across it)
        strict = (_header_like(c) or (_header_like(c, loose=True) and c[:1] + c[-1:] in ("（）", "()")
                                      and k == i + 1)) and headed and not (after and i < top)
        dated = match_date(c) is not None  # (a date under the title, 「（2025年4月12日）」: no header unless repeated)
        if beside[_header_key(_physical(lines, k))] >= 2 or (not dated and (k in stamped or (
                after and _between_pieces(lines, noise, headings, k)) or (strict and after and (
                _inside_paragraph(lines, noise, k) or _over_text(lines, noise, headings, k)
                or all(ln.is_blank or noise[ln.index] for ln in lines[k + 1:])
                or _over_salutation(lines, noise, k, i) or _neighbour(lines, noise, i, -1) in headings)))):
            # (after a heading: a page's top line under a heading that ended the page above is its
            # header; a heading's title seldom wraps over a page break)
            noise[k] = True  # (or the page's last line: a header over nothing)
            a, b = line_pieces(lines, k)  # the rest of its line, cut at a gap: 「中共某市委组织部编　　2024年5月」
            most = _MAX_STAMPED if k in stamped else _MAX_HEADER
            if b - a < 3 and all(header_length(lines[j].content) <= most for j in range(a, b + 1)):
                for j in range(a, b + 1):  # (a short line only: never a scrape's run of paragraphs)
                    noise[j] = True
    _header_second_lines(lines, noise, headings, numbers)


def _header_second_lines(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                         numbers: list[int]) -> None:
    """A header set on two lines, 「某县人民政府办公室文件」 over 「某政办发〔2024〕15号」: with its first line
    known, the second stands beside the page number in its turn, a header where it does so twice or more."""
    spots = [k for i in numbers for k in (_neighbour(lines, noise, i, -1), _neighbour(lines, noise, i, 1, 2))
             if k is not None and k not in headings and any(noise[j] and not lines[j].is_blank
                                                              for j in range(min(i, k) + 1, max(i, k)))
             and _header_like(lines[k].content, loose=True)]
    seen = Counter(_header_key(lines[k].content) for k in spots)
    for k in spots:  # (or once, where the paragraph it stands in goes on under it as a full piece: see
        # _between_pieces; a title's last piece 「的讲话」 has a salutation under it)
        if seen[_header_key(lines[k].content)] >= 2 or (_between_pieces(lines, noise, headings, k)
                                                         and _full_piece_under(lines, noise, k)):
            noise[k] = True


def _full_piece_under(lines: list[Line], noise: list[bool], k: int) -> bool:
    """The line under line ``k`` is as wide as the piece over it (page noise passed over)."""
    above = _neighbour(lines, noise, k, -1)
    return above is not None and k + 1 < len(lines) and len(lines[k + 1].content) >= len(lines[above].content) - 1


_TEXT_LINE = 16  # a line of running text (a clause mark in it) this long, a wrapped piece too: the text has begun
_SHORT_HEADER = 16
_MAX_LATIN_HEADER = 60  # (a header in Latin letters takes more of them: 「REPORT ON THE WORK OF THE GOVERNMENT」)
_HEADER_MARKS_RE = lazy_compile(r"[\s.．。·•,，、:：;；|｜\-—_]+")


def _header_key(c: str) -> str:
    """A running header's words as a scan gives them page after page: the same header read
    「某县人民政府公報」 on one page and 「某县人民政府公报 .」 on the next (script, spaces, stray marks);
    asked of its whole physical line, whether or not a gap cut it into pieces there."""
    return _HEADER_MARKS_RE.sub("", hant.key(c))
_REPEATED_HEADER = 3  # a heading's words beside this many page numbers: the pages' header
# A collection's part that names a category of its texts: 「第一部分　领导讲话」「第二编 典型发言」「第三章
# 领导讲话选编」.
_COLLECTION_PART_RE = lazy_compile(
    r"^第[一二三四五六七八九十]{1,3}(?:部分|编|篇|章)[ \u3000]{0,3}(?:领导|大会|会议|典型|经验|交流|书面|表态|主题)?"
    r"(?:讲话|发言|致辞|材料|文件|报告|汇报)(?:材料|摘编|选编|汇编)?$")
_MAX_STAMPED = 60
# What only a printed page's header or footer writes: a print time 「2024/3/12 14:05」「24-3-12
# 下午2:05」, a paper's date with its weekday 「2024年3月5日　星期二」, its page 「第3版」, a journal's issue,
# an address.
_STAMP_RE = lazy_compile(
    r"(?:^|[^\d])\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]*(?:[上下]午)?[ \u3000]*\d{1,2}:\d{2}"
    r"|\d{4}年\d{1,2}月\d{1,2}日[ \u3000]*星期[一二三四五六日天]|第[ \u3000]*[A-Z]?\d{1,3}[ \u3000]*版"
    # (a paper's day and its name, or its editor: 「2024年07月08日　某某日报　责任编辑：石某」)
    r"|\d{4}年\d{1,2}月\d{1,2}日[ \u3000]{1,4}[\u4e00-\u9fff]{2,10}[日晚早时]报|责任编辑[:：]"
    r"|\d{4}年(?:第|\s)?\d{1,3}期|第\d{1,3}卷|[ \u3000]第\s{0,2}\d{1,3}\s{0,2}期$"  # (a journal's issue, volume:
    # 「2024年第2期　第38卷」「……党建工作通讯　第5期」)
    # (a 公文's 版记, set on its last page: 「抄送：……」「某县人民政府办公室　　2024年5月17日印发」)
    rf"|^(?:{COPY_TO})[:：]|\d{{4}}年\d{{1,2}}月\d{{1,2}}日印发$"
    r"|www\.|https?://")


def _physical(lines: list[Line], k: int) -> str:
    """The content of the physical line that line ``k`` is a piece of, its pieces joined by a space
    (a print stamp 「2024/3/12 14:05　　……网站」 is cut at its gap)."""
    a, b = line_pieces(lines, k)
    return lines[k].content if a == b else " ".join(lines[j].content for j in range(a, b + 1))


def _stamped(c: str) -> bool:
    """A line right beside a page number that carries a print or paper stamp and is no sentence:
    the page's header or footer, however long (「2024年3月5日　星期二　｜　第3版　要闻　｜　责任编辑：王某」)."""
    body = c[:-1] if c[:2] in COPY_TO_WORDS else c  # (a 抄送 line ends with its 「。」, GB/T 9704 7.4.2)
    return len(c) <= _MAX_STAMPED and not any(p in body for p in "。！？!?") and _STAMP_RE.search(c) is not None
def _inside_sentence(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                     labelled: list[tuple[int, int, str]]) -> list[int]:
    """A number beside a label (「1　某省日报」) between two pieces of one sentence, once: a page break
    falls anywhere, and a list's item (「1　总则」) neither stands inside a sentence nor alone."""
    inside = {n for i, n, _ in labelled if not shares_line(lines, i) and _after_open_sentence(lines, noise, i)
              and _goes_on_below(lines, noise, headings, i)}  # (not a row's cell, 「点赞 153」 of 「收藏　点赞 153」)
    numbers = {n for _, n, _ in labelled}
    # (the next or last number beside a label too, unless it also stands inside a sentence: two breaks
    # whose footers differ, 「1/9　格式：docx」 then 「2　本文档由……上传」)
    return [i for i, n, _ in labelled if n in inside and (n + 1 not in numbers or n + 1 in inside)
            and (n - 1 not in numbers or n - 1 in inside)]


def _after_open_sentence(lines: list[Line], noise: list[bool], i: int) -> bool:
    """The text line before line ``i`` is a long piece whose sentence is still open (a heading's
    line follows a sentence's end or a colon; a clause mark 「；」「，」 leaves the sentence open)."""
    k = _neighbour(lines, noise, i, -1)
    c = lines[k].content if k is not None else ""
    return len(c) >= MIN_WIDTH and c[-1] not in "。！？!?…：:"


def _goes_on_below(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], i: int) -> bool:
    """The next text line after line ``i`` (a running header aside, when it is short) is no
    heading and does not open a sentence's new paragraph with a marker: the paragraph goes on."""
    k = _neighbour(lines, noise, i, 1)
    if k is not None and _header_like(lines[k].content) and len(lines[k].content) <= _SHORT_HEADER:
        k = _neighbour(lines, noise, k, 1)  # (the next page's running header over its text)
    return k is not None and k not in headings and salutation_line(lines[k].content) is None


def _over_higher_heading(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], i: int) -> bool:
    """Under the marker alone on line ``i``, a short running header and then a heading of a higher
    level: 「2．」 / 「某 县 政 协 文 史 资 料」 / 「二、……」, the marker opens no list of its own there."""
    k = _neighbour(lines, noise, i, 1)
    if headings[i].number < 2 or k is None or k in headings or not _header_like(lines[k].content) \
            or len(lines[k].content) > _SHORT_HEADER + 4:
        return False  # (a first page seldom shows its number; 「1．」 / 「加强领导」 is an item and its title)
    k = _neighbour(lines, noise, k, 1)
    return k is not None and k in headings and headings[k].style.rank < headings[i].style.rank


def _over_text(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], k: int) -> bool:
    """A short label at the top of a page (after its number) over more text: the page's
    running header, seen once when the copy has one page break (「领导同志讲话材料」)."""
    if header_length(lines[k].content) > _SHORT_HEADER:
        return False
    nxt = _neighbour(lines, noise, k, 1)
    return nxt is not None and nxt not in headings and salutation_line(lines[nxt].content) is None


def _over_salutation(lines: list[Line], noise: list[bool], k: int, number: int) -> bool:
    """The top of page 2 or later, right over the salutation: the title was on page 1, so
    the line there is the page's running header (a title wrapped onto two pages)."""
    digits = "".join(ch for ch in lines[number].content if ch.isdigit())
    if not digits or int(digits[:4]) < 2:
        return False
    nxt = _neighbour(lines, noise, k, 1)
    # (the speaker's byline 「省长　王予波」 there is the text's own, on whatever page it stands)
    return nxt is not None and salutation_line(lines[nxt].content) is not None and speaker_of(lines[k].content) is None


def _neighbour(lines: list[Line], noise: list[bool], i: int, step: int, blanks: int = 0) -> int | None:
    """The next line of text from line ``i`` (page noise passed over; at most ``blanks`` blank lines)."""
    k = i + step
    while 0 <= k < len(lines):
        ln = lines[k]
        if not ln.is_blank and not noise[k]:
            return k
        if ln.is_blank:
            if blanks <= 0:
                return None
            blanks -= 1
        k += step
    return None


def _long_header(c: str) -> bool:
    """Too long for a header by itself, and no sentence of a Chinese text: its words repeated page after
    page tell it (see page_furniture)."""
    return len(c) > _MAX_HEADER and len(c) <= _MAX_STAMPED * 3 and not any(p in c for p in "。，；！？")


def _header_like(c: str, loose: bool = False) -> bool:
    """Short and no sentence (``loose``: no sentence end; a clause mark may stand inside).

    A comma inside a Latin name is no clause mark: 「XX Group Co., Ltd.　内部资料」.
    """
    if "," in c:
        c = "".join(ch for k, ch in enumerate(c) if not (ch == "," and k > 0 and c[k - 1].isascii()
                                                        and (c[k - 1].isalpha() or c[k - 1] == ".")
                                                        and c[k + 1:k + 2] in (" ", "")))
    return bool(c) and (header_length(c) <= _MAX_HEADER or (c.isascii() and len(c) <= _MAX_LATIN_HEADER)) and \
        not any(p in c for p in ("。；;！？!?" if loose else "。，,；;！？!?")) and c[-1] not in "：:，,"


def _between_pieces(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], k: int) -> bool:
    """On a page with headers that differ page to page (「内部资料　注意保存」, then 「政务参阅」), a short
    line at a page's top is one where a running paragraph breaks around it: the piece over the page
    number is a paragraph's (not a heading's, whose rest may be that short line), and the line under
    it goes on as a full piece."""
    if not (_header_like(lines[k].content, loose=True) and _inside_paragraph(lines, noise, k)):
        return False  # (a clause mark may stand in it, 「本文档下载自文库，仅供学习参考」: shorter than the
        # piece over it and ending on no sentence's end, it cannot be the paragraph's own next piece)
    below = line_pieces(lines, k)[1] + 1  # (past the header's other pieces: 「某市……文件选编　　　2024年5月」)
    if below + 1 < len(lines) and below not in headings and not noise[below] and _header_like(lines[below].content) \
            and len(lines[below].content) <= _SHORT_HEADER and not lines[below + 1].is_blank:
        below += 1  # (a header's second line: 「某政办发〔2024〕15号」 under 「某县人民政府办公室文件」)
    if below >= len(lines) or lines[below].is_blank or noise[below] or below in headings:
        return False
    before = k - 1
    while noise[before]:
        before -= 1
    width = len(lines[before].content)
    if len(lines[below].content) < width - 1 and lines[below].content[-1] not in _SENTENCE_END:
        return False
    top = before  # the paragraph's first piece: up over the pieces as wide as this one
    while top > 0 and not lines[top - 1].is_blank and not noise[top - 1] and top not in headings \
            and len(lines[top - 1].content) >= width - 1:
        top -= 1
    # (a heading further up ran into its text: the piece over the number is its paragraph's, not its title's)
    return top not in headings or before - top > 1


def _inside_paragraph(lines: list[Line], noise: list[bool], k: int) -> bool:
    """The line stands between two pieces of one paragraph (with page numbers around it), and
    is shorter than the piece before it (a piece as wide as that is the paragraph's next one:
    a copy with page numbers and no header)."""
    before = k - 1
    while before >= 0 and (noise[before] and not lines[before].is_blank):
        before -= 1
    if before < 0 or lines[before].is_blank:
        return False
    c = lines[before].content  # (a subtitle 「——……会议上」 is a line of its own, no paragraph's piece)
    return len(c) >= MIN_WIDTH and c[-1] not in _SENTENCE_END and header_length(lines[k].content) < len(c) - 1 \
        and not c.startswith(("——", "--"))


def _by_style(headings: dict[int, HeadingMarker]) -> dict[object, list[int]]:
    out: dict[object, list[int]] = {}
    for k in sorted(headings):
        out.setdefault(headings[k].style, []).append(k)
    return out


def _counts_on(headings: dict[int, HeadingMarker], styles: dict[object, list[int]], i: int) -> bool:
    """The bare marker at line ``i`` (「2.」) goes on from the heading of its style before it and into the one
    after it (「1.机构设置」, 「3.职责职能」): the list's item whose title the writer left out, no page number."""
    hm = headings[i]
    same = styles[hm.style]
    k = bisect_left(same, i)
    return 0 < k < len(same) - 1 and headings[same[k - 1]].number == hm.number - 1 \
        and headings[same[k + 1]].number == hm.number + 1
