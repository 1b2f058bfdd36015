"""Every case of tests/fixtures/outlines.md: input text → expected outline."""

from __future__ import annotations

import pytest

from speechparse import parse

from .conftest import FIXTURES, compact, read_cases

CASES = read_cases(FIXTURES / "outlines.md")


def test_fixture_file_has_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(("src", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outline(src: str, expected: str) -> None:
    assert compact(parse(src).outline()) == expected
