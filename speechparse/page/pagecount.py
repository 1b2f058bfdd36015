"""Which lines of a PDF copy count its pages: the tests that tell a page's number from a list's item.

A number alone is a page's only in company: it keeps in step with the other numbers down the text
(ten to eighty lines a page), is not written again within a page (a gallery's 「1/9」), has no
item's words beside it (「1   总则」), and sits where a browser prints its footer.  The reader
of a page's furniture (:mod:`speechparse.page.furniture`) asks these, then finds the running
headers beside the numbers.
"""

from __future__ import annotations

from itertools import pairwise

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from ..pagenumbers import is_page_number, page_of

_PAGE_LINES = (10, 80)  # lines per page a run of page numbers keeps in step with


def apart(lines: list[Line], numbers: list[int]) -> list[int]:
    """The page numbers less those written again within a page's least length: a post's gallery
    counts its photos 「1/9」 under each one, and pages count on."""
    if len(numbers) < 2:
        return numbers
    again = {k for k in range(1, len(numbers)) if lines[numbers[k]].content == lines[numbers[k - 1]].content
             and lines[numbers[k]].lineno - lines[numbers[k - 1]].lineno < _PAGE_LINES[0]}
    if not again:
        return numbers
    drop = again | {k - 1 for k in again}
    return [i for k, i in enumerate(numbers) if k not in drop]


# 「3　　某某大学」: a page's number, a wide gap, its running header; 「1   总则」「2   组织体系」 look the same.
_GAPPED_LABEL_RE = lazy_compile(r"^(?P<n>\d{1,4})[ \u3000\t]{2,6}(?P<w>[\u4e00-\u9fff（）()]{2,20})$")


def itemised(lines: list[Line], numbers: list[int]) -> list[int]:
    """The page numbers less the items of a list numbered with a wide gap (see above): a header's words
    come back beside the next page's number, an item's never do (a contents list repeats them with the
    same number)."""
    seen: dict[str, set[str]] = {}
    gapped = [(i, m) for i in numbers if (m := _GAPPED_LABEL_RE.match(lines[i].content)) is not None]
    for _, m in gapped:
        seen.setdefault(m.group("w"), set()).add(m.group("n"))
    if len(gapped) < 2:
        return numbers
    items = {i for i, m in gapped if len(seen[m.group("w")]) < 2}
    return [i for i in numbers if i not in items]


# A page's address as a browser prints it: 「https://……」「www.……」, or a host and path 「news.某大学.cn/1.htm」.
_ADDRESS_RE = lazy_compile(r"^(?:https?://|www\.|[A-Za-z0-9-]{1,30}(?:\.[A-Za-z0-9-]{1,30}){1,4}/)[!-~]*$")


def after_address(lines: list[Line], i: int) -> bool:
    """「https://……html」 then, after a gap, 「2/8」: a browser's print footer, the page's address and
    its number, cut apart at the gap (the number ends the line, the address is all before it)."""
    n = lines[i].lineno
    return (i + 1 >= len(lines) or lines[i + 1].lineno != n) and i > 0 and lines[i - 1].lineno == n \
        and (i < 2 or lines[i - 2].lineno != n) and _ADDRESS_RE.match(lines[i - 1].content) is not None


# A page number beside a label of its own, one space apart: 「15 原创力文档」「某某文库 15」.  Alone such a
# line may be an item 「1 提高认识」; the same label beside a number that grows down the page, three
# times or more, is a page's number (an item list names different things).
_LABELLED_NUMBER_RE = lazy_compile(
    r"^(?:[-—─–\[][ ]?)?(?:(?P<a>\d{1,4})(?:[ ]?[/／][ ]?\d{1,4})?(?:[ ]?[-—─–\]])?"  # (「─ 2 ─」「[2]」「2 / 7」)
    r"[ \u3000\t]{1,4}(?P<la>[^\d\s][^\d]{0,18}|[^\d\s]{2,8}[：:][!-~]{1,24})"  # (or a field: 「索引号：1140……X」)
    r"|(?P<lb>[^\d\s][^\d]{0,18}?)[ \u3000\t]{1,4}(?P<b>\d{1,4})(?:[/／]\d{1,4})?)$")  # (「VIP免费下载　1/12」)
_FRAMES = frozenset("-—─–[")  # (a number framed by rules or brackets beside its label: 「─ 2 ─　县融媒体中心」)
_MIN_COUNTED = 3
_LABEL_LINE = 36
_WORD_RE = lazy_compile(r"[\u4e00-\u9fffA-Za-z]{2}")


def labelled_numbers(lines: list[Line]) -> list[tuple[int, int, str]]:
    """The lines that hold a number beside one label of words (see above): line, number, label."""
    out = []
    for ln in lines:
        c = ln.content
        if not c or len(c) > _LABEL_LINE or not (c[0].isdigit() or c[-1].isdigit() or c[0] in _FRAMES or c[0] == "第"):
            continue
        m = _LABELLED_NUMBER_RE.match(c)
        if m is not None:
            label = (m.group("la") or m.group("lb")).strip()
            if _WORD_RE.search(label):  # (a label says something: 「2 -」 is a framed number)
                out.append((ln.index, int(m.group("a") or m.group("b")), label))
        elif (gap := _PAGE_THEN_LABEL_RE.match(c)) is not None and is_page_number(gap.group("p")) \
                and (n := page_of(gap.group("p"))) is not None:
            out.append((ln.index, n, gap.group("l")))  # 「第2页　秘密★」「— 2 —　提取码 k7m2」: a page number, a mark
    return out


