"""Every case of tests/fixtures/checks.md: exact findings of the selected rules."""

from __future__ import annotations

import pytest

from speechparse.checks import RULES, Config, check

from .conftest import FIXTURES, read_cases

CASES = read_cases(FIXTURES / "checks.md")


def config_for(name: str) -> Config:
    head = name.split(":", 1)[0].split()
    codes = tuple(c for c in head if c[:1].isupper() and c[1:].isdigit())
    options: dict[str, object] = {"select": codes}
    for word in head:
        if word.startswith("profile="):
            options["profile"] = word.split("=", 1)[1]
        if word == "allow-two-level":
            options["allow_two_level"] = True
    return Config().merged(**options)


@pytest.mark.parametrize(("name", "src", "expected"), CASES, ids=[c[0] for c in CASES])
def test_findings(name: str, src: str, expected: str) -> None:
    got = [f"{d.line}:{d.column} {d.code} {d.message}" for d in check(src, config_for(name))]
    assert "\n".join(got) == expected


def test_every_rule_has_a_triggering_and_a_clean_case() -> None:
    triggered: set[str] = set()
    clean: set[str] = set()
    for name, _, expected in CASES:
        codes = config_for(name).select
        (triggered if expected else clean).update(codes)
    assert triggered == set(RULES)
    assert clean == set(RULES)
