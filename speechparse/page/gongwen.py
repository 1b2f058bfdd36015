"""The parts of a 公文 around its body (GB/T 9704-2012, chapter 7).

A notice, a request or a set of minutes carries, besides its title and body:

* 版头: the issuer's mark 「某县人民政府办公室文件」 and the document number
  「某政办发〔2026〕12号」, above the title;
* 主送机关: the addressee 「各乡镇人民政府，县直各有关单位：」, under the title.
  It names offices, not an audience: it is not a salutation;
* the formula that ends the body: 「特此通知。」「妥否，请批示。」;
* 附件说明 「附件：1.……」, the issuer's signature, the date it was signed
  (成文日期) and a note 「（此件公开发布）」;
* 版记: 「抄送：……」 and 「……2026年3月2日印发」.

The page readers have already put these lines in their regions (the head,
the sign-off, see :mod:`speechparse.page.tail`); this reader names the role
of each, in page order, so that the outline can report them and a rule can
check their order.  It reads only texts whose title names a kind of 公文.
"""

from __future__ import annotations

from typing import Any

from ..layout import DocumentAt, Layout, PartAt
from ..lazyre import lazy_compile
from ..lines import Line
from ..titlemark import ISSUER_MARK_RE
from .attachnote import attachment_name, is_attachment_note_item, note_header
from .facts import DOCUMENT_NUMBER_RE, ORG_RE, SITE_WORDS_RE, match_date
from .vocab import ADDRESS_NOUNS, ADDRESSEE, COPY_TO, COPY_TO_WORDS, DOCUMENT_KINDS, DOCUMENT_NOTE_RE, MASKS

# The kind a title names, at its end: 「……的通知」「……实施方案」「关于……的报告」.
_KIND_RE = lazy_compile(
    rf"(?P<k>{DOCUMENT_KINDS})(?:[（(][^）)]{{0,20}}[）)]|[0-9０-９]{{1,3}})?$|^[^关]{{0,30}}关于.{{2,80}}的(?P<r>报告|函)$"
    r"|^[\u4e00-\u9fff]{1,4}(?P<f>函)$")  # (a 函 named by its use alone: 「退函」「复函」「商洽函」)
# 「报告」「函」 without 「关于」: a 公文 only when an addressee stands under the title.
_ADDRESSED_KIND_RE = lazy_compile(r"(?P<r>报告|函)$")
# 主送机关: offices, separated by 、 and ，, ending with a colon, between the title and the body.
_ADDRESSEE_RE = lazy_compile(rf"^[\u4e00-\u9fff、，,（）(){MASKS}]{{2,400}}[:：]$")
_NAMED_RE = lazy_compile(rf"^{ADDRESSEE}$")
_ITEM_SPLIT_RE = lazy_compile(r"[、，,]")
_MAX_ITEM = 16  # an office's name, 「中国人民银行某某中心支行营业管理部」; longer, a clause


def _addressee_line(c: str) -> bool:
    """「各乡镇人民政府，县直各有关单位：」 names offices; 「……决定开展……活动，现就有关事项公告如下：」
    leads up to what follows: a clause runs longer than a name, and 如下 is no office."""
    if not _ADDRESSEE_RE.match(c) or "。" in c or c[:-1].endswith("如下"):
        return False
    body = c[:-1]
    return _NAMED_RE.match(body) is not None or all(  # (a bracket's 「（市、区）」 read as part of its item)
        len(x) <= _MAX_ITEM and _WHO_RE.search(x) is not None for x in _ITEM_SPLIT_RE.split(_INNER_RE.sub("", body)))


def _addressee_without_colon(c: str) -> bool:
    """「各乡镇中心学校，县直各学校」 right over the body: offices listed (or 「各……」, every one of a kind), the
    colon after them forgotten (one office alone, 「县人民政府」, may as well be the issuer's name)."""
    return c[-1] not in "：:" and ("，" in c or "、" in c or c[0] == "各") and _addressee_line(c + "：")


def _right_over(lines: list[Line], i: int, body_start: int) -> bool:
    """Line ``i`` is the last line with text over the body."""
    return i < body_start and all(ln.is_blank for ln in lines[i + 1:body_start])


# The last words of an addressee that is no office: people, 「各位家长」「全体师生」「张某同志」, or places,
# 「各村（社区）」「各县（市、区）」.
_WHO_RE = lazy_compile(rf"(?:{ADDRESS_NOUNS}|们|群众|负责人|户|村|社区|省|市|州|盟|县|区|旗|乡|镇)$")
_INNER_RE = lazy_compile(r"[（(][^（()）]{0,12}[)）]")
# …or at the head of the body's first paragraph, when a scrape ran the two together.
_INLINE_ADDRESSEE_RE = lazy_compile(rf"^(?P<a>{ADDRESSEE})[:：][ \u3000\xa0]{{0,4}}[^ \u3000\xa0]")
_FORMULA_RE = lazy_compile(
    r"^(?:特此(?:通知|报告|函告|函复|批复|通报|公告|通告|请示|证明)|妥否，?请批示|以上请示，?请(?:予)?批示|"
    r"请(?:予)?审批|此复|当否，?请批示)[。！]?$")
_COPY_TO_RE = lazy_compile(rf"^(?:{COPY_TO})[:：]\s{{0,2}}(?P<t>.{{1,200}}?)[。.]?$")
# 「某县人民政府办公室    2026年3月2日印发」 (a wide gap may have cut it into two lines, see lines)
_NUMERAL = "[\\d〇○零一二三四五六七八九十]"
_PRINTED_RE = lazy_compile(rf"^(?P<t>[\u4e00-\u9fff（）()]{{0,40}}?)[ \t\u3000\xa0]{{0,20}}{_NUMERAL}{{2,4}}年"
                           rf"{_NUMERAL}{{1,2}}月{_NUMERAL}{{1,3}}日印发$")
