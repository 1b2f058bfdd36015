"""Two revisions of the parser in one process, against the same baseline, interleaved.

Separate runs of ``bench.py`` differ by several percent on a shared machine, more
than most single changes gain; here both revisions and the baseline take turns
round by round, so they see the same load, and the ratio between them is steady
to about one percent.

    python benchmarks/compare.py REV_A REV_B [--rounds N]

A revision is anything ``git archive`` takes (``HEAD``, ``HEAD~3``, a commit),
or ``WORK`` for the working tree.  Each is copied under its own package name,
so both can be imported at once (the package imports itself relatively, but its
public names load ``speechparse.<module>`` by absolute name: the parser module
is imported directly for that reason).
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import baseline, measure
from corpus import FILES, ROOT


def _load(rev: str, where: Path, k: int) -> Any:
    name = f"speechparse_{k}"
    dest = where / str(k)
    dest.mkdir()
    if rev == "WORK":
        shutil.copytree(ROOT / "speechparse", dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        archive = subprocess.run(["git", "archive", rev, "speechparse"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
        (dest / "speechparse").rename(dest / name)
    sys.path.insert(0, str(dest))
    return importlib.import_module(f"{name}.parser")


def _parse_to_json(parser: Any) -> Any:
    def run(text: str) -> str:
        return json.dumps(parser.parse(text).outline(), ensure_ascii=False)
    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("revs", nargs=2)
    ap.add_argument("--rounds", type=int, default=40)
    a = ap.parse_args()
    texts = [f.read_text(encoding="utf-8") for f in FILES]
    with tempfile.TemporaryDirectory() as tmp:
        parsers = [_load(rev, Path(tmp), k) for k, rev in enumerate(a.revs)]
        fns = [_parse_to_json(p) for p in parsers]
        for fn in fns:
            measure(fn, texts, 1)  # warm up
        base: list[float] = []
        runs: list[list[float]] = [[] for _ in fns]
        for _ in range(a.rounds):
            base += measure(baseline, texts, 1)
            for fn, times in zip(fns, runs, strict=True):
                times += measure(fn, texts, 1)
    for rev, times in zip(a.revs, runs, strict=True):
        ratio = statistics.median(t / b for t, b in zip(times, base, strict=True))
        print(f"{rev:12} parse() → JSON {min(times) * 1e3:7.2f} ms best, {ratio:.3f}× the baseline (median)")
    change = statistics.median(y / x for x, y in zip(runs[0], runs[1], strict=True))
    print(f"{a.revs[1]} / {a.revs[0]}: {change:.3f} (median of {a.rounds} rounds)")


if __name__ == "__main__":
    main()
