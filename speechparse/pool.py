"""A small process pool for batch parsing: one thread in the parent, no polling.

Why not ``multiprocessing.Pool``: its worker-handler thread waits on the
result queue too, so every result wakes two parent threads, and on two cores
the parent then costs the workers about 5% of their CPU; and when a worker is
killed (the out-of-memory killer, a signal) ``Pool.imap`` waits forever.

Here the parent's one thread starts the workers first, then reads the paths
lazily, keeps every worker two chunks ahead, and sleeps in
``multiprocessing.connection.wait`` until a worker answers.  A worker that
dies is replaced; the files it held are tried again one per chunk, so the
file that kills a worker is reported as failed on its own and every other
file still gets its outline.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any

_AHEAD = 2  # chunks a worker holds: one at work, one waiting


def _serve(conn: Connection, work: Callable[[str], Any], warm: Callable[[], None]) -> None:
    """A worker: take chunks of paths, send back their results, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    warm()
    while True:
        try:
            chunk = conn.recv()
        except EOFError:  # the parent is gone
            return
        if chunk is None:
            return
        conn.send([work(p) for p in chunk])


class _Worker:
    __slots__ = ("conn", "held", "process")

    def __init__(self, ctx: Any, work: Callable[[str], Any], warm: Callable[[], None]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, work, warm), daemon=True)
        self.process.start()
        child.close()
        self.held: deque[list[str]] = deque()


def run_pool(paths: Iterable[str], work: Callable[[str], Any], failed: Callable[[str, int | None], Any],
             jobs: int, chunksize: int, ctx: Any, warm: Callable[[], None]) -> Iterator[Any]:
    """``work(path)`` for every path on ``jobs`` processes, results as they come.

    ``failed(path, exit_code)`` makes the result for a file whose worker died on it.
    ``work`` and ``warm`` must be picklable (top-level functions or partials of them).
    """
    workers = [_Worker(ctx, work, warm) for _ in range(jobs)]  # they warm up while we list
    source = iter(paths)
    retry: deque[list[str]] = deque()  # chunks of a dead worker, one file each

    def next_chunk() -> list[str] | None:
        if retry:
            return retry.popleft()
        chunk = list(islice(source, chunksize))
        return chunk or None

    def feed(w: _Worker) -> None:
        while len(w.held) < _AHEAD:
            chunk = next_chunk()
            if chunk is None:
                return
            w.held.append(chunk)
            try:
                w.conn.send(chunk)
            except OSError:  # it died: ``wait`` sees its end of file, and it is buried there
                return

    done = False
    try:
        for w in workers:
            feed(w)
        while True:
            busy = {w.conn: w for w in workers if w.held}
            if not busy:
                done = True
                break
            for conn in wait(list(busy)):
                w = busy[conn]
                try:
                    results = w.conn.recv()
                except (EOFError, OSError):  # the worker died
                    yield from _bury(w, workers, retry, failed)
                    workers.append(new := _Worker(ctx, work, warm))
                    feed(new)
                    continue
                w.held.popleft()
                feed(w)
                yield from results
    finally:
        for w in workers:
            if done:  # idle: they stop when told
                try:
                    w.conn.send(None)
                except OSError:
                    pass
            else:  # the caller broke off, or Ctrl-C: their work is not wanted
                w.process.terminate()
        for w in workers:
            w.process.join()
            w.conn.close()


def _bury(w: _Worker, workers: list[_Worker], retry: deque[list[str]],
          failed: Callable[[str, int | None], Any]) -> Iterator[Any]:
    """Take a dead worker out; its files are tried again alone, or fail if they were alone."""
    workers.remove(w)
    w.process.join()
    code = w.process.exitcode
    w.conn.close()
    for chunk in w.held:
        if len(chunk) == 1 and chunk is w.held[0]:
            yield failed(chunk[0], code)
        else:
            retry.extend([p] for p in chunk)
