"""H305: siblings that mix headings on their own line with run-in headings.

「（一）抓学习」 alone on its line, then 「（二）抓落实。要……」 running into its
paragraph: one level, two layouts.  Reported at the siblings in the
minority layout (on a tie, at the run-in ones); numbered sentences take no
part, nor do sentences set alone beside run-in siblings (``Context.listed``), nor a heading
over a list of its own (「——坚持……」 items or sub-headings), which has no paragraph to run into.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context import Context, lists_of
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Heading


_LIST_ITEM_FIRST = ("——", "—", "－", "•", "·", "●", "◆", "■", "▲", "★")


def _heads_a_list(h: "Heading") -> bool:
    """A heading over a list of its own (「（三）基本原则」 over 「——坚持……」 items, or over
    sub-headings) stands alone by need: it has no paragraph to run into."""
    if h.children:
        return True
    first = next((b for b in h.blocks if b.kind == "paragraph"), None)
    return first is not None and first.text.startswith(_LIST_ITEM_FIRST)


@rule("H305", "warning", "同级标题有的单独成行、有的接排正文", {
    "zh": "「{marker}{title}」后接正文，而同级的「{other}」单独成行，同级标题宜统一格式",
    "zh:own": "「{marker}{title}」单独成行，而同级的「{other}」后接正文，同级标题宜统一格式",
    "en": "「{marker}{title}」 runs into its paragraph while its sibling 「{other}」 stands on its own line",
    "en:own": "「{marker}{title}」 stands on its own line while its sibling 「{other}」 runs into its paragraph",
}, summary_en="siblings mixing own-line and run-in headings")
def check(ctx: Context) -> Iterator[Finding]:
    for _, siblings in ctx.groups():
        for part in lists_of(siblings):  # (a 总结's plans after 「……计划如下：」 are set out their own way)
            yield from _check_list(ctx, part)


def _check_list(ctx: Context, siblings: list["Heading"]) -> Iterator[Finding]:
    """One list of siblings: the headings in its minority layout."""
    group = [h for h in siblings if not h.sentence and h.title and not ctx.listed(h)]
    run_in = [h for h in group if h.run_in]
    own = [h for h in group if not h.run_in and not _heads_a_list(h)]
    if not run_in or not own:
        return
    minority, majority, variant = (own, run_in, "own") if len(own) < len(run_in) else (run_in, own, "")
    other = majority[0]
    for h in minority:
        yield Finding(h.marker_span, {"marker": h.marker, "title": h.title,
                                      "other": other.marker + other.title}, variant=variant)