# A page number, a space, and a short mark beside it (no sentence): 「第2页　秘密★」「— 2 —　提取码 k7m2」.
_PAGE_THEN_LABEL_RE = lazy_compile(
    r"^(?P<p>[^ \u3000\t]{1,4}(?:[ ]\d{1,4}[ ][^ \u3000\t]{1,2})?|[^ \u3000\t]{1,8})[ \u3000\t]{1,4}"
    r"(?P<l>[^ \u3000\t。，,；;！？!?：:][^。，,；;！？!?]{0,15})$")


def counted_labels(labelled: list[tuple[int, int, str]]) -> list[int]:
    """Lines holding a page number beside one label that repeats with the count going on (see above)."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for i, n, label in labelled:
        groups.setdefault(label, []).append((i, n))
    out: list[int] = []
    for found in groups.values():
        if len(found) >= _MIN_COUNTED and all(n < m for (_, n), (_, m) in pairwise(found)):
            out += [i for i, _ in found]
    return out


def keeps_count(i: int, n: int, j: int, m: int) -> bool:
    """Page number ``n`` on line ``i`` follows page number ``m`` on line ``j`` in step with the lines."""
    return n != m and (i - j) * (n - m) > 0 and _PAGE_LINES[0] <= (i - j) / (n - m) <= _PAGE_LINES[1]


def item_marked_numbers(lines: list[Line], headings: dict[int, HeadingMarker], numbers: list[int],
                        labelled: list[tuple[int, int, str]]) -> list[int]:
    """「29、」 alone on its line: an item's marker over its title as often (「1、」 / 「统一思想认识。」), and a
    page's number (a document site's text layer) only where it keeps the count of the page numbers
    around it, the one before (or the page's top, for page one) and the one after (if any).  So is a
    number beside one label 「5　学习资料」 (「1　总则」 is an item): between two page numbers it keeps
    count with."""
    known = sorted((j, n) for j in numbers if (n := page_of(lines[j].content)) is not None)
    if not known:
        return []
    top = next((ln.index for ln in lines if not ln.is_blank), 0)
    marked = [(i, headings[i].number, True) for i in headings
              if lines[i].content[-1:] == "、" and _ITEM_PAGE_RE.match(lines[i].content)]
    beside = [(i, n, False) for i, n, _ in labelled if i not in headings]
    found = []
    for i, number, item in marked + beside:
        before = [p for p in known if p[0] < i][-1:]
        after = [p for p in known if p[0] > i][:1]
        if not before and after and item:
            before = [(top, 0)]  # (page one's number: it keeps count from the page's top, and with page two's)
        if before and (after or item) and all(keeps_count(i, number, j, n) for j, n in before + after):
            found.append(i)
    for i in found:
        headings.pop(i, None)
    return found


_ITEM_PAGE_RE = lazy_compile(r"^\d{1,4}、$")


# A line made from a template with the page's number in it: the same words and marks, one number
# counting on (「版次：2／共8版」「VIP免费下载　2/12」「A02　时政新闻」「第2页　本文档共18页」).
_DIGITS_RE = lazy_compile(r"\d+")
_TEMPLATE_LINE = 30
_TEMPLATE_MIN = 2


def templated_numbers(lines: list[Line], headings: dict[int, HeadingMarker]) -> list[list[int]]:
    """The short lines that repeat one template, a number in it counting on from page to page (a page
    apart at least: a list of months or items stands line under line, and names different things),
    one list per template.  (A collection's labels 「……致辞 篇1」「……致辞 篇2」 count on as well: the
    furniture reader asks that one of them stand where a page break falls, inside a sentence.)"""
    groups: dict[str, list[tuple[int, list[int]]]] = {}
    for ln in lines:
        c = ln.content
        if not c or len(c) > _TEMPLATE_LINE or ln.index in headings or _DIGITS_RE.search(c) is None:
            continue
        groups.setdefault(_DIGITS_RE.sub("#", c), []).append(
            (ln.index, [int(d) for d in _DIGITS_RE.findall(c)]))
    out: list[list[int]] = []
    for found in groups.values():
        if len(found) < _TEMPLATE_MIN:
            continue
        varying = [k for k in range(len(found[0][1])) if len({nums[k] for _, nums in found}) > 1]
        if len(varying) == 1 and all(
                a[1][varying[0]] < b[1][varying[0]] and b[0] - a[0] >= _PAGE_LINES[0] for a, b in pairwise(found)):
            out.append([i for i, _ in found])
    return out


def viewer_parts(lines: list[Line], headings: dict[int, HeadingMarker]) -> list[int]:
    """A document viewer's chunk marks, 「第2部分」 alone on a line between a text's sections: the first
    counts from no 「第1部分」, under headings of a lower rank that stand under no part (a writer's parts
    come first and count from one, 「第一部分」 over the 「一、」 they hold)."""
    bare = [i for i in sorted(headings) if headings[i].style.name == "part" and headings[i].end >= len(
        lines[i].content) and _ARABIC_PART_RE.match(lines[i].content) is not None]
    if not bare or headings[bare[0]].number == 1:
        return []
    first = bare[0]
    rank = headings[first].style.rank
    if any(k < first and headings[k].style.rank <= rank for k in headings) or \
            not any(k < first and headings[k].style.rank > rank for k in headings):
        return []
    return bare


_ARABIC_PART_RE = lazy_compile(r"^第[ \u3000]?[0-9０-９]{1,2}[ \u3000]?部分$")
