"""Where a heading missing from a count may stand in the text unread: N201's evidence.

A number skipped is as often a heading whose marker was lost or mistyped as a number
mistyped: renumbering the next heading then makes the draft worse.  These helpers find
the lost heading's trace between two siblings (its marker unread, run on after a sentence,
in an odd bracket, with a space inside; a short line of words, or a one-sentence item,
with no marker), so that N201 reports the skip without a fix; and the headings around one that
such evidence is read from (its parent, the next at a depth, the last of its style).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazyre import cached_compile, lazy_compile
from ..markers import match_heading
from ..numerals import int_to_cn

if TYPE_CHECKING:
    from ..models import Heading
    from .context import Context

__all__ = ["UNREAD_PART_RE", "next_at", "parent_of", "same_style_before", "title_without_marker", "unread_pattern"]


_LOST_TITLE = 20  # a title that lost its marker is short


def title_without_marker(ctx: Context, before: Heading, h: Heading) -> tuple[int, str] | None:
    """A short line between two siblings (under the first's sub-headings too), no sentence, over a paragraph: the
    missing sibling with its marker deleted (「把重点人群照顾好」 between 「一、」 and 「三、」)."""
    last = before
    while last.children:
        last = last.children[-1]  # (the missing sibling stands after the one before and all its sub-headings)
    blocks = [b for b in ctx.blocks_between(last.span.start, h.marker_span.start) if b.text]
    for above, blk, below in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if blk.kind == "paragraph" and len(blk.text) <= _LOST_TITLE and _LOST_TITLE_RE.match(blk.text) \
                and (above.kind == "heading" or above.text[-1:] in "。！？") and below.kind == "paragraph" \
                and below.text[-1:] in "。！？" and below.span.line - blk.span.line <= 2 \
                and not (above.span.line == last.span.line and not last.title):
            # (a piece of a wrapped paragraph follows no sentence's end; the line under a marker alone,
            # 「第一篇」 then 「总体要求」, is that marker's title)
            return blk.span.line, blk.text
    if before.children:  # (a part whose marker was lost: its title over its own 「一、」, which the part
        # before took for its own, starting its count again: 「第一部分」…「二、」, 「准确把握……任务」, 「一、」,
        # then 「第三部分」)
        kids = [b for b in ctx.blocks_between(before.title_span.end, last.span.start) if b.text]
        for above, blk, below in zip(kids, kids[1:], kids[2:], strict=False):
            if blk.kind == "paragraph" and len(blk.text) <= _LOST_TITLE and _LOST_TITLE_RE.match(blk.text) \
                    and above.text[-1:] in "。！？" and below.kind == "heading" \
                    and (m := match_heading(below.text)) is not None and m.number == 1 \
                    and m.style.rank > before.rank:
                return blk.span.line, blk.text
    if not before.children and len(blocks) == 2 and blocks[0].kind == "heading" and _one_sentence(blocks[0].text) \
            and blocks[1].kind == "paragraph" and len(blocks[1].text) <= _LOST_ITEM and _one_sentence(blocks[1].text):
        return blocks[1].span.line, blocks[1].text  # (one-sentence items 「（一）……。」, one without its marker)
    return None


# A lost title is words: four ideographs or more, no marker, no page's number or mark.
_LOST_TITLE_RE = lazy_compile(r"^(?![一二三四五六七八九十]{1,2}[是要])[\u4e00-\u9fff“”《》]{4,20}$")
_LOST_ITEM = 60


def _one_sentence(text: str) -> bool:
    """One sentence, its 「。」 at the end, no colon leading a list in (「重点抓好以下几项：一是……」)."""
    return text[-1:] == "。" and text.count("。") == 1 and "：" not in text and ":" not in text


_UNREAD_RE: dict[tuple[str, int], re.Pattern[str]] = {}
# The wanted number's marker as its style writes it (「二、」「（二）」「2.」「（2）」), unread: run on after a
# sentence's end (a heading run into the line before it, 「……。二、……」), or at a line's start with its
# bracket left open (「(2严把……」) or in other brackets: a heading that is there, unread.
_UNREAD_FORMS = {  # (or in a bracket no marker uses, 「【二】」「〔2〕」「〈二〉」: typed so, it is read as no heading)
    # (a unit typed by its sound, 「第二张」「第三结」 for 「第二章」「第三节」: the heading, in a wrong word)
    # (or its bracket left open, 「【第二部分当前……」)
    "part": (r"第{cn}(?:部分|部份|章|篇|编)",
             r"第{cn}(?:[张彰帐账掌仗]|不分|布分)(?=[ \u3000：:、]|$)|[【〖]第{cn}(?:部分|部份|章|篇|编)(?![】〗])"),
    "division": (r"第{cn}节", r"第{cn}[结接截洁杰](?=[ \u3000：:、]|$)"),
    "section": (r"{cn}[、．.，,]", ""),
    "subsection": (r"[（(]{cn}[）)]",
                   r"[（(]{cn}(?![一二三四五六七八九十）)])|[【〔［\[〈＜<《「『]{cn}[】〕］\]〉＞>》」』]"),
    "clause": (r"{n}[、．.](?![0-9])", ""),
    "item": (r"[（(]{n}[）)]", r"[（(]{n}(?![0-9）)])|[【〔［\[〈＜<《「『]{n}[】〕］\]〉＞>》」』]"),
}


# A part or a section unit typed by its sound at a line's start, whatever its number (see _UNREAD_FORMS).
UNREAD_PART_RE = lazy_compile(
    r"^第[一二三四五六七八九十]{1,3}(?:[张彰帐账掌仗]|不分|布分|[结接截洁杰])(?=[ \u3000：:、]|$)")


_SPACE = "[ \u3000]{1,2}"


def unread_pattern(style: str, want: int) -> re.Pattern[str] | None:
    """The marker ``want`` of ``style`` where the text holds it unread (see _UNREAD_FORMS), or None."""
    forms = _UNREAD_FORMS.get(style)
    if forms is None:
        return None
    pattern = _UNREAD_RE.get((style, want))
    if pattern is None:
        cn = int_to_cn(want)
        run_on, open_ = (f.format(n=want, cn=cn) for f in forms)
        # (「（十 一）」: a numeral of two characters with a space typed inside, unread)
        spaced = rf"|^[ \t\u3000]*(?P<s>[（(]{_SPACE.join(cn)}[）)])" if style == "subsection" and len(cn) > 1 else ""
        pattern = cached_compile(rf"[。！？；][ \u3000]?(?P<m>{run_on})"
                                 + (rf"|^[ \t\u3000]*(?P<o>{open_})" if open_ else "") + spaced)
        _UNREAD_RE[(style, want)] = pattern
    return pattern


def next_at(ctx: Context, h: Heading, depth: int) -> Heading | None:
    """The first heading after ``h`` at ``depth`` or above, among the many after it."""
    for step in range(1, _LOOK_AHEAD + 1):
        x = ctx.heading_beside(h, step)
        if x is None or x.depth <= depth:
            return x
    return None


def parent_of(ctx: Context, h: Heading) -> Heading | None:
    """The heading ``h`` stands under, among the few before it."""
    for step in range(1, _LOOK_BACK + 1):
        x = ctx.heading_beside(h, -step)
        if x is None or x.depth < h.depth:
            return x if x is not None and x.depth == h.depth - 1 else None
    return None


def same_style_before(ctx: Context, h: Heading) -> Heading | None:
    """The nearest heading of ``h``'s style before it, among the few before it."""
    for step in range(1, _LOOK_BACK + 1):
        x = ctx.heading_beside(h, -step)
        if x is None:
            return None
        if x.style == h.style:
            return x
    return None


_LOOK_AHEAD = 200  # headings looked at after one for the next at a depth
_LOOK_BACK = 40  # headings looked at before one for its parent or the last of its style
