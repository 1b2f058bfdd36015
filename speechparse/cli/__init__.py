"""The ``speechparse`` command.

Imports are lazy: ``speechparse --help`` must not pay for lark and pydantic.
Exit codes: 0 fine; 1 findings at or above the failing severity (``check``) or
files that failed in a batch (``outline`` on folders, ``--jobs``, ``--output``);
2 usage, settings or input error; 141 (128 + SIGPIPE) when the reader of
standard output went away, as for any Unix filter.

Standard output carries only the result: the outline, the findings, or, with
``check --fix -`` and ``--diff``, the fixed text or the diff (the findings
then go to standard error).  Everything else goes to standard error.

The options are :mod:`.args`'; each subcommand is a module (:mod:`.outline`,
:mod:`.check`, :mod:`.rules`) with a ``run(args)`` that returns the exit code
(:mod:`.exits`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from .args import parser
from .exits import EXIT_BROKEN_PIPE, EXIT_ERROR, EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """``speechparse`` with ``argv`` (else the process's arguments); the exit code."""
    args = parser().parse_args(argv)
    try:
        rc = _run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return rc
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as a Unix filter does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    """The subcommand's exit code (each module is imported only when its command runs)."""
    if args.command == "outline":
        from . import outline

        return outline.run(args)
    if args.command == "check":
        from . import check

        return check.run(args)
    if args.command == "rules":
        from . import rules

        return rules.run(args)
    if args.command == "schema":
        from ..outline import outline_schema

        print(json.dumps(outline_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    return EXIT_ERROR
