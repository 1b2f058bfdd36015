"""The real corpus: texts no one here wrote, their sources, reference outlines and scores.

    python benchmarks/realcorpus.py [--texts DIR] [--fetch] [-v] [--markdown]

``benchmarks/realcorpus/SOURCES.tsv`` lists each text's source (a repository, path
and commit, or a stored web page's address), how it was taken from there, its
genre and the SHA-256 of the text as scored.  The texts themselves are not in
the project.  ``--fetch`` rebuilds those it can into ``DIR`` (default
``$SPEECHPARSE_CORPUS`` or ``benchmarks/realcorpus/texts``, which git ignores):
a whole file or a range of lines of a repository, from a local mirror
(``$SPEECHPARSE_MIRRORS/owner+name``, read with ``git show``) or from
``raw.githubusercontent.com`` at the recorded commit.  A text that is a field of
a database dump or a script, or the stored excerpt of a web page, cannot be
fetched again by a script: its source is listed so that it can be found, and
its checksum tells whether a copy is the one scored.

Every text with a reference outline in ``benchmarks/realcorpus/expected`` is then
read in this process and scored: title (or one of its listed alternatives),
salutation, announced count, closing (where it starts), date, the 公文's
addressee where the reference names one, and numbered headings (F1 on depth,
number, title and parent; only down to ``graded_depth`` where a reference sets it,
as the second gathering's references do, which list the top level by the first
words of each title).  A field in the reference's ``skip`` is not scored.
The table gives one row per genre and one for all.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import unicodedata
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "realcorpus"
sys.path.insert(0, str(HERE.parent.parent))

from speechparse import parse_outline  # noqa: E402
from speechparse.outline import add_source  # noqa: E402
from speechparse.reading import read_source  # noqa: E402

FIELDS = ("title", "salutation", "announced_count", "closing", "date", "addressee")
_INVISIBLE = {"\ufeff", "\u200b", "\u200c", "\u200d", "\u2060"}


def norm(s: str | None) -> str | None:
    """Compared without spaces, width or invisible characters."""
    if s is None:
        return None
    return "".join(ch for ch in unicodedata.normalize("NFKC", s)
                   if not ch.isspace() and ch not in _INVISIBLE and not "\ue000" <= ch <= "\uf8ff")


def sources() -> list[dict[str, str]]:
    with open(HERE / "SOURCES.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- fetching ------------------------------------------------------------------------


def _from_repo(row: dict[str, str]) -> bytes | None:
    repo, path, commit = row["repo"], row["path"], row["commit"]
    mirrors = os.environ.get("SPEECHPARSE_MIRRORS", "/work/.mirror")
    gitdir = Path(mirrors) / repo.replace("/", "+")
    if (gitdir / "repo").is_dir():  # (the layout fetch leaves: owner+name/repo is the git directory)
        gitdir = gitdir / "repo"
    if gitdir.is_dir():
        got = subprocess.run(["git", "-C", str(gitdir), "show", f"{commit}:{path}"], capture_output=True)
        if got.returncode == 0:
            return got.stdout
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(path)}"
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            data: bytes = resp.read()
            return data
    except OSError:
        return None


def _extract(row: dict[str, str], data: bytes) -> bytes | None:
    how = row["extract"]
    if how == "whole":
        return data
    if how == "whole-gbk":  # a file stored in GBK, scored as UTF-8 (its line ends kept)
        return data.decode("gb18030").encode("utf-8")
    if how.startswith("lines:"):  # 「lines:115-117 (…)」: those lines, their line ends kept
        span = how[len("lines:"):].split()[0]
        first, _, last = span.partition("-")
        lines = data.splitlines(keepends=True)
        chunk = b"".join(lines[int(first) - 1:int(last or first)])
        return chunk
    return None  # a field of a dump or a script: see the notes column


def fetch(texts: Path, verbose: bool) -> tuple[int, int, list[str]]:
    """Rebuild what can be rebuilt; return (present, fetched, missing)."""
    texts.mkdir(parents=True, exist_ok=True)
    present = fetched = 0
    missing: list[str] = []
    for row in sources():
        dest = texts / row["file"]
        if dest.exists() and sha256(dest) == row["sha256"]:
            present += 1
            continue
        data = _from_repo(row) if row["repo"] != "page" else None
        text = _extract(row, data) if data is not None else None
        if text is not None and hashlib.sha256(text).hexdigest() == row["sha256"]:
            dest.write_bytes(text)
            fetched += 1
            continue
        missing.append(row["file"])
        if verbose:
            where = row["path"] if row["repo"] == "page" else f"{row['repo']}:{row['path']}@{row['commit'][:10]}"
            print(f"  not rebuilt: {row['file']} ({row['extract']}) from {where}", file=sys.stderr)
    return present, fetched, missing


# --- scoring -------------------------------------------------------------------------


@dataclass
class Tally:
    files: int = 0
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    graded: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tp: int = 0
    gold_h: int = 0
    pred_h: int = 0

    def add(self, other: Tally) -> None:
        self.files += other.files
        for k in FIELDS:
            self.right[k] += other.right[k]
            self.graded[k] += other.graded[k]
        self.tp += other.tp
        self.gold_h += other.gold_h
        self.pred_h += other.pred_h

    def f1(self) -> float:
        if not self.gold_h and not self.pred_h:
            return 1.0
        p = self.tp / self.pred_h if self.pred_h else 0.0
        r = self.tp / self.gold_h if self.gold_h else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, k: str) -> str:
        return f"{self.right[k] / self.graded[k]:.2f}" if self.graded[k] else "–"


def _headings(nodes: list[dict[str, Any]], parent: str | None = "", depth: int = 1) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for n in nodes or []:
        out.append((depth, n.get("number"), norm(n.get("title")), parent))
        out += _headings(n.get("children") or [], norm(n.get("title")), depth + 1)
    return out


def score_one(gold: dict[str, Any], got: dict[str, Any]) -> tuple[Tally, list[str]]:
    t = Tally(files=1)
    wrong: list[str] = []
    skip = set(gold.get("skip") or [])
    doc = got.get("document") or {}
    for k in FIELDS:
        if k in skip or (k == "addressee" and "addressee" not in gold):
            continue
        if k == "closing":
            g, o = gold.get("closing"), got.get("closing")
            ok = (g is None and o is None) or (g is not None and o is not None and g["line"] == o["line"])
        elif k == "title":
            options = [gold.get("title"), *(gold.get("title_alternatives") or [])]
            ok = norm(got.get("title")) in {norm(x) for x in options}
        elif k == "addressee":
            ok = norm(doc.get("addressee")) == norm(gold.get("addressee"))
        elif k == "announced_count":
            ok = got.get(k) == gold.get(k)
        else:
            ok = norm(got.get(k)) == norm(gold.get(k))
        t.graded[k] += 1
        t.right[k] += ok
        if not ok:
            wrong.append(k)
    if "sections" not in skip:
        g_h, o_h = _headings(gold.get("sections") or []), _headings(got.get("sections") or [])
        if gold.get("graded_depth"):  # a reference that lists only the top levels grades only those,
            g_h = [g[:3] for g in g_h if g[0] <= gold["graded_depth"]]
            o_h = [(*h[:2], h[2][:len(g[2] or "")]) for h in o_h if h[0] <= gold["graded_depth"]  # each
                   for g in [next((g for g in g_h if g[:2] == h[:2]), h)]]  # title by its first words
        t.gold_h, t.pred_h = len(g_h), len(o_h)
        pool = list(o_h)
        for key in g_h:
            if key in pool:
                pool.remove(key)
                t.tp += 1
        if t.tp != t.gold_h or t.pred_h != t.gold_h:
            wrong.append("headings")
    return t, wrong


def score(texts: Path, verbose: bool) -> dict[str, Tally]:
    genre_of = {r["file"].removesuffix(".txt"): r["genre"] for r in sources()}
    tallies: dict[str, Tally] = defaultdict(Tally)
    for gold_path in sorted((HERE / "expected").glob("*.json")):
        name = gold_path.stem
        text_path = texts / f"{name}.txt"
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = read_source(text_path)  # (a page saved as text: lines of the file as stored)
        got = add_source(parse_outline(source.text), source)
        t, wrong = score_one(gold, got)
        tallies[genre_of.get(name, "other")].add(t)
        if verbose and wrong:
            print(f"  {name}: {', '.join(wrong)}", file=sys.stderr)
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    total = Tally()
    for t in tallies.values():
        total.add(t)
    head = "| texts | n | title | salutation | count | closing | date | addressee | heading F1 |"
    rows = [head, "|" + "---|" * 9]
    for name, t in [*sorted(tallies.items()), ("all real texts", total)]:
        rows.append(f"| {name} | {t.files} | " + " | ".join(t.share(k) for k in FIELDS) + f" | {t.f1():.3f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("SPEECHPARSE_CORPUS", str(HERE / "texts"))
    ap.add_argument("--texts", type=Path, default=Path(default), help="where the texts are (and go)")
    ap.add_argument("--fetch", action="store_true", help="rebuild the texts that can be rebuilt first")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.fetch:
        present, fetched, missing = fetch(args.texts, args.verbose)
        print(f"texts: {present} present, {fetched} fetched, {len(missing)} to be copied by hand "
              f"(stored page excerpts and fields: see SOURCES.tsv)", file=sys.stderr)
    have = [r for r in sources() if (args.texts / r["file"]).exists()]
    if not have:
        print(f"no texts in {args.texts}: copy them there (see SOURCES.tsv), or use --fetch", file=sys.stderr)
        return 2
    bad = [r["file"] for r in have if sha256(args.texts / r["file"]) != r["sha256"]]
    if bad:
        print(f"not the texts scored before (checksum differs): {', '.join(bad)}", file=sys.stderr)
    print(table(score(args.texts, args.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
