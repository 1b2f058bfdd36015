"""The marker table: variants typists produce, and numeral pairs that only look like markers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse import parse
from speechparse.markers import match_heading, numeral_pair
from speechparse.numerals import int_to_cn

MEASURES = ["季度", "月份", "产业", "年级", "类", "项", "批", "等奖", "号线", "成"]
SENTENCES = ["，全县经济运行总体平稳。", "以来，各项工作稳步推进，成效明显。", "发展势头良好，带动群众增收。",
             "的学生全部完成了体质测试，合格率达到百分之九十五。"]
TITLES = ["统一思想", "狠抓落实", "二〇二四年工作回顾", "三农工作", "加强党的领导", "2024年工作打算"]


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9), st.sampled_from(MEASURES), st.sampled_from(SENTENCES), st.booleans())
def test_a_numeral_pair_running_into_a_measure_word_is_text(n: int, measure: str, rest: str,
                                                            arabic: bool) -> None:
    first, second = (str(n), str(n + 1)) if arabic else (int_to_cn(n), int_to_cn(n + 1))
    line = f"{first}、{second}{measure}{rest}"
    assert parse(f"同志们：\n{line}\n").sections == []


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 9), st.sampled_from(TITLES))
def test_a_marker_and_a_title_is_a_heading(n: int, title: str) -> None:
    line = f"{int_to_cn(n)}、{title}"
    hm = match_heading(line)
    assert hm is not None and hm.number == n and not numeral_pair(line, hm)
    assert [h.title for h in parse(f"{line}\n要抓好落实。\n").sections] == [title]


def test_variants_are_read_with_their_number_and_style() -> None:
    cases = {
        "一 、统一思想": ("section", 1, "一 、"), "二．狠抓落实": ("section", 2, "二．"),
        "（ 三 ）抓学习": ("subsection", 3, "（ 三 ）"), "四）抓督查": ("subsection", 4, "四）"),
        "1)加强领导": ("item", 1, "1)"), "2）强化考核": ("item", 2, "2）"), "3 .推进改革": ("clause", 3, "3 ."),
        "④追究责任": ("circled", 4, "④"),
    }
    for line, (style, number, marker) in cases.items():
        hm = match_heading(line)
        assert hm is not None, line
        assert (hm.style.name, hm.number, hm.marker) == (style, number, marker)


def test_decimals_and_number_lists_are_not_markers() -> None:
    for line in ["3.5亿元的投资已经到位", "1、2、3号楼已经封顶", "1、2月份，全县新增就业"]:
        hm = match_heading(line)
        assert hm is None or numeral_pair(line, hm), line
    hm = match_heading("1、2024年工作打算")
    assert hm is not None and hm.number == 1
