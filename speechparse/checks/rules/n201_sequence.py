"""N201: sibling numbers that are not consecutive (a gap, a duplicate, not starting at 一/1).

Reported once per run of siblings of one style, at the first heading whose
number breaks the sequence; the fix renumbers that heading and those after it.
A fix that changes that heading alone (a repeated 「一、」 back to 「二、」) is safe;
one that renumbers the headings after it is unsafe (``--unsafe-fixes``), and
is not offered at all when the running text mentions a number it would move
(「见第三部分」): the finding says where, and the writer renumbers by hand.
A level may count on through its parents (第一条 … through a rule's chapters, a
国务院 意见's （一）…（十六） through its 一、二、三): read so when that needs fewer
numbers changed than starting again under each parent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from ...markers import STYLE_BY_NAME, renumber
from ...numerals import int_to_cn
from ..context import Context, SlipCounter, count_slips, led_in
from ..registry import Finding, rule
from ..unread import UNREAD_PART_RE, next_at, parent_of, same_style_before, title_without_marker, unread_pattern

if TYPE_CHECKING:
    from ...models import Heading

# How the running text names a part numbered in each style: 「第三部分」「第五条」.
_REFERRED_AS = {"part": "部分", "chapter": "章", "division": "节", "article": "条"}


@rule("N201", "error", "同级编号不连续（跳号、重号或不从「一」「1」开始）", {
    "zh": "编号「{prev}」之后应为「{want}」，实为「{got}」{note}",
    "zh:first": "同级第一个编号应为「{want}」，实为「{got}」{note}",
    "en": "after 「{prev}」 the next number should be 「{want}」, not 「{got}」{note_en}",
    "en:first": "the first number of this level should be 「{want}」, not 「{got}」{note_en}",
    "fix:zh": "「{got}」改为「{want}」{more}",
    "fix:en": "「{got}」 becomes 「{want}」{more_en}",
}, fixable=True, summary_en="sibling numbers not consecutive (gap, duplicate, not starting at 一/1)")
def check(ctx: Context) -> Iterator[Finding]:
    # A level may count on through its parents: the articles of a rule through its chapters
    # (第一条 …), a 国务院 意见's （一）…（十六） through its 一、二、三.  Numbered so, all the
    # headings of a style under parents of one style are one run; numbered again from 一 under
    # each parent, they are runs per parent.  Whichever reading needs fewer numbers changed is
    # the writer's (a slip in either stays one finding); a tie is read per parent, the standard.
    runs: dict[tuple[str, str], list[tuple[bool, list[Heading]]]] = {}  # (style, parent's style)
    for parent, siblings in ctx.groups():
        by_style: dict[str, list[Heading]] = {}
        for h in siblings:
            by_style.setdefault(h.style, []).append(h)
        if len(by_style) > 1:
            # One level in two styles (N206 says so) that counts on across them, 「1、」「2、」「（三）」
            # 「（四）」: its numbers follow the order.  One slip in that count is reported;
            # more, and the styles are two levels set side by side (N205's), not one count.
            slips = count_slips([h.number for h in siblings])
            if slips <= 1:
                if slips == 1:
                    yield from _check_run(ctx, siblings, {})
                continue
            if not _side_by_side(siblings):
                # More slips than one count allows, the styles interleaved or one alone (「(二)」 over
                # 「一、」「一、」, an excerpt's first heading): a style that keeps a count of its own, two
                # or more with one slip at most, keeps it; a lone heading has none to keep.
                by_style = {style: run for style, run in by_style.items()
                            if len(run) > 1 and count_slips([h.number for h in run]) <= 1}
            # Two levels side by side, one after the other (N205's): each keeps its own count,
            # and a slip in either (「（一）（一）」 before 「一、二、」) is that level's.
        for style, run in by_style.items():
            # (a rule's articles count on through its chapters and their divisions alike, 第三条 under 第一节
            # after 第二条 under 第一章: one run whatever the parent's style)
            key = (style, parent.style if parent is not None and style != "article" else "")
            runs.setdefault(key, []).append((parent is None, run))
    for (style, _), per_parent in runs.items():
        flat = [h for _, run in per_parent for h in run]
        apart = sum(h.number != k for _, run in per_parent for k, h in enumerate(run, 1))
        if len(per_parent) > 1 and sum(h.number != k for k, h in enumerate(flat, 1)) < apart:
            yield from _check_run(ctx, flat, _mentions(ctx, style, False))
        else:
            for top, run in per_parent:
                for part in _lists(ctx, run):
                    yield from _check_run(ctx, part, _mentions(ctx, style, top))


def _side_by_side(siblings: list[Heading]) -> bool:
    """Each style's headings stand together, two or more: 「（一）（二）」 then 「一、二、」, not
    interleaved, and no lone heading of a style (「第三节」 over 「二」: no count to keep)."""
    blocks = [len(list(g)) for _, g in groupby(siblings, key=lambda h: h.style)]
    return len(blocks) == len({h.style for h in siblings}) and min(blocks) >= 2


_LIST_BEFORE = 3  # items a list has before a new one may start again at 一


def _lists(ctx: Context, run: list[Heading]) -> list[list[Heading]]:
    """The run cut where a new list starts again at 一 after a lead-in that ends with a colon.

    A 总结 lists the year's results 一、……五、, then 「明年的计划如下：」 and the plans
    一、……四、: two lists, as the page says (after two items only where the new list goes
    on 一、二、 or 一、三、).  A 一、 repeated after one item, or after two with neither after it, or
    with no lead-in before it, is the writer's slip, and stays in its run.  A slip
    inside the first list (一、二、二、) does not join the two: it is reported in its list,
    and the fix of one number leaves the second list as it is.  A list inside one of the
    run's items (:func:`_without_inner_lists`) is a list of its own too, and so are the lists a
    Markdown export sets apart (:meth:`Context.markdown_lists`).
    """
    parts = ctx.markdown_lists(run)
    if len(parts) > 1:
        return [part for p in parts for part in _lists(ctx, p)]
    run, inner = _without_inner_lists(run)
    cuts = [0]
    slips = SlipCounter()  # of the list so far
    for i, h in enumerate(run):
        prev = run[i - 1]
        before = i - cuts[-1]  # (two items and a new list that goes on 一、二、 after the lead-in, or 一、三、 with a
        # skip of its own: two lists too, each with one slip at most, where one count has two)
        if h.number == 1 and (before >= _LIST_BEFORE or (before == _LIST_BEFORE - 1 and i + 1 < len(run)
                                                         and run[i + 1].number in (2, 3))) \
                and not prev.children and slips.slips <= 1 and led_in(prev):
            cuts.append(i)
            slips = SlipCounter()
        slips.add(h.number)
    return [run[a:b] for a, b in zip(cuts, [*cuts[1:], len(run)], strict=True)] + inner


def _without_inner_lists(run: list[Heading]) -> tuple[list[Heading], list[list[Heading]]]:
    """The run without the lists inside its items, and those lists.

    「1.过滤器」, 「……使用步骤如下：」, 「1.定义……」「2.配置……」, then 「2.拦截器」: a list of two or
    more from 1, led in by a colon under an item, after which the item's own count goes on
    (「2.」 after 「1.」), is that item's inside in the same style: a count of its own, no slip of the
    outer one.  (A 「1.」 typed for 「2.」 is no such list: the count after it does not go back.)
    """
    outer: list[Heading] = []
    inner: list[list[Heading]] = []
    i = 0
    while i < len(run):
        h = run[i]
        if h.number == 1 and outer and led_in(outer[-1]):
            j = i + 1
            while j < len(run) and run[j].number == run[j - 1].number + 1:
                j += 1
            if j - i >= 2 and j < len(run) and run[j].number == outer[-1].number + 1 and _counts_on(run, j):
                inner.append(run[i:j])
                i = j
                continue
        outer.append(h)
        i += 1
    return outer, inner


def _counts_on(run: list[Heading], j: int) -> bool:
    """The run's count goes on from ``run[j]`` without a slip up to its end or its next 1: the items before
    ``run[j]`` were a list inside the last item (「……计划如下：」「1.」「2.」 then 「4.」「4.」 is the plans' list
    with a slip in it, 一、二、四、四, not an inner list and a repeated 「4.」)."""
    k = j + 1
    while k < len(run) and run[k].number != 1:
        if run[k].number != run[k - 1].number + 1:
            return False
        k += 1
    return True


def _mentions(ctx: Context, style: str, top: bool) -> dict[int, tuple[int, str]]:
    """The numbers of this run that the text mentions, with the line and the words (「第三部分」)."""
    kind = _REFERRED_AS.get(style) or ("部分" if top and style == "section" else None)
    if kind is None:
        return {}
    return {n: (at.line, f"第{int_to_cn(n)}{kind}") for (k, n), at in ctx.references().items() if k == kind}


def _check_run(ctx: Context, run: list[Heading], mentioned: dict[int, tuple[int, str]]) -> Iterator[Finding]:
    """One finding per slip (:func:`_slips`): a run with one slip has one.  A fix is not offered where
    renumbering may hide the writer's slip (:func:`_doubt`)."""
    # (a slip after the run started counting again, 「一、」「一、二、」「二、」, is as likely the wake of a list set at
    # the wrong level as a typo: its fix a guess; two typos alone, 「一、一、五、」, are each put back safely, and so
    # is a typo before a new list that starts again further down)
    restarted = False  # (or after a slip whose fix was withheld: the count after it may be the writer's own)
    for i, want, moved in _slips(run):
        doubt = _doubt(ctx, run, i, want)
        f = _finding(run, i, want, moved, mentioned, doubt)
        yield dataclasses.replace(f, unsafe=True) if restarted and f.edits else f
        restarted = restarted or len(moved) > 1 or doubt is not None


