"""Throughput of parse → outline JSON against a bare baseline, measured in one run.

The baseline is the least work an outline needs: classify each line by its
start with ``regex`` prefix patterns, scan each paragraph once for run-in
points, build a dict tree with a rank stack, dump JSON.  It knows nothing of
titles, salutations, closings, noise, spans or the grammar.  Both run on the
same texts in the same process, interleaved, and the ratio is reported
(machines here are shared and noisy; absolute numbers drift, ratios less).

    python benchmarks/bench.py [--rounds N] [FILES...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import regex
from corpus import FILES  # benchmarks/ is on the path when a benchmark runs

from speechparse import parse, parse_outline
from speechparse.checks import check

DEFAULT_FILES = FILES  # the benchmark corpus (benchmarks/corpus.py)

_HEAD = [
    (0, regex.compile(r"[\s\p{Co}#*]*第[一二三四五六七八九十]+部分")),
    (1, regex.compile(r"[\s\p{Co}#*]*[一二三四五六七八九十]+[、.．，]")),
    (2, regex.compile(r"[\s\p{Co}#*]*[（(][一二三四五六七八九十]+[）)]")),
    (3, regex.compile(r"[\s\p{Co}#*]*\d{1,2}[.．、，](?!\d)")),
    (4, regex.compile(r"[\s\p{Co}#*]*[（(]\d{1,2}[）)]")),
    (5, regex.compile(r"[\s\p{Co}#*]*[①-⑳]")),
]
_POINT = regex.compile(r"(?:^|(?<=[。！？；：]))(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+，)")


def baseline(text: str) -> str:
    root: dict[str, Any] = {"children": [], "points": []}
    stack: list[tuple[int, dict[str, Any]]] = [(-1, root)]
    for i, line in enumerate(text.split("\n"), 1):
        for rank, pat in _HEAD:
            m = pat.match(line)
            if m:
                while stack[-1][0] >= rank:
                    stack.pop()
                node = {"marker": m.group(), "title": line[m.end():].split("。", 1)[0],
                        "line": i, "children": [], "points": []}
                stack[-1][1]["children"].append(node)
                stack.append((rank, node))
                break
        for p in _POINT.finditer(line):
            stack[-1][1]["points"].append({"marker": p.group(), "line": i})
    return json.dumps(root, ensure_ascii=False)


def ours(text: str) -> str:
    """What ``speechparse outline`` does for one text."""
    return json.dumps(parse_outline(text), ensure_ascii=False)


def ours_typed(text: str) -> str:
    """The same through the typed pydantic tree (``parse(text).outline()``)."""
    return json.dumps(parse(text).outline(), ensure_ascii=False)


def ours_check(text: str) -> int:
    """What ``speechparse check`` does for one text (parse and every rule)."""
    return len(check(text))


def measure(fn: Any, texts: list[str], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        times.append(time.perf_counter() - t0)
    return times


def stages(texts: list[str], rounds: int) -> dict[str, float]:
    """Best time of each stage of the pipeline over all texts (its input made beforehand)."""
    from speechparse.classify import classify
    from speechparse.grammar import parse_tokens
    from speechparse.lines import split_lines
    from speechparse.nodes import model_nodes
    from speechparse.parser import _outline_nodes, tokens
    from speechparse.tree import build_tree

    def best(fn: Any) -> float:
        return min(measure(lambda _: fn(), [""], rounds))

    layouts = [classify(split_lines(t), t) for t in texts]
    toks = [tokens(layout) for layout in layouts]

    def tree(nodes: Any) -> None:
        for layout, t, (tk, at) in zip(layouts, texts, toks, strict=True):
            kept = layout.lines  # the outline builder drops lines from the list it is given
            layout.lines = list(kept)
            build_tree(layout, parse_tokens(tk), t, at, nodes)
            layout.lines = kept

    split = best(lambda: [split_lines(t) for t in texts])
    grammar = best(lambda: [parse_tokens(tk) for tk, _ in toks])
    return {
        "cutting lines": split,
        "classifying them, reading the page": best(lambda: [classify(split_lines(t), t) for t in texts]) - split,
        "tokens": best(lambda: [tokens(layout) for layout in layouts]),
        "grammar (LALR)": grammar,
        "building the outline": best(lambda: tree(_outline_nodes())) - grammar,
        "building the typed tree": best(lambda: tree(model_nodes())) - grammar,
    }


def startup(cmd: list[str], n: int = 11, env: dict[str, str] | None = None) -> float:
    # Bytecode compiled, as an installed wheel has it: a shell that sets PYTHONDONTWRITEBYTECODE
    # would otherwise time the compiling of every module on every run (about 100 ms more).
    env = {k: v for k, v in (os.environ if env is None else env).items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, capture_output=True, check=True, env=env)  # (writes the bytecode once)
    best = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, env=env)
        best.append(time.perf_counter() - t0)
    return min(best)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=40)
    a = ap.parse_args()
    files = a.files or DEFAULT_FILES
    texts = [f.read_text(encoding="utf-8") for f in files]
    chars = sum(len(t) for t in texts)
    ours(texts[0])  # warm up: build the parser
    baseline(texts[0])
    ours_typed(texts[0])
    ours_check(texts[0])
    load = os.getloadavg()[0]
    base_t: list[float] = []
    our_t: list[float] = []
    typed_t: list[float] = []
    check_t: list[float] = []
    for _ in range(a.rounds):  # interleave so all see the same machine load
        base_t += measure(baseline, texts, 1)
        our_t += measure(ours, texts, 1)
        typed_t += measure(ours_typed, texts, 1)
        check_t += measure(ours_check, texts, 1)
    # The best round of each: noise from other processes only ever adds time.
    b, o, ty, ck = min(base_t), min(our_t), min(typed_t), min(check_t)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average {load:.2f} "
          f"before / {os.getloadavg()[0]:.2f} after")
    print(f"texts: {len(texts)} files, {chars} chars, best of {a.rounds} rounds")
    for name, t in (("baseline", b), ("outline (CLI path)", o), ("parse() typed tree", ty),
                    ("check", ck)):
        print(f"{name:20} {t * 1e3:8.2f} ms  {chars / t / 1e6:6.2f} M chars/s  "
              f"{t / b:5.2f}x baseline")
    print(f"check / outline: {ck / o:.2f}x")
    print("stages, as multiples of the baseline: " + ", ".join(
        f"{name} {t / b:.2f}" for name, t in stages(texts, max(5, a.rounds // 4)).items()))
    exe = Path(sys.executable)
    bare = startup([str(exe), "-c", "pass"])
    cli = startup([str(exe), "-m", "speechparse", "outline", str(files[0])])
    # (The first run fills the cache of compiled patterns, speechparse.lazyre; every later run
    # reads it.  With the cache off, each run compiles the patterns its text needs.)
    off = startup([str(exe), "-m", "speechparse", "outline", str(files[0])],
                  env={**os.environ, "SPEECHPARSE_CACHE_DIR": ""})
    print(f"startup: bare python {bare * 1e3:.0f} ms, `speechparse outline` {cli * 1e3:.0f} ms, "
          f"adds {(cli - bare) * 1e3:.0f} ms (with the pattern cache off: {off * 1e3:.0f} ms, "
          f"adds {(off - bare) * 1e3:.0f} ms)")


if __name__ == "__main__":
    main()
