"""One writer's slip at a time, on every heading and run-in point of many texts.

For each text (the seeds, the dev set, the outline fixtures, and speeches made
up by ``tests/speechgen.py`` in varied shapes and layouts) and each place a
writer can slip (a number repeated or skipped, a level that starts at 「（二）」, a half-width bracket, 「三.」 for
「三、」, a point number repeated or skipped, the salutation's colon typed as a
comma), make that one slip and check the three things a writer relies on:

* **caught**: the expected code, at the slip's line, is among the new findings,
  and it is the only new finding;
* **local**: the outline keeps its title, salutation, closing and appendices,
  and every other heading (depth, marker, title) as it was;
* **restored**: ``fix`` (safe fixes only) gives back what it gives on the text
  without the slip; for the run-in points (not fixable) nothing is restored.

More than 2,000 slips are made; the test fails on the first that breaks one of
the three, naming the text, the slip and the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any, NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speechparse import check, fix, parse_outline

from .conftest import FIXTURES, ROOT
from .speechgen import speech

CN = "一二三四五六七八九"
GENERATED = 45  # made-up speeches (tests/speechgen.py) beside the real texts


class Slip(NamedTuple):
    kind: str
    text: str
    code: str
    line: int  # 1-based
    touched: int  # the heading line the slip is on (0: none)


def _texts() -> list[tuple[str, str]]:
    out = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "devset").glob("*.txt"))]
    out += [(p.stem, p.read_text(encoding="utf-8")) for p in (FIXTURES / "long_speech.txt",
                                                               FIXTURES / "clean_speech.txt")]
    cases = (FIXTURES / "outlines.md").read_text(encoding="utf-8").split("\n### ")[1:]
    for case in cases:
        name, _, rest = case.partition("\n")
        body = rest.split("\n.\n", 1)[0] + "\n"
        if "⏎" not in body and "␤" not in body:
            out.append((name[:40], body))
    out += [(f"gen{seed}", speech(seed)) for seed in range(GENERATED)]
    return out


def _sub(lines: list[str], i: int, old: str, new: str) -> str:
    out = list(lines)
    out[i] = lines[i].replace(old, new, 1)
    return "\n".join(out)


def _groups(nodes: list[dict[str, Any]], parent: int = 0) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """Each list of siblings with its parent's line (0 at the top)."""
    yield parent, nodes
    for n in nodes:
        yield from _groups(n["children"], n["line"])


def _last_line(node: dict[str, Any]) -> int:
    """The line of the last heading of ``node``'s subtree."""
    return _last_line(node["children"][-1]) if node["children"] else int(node["line"])


def _renumbered(marker: str, step: int) -> str | None:
    """The marker with its number ``step`` (±1) away, as written: 「三、」→「四、」, 「（2）」→「（1）」."""
    digits = [k for k, ch in enumerate(marker) if ch in CN or ch.isdigit()]
    if len(digits) != 1:
        return None
    k = digits[0]
    ch = marker[k]
    if ch in CN:
        n = CN.index(ch) + step
        return marker[:k] + CN[n] + marker[k + 1:] if 0 <= n < len(CN) else None
    n = int(ch) + step if ch.isascii() else -1
    return marker[:k] + str(n) + marker[k + 1:] if 1 <= n <= 9 else None


def _next_numeral(marker: str) -> str | None:
    """The marker with its number one higher: 「三、」→「四、」, 「（2）」→「（3）」."""
    return _renumbered(marker, 1)


def _numeral_back(marker: str) -> str | None:
    """The marker with its number one lower, as written: 「三、」→「二、」, 「（2）」→「（1）」."""
    return _renumbered(marker, -1)


def slips(text: str, outline: dict[str, Any], flagged: set[int]) -> Iterator[Slip]:
    """Every slip of ``text``, one at a time; ``flagged``: the lines with a finding already."""
    lines = text.split("\n")

    def at(node: dict[str, Any], marker: str) -> int | None:
        i = node["line"] - 1
        return i if 0 <= i < len(lines) and lines[i].lstrip(" \t\u3000").startswith(marker) else None

    heading_lines = sorted(h["line"] for _, g in _groups(outline["sections"]) for h in g)
    for parent, group in _groups(outline["sections"]):
        if not group:
            continue
        after = next((x for x in heading_lines if x > _last_line(group[-1])), 0)
        if len({h["style"] for h in group}) > 1 or any(h["line"] in flagged for h in group) \
                or parent in flagged or after in flagged:
            continue  # a level already in two styles, or already at fault, or beside a heading at fault (a slip
            # of a text's own, whose reading its neighbours' numbers give: a second slip there is two)
        first = group[0] if len(group) >= 2 and group[0]["number"] == 1 else None
        i = at(first, first["marker"]) if first else None
        second = _next_numeral(first["marker"]) if first and i is not None else None
        if second and i is not None:  # a level that starts at 「（二）」: the next is 「（二）」 too
            yield Slip("first-number", _sub(lines, i, first["marker"], second), "N201", i + 1, i + 1)
        for a, b in pairwise(group):
            mb = b["marker"]
            i = at(b, mb)
            if i is None or b["number"] != a["number"] + 1:
                continue
            repeated = _numeral_back(mb)
            if repeated:
                yield Slip("dup-number", _sub(lines, i, mb, repeated), "N201", i + 1, i + 1)
            skipped = _next_numeral(mb)
            if skipped:
                yield Slip("skip-number", _sub(lines, i, mb, skipped), "N201", i + 1, i + 1)
            if mb.startswith("（") and mb.endswith("）"):
                yield Slip("half-bracket", _sub(lines, i, mb, "(" + mb[1:-1] + ")"), "N204", i + 1, i + 1)
            if mb.endswith("、") and b["style"] == "section":
                yield Slip("dot-numeral", _sub(lines, i, mb, mb[:-1] + "."), "N202", i + 1, i + 1)
        for h in group:
            points = h["points"]
            for p, q in pairwise(points):
                i = q["line"] - 1
                if (q["number"] != p["number"] + 1 or p["line"] != q["line"] or not q["marker"].endswith("是")
                        or lines[i].count(q["marker"]) != 1):
                    continue
                # (a point on a heading's line is in that heading's title: the slip changes it there)
                yield Slip("point-dup", _sub(lines, i, q["marker"], p["marker"]), "N210", i + 1, i + 1)
                skipped = _next_numeral(q["marker"])
                if skipped and skipped not in lines[i]:
                    yield Slip("point-skip", _sub(lines, i, q["marker"], skipped), "N210", i + 1, i + 1)
    salutation = outline["salutation"]
    if salutation:
        for i, ln in enumerate(lines):
            if ln.strip() == salutation + "：":
                yield Slip("drop-colon", _sub(lines, i, "：", "，"), "S102", i + 1, 0)
                break