def _doubt(ctx: Context, run: list[Heading], i: int, want: int) -> dict[str, str] | None:
    """Why renumbering ``run[i]`` may make the draft worse, or None.  A number is skipped where a
    heading is missing as often as where it was mistyped: the missing heading's marker unread in the
    text says which (not the announced count: an excerpt cut short disagrees with it).  A heading
    pasted twice (the same title again) is one to delete; a sub-heading typed one level up, one to
    restyle: neither to renumber."""
    h = run[i]
    if i == 0 and h.number == 2:
        # (「1.」「2.」 right under 「一、」, then 「（二）」: the list of the 「（一）」 left out)
        items: list[Heading] = []
        step = -1
        while (x := ctx.heading_beside(h, step)) is not None and (
                x.depth > h.depth or (x.depth == h.depth and x.rank > h.rank)):
            items += [x] if x.depth == h.depth else []
            step -= 1
        if items:
            gone = renumber(h.marker, STYLE_BY_NAME[h.style], h.number, 1)
            seen = "".join(f"「{x.marker}」" for x in items[::-1]) if len(items) <= 2 else \
                f"「{items[-1].marker}」至「{items[0].marker}」"
            return {"note": f"（其前的{seen}可能原属漏写的「{gone}」，未自动修复）",
                    "note_en": f" ({seen} before it may belong to a missing 「{gone}」; not fixed)"}
    if i == 0 and h.number > want:  # (a level that starts at 二 where its 一 stands under an earlier parent: the
        earlier = same_style_before(ctx, h)  # count may go on across the parents; to renumber is a guess)
        if earlier is not None and earlier.number == h.number - 1:
            return {"note": f"（前文已有「{earlier.marker}」，此处或接续其编号，未自动修复）",
                    "note_en": f" (「{earlier.marker}」 stands earlier: the count may go on from it; not fixed)"}
    pattern = unread_pattern(h.style, want) if h.number > want and i > 0 else None
    if pattern is not None:
        a, b = run[i - 1].title_span.end, h.marker_span.start
        found = next(((blk.span.line, m) for blk in ctx.blocks_between(a, b)
                      if (m := pattern.search(blk.text, max(0, a - blk.content_start))) is not None), None)
        if found is not None:
            line, m = found
            seen = m.group("m") or m.groupdict().get("o") or m.groupdict().get("s") or ""
            return {"note": f"（第{line}行有未成行的「{seen}」，可能是标题，未自动修复）",
                    "note_en": f" (line {line} holds an unread 「{seen}」, maybe the missing heading; not fixed)"}
    if h.number == 1 and i > 0:  # (a count that starts again under a higher heading typed in a wrong word)
        a, b = run[i - 1].title_span.end, h.marker_span.start
        part = next(((blk.span.line, m.group()) for blk in ctx.blocks_between(a, b)
                     if (m := UNREAD_PART_RE.match(blk.text)) is not None), None)
        if part is not None:
            return {"note": f"（第{part[0]}行的「{part[1]}」可能是上一级标题，此处重新编号，未自动修复）",
                    "note_en": f" (line {part[0]}'s 「{part[1]}」 may be a higher heading it starts again under; "
                               "not fixed)"}
    if h.number == 1 and i > 0 and (up := parent_of(ctx, h)) is not None:
        # (「第一部分」 over 「一、」「二、」「一、」「二、」, then 「第三部分」: 「第二部分」 was here)
        after = next_at(ctx, run[-1], up.depth)
        if after is not None and after.style == up.style and after.number == up.number + 2:
            gone = renumber(up.marker, STYLE_BY_NAME[up.style], up.number, up.number + 1)
            return {"note": f"（其后的「{after.marker}」前缺「{gone}」，此处或是其下重新编号，未自动修复）",
                    "note_en": f" (「{gone}」 is missing before 「{after.marker}」: the count may start again under it "
                               "here; not fixed)"}
    if h.number > want and i > 0 and run[0].number == 1 and h.number == _count_before(ctx, run[0]) + i + 1:
        # (「（一）」「（二）」 under 二、, then 「（一）」「（四）」 under 三、: the level counts through its
        # parents, and the slip is the 「（一）」 that should have gone on from 「（二）」)
        return {"note": f"（本级编号接续前文，「{h.marker}」与之相符，可能是「{run[0].marker}」写错，未自动修复）",
                "note_en": f" (the level counts on from the part before, as 「{h.marker}」 does: 「{run[0].marker}」 "
                           "may be the slip; not fixed)"}
    if h.number > want and i > 0:
        lost = title_without_marker(ctx, run[i - 1], h)
        if lost is not None:
            return {"note": f"（第{lost[0]}行「{lost[1]}」可能是缺了序号的标题，未自动修复）",
                    "note_en": f" (line {lost[0]}, 「{lost[1]}」, may be the heading with its marker lost; not fixed)"}
    if h.number == want + 1 and i > 0:
        again = next((x for j, x in enumerate(run[i - 1].children) if j and x.number == 1
                      and not led_in(run[i - 1].children[j - 1])), None)
        if again is not None:  # (the same, seen from 「第三部分」: the count under 「第一部分」 starts again where
            # 「第二部分」 stood)
            line, gone = again.marker_span.line, renumber(h.marker, STYLE_BY_NAME[h.style], h.number, want)
            return {"note": f"（「{run[i - 1].marker}」下的编号在第{line}行重新从头开始，"
                            f"那里或缺了「{gone}」，未自动修复）",
                    "note_en": f" (the count under 「{run[i - 1].marker}」 starts again on line {line}: "
                               f"「{gone}」 may be missing there; not fixed)"}
    first = next((j for j in (i, i - 1) if j >= 1 and j + 1 < len(run) and run[j].number != 1
                  and run[j + 1].number == 2 and led_in(run[j - 1])), None)
    if first is not None:
        # (「……计划如下：」, 「四、」, 「二、」: a new list whose 「一、」 was typed as the old count's next)
        seen = run[first].marker
        return {"note": f"（「{seen}」前有冒号引出的新一组，可能应从「一」编起，未自动修复）",
                "note_en": f" (a colon leads in a new list before 「{seen}」: it may start again at one; not fixed)"}
    if h.number == want + 1 and i + 1 < len(run) and run[i + 1].number == want and h.children:
        return {"note": f"（与其后的「{run[i + 1].marker}」次序可能颠倒，未自动修复）",
                "note_en": f" (it and 「{run[i + 1].marker}」 after it may stand the wrong way round; not fixed)"}
    if h.number > want and i + 1 < len(run) and run[i + 1].number == want:
        return {"note": f"（其后的「{run[i + 1].marker}」才接续编号，此处可能是下一级标题写成了本级，未自动修复）",
                "note_en": f" (「{run[i + 1].marker}」 after it goes on with the count: a sub-heading written at this "
                           "level? not fixed)"}
    if i > 0 and h.number == run[i - 1].number:  # (of two alike, one that goes on from a sub-heading's count and
        # is set as that level is, 「（二）……。要……」 then 「三、……。要……」 where 「三、」 stands alone, is that level's
        # 「（三）」 typed at this one)
        for x, other in ((h, run[i - 1]), (run[i - 1], h)):
            before = ctx.heading_beside(x, -1)
            if before is not None and before.rank > x.rank and before.number == x.number - 1 \
                    and before.run_in == x.run_in != other.run_in:
                line = x.marker_span.line
                return {"note": f"（第{line}行的「{x.marker}」接在「{before.marker}」之后，可能是下一级标题写成了本级，"
                                "未自动修复）",
                        "note_en": f" (「{x.marker}」 on line {line} goes on from 「{before.marker}」: a sub-heading "
                                   "written at this level? not fixed)"}
    if i > 0 and h.number == run[i - 1].number and h.title and h.title == run[i - 1].title:
        return {"note": "（与上一标题相同，可能是重复粘贴，未自动修复）",
                "note_en": " (the same title as the heading before: pasted twice? not fixed)"}
    if not h.has_text and not h.children:  # (the heading after it, of a higher level, starts its count again:
        after = ctx.heading_beside(h)  # this one was meant as that level's next, 「（二）」 for 「二、」)
        if after is not None and after.rank < h.rank and after.number == 1:
            return {"note": "（其下无内容，紧接更高一级的标题，可能层级写错，未自动修复）",
                    "note_en": " (nothing under it, and a heading of a higher level right after: set at the wrong "
                               "level? not fixed)"}
    return None


