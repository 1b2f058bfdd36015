"""Batch mode: folders, worker processes, broken files, JSON Lines, the library call."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from speechparse import parse_outline
from speechparse.batch import FileResult, iter_paths, outline_file, outline_partition, parse_many

from .conftest import FIXTURES, ROOT

TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((FIXTURES / "devset").glob("*.txt"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seeds and the dev set in nested folders, plus a binary, an undecodable and an empty file."""
    for i, src in enumerate(TEXTS):
        sub = tmp_path / f"part{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / src.name).write_bytes(src.read_bytes())
    (tmp_path / "part0" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "part1" / "latin.txt").write_bytes("Grüße, schöne Straße".encode("latin-1"))
    (tmp_path / "part2" / "empty.txt").write_bytes(b"")
    (tmp_path / "part2" / "notes.csv").write_text("not,matched\n", encoding="utf-8")
    return tmp_path


def test_iter_paths_walks_folders_sorted_and_keeps_files(corpus: Path) -> None:
    found = list(iter_paths([str(corpus)]))
    assert len(found) == len(TEXTS) + 3
    assert found == sorted(found)
    assert not any(p.endswith(".csv") for p in found)
    assert list(iter_paths([str(corpus)], ["*.csv"])) == [str(corpus / "part2" / "notes.csv")]


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_matches_one_by_one_and_lists_broken_files(corpus: Path, jobs: int) -> None:
    paths = list(iter_paths([str(corpus)]))
    results = {r.path: r for r in parse_many(paths, jobs=jobs)}
    assert set(results) == set(paths)
    errors = {Path(p).name: r.error for p, r in results.items() if r.error}
    assert set(errors) == {"binary.txt", "latin.txt"}
    assert "二进制" in errors["binary.txt"] and "--encoding" in errors["latin.txt"]
    empty = results[str(corpus / "part2" / "empty.txt")]
    assert empty.error is None and empty.outline is not None and empty.outline["sections"] == []
    for p, r in results.items():
        if r.error is None and r.chars:
            assert r.outline == parse_outline(Path(p).read_text(encoding="utf-8"))


def test_results_and_the_per_file_function_are_picklable(corpus: Path) -> None:
    r = outline_file(str(TEXTS[0]))
    assert pickle.loads(pickle.dumps(r)) == r
    assert pickle.loads(pickle.dumps(outline_file)) is outline_file
    records = outline_partition([str(TEXTS[0]), str(corpus / "part0" / "binary.txt")])
    assert records[0]["path"] == str(TEXTS[0]) and records[0]["sections"]
    assert set(records[1]) == {"path", "error"}
    bad = outline_file(str(corpus / "part0" / "binary.txt"))
    assert bad.outline is None and bad.as_json() == {"path": bad.path, "error": bad.error}
    assert isinstance(FileResult, type)


def test_cli_batch_writes_json_lines_and_a_summary(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "speechparse", "outline", str(corpus), "--jobs", "2",
                        "--output", str(out)], capture_output=True, cwd=ROOT)
    assert r.returncode == 1  # the run finished, two files failed
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(TEXTS) + 3
    assert sum("error" in row for row in rows) == 2
    err = r.stderr.decode("utf-8")
    assert "binary.txt: 二进制文件" in err
    assert f"共 {len(TEXTS) + 3} 个文件，失败 2 个" in err
    assert "\r[" not in err  # no progress bar when stderr is not a terminal


def test_cli_batch_without_failures_exits_zero(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "speechparse", "outline", str(ROOT / "seeds"),
                        "-j", "1"], capture_output=True, cwd=ROOT)
    assert r.returncode == 0
    assert len(r.stdout.decode("utf-8").splitlines()) == 5


def test_cli_batch_refuses_other_formats() -> None:
    r = subprocess.run([sys.executable, "-m", "speechparse", "outline", str(ROOT / "seeds"),
                        "--format", "tree"], capture_output=True, cwd=ROOT)
    assert r.returncode == 2


def test_progress_line_only_when_enabled(capsys: pytest.CaptureFixture[str]) -> None:
    from speechparse.batch import Progress

    results = [outline_file(str(TEXTS[0])), FileResult("x", '{"path": "x", "error": "e"}', "e", 0)]
    quiet = Progress(2, enabled=False)
    for r in results:
        quiet.update(r)
    quiet.close()
    assert capsys.readouterr().err == ""
    loud = Progress(2, enabled=True)
    for r in results:
        loud.update(r)
    loud.close()
    err = capsys.readouterr().err
    assert "\r[" in err and "2/2" in err and "失败 1" in err and err.endswith("\n")
    assert loud.done == 2 and loud.failed == 1 and loud.chars == results[0].chars


