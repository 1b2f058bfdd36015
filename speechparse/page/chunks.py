"""Numbers at a line's start that are no headings: a document viewer's chunks, a marker a wrap left alone,
a document site's numbered notices.

A document viewer's numbered chunks: 「1、……」「2、……」 over a text cut into pieces anywhere.

Document sites (文库, 文档 pages) show a text in chunks and number each one at
its start: 「1、-精品推荐- 2008年街道办工作总结一年来，……一、加大」 / 「2、道办事处
切实担负起……安装了4组健身」 / 「3、路径，填补了……」.  Each chunk's number reads
as a heading 「1、」「2、」 whose title is running text.  What tells the chunks from
a list of numbered paragraphs is where they are cut: a chunk ends wherever the
viewer's page did, mid-word (「一、加大」, 「4组健身」), where a paragraph of a
list ends a sentence.  A run of numbered lines counted on from one, each long,
most of them following a chunk that stopped mid-sentence, is the viewer's, and
its numbers are no headings.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from ..pagenumbers import MARKER_PAGE_RE
from .salutation import COLONS, salutation_line
from .spacing import neighbour, page_spacing

_LONG = 60  # a chunk holds more than a line of running text
_MIN_NUMBERED = 3
_HEAD = 12  # lines at the page's top where the numbered address stands
_BARE_ONE = frozenset(("1、", "1.", "1．"))


def site_numbers(lines: list[Line], headings: dict[int, HeadingMarker]) -> None:
    """A mobile page that numbers every paragraph, the address first: 「1、各位同志们，朋友们：」 /
    「2、今天，我们在这里……」.  A speech's own list never numbers its salutation, so such a run of
    numbers counted on from one is the page's: each goes to its line's leading junk, no heading."""
    # (a one-line scrape's head cutter parts the number from the address: 「1、」 / 「各位同志们：」)
    first = next((ln.index for ln in lines[:_HEAD] if ln.content in _BARE_ONE and ln.index + 1 < len(lines)
                  and lines[ln.index + 1].lineno == ln.lineno), None)
    if first is not None:
        rest = lines[first + 1].content
    else:
        first = min((i for i, hm in headings.items() if hm.number == 1 and hm.marker[:1].isdigit()), default=None)
        if first is None:
            return
        rest = lines[first].content[headings[first].end:]
    sal = salutation_line(rest)
    if sal is None or sal.mark not in COLONS:
        return
    run = [first]
    number, style = 1, headings[first].style if first in headings else None
    for i in sorted(k for k in headings if k > first):
        if headings[i].number == number + 1 and (style is None or headings[i].style == style):
            run.append(i)
            number, style = number + 1, headings[i].style
    if len(run) < _MIN_NUMBERED:
        return
    for i in run[1:] if first not in headings else run:
        cut = headings.pop(i).end
        ln = lines[i]
        if cut < len(ln.content):  # (a number alone on its piece stays as written: no line goes empty)
            ln.lead += cut
            ln.content = ln.content[cut:]


def viewer_chunks(lines: list[Line], headings: dict[int, HeadingMarker]) -> None:
    """Drop from ``headings`` the numbers of a document viewer's chunks (see above)."""
    numbered = sorted(i for i, hm in headings.items() if hm.marker[:1].isdigit())
    run: list[int] = []
    for i in numbered:
        hm = headings[i]
        if run and hm.number == headings[run[-1]].number + 1 and hm.style == headings[run[-1]].style:
            run.append(i)
            continue
        _drop_if_chunks(lines, headings, run)
        run = [i] if hm.number == 1 else []
    _drop_if_chunks(lines, headings, run)


def _drop_if_chunks(lines: list[Line], headings: dict[int, HeadingMarker], run: list[int]) -> None:
    if run:
        run = run + _unread_chunks(lines, headings, run)
    if len(run) < 2:
        return
    # (a chunk is its whole physical line: the head cutter may have parted the first one's title,
    # salutation and text, 「1、在……上的讲话同志们:经……」)
    ends = [min(_last_piece(lines, i), nxt - 1) for i, nxt in zip(run, [*run[1:], len(lines)], strict=True)]
    if any(sum(len(lines[k].content) for k in range(i, e + 1)) < _LONG
           for i, e in zip(run[:-1], ends[:-1], strict=True)):
        return
    if any(any(not ln.is_blank for ln in lines[e + 1:b]) for e, b in zip(ends[:-1], run[1:], strict=True)):
        return  # (each chunk is one line, the next chunk under it: a hard-wrapped copy's numbered
        # paragraph goes on over more lines, and its first line stops mid-word for the wrap)
    cut = sum(1 for e in ends[:-1] if lines[e].content[-1].isalnum())  # (mid-word: no mark at all)
    if cut * 2 >= len(run) - 1:  # (most chunks stop mid-sentence: the viewer's cuts)
        for i in run:
            headings.pop(i, None)


