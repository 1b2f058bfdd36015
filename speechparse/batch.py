"""Outlines for a whole corpus: walk folders, parse on worker processes, stream results.

``outline_file`` is the per-file function: a plain top-level function of a
path that returns a picklable :class:`FileResult` and never raises, so any
engine can map it (a process pool here, Dask or Spark elsewhere; see the
README).  ``parse_many`` runs it on N processes (one parser per process,
files passed by path) and yields results as they finish, so memory stays
flat however large the corpus.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import partial
from pathlib import PurePath
from typing import Any

DEFAULT_GLOBS = ("*.txt", "*.md", "*.docx", "*.pdf", "*.html", "*.htm")
# Folders a walk never enters: version control, virtual environments, caches, packages.
DEFAULT_EXCLUDE = frozenset((
    ".git", ".hg", ".svn", ".bzr", ".venv", "venv", ".tox", ".nox", ".direnv", ".eggs", "node_modules",
    "site-packages", "__pypackages__", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
    ".ipynb_checkpoints", ".idea", ".vscode",
))


@dataclass(frozen=True)
class FileResult:
    """The outline of one file, or why there is none.

    The worker serialises the JSON Lines record itself (``line``): a string
    crosses the process boundary far more cheaply than a nested dict, and the
    parent, which shares the cores with the workers, only has to write it.
    """

    path: str
    line: str  # the JSON Lines record, without the newline
    error: str | None
    chars: int

    @property
    def outline(self) -> dict[str, Any] | None:
        """The outline (decoded from ``line``), or None if the file failed."""
        if self.error is not None:
            return None
        record: dict[str, Any] = json.loads(self.line)
        del record["path"]
        return record

    def as_json(self) -> dict[str, Any]:
        """The JSON Lines record: ``path`` plus the outline, or ``path`` plus ``error``."""
        record: dict[str, Any] = json.loads(self.line)
        return record


def _result(path: str, outline: dict[str, Any] | None, error: str | None, chars: int) -> FileResult:
    record = {"path": path, "error": error} if error is not None else {"path": path, **(outline or {})}
    return FileResult(path, json.dumps(record, ensure_ascii=False), error, chars)


def outline_file(path: str, encoding: str | None = None, lang: str = "zh",
                 max_bytes: int | None = None) -> FileResult:
    """Read and outline one file; errors become a result, never an exception."""
    from .errors import InputError
    from .parser import parse_outline
    from .reading import read_source
    from .textfile import DEFAULT_MAX_BYTES

    try:
        source = read_source(path, encoding, max_bytes or DEFAULT_MAX_BYTES)
        outline = parse_outline(source.text, source.title)
        if source.pages is not None or source.lines is not None:
            from .outline import add_source

            add_source(outline, source)
        return _result(path, outline, None, len(source.text))
    except InputError as e:
        return _result(path, None, e.message(lang), 0)
    except Exception as e:  # one broken file never stops a batch
        return _result(path, None, f"internal error: {type(e).__name__}: {e}" if lang == "en"
                       else f"内部错误：{type(e).__name__}: {e}", 0)


def outline_partition(paths: Iterable[str]) -> list[dict[str, Any]]:
    """JSON records for a partition of paths (for Dask ``map_partitions``, Spark ``mapPartitions``)."""
    return [outline_file(p).as_json() for p in paths]


def iter_paths(inputs: Iterable[str], patterns: Iterable[str] = DEFAULT_GLOBS,
               skip: Callable[[str], bool] | None = None) -> Iterator[str]:
    """Files as given, and the files below folders that match ``patterns``.

    Folders are walked lazily, one directory at a time, in the order of the
    sorted path strings (a directory sorts as its name plus "/", so the order
    is exactly ``sorted()`` of the full paths), so a pool can start on the
    first files while the rest are still being listed.  A pattern without "/"
    matches the file name; one with "/" matches the end of the path below the
    folder (as ``Path.rglob`` would).  Symbolic links to files are followed,
    links to directories are not (no loops).  The folders of ``DEFAULT_EXCLUDE``
    are never entered, and ``skip(path)`` may leave out more (files and folders
    met in a walk; a file named on its own is always read).
    """
    pats = tuple(patterns)
    for item in inputs:
        if os.path.isdir(item):
            yield from _walk(item, pats, "", skip)
        else:
            yield item


def _matches(rel: str, name: str, patterns: tuple[str, ...]) -> bool:
    return any(PurePath(rel).match(p) if "/" in p else fnmatchcase(name, p) for p in patterns)


def _walk(top: str, patterns: tuple[str, ...], rel: str = "",
          skip: Callable[[str], bool] | None = None) -> Iterator[str]:
    try:
        with os.scandir(os.path.join(top, rel) if rel else top) as it:
            entries = [(e.name + "/" if e.is_dir(follow_symlinks=False) else e.name, e) for e in it]
    except OSError:
        return  # unreadable folder: nothing below it is listed
    for key, entry in sorted(entries, key=lambda k: k[0]):
        sub = f"{rel}/{entry.name}" if rel else entry.name
        if key.endswith("/"):
            if entry.name not in DEFAULT_EXCLUDE and not (skip and skip(os.path.join(top, sub))):
                yield from _walk(top, patterns, sub, skip)
        elif _matches(sub, entry.name, patterns) and entry.is_file() and not (
                skip and skip(os.path.join(top, sub))):
            yield os.path.join(top, sub)


def _warm() -> None:
    """Import the parser and build its tables: each worker does it once, when it starts."""
    from .grammar import warm

    warm()


def parse_many(paths: Iterable[str], jobs: int | None = None, encoding: str | None = None,
               chunksize: int = 16, mp_context: str | None = None, lang: str = "zh",
               max_bytes: int | None = None) -> Iterator[FileResult]:
    """Outline ``paths`` on ``jobs`` worker processes (default: all cores), as they finish.

    With ``jobs=1`` everything runs in this process.  Otherwise the workers
    are started first and build their parsers while ``paths`` (which may be
    a lazy :func:`iter_paths`) is still being listed; the parent never parses
    (see :mod:`speechparse.pool`).  A file on which a worker process dies (the
    out-of-memory killer, say) is reported as failed and the batch goes on.
    ``mp_context`` names the multiprocessing start method ("fork", "spawn",
    "forkserver"); by default the platform's, except that a caller running
    threads (a web server, a Dask worker) gets "forkserver", since forking such
    a process can deadlock.
    """
    jobs = jobs or os.cpu_count() or 1
    work = partial(outline_file, encoding=encoding, lang=lang, max_bytes=max_bytes)
    if jobs == 1:
        yield from map(work, paths)
        return
    import multiprocessing
    import threading

    from .pool import run_pool

    if mp_context is None and threading.active_count() > 1 and \
            "forkserver" in multiprocessing.get_all_start_methods():
        mp_context = "forkserver"  # forking a process that runs threads can deadlock
    ctx = multiprocessing.get_context(mp_context)
    yield from run_pool(paths, work, partial(_died, lang=lang), jobs, chunksize, ctx, _warm)


def _died(path: str, code: int | None, lang: str = "zh") -> FileResult:
    reason = (f"the worker process died while reading this file (exit code {code})" if lang == "en"
              else f"读取此文件时工作进程意外退出（退出码 {code}）")
    return _result(path, None, reason, 0)


class Progress:
    """One line on a terminal: done/total, failures, throughput. Silent elsewhere.

    ``listed()`` wraps a lazy list of paths and counts it as the pool reads it:
    until it is exhausted the total is shown as ``done/listed+``.
    """

    def __init__(self, total: int = 0, enabled: bool = False) -> None:
        self.total = total
        self.listing = False
        self.enabled = enabled
        self.done = self.failed = self.chars = 0
        self.start = time.perf_counter()
        self._last = 0.0

    def listed(self, paths: Iterable[str]) -> Iterator[str]:
        self.listing = True
        for path in paths:
            self.total += 1
            yield path
        self.listing = False

    def update(self, result: FileResult) -> None:
        self.done += 1
        self.failed += result.error is not None
        self.chars += result.chars
        now = time.perf_counter()
        if self.enabled and (now - self._last > 0.1 or self.done == self.total):
            self._last = now
            width = 30
            filled = width * self.done // max(self.total, 1)
            more = "+" if self.listing else ""
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}{more}"
                             f"  失败 {self.failed}  {self.rate() / 1e6:.2f} M 字/秒")
            sys.stderr.flush()

    def rate(self) -> float:
        return self.chars / max(time.perf_counter() - self.start, 1e-9)

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