def test_parse_many_from_a_threaded_caller(corpus: Path) -> None:
    import threading

    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        paths = [str(p) for p in TEXTS[:4]]
        results = list(parse_many(paths, jobs=2))
    finally:
        stop.set()
        t.join()
    assert sorted(r.path for r in results) == sorted(paths)
    assert all(r.error is None for r in results)


def test_iter_paths_order_is_sorted_paths_and_streams(tmp_path: Path) -> None:
    # A folder sorts as its name plus "/": "a-b.txt" < "a.txt" < "a/…" < "ab.txt" as strings.
    for rel in ("a/x.txt", "a/sub/y.txt", "a.txt", "a-b.txt", "ab.txt", "b/z.md", "b/skip.csv",
                "c/drafts/d.txt", "c/other/e.txt"):
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("一、甲\n", encoding="utf-8")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)  # never followed
    (tmp_path / "b" / "link.txt").symlink_to(tmp_path / "a.txt")  # a file link is
    found = list(iter_paths([str(tmp_path)]))
    assert found == sorted(found)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "a-b.txt", "a.txt", "a/sub/y.txt", "a/x.txt", "ab.txt", "b/link.txt", "b/z.md",
        "c/drafts/d.txt", "c/other/e.txt"]
    assert [Path(p).name for p in iter_paths([str(tmp_path)], ["drafts/*.txt"])] == ["d.txt"]
    # Lazy: the first file comes before the folders below are read.
    walk = iter_paths([str(tmp_path)])
    assert next(walk).endswith("a-b.txt")
    (tmp_path / "c" / "other" / "zz.txt").write_text("一、乙\n", encoding="utf-8")
    assert list(walk)[-1].endswith("c/other/zz.txt")


def test_progress_counts_a_lazy_listing(capsys: pytest.CaptureFixture[str]) -> None:
    from speechparse.batch import Progress

    progress = Progress(enabled=True)
    paths = progress.listed(iter([str(TEXTS[0]), str(TEXTS[1])]))
    first = next(paths)
    assert progress.total == 1 and progress.listing
    progress.update(outline_file(first))
    assert "1/1+" in capsys.readouterr().err
    rest = list(paths)
    assert progress.total == 2 and not progress.listing
    progress.update(outline_file(rest[0]))
    progress.close()
    assert "2/2 " in capsys.readouterr().err


def _square_or_die(path: str) -> tuple[str, int]:
    if path == "die":
        os._exit(9)  # as if the out-of-memory killer struck while reading this file
    return path, int(path) ** 2


def _dead(path: str, code: int | None) -> tuple[str, str]:
    return path, f"died {code}"


def test_pool_survives_a_worker_that_dies_and_blames_only_its_file() -> None:
    import multiprocessing

    from speechparse.pool import run_pool

    paths = [str(i) for i in range(40)]
    paths[13] = "die"
    results = list(run_pool(paths, _square_or_die, _dead, jobs=2, chunksize=4,
                            ctx=multiprocessing.get_context("fork"), warm=lambda: None))
    assert sorted(results, key=lambda r: paths.index(r[0])) == [
        ("die", "died 9") if p == "die" else (p, int(p) ** 2) for p in paths]


def test_pool_stops_its_workers_when_the_caller_breaks_off() -> None:
    import multiprocessing

    from speechparse.pool import run_pool

    ctx = multiprocessing.get_context("fork")
    results = run_pool((str(i) for i in range(10_000)), _square_or_die, _dead, jobs=2, chunksize=4,
                       ctx=ctx, warm=lambda: None)
    assert next(results)[0] in {str(i) for i in range(16)}  # from a first chunk: 0-3 or 8-11
    results.close()  # the generator's finally stops and joins the workers
    assert multiprocessing.active_children() == []


def test_parse_many_reads_the_listing_lazily(corpus: Path) -> None:
    taken: list[str] = []

    def listing() -> Iterator[str]:
        for p in iter_paths([str(corpus)]):
            taken.append(p)
            yield p

    results = parse_many(listing(), jobs=2, chunksize=2)
    next(results)
    # Two workers two chunks ahead, two files a chunk, and the chunk that replaced the first answer.
    assert len(taken) <= 10 < len(TEXTS)
    assert len(list(results)) == len(TEXTS) + 2
