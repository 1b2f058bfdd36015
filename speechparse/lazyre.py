"""Patterns compiled when first used, so that start-up pays only for those a run needs.

The page readers hold some sixty patterns, a few of them large alternations of
offices, agencies and surnames; compiling them all at import took about half of
the command's start-up, while a given text reaches only some of them (a page
without a dateline never tries the dateline pattern).  A lazy pattern compiles
itself on its first method call and then keeps the compiled pattern's bound
methods in its slots: every later call costs what a call on a compiled pattern
costs.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")


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
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        # A class with __getattr__ makes every attribute read slower: drop it now.
        self.__class__ = _Compiled  # type: ignore[assignment]
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use (the methods listed in ``_METHODS``)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
