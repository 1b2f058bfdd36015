"""Findings for people and programs: concise, full, json, github, sarif."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from .diagnostic import Diagnostic

FORMATS = ("concise", "full", "json", "github", "sarif")
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def concise(d: Diagnostic) -> str:
    return f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}"


def full(d: Diagnostic, src: str | None, lang: str) -> str:
    """The concise line, the source line ``src`` and a caret under the place at fault."""
    out = [concise(d)]
    if src is not None:
        gutter = f"{d.line:>5} | "
        out.append(gutter + src)
        width = max(1, d.end_column - d.column) if d.end_line == d.line else 1
        pad = sum(2 if _wide(ch) else 1 for ch in src[:d.column - 1])
        carets = sum(2 if _wide(ch) else 1 for ch in src[d.column - 1:d.column - 1 + width])
        out.append(" " * (len(gutter) - 2) + "| " + " " * pad + "^" * max(1, carets))
    if d.fix is not None:
        out.append("      = " + fix_label(d.fix.safe, lang) + d.fix.description)
    return "\n".join(out)


def fix_label(safe: bool, lang: str) -> str:
    """「可修复：」 before a safe fix; an unsafe one says it needs ``--unsafe-fixes``."""
    if lang == "en":
        return "fix: " if safe else "unsafe fix (--unsafe-fixes): "
    return "可修复：" if safe else "可修复（不安全，需 --unsafe-fixes）："


def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


def github(d: Diagnostic) -> str:
    """A GitHub Actions workflow command; paths and messages are escaped as the runner wants."""
    level = _GITHUB_LEVEL[d.severity]
    return (f"::{level} file={_gh_property(d.path)},line={d.line},col={d.column},endLine={d.end_line},"
            f"endColumn={d.end_column},title={_gh_property(d.code)}::{_gh_data(d.message)}")


def as_json(diagnostics: list[Diagnostic]) -> str:
    return json.dumps([d.model_dump() for d in diagnostics], ensure_ascii=False, indent=2)


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def sarif(diagnostics: list[Diagnostic], rules: dict[str, Any], version: str, lang: str,
          unreadable: list[tuple[str, str]] | None = None) -> str:
    """SARIF 2.1.0, as code-scanning tools read it (columns in Unicode code points).

    Each rule carries its description and help; a file that could not be read is a
    tool execution notification, so that its absence from the results is explained.
    """
    from .registry import rule_doc

    used = sorted({d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(used)}
    results = []
    for d in diagnostics:
        uri = quote(d.path.replace("\\", "/"))
        result: dict[str, Any] = {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _SARIF_LEVEL[d.severity],
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri},
                "region": _region(d.line, d.column, d.end_line, d.end_column)}}],
        }
        if d.fix is not None:
            result["fixes"] = [{
                "description": {"text": d.fix.description},
                "properties": {"applicability": d.fix.applicability},
                "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [
                    {"deletedRegion": _region(e.line, e.column, e.end_line, e.end_column),
                     "insertedContent": {"text": e.replacement}} for e in d.fix.edits]}],
            }]
        results.append(result)
    driver = {
        "name": "speechparse",
        "version": version,
        "informationUri": "https://pypi.org/project/speechparse/",
        "rules": [{
            "id": code,
            "shortDescription": {"text": rules[code].summary_en if lang == "en" else rules[code].summary},
            "fullDescription": {"text": rule_doc(code)},
            "help": {"text": f"{rules[code].summary} / {rules[code].summary_en}. "
                             f"`speechparse rules {code}` explains the rule; `--ignore {code}` or "
                             f"per-file-ignores turns it off."},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rules[code].severity]},
        } for code in used],
    }
    notes = [{"level": "error", "message": {"text": reason},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(path.replace("\\", "/"))}}}]}
             for path, reason in unreadable or []]
    run: dict[str, Any] = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results,
                           "invocations": [{"executionSuccessful": not notes, "toolExecutionNotifications": notes}]}
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2)


def _wide(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")
