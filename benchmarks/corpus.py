"""The benchmark corpus, one list for every benchmark: the seeds and the dev-set fixtures."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "devset").glob("*.txt"))
