"""Review and fix a Word draft in Word form.

* :func:`annotate_docx`: a copy of the draft with one Word comment per
  finding (author 「speechparse」, the message and what the fix changes),
  anchored on the marker or text at fault; with ``tracked=True`` the fixes
  go in as tracked changes (``w:ins``/``w:del``) that the writer accepts or
  rejects in Word.  The paragraphs' text does not change.
* :func:`fix_docx`: the fixes made inside the runs (a marker split over
  several runs included), every run keeping its formatting; list numbers
  that Word generates are fixed in ``numbering.xml`` (``w:lvlText``
  「(%2)」 → 「（%2）」) only when no other list uses that definition, else
  reported as not fixable.  Only ``word/document.xml`` (and
  ``word/numbering.xml`` when a number definition changed) differ from the
  original package.

Both work on paragraph offsets: line N of the text is paragraph N, and a
finding's column is a character offset in it (see :mod:`.text`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from . import WordDocument
from .package import CT, DOCUMENT, NUMBERING, REL, W
from .text import Paragraph

_W = "{" + W + "}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_COMMENTS = "word/comments.xml"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_RELS = "word/_rels/document.xml.rels"
_TYPES = "[Content_Types].xml"
AUTHOR = "speechparse"
_FIX_PASSES = 8


class Change(NamedTuple):
    """Replace characters ``a``..``b`` of paragraph ``para`` (0-based) by ``text``."""

    para: int
    a: int
    b: int
    text: str


class NotFixable(NamedTuple):
    """A fix that could not be made in Word form, and why (in Chinese and English)."""

    diagnostic: Any
    reason: str
    reason_en: str


def changes_of(diagnostic: Any) -> list[Change]:
    """The edits of a finding's fix, as paragraph offsets."""
    out = []
    for e in diagnostic.fix.edits:
        b = e.end_column - 1 if e.end_line == e.line else e.column - 1 + (e.end - e.start)
        out.append(Change(e.line - 1, e.column - 1, b, e.replacement))
    return out


# --- runs ---------------------------------------------------------------------------


def _w(tag: str) -> str:
    return _W + tag


def _run_of(t: Any) -> Any:
    run = t.getparent()
    return run if run is not None and run.tag == _w("r") else None


def _set_text(t: Any, s: str) -> None:
    t.text = s
    if s[:1].isspace() or s[-1:].isspace():
        t.set(_XML_SPACE, "preserve")


def _split_run(t: Any, k: int) -> None:
    """Split the run holding ``w:t`` ``t`` so that a run boundary falls before character ``k`` of it."""
    run = _run_of(t)
    if run is None:
        return
    text = t.text or ""
    children = list(run)
    i = children.index(t)
    if 0 < k < len(text):
        second = copy.deepcopy(run)
        for child in list(second):
            if child.tag != _w("rPr"):
                second.remove(child)
        t2 = copy.deepcopy(t)
        _set_text(t2, text[k:])
        second.append(t2)
        for child in children[i + 1:]:
            second.append(child)  # moves them
        _set_text(t, text[:k])
        run.addnext(second)
    elif k == 0 and any(c.tag not in (_w("rPr"),) for c in children[:i]):
        second = copy.deepcopy(run)
        for child in list(second):
            if child.tag != _w("rPr"):
                second.remove(child)
        for child in children[i:]:
            second.append(child)
        run.addnext(second)
    elif k == len(text) and i + 1 < len(children):
        second = copy.deepcopy(run)
        for child in list(second):
            if child.tag != _w("rPr"):
                second.remove(child)
        for child in children[i + 1:]:
            second.append(child)
        run.addnext(second)


def _boundary(doc: WordDocument, para: int, k: int) -> None:
    """Make a run boundary at character ``k`` of paragraph ``para``, then re-read the paragraphs."""
    p = doc.paragraphs[para]
    for piece in p.pieces:
        if piece.element is not None and piece.start < k < piece.end:
            _split_run(piece.element, piece.offset + (k - piece.start))
            doc.refresh_paragraphs([para])
            return


def _runs_in(p: Paragraph, a: int, b: int) -> list[Any]:
    """The runs holding the characters ``a``..``b`` of ``p`` (run boundaries assumed at a and b)."""
    runs: list[Any] = []
    for piece in p.pieces:
        if piece.element is not None and piece.start < b and a < piece.end:
            run = _run_of(piece.element)
            if run is not None and (not runs or runs[-1] is not run):
                runs.append(run)
    return runs


