"""Hostile input, by design: every pattern stays linear, sizes stay bounded, nothing hangs.

Every compiled pattern of the package is found by introspection (a new one
is covered without being listed) and run on adversarial strings built from
its own alphabet: each character of it repeated, and pairs of them
alternating.  A pattern with nested or overlapping quantifiers takes
seconds or hours on such strings; a linear one, microseconds.  Each is
timed at two lengths, one four times the other, and must not take much more
than four times as long on the longer: a ratio, which a busy machine slows on both
sides alike (a time budget alone let two quadratic searches pass on an idle
machine and failed a linear one on a busy one).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse import parse, parse_outline
from speechparse.checks import Config, check

_SYNTAX = set("()[]{}?*+|^$\\.-")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")
_LENGTH = 500  # and four times that
_RATIO = 8.0  # linear: about 4; a pattern that costs the square of the length: about 16
_SLACK = 0.02  # seconds: the clock's noise on a pattern that takes next to nothing
_BUDGET = 2.0  # seconds for all the strings of one pattern at the longer length, however it grows


def _patterns() -> list[tuple[str, Any]]:
    found: dict[int, tuple[str, Any]] = {}
    for info in pkgutil.walk_packages(speechparse.__path__, "speechparse."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if hasattr(value, "pattern") and hasattr(value, "search") and isinstance(value.pattern, str):
                found[id(value)] = (f"{info.name}.{name}", value)
    return sorted(found.values(), key=lambda p: p[0])


def _alphabet(source: str) -> list[str]:
    chars = {ch for ch in source if ch not in _SYNTAX and not ch.isspace()}
    chars |= {chr(int(a or b, 16)) for a, b in _ESCAPE.findall(source)}
    chars |= {" ", "\u3000", "a", "1", "一", "，", "。", ">", "*", "#", "\n"}
    return sorted(chars)


PATTERNS = _patterns()


def test_the_package_has_patterns_to_check() -> None:
    assert len(PATTERNS) >= 60


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_its_own_alphabet(name: str, pattern: Any) -> None:
    alphabet = _alphabet(pattern.pattern)
    long = _spent(pattern, alphabet, name, 4 * _LENGTH)
    if long < _SLACK:
        return  # (most patterns: too fast for the clock to tell a ratio)
    # (best of five each: slow runs on a shared machine, busy with other processes, are no square)
    short = min(_spent(pattern, alphabet, name, _LENGTH) for _ in range(5))
    long = min(long, *(_spent(pattern, alphabet, name, 4 * _LENGTH) for _ in range(4)))
    assert long < _BUDGET, f"{name}: {long:.2f}s on strings of {4 * _LENGTH}"
    assert long < _RATIO * short + _SLACK, \
        f"{name}: {short:.3f}s on strings of {_LENGTH}, {long:.3f}s on four times that: not linear"


def _spent(pattern: Any, alphabet: list[str], name: str, length: int) -> float:
    """Seconds to search (and fully match) ``pattern`` on strings of ``length`` from ``alphabet``."""
    rng = random.Random(name)
    pairs = [(a, b) for a in alphabet for b in alphabet if a != b]
    strings = [ch * length for ch in alphabet]
    strings += [(a + b) * (length // 2) for a, b in rng.sample(pairs, min(len(pairs), 150))]
    strings += [(a + b + b) * (length // 3) + "\x00" for a, b in rng.sample(pairs, min(len(pairs), 50))]
    start = time.perf_counter()
    for s in strings:
        pattern.search(s)
        if hasattr(pattern, "fullmatch"):
            pattern.fullmatch(s)
    return time.perf_counter() - start


def test_a_line_of_brackets_parses_at_once() -> None:
    for n in (26, 30, 5000):
        start = time.perf_counter()
        parse(">" * n)
        parse("首页 " + " > ".join(["栏目"] * n))
        assert time.perf_counter() - start < 2


def test_a_level_of_1200_siblings_is_checked_and_fixed() -> None:
    text = "同志们：\n我讲几点意见。\n" + "".join(f"一、第{i}项\n要落实。\n" for i in range(1, 1201))
    start = time.perf_counter()
    found = check(text)
    n201 = next(d for d in found if d.code == "N201")
    assert n201.message == "编号「一、」之后应为「二、」，实为「一、」"
    assert n201.fix is not None and n201.fix.edits[-1].replacement == "一千二百、"
    from speechparse.checks import fix

    fixed, _ = fix(text, unsafe=True)  # (renumbering 1,199 headings is an unsafe fix)
    assert "\n一千一百九十九、第1199项\n" in fixed and fixed.endswith("一千二百、第1200项\n要落实。\n")
    assert time.perf_counter() - start < 60


PIECES = st.sampled_from([
    "一、", "（一）", "1.", "①", "一是", "第一，", "同志们：", "要落实。", "\n", "\u3000\u3000", "  ", ">",
    "新华社北京1月1日电", "（2024年1月1日）", "摄", "【参考资料】", "附件", "——", "各位代表！", "一 、", "1)",
])
# A few hundred pieces, repeated to more than 100,000 characters.
LARGE = st.lists(PIECES, min_size=200, max_size=800).map(
    lambda parts: "".join(parts) * (100_000 // max(1, len("".join(parts))) + 1))


@pytest.mark.slow
@settings(max_examples=5, deadline=None)
@given(LARGE)
def test_large_inputs_parse_and_check(text: str) -> None:
    assert len(text) >= 100_000
    outline = parse_outline(text)
    assert outline == parse(text).outline()
    for d in check(text, Config(fail_on="info")):
        assert d.line >= 1


@pytest.mark.slow
@pytest.mark.parametrize(("command", "exit_code"), [("outline", 0), ("check", 1)])
def test_200000_heading_lines_finish_within_bounded_memory(tmp_path: Any, command: str, exit_code: int) -> None:
    """The command line on 200,000 heading lines: the right exit code, every heading, bounded memory.

    Its speed is a benchmark's business (benchmarks/memory.py); the bound here is generous
    (3 KB a line, against about 1 KB for outline and 2 KB for check measured), so that only
    a real regression, such as a copy of the whole tree, fails it.
    """
    import subprocess
    import sys

    n = 200_000
    path = tmp_path / "headings.txt"
    path.write_text("同志们：\n" + "".join(f"一、第{i}项工作\n" for i in range(n)), encoding="utf-8")
    helper = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE); "
              "print(r.returncode, len(r.stdout.splitlines()), "
              "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", helper, sys.executable, "-m", "speechparse", command, str(path)],
                         capture_output=True, text=True, timeout=300, check=True)
    code, lines, peak_kb = map(int, out.stdout.split())
    assert code == exit_code
    # outline: the JSON has a line per section; check: a finding per heading (S105) and one N201.
    assert lines >= n
    assert peak_kb * 1024 / n < 3000, f"{peak_kb // 1024} MB for {n} heading lines"


_UNITS = {  # a few lines each, repeated: every page reader and pass sees many of its own kind
    "headings": "一、甲\n要落实。\n",
    "ordinal headings": "一、甲\n第三、乙\n",
    "five levels": "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n",
    "mixed styles": "一、甲\n（二）乙\n3.丙\n",
    "appendix headers": "附件：名单\n这是一段足够长的附件正文，用来说明附件里面的具体内容，确保它被识别为正文。\n",
    "bracket headers": "【参考资料】\n这是一段足够长的参考资料正文，用来说明参考资料里面的具体内容，确保识别。\n",
    "tables of contents": "目录\n一、甲\n二、乙\n",
    "closed documents": "一、甲\n二、乙\n同志们，让我们努力奋斗！\n",
    "broken markers": "（\n三）改革\n",
    "salutations": "同志们，今天我们召开会议。\n",
    "points": "一是学习，二是宣传，三是落实。\n",
    "sign-offs": "某某县人民政府\n2025年1月1日\n",
    "appendices": "附件\n1.甲\n2.乙\n",
    "appended notes": "附：\n1.甲\n2.乙\n",
    "two-space gaps": "本方案。  一、指导  以甲为纲。  二、目标  乙。\n\n\n",  # (runon.spaced_head_cuts)
    "bare markers": "1.甲\n要落实\n2.\n乙。\n3.丙\n",  # (page.furniture: a bare marker between its siblings)
    # (N201's doubts: a skipped number's marker looked for between the siblings, a heading with nothing under
    # it over one of a higher level; each a slip of its own, thousands of them)
    "unread markers": "一、甲\n要落实。二、乙\n三、丙\n要丙。\n",
    "levels set wrong": "一、总\n（一）甲\n（二）乙\n（二）丙\n一、丁\n要丁。\n",
}


def _best(run: Any, text: str) -> float:
    """The shortest of three timings of ``run(text)`` (a busy machine slows one now and then: a
    quadratic reading takes 64 times as long for 8 times the text, a linear one about 8)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.slow
