"""A paragraph's runs edited in place, every run keeping its formatting (``w:rPr``).

A review writes where a finding's characters are, and those may begin or end
inside a run or spread over several: a fix replaces them inside the ``w:t``
elements (:mod:`.fixes`), a comment or a tracked change needs a run boundary
at each end (:mod:`.review`).  Offsets are a paragraph's, as :mod:`.text`
reads it.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Iterable
from typing import Any

from . import WordDocument
from .package import w
from .text import Paragraph, Piece

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


def _shell(run: Any) -> Any:
    """An empty run with ``run``'s properties (its ``w:rPr``), not its text."""
    shell = run.makeelement(run.tag, dict(run.attrib))
    rpr = run.find(w("rPr"))
    if rpr is not None:
        shell.append(copy.deepcopy(rpr))
    return shell


def _split(t: Any, ks: list[int]) -> None:
    """Split the run holding ``w:t`` ``t`` before each character ``k`` of ``ks`` (ascending, inside t).

    The text is cut once into its segments: a long ``w:t`` split at hundreds
    of places is copied once, not once per split.
    """
    run = run_of(t)
    text = t.text or ""
    ks = [k for k in ks if 0 < k < len(text)]
    if run is None or not ks:
        return
    after = list(run)
    after = after[after.index(t) + 1:]  # what follows t in its run goes with the last segment
    cuts = [*ks, len(text)]
    prev = run
    for j, k in enumerate(cuts[:-1]):
        second = _shell(run)
        t2 = t.makeelement(w("t"), {})
        set_text(t2, text[k:cuts[j + 1]])
        second.append(t2)
        prev.addnext(second)
        prev = second
    for child in after:
        prev.append(child)  # moves it
    set_text(t, text[:ks[0]])


def _end(piece: Piece) -> int:
    return piece.end


def boundaries(doc: WordDocument, para: int, ks: Iterable[int]) -> None:
    """Run boundaries at every character ``k`` of ``ks`` in paragraph ``para``, re-read once.

    Many comments on one paragraph (a one-line scrape with hundreds of findings)
    would cost the paragraph's length for each, if it were re-read after every
    split.  The pieces read once name every split's ``w:t``; each ``w:t`` is
    then cut at all its places in one go (:func:`_split`).
    """
    p = doc.paragraphs[para]
    cuts: dict[int, tuple[Any, list[int]]] = {}
    for k in sorted(set(ks)):
        i = bisect.bisect_right(p.pieces, k, key=_end)  # the first piece that ends after k
        while i < len(p.pieces) and p.pieces[i].start < k:
            piece = p.pieces[i]
            if piece.element is not None and piece.start < k < piece.end:
                cuts.setdefault(id(piece.element), (piece.element, []))[1].append(
                    piece.offset + (k - piece.start))
                break
            i += 1
    for element, at in cuts.values():
        _split(element, at)
    if cuts:
        doc.refresh_paragraphs([para])


def runs_in(p: Paragraph, a: int, b: int) -> list[Any]:
    """The runs holding the characters ``a``..``b`` of ``p`` (run boundaries assumed at a and b)."""
    runs: list[Any] = []
    pieces = p.pieces
    last = max(a, b)
    for i in range(bisect.bisect_right(pieces, a, key=_end), len(pieces)):
        piece = pieces[i]
        if piece.start >= last:
            break
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
