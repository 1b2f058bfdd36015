"""Linear cost: every input family, doubled from 16 KB to 1 MB, for ``outline`` and ``check``.

A parser that rescans its headings once per appendix, or backtracks along a
long line, is fast on a 10 KB speech and hangs on a 1 MB scrape.  For each
family of input that stresses one part of the reading (appendices, markers
on one line, nested brackets, long lines, point runs, heading lines,
salutation-like lines, blank lines, slips on one line (fixable), traditional
characters), the input is doubled six times and each step's time ratio is
reported.  A linear step is about 2×; the run fails (exit 1) on any step over ``--limit`` (2.3×), naming
the family, the size and the function.

Each size is timed as the best of ``--repeat`` runs (5), in one process, after a
garbage collection, so a noisy machine inflates both sides of a ratio alike.
On a shared machine single steps still wander by ±15% from run to run: a
step over the limit is re-measured once before it counts.

With ``--word`` each family also goes through Word: a .docx of it (one
paragraph per line, made before the clock starts) is checked and reviewed
with comments (``check --annotate``) and with tracked changes as well
(``check --fix --annotate``).  A one-line family is then one paragraph with
hundreds of findings, the case where every comment used to re-read its
paragraph.  Needs python-docx (a development dependency).

    python benchmarks/doubling.py [--limit 2.3] [--repeat 3] [--max-kb 1024] [--word]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from speechparse import parse_outline
from speechparse.checks import check

# One unit of each family: repeated until the input has the size wanted.
FAMILIES: dict[str, tuple[str, str]] = {
    # (head written once, unit repeated)
    "appendices": ("讲话\n同志们：\n一、甲\n乙。\n", "附件\n1.甲\n2.乙\n"),
    "attached notes": ("讲话\n同志们：\n一、甲\n乙。\n", "附：\n1.甲\n2.乙\n"),
    "markers on one line": ("", "一、甲二、乙（一）丙（二）丁1.戊2.己"),
    "nested brackets": ("", "（（（（一）））（二）"),
    "long lines": ("在会议上的讲话\n同志们：\n", "要统一思想，提高认识，切实增强责任感，"),
    "point runs": ("同志们：\n一、总体要求\n", "一是抓学习；二是抓调研；三是抓落实；"),
    "heading lines": ("同志们：\n", "一、统一思想\n要统一。\n（一）加强学习\n要学习。\n"),
    "salutation-like lines": ("", "同志们：\n各位代表、各位来宾：\n"),
    "blank lines": ("同志们：\n一、甲\n", "\n\n\u3000\u3000\n"),
    "slips on one line": ("", "第一、加强学习。讲二点意见。"),
    "traditional characters": ("在會議上的講話\n同志們：\n", "一、堅定信心\n要團結一心。\n"),
}


def make(family: str, size: int) -> str:
    head, unit = FAMILIES[family]
    return head + unit * max(1, (size - len(head)) // len(unit))


def best(fn: Callable[[str], object], text: str, repeat: int) -> float:
    times = []
    if getattr(fn, "__name__", "") == "review":
        fn(text)  # the .docx is made first, off the clock
    for _ in range(repeat):
        gc.collect()  # (the garbage of the last run is not this run's cost)
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def _word(tracked: bool) -> Callable[[str], object]:
    """``check --annotate`` (``tracked``: ``--fix --annotate``) on a .docx of the text."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, for its tests
    from speechparse.checks.config import Config
    from speechparse.docx_input import read_docx
    from speechparse.word.review import annotate_docx
    from tests.fuzzing import word_file

    folder = Path(tempfile.mkdtemp(prefix="doubling-"))
    built: dict[str, Path] = {}

    def review(text: str) -> object:
        path = built.get(text)
        if path is None:  # made once, before the first timed run is counted
            path = folder / f"{len(built)}.docx"
            word_file(text.split("\n"), path)
            built[text] = path
            return None
        found = check(read_docx(path))
        return annotate_docx(path, folder / "out.docx", found, tracked=tracked,
                             config=Config(unsafe_fixes=True) if tracked else None)

    return review


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=float, default=2.3)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--min-kb", type=int, default=16)
    ap.add_argument("--max-kb", type=int, default=1024)
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES))
    ap.add_argument("--word", action="store_true", help="also --annotate and --fix --annotate on a .docx")
    a = ap.parse_args(argv)
    functions: dict[str, Callable[[str], object]] = {"outline": parse_outline, "check": check}
    if a.word:
        functions |= {"annotate": _word(False), "tracked": _word(True)}
    worst = 0.0
    failed: list[str] = []
    sizes = _sizes(a.min_kb, a.max_kb)
    print(f"{'family':<24}{'fn':<9}" + "".join(f"{k:>9}" for k in sizes) + "   worst step")
    for family in a.family or FAMILIES:
        for name, fn in functions.items():
            times = [best(fn, make(family, kb * 1000), a.repeat) for kb in sizes]
            for k in range(1, len(times)):  # a step over the limit: both ends measured again
                if times[k - 1] > 0 and times[k] / times[k - 1] > a.limit:
                    times[k - 1] = min(times[k - 1], best(fn, make(family, sizes[k - 1] * 1000), a.repeat))
                    times[k] = min(times[k], best(fn, make(family, sizes[k] * 1000), a.repeat))
            steps = [b / t if t > 0 else 0.0 for t, b in itertools.pairwise(times)]
            step = max(steps, default=0.0)
            worst = max(worst, step)
            # (a step whose smaller run took under 5 ms says more about the clock than the code)
            bad = [(kb, s) for kb, s, t in zip(sizes[1:], steps, times, strict=False)
                   if s > a.limit and t >= 0.005]
            failed += [f"{family} / {name}: ×{s:.2f} reaching {kb} KB" for kb, s in bad]
            print(f"{family:<24}{name:<9}" + "".join(f"{t * 1000:>7.0f}ms" for t in times)
                  + f"   ×{step:.2f}" + ("  <-- over the limit" if bad else ""))
    print(f"worst step ×{worst:.2f} (limit ×{a.limit})")
    for f in failed:
        print("not linear:", f, file=sys.stderr)
    return 1 if failed else 0


def _sizes(lo: int, hi: int) -> list[int]:
    out = [lo]
    while out[-1] * 2 <= hi:
        out.append(out[-1] * 2)
    return out


if __name__ == "__main__":
    sys.exit(main())
