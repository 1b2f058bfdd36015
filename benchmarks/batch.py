"""Batch throughput on 1 and 2 worker processes against the machine's ceiling.

Builds a corpus of N files (the fixture texts, copied with a number added so
no two are the same) in a temporary folder.  Each measurement runs in a fresh
process, after imports and parser tables (reported apart), and the three are
interleaved round by round so that they see the same machine load:

- one process parsing every file;
- ``parse_many`` with 2 worker processes;
- the ceiling: two bare forks, each parsing half the files, with no pool and
  no messages (what two cores give at that moment).

It reports the pool's speed-up over one process as a fraction of the
ceiling's speed-up (the goal is at least 0.9), the CPU time the pool spends
(parent and workers) against the two bare forks, and peak memory as the
corpus grows.

    python benchmarks/batch.py [--files 800] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import FILES  # benchmarks/ is on the path when a benchmark runs

CHILD = """
import json, os, resource, sys, time
from speechparse.batch import _warm, iter_paths, outline_file, parse_many
paths = list(iter_paths([sys.argv[1]]))
mode = sys.argv[2]
def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime
t0 = time.perf_counter()
_warm()  # imports and parser tables: a fixed cost, reported apart
t1 = time.perf_counter()
c1 = cpu()
n = chars = failed = 0
if mode == "ceiling":  # two plain forks, no pool, no IPC: what the machine allows
    pids = []
    for k in range(2):
        pid = os.fork()
        if pid == 0:
            for p in paths[k::2]:
                outline_file(p)
            os._exit(0)
        pids.append(pid)
    for pid in pids:
        os.waitpid(pid, 0)
    n = len(paths)
else:
    for r in parse_many(paths, jobs=int(mode)):
        n += 1; chars += r.chars; failed += r.error is not None
t2 = time.perf_counter()
print(json.dumps({"files": n, "chars": chars, "failed": failed, "warm": t1 - t0,
                  "seconds": t2 - t1, "cpu": cpu() - c1,
                  "self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def make_corpus(folder: Path, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in FILES]
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(texts[i % len(texts)] + f"\n{i}\n", encoding="utf-8")


def run(folder: Path, mode: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder), mode],
                         capture_output=True, check=True, text=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=800)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        small.mkdir()
        large.mkdir()
        make_corpus(small, a.files)
        make_corpus(large, a.files * 4)
        best: dict[str, dict[str, float]] = {}
        for _ in range(a.rounds):  # interleaved; the best round of each
            for mode in ("1", "2", "ceiling"):
                r = run(small, mode)
                if mode not in best or r["seconds"] < best[mode]["seconds"]:
                    best[mode] = r
        chars = best["1"]["chars"]
        print(f"{a.files} files, {chars / 1e6:.1f} M chars; start-up (imports, parser) "
              f"{best['1']['warm'] * 1e3:.0f} ms, not counted below")
        for mode, label in (("1", "1 worker (in process)"), ("2", "2 worker processes"),
                            ("ceiling", "2 bare forks, no IPC")):
            r = best[mode]
            print(f"{label:24} {r['seconds']:.3f} s  {chars / r['seconds'] / 1e6:.2f} M chars/s")
        one, pool, ceiling = (best[m]["seconds"] for m in ("1", "2", "ceiling"))
        print(f"speed-up with 2 workers: {one / pool:.2f}x; two bare forks: {one / ceiling:.2f}x; "
              f"the pool reaches {ceiling / pool:.2f} of the ceiling (goal >= 0.90)")
        print(f"CPU time: pool {best['2']['cpu']:.3f} s, bare forks {best['ceiling']['cpu']:.3f} s, "
              f"overhead {best['2']['cpu'] / best['ceiling']['cpu'] - 1:+.1%} (goal <= 10%)")
        for folder, n in ((small, a.files), (large, a.files * 4)):
            r = run(folder, "2")
            print(f"{n} files on 2 workers: peak memory parent {r['self_kb'] / 1024:.0f} MB, "
                  f"largest worker {r['children_kb'] / 1024:.0f} MB")


if __name__ == "__main__":
    main()
