"""How a numbered heading's title wraps: the rest of its title, or its text run in.

A hard-wrapped copy (:mod:`speechparse.page.wrap`) cuts a heading's line like any other.  Whether
the next full line is more of the title or the heading's text depends on how its siblings are set:
on short lines of their own (their titles end where the line does), run into their text (a sentence
end on their line), or filling the line.  A line that stops mid-phrase (「……对我镇粮食的」) goes on
whatever its siblings do.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker, renumber

SENTENCE_END = frozenset("。！？!?…；;：:")
SENTENCE_MARKS = "。，；！？,;!?"
NO_LINE_START = frozenset("、，,。；;：:）)》」』”’")  # (a piece that opens on one goes on the line before)
_TITLE_TAIL = 4  # at most this many characters of a wrapped heading's title before its 「。」
_SHORT_TAIL = 12  # a title's last piece this short may end in a sentence mark (「行条例》；」)
# A title's line that ends on one of these stops mid-phrase (「……对我镇粮食的」 / 「增收作用，……」): no title
# ends on a particle, a conjunction or a comma
_MID_PHRASE = frozenset("的与及之把被，,、")


def heading_shapes(lines: list[Line], headings: dict[int, HeadingMarker], size: list[int],
                    width: int) -> dict[int, list[int]]:
    """For each heading, its sibling group's shapes (the headings of its style under the same
    parent): how many stand alone on a short line, how many run into their text on their own
    line (a sentence end there), and how many fill it."""
    groups: dict[tuple[str, int], list[int]] = {}
    of: dict[int, list[int]] = {}
    last_at: dict[int, int] = {}  # rank → the latest heading of that rank
    for i in sorted(headings):
        hm = headings[i]
        parent = max((k for r, k in last_at.items() if r < hm.style.rank), default=-1)
        last_at[hm.style.rank] = i
        group = groups.setdefault((hm.style.name, parent), [0, 0, 0])
        # (「2.地点:……大院内;」: an item ending in 「；」 is a sentence of a list, as one with 「。」 in it)
        ended = any(p in lines[i].content for p in "。！？!?") or lines[i].content[-1] in "；;"
        group[1 if ended else 2 if size[i] >= width - 1 and not _title_tail_below(lines, headings, size, width, i)
              else 0] += 1
        of[i] = group
    return of


def counted_in_turn(headings: dict[int, HeadingMarker]) -> set[int]:
    """The headings whose style's next heading on the page counts on from them (「一、」 … 「二、」):
    a list the page keeps, each a line of its own however full the line above."""
    last: dict[object, int] = {}
    out: set[int] = set()
    for i in sorted(headings):
        hm = headings[i]
        if hm.sep and hm.sep in "，,":
            continue  # (「一，」 is as often a wrap's piece of 「第一，」 or 「其一，」; 「（二）」 has no mark)
        j = last.get(hm.style)
        if j is not None and headings[j].number + 1 == hm.number:
            out.add(j)
            out.add(i)
        last[hm.style] = i
    return out


def _title_tail_below(lines: list[Line], headings: dict[int, HeadingMarker], size: list[int], width: int,
                      i: int) -> bool:
    """The full heading line ``i`` has its title's last piece under it (short, no sentence in it):
    a title longer than the line, standing alone as one on a short line does."""
    j = i + 1
    while j < len(lines) and not lines[j].is_blank and not size[j]:
        j += 1  # page furniture between (a page number, a running header): no piece of anything
    if j >= len(lines) or lines[j].is_blank or j in headings or size[j] >= width - 1:
        return False
    return not any(p in lines[j].content for p in SENTENCE_MARKS)


def runs_in(i: int, shapes: dict[int, list[int]]) -> bool:
    """A full heading line over a full line runs into its text as its siblings do: when more of
    them run in than stand alone, or none stands alone and another fills its line too (headings
    all exactly as long as the line are unlikely; paragraphs that fill it are the rule)."""
    alone, running, full = shapes.get(i, [0, 0, 1])
    return running > alone or (alone == 0 and full - 1 >= 1)


def no_sibling_stands_alone(i: int, shapes: dict[int, list[int]]) -> bool:
    """No sibling of the heading on line ``i`` stands alone on a short line, nor runs in:
    nothing says how its level is set."""
    alone, running, _ = shapes.get(i, [0, 0, 1])
    return alone == 0 and running == 0


def title_goes_on(head: Line, ln: Line, right_after: bool, size: list[int], width: int,
                   run_in: bool, unknown: bool, paragraph: str) -> bool:
    """A heading line goes on only with the rest of its title, or as a run-in heading.

    A heading that fills the line is followed by its title's last piece (short,
    with no sentence end) or by its paragraph, which it does not take in,
    unless the heading runs into its text on its own line.
    """
    if any(p in head.content for p in "。！？!?") or left_open(paragraph):
        return True  # (「（一）……出发(曹桥街道」: what follows is inside the bracket the title left open)
    c = ln.content
    if c[0] in NO_LINE_START:
        return True  # 「、市民政局7、……」: no line starts on a mark that closes what is before it
    if not right_after and (run_in or unknown or any(p in paragraph for p in "。；！？;!?")):
        return True  # it took its text already: the paragraph goes on
    if abs(size[ln.index] - width) <= 1:
        # 「（四）……牵引作」 / 「用。扎实推进……」: the title's last characters, then its text run in
        end = next((k for k, ch in enumerate(c[:_TITLE_TAIL + 1]) if ch in "。！？!?"), None) if right_after else None
        if end is None:
            # 「一、市、区人民政府……根据上述相关法律法规和本市」 / 「需要，发布……」: a full heading line over another
            # full line runs into its text when its siblings do (``run_in``); where they stand alone on short
            # lines, it is a title as long as the line, and its text starts on the next, unless it stops mid-phrase
            return run_in or paragraph[-1] in _MID_PHRASE
        return 0 < end and not any(p in c[:end] for p in "，,、；;")
    # the title's last piece: no sentence end, or a short one (「行条例》；」 ends an item); or, where
    # the siblings run into their text, the last piece of the paragraph (「部分，按……退还。」), and so
    # where no sibling says how the level is set (``unknown``): a title exactly as long as the line
    # over one short sentence is less likely than a heading run into its text, cut at the width
    clauses = _clauses(paragraph)
    return abs(size[ln.index] - width) > 1 and (c[-1] not in SENTENCE_END or len(c) <= _SHORT_TAIL
                                                 or run_in or unknown or clauses >= _RUN_IN_CLAUSES
                                                 or (clauses > 0 and _clauses(c) > 0))


# A heading line with this many clauses is running text, run in (「1、……到位,……15万元,根据」), and so is one
# with a clause whose next piece goes on in clauses (「1、……到位,费用共计十五万」 / 「元,根据……,……。」).
_RUN_IN_CLAUSES = 2


def _clauses(text: str) -> int:
    return text.count("，") + text.count(",")


_PAIRS = (("(（", ")）"), ("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"))


def left_open(text: str, closer: str = "") -> bool:
    """``text`` leaves a bracket or quotation open (the one ``closer`` closes, if given)."""
    return any(sum(text.count(o) for o in opens) > sum(text.count(x) for x in closes)
               for opens, closes in _PAIRS if not closer or closer in closes)


_HEADING_TAIL_RE = lazy_compile(r"^[\u4e00-\u9fff]{2,30}$")


def heading_tail(heading: str, c: str) -> bool:
    """A few words, no mark, under a heading line that has none of a sentence's marks either."""
    return _HEADING_TAIL_RE.match(c) is not None and not any(p in heading for p in "。；！？;!?")


def enumerated_inline(hm: HeadingMarker, paragraph: str) -> bool:
    """「……（三）向农民说明……。」 / 「（四）掌握……」: the paragraph numbers its items inline,
    and a wrap put the next one at a line start; it is no heading."""
    # (inside the text, not opening it: a run-in heading 「（一）……。」 opens its own paragraph)
    return hm.number > 1 and paragraph.find(renumber(hm.marker, hm.style, hm.number, hm.number - 1), 1) > 0
