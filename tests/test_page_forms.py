"""The same speech in other page forms reads the same: hard-wrapped (PDF) copies, page numbers, headers.

The speech is written here once, one paragraph per line; the forms are made
from it the way a PDF copy makes them (every paragraph cut at one width, a
page number and a running header at a page break), and each must give the
outline of the clean text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse import check, parse, parse_outline
from speechparse.lines import split_lines
from speechparse.page.wrap import find_wraps, is_page_number, page_furniture

PARAGRAPHS = [
    "在全县第三季度经济运行分析会议上的讲话",
    "同志们：",
    "今天召开这次会议，主要是分析前三季度全县经济运行情况，研究部署第四季度重点工作，确保全年目标任务圆满完成。"
    "下面，我讲三点意见。",
    "一、准确把握当前经济运行态势，切实增强做好四季度工作的紧迫感",
    "前三季度，全县地区生产总值同比增长百分之六点二，规模以上工业增加值增长百分之八点一，主要指标好于预期。",
    "二、聚焦重点任务精准发力",
    "一是抓项目建设，全力推动在建项目早日竣工投产，新开工项目尽快形成实物工作量。二是抓招商引资，围绕主导产业延链补链强链。",
    "三、加强组织领导，狠抓工作落实",
    "各乡镇、各部门要把思想和行动统一到县委、县政府的决策部署上来，以钉钉子精神抓好各项工作落实。",
    "同志们，四季度工作任务十分繁重，让我们以更加饱满的精神状态、更加务实的工作作风，为全面完成全年目标任务而努力奋斗！",
]
CLEAN = "\n".join(PARAGRAPHS) + "\n"


def wrapped(width: int, indent: bool = False, breaks: tuple[int, ...] = (), number: str = "- {n} -",
            header: str = "县政府办公室会议材料") -> str:
    """The speech cut at ``width`` characters; a page break after each piece numbered in ``breaks``."""
    out: list[str] = []
    for para in PARAGRAPHS:
        pieces = [para[i:i + width] for i in range(0, len(para), width)]
        for k, piece in enumerate(pieces):
            out.append(("\u3000\u3000" if indent and k == 0 and para[1:2] != "、" else "") + piece)
            if len(out) in breaks:
                out += [number.format(n=len(out)), header]
    return "\n".join(out) + "\n"


def reading(text: str) -> tuple[object, ...]:
    o = parse_outline(text)

    def heads(nodes: list[dict[str, object]]) -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = []
        for n in nodes:
            points = [(p["marker"], p["title"]) for p in n["points"]]  # type: ignore[attr-defined]
            out.append((n["marker"], n["title"], points))
            out += heads(n["children"])  # type: ignore[arg-type]
        return out

    closing = o["closing"]["text"] if o["closing"] else None
    return o["title"], o["salutation"], o["announced_count"], heads(o["sections"]), closing


def test_the_clean_text_reads_as_written() -> None:
    title, salutation, count, heads, closing = reading(CLEAN)
    assert (title, salutation, count) == ("在全县第三季度经济运行分析会议上的讲话", "同志们", 3)
    assert [h[1] for h in heads] == [PARAGRAPHS[3][2:], PARAGRAPHS[5][2:], PARAGRAPHS[7][2:]]
    assert heads[1][2] == [("一是", "抓项目建设，全力推动在建项目早日竣工投产，新开工项目尽快形成实物工作量"),
                           ("二是", "抓招商引资，围绕主导产业延链补链强链")]
    assert closing == PARAGRAPHS[-1]


@pytest.mark.parametrize("width", [18, 22, 24, 30])
@pytest.mark.parametrize("indent", [False, True])
def test_a_hard_wrapped_copy_reads_as_the_clean_text(width: int, indent: bool) -> None:
    assert reading(wrapped(width, indent)) == reading(CLEAN)


@pytest.mark.parametrize("number", ["- {n} -", "— {n} —", "第{n}页", "{n}", "·{n}·", "第 {n} 页 共 9 页", "{n}/9"])
def test_page_numbers_and_running_headers_inside_paragraphs_are_dropped(number: str) -> None:
    text = wrapped(24, breaks=(8, 13, 19), number=number)
    assert reading(text) == reading(CLEAN)
    assert "会议材料" not in str(parse_outline(text))


@settings(max_examples=40, deadline=None)
@given(width=st.integers(16, 40), cut=st.lists(st.integers(1, 22), max_size=3, unique=True))
def test_any_width_and_page_breaks(width: int, cut: list[int]) -> None:
    assert reading(wrapped(width, breaks=tuple(sorted(cut)))) == reading(CLEAN)


def test_spans_of_joined_titles_cover_the_source_across_the_break() -> None:
    text = wrapped(24)
    s = parse(text)
    first = s.sections[0]
    assert text[first.title_span.start:first.title_span.end].replace("\n", "") == PARAGRAPHS[3][2:]
    assert first.title_span.end_line == first.title_span.line + 1
    point = s.sections[1].points[0]
    assert text[point.title_span.start:point.title_span.end].replace("\n", "") == point.title
    assert check(text) == []  # a copy of a sound speech gets no finding


def test_one_sentence_per_line_of_one_length_is_not_wrapped() -> None:
    """Lines that all end a sentence are paragraphs, however alike their lengths."""
    lines = ["同志们：", *["要把各项工作抓紧抓实抓细，确保按时完成任务。"] * 8]
    text = "\n".join(lines) + "\n"
    ls = split_lines(text)
    assert not find_wraps(ls, [False] * len(ls), {}, text)
    wrapped_text = wrapped(24)
    ls = split_lines(wrapped_text)
    assert find_wraps(ls, [False] * len(ls), {}, wrapped_text).width == 24


def test_a_text_with_one_paragraph_per_line_is_not_wrapped() -> None:
    ls = split_lines(CLEAN)
    assert not find_wraps(ls, [False] * len(ls), {}, CLEAN)


def test_page_numbers_and_their_look_alikes() -> None:
    for c in ["- 3 -", "— 12 —", "第3页", "第 3 页 共 12 页", "3/12", "·7·", "15", "Page 3 of 9"]:
        assert is_page_number(c), c
    for c in ["2025年", "3.5%", "一、总体要求", "第三部分", "1.统一思想"]:
        assert not is_page_number(c), c


def test_a_short_line_beside_a_page_number_is_a_header_only_where_the_page_says_so() -> None:
    # Between two pieces of one paragraph: a running header.
    text = "要把各项工作抓紧抓实抓细，确保按时完成\n- 2 -\n会议材料\n全年任务。\n"
    ls = split_lines(text)
    noise = [False] * len(ls)
    page_furniture(ls, noise, {})
    assert noise == [False, True, True, False]
    # After a finished sentence and only once: it may be the text's own line, and stays.
    text = "要把各项工作抓紧抓实抓细，确保按时完成全年任务。\n- 2 -\n加强组织领导\n要压实责任。\n"
    ls = split_lines(text)
    noise = [False] * len(ls)
    page_furniture(ls, noise, {})
    assert noise == [False, True, False, False]
