"""Where ``speechparse check`` writes the findings, in which format, and what they add up to.

Findings are printed as each file is checked (concise, full, github) or kept
and written once at the end (json, sarif, ``--statistics``); for a person at
a terminal a summary line follows them.  The formats themselves are
:mod:`speechparse.checks.report`'s.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO


class Findings:
    """The findings of one ``speechparse check`` run, and the stream they go to (``report``)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        # With --diff, or --fix on standard input, stdout carries the text: findings go to stderr.
        self.report: TextIO = sys.stderr if args.diff or (args.fix and "-" in args.files) else sys.stdout
        self.collected: list[Any] = []
        self.stats: list[Any] = []
        self.found = self.fixable = self.unsafe = 0

    def add(self, text: str, diagnostics: list[Any], config: Any, shown: dict[Any, str] | None = None) -> None:
        """One file's findings (``text`` is what was checked): written now, or kept for the end.

        ``shown``: for a page whose findings are at its stored lines, the text line (as read)
        each finding is on, by (line, column, code)."""
        from ..checks import allows_unsafe
        from ..checks.report import concise, full, github

        fmt = self.args.output_format
        self.found += len(diagnostics)
        unsafe = allows_unsafe(config)
        self.fixable += sum(1 for d in diagnostics if d.fix is not None and (unsafe or d.fix.safe))
        self.unsafe += sum(1 for d in diagnostics if d.fix is not None and not (unsafe or d.fix.safe))
        if self.args.statistics:
            self.stats.extend(diagnostics)
        elif fmt in ("json", "sarif"):
            self.collected.extend(diagnostics)
        else:
            lines = text.splitlines() if fmt == "full" else []

            def source(d: Any) -> str | None:
                if shown is not None:
                    return shown.get((d.line, d.column, d.code))
                return lines[d.line - 1] if 1 <= d.line <= len(lines) else None

            for d in diagnostics:
                print(full(d, source(d), config.lang) if fmt == "full"
                      else github(d) if fmt == "github" else concise(d), file=self.report)

    def finish(self, lang: str, unreadable: list[tuple[str, str]]) -> None:
        """Once every file is checked: the findings kept (or their counts), then the summary."""
        args = self.args
        fmt = args.output_format
        if args.statistics:
            self.statistics(lang)
        elif fmt == "json":
            from ..checks.report import as_json

            print(as_json(self.collected), file=self.report)
        elif fmt == "sarif":
            from .. import __version__
            from ..checks import RULES
            from ..checks.report import sarif

            print(sarif(self.collected, RULES, __version__, lang, unreadable), file=self.report)
        wanted = args.summary if args.summary is not None else self.report.isatty()
        if fmt in ("concise", "full") and wanted and not args.quiet and not args.statistics:
            self.summary(lang, len(unreadable))

    def summary(self, lang: str, unreadable: int = 0) -> None:
        """「共 3 个问题，其中 2 个可用 --fix 修复」 after the findings, as ruff ends its report.

        For people: on a terminal, or with ``--summary``; a pipe gets the findings alone
        unless asked, so that scripts reading ``path:line:col: CODE`` lines see nothing else.
        (The files that could not be read, said each on standard error, are counted in it too: a
        report of a folder must not read as all of it checked.)
        """
        n = self.found
        if not n and not unreadable:
            return
        fixable, unsafe = self.fixable, self.unsafe
        if lang == "en":
            line = f"Found {n} problem{'s' if n != 1 else ''}" + (
                f" ({fixable} fixable with --fix)" if fixable else "") + (
                f" ({unsafe} more with --unsafe-fixes)" if unsafe else "") + (
                f"; {unreadable} file{'s' if unreadable != 1 else ''} could not be read" if unreadable else "") + "."
        else:
            line = f"共 {n} 个问题" + (f"，其中 {fixable} 个可用 --fix 修复" if fixable else "") + (
                f"，另有 {unsafe} 个需加 --unsafe-fixes 修复" if unsafe else "") + (
                f"；{unreadable} 个文件无法读取，未检查" if unreadable else "")
        if not n:  # (nothing found in what was read: the files not read are the news)
            line = f"{unreadable} file{'s' if unreadable != 1 else ''} could not be read." if lang == "en" \
                else f"{unreadable} 个文件无法读取，未检查"
        print(line, file=self.report)

    def statistics(self, lang: str) -> None:
        """One line per rule: how many findings, the code, whether fixable, what it is."""
        from collections import Counter

        from ..checks import RULES

        counts = Counter(d.code for d in self.stats)
        fixable = Counter(d.code for d in self.stats if d.fix is not None and d.fix.safe)
        unsafe = Counter(d.code for d in self.stats if d.fix is not None and not d.fix.safe)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = RULES[code]
            mark = "[*]" if fixable[code] else "[-]" if unsafe[code] else "   "
            print(f"{n:>5}  {code}  {mark} {rule.summary if lang == 'zh' else rule.summary_en}", file=self.report)
