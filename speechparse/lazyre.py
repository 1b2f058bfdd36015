"""Patterns compiled when first used, and kept compiled between runs.

The page readers hold some two hundred patterns, a few of them large alternations
of offices, agencies and surnames, many with the CJK range in a class.  Python's
``re`` builds such a class by visiting each of its twenty thousand code points in
Python code: compiling the patterns a single text needs took about 60 ms, most of
the command's start-up.  Two things keep that off the start-up:

* A lazy pattern compiles itself on its first method call and then keeps the
  compiled pattern's bound methods in its slots: a run pays only for the patterns
  its text reaches, and every later call costs what a call on a compiled pattern
  costs.
* The compiled form (what ``re``'s compiler hands to the ``_sre`` engine: the
  opcode list and the group tables) is kept in a cache file per Python version,
  ``$XDG_CACHE_HOME/speechparse`` (or ``~/.cache/speechparse``; the environment
  variable ``SPEECHPARSE_CACHE_DIR`` names another folder, and set empty turns the
  cache off).  A later run loads it in about a millisecond and gives each pattern
  to the engine as ``re.compile`` would.  Only the package's own fixed patterns
  are cached, never a pattern made from a text, so the file stays small and
  bounded.  Anything unexpected (another Python, a damaged or foreign file, a
  folder that cannot be written) falls back to ``re.compile``: the cache changes
  the time a run takes, never what it reads.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
from array import array
from typing import Any, cast

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")
_CACHE_ENV = "SPEECHPARSE_CACHE_DIR"
_MAX_ENTRIES = 2000  # the package has about 300 patterns: a bound, not a working size
_MAX_FILE = 16 << 20

# (flags, the opcodes as the bytes of an array of the engine's code units, groups, their names both ways):
# bytes load from the file as one block each, and become the engine's list only for a pattern a run uses
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_UNIT = "I"  # an unsigned 32-bit code unit, the engine's (checked against _sre.CODESIZE on load)


class _Cache:
    """The compiled forms loaded from the cache file, and those this run added."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], Entry] | None = None  # None: not loaded yet
        self.added = 0
        self.path: str | None = None
        self.engine: Any = None  # the _sre module; None where the cache is off
        self.parser: Any = None
        self.compiler: Any = None

    def load(self) -> dict[tuple[str, int], Entry]:
        entries: dict[tuple[str, int], Entry] = {}
        self.entries = entries
        try:  # (re._parser and re._compiler exist from Python 3.11 on; the cache is off before)
            self.engine = importlib.import_module("_sre")
            self.parser = importlib.import_module("re._parser")
            self.compiler = importlib.import_module("re._compiler")
            self.path = cache_file(self.engine.MAGIC)
            if self.engine.CODESIZE != array(_UNIT).itemsize:
                raise AttributeError("CODESIZE")
        except (ImportError, AttributeError):
            self.engine = None
            return entries
        if self.path is None:
            self.engine = None
            return entries
        entries.update(_read(self.path))
        return entries


_cache = _Cache()


def cache_file(magic: int) -> str | None:
    """The cache file for this Python and this regular-expression engine, or None when off."""
    folder = os.environ.get(_CACHE_ENV)
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "speechparse")
    if not folder:
        return None
    return os.path.join(folder, f"patterns-{sys.implementation.cache_tag}-{magic}-u32.marshal")


def _read(path: str) -> dict[tuple[str, int], Entry]:
    """The cache file's entries; nothing when it is missing, too large or not one."""
    try:
        with open(path, "rb") as file:
            data = marshal.loads(file.read(_MAX_FILE + 1))
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _compile_form(pattern: str, flags: int) -> Entry:
    """What ``re.compile`` hands to the engine for ``pattern`` (re._compiler.compile's steps)."""
    parsed = _cache.parser.parse(pattern, flags)
    code = array(_UNIT, _cache.compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _engine_compile(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return cast("re.Pattern[str]", _cache.engine.compile(
        pattern, flags, array(_UNIT, code).tolist(), groups, groupindex, indexgroup))


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for one of the package's own fixed patterns, through the cache."""
    flags = int(flags)
    entries = _cache.entries if _cache.entries is not None else _cache.load()
    if _cache.engine is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _engine_compile(pattern, entry)
        except Exception:  # (a foreign or damaged entry: compile it afresh)
            del entries[key]
    try:
        entry = _compile_form(pattern, flags)
        compiled = _engine_compile(pattern, entry)
    except Exception:  # (re's internals changed: the cache stands aside)
        return re.compile(pattern, flags)
    if len(entries) < _MAX_ENTRIES:
        entries[key] = entry
        if not _cache.added:
            atexit.register(save)
        _cache.added += 1
    return compiled


def save() -> None:
    """Write the cache file when this run compiled patterns it did not hold (at exit).

    The file on disk is read again and merged first (another process may have added
    patterns meanwhile), and replaced in one step, so a reader never sees half a file.
    """
    path, entries = _cache.path, _cache.entries
    if path is None or not entries or not _cache.added:
        return
    _cache.added = 0
    import tempfile  # (here: only a run that adds to the cache needs it)

    try:
        merged = {**_read(path), **entries}
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(dict(list(merged.items())[:_MAX_ENTRIES]), out)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # (a folder that cannot be written: the next run compiles again)


class _Compiled:
    """A compiled pattern's methods in slots (what a lazy pattern becomes on first use)."""

    __slots__ = ("_flags", "pattern", *_METHODS)
    pattern: str

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


class _LazyPattern(_Compiled):
    __slots__ = ()

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a method slot not yet filled (or a name that is not one).
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = cached_compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        # A class with __getattr__ makes every attribute read slower: drop it now.
        self.__class__ = _Compiled  # type: ignore[assignment]
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use (the methods listed in ``_METHODS``)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
