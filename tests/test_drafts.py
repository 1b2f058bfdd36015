"""Drafts with planted slips, in varied genres and layouts: every rule on, exact findings.

Each case of tests/fixtures/drafts.md is a whole draft as an office types it,
with the slips planted in it listed in its name, and its twin with the slips
mended, which must be clean.  A finding that is not a planted slip fails the
test, as a missed slip does.
"""

from __future__ import annotations

import pytest

from speechparse.checks import Config, check

from .conftest import FIXTURES, read_cases

CASES = read_cases(FIXTURES / "drafts.md")
ALL = Config(fail_on="info")


@pytest.mark.parametrize(("name", "src", "expected"), CASES, ids=[c[0] for c in CASES])
def test_findings(name: str, src: str, expected: str) -> None:
    got = [f"{d.line}:{d.column} {d.code} {d.message}" for d in check(src, ALL)]
    assert "\n".join(got) == expected


def test_every_draft_has_its_mended_twin() -> None:
    slipped = [n for n, _, e in CASES if e]
    mended = [n for n, _, e in CASES if not e]
    assert len(slipped) == len(mended) >= 30