def _last_piece(lines: list[Line], i: int) -> int:
    e = i
    while e + 1 < len(lines) and lines[e + 1].lineno == lines[i].lineno:
        e += 1
    return e


def _unread_chunks(lines: list[Line], headings: dict[int, HeadingMarker], run: list[int]) -> list[int]:
    """The chunks after ``run`` past one whose number the marker reader left (the viewer cut a
    number's digits after it, 「2、40多年,……」, which reads as a list 「2、4」): the next numbers, right under."""
    more: list[int] = []
    number = headings[run[-1]].number
    k = _last_piece(lines, run[-1]) + 1
    while k < len(lines):
        ln = lines[k]
        if ln.is_blank:
            k += 1
            continue
        c = ln.content
        digits = str(number + 1)
        if not (c.startswith(digits) and c[len(digits):len(digits) + 1] == "、") or (
                k in headings and headings[k].style != headings[run[-1]].style):
            break
        more.append(k)
        number += 1
        k = _last_piece(lines, k) + 1
    return more


_PIECE = 20  # a wrapped piece of running text is at least this long


def orphan_markers(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """A marker alone on its line right under a piece cut mid-word: 「……二是以」 / 「1、」 / 「2、5村为
    一带……」 (a wrap put 「以1、2、5村」 over three lines).  A heading's marker alone has its title under
    it and follows a sentence's end or a title; one inside a sentence is a number of the sentence.
    (A page number written as a marker, 「（12）」「12．」, is the page furniture reader's.)"""
    alone = [i for i, hm in headings.items() if hm.end >= len(lines[i].content)]
    spacing = page_spacing(lines) if alone else 1  # (a page that spaces every line alike: its gaps part nothing)
    for i in alone:
        k = neighbour(lines, i, -1, spacing)
        if k is None or noise[k] or lines[i].md_level:
            continue  # (a Markdown heading 「## 三」 is set as one, whatever stands over it)
        c = lines[k].content
        if k in headings and "。" not in c:
            continue  # (a heading's title over a marker alone: 「一、……的责任感」 / 「1、」 / its title)
        paged = MARKER_PAGE_RE.match(lines[i].content) is not None
        if _closed_at_once(lines, headings, i, spacing, paged):
            del headings[i]
            noise[i] = paged  # (「（2）」 between a paragraph and 「二、」, no 「（1）」 before it: a page's number)
            continue
        if paged:
            continue  # (a page number written as a marker among others is the page furniture reader's)
        if c[-1].isalnum() and neighbour(lines, i, 1, spacing) is not None and (
                len(c) >= _PIECE or _rest_of_cut_piece(lines, k, spacing)) and not counted_part(lines, headings, i):
            del headings[i]  # (not a part's 「第一部分」 under the title, another part further down)


def counted_part(lines: list[Line], headings: dict[int, HeadingMarker], i: int) -> bool:
    """Line ``i`` is a part's marker alone, 「第一部分」, and another part stands further down (its number
    aside: a slip in it is the checker's): the text's own part, its title on the next line."""
    hm = headings.get(i)
    return hm is not None and hm.style.name == "part" and not lines[i].content[hm.end:].strip() \
        and any(k > i and h.style == hm.style for k, h in headings.items())


def _closed_at_once(lines: list[Line], headings: dict[int, HeadingMarker], i: int, spacing: int,
                    paged: bool = False) -> bool:
    """The marker alone on line ``i`` has no title and nothing under it: a heading of a higher rank comes
    right after it (「……。」 / 「3、」 / 「二、……」, a document site's chunk number), or, for a number a page is
    numbered with (``paged``, 「（3）」), the text's end, and no sibling before it counts into it (a draft's
    「1、」「2、」 then a bare 「3、」 is its own heading, left without a title)."""
    nxt = neighbour(lines, i, 1, spacing)
    hm = headings[i]
    if nxt is None and paged:
        nxt = next((k for k in range(i + 1, len(lines)) if not lines[k].is_blank), None)
        if nxt is not None:
            return False  # (text after it, further down: not the text's end)
    elif nxt is None or nxt not in headings or headings[nxt].style.rank >= hm.style.rank:
        return False
    for k in sorted((k for k in headings if k < i), reverse=True):
        if headings[k].style.rank < hm.style.rank:
            return True
        if headings[k].style == hm.style and headings[k].number == hm.number - 1:
            return False
    return True


def _rest_of_cut_piece(lines: list[Line], k: int, spacing: int) -> bool:
    """Line ``k`` is a short piece under a long one a wrap cut mid-word (「……家禽养殖」 / 「基地建设；三是以」):
    a copy wrapped again at another width ends a paragraph's last piece anywhere."""
    j = neighbour(lines, k, -1, spacing)
    return j is not None and len(c := lines[j].content) >= _PIECE and c[-1].isalnum()


# A document site's service words: its documents, previews, downloads, members, refunds, complaints.
# (the words only a document site says of itself; a 意见 on trading platforms speaks of 平台、侵权、举报 too)
_SITE_OWN = frozenset("文档 本站 下载 预览 客服 会员 VIP 退款 积分 金币".split())
_SERVICE_RE = lazy_compile("|".join(sorted(_SITE_OWN | {"平台", "侵权", "举报"})))


_NOTICE = 100  # a site's notice is one sentence or two
_AFTER = 3  # headings looked at after a list for one of a higher level
_NO_RANK = 99


def site_notice_lists(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """A document site's numbered notices (「1. 下载文档前请自行甄别……」「2. “仅部分预览”的文档……」
    「3. 如文档侵犯您的权益，请联系客服……」): a list from 1 whose every item speaks of the site's
    service, two of its words or more in all, is page noise, wherever it stands; a text's list
    names its own matters."""
    order = sorted(headings)
    rank = {i: hm.style.rank for i, hm in headings.items()}
    above = _NO_RANK  # the highest level (least rank) of the headings before the run
    k = 0
    while k < len(order):
        i = order[k]
        hm = headings[i]
        run = [i]
        while k + len(run) < len(order) and _at_most_one_between(lines, run[-1], j := order[k + len(run)]) \
                and headings[j].style == hm.style and headings[j].number == hm.number + len(run):
            run.append(j)
        words = [set(_SERVICE_RE.findall(_with_rest(lines, j))) for j in run]
        said = set().union(*words)
        # (a list between two headings of a higher level, 「（二）提交材料」 … 「二、工作要求」, is the text's own:
        # 「1.上传申请书。申报单位在平台上传……」 speaks of an office's platform, not the site's)
        inside = above < hm.style.rank and any(
            rank[x] < hm.style.rank for x in order[k + len(run):k + len(run) + _AFTER])
        if not inside and ((hm.number == 1 and len(run) >= 2 and all(words) and not said.isdisjoint(_SITE_OWN))
                           or "本站" in said) \
                and len(said) >= 2 \
                and all(len(lines[j].content) <= _NOTICE for j in run):  # (a rule's items on platforms run longer)
            # (or one item alone that names the site itself: 「2. 为防止……，本站部分文稿需要会员才可阅读或下载……」,
            # the list's first cut off with the text above it)
            for j in run:
                noise[j] = True
                del headings[j]
        else:
            above = min(above, hm.style.rank)
        k += len(run)


def _with_rest(lines: list[Line], j: int) -> str:
    """Line ``j``'s words, and the next line's where a wrap cut the notice after a comma."""
    c = lines[j].content
    return c + lines[j + 1].content if c[-1:] in "，," and j + 1 < len(lines) else c


def _at_most_one_between(lines: list[Line], i: int, j: int) -> bool:
    """At most one line with text between lines ``i`` and ``j`` (blank lines aside: a double-spaced page)."""
    seen = 0
    for k in range(i + 1, j):
        seen += not lines[k].is_blank
        if seen > 1:
            return False
    return True
