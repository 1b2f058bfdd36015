"""Findings a writer accepted in Word: a comment 「忽略」 on the place, or that reply to the tool's comment.

A writer reviewing ``check --annotate``'s copy answers each comment where
Word puts the answer: in a reply.  A reply 「忽略」 (or 「ignore」) to the
tool's comment 「N201 ……」 accepts N201 on that line, as the inline marker
「【speechparse: 忽略 N201】」 does in a .txt (:mod:`speechparse.checks.suppress`),
and the decision stays in the draft.  A comment of the writer's own anywhere
on a line, 「忽略 N201」 or 「忽略 N201、H302」, accepts those codes there; a
bare 「忽略」 that answers no comment of the tool's accepts every rule on its
line.  Replies are told from ``word/commentsExtended.xml`` (``w15:paraIdParent``),
as Word and WPS write them; a comment 「忽略」 with no parent stands alone.

This module reads only: the codes accepted per line (1-based, the line of
the paragraph the comment is anchored in) go to ``check``.
"""

from __future__ import annotations

from pathlib import Path

from ..lazyre import lazy_compile
from . import WordDocument
from .package import Package, w

COMMENTS = "word/comments.xml"
COMMENTS_EXTENDED = "word/commentsExtended.xml"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_SEPARATORS_RE = lazy_compile(r"[\s,，、:：。.!！]+")
_CODE_RE = lazy_compile(r"[A-Za-z]{1,2}\d{0,3}")
_TOOL_CODE_RE = lazy_compile(r"([A-Z]\d{3}) ")  # the tool's comment starts with its code: 「N201 ……」


def accepted_in_comments(doc: WordDocument) -> dict[int, set[str]]:
    """The codes accepted on each line by Word comments (an empty string: every rule)."""
    root = doc.package.xml(COMMENTS)
    if root is None:
        return {}
    text: dict[str, str] = {}
    comment_of_para: dict[str, str] = {}  # a comment paragraph's w14:paraId → the comment's id
    for c in root.iter(w("comment")):
        cid = c.get(w("id")) or ""
        text[cid] = "".join(t.text or "" for t in c.iter(w("t")))
        for p in c.iter(w("p")):
            pid = p.get(_W14 + "paraId")
            if pid:
                comment_of_para[pid] = cid
    parent: dict[str, str] = {}
    extended = doc.package.xml(COMMENTS_EXTENDED)
    if extended is not None:
        for ex in extended.iter(_W15 + "commentEx"):
            child, par = comment_of_para.get(ex.get(_W15 + "paraId") or ""), ex.get(_W15 + "paraIdParent")
            if child is not None and par in comment_of_para:
                parent[child] = comment_of_para[par]
    line_of: dict[str, int] = {}
    for i, para in enumerate(doc.paragraphs):
        for el in para.element.iter(w("commentRangeStart"), w("commentReference")):
            line_of.setdefault(el.get(w("id")) or "", i + 1)
    out: dict[int, set[str]] = {}
    for cid, said in text.items():
        codes = _accepted_codes(said)
        if codes is None or cid not in line_of:
            continue
        if not codes:
            tool = _TOOL_CODE_RE.match(text.get(parent.get(cid, ""), ""))
            codes = {tool[1]} if tool else {""}
        out.setdefault(line_of[cid], set()).update(codes)
    return out


def _accepted_codes(said: str) -> set[str] | None:
    """The codes of 「忽略」「忽略N201」「ignore N201, H302。」 (nothing else in the comment), else None."""
    said = said.strip()
    if said.startswith("忽略"):
        rest = said[2:]
    elif said[:6].lower() == "ignore" and not said[6:7].isalnum():
        rest = said[6:]
    else:
        return None
    words = [x for x in _SEPARATORS_RE.split(rest) if x]
    if not all(_CODE_RE.fullmatch(x) for x in words):
        return None
    return {x.upper() for x in words}


def accepted_in_docx(path: str | Path) -> dict[int, set[str]]:
    """:func:`accepted_in_comments` of the draft at ``path``; at once ``{}`` if it has no comments."""
    package = Package(path)
    try:
        if COMMENTS not in package.infos:
            return {}
    finally:
        package.zip.close()
    doc = WordDocument(path)
    try:
        return accepted_in_comments(doc)
    finally:
        doc.package.close()