def _headings(nodes: list[dict[str, Any]], depth: int = 1) -> Iterator[tuple[int, str, str, int]]:
    for n in nodes:
        yield depth, n["marker"], n["title"], n["line"]
        yield from _headings(n["children"], depth + 1)


def _page(o: dict[str, Any]) -> tuple[Any, ...]:
    closing = (o["closing"] or {}).get("text")
    return o["title"], o["salutation"], closing, tuple(a["title"] for a in o["appendices"])


def _cases() -> Iterator[tuple[str, str, Slip, dict[str, Any]]]:
    for name, text in _texts():
        outline = parse_outline(text)
        if outline["genre"] == "other":
            continue  # not a draft: nothing is checked
        found = check(text)
        if any(d.code == "N206" for d in found):
            continue  # (a heading typed in another level's style, read where its neighbours' numbers put it:
            # a second slip among those numbers is two slips, whichever reading it leaves)
        flagged = {d.line for d in found}
        for s in slips(text, outline, flagged):
            yield name, text, s, outline


CASES = list(_cases())


def test_there_are_enough_slips_of_every_kind() -> None:
    kinds: dict[str, int] = {}
    for _, _, s, _ in CASES:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    assert len(CASES) >= 2000, len(CASES)
    assert set(kinds) == {"dup-number", "skip-number", "first-number", "half-bracket", "dot-numeral",
                          "point-dup", "point-skip", "drop-colon"}, kinds
    assert min(kinds.values()) >= 15, kinds


_BEFORE: dict[str, tuple[set[tuple[str, int]], str]] = {}


@pytest.mark.slow
@pytest.mark.parametrize("chunk", range(8))
def test_one_slip_one_finding_the_reading_stands_and_fix_restores(chunk: int) -> None:
    failures: list[str] = []
    for name, text, s, outline in CASES[chunk::8]:
        if name not in _BEFORE:
            _BEFORE[name] = ({(d.code, d.line) for d in check(text)}, fix(text)[0])
        before, fixed = _BEFORE[name]
        new = {(d.code, d.line) for d in check(s.text)} - before
        where = f"{name}: {s.kind} at line {s.line}"
        if new != {(s.code, s.line)}:
            failures.append(f"{where}: new findings {sorted(new)}")
        o = parse_outline(s.text)
        keep = [h[:3] for h in _headings(outline["sections"]) if h[3] != s.touched]
        have = {h[:3] for h in _headings(o["sections"])}
        if _page(o) != _page(outline) or not all(h in have for h in keep):
            lost = [h for h in keep if h not in have][:2]
            failures.append(f"{where}: reading changed (page {_page(o) != _page(outline)}, lost {lost})")
        if s.code != "N210" and fix(s.text)[0] != fixed:
            failures.append(f"{where}: fix does not give back the text as it was")
    assert not failures, f"{len(failures)} slips broke:\n" + "\n".join(failures[:20])


def _slips_by_definition(numbers: list[int]) -> int:
    off = sum(x != k for k, x in enumerate(numbers, 1))
    if off <= 1:
        return off
    bad = [(k, x - (numbers[k - 1] if k else 0)) for k, x in enumerate(numbers)
           if x != (numbers[k - 1] if k else 0) + 1]
    return 1 if len(bad) == 1 and bad[0][1] in (0, 2) and (bad[0][0] or bad[0][1] == 2) else 2


@given(st.lists(st.integers(min_value=1, max_value=6), max_size=8))
def test_slips_counted_step_by_step_are_the_slips_of_the_whole_run(numbers: list[int]) -> None:
    from speechparse.checks.context import count_slips

    assert count_slips(numbers) == _slips_by_definition(numbers)
    assert count_slips([1, 2, 2, 3]) == count_slips([1, 2, 4, 5]) == 1 and count_slips([1, 3, 2]) == 2