def _count_before(ctx: Context, first: Heading) -> int:
    """The number of the last heading of ``first``'s style before it (under an earlier parent), or -1."""
    earlier = same_style_before(ctx, first)
    return earlier.number if earlier is not None else -1


def _slips(run: list[Heading]) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Each slip of a run: (its place, the number wanted, the numbers a fix sets).

    Read in order against the count 1, 2, 3 …: a heading whose number is not its place
    was typed wrong (「1、1、5.」: the second one and the 5), and its fix is that number
    alone; unless the headings after it count on from it (「1、2、3、1、2、3、」) or repeat
    it (every heading 「一、」), when the writer went on so and the fix renumbers that stretch.  Every slip is its own
    finding at its own line, and the fixes together give 1, 2, 3 ….
    """
    i = 0
    while i < len(run):
        if run[i].number == i + 1:
            i += 1
            continue
        if run[i].number == i + 2 and i + 1 < len(run) and run[i + 1].number == i + 1 and (
                i + 2 == len(run) or run[i + 2].number == i + 3):
            yield i, i + 1, [(i, i + 1), (i + 1, i + 2)]  # (「一、三、二、四、」: two swapped, one slip)
            i += 2
            continue
        k = i + 1
        while k < len(run) and run[k].number != k + 1 and run[k].number in (
                run[k - 1].number + 1, run[k - 1].number if run[k - 1].number == run[i].number else 0):
            k += 1
        yield i, i + 1, [(j, j + 1) for j in range(i, k)]
        i = k


def _finding(run: list[Heading], i: int, want_number: int, moved: list[tuple[int, int]],
             mentioned: dict[int, tuple[int, str]], doubt: dict[str, str] | None = None) -> Finding:
    """The finding at ``run[i]``; its fix sets ``run[j]``'s number to ``n`` for each (j, n) of ``moved``."""
    h = run[i]
    want = renumber(h.marker, STYLE_BY_NAME[h.style], h.number, want_number)
    edits = tuple((run[j].marker_span, renumber(run[j].marker, STYLE_BY_NAME[run[j].style], run[j].number, n))
                  for j, n in moved)
    more = {"more": "，其后各项依次顺延" if len(edits) > 1 else "",
            "more_en": ", and those after it follow" if len(edits) > 1 else ""}
    # Renumbering other headings would make a mention of their old number
    # (「见第三部分」) point elsewhere: said, and left to the writer.
    cited = next((mentioned[run[j].number] for j, _ in moved if run[j].number in mentioned), None) \
        if len(moved) > 1 else None
    note = {"note": "", "note_en": ""}
    if cited is not None:
        line, words = cited
        note = {"note": f"（第{line}行提到「{words}」，改号会使其错位，未自动修复）",
                "note_en": f" (line {line} mentions 「{words}」, which renumbering would move: not fixed)"}
        edits = ()
    if doubt is not None and not note["note"]:
        note, edits = doubt, ()
    args = {"want": want, "got": h.marker, **more, **note}
    if i == 0:
        return Finding(h.marker_span, args, edits, "first")
    prev = run[i - 1]  # as it is meant to be numbered, when it is a slip too
    return Finding(h.marker_span, {"prev": renumber(prev.marker, STYLE_BY_NAME[prev.style], prev.number,
                                                    want_number - 1), **args}, edits)
