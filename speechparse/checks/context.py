"""What every rule gets: the parsed speech, the settings, and tree helpers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from ..lazyre import lazy_compile
from ..markers import STYLE_BY_NAME, Style, rung_below
from ..numerals import cn_to_int
from .config import Config

if TYPE_CHECKING:  # the typed tree; a plain tree (speechparse.plain) has the same shape
    from ..models import Appendix, Block, Heading, Span, Speech


_ENDS = ("。", "；", ";")  # how a list's item ends: its sentence, or a clause of the sentence the list makes
# 「第三部分」「第五条」 in running text: a mention of a numbered part, not a heading.
_REFERENCE_RE = lazy_compile(r"第([一二三四五六七八九十百]{1,4})(部分|章|节|条)")


@dataclass
class Context:
    speech: Speech
    config: Config
    profile: str  # "speech" (or its alias "report"), "summary" or "article"
    text: str | None = None  # the text parsed, when the caller has it (else source() reads the blocks)
    _restyled: set[int] | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)
    _blocks: list[Block] | None = field(default=None, repr=False)
    _headings: list[Heading] | None = field(default=None, repr=False)
    _order: dict[int, int] | None = field(default=None, repr=False)  # id of a heading → its place in _headings
    _groups: list[tuple[Heading | None, list[Heading]]] | None = field(default=None, repr=False)
    _references: dict[tuple[str, int], Span] | None = field(default=None, repr=False)
    _listed: set[int] | None = field(default=None, repr=False)
    _issued: list[Appendix] | None = field(default=None, repr=False)
    _markdown: bool | None = field(default=None, repr=False)

    def headings(self) -> list[Heading]:
        """Every heading of the speech, then of each document it issues (:meth:`issued`), depth
        first in order: walked once, read by every rule."""
        if self._headings is None:
            self._headings = list(self.speech.headings())
            for a in self.issued():
                self._headings += a.headings()
        return self._headings

    def issued(self) -> list[Appendix]:
        """The appended documents a 公文 issues, named in its attachment note (「附件：……实施方案」):
        drafted with it, so checked with it.  Other appended texts (reference material, a
        document reprinted for study) are someone else's and get no finding."""
        if self._issued is None:
            doc = self.speech.document
            named = {"".join(t.split()) for t in doc.attachments} if doc is not None else set()
            self._issued = [a for a in self.speech.appendices if "".join(a.title.split()) in named] if named else []
        return self._issued

    def source(self, a: int, b: int) -> str:
        """The original text at offsets ``a``..``b`` (inside one line's content)."""
        if self.text is not None:
            return self.text[a:b]
        blocks, k = self._block_at(a)
        if k < 0:
            return ""
        blk = blocks[k]
        return blk.text[a - blk.content_start:b - blk.content_start]

    def blocks_between(self, a: int, b: int) -> Iterator[Block]:
        """The lines (blocks) whose content lies at least partly in offsets ``a``..``b``, found by bisection."""
        blocks, k = self._block_at(a)
        for j in range(max(k, 0), len(blocks)):  # (by index: a slice would copy the rest of the text's lines)
            blk = blocks[j]
            if blk.content_start >= b:
                return
            if blk.content_start + len(blk.text) > a:
                yield blk

    def markdown_heading_between(self, a: Heading, b: Heading) -> bool:
        """A Markdown heading line 「## ……」 of no numbered heading stands between headings ``a`` and ``b``
        (the text at hand)."""
        if self.text is None:
            return False
        text = self.text
        return any(blk.kind != "heading" and blk.text
                   and text[blk.span.start:blk.content_start].lstrip(" \t\u3000")[:1] == "#"
                   for blk in self.blocks_between(a.title_span.end, b.marker_span.start))

    def markdown(self) -> bool:
        """The text at hand is Markdown: a line of it opens with a heading's 「#」 (its 「1. 」 items then need
        the space after the number, as Markdown's list syntax does)."""
        if self._markdown is None:
            text = self.text
            blocks, _ = self._block_at(0)
            self._markdown = text is not None and any(
                text[blk.span.start:blk.content_start].lstrip(" \t\u3000")[:1] == "#" for blk in blocks)
        return self._markdown

    def lead(self, h: Heading) -> str:
        """What stands before ``h``'s marker on its line, as written (「## 」, list indent), or 「」 without the
        text at hand."""
        if self.text is None:
            return ""
        blk = next(self.blocks_between(h.marker_span.start, h.marker_span.start + 1), None)
        return self.text[blk.span.start:h.marker_span.start] if blk is not None else ""

    def markdown_lists(self, run: list[Heading]) -> list[list[Heading]]:
        """``run`` cut into the lists a Markdown export sets apart: by their headings' depth (「## 1.」 and
        「#### 1.」, where the depths count apart better than together: a Word export's 「# 一、」「## 二、」 is
        one count), and where a count starts again at 1 under a Markdown heading of its own (「## 串口
        通信」 then 「1.」) or set in under an item (a nested list)."""
        leads = [self.lead(h) for h in run]
        depths = [len(lead) - len(lead.lstrip("#")) for lead in leads]
        if len(set(depths)) > 1:
            groups = [[h for h, k in zip(run, depths, strict=True) if k == d] for d in sorted(set(depths))]
            if sum(_misplaced(g) for g in groups) < _misplaced(run):
                return [part for g in groups for part in self.markdown_lists(g)]
        starts = [0] + [i for i in range(1, len(run)) if run[i].number == 1 and (
            self.markdown_heading_between(run[i - 1], run[i]) or _indent(leads[i]) >= _indent(leads[i - 1]) + 2)]
        return [run[a:b] for a, b in pairwise([*starts, len(run)])]

    def heading_beside(self, h: Heading, step: int = 1) -> Heading | None:
        """The heading ``step`` places after ``h`` (before it, if negative) in :meth:`headings`' order
        (an index built once)."""
        if self._order is None:
            self._order = {id(x): k for k, x in enumerate(self.headings())}
        k = self._order.get(id(h), -1)
        return self.headings()[k + step] if k >= 0 and 0 <= k + step < len(self.headings()) else None

    def _block_at(self, a: int) -> tuple[list[Block], int]:
        if self._blocks is None:
            self._blocks = list(self.speech.blocks())
            self._starts = [blk.content_start for blk in self._blocks]
        assert self._starts is not None
        return self._blocks, bisect_right(self._starts, a) - 1

    def references(self) -> dict[tuple[str, int], Span]:
        """Numbered parts the running text refers to (「见第三部分」「依照第五条」): by the kind
        of part (部分, 章, 节, 条) and its number, where the first such mention is.

        A renumbering that would make such a mention point elsewhere is never done silently.
        """
        if self._references is None:
            found: dict[tuple[str, int], Span] = {}
            for blk in self.speech.blocks():
                if blk.kind not in ("paragraph", "closing", "heading") or "第" not in blk.text:
                    continue
                for m in _REFERENCE_RE.finditer(blk.text):
                    if not blk.text[:m.start()].strip():
                        continue  # a heading's own marker 「第三部分」, not a mention
                    n = cn_to_int(m.group(1))
                    if n is not None:
                        found.setdefault((m.group(2), n), block_span(blk, m.start(), m.end()))
            self._references = found
        return self._references

    def groups(self) -> list[tuple[Heading | None, list[Heading]]]:
        """Each parent (None for the document) with its list of child headings (made once: most rules read them)."""
        if self._groups is None:
            self._groups = [(None, self.speech.sections)]
            self._groups += [(None, a.sections) for a in self.issued() if a.sections]
            self._groups += [(h, h.children) for h in self.headings() if h.children]
            self._groups = [(parent, part) for parent, siblings in self._groups for part in _apart(siblings)]
        return self._groups

    def mixed_levels(self) -> Iterator[tuple[list[Heading], Style]]:
        """Sibling groups that write one level in two styles, with the style to write them in.

        The style the ladder 一、→（一）→1.→（1） wants under the parent, whatever
        the majority: 「1、」「2、」「（三）」 under 「一、」 become 「（一）」「（二）」「（三）」, so
        that the fix leaves no level skipped (N205) behind.  At the top, the
        highest style among them, but never the second rung 「（一）」 (N205 says the
        top is 「一、」): 「1、」「（二）」 at the top become 「一、」「二、」.
        """
        for parent, siblings in self.groups():
            if not one_level_in_two_styles(siblings):
                continue
            if parent is None:
                keep = min((STYLE_BY_NAME[h.style] for h in siblings), key=lambda s: s.rank)
                if keep.name == "subsection":
                    keep = STYLE_BY_NAME["section"]
            else:
                keep = rung_below(STYLE_BY_NAME[parent.style])
            yield siblings, keep

    def listed(self, h: Heading) -> bool:
        """Whether ``h``, alone on its line and ending in 「。」, is a sentence and not a heading
        that lacks its text (S105), carries a stray 「。」 (H301) or breaks its siblings' layout
        (H305).  So it is beside run-in siblings (「1.事故总量下降。全年……」): a run-in title
        set on its own line, whatever it has under it, or with no more to say
        (「2.重点行业好转。」).  And so it is in a list of two or more such sentences below the
        top with nothing under any of them (「（一）加大项目谋划力度。」「（二）……。」), and in a
        list, at any level, whose items are sentences at least half of them (「三、补充和完善各类文档。」
        among 「二、继续进行……的开发维护工作。」 and its like: a short one is one of them too).  A list's
        items may part one sentence by 「；」, the last ending it: 「①修补破损路面；」「②规范设置减速带。」.  And a
        run of short items under their parent's lead-in 「……重点做好以下工作：」 is that sentence's list,
        however its items end, and a paragraph may follow its last one (:func:`_led_in_list`)."""
        listed = self._listed
        if listed is None:
            listed = self._listed = set()
            for parent, siblings in self.groups():
                alone = [x for x in siblings if not x.run_in]
                if _led_in_list(parent, siblings):
                    listed.update(x.marker_span.start for x in siblings)
                    continue
                if len(siblings) < 2 or not alone or not all(
                        x.marker_span.end_line == x.marker_span.line and x.line_text.rstrip("*").endswith(_ENDS)
                        for x in alone) or not any(x.line_text.rstrip("*").endswith("。") for x in alone):
                    continue
                if len(alone) < len(siblings) or (parent is not None and all(
                        not x.children and not x.has_text for x in alone)) or \
                        sum(x.sentence for x in alone) * 2 >= len(alone):
                    listed.update(x.marker_span.start for x in alone)
        return bool(listed) and h.marker_span.start in listed

    def restyled(self, h: Heading) -> bool:
        """Whether N206 rewrites this heading's whole marker (other marker rules then hold back)."""
        restyled = self._restyled
        if restyled is None:
            restyled = self._restyled = {x.marker_span.start for siblings, keep in self.mixed_levels()
                                         for x in siblings if x.style != keep.name}
        return bool(restyled) and h.marker_span.start in restyled  # (most texts restyle nothing)

    def expects_salutation_and_closing(self) -> bool:
        return self.profile in ("speech", "report")


