"""Shared helpers: a compact, readable rendering of an outline for fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def compact(outline: dict[str, Any]) -> str:
    """One line per fact: fields, then headings (indented) with their points.

    The genre is shown when it is not ``speech``; speaker, occasion and place
    when present; appended documents last, with their own headings.
    """
    out: list[str] = []
    for key, label in (("title", "title"), ("salutation", "salutation"),
                       ("announced_count", "count"), ("date", "date"), ("speaker", "speaker"),
                       ("occasion", "occasion"), ("place", "place")):
        if outline.get(key) is not None:
            out.append(f"{label}: {outline[key]}")
    if outline.get("genre", "speech") != "speech":
        out.append(f"genre: {outline['genre']}")
    for p in outline.get("points", []):
        out.append(f"* {p['marker']} {p['title']} @{p['line']}")

    def walk(nodes: list[dict[str, Any]], depth: int) -> None:
        for n in nodes:
            pad = "  " * depth
            out.append(f"{pad}- {n['marker']} {n['title']} @{n['line']}")
            for p in n["points"]:
                out.append(f"{pad}  * {p['marker']} {p['title']} @{p['line']}")
            walk(n["children"], depth + 1)

    walk(outline["sections"], 0)
    if outline.get("closing"):
        c = outline["closing"]
        out.append(f"closing @{c['line']}: {c['text']}")
    for a in outline.get("appendices", []):
        out.append(f"appendix @{a['line']}: {a['title']}")
        walk(a["sections"], 1)
    return "\n".join(out)


def read_cases(path: Path) -> list[tuple[str, str, str]]:
    """Cases of a fixture file: ``### name``, input, ``.``, expected, ``.``.

    In inputs, ``⏎`` stands for a bare CR and ``␤`` for U+2028, so that
    the file itself stays plain LF text.
    """
    cases: list[tuple[str, str, str]] = []
    name = ""
    block: list[str] = []
    parts: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### ") and not block and not parts:
            name = line[4:].strip()
        elif line == "." and name:
            parts.append("\n".join(block))
            block = []
            if len(parts) == 2:
                src = parts[0].replace("⏎", "\r").replace("␤", "\u2028")
                cases.append((name, src, parts[1]))
                name, parts = "", []
        elif name:
            block.append(line)
    return cases
