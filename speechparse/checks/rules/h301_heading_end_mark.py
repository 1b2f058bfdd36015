"""H301: a heading on its own line that ends with 。：；，.

A numbered sentence (a list item, ``Heading.sentence``) is not a heading: its 「。」 stays.
Nor are sub-headings that all end in 「。」 (three or more siblings under a heading):
those are run-in titles set on lines of their own, as a 政府工作报告 writes
「（一）经济运行稳中有进。」 before its paragraph (and as a scrape splits them); one of
them without the 「。」 makes the others slips again.  The top level keeps the rule.
Two or more such siblings with nothing under any of them are a list of sentences
(``Context.listed``), and keep their 「。」 too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context import Context, sub_span
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading

_BAD_END = "。：；，:;,"
_RUN_IN_GROUP = 3  # siblings below the top that all end in 。: run-in titles set apart


def _end(line: str) -> int:
    """Where a heading line ends, bold marks left out."""
    return len(line.rstrip("*"))


def _end_mark(ctx: Context, h: Heading) -> str:
    if h.marker_span.end_line != h.marker_span.line:  # 「（」 / 「三）……。」: the title's line
        return ctx.source(h.title_span.end - 1, h.title_span.end).rstrip("*")[-1:]
    end = _end(h.line_text)
    return h.line_text[end - 1] if end else ""


def _set_apart_run_ins(ctx: Context) -> set[int]:
    """The headings of sibling groups below the top that all end in 「。」 (see above)."""
    out: set[int] = set()
    for parent, siblings in ctx.groups():
        own = [h for h in siblings if not h.run_in and not h.sentence]
        if parent is not None and len(own) >= _RUN_IN_GROUP and all(_end_mark(ctx, h) == "。" for h in own):
            out.update(id(h) for h in own)
    return out


@rule("H301", "warning", "单独成行的标题末尾不应加「。：；，」", {
    "zh": "单独成行的标题「{marker}{title}」末尾不应加「{mark}」",
    "en": "a heading on its own line should not end with 「{mark}」: 「{marker}{title}」",
    "zh:split": "标题「{marker}{title}{mark}」断成了两行，下一行「{rest}」应接在其后",
    "en:split": "the heading 「{marker}{title}{mark}」 is broken over two lines: 「{rest}」 on the next belongs to it",
    "fix:zh": "删去句末「{mark}」",
    "fix:en": "delete the final 「{mark}」",
}, fixable=True, summary_en="a heading on its own line ending with 。：；，")
def check(ctx: Context) -> Iterator[Finding]:
    set_apart = _set_apart_run_ins(ctx)
    for h in ctx.headings():
        if h.run_in or h.sentence or id(h) in set_apart or ctx.listed(h):
            continue  # a numbered sentence keeps its 「。」, and so do run-in titles set apart
        if h.marker_span.end_line != h.marker_span.line:
            continue  # a marker a scrape broke over two lines: its title is on the next
        line = h.line_text
        end = _end(line)
        if end == 0 or line[end - 1] not in _BAD_END:
            continue
        if line[end - 1] in "：:" and h.children and h.children[0].marker_span.line == h.marker_span.line + 1:
            continue  # (「1.……，按照以下三类分级处置：」 right over its 「①」「②」: a lead-in, its colon its own)
        offset = 0  # the marker opens the line's content
        at = sub_span(h.marker_span, offset + end - 1, offset + end)
        params = {"marker": h.marker, "title": h.title.rstrip(_BAD_END), "mark": line[end - 1]}
        rest = _rest_of_title(h) if line[end - 1] in _CLAUSE_MARKS else None
        if rest is not None:  # 「一、对标对表，」 over 「全面补齐城市管理短板」: the title broken over two lines
            yield Finding(at, {**params, "rest": rest}, (), variant="split")  # (deleting the comma would hide it)
            continue
        gap = end - 1 - len(line[:end - 1].rstrip(" \u3000\t\xa0"))  # (「压实责任 。」: the space goes with it)
        at = sub_span(h.marker_span, offset + end - 1 - gap, offset + end)
        yield Finding(at, params, ((at, ""),))


_CLAUSE_MARKS = "，,、"
_REST = 24  # a title's second half is short
_SENTENCE_MARKS = frozenset("。！？；：，,!?;:、")


def _rest_of_title(h: Heading) -> str | None:
    """The paragraph right under heading ``h`` when it reads as the rest of its title: short, no mark of a
    sentence in it, and a paragraph of text or a sub-heading after it."""
    blocks = [b for b in h.blocks if b.text]
    if len(blocks) < 2 or blocks[1].span.line != h.marker_span.line + 1:
        return None
    c = blocks[1].text
    if len(blocks) >= (2 if h.children else 3) and len(c) <= _REST and _SENTENCE_MARKS.isdisjoint(c):
        return c  # (and after it a paragraph, or the heading's first sub-heading)
    # (or a run-in title's rest and its text: 「（一）坚持问需于民，」 over 「科学制定……。改不改……」)
    head, stop, _ = c.partition("。")
    return head if stop and len(head) <= _REST and _SENTENCE_MARKS.isdisjoint(head) else None