# --- fixes in the runs ------------------------------------------------------------------


def _apply_in_runs(p: Paragraph, a: int, b: int, new: str) -> bool:
    """Replace ``p.text[a:b]`` by ``new`` inside the ``w:t`` elements; False if it reaches the label."""
    if any(piece.element is None and piece.start < max(b, a + 1) and a < piece.end for piece in p.pieces):
        return False  # a generated number, a tab or a break: not in a w:t
    hit = [piece for piece in p.pieces if piece.element is not None and piece.start < b and a < piece.end]
    if a == b:  # an insertion: into the text before it, else the text after it
        hit = [piece for piece in p.pieces if piece.element is not None and piece.start < a <= piece.end] or \
              [piece for piece in p.pieces if piece.element is not None and piece.start == a]
        if not hit:
            return False
        piece = hit[0]
        t = piece.element
        k = piece.offset + (a - piece.start)
        _set_text(t, (t.text or "")[:k] + new + (t.text or "")[k:])
        return True
    if not hit:
        return False
    for i, piece in enumerate(hit):
        t = piece.element
        text = t.text or ""
        lo = piece.offset + max(a, piece.start) - piece.start
        hi = piece.offset + min(b, piece.end) - piece.start
        _set_text(t, text[:lo] + (new if i == 0 else "") + text[hi:])
    return True


_REF = re.compile(r"%[1-9]")


def _label_fix(doc: WordDocument, p: Paragraph, changes: list[Change]) -> str | None:
    """Fix a generated number through its level's ``w:lvlText``; the reason if that cannot be done."""
    if p.num is None or any(c.b > len(p.label) for c in changes):
        return "修改范围超出 Word 自动编号"
    num_id, ilvl = p.num
    numbering = doc.numbering
    if numbering.users(num_id) > 1:
        return "该编号定义也用于其他列表"
    level = numbering.level(num_id, ilvl)
    lvl_text = level.element.find(_w("lvlText")) if level.element is not None else None
    if lvl_text is None:
        return "找不到编号定义"
    current = lvl_text.get(_w("val")) or ""
    parts = _REF.split(current)
    refs = _REF.findall(current)
    # The label is the literal parts with the rendered numbers between them: find where
    # each literal part stands in it, and make the changes there only.
    label = p.label
    spans: list[tuple[int, int]] = []  # of the literal parts in the label
    numbers: list[tuple[int, int]] = []
    pos = 0
    for i, lit in enumerate(parts):
        if not label.startswith(lit, pos):
            return "编号与其定义对不上"
        spans.append((pos, pos + len(lit)))
        pos += len(lit)
        if i < len(refs):
            nxt = parts[i + 1]
            end = label.find(nxt, pos) if nxt else len(label)
            if end < 0:
                return "编号与其定义对不上"
            numbers.append((pos, end))
            pos = end
    new_parts = list(parts)
    for c in sorted(changes, key=lambda c: c.a, reverse=True):
        if any(lo < max(c.b, c.a + 1) and c.a < hi for lo, hi in numbers):
            return "修改涉及 Word 自动生成的数字本身"
        k = next((k for k, (lo, hi) in enumerate(spans) if lo <= c.a and c.b <= hi), None)
        if k is None:
            return "修改跨越了编号的几个部分"
        lo = spans[k][0]
        new_parts[k] = new_parts[k][:c.a - lo] + c.text + new_parts[k][c.b - lo:]
    text = "".join(x for pair in zip(new_parts, [*refs, ""], strict=True) for x in pair)
    lvl_text.set(_w("val"), text)
    level.text = text
    return None


def _apply(doc: WordDocument, d: Any) -> str | None:
    """Make one finding's fix in the document; the reason if it cannot be made (nothing changed)."""
    changes = changes_of(d)
    for c in changes:
        if c.para >= len(doc.paragraphs):
            return "段落不存在"
        p = doc.paragraphs[c.para]
        in_label = c.a < len(p.label) and p.label
        if in_label and c.b > len(p.label):
            return "修改跨越了 Word 自动编号和正文"
    in_labels: dict[int, list[Change]] = {}
    for c in changes:
        if c.a < len(doc.paragraphs[c.para].label):
            in_labels.setdefault(c.para, []).append(c)
    for para, label_changes in in_labels.items():
        reason = _label_fix(doc, doc.paragraphs[para], label_changes)
        if reason is not None:
            return reason
    for c in sorted(changes, key=lambda c: (c.para, c.a), reverse=True):
        if c.para not in in_labels and not _apply_in_runs(doc.paragraphs[c.para], c.a, c.b, c.text):
            return "修改处不在文字中（制表符或换行）"
    return None