def _kind(span: Span) -> type[Span]:
    """The class of spans to make from ``span``: its own, or what a computed span stands for."""
    kind: type[Span] = getattr(span, "kind", type(span))
    return kind


def sub_span(span: Span, a: int, b: int) -> Span:
    """Characters ``a``..``b`` of a one-line span (of the same kind: typed or plain tree)."""
    return _kind(span)(start=span.start + a, end=span.start + b, line=span.line,
                      column=span.column + a, end_line=span.line, end_column=span.column + b)


def block_span(blk: Block, a: int, b: int) -> Span:
    """Characters ``a``..``b`` of a block's text (its content, leading junk left out)."""
    span = blk.span
    lead = blk.content_start - span.start
    return sub_span(span, lead + a, lead + b)


def end_span(span: Span, k: int) -> Span:
    """The last ``k`` characters of ``span`` (on its last line; may be empty)."""
    return _kind(span)(start=span.end - k, end=span.end, line=span.end_line,
                      column=span.end_column - k, end_line=span.end_line, end_column=span.end_column)


def point_span(span: Span) -> Span:
    """An empty span at the start of ``span``: where something is missing."""
    return _kind(span)(start=span.start, end=span.start, line=span.line, column=span.column,
                      end_line=span.line, end_column=span.column)


