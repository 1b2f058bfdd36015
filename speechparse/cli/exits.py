"""What a command tells the shell and standard error: the exit codes, and a file's failure.

Every command reads many files; one that cannot be read is told on standard
error as ``path: reason`` and the rest go on (:func:`attempt`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_BROKEN_PIPE = 0, 1, 2, 141  # (see speechparse.cli)


def fail(path: str, reason: str) -> None:
    """``path: reason`` on standard error."""
    print(f"{path}: {reason}", file=sys.stderr)


T = TypeVar("T")


def attempt(path: str, work: Callable[[], T], lang: str,
            errors: list[tuple[str, str]] | None = None) -> T | None:
    """``work()``, or None after telling why on stderr (and in ``errors``): one bad file never
    stops the rest."""
    from ..errors import InputError

    try:
        return work()
    except InputError as e:
        where, reason = e.path, e.message(lang)
    except Exception as e:  # never a traceback
        where, reason = path, (f"internal error: {type(e).__name__}: {e}" if lang == "en"
                               else f"内部错误：{type(e).__name__}: {e}")
    fail(where, reason)
    if errors is not None:
        errors.append((where, reason))
    return None
