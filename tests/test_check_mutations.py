"""Mutation check: one defect put into a clean standard speech gives exactly one finding.

The finding must carry the defect's code and stand at the defect's line.
"""

from __future__ import annotations

import pytest

from speechparse.checks import Config, check

from .conftest import FIXTURES

CLEAN = (FIXTURES / "clean_speech.txt").read_text(encoding="utf-8")
ALL = Config(fail_on="info")

# (name, text replaced, replacement, expected code, expected line)
MUTATIONS = [
    ("skip a number", "二、突出工作重点", "三、突出工作重点", "N201", 15),
    ("duplicate a number", "三、加强组织领导", "二、加强组织领导", "N201", 21),
    ("half-width brackets", "（一）认清当前形势", "(一)认清当前形势", "N204", 7),
    ("announced count off", "我讲三点意见", "我讲四点意见", "S103", 4),
    ("drop the salutation", "同志们：\n", "", "S101", 3),
    ("mark after brackets", "（一）认清当前形势", "（一）、认清当前形势", "N203", 7),
    ("1、 for 1.", "1.压实属地责任", "1、压实属地责任", "N202", 11),
    ("一. for 一、", "一、提高政治站位", "一.提高政治站位", "N202", 5),
    ("half-width colon", "同志们：", "同志们:", "S102", 3),
    ("drop the closing", CLEAN[CLEAN.index("同志们，安全"):], "", "S104", 26),
    ("heading ends with 。", "（一）认清当前形势\n", "（一）认清当前形势。\n", "H301", 7),
    ("run-in ordinal skipped", "二是监管力量", "三是监管力量", "N210", 8),
    ("mark after 一是", "一是部分企业", "一是，部分企业", "N209", 8),
    ("one level in two styles", "（二）抓好消防安全", "2.抓好消防安全", "N206", 19),
    ("heading without content", "要加强路面管控，严查各类交通违法行为。\n", "", "S105", 17),
    ("duplicate sibling title", "（二）抓好消防安全", "（二）抓好道路交通安全", "H304", 19),
    ("a single sub-heading", "（二）强化督导检查\n要加大督查力度，对工作不力的严肃问责。\n", "", "N207", 23),
]


def test_the_clean_speech_is_clean() -> None:
    assert check(CLEAN, ALL) == []


@pytest.mark.parametrize(("old", "new", "code", "line"), [m[1:] for m in MUTATIONS],
                         ids=[m[0] for m in MUTATIONS])
def test_one_defect_one_finding(old: str, new: str, code: str, line: int) -> None:
    assert CLEAN.count(old) == 1
    found = [(d.code, d.line) for d in check(CLEAN.replace(old, new), ALL)]
    assert found == [(code, line)]
