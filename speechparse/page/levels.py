"""Levels a writer set the wrong way: the nesting the page meant, from its evidence.

Siblings of one level written in two styles (「1、」「2、」「(三)」), and a page
whose levels are upside down throughout (「（一）」 over 「一、」), are read as
the writer meant them (``Layout.nest_as``); the checks report the slip.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from ..inline import heading_text
from ..layout import Layout
from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import ODD_BRACKETS, STYLE_BY_NAME, TITLE_END_RE, HeadingMarker, Style, rung_below
from ..numerals import cn_to_int


def mis_styled_siblings(layout: Layout, region: list[int]) -> None:
    """A lower style that goes on counting its predecessor is its sibling.

    「（二）明确任务」 then 「3.狠抓落实」: the writer meant 「（三）」.  Nesting by
    style would make 「3.」 the first child of 「（二）」; numbering says it is
    the next of the same level, so it nests as 「（二）」 does, and so do the
    「4.」「5.」 that go on counting after it.  Not when its own style was
    counting there already (「1.」「2.」 under 「一、」, 「3.」 under 「二、」 numbers
    clauses across sections), nor when the sibling it would be comes later in
    its own style (「（二）」 under 「一、」 before 「二、」).
    """
    prev: HeadingMarker | None = None
    prev_style: Style | None = None
    last_of_style: dict[str, int] = {}
    alias: dict[str, tuple[Style, int]] = {}  # written style → (style it nests as, last number)
    for k, i in enumerate(region):  # the region's heading lines, in order
        hm = layout.headings[i]
        style = hm.style
        kept = alias.get(style.name)
        lower = _first_of_lower(layout, region, k) or _upper_typed_lower(layout, region, k)
        if lower is not None:
            style = lower  # (「（一）」「（一）」 then 「2.」: the second is the list's 「1.」 typed a rung up)
            layout.nest_as[i] = style
        elif kept is not None and hm.number == kept[1] + 1:
            style = kept[0]
            layout.nest_as[i] = style
            alias[hm.style.name] = (style, hm.number)
        elif (prev is not None and prev_style is not None and style.rank > prev_style.rank
                and not style.optional  # (第三条 after 第二章: articles count on through chapters)
                and hm.number == prev.number + 1 and hm.number > 1
                and last_of_style.get(style.name, 0) + 1 != hm.number
                and not _number_comes(layout, region, k + 1, prev_style, hm)):
            style = prev_style
            layout.nest_as[i] = style
            alias[hm.style.name] = (style, hm.number)
        elif (prev is not None and prev_style is not None and style.rank < prev_style.rank
                and hm.number == prev.number + 1 and hm.number > 1
                and last_of_style.get(style.name, 0) + 1 < hm.number  # (as its own style, it would skip)
                and _own_next_comes(layout, region, k + 1, style, last_of_style.get(style.name, 0) + 1)
                and not _opens_list_of(layout, region, k + 1, prev_style, hm.number)):
            # 「（一）」 over 「1.」「2.」, then 「（三）」「（四）」 and only later the writer's own 「（二）」: the
            # higher style goes on counting the lower one's items, which it is one of (N206)
            style = prev_style
            layout.nest_as[i] = style
            alias[hm.style.name] = (style, hm.number)
        else:
            alias.pop(hm.style.name, None)
        for name, (target, _) in list(alias.items()):
            if name != hm.style.name and style.rank < target.rank:
                del alias[name]  # a higher level begins: the writing is no longer a sibling's
        last_of_style[hm.style.name] = hm.number
        prev, prev_style = hm, style


_LOOKAHEAD = 200  # headings: how far the writer's own next sibling is looked for


def _first_of_lower(layout: Layout, region: list[int], k: int) -> Style | None:
    """The style a rung down that ``region[k]`` begins, typed in its parent's style: it repeats the number of
    the heading right above it (no text between), in its style, and the heading right after it, a rung
    down, goes on from it (「（一）到基层去」「（一）主动到艰苦地方去」「2.主动到吃劲岗位去」: one slip, 「1.」
    typed as 「（一）」, where the writing as it stands has two, a number repeated and a list that starts at 2)."""
    if not 0 < k < len(region):
        return None
    hm, prev = layout.headings[region[k]], layout.headings[region[k - 1]]
    nxt = layout.headings[region[k + 1]] if k + 1 < len(region) else None
    below = rung_below(hm.style)  # (the rung right under its style: a deeper one's number says nothing here)
    goes_on = nxt is not None and nxt.style == below and nxt.number == hm.number + 1
    if goes_on and nxt is not None and prev.style == hm.style and prev.number == hm.number and all(
            ln.is_blank for ln in layout.lines[region[k - 1] + 1:region[k]]):
        return nxt.style  # (right under it: 「（一）」 with text of its own and then 「（一）」 is a repeated number)
    # (or it breaks its own style's count — starts it again at 一 where it goes on past it or has ended, or
    # repeats the number that follows it — where the count a rung down runs through it: 「一、」 over
    # 「（一）」, then 「二、」 over 「（三）」 before the writer's own 「二、」: the 「（二）」 typed as 「二、」)
    fits = prev.style == below and prev.number == hm.number - 1
    alone = nxt is None or nxt.style.rank <= hm.style.rank
    if not goes_on and not (fits and alone):
        return None  # (nearly every heading: the looks further off below are not needed)
    before = next((h for j in range(k - 1, max(-1, k - 1 - _LOOKAHEAD), -1)
                   if (h := layout.headings[region[j]]).style == hm.style), None)
    after = next((h for j in range(k + 1, min(len(region), k + _LOOKAHEAD))
                  if (h := layout.headings[region[j]]).style.rank <= hm.style.rank), None)
    if before is None:
        return None
    own = after.number if after is not None and after.style == hm.style else None
    past = hm.number not in (before.number, before.number + 1) and (
        own == before.number + 1 or (after is None and hm.number == 1))
    # (a number the count goes on past, the rung down's count running through it; or the writer's own number
    # further down, 「（三）」 going on from it at once: 「二、」 over its own 「（一）」 is the count going on)
    if goes_on and nxt is not None and (past or own == hm.number):
        return nxt.style
    # (or, nothing under it, it ends the rung down's count at the number its own style takes next or has
    # past: 「（一）」「（二）」「三、」, then the writer's 「三、」; not 「三、」 over its own 「（一）」: swapped)
    if not (fits and alone and own is not None and after is not None):
        return None
    # (its own style's next repeating its number, it must be set as the rung down is, not as its own: run in
    # after 「（二）……。」 as they are, the writer's 「三、」 alone; else a repeated 「三、」)
    return prev.style if past or (own == hm.number and _run_in(layout, region[k]) == _run_in(layout, region[k - 1])
                                  != _run_in(layout, region[k + 1])) else None


def _run_in(layout: Layout, i: int) -> bool:  # (「（二）持之以恒抓项目。谋划……」: inline.heading_text's reading)
    return heading_text(layout.lines[i].content, layout.headings[i]).run_in


def _upper_typed_lower(layout: Layout, region: list[int], k: int) -> Style | None:
    """The parent's level that ``region[k]`` is, typed a rung down: its number breaks its own style's count
    where the parent's count misses exactly it and goes on past it (「二、」 over 「（一）」…「（三）」, then
    「（三）坚持廉洁自律」 and 「四、」: the 「三、」; any 「（一）」「（二）」 between it and 「四、」 are its own).
    One slip, where the writing as it stands has two, a number repeated and one skipped."""
    hm = layout.headings[region[k]]
    prev = layout.headings[region[k - 1]] if k > 0 else None
    if hm.number < 2 or (prev is not None and prev.style == hm.style and prev.number + 1 == hm.number):
        return None  # (its parent's level numbers it two at least; and a sibling's next number is in its count)
    sibling = parent = None
    for j in range(k - 1, max(-1, k - 1 - _LOOKAHEAD), -1):
        h = layout.headings[region[j]]
        if h.style.rank < hm.style.rank:
            parent = h
            break
        if h.style == hm.style and sibling is None:
            sibling = h
    if parent is None or parent.style.optional or parent.number != hm.number - 1 or sibling is None \
            or sibling.number + 1 == hm.number:
        return None
    own = 0
    for j in range(k + 1, min(len(region), k + _LOOKAHEAD)):
        h = layout.headings[region[j]]
        if h.style.rank <= parent.style.rank:
            return parent.style if h.style == parent.style and h.number == hm.number + 1 else None
        if h.style == hm.style:
            if h.number != own + 1:
                return None  # (the count going on from it in its own style: a number repeated there)
            own = h.number
    return None


def _opens_list_of(layout: Layout, region: list[int], k: int, style: Style, number: int) -> bool:
    """The heading after ``region[k - 1]`` (numbered ``number``) is of ``style`` and does not go on from it:
    ``region[k - 1]`` has children in the style it would be read as, so it is its own level's (two sections
    swapped, 「三、」 then 「二、」, each over its 「（一）」), not that style's next sibling (which a 「（四）」
    after it would go on from)."""
    if k >= len(region):
        return False
    h = layout.headings[region[k]]
    return h.style == style and h.number != number + 1


def _own_next_comes(layout: Layout, region: list[int], k: int, style: Style, number: int) -> bool:
    """Whether the writer's own next heading of ``style`` (numbered ``number``) comes after
    ``region[k]``, before a higher level begins or the style starts a new list at 一."""
    for i in region[k:k + _LOOKAHEAD]:
        h = layout.headings[i]
        if h.style.rank < style.rank or (h.style == style and h.number == 1 < number):
            return False
        if h.style == style and h.number == number:
            return True
    return False


def _number_comes(layout: Layout, region: list[int], k: int, style: Style, hm: HeadingMarker) -> bool:
    """Whether what follows ``region[k]`` says ``hm`` is no sibling of ``style`` after all.

    「一、」 then 「（二）」 then, later, 「二、」: the writer's own 「二、」 is still to come.
    Or the next 「（…）」 does not count on from it (「（二）」 again): read as a
    sibling, it would be left a child of its own.  Either way 「（二）」 is a child
    level that starts at the wrong number (N201), not 「二、」 in another style.
    """
    last = hm.number
    own = True  # (「（二）」 then at once 「（一）」「（二）」「（三）」: its own sub-list in its style, which only the
    # writer's 「二、」 typed as 「（二）」 can have; the count the lookahead follows is then the sub-list's)
    for i in region[k:k + _LOOKAHEAD]:
        h = layout.headings[i]
        if h.style.rank <= style.rank:
            return h.style == style and h.number == hm.number
        if h.style == hm.style:
            if own and h.number == 1 < hm.number:
                last = 1
            elif h.number != last + 1:
                return True
            else:
                last = h.number
            own = False
    # Nothing after it says: 「（二）」 in the very rung under 「一、」 misses one item as a child, its
    # 「（一）」 (a heading left unmarked, as a cut excerpt's last section may show it); 「（三）」 would
    # miss two, and 「2）」 under 「（一）」 skips a rung: they go on counting instead.
    return hm.number == 2 and last == 2 and not style.optional and hm.style == rung_below(style)


def inverted_levels(layout: Layout, region: list[int]) -> bool:
    """Two levels written the wrong way up, throughout: 「（一）」 over 「一、」 (when
    so read, the siblings test above does not run on the region).

    The region opens with a lower style A that counts on 1, 2, 3 … through it,
    and a higher style B appears only after an A and counts from 1 again under
    each A, at least twice.  Nested by the ladder, B would be the top level
    restarting its numbers and A an orphan before it; the writer's numbering
    says A is the top and B is under it, so A nests as B would and B as A
    would.  The checker still reports the inversion (N205), once.  One number
    out of its sequence is a slip of the page's own (N201 reports it); more,
    and the numbers do not bear the inversion out: not when A restarts (a list
    in the preamble, then sections that each have their own 「（一）」), nor when
    B never starts again under a second A.
    """
    if not region:
        return False
    hms = [layout.headings[i] for i in region]
    a = hms[0].style
    above = {hm.style.name for hm in hms if hm.style.rank < a.rank}
    if len(above) != 1:
        return False
    b = next(hm.style for hm in hms if hm.style.name in above)
    tops = under = restarts = breaks = 0
    for hm in hms:
        if hm.style == a:
            breaks += hm.number != tops + 1
            tops += 1
            under = 0
        elif hm.style == b:
            breaks += hm.number != under + 1
            restarts += under == 0
            under += 1
    if restarts < 2 or breaks > 1:  # (one number slipped in the inverted page is the writer's slip)
        return False
    for i, hm in zip(region, hms, strict=True):
        if hm.style == a:
            layout.nest_as[i] = b
        elif hm.style == b:
            layout.nest_as[i] = a
    return True


def inner_lists(layout: Layout, region: list[int], noise: list[bool]) -> None:
    """A list in a higher style inside an item of a lower one: 「2.强化要素保障」, then
    「（一）保障用地」「（二）保障资金」, then 「3.强化服务」.

    Nested by the ladder, 「（一）」 would close 「2.」 and 「3.」 would fall under 「（二）」;
    the writer's numbering says 「3.」 goes on from 「2.」, so the list between is the inside
    of 「2.」 (the levels written the wrong way up there: N205 says so).  So it is when
    「2.」 is the last of its list and a bare title, the list right under it its only text,
    while 「1.」 before it had text of its own (titles that all stand bare are an outline,
    where 「（一）」 after 「2.」 is the writer's next item in the wrong style: N205 too).
    Only a whole list, from its 1 on (or its 2, the writer's slip), with nothing else between
    it and what follows.
    """
    heads = layout.headings
    k = 1
    open_: list[Style] = []  # the levels open at the heading before ``region[k]``, as nested
    while k < len(region):
        prev, hm = heads[region[k - 1]], heads[region[k]]
        low = layout.nest_as.get(region[k - 1]) or prev.style
        while open_ and open_[-1].rank >= low.rank:
            open_.pop()
        open_.append(low)
        if hm.number > 2 or hm.style.rank >= low.rank or hm.style.optional or region[k] in layout.nest_as:
            k += 1
            continue
        if any(x.name == hm.style.name for x in open_):  # (「一、」 again over 「1.」: a slip, no list)
            end = _resumed_after(heads, region, k)
            if end is not None:  # unless the outer count goes on right after it: 「（一）」「1.」, then
                _nest_under(layout, region[k:end], low)  # 「（一）」「（二）」 inside 「1.」, then the outer 「（二）」
                k = end
            else:
                k += 1
            continue
        end = k + 1  # (a list with a slip of its own, 「（一）（三）」 or 「（一）（一）」, is still one)
        while end < len(region) and heads[region[end]].style == hm.style \
                and abs(heads[region[end]].number - (end - k + 1)) <= 1:
            end += 1
        if end - k < 2:
            k = end
            continue  # (one item is no list to read inside another)
        after = heads[region[end]] if end < len(region) else None
        last = after is None or after.style.rank < prev.style.rank  # (「2.」 is the last of its list)
        goes_on = after is not None and after.style == prev.style and 0 <= after.number - prev.number <= 2
        if goes_on or (last and _bare_title(layout, noise, region[k - 1], region[k])
                       and _said_more(layout, noise, region, k - 1)):
            _nest_under(layout, region[k:end], low)
        k = end


def _nest_under(layout: Layout, items: list[int], low: Style) -> None:
    """Read the heading lines ``items`` one rung below ``low``, the item they stand inside."""
    inner = rung_below(low)
    for i in items:
        layout.nest_as[i] = inner


def _bare_title(layout: Layout, noise: list[bool], i: int, j: int) -> bool:
    """Heading line ``i`` is a title alone (no text run in after it, no paragraph under it
    before the heading on line ``j``)."""
    lines = layout.lines
    c = lines[i].content
    m = TITLE_END_RE.search(c, layout.headings[i].end)
    if m is not None and m.end() < len(c):
        return False
    return all(ln.is_blank or noise[ln.index] for ln in lines[i + 1:j])


def _said_more(layout: Layout, noise: list[bool], region: list[int], k: int) -> bool:
    """The sibling before heading ``region[k]`` (its style, the number before) has text of its
    own, or a list read inside it."""
    h = layout.headings[region[k]]
    for j in range(k - 1, -1, -1):
        before = layout.headings[region[j]]
        style = layout.nest_as.get(region[j]) or before.style
        if style.rank > h.style.rank:
            continue  # (what was under it: the sibling itself stands further up)
        return before.style == h.style and before.number == h.number - 1 and (
            region[j + 1] in layout.nest_as or not _bare_title(layout, noise, region[j], region[j + 1]))
    return False


def _resumed_after(heads: dict[int, HeadingMarker], region: list[int], k: int) -> int | None:
    """Where a list from 1 at ``region[k]``, in a style already open above, ends, if right after
    it the open heading of that style is followed by its next number (the list is then inside the
    lower heading before it, not a restart of the outer count); else None."""
    hm = heads[region[k]]
    outer = next((heads[region[j]] for j in range(k - 1, -1, -1) if heads[region[j]].style == hm.style), None)
    if outer is None or hm.number != 1:
        return None
    end = k + 1
    while end < len(region) and heads[region[end]].style == hm.style and heads[region[end]].number == end - k + 1:
        end += 1
    after = heads[region[end]] if end < len(region) else None
    if end - k < 2 or after is None or after.style != hm.style or after.number != outer.number + 1:
        return None
    return end


# A number in a bracket no marker uses, at a line's start: 「〔三〕」「【二】」「［2］」「〈二〉」.
_ODD_BRACKET_RE = lazy_compile(
    r"^(?P<o>[〔【［\[〈])(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,2})(?P<c>[〕】］\]〉])[ \u3000]?(?=\S{2})")
_ODD_CLOSE = ODD_BRACKETS


def odd_bracketed(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """A number in an odd bracket that goes on its siblings' count is theirs, typed in the wrong bracket.

    「（二）完善机制」, then 「〔三〕整治村容村貌。……」: the writer meant 「（三）」 (N204 says so and
    fixes it).  Only where the number fills its place among siblings in 「（一）」 or 「（1）」 style, the one
    before it (under the same parent) or the one after it: a page that brackets every number so
    (「【一】」「【二】」) has no such siblings, and its lines stay as they are.
    """
    order = sorted(headings)
    for ln in lines:
        c = ln.content
        if not c or c[0] not in _ODD_CLOSE or noise[ln.index] or ln.index in headings:
            continue
        m = _ODD_BRACKET_RE.match(c)
        if m is None or _ODD_CLOSE[m.group("o")] != m.group("c"):
            continue
        digits = m.group("n").isdigit()
        number = int(m.group("n")) if digits else cn_to_int(m.group("n"))
        style = STYLE_BY_NAME["item" if digits else "subsection"]
        if number is None or not _fills(lines, headings, order, ln.index, style, number):
            continue
        end = m.end()
        headings[ln.index] = HeadingMarker(style, c[:m.end("c")], number, "", m.group("o"), m.group("c"), end)
        insort(order, ln.index)


def _fills(lines: list[Line], headings: dict[int, HeadingMarker], order: list[int], i: int, style: Style,
           number: int) -> bool:
    """Line ``i``'s number is the next after its style's sibling above, or the one before its sibling below
    (no heading of a higher level between).  A sibling with no title is no evidence: a bare 「（4）」 may be
    a page's number, and the notes 「〔5〕……」「〔6〕……」 after it are no list it goes on."""
    k = bisect_left(order, i)
    for j in range(k - 1, max(k - 1 - _LOOKAHEAD, -1), -1):  # (a few headings each way: no square)
        hm = headings[order[j]]
        if hm.style.rank < style.rank:
            break
        if hm.style.name == style.name:
            return hm.number == number - 1 and len(lines[order[j]].content) > hm.end
    for j in order[k:k + _LOOKAHEAD]:
        hm = headings[j]
        if hm.style.rank < style.rank:
            return False
        if hm.style.name == style.name:
            return hm.number == number + 1 and len(lines[j].content) > hm.end
    return False