def led_in(h: Heading) -> bool:
    """Heading ``h`` has a paragraph under it that ends with a colon: it leads in to a list
    (「下一步工作计划如下：」 under the last of a 总结's parts)."""
    blocks = [b for b in h.blocks if b.text]
    return bool(blocks) and blocks[-1].text[-1:] in ("：", ":") and blocks[-1].span.start > h.title_span.end


_LIST_ITEM = 30  # characters: a list's item led in by a colon is short


def _led_in_list(parent: Heading | None, siblings: list[Heading]) -> bool:
    """Circled items 「①……」, two or more, each alone on its line and short, none with sub-items and none with
    text under it but the last, right under their parent's lead-in (:func:`led_in`): a list in its sentence."""
    return parent is not None and len(siblings) >= 2 and all(
        x.style == "circled" and not x.run_in and not x.children and len(x.line_text) <= _LIST_ITEM
        and x.marker_span.end_line == x.marker_span.line for x in siblings) \
        and not any(x.has_text for x in siblings[:-1]) and led_in(parent)


def lists_of(siblings: list[Heading]) -> list[list[Heading]]:
    """The siblings cut where a count starts again at one right after a lead-in (:func:`led_in`): the
    year's results 一、二、三、 and, after 「……计划如下：」, the plans 一、二、 are two lists on one level, set
    out each its own way.  (Which of such cuts a slip in the count allows is N201's.)"""
    cuts = [0] + [i for i in range(1, len(siblings))
                  if siblings[i].number == 1 and not siblings[i - 1].children and led_in(siblings[i - 1])]
    return [siblings[a:b] for a, b in zip(cuts, [*cuts[1:], len(siblings)], strict=True)]


