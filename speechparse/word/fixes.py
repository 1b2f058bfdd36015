"""Fixes made in a Word draft in Word form: :func:`fix_docx`.

The fixes are made inside the runs (a marker split over several runs
included), every run keeping its formatting; list numbers that Word
generates are fixed in ``numbering.xml`` (``w:lvlText`` 「(%2)」 → 「（%2）」)
only when no other list uses that definition, else reported as not fixable.
Only ``word/document.xml`` (and ``word/numbering.xml`` when a number
definition changed) differ from the original package.

A finding's edits are paragraph offsets: line N of the text is paragraph N,
and a column is a character offset in it (see :mod:`.text`).  The passes and
the edits' bookkeeping here serve the tracked changes of :mod:`.review` too.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, NamedTuple

from ..lazyre import lazy_compile
from . import WordDocument
from .package import DOCUMENT, NUMBERING, w
from .runs import apply_in_runs
from .text import Paragraph

FIX_PASSES = 8  # rounds of checking and fixing at most: a fix that touches one made in a round waits for the next


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


_REF = lazy_compile(r"%[1-9]")


def _label_fix(doc: WordDocument, p: Paragraph, changes: list[Change]) -> str | None:
    """Fix a generated number through its level's ``w:lvlText``; the reason if that cannot be done."""
    if p.num is None or any(c.b > len(p.label) for c in changes):
        return "修改范围超出 Word 自动编号"
    num_id, ilvl = p.num
    numbering = doc.numbering
    if numbering.users(num_id) > 1:
        return "该编号定义也用于其他列表"
    level = numbering.level(num_id, ilvl)
    lvl_text = level.element.find(w("lvlText")) if level.element is not None else None
    if lvl_text is None:
        return "找不到编号定义"
    current = lvl_text.get(w("val")) or ""
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
    lvl_text.set(w("val"), text)
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
        if c.para not in in_labels and not apply_in_runs(doc.paragraphs[c.para], c.a, c.b, c.text):
            return "修改处不在文字中（制表符或换行）"
    return None


def fix_document(doc: WordDocument, config: Any = None, path: str = "-",
                 unsafe: bool | None = None, touched: set[str] | None = None) -> tuple[list[Any], list[NotFixable]]:
    """Fix ``doc`` in memory, in passes as :func:`speechparse.checks.fix` does the text
    (unsafe fixes only when ``unsafe``, by default the settings' ``unsafe-fixes``).

    ``touched`` collects the parts a fix changed: ``word/document.xml`` for text
    in runs, ``word/numbering.xml`` for a generated number's definition.
    """
    from ..checks import allows_unsafe, check, fix_pass, makes, withheld
    from .accept import accepted_in_comments

    unsafe = allows_unsafe(config, unsafe)
    accepted = accepted_in_comments(doc)  # a finding the writer accepted in a comment is not fixed
    applied: list[Any] = []
    refused: dict[tuple[str, int, int], NotFixable] = {}
    held: set[tuple[str, int]] = set()
    for _ in range(FIX_PASSES):
        every = check(doc.text, config, path, accepted)
        held |= withheld(every)  # (see checks.withheld: a fix withheld once stays so)
        fixable = [d for d in every if makes(d, unsafe) and (d.code, d.line, d.column) not in refused
                   and (d.code, d.line) not in held]
        if not fixable:
            break
        # The fixes the text would take (none that leaves more findings), made in Word form.
        found = fix_pass(doc.text, every, fixable, config, path, accepted)[1]
        taken: dict[int, list[tuple[int, int]]] = {}  # per paragraph, the ranges fixed in this pass
        done = 0
        # From the end backwards: a fix never moves the places of those still to come.
        for d in sorted(found, key=lambda d: (d.line, d.column), reverse=True):
            changes = changes_of(d)
            if touches_taken(changes, taken):
                continue  # touches a fix already made in this pass: the next pass
            snapshot = _snapshot(doc, changes)
            reason = _apply(doc, d)
            if reason is not None:
                _restore(doc, snapshot)
                refused[(d.code, d.line, d.column)] = NotFixable(d, reason, reason)
                continue
            for c in changes:
                taken.setdefault(c.para, []).append((c.a, c.b))
            if touched is not None:
                if snapshot.numbering is not None:
                    touched.add(NUMBERING)
                if any(c.a >= len(doc.paragraphs[c.para].label) for c in changes):
                    touched.add(DOCUMENT)
            applied.append(d)
            done += 1
            if snapshot.numbering is not None:  # a number's definition changed: every label may
                doc.refresh()
            else:
                doc.refresh_paragraphs(c.para for c in changes)
        if not done:
            break
    return applied, list(refused.values())


def touches_taken(changes: list[Change], taken: dict[int, list[tuple[int, int]]]) -> bool:
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
        touched: set[str] = set()  # only the parts a fix changed are written anew
        applied, refused = fix_document(doc, config, str(path), unsafe, touched)
        if applied and write:
            changed = {name: doc.package.serialize(name) for name in sorted(touched)}
            data = doc.package.build(changed)
            if out is None:
                write_bytes_back(path, data)
            else:
                write_new(out, data)
        return doc.text, applied, refused
    finally:
        doc.package.close()
