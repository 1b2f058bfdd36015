"""Pause Python's cyclic garbage collector while one text is read.

Reading a text allocates many small objects (lines, markers, tokens, nodes)
that all stay alive until the tree is built.  Each allocation may trigger a
collection, and the older generations' collections walk every object still
alive, so on a 1 MB scrape the collector costs about a sixth of the time and
makes the time grow faster than the text (the doubling benchmark's steps go
from about 2.0 to about 2.3).  Nothing the reading builds needs collecting
before it is done: the objects it drops are freed by reference counting.

The collector's previous state is restored afterwards, so a caller who
disabled it keeps it disabled, and a nested call changes nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
