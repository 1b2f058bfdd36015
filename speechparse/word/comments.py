"""Word comments, and what every mark of a review carries.

A comment lives in two places: in ``word/comments.xml`` (its text, author and
date) and in the document, where ``w:commentRangeStart``/``w:commentRangeEnd``
around the runs of a finding's characters and a ``w:commentReference`` run
anchor it.  A package without comments gets the part, its relationship and
its content type.  The author, the date and the ``w:id`` that no other
comment or revision has are shared with the tracked changes (:mod:`.review`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from . import WordDocument
from .package import CT, DOCUMENT, REL, W, w
from .runs import boundaries, runs_in, set_text
from .text import Paragraph

COMMENTS = "word/comments.xml"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_RELS = "word/_rels/document.xml.rels"
_TYPES = "[Content_Types].xml"
AUTHOR = "speechparse"


class Ids:
    """The next ``w:id`` that no comment or revision of the document has yet."""

    def __init__(self, *roots: Any) -> None:
        ids = [int(v) for root in roots if root is not None for el in root.iter()
               for v in [el.get(w("id"))] if v is not None and v.lstrip("-").isdigit()]
        self.next = max(ids, default=0) + 1

    def __call__(self) -> str:
        n = self.next
        self.next += 1
        return str(n)


def now() -> str:
    """The date of a review's marks (UTC, as Word writes it)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def comment_anchor(doc: WordDocument, d: Any) -> tuple[int, int, int]:
    """Paragraph and character range a finding's comment is anchored on."""
    para = min(d.line - 1, len(doc.paragraphs) - 1)
    p = doc.paragraphs[para]
    a = min(max(d.column - 1, len(p.label)), len(p.text))
    b = d.end_column - 1 if d.end_line == d.line else len(p.text)
    b = min(max(b, a), len(p.text))
    if a == b:  # a place, not a range (「缺少称谓」): the paragraph's text
        a, b = len(p.label), len(p.text)
    return para, a, b


def add_comments(doc: WordDocument, anchors: Sequence[tuple[int, int, int, str]]) -> None:
    """Anchor each comment ``(para, a, b, cid)`` on characters ``a``..``b`` of paragraph ``para``.

    A paragraph's run boundaries are all made first and the paragraph re-read
    once (:func:`.runs.boundaries`); the marks then go in around runs that no
    longer move.  One re-read per comment would make a one-line scrape with
    hundreds of findings cost their number times its length.
    """
    by_para: dict[int, list[tuple[int, int, str]]] = {}
    for para, a, b, cid in anchors:
        by_para.setdefault(para, []).append((a, b, cid))
    for para, items in by_para.items():
        boundaries(doc, para, [k for a, b, _ in items for k in (a, b)])
        p = doc.paragraphs[para]
        for a, b, cid in items:
            _mark(doc, p, runs_in(p, a, b), cid)


def _mark(doc: WordDocument, p: Paragraph, runs: list[Any], cid: str) -> None:
    """The range marks and the reference run of comment ``cid`` around ``runs`` of ``p``."""
    start = doc.package.xml(DOCUMENT).makeelement(w("commentRangeStart"), {w("id"): cid})
    end = doc.package.xml(DOCUMENT).makeelement(w("commentRangeEnd"), {w("id"): cid})
    ref_run = p.element.makeelement(w("r"), {})
    rpr = ref_run.makeelement(w("rPr"), {})
    rpr.append(rpr.makeelement(w("rStyle"), {w("val"): "CommentReference"}))
    ref_run.append(rpr)
    ref_run.append(ref_run.makeelement(w("commentReference"), {w("id"): cid}))
    if runs:
        runs[0].addprevious(start)
        runs[-1].addnext(end)
        end.addnext(ref_run)
    else:  # nothing but a generated number: the whole (empty) paragraph
        ppr = p.element.find(w("pPr"))
        at = 0 if ppr is None else list(p.element).index(ppr) + 1
        p.element.insert(at, start)
        p.element.append(end)
        p.element.append(ref_run)


def comment_part(doc: WordDocument) -> Any:
    """The root of ``word/comments.xml``, made if the package has none."""
    from .package import _lxml

    pkg = doc.package
    root = pkg.xml(COMMENTS)
    if root is None:
        etree = _lxml(pkg.path)
        root = etree.Element(w("comments"), nsmap={"w": W})
        pkg.trees[COMMENTS] = root
    return root


def write_comment(root: Any, cid: str, text: str, when: str) -> None:
    """Comment ``cid`` in the comments part: one paragraph per line of ``text``."""
    c = root.makeelement(w("comment"), {w("id"): cid, w("author"): AUTHOR, w("date"): when,
                                         w("initials"): "SP"})
    for k, line in enumerate(text.split("\n")):
        p = c.makeelement(w("p"), {})
        ppr = p.makeelement(w("pPr"), {})
        ppr.append(ppr.makeelement(w("pStyle"), {w("val"): "CommentText"}))
        p.append(ppr)
        if k == 0:
            ref = p.makeelement(w("r"), {})
            rpr = ref.makeelement(w("rPr"), {})
            rpr.append(rpr.makeelement(w("rStyle"), {w("val"): "CommentReference"}))
            ref.append(rpr)
            ref.append(ref.makeelement(w("annotationRef"), {}))
            p.append(ref)
        r = p.makeelement(w("r"), {})
        t = r.makeelement(w("t"), {})
        set_text(t, line)
        r.append(t)
        p.append(r)
        c.append(p)
    root.append(c)


def register_comments(doc: WordDocument) -> dict[str, bytes]:
    """The relationship and content type of the comments part, where the package lacks them."""
    pkg = doc.package
    changed: dict[str, bytes] = {}
    rels = pkg.xml(_RELS)
    if rels is not None and not any(r.get("Type") == _COMMENTS_REL for r in rels):
        taken = {r.get("Id") for r in rels}
        k = 1
        while f"rId{k}" in taken:
            k += 1
        rels.append(rels.makeelement(f"{{{REL}}}Relationship",
                                     {"Id": f"rId{k}", "Type": _COMMENTS_REL, "Target": "comments.xml"}))
        changed[_RELS] = pkg.serialize(_RELS)
    types = pkg.xml(_TYPES)
    if types is not None and not any(o.get("PartName") == "/" + COMMENTS for o in types):
        types.append(types.makeelement(f"{{{CT}}}Override",
                                       {"PartName": "/" + COMMENTS, "ContentType": _COMMENTS_TYPE}))
        changed[_TYPES] = pkg.serialize(_TYPES)
    return changed