@pytest.mark.parametrize("unit", list(_UNITS.values()), ids=list(_UNITS))
def test_time_grows_linearly_with_repeated_structure(unit: str) -> None:
    """Eight times the text takes about eight times as long, never the square (64 times)."""
    small, large = _best(check, unit * 1000), _best(check, unit * 8000)
    assert large < 20 * small + 0.05, f"{small:.3f}s for 1000, {large:.3f}s for 8000"


@pytest.mark.slow
def test_thousands_of_fixes_cost_no_square() -> None:
    from speechparse.checks import fix

    def timed(n: int) -> float:
        text = "同志们：\n" + "一、甲\n(一)乙\n(二)丙\n" * n  # two bracket fixes per section
        start = time.perf_counter()
        fixed, applied = fix(text)
        assert len(applied) >= 2 * n and "(" not in fixed
        return time.perf_counter() - start

    small, large = timed(500), timed(4000)
    assert large < 20 * small + 0.05, f"{small:.3f}s for 500 sections, {large:.3f}s for 4000"


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["\n", "<a>x\n</a>", "甲\n", "\n\n<b>一、甲</b>\n"], ids=["blank lines", "inline tags",
                                                                              "chinese lines", "bold headings"])
def test_a_saved_page_with_many_source_lines_reads_in_linear_time(unit: str) -> None:
    """Where a page's source line breaks are lines is read once per text node, not per line."""
    from speechparse.html_input import html_lines

    small = _best(html_lines, "<div>" + unit * 2000 + "</div>")
    large = _best(html_lines, "<div>" + unit * 16000 + "</div>")
    assert large < 20 * small + 0.05, f"{small:.3f}s for 2000, {large:.3f}s for 16000"


def test_a_long_run_of_short_lines_among_page_noise_under_the_text_reads_without_error() -> None:
    """The page-foot reader that weighs short lines among the page's noise stops after a dozen of
    them, where a blank line may stand: it reads on without an error, and the text stays whole."""
    from speechparse import parse_outline

    for n in (12, 13, 15):
        text = ("在全县会议上的讲话\n同志们：\n今天开会，部署工作。\n一、抓落实\n要抓落实。\n\n"
                + "".join(f"选项{i}，好\n\n" for i in range(n)) + "".join(f"评论 {i}\n点赞 {i}\n" for i in range(5)))
        got = parse_outline(text)
        assert [s["title"] for s in got["sections"]] == ["抓落实"], n
