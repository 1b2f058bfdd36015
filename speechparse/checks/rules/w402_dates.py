"""W402: a date line (under the title, or signing the text off) that is no real date, mixes
numeral styles, or pads its month or day with a zero.

GB/T 9704-2012 (7.3.5.3) writes the date of a document in Arabic numerals, year, month and
day in full, with no padding zero (「2026年1月5日」, not 「2026年01月05日」); a speech's date
under its title is often in Chinese numerals (「二〇二六年一月五日」), which is one style
too.  What a writer gets wrong: 「二〇二六年1月5日」 (two styles in one date),
「2026年01月05日」, and a day the calendar does not have (「2026年2月30日」).  The first two
are fixed in the date's own span (to Arabic numerals, unpadded); a date that does not
exist is only reported: what the writer meant is not known.
"""

import calendar
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lazyre import lazy_compile
from ...numerals import to_int
from ..context import Context, block_span
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Block

_AR = "[0-9０-９]"
_CN = "[〇○零一二三四五六七八九十]"
_DATE_RE = lazy_compile(
    rf"(?P<y>{_AR}{{4}}|[〇○零一二三四五六七八九]{{4}})[ \u3000]{{0,2}}年[ \u3000]{{0,2}}"
    rf"(?P<m>{_AR}{{1,2}}|{_CN}{{1,2}})[ \u3000]{{0,2}}月[ \u3000]{{0,2}}"
    rf"(?P<d>{_AR}{{1,2}}|{_CN}{{1,3}})[ \u3000]{{0,2}}(?P<u>[日号])"
)
# A date line in figures only, 「2026.8.20」「2026-08-20」「2026/8/20」 (a machine's or a note's way, no document's)
_FIGURES_RE = lazy_compile(
    r"^[（(]?(?P<y>(?:19|20)\d{2})(?P<s>[.．\-/])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})[)）]?$")
# A date line cut short after its day's figures, 「2026年5月6」 (「2026年5月」, a month, is a date as written).
_CUT_RE = lazy_compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}$")
_READ = frozenset(("date", "meta", "signature"))
_SIGNED = frozenset(("date", "signature"))
_ARABIC = frozenset("0123456789０１２３４５６７８９")


@rule("W402", "warning", "日期不规范：不是有效日期、汉字与阿拉伯数字混用、月日编虚位", {
    "zh": "「{got}」不是有效的日期",
    "zh:mixed": "日期「{got}」混用汉字和阿拉伯数字，应统一写作「{want}」",
    "zh:padded": "日期「{got}」的月、日不编虚位，应为「{want}」",
    "zh:hao": "日期「{got}」应以「日」结尾：「{want}」",
    "zh:figures": "日期「{got}」应写作「{want}」",
    "zh:cut": "日期「{got}」不完整：缺少「日」字，或数字被截断",
    "en": "「{got}」 is not a real date",
    "en:mixed": "the date 「{got}」 mixes Chinese and Arabic numerals: write 「{want}」",
    "en:padded": "the date 「{got}」 pads its month or day with a zero: write 「{want}」",
    "en:hao": "the date 「{got}」 ends in 「日」, not 「号」: write 「{want}」",
    "en:figures": "write the date 「{got}」 as 「{want}」",
    "en:cut": "the date 「{got}」 is incomplete: 「日」 is missing, or its figures are cut",
    "fix:zh": "「{got}」改为「{want}」",
    "fix:en": "「{got}」 becomes 「{want}」",
}, fixable=True, unsafe_fix=True,
   summary_en="a date line that is no real date, mixes numeral styles, or pads with zeros")
def check(ctx: Context) -> Iterator[Finding]:
    for blk in ctx.speech.blocks():
        if blk.text[-1:] in _ARABIC and "月" in blk.text and _CUT_RE.match(blk.text):
            yield Finding(block_span(blk, 0, len(blk.text)), {"got": blk.text}, (), "cut")
            continue  # 「2026年5月6」 alone on its line: a date cut short (what is missing is not known: no fix)
        if blk.kind in _SIGNED and "年" not in blk.text and (blk.text[-1:].isdigit() or blk.text[-1:] in "）)"):
            yield from _figures(blk)  # (a page's stamp in the head, 「2024-05-17」, is the page's: not read)
        if blk.kind not in _READ or "年" not in blk.text:
            continue
        m = _DATE_RE.search(blk.text)
        if m is None or (blk.kind != "date" and len(blk.text) > m.end() - m.start() + 6):
            continue  # a date inside a longer line of the head is not a date line
        year, month, day = (to_int(m.group(g)) for g in "ymd")
        if year is None or month is None or day is None:
            continue
        got = m.group()
        at = block_span(blk, m.start(), m.end())
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
            yield Finding(at, {"got": got})
            continue
        want = f"{year}年{month}月{day}日"
        styles = {all(ch in _ARABIC for ch in m.group(g)) for g in "ymd"}
        if len(styles) > 1:
            yield Finding(at, {"got": got, "want": want}, ((at, want),), "mixed")
        elif True in styles and (m.group("m").startswith(("0", "０")) or m.group("d").startswith(("0", "０"))):
            yield Finding(at, {"got": got, "want": want}, ((at, want),), "padded")
        elif m.group("u") == "号":
            want = got[:-1] + "日"  # (the numerals as written: only the word is wrong)
            yield Finding(at, {"got": got, "want": want}, ((at, want),), "hao")


def _figures(blk: "Block") -> Iterator[Finding]:
    """A date line in figures and dots, dashes or slashes (see above): written out, unpadded."""
    m = _FIGURES_RE.match(blk.text)
    if m is None:
        return
    year, month, day = (int(m.group(g)) for g in "ymd")
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return
    got = blk.text[m.start("y"):m.end("d")]
    at = block_span(blk, m.start("y"), m.end("d"))
    yield Finding(at, {"got": got, "want": f"{year}年{month}月{day}日"}, ((at, f"{year}年{month}月{day}日"),),
                  "figures")
