"""The seeds and the dev set against their reference outlines (tests/golden).

The comparison follows the outline contract: headings by marker, number,
title and line, nested the same way; points by marker, number, line and
the first six characters of the title; every field unless the reference
lists it in ``skip``.  Titles are compared after NFKC and with white space
removed, as the reference outlines were written from scraped text.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from speechparse import parse_file, parse_outline

from .conftest import FIXTURES, ROOT

GOLDEN = Path(__file__).resolve().parent / "golden"
PAIRS = [(ROOT / "seeds" / (p.stem + ".txt"), p) for p in sorted((GOLDEN / "seeds").glob("*.json"))]
PAIRS += [(FIXTURES / "devset" / (p.stem + ".txt"), p)
          for p in sorted((GOLDEN / "devset").glob("*.json"))]


def norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not ch.isspace() and not "\ue000" <= ch <= "\uf8ff"
                   and ch not in "\ufeff\u200b\u200c\u200d\u2060")


def headings(nodes: list[dict[str, Any]], with_points: bool) -> list[Any]:
    return [
        (n["marker"], n["number"], norm(n["title"]), n["line"],
         [(p["marker"], p["number"], (norm(p["title"]) or "")[:6], p["line"])
          for p in n["points"]] if with_points else None,
         headings(n["children"], with_points))
        for n in nodes
    ]


@pytest.mark.parametrize(("text", "gold"), PAIRS, ids=[g.stem for _, g in PAIRS])
def test_golden_outline(text: Path, gold: Path) -> None:
    ref = json.loads(gold.read_text(encoding="utf-8"))
    got = parse_file(text).outline()
    # The command line's path (no tree; lines dropped as the outline is made) gives the same.
    assert parse_outline(text.read_text(encoding="utf-8")) == got
    skip = set(ref.get("skip", []))
    assert headings(got["sections"], "points" not in skip) == \
        headings(ref["sections"], "points" not in skip)
    if "title" not in skip:
        assert norm(got["title"]) in [norm(t) for t in [ref["title"],
                                                         *ref.get("title_alternatives", [])]]
    for key in ("salutation", "announced_count", "date"):
        if key not in skip:
            assert got[key] == ref[key], key
    if "closing" not in skip:
        if ref["closing"] is None:
            assert got["closing"] is None
        else:
            assert got["closing"]["line"] == ref["closing"]["line"]
            assert norm(got["closing"]["text"]) == norm(ref["closing"]["text"])


def test_all_references_present() -> None:
    assert len(PAIRS) == 19
    assert all(t.exists() for t, _ in PAIRS)