def one_level_in_two_styles(siblings: list[Heading]) -> bool:
    """Siblings in two or more styles whose numbers run on across a change of style.

    Or that count 1, 2, 3 … but for one slip (:func:`count_slips`: 「1、」「1、」
    「(三)」「(四)」, or 「1、」「(三)」「(四)」 with 「2、」 left out): the count still
    runs on across the change, so long as no change of style starts again from
    1 (「1、」「2、」「（一）」 are two levels set side by side, N205's).
    """
    if len({h.style for h in siblings}) < 2:
        return False
    changes = [(prev, h) for prev, h in pairwise(siblings) if h.style != prev.style]
    if any(h.number == prev.number + 1 for prev, h in changes):
        return True
    return len(siblings) >= 3 and all(h.number > 1 for _, h in changes) \
        and count_slips([h.number for h in siblings]) == 1


def _apart(siblings: list[Heading]) -> list[list[Heading]]:
    """Siblings as the checks read them: two groups where the first items were a lost heading's list.

    「1.」「2.」 counting cleanly from one right under 「一、」, then 「（二）」 a rung up: the items were the
    list of the 「（一）」 the writer left out (one slip, a missing line), not that level's first two written
    in another style with the next number repeated (two slips at once).  So the items are a level of their
    own (which skips a rung, N205) and 「（二）」 starts its level at the wrong number (N201), where one
    level in two styles (N206) would rewrite three correct markers and renumber the right one."""
    k = next((k for k in range(1, len(siblings)) if siblings[k].style != siblings[0].style), 0)
    if k < 2 or siblings[k].number != 2 or siblings[k].rank >= siblings[0].rank \
            or any(x.number != j for j, x in enumerate(siblings[:k], 1)) \
            or any(x.number != j for j, x in enumerate(siblings[k:], 2)):  # (「（二）」「（四）」: its count has a
        return [siblings]  # slip of its own; one level in two styles with 「（三）」 typed 「（二）」 has one slip)
    return [siblings[:k], siblings[k:]]


def count_slips(numbers: Sequence[int]) -> int:
    """How many slips part ``numbers`` from counting 1, 2, 3 …: 0, 1, or 2 for more.

    One slip is one number written wrong (1 1 3 4), one number skipped with the
    rest counting on from it (1 2 4 5, or 2 3 4 with 1 left out), or one number
    repeated with the rest counting on (1 2 2 3).
    """
    counter = SlipCounter()
    for x in numbers:
        counter.add(x)
    return counter.slips


class SlipCounter:
    """:func:`count_slips` of a run that grows one number at a time, each step in constant time."""

    __slots__ = ("_bad", "_n", "_off", "_prev")

    def __init__(self) -> None:
        self._n = self._off = self._prev = 0
        self._bad: list[tuple[int, int]] = []  # (place, step) of the first two steps that are not +1

    def add(self, x: int) -> None:
        self._off += x != self._n + 1
        if x != self._prev + 1 and len(self._bad) < 2:
            self._bad.append((self._n, x - self._prev))
        self._n += 1
        self._prev = x

    @property
    def slips(self) -> int:
        if self._off <= 1:
            return self._off
        bad = self._bad
        return 1 if len(bad) == 1 and bad[0][1] in (0, 2) and (bad[0][0] or bad[0][1] == 2) else 2


def _misplaced(run: list[Heading]) -> int:
    return sum(h.number != k for k, h in enumerate(run, 1))


def _indent(lead: str) -> int:
    """The ASCII spaces a line sets its marker in by: a Markdown list nested under an item is set in
    so (a draft's 「\u3000\u3000」 indent is a paragraph's, not a list's)."""
    return len(lead.expandtabs(4)) if lead and not lead.strip(" \t") else 0