_FORMULA_SCAN = 3  # paragraphs read, from the body's end, for the closing formula

# The order GB/T 9704 sets the parts in (rank), and how a message names each.
ORDER = ("mark", "number", "addressee", "formula", "attachments", "issuer", "date", "note", "copy_to", "printed")
PART_NAMES = {
    "mark": "发文机关标志", "number": "发文字号", "addressee": "主送机关", "formula": "结束用语",
    "attachments": "附件说明", "issuer": "发文机关署名", "date": "成文日期", "note": "附注",
    "copy_to": "抄送机关", "printed": "印发机关和印发日期",
}


def document_kind(title: str | None) -> str | None:
    """The kind of 公文 a title names (「通知」「实施方案」→「方案」), or None."""
    if not title:
        return None
    m = _KIND_RE.search(SITE_WORDS_RE.sub("", title))
    return (m.group("k") or m.group("r") or m.group("f")) if m else None


def read_document(layout: Layout) -> DocumentAt | None:
    """The parts of the 公文 on the page, or None when its title names no kind of 公文."""
    if layout.salutation is not None or not layout.title:
        return None  # a text that addresses an audience is spoken, whatever its title
    kind = document_kind(layout.title)
    addressed_only = kind is None  # 「……报告/函」: a 公文 only with an addressee under its title
    if kind is None:
        m = _ADDRESSED_KIND_RE.search(SITE_WORDS_RE.sub("", layout.title))
        if m is None:
            return None
        kind = m.group("r")
    lines = layout.lines
    parts: list[PartAt] = []
    title_end = layout.title_lines[-1] if layout.title_lines else -1
    # (a long addressee may read as the body's first paragraph: it is looked for there too)
    for ln in lines[:layout.body_start + 1]:
        c = ln.content
        if not c or ln.kind in ("title", "noise"):
            continue
        if ln.index == layout.body_start and c[-1:] not in "：:":
            inline = _INLINE_ADDRESSEE_RE.match(c) if ln.index > title_end >= 0 else None
            if inline is not None and not any(p.role == "addressee" for p in parts):
                parts.append(PartAt("addressee", ln.index, inline.group("a")))
            continue
        if ln.index < title_end or title_end < 0:
            if ISSUER_MARK_RE.match(c):
                parts.append(PartAt("mark", ln.index, c))
            elif DOCUMENT_NUMBER_RE.match(c):
                parts.append(PartAt("number", ln.index, c))
        elif _addressee_line(c):
            parts.append(PartAt("addressee", ln.index, c[:-1]))
        elif _addressee_without_colon(c) and _right_over(lines, ln.index, layout.body_start):
            parts.append(PartAt("addressee", ln.index, c))  # (its colon forgotten: G501 says so)
        elif DOCUMENT_NUMBER_RE.match(c):
            parts.append(PartAt("number", ln.index, c))
    seen = 0
    for ln in reversed(lines[layout.body_start:layout.back_start]):
        if ln.kind != "paragraph":
            continue
        m = _FORMULA_RE.match(ln.content)
        if m:
            parts.append(PartAt("formula", ln.index, ln.content))
            break
        seen += 1
        if seen == _FORMULA_SCAN:
            break
    in_note = False
    for ln in lines[layout.back_start:layout.speech_end]:
        c = ln.content
        if not c:
            continue
        if ln.kind == "noise":  # 「（联系人：……，电话：……）」 reads as page furniture, but signs a 公文
            if c[:1] in "（(" and DOCUMENT_NOTE_RE.match(c):
                parts.append(PartAt("note", ln.index, c))
            continue
        header = note_header(c)
        if header is not None:
            in_note = True
            parts.append(PartAt("attachments", ln.index, header))
            continue
        if in_note and is_attachment_note_item(c):
            parts.append(PartAt("attachments", ln.index, attachment_name(c)))
            continue
        in_note = False
        role = _back_role(c)
        if role == "issuer" and any(p.role in ("copy_to", "printed") for p in parts):
            role = "printed"  # an office in the 版记, under 「抄送」: the one that prints it
        if role is not None:
            parts.append(PartAt(role, ln.index, _value(role, c)))
    parts.sort(key=lambda p: p.line)
    if addressed_only and not any(p.role == "addressee" for p in parts):
        return None  # 「……情况报告」 with no addressee: a report read out, or a summary
    return DocumentAt(kind, parts)


def document_fields(doc: DocumentAt) -> dict[str, Any]:
    """The fields the outline reports, read from the parts (the first of each kind)."""
    first: dict[str, str] = {}
    for p in doc.parts:
        first.setdefault(p.role, p.text)
    return {"number": first.get("number"), "addressee": first.get("addressee"),
            "attachments": [p.text for p in doc.parts if p.role == "attachments" and p.text],
            "issuer": first.get("issuer"), "copy_to": first.get("copy_to")}


def _back_role(c: str) -> str | None:
    if match_date(c):
        return "date"
    if c[:2] in COPY_TO_WORDS and _COPY_TO_RE.match(c):
        return "copy_to"
    if c.endswith("印发") and _PRINTED_RE.match(c):
        return "printed"
    if c[:1] in "（(" and DOCUMENT_NOTE_RE.match(c):
        return "note"
    if len(c) <= 30 and ORG_RE.match(c):
        return "issuer"
    return None


def _value(role: str, c: str) -> str:
    if role == "date":
        return match_date(c) or c
    if role == "copy_to":
        m = _COPY_TO_RE.match(c)
        return m.group("t") if m else c
    if role == "printed":
        m = _PRINTED_RE.match(c)
        return m.group("t") if m else c
    return c
