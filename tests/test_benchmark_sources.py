"""The real corpus's source list names each text once, and every reference outline has its source.

A helper round that reuses a file prefix would silently put its texts in the place of an earlier
round's (stop 55 found round 44 on round 26's prefix): the scores would then be read on other texts.
"""

from __future__ import annotations

import csv
from collections import Counter

from .conftest import ROOT

_CORPUS = ROOT / "benchmarks" / "realcorpus"


def _files() -> list[str]:
    with (_CORPUS / "SOURCES.tsv").open(encoding="utf-8", newline="") as f:
        return [row["file"] for row in csv.DictReader(f, delimiter="\t")]


def test_each_text_is_named_once() -> None:
    twice = sorted(name for name, n in Counter(_files()).items() if n > 1)
    assert twice == []


def test_every_reference_has_its_source() -> None:
    named = {name.removesuffix(".txt") for name in _files()}
    unsourced = sorted(p.stem for p in (_CORPUS / "expected").glob("*.json") if p.stem not in named)
    assert unsourced == []
