"""W401: 「二」 where a count of two takes 「两」 before a measure word (「二点意见」 → 「两点意见」).

A count of two says 「两」 before a measure word: 「讲两点意见」「从两个方面」「两项任务」.
「二」 stays in an ordinal (「第二个」), in a larger numeral (「十二个」「二十二项」), in
「一二个」 (a rough count), in and before a decimal (「七点二个百分点」「二点五」), and before the words whose
「二」 is a term of its own (「二次」「二类」「二层」).  The fix changes 「二」 alone.
"""

from collections.abc import Iterator

from ... import hant
from ...lazyre import lazy_compile
from ..context import Context, block_span
from ..registry import Finding, rule

_TWO_RE = lazy_compile(
    r"(?<![第十百千万亿零〇○一二两三四五六七八九0-9０-９.．点])二"
    r"(?=(?P<w>个|点|条|项|句|件|种|位|名|方面|张|份|支|步)(?![〇○零一二三四五六七八九十0-9０-９]))"
)
_READ = frozenset(("paragraph", "closing", "heading", "salutation"))


@rule("W401", "warning", "量词前的数量「二」应为「两」（「二点意见」→「两点意见」）", {
    "zh": "「{got}」中的「二」应为「{two}」：量词前的数量用「{two}」",
    "en": "「{got}」: a count of two before a measure word is 「{two}」, not 「二」",
    "fix:zh": "「二」改为「{two}」",
    "fix:en": "「二」 becomes 「{two}」",
}, fixable=True, unsafe_fix=True,
   summary_en="「二」 for a count of two before a measure word (「二点意见」 → 「两点意见」)")
def check(ctx: Context) -> Iterator[Finding]:
    for blk in ctx.speech.blocks():
        if blk.kind not in _READ or "二" not in blk.text:
            continue
        key = hant.key(blk.text)  # (「二點」 too: the key keeps the offsets)
        for m in _TWO_RE.finditer(key):
            at = block_span(blk, m.start(), m.end())
            got = blk.text[m.start():m.end("w")]
            two = "兩" if got != key[m.start():m.end("w")] else "两"  # a traditional text says 兩
            yield Finding(at, {"got": got, "two": two}, ((at, two),))
