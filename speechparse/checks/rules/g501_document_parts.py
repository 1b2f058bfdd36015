"""G501: the parts of a 公文 under its body, against GB/T 9704-2012 (7.3.4–7.3.6, 7.4).

Read only where the title names a kind of 公文 (通知、请示、纪要…; see
:mod:`speechparse.page.gongwen`).  Under the body the standard sets, in this
order: 附件说明, 发文机关署名, 成文日期, 附注; then the 版记, 抄送 over 印发.
What a writer gets wrong, and what is reported:

* a part out of that order (the date over the signature, the attachment note
  under it): reported at the part that should stand higher, with no fix, as
  moving lines is the writer's call;
* the 成文日期 in Chinese numerals (the 1999 edition's style): the 2012
  standard writes it in Arabic numerals, year, month and day in full
  (「2026年3月2日」).  Fixed in its span.  One without its day (「2026年4月」) is
  reported with no fix: the day is the writer's to give.  A speech's date is not read here:
  Chinese numerals are a style of its own (see W402);
* 「附件」 followed by a half-width colon, or an attachment's name followed by
  punctuation (「附件名称后不加标点符号」): both fixed in their span;
* the 主送机关 without its full-width colon (7.3.2: 「回行时仍顶格，最后一个机关名称后标全角冒号」):
  the colon put in, or a half-width one made full width.

The 版头 (发文机关标志, 发文字号) is not checked: pages print the document
number under the title as often as above it.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lazyre import lazy_compile
from ...numerals import to_int
from ...page.gongwen import ORDER, PART_NAMES
from ..context import Context, end_span, sub_span
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import DocumentPart

_CHECKED = ("attachments", "issuer", "date", "note", "copy_to", "printed")
_RANK = {role: ORDER.index(role) for role in _CHECKED}
_CN_DATE_RE = lazy_compile(
    r"(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")
_HALF_COLON_RE = lazy_compile(r"^附件[ \u3000]{0,2}(?P<c>:)")
_MONTH_ONLY_RE = lazy_compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月$")
_NAME_END = "。；;，,、.．"  # marks a name may end with (a run of them, read from the end: no pattern
# search, which would try every start of a long run of marks and cost its square)


@rule("G501", "warning", "公文正文之后各部分不符合 GB/T 9704（次序、成文日期写法、附件说明格式）", {
    "zh": "{part}应在{other}之前（GB/T 9704：附件说明、发文机关署名、成文日期、附注，再是抄送、印发）",
    "zh:numerals": "成文日期「{got}」应用阿拉伯数字标全年、月、日：「{want}」",
    "zh:colon": "「附件」后应为全角冒号「：」",
    "zh:partial": "成文日期「{got}」应标全年、月、日",
    "en:partial": "the date of signing 「{got}」 takes year, month and day in full",
    "zh:name_end": "附件名称「{name}」后不加标点符号",
    "zh:addressee": "主送机关「{name}」后应加全角冒号「：」",
    "zh:addressee_half": "主送机关「{name}」后的冒号应为全角「：」，实为半角「:」",
    "en:addressee_half": "the addressee 「{name}」 takes a full-width colon 「：」, not 「:」",
    "fix:zh:addressee_half": "「:」改为「：」",
    "fix:en:addressee_half": "「:」 becomes 「：」",
    "en": "the {part_en} should stand before the {other_en} (GB/T 9704 order under the body)",
    "en:numerals": "write the date of signing 「{got}」 in Arabic numerals: 「{want}」",
    "en:colon": "「附件」 takes a full-width colon 「：」",
    "en:name_end": "no punctuation after the attachment name 「{name}」",
    "en:addressee": "the addressee 「{name}」 takes a full-width colon 「：」 after it",
    "fix:zh:numerals": "「{got}」改为「{want}」",
    "fix:en:numerals": "「{got}」 becomes 「{want}」",
    "fix:zh:colon": "「:」改为「：」",
    "fix:en:colon": "「:」 becomes 「：」",
    "fix:zh:name_end": "删去「{mark}」",
    "fix:zh:addressee": "「{name}」后加「：」",
    "fix:en:addressee": "add 「：」 after 「{name}」",
    "fix:en:name_end": "remove 「{mark}」",
}, fixable=True, summary_en="a 公文's parts under its body out of GB/T 9704 order or form")
def check(ctx: Context) -> Iterator[Finding]:
    doc = ctx.speech.document
    if doc is None:
        return
    parts = [p for p in doc.parts if p.role in _RANK]
    seen: set[str] = set()
    top = ""  # the lowest-standing role so far (the highest rank)
    for p in parts:
        rank = _RANK[p.role]
        if top and rank < _RANK[top] and p.role not in seen:  # once per part: its first line
            yield Finding(p.span, {"part": PART_NAMES[p.role], "other": PART_NAMES[top],
                                   "part_en": p.role.replace("_", " "), "other_en": top.replace("_", " ")})
        seen.add(p.role)
        if not top or rank > _RANK[top]:
            top = p.role
    for p in doc.parts:
        if p.role == "addressee":
            yield from _addressee_colon(ctx, p)
    for p in parts:
        if p.role == "date":
            yield from _date_numerals(ctx, p)
        elif p.role == "attachments":
            yield from _attachment_form(ctx, p)


def _date_numerals(ctx: Context, p: "DocumentPart") -> Iterator[Finding]:
    span = p.span
    text = ctx.source(span.start, span.end)
    m = _CN_DATE_RE.search(text)
    if m is None:
        if (cut := _MONTH_ONLY_RE.search(text)) is not None:  # (「2026年4月」: the day left out, no fix)
            yield Finding(sub_span(span, cut.start(), cut.end()), {"got": cut.group()}, (), "partial")
        return
    year, month, day = (to_int(m.group(g)) for g in "ymd")
    if year is None or month is None or day is None:
        return
    want = f"{year}年{month}月{day}日"
    at = sub_span(span, m.start(), m.end())
    yield Finding(at, {"got": m.group(), "want": want}, ((at, want),), "numerals")


def _attachment_form(ctx: Context, p: "DocumentPart") -> Iterator[Finding]:
    span = p.span
    text = ctx.source(span.start, span.end)
    m = _HALF_COLON_RE.match(text)
    if m is not None:
        at = sub_span(span, m.start("c"), m.end("c"))
        yield Finding(at, {}, ((at, "："),), "colon")
    name = p.text
    cut = len(text.rstrip(_NAME_END))
    if name and cut < len(text) and text.endswith(name):
        at = end_span(span, len(text) - cut)
        yield Finding(at, {"name": name[:cut - len(text)], "mark": text[cut:]}, ((at, ""),), "name_end")



def _addressee_colon(ctx: Context, p: "DocumentPart") -> Iterator[Finding]:
    span = p.span
    text = ctx.source(span.start, span.end)
    if text.endswith("："):
        return
    if text.endswith(":"):
        at = end_span(span, 1)
        yield Finding(at, {"name": p.text}, ((at, "："),), "addressee_half")
    elif text.endswith(p.text):
        at = end_span(span, 0)
        yield Finding(at, {"name": p.text}, ((at, "："),), "addressee")
