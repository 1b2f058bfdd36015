"""Findings for people and programs: concise, full, json, github."""

from __future__ import annotations

import json

from .diagnostic import Diagnostic

FORMATS = ("concise", "full", "json", "github")
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def concise(d: Diagnostic) -> str:
    return f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}"


def full(d: Diagnostic, source_lines: list[str], lang: str) -> str:
    """The concise line, the source line and a caret under the place at fault."""
    out = [concise(d)]
    if 1 <= d.line <= len(source_lines):
        src = source_lines[d.line - 1]
        gutter = f"{d.line:>5} | "
        out.append(gutter + src)
        width = max(1, d.end_column - d.column) if d.end_line == d.line else 1
        pad = sum(2 if _wide(ch) else 1 for ch in src[:d.column - 1])
        carets = sum(2 if _wide(ch) else 1 for ch in src[d.column - 1:d.column - 1 + width])
        out.append(" " * (len(gutter) - 2) + "| " + " " * pad + "^" * max(1, carets))
    if d.fix is not None:
        label = "fix" if lang == "en" else "可修复"
        out.append(f"      = {label}: {d.fix.description}")
    return "\n".join(out)


def github(d: Diagnostic) -> str:
    level = _GITHUB_LEVEL[d.severity]
    return (f"::{level} file={d.path},line={d.line},col={d.column},endLine={d.end_line},"
            f"endColumn={d.end_column},title={d.code}::{d.message}")


def as_json(diagnostics: list[Diagnostic]) -> str:
    return json.dumps([d.model_dump() for d in diagnostics], ensure_ascii=False, indent=2)


def _wide(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")