def fix_document(doc: WordDocument, config: Any = None, path: str = "-",
                 unsafe: bool | None = None) -> tuple[list[Any], list[NotFixable]]:
    """Fix ``doc`` in memory, in passes as :func:`speechparse.checks.fix` does the text
    (unsafe fixes only when ``unsafe``, by default the settings' ``unsafe-fixes``)."""
    from ..checks import allows_unsafe, check, makes

    unsafe = allows_unsafe(config, unsafe)
    applied: list[Any] = []
    refused: dict[tuple[str, int, int], NotFixable] = {}
    for _ in range(_FIX_PASSES):
        found = [d for d in check(doc.text, config, path) if makes(d, unsafe)
                 and (d.code, d.line, d.column) not in refused]
        if not found:
            break
        taken: dict[int, list[tuple[int, int]]] = {}  # per paragraph, the ranges fixed in this pass
        done = 0
        # From the end backwards: a fix never moves the places of those still to come.
        for d in sorted(found, key=lambda d: (d.line, d.column), reverse=True):
            changes = changes_of(d)
            if _touches_taken(changes, taken):
                continue  # touches a fix already made in this pass: the next pass
            snapshot = _snapshot(doc, changes)
            reason = _apply(doc, d)
            if reason is not None:
                _restore(doc, snapshot)
                refused[(d.code, d.line, d.column)] = NotFixable(d, reason, reason)
                continue
            for c in changes:
                taken.setdefault(c.para, []).append((c.a, c.b))
            applied.append(d)
            done += 1
            if snapshot.numbering is not None:  # a number's definition changed: every label may
                doc.refresh()
            else:
                doc.refresh_paragraphs(c.para for c in changes)
        if not done:
            break
    return applied, list(refused.values())


