"""S104: no closing appeal after the last section; or one whose final mark was left out, said as such."""

from collections.abc import Iterator

from ...page.closing import ADDRESS_OPENER_RE
from ..context import Context, block_span, point_span
from ..registry import Finding, rule


@rule("S104", "warning", "最后一部分之后缺少结束语（如「同志们，……而努力奋斗！」）", {
    "zh": "缺少结束语：最后一部分之后应有号召性的结束语（如「同志们，……而努力奋斗！」）",
    "en": "no closing appeal after the last section (such as 「同志们，……而努力奋斗！」)",
    "zh:unended": "末段「{opening}……」像是结束语，但末尾缺少标点（如「！」「。」）",
    "en:unended": "the last paragraph 「{opening}……」 reads as the closing appeal but has no final mark",
}, summary_en="no closing appeal after the last section")
def check(ctx: Context) -> Iterator[Finding]:
    s = ctx.speech
    if s.closing is not None or not s.sections or not ctx.expects_salutation_and_closing():
        return
    last = s.sections[-1]
    while last.children:
        last = last.children[-1]
    text_blocks = [b for b in last.blocks if b.kind in ("paragraph", "heading")]
    blk = text_blocks[-1]
    if blk.kind == "paragraph" and blk.text[-1:] not in _ENDS and (m := ADDRESS_OPENER_RE.match(blk.text)):
        # (「同志们，……落地见效」 with no mark: the appeal is there, its end left open; the reader takes no
        # paragraph cut short for a closing, a page may have cut it)
        yield Finding(block_span(blk, len(blk.text), len(blk.text)), {"opening": m.group()}, variant="unended")
        return
    yield Finding(point_span(blk.span))


_ENDS = frozenset("。！？!?…”’」』")
