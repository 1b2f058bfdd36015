"""Peak memory of the command line on large inputs, per input byte and per heading line.

Two generated files in a temporary folder:

- ``big.txt``: the fixture texts repeated to about ``--mb`` megabytes (UTF-8);
- ``headings.txt``: a salutation and ``--headings`` lines 「一、第N项工作」, the
  shape that once took 700 MB for 200,000 lines.

Each of ``speechparse outline`` and ``speechparse check`` runs in a fresh
process; its peak resident size (``ru_maxrss``) and time are reported, next to
a bare interpreter's, which every figure includes.

    python benchmarks/memory.py [--mb 50] [--headings 200000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import FILES  # benchmarks/ is on the path when a benchmark runs


def peak_kb(cmd: list[str]) -> tuple[float, float]:
    """Peak RSS (KB) and seconds of ``cmd``, run in a child of a fresh helper process."""
    helper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
              "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", helper, *cmd], capture_output=True, text=True, check=True)
    kb, seconds = out.stdout.split()
    return float(kb), float(seconds)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--headings", type=int, default=200_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big, heads = Path(tmp) / "big.txt", Path(tmp) / "headings.txt"
        corpus = "\n".join(p.read_text(encoding="utf-8") for p in FILES)
        copies = max(1, a.mb * 1_000_000 // len(corpus.encode("utf-8")))
        big.write_text("\n".join([corpus] * copies), encoding="utf-8")
        heads.write_text("同志们：\n" + "".join(f"一、第{i}项工作\n" for i in range(a.headings)),
                         encoding="utf-8")
        bare, _ = peak_kb([sys.executable, "-c", "pass"])
        print(f"{time.strftime('%Y-%m-%d %H:%M')}; bare interpreter {bare / 1024:.0f} MB (included below)")
        size = big.stat().st_size
        for command in ("outline", "check"):
            kb, s = peak_kb([sys.executable, "-m", "speechparse", command, str(big)])
            print(f"{command:8} {size / 1e6:5.1f} MB text: peak {kb / 1024:6.0f} MB = "
                  f"{kb * 1024 / size:4.2f} B per input byte, {s:5.1f} s")
        for command in ("outline", "check"):
            kb, s = peak_kb([sys.executable, "-m", "speechparse", command, str(heads)])
            print(f"{command:8} {a.headings} heading lines: peak {kb / 1024:6.0f} MB = "
                  f"{kb * 1024 / a.headings:5.0f} B per line ({(kb - bare) * 1024 / a.headings:5.0f} "
                  f"over a bare interpreter), {s:5.1f} s")


if __name__ == "__main__":
    main()