def _touches_taken(changes: list[Change], taken: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether a change overlaps, or starts where starts, a range already fixed in its paragraph."""
    return any((c.a < y and x < c.b) or c.a == x for c in changes for x, y in taken.get(c.para, ()))


class _Snapshot(NamedTuple):
    """What one fix may change: its paragraphs' elements, and the numbering if it touches a label."""

    paragraphs: list[tuple[Any, Any]]  # (the element in the tree, a copy of it as it was)
    numbering: Any


def _snapshot(doc: WordDocument, changes: list[Change]) -> _Snapshot:
    paras = {c.para for c in changes if c.para < len(doc.paragraphs)}
    elements = {id(doc.paragraphs[i].element): doc.paragraphs[i].element for i in paras}
    labels = any(c.para in paras and c.a < len(doc.paragraphs[c.para].label) for c in changes)
    root = doc.package.trees.get(NUMBERING) if labels else None
    return _Snapshot([(el, copy.deepcopy(el)) for el in elements.values()],
                     copy.deepcopy(root) if root is not None else None)


def _restore(doc: WordDocument, snapshot: _Snapshot) -> None:
    """Put back what a refused fix had changed before it found it could not finish."""
    for el, was in snapshot.paragraphs:
        parent = el.getparent()
        if parent is not None:
            parent.replace(el, was)
    if snapshot.numbering is not None:
        doc.package.trees[NUMBERING] = snapshot.numbering
    doc.refresh()


def fix_docx(path: str | Path, config: Any = None, out: str | Path | None = None,
             write: bool = True, unsafe: bool | None = None) -> tuple[str, list[Any], list[NotFixable]]:
    """Fix the draft at ``path`` (in place, or into ``out``); the fixed text, fixes made, refused."""
    from ..writing import write_bytes_back, write_new

    doc = WordDocument(path)
    try:
        before = {name: doc.package.serialize(name) for name in (DOCUMENT, NUMBERING)
                  if name in doc.package.trees}
        applied, refused = fix_document(doc, config, str(path), unsafe)
        if applied and write:
            changed = {name: doc.package.serialize(name) for name in before
                       if doc.package.serialize(name) != before[name]}
            data = doc.package.build(changed)
            if out is None:
                write_bytes_back(path, data)
            else:
                write_new(out, data)
        return doc.text, applied, refused
    finally:
        doc.package.close()


# --- comments and tracked changes ---------------------------------------------------------


class _Ids:
    def __init__(self, *roots: Any) -> None:
        ids = [int(v) for root in roots if root is not None for el in root.iter()
               for v in [el.get(_w("id"))] if v is not None and v.lstrip("-").isdigit()]
        self.next = max(ids, default=0) + 1

    def __call__(self) -> str:
        n = self.next
        self.next += 1
        return str(n)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _comment_anchor(doc: WordDocument, d: Any) -> tuple[int, int, int]:
    """Paragraph and character range a finding's comment is anchored on."""
    para = min(d.line - 1, len(doc.paragraphs) - 1)
    p = doc.paragraphs[para]
    a = min(max(d.column - 1, len(p.label)), len(p.text))
    b = d.end_column - 1 if d.end_line == d.line else len(p.text)
    b = min(max(b, a), len(p.text))
    if a == b:  # a place, not a range (「缺少称谓」): the paragraph's text
        a, b = len(p.label), len(p.text)
    return para, a, b


def _add_comment(doc: WordDocument, para: int, a: int, b: int, cid: str) -> None:
    _boundary(doc, para, a)
    _boundary(doc, para, b)
    p = doc.paragraphs[para]
    runs = _runs_in(p, a, b)
    start = doc.package.xml(DOCUMENT).makeelement(_w("commentRangeStart"), {_w("id"): cid})
    end = doc.package.xml(DOCUMENT).makeelement(_w("commentRangeEnd"), {_w("id"): cid})
    ref_run = p.element.makeelement(_w("r"), {})
    rpr = ref_run.makeelement(_w("rPr"), {})
    rpr.append(rpr.makeelement(_w("rStyle"), {_w("val"): "CommentReference"}))
    ref_run.append(rpr)
    ref_run.append(ref_run.makeelement(_w("commentReference"), {_w("id"): cid}))
    if runs:
        runs[0].addprevious(start)
        runs[-1].addnext(end)
        end.addnext(ref_run)
    else:  # nothing but a generated number: the whole (empty) paragraph
        ppr = p.element.find(_w("pPr"))
        at = 0 if ppr is None else list(p.element).index(ppr) + 1
        p.element.insert(at, start)
        p.element.append(end)
        p.element.append(ref_run)
    doc.refresh_paragraphs([para])


def _tracked(doc: WordDocument, c: Change, ids: _Ids, when: str) -> bool:
    """Make one change as a tracked deletion and insertion; False where the runs cannot carry it."""
    p = doc.paragraphs[c.para]
    if c.a < len(p.label):
        return False
    _boundary(doc, c.para, c.a)
    _boundary(doc, c.para, c.b)
    p = doc.paragraphs[c.para]
    runs = _runs_in(p, c.a, c.b)
    attrs = {_w("id"): "", _w("author"): AUTHOR, _w("date"): when}
    if c.a == c.b:
        after = [piece for piece in p.pieces if piece.element is not None and piece.end == c.a]
        before = [piece for piece in p.pieces if piece.element is not None and piece.start == c.a]
        model = _run_of((after or before)[0].element) if (after or before) else None
        if model is None:
            return False
    else:
        if not runs:
            return False
        model = runs[0]
    ins_run = copy.deepcopy(model)
    for child in list(ins_run):
        if child.tag != _w("rPr"):
            ins_run.remove(child)
    t = ins_run.makeelement(_w("t"), {})
    _set_text(t, c.text)
    ins_run.append(t)
    ins = model.makeelement(_w("ins"), {**attrs, _w("id"): ids()})
    ins.append(ins_run)
    if c.a == c.b:
        if after:
            model.addnext(ins)
        else:
            model.addprevious(ins)
        doc.refresh_paragraphs([c.para])
        return True
    dele = model.makeelement(_w("del"), {**attrs, _w("id"): ids()})
    runs[0].addprevious(dele)
    for run in runs:
        for tt in run.findall(_w("t")):
            tt.tag = _w("delText")
        dele.append(run)  # moves it into the deletion
    if c.text:
        dele.addnext(ins)
    doc.refresh_paragraphs([c.para])
    return True


def _comment_part(doc: WordDocument) -> Any:
    from .package import _lxml

    pkg = doc.package
    root = pkg.xml(_COMMENTS)
    if root is None:
        etree = _lxml(pkg.path)
        root = etree.Element(_w("comments"), nsmap={"w": W})
        pkg.trees[_COMMENTS] = root
    return root


def _comment(root: Any, cid: str, text: str, when: str) -> None:
    c = root.makeelement(_w("comment"), {_w("id"): cid, _w("author"): AUTHOR, _w("date"): when,
                                         _w("initials"): "SP"})
    for k, line in enumerate(text.split("\n")):
        p = c.makeelement(_w("p"), {})
        ppr = p.makeelement(_w("pPr"), {})
        ppr.append(ppr.makeelement(_w("pStyle"), {_w("val"): "CommentText"}))
        p.append(ppr)
        if k == 0:
            ref = p.makeelement(_w("r"), {})
            rpr = ref.makeelement(_w("rPr"), {})
            rpr.append(rpr.makeelement(_w("rStyle"), {_w("val"): "CommentReference"}))
            ref.append(rpr)
            ref.append(ref.makeelement(_w("annotationRef"), {}))
            p.append(ref)
        r = p.makeelement(_w("r"), {})
        t = r.makeelement(_w("t"), {})
        _set_text(t, line)
        r.append(t)
        p.append(r)
        c.append(p)
    root.append(c)


def _register_comments(doc: WordDocument) -> dict[str, bytes]:
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
    if types is not None and not any(o.get("PartName") == "/" + _COMMENTS for o in types):
        types.append(types.makeelement(f"{{{CT}}}Override",
                                       {"PartName": "/" + _COMMENTS, "ContentType": _COMMENTS_TYPE}))
        changed[_TYPES] = pkg.serialize(_TYPES)
    return changed


def annotate_docx(path: str | Path, out: str | Path, diagnostics: Sequence[Any],
                  tracked: bool = False, config: Any = None, lang: str = "zh") -> int:
    """Write a copy of ``path`` to ``out`` with one Word comment per finding; returns the count.

    The comment says the message and, for a fixable finding, what the fix
    changes.  With ``tracked``, the fixes are made as tracked changes by
    「speechparse」 (in passes, as ``--fix`` would).  ``diagnostics`` are the
    findings of the document's text as :func:`speechparse.docx_input.read_docx`
    reads it.
    """
    from ..writing import write_new

    doc = WordDocument(path)
    try:
        pkg = doc.package
        when = _now()
        comments = _comment_part(doc)
        ids = _Ids(pkg.xml(DOCUMENT), comments)
        count = 0
        for d in sorted(diagnostics, key=lambda d: (d.line, d.column), reverse=True):
            para, a, b = _comment_anchor(doc, d)
            cid = ids()
            _add_comment(doc, para, a, b, cid)
            text = f"{d.code} {d.message}"
            if d.fix is not None:
                text += "\n" + _COMMENT_FIX_LABEL[lang == "en", d.fix.safe] + d.fix.description
            _comment(comments, cid, text, when)
            count += 1
        if tracked:
            _track_fixes(doc, ids, when, config, str(path))
        changed = _register_comments(doc)
        changed[DOCUMENT] = pkg.serialize(DOCUMENT)
        changed[_COMMENTS] = pkg.serialize(_COMMENTS)
        write_new(out, pkg.build(changed))
        return count
    finally:
        doc.package.close()


# Before the fix a comment describes: an unsafe one (it renumbers other lines or
# changes wording) is a suggestion the writer confirms, never made without asking.
_COMMENT_FIX_LABEL = {(False, True): "修改：", (False, False): "建议修改（影响其他行或字词，请确认）：",
                      (True, True): "fix: ", (True, False): "suggested fix (touches other lines or wording): "}


def _track_fixes(doc: WordDocument, ids: _Ids, when: str, config: Any, path: str) -> None:
    from ..checks import allows_unsafe, check, makes

    unsafe = allows_unsafe(config)
    refused: set[tuple[str, int, int]] = set()
    for _ in range(_FIX_PASSES):
        found = [d for d in check(doc.text, config, path) if makes(d, unsafe)
                 and (d.code, d.line, d.column) not in refused]
        if not found:
            return
        taken: dict[int, list[tuple[int, int]]] = {}
        done = 0
        for d in sorted(found, key=lambda d: (d.line, d.column), reverse=True):
            changes = changes_of(d)
            if _touches_taken(changes, taken):
                continue
            if any(c.a < len(doc.paragraphs[c.para].label) for c in changes):
                refused.add((d.code, d.line, d.column))
                continue  # a generated number: not a tracked change in the text
            for c in sorted(changes, key=lambda c: (c.para, c.a), reverse=True):
                _tracked(doc, c, ids, when)
            for c in changes:
                taken.setdefault(c.para, []).append((c.a, c.b))
            done += 1
        if not done:
            return
