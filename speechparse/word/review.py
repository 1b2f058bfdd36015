"""A copy of a Word draft reviewed: :func:`annotate_docx`.

One Word comment per finding (author 「speechparse」, the message and what the
fix changes), anchored on the marker or text at fault (:mod:`.comments`);
with ``tracked=True`` the fixes go in as tracked changes (``w:ins``/``w:del``)
that the writer accepts or rejects in Word.  The paragraphs' text does not
change.  Fixes made outright are :mod:`.fixes`'.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import WordDocument
from .comments import (
    AUTHOR,
    COMMENTS,
    Ids,
    add_comments,
    comment_anchor,
    comment_part,
    now,
    register_comments,
    write_comment,
)
from .fixes import FIX_PASSES, Change, changes_of, touches_taken
from .package import DOCUMENT, w
from .runs import boundaries, run_of, runs_in, set_text
from .text import Paragraph


def _track_changes(doc: WordDocument, changes: Sequence[Change], ids: Ids, when: str) -> None:
    """Make ``changes`` (which do not overlap) as tracked changes, each paragraph read once.

    A paragraph's run boundaries are made together (:func:`.runs.boundaries`);
    its changes then go in from the end backwards, so the pieces read once
    still name the runs of every change still to make.  Re-reading after each
    change would cost a one-line scrape with hundreds of fixes their number
    times its length.
    """
    by_para: dict[int, list[Change]] = {}
    for c in changes:
        by_para.setdefault(c.para, []).append(c)
    for para, cs in by_para.items():
        cs = [c for c in cs if c.a >= len(doc.paragraphs[para].label)]
        boundaries(doc, para, [k for c in cs for k in (c.a, c.b)])
        p = doc.paragraphs[para]
        for c in sorted(cs, key=lambda c: (c.a, c.b), reverse=True):
            _tracked(p, c, ids, when)
        doc.refresh_paragraphs([para])


def _tracked(p: Paragraph, c: Change, ids: Ids, when: str) -> bool:
    """Make one change as a tracked deletion and insertion; False where the runs cannot carry it.

    Run boundaries are already at the change's ends, and ``p``'s pieces are
    right up to its end (no change after it has touched what comes before).
    """
    runs = runs_in(p, c.a, c.b)
    attrs = {w("id"): "", w("author"): AUTHOR, w("date"): when}
    if c.a == c.b:
        after = [piece for piece in p.pieces if piece.element is not None and piece.end == c.a]
        before = [piece for piece in p.pieces if piece.element is not None and piece.start == c.a]
        model = run_of((after or before)[0].element) if (after or before) else None
        if model is None:
            return False
    else:
        if not runs:
            return False
        model = runs[0]
    ins_run = copy.deepcopy(model)
    for child in list(ins_run):
        if child.tag != w("rPr"):
            ins_run.remove(child)
    t = ins_run.makeelement(w("t"), {})
    set_text(t, c.text)
    ins_run.append(t)
    ins = model.makeelement(w("ins"), {**attrs, w("id"): ids()})
    ins.append(ins_run)
    if c.a == c.b:
        if after:
            model.addnext(ins)
        else:
            model.addprevious(ins)
        return True
    dele = model.makeelement(w("del"), {**attrs, w("id"): ids()})
    runs[0].addprevious(dele)
    for run in runs:
        for tt in run.findall(w("t")):
            tt.tag = w("delText")
        dele.append(run)  # moves it into the deletion
    if c.text:
        dele.addnext(ins)
    return True


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
        when = now()
        comments = comment_part(doc)
        ids = Ids(pkg.xml(DOCUMENT), comments)
        anchors: list[tuple[int, int, int, str]] = []
        for d in sorted(diagnostics, key=lambda d: (d.line, d.column), reverse=True):
            para, a, b = comment_anchor(doc, d)
            cid = ids()
            anchors.append((para, a, b, cid))
            text = f"{d.code} {d.message}"
            if d.fix is not None:
                text += "\n" + _COMMENT_FIX_LABEL[lang == "en", d.fix.safe] + d.fix.description
            write_comment(comments, cid, text, when)
        add_comments(doc, anchors)
        count = len(anchors)
        if tracked:
            _track_fixes(doc, ids, when, config, str(path))
        changed = register_comments(doc)
        changed[DOCUMENT] = pkg.serialize(DOCUMENT)
        changed[COMMENTS] = pkg.serialize(COMMENTS)
        write_new(out, pkg.build(changed))
        return count
    finally:
        doc.package.close()


# Before the fix a comment describes: an unsafe one (it renumbers other lines or
# changes wording) is a suggestion the writer confirms, never made without asking.
_COMMENT_FIX_LABEL = {(False, True): "修改：", (False, False): "建议修改（影响其他行或字词，请确认）：",
                      (True, True): "fix: ", (True, False): "suggested fix (touches other lines or wording): "}


def _track_fixes(doc: WordDocument, ids: Ids, when: str, config: Any, path: str) -> None:
    """The fixes as tracked changes, in passes as :func:`.fixes.fix_document` makes them."""
    from ..checks import allows_unsafe, check, fix_pass, makes, withheld
    from .accept import accepted_in_comments

    unsafe = allows_unsafe(config)
    accepted = accepted_in_comments(doc)
    refused: set[tuple[str, int, int]] = set()
    held: set[tuple[str, int]] = set()
    for _ in range(FIX_PASSES):
        every = check(doc.text, config, path, accepted)
        held |= withheld(every)  # (see checks.withheld: a fix withheld once stays so)
        fixable = [d for d in every if makes(d, unsafe) and (d.code, d.line, d.column) not in refused
                   and (d.code, d.line) not in held]
        if not fixable:
            return
        found = fix_pass(doc.text, every, fixable, config, path, accepted)[1]  # none that adds findings
        taken: dict[int, list[tuple[int, int]]] = {}
        pending: list[Change] = []
        done = 0
        for d in sorted(found, key=lambda d: (d.line, d.column), reverse=True):
            changes = changes_of(d)
            if touches_taken(changes, taken):
                continue
            if any(c.a < len(doc.paragraphs[c.para].label) for c in changes):
                refused.add((d.code, d.line, d.column))
                continue  # a generated number: not a tracked change in the text
            pending.extend(changes)
            for c in changes:
                taken.setdefault(c.para, []).append((c.a, c.b))
            done += 1
        if not done:
            return
        _track_changes(doc, pending, ids, when)
