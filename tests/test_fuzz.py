"""The fuzz harness (tests/fuzzing.py) in its short form: a few hundred inputs, in seconds.

The long form (a million inputs, two hundred of them over 100 KB, hundreds
through Word) is run by hand: ``python -m tests.fuzzing --inputs 1000000 --large 200 --docx 500``.
"""

from __future__ import annotations

import pytest

from .fuzzing import invariants, run


@pytest.mark.parametrize("seed", [0, 1])
def test_a_few_hundred_fuzzed_drafts_keep_every_invariant(seed: int) -> None:
    tally = run(150, large=1, docx_every=50, seed=seed)
    assert tally.inputs == 150 and tally.large == 1 and tally.docx == 3


def test_a_one_character_marker_before_a_digit_is_read_not_crashed_on() -> None:
    """Found by the harness: 「⒈1……」 (a one-character 1. before a digit) raised TypeError."""
    invariants("⒈1.同志们：３．")
    from speechparse import parse_outline

    assert [h["marker"] for h in parse_outline("⒈1项工作\n要落实。\n")["sections"]] == ["⒈"]
    assert parse_outline("1.5亿元\n")["sections"] == []  # near miss: a decimal stays a number
