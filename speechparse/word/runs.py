"""A paragraph's runs edited in place, every run keeping its formatting (``w:rPr``).

A review writes where a finding's characters are, and those may begin or end
inside a run or spread over several: a fix replaces them inside the ``w:t``
elements (:mod:`.fixes`), a comment or a tracked change needs a run boundary
at each end (:mod:`.review`).  Offsets are a paragraph's, as :mod:`.text`
reads it.
"""

from __future__ import annotations

import copy
from typing import Any

from . import WordDocument
from .package import w
from .text import Paragraph

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def run_of(t: Any) -> Any:
    """The ``w:r`` that holds ``t``, or None."""
    run = t.getparent()
    return run if run is not None and run.tag == w("r") else None


def set_text(t: Any, s: str) -> None:
    """Set a ``w:t``'s text, keeping its spaces at either end (Word drops them otherwise)."""
    t.text = s
    if s[:1].isspace() or s[-1:].isspace():
        t.set(_XML_SPACE, "preserve")


def _split_run(t: Any, k: int) -> None:
    """Split the run holding ``w:t`` ``t`` so that a run boundary falls before character ``k`` of it."""
    run = run_of(t)
    if run is None:
        return
    text = t.text or ""
    children = list(run)
    i = children.index(t)
    if 0 < k < len(text):
        second = copy.deepcopy(run)
        for child in list(second):
            if child.tag != w("rPr"):
                second.remove(child)
        t2 = copy.deepcopy(t)
        set_text(t2, text[k:])
        second.append(t2)
        for child in children[i + 1:]:
            second.append(child)  # moves them
        set_text(t, text[:k])
        run.addnext(second)
    elif k == 0 and any(c.tag not in (w("rPr"),) for c in children[:i]):
        second = copy.deepcopy(run)
        for child in list(second):
            if child.tag != w("rPr"):
                second.remove(child)
        for child in children[i:]:
            second.append(child)
        run.addnext(second)
    elif k == len(text) and i + 1 < len(children):
        second = copy.deepcopy(run)
        for child in list(second):
            if child.tag != w("rPr"):
                second.remove(child)
        for child in children[i + 1:]:
            second.append(child)
        run.addnext(second)


def boundary(doc: WordDocument, para: int, k: int) -> None:
    """Make a run boundary at character ``k`` of paragraph ``para``, then re-read the paragraphs."""
    p = doc.paragraphs[para]
    for piece in p.pieces:
        if piece.element is not None and piece.start < k < piece.end:
            _split_run(piece.element, piece.offset + (k - piece.start))
            doc.refresh_paragraphs([para])
            return


def runs_in(p: Paragraph, a: int, b: int) -> list[Any]:
    """The runs holding the characters ``a``..``b`` of ``p`` (run boundaries assumed at a and b)."""
    runs: list[Any] = []
    for piece in p.pieces:
        if piece.element is not None and piece.start < b and a < piece.end:
            run = run_of(piece.element)
            if run is not None and (not runs or runs[-1] is not run):
                runs.append(run)
    return runs


def apply_in_runs(p: Paragraph, a: int, b: int, new: str) -> bool:
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
        set_text(t, (t.text or "")[:k] + new + (t.text or "")[k:])
        return True
    if not hit:
        return False
    for i, piece in enumerate(hit):
        t = piece.element
        text = t.text or ""
        lo = piece.offset + max(a, piece.start) - piece.start
        hi = piece.offset + min(b, piece.end) - piece.start
        set_text(t, text[:lo] + (new if i == 0 else "") + text[hi:])
    return True
