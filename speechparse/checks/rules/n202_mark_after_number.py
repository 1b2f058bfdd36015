"""N202: the wrong mark after a number: 「一.」「一，」 → 「一、」; 「1、」「1，」「1．」 → 「1.」."""

from collections.abc import Iterator

from ...markers import STYLE_BY_NAME
from ..context import Context, sub_span
from ..registry import Finding, rule

_WANT = {"section": "、", "clause": "."}
_MARKS = frozenset("、，,.．")


@rule("N202", "error", "序号写法不对：「一、」用顿号，「1.」用半角圆点，不写「第三、」", {
    "zh": "序号「{marker}」应写作「{fixed}」",
    "zh:ordinal": "标题序号「{marker}」应为「{want}」",
    "zh:twice": "序号「{marker}」后多了一个「{got}」",
    "zh:digits": "序号「{marker}」应使用半角数字：「{fixed}」",
    "en": "after the number in 「{marker}」 the mark should be 「{want}」, not 「{got}」",
    "en:ordinal": "the heading number 「{marker}」 should be 「{want}」",
    "en:twice": "one 「{got}」 too many after the marker 「{marker}」",
    "en:digits": "write the marker 「{marker}」 in half-width digits: 「{fixed}」",
    "fix:zh": "「{marker}」改为「{fixed}」",
    "fix:en": "「{marker}」 becomes 「{fixed}」",
    "fix:zh:twice": "删去多余的「{got}」",
    "fix:en:twice": "delete the extra 「{got}」",
}, fixable=True, summary_en="wrong mark after a number (「一、」 takes 、, 「1.」 a dot; no 「第三、」)")
def check(ctx: Context) -> Iterator[Finding]:
    for h in ctx.headings():
        if h.style == "section" and h.marker.startswith("第"):  # 「第三、」 among 「一、」「二、」
            if ctx.restyled(h):
                continue
            standard = STYLE_BY_NAME["section"].standard(h.number)
            yield Finding(h.marker_span, {"marker": h.marker, "want": standard, "fixed": standard},
                          ((h.marker_span, standard),), "ordinal")
            continue
        want = _WANT.get(h.style)
        line = h.line_text
        n = len(h.marker)
        if h.sep and n < len(line) and line[n] == h.sep[-1] and line[n] in _MARKS:
            at = sub_span(h.marker_span, n, n + 1)  # 「二、、把……」: the mark typed twice
            yield Finding(at, {"marker": h.marker, "got": line[n]}, ((at, ""),), "twice")
        if want is None or not h.sep or ctx.restyled(h):
            continue
        if h.sep == want:
            if h.style == "clause" and any("０" <= ch <= "９" for ch in h.marker):
                fixed = str(h.number) + want  # 「２.」: full-width digits with the dot of 「2.」
                yield Finding(h.marker_span, {"marker": h.marker, "fixed": fixed}, ((h.marker_span, fixed),),
                              "digits")
            continue
        if h.style == "clause" and any("０" <= ch <= "９" for ch in h.marker):
            # 「２．」: the digits too are full-width, and 「1.」 is written in half-width ones
            fixed = str(h.number) + want
            yield Finding(h.marker_span, {"marker": h.marker, "want": want, "got": h.sep, "fixed": fixed},
                          ((h.marker_span, fixed),))
            continue
        at = sub_span(h.marker_span, n - len(h.sep), n)
        fixed = h.marker[:n - len(h.sep)] + want
        yield Finding(at, {"marker": h.marker, "want": want, "got": h.sep, "fixed": fixed}, ((at, want),))
