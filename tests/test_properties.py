"""Properties that hold for any input: parse never raises, spans are lossless."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from speechparse import markers, parse, runon
from speechparse.lines import unbold
from speechparse.models import Span, Speech

# Text made of the pieces speeches are made of, so that the interesting paths
# (markers, salutations, points, closings, junk, odd line ends) are reached.
PIECES = st.sampled_from([
    "一、", "二、", "（一）", "(二)", "1.", "2、", "（1）", "⑴", "①", "第一部分", "一是", "二是",
    "第一，", "一要", "同志们：", "各位代表：", "同志们！", "我讲三点意见。", "谢谢大家！",
    "2006年3月20日", "（二〇二六年四月二十三日）", "相关报道：", "---", "# ", "**", "\ue004",
    "\xa0", "\u3000\u3000", "\n", "\r\n", "\r", "\u2028", "。", "，", "；", "：", "标题",
    "工作", "讲话", "3.5亿", "1、2月份", "时间:2022-06-04", " ", "\x00", "\ufeff",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


def check_lossless(text: str, speech: Speech) -> None:
    pos = 0
    for block in speech.blocks():
        assert block.span.start == pos, (block, pos)
        assert block.span.end > block.span.start or pos == len(text)
        pos = block.span.end
    assert pos == len(text)


def check_inline_spans(text: str, speech: Speech) -> None:
    def inside(span: Span) -> None:
        assert 0 <= span.start <= span.end <= len(text)

    for h in speech.headings():
        inside(h.span)
        # a marker broken over two lines by a scrape (「（」 / 「三）」) spans the line end
        written = text[h.marker_span.start:h.marker_span.end]
        assert written == h.marker or (h.marker_span.end_line > h.marker_span.line and "".join(
            written.split()) == h.marker)
        assert h.span.start <= h.marker_span.start < h.span.end
        for p in h.points:
            assert text[p.span.start:p.span.end] == p.marker + p.sep
            # (bold marks aside, as the reader drops them: a censor's 「**」 between two ideographs stays; a title
            # a hard wrap cut goes on over the line end, which its reading joins without the line's end and the
            # decoration a line ends with)
            written = unbold(text[p.title_span.start:p.title_span.end]).rstrip("，,、 \u3000").strip()
            assert written == p.title or (p.title_span.end_line > p.title_span.line
                                          and _joined(written) == _joined(p.title))


def _joined(s: str) -> str:
    return "".join(ch for ch in s if not ch.isspace() and not "\ue000" <= ch <= "\uf8ff")


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("0、一是一**一")  # (a censor's mask in a point's title: found by this test in CI)
@example("(00)000000000000\r00000000000。一是0\r000000000000000")  # (a point's title over a hard wrap)
@example("(00)000000000000\r00000000000。一是0\ue000\r000000000000000")
def test_parse_never_raises_and_is_lossless(text: str) -> None:
    speech = parse(text)
    check_lossless(text, speech)
    check_inline_spans(text, speech)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_outline_is_json_serialisable(text: str) -> None:
    import json

    json.dumps(parse(text).outline(), ensure_ascii=False)


def test_lossless_on_seeds_and_devset() -> None:
    from .conftest import FIXTURES, ROOT

    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((FIXTURES / "devset").glob("*.txt"))
    assert len(files) == 19
    for f in files:
        text = f.read_text(encoding="utf-8")
        speech = parse(text)
        check_lossless(text, speech)
        check_inline_spans(text, speech)


def test_line_and_column_are_one_based_and_exact() -> None:
    text = "同志们：\r\n  一、统一思想\n二、狠抓落实。要落实。一是抓好学习。"
    s = parse(text)
    first, second = s.sections
    assert (first.marker_span.line, first.marker_span.column) == (2, 3)
    assert (second.marker_span.line, second.marker_span.column) == (3, 1)
    p = second.points[0]
    assert (p.span.line, p.span.column) == (3, 12)
    assert text[p.span.start:p.span.end] == "一是"


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_fast_outline_equals_the_typed_trees_outline(text: str) -> None:
    from speechparse import parse_outline

    assert parse_outline(text) == parse(text).outline()


def test_models_are_real_pydantic_models() -> None:
    from speechparse.models import Speech as SpeechModel

    speech = parse("同志们：\n我讲两点意见。\n一、统一思想。一是学习。\n二、狠抓落实\n同志们，让我们努力奋斗！\n")
    dumped = speech.model_dump()
    again = SpeechModel.model_validate(dumped)
    assert again == speech
    assert again.sections[0].points[0].title == "学习"
    assert speech.model_dump_json()


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_check_never_raises_and_points_inside_the_text(text: str) -> None:
    from speechparse.checks import Config, check

    lines = len(text.splitlines()) or 1
    for d in check(text, Config(fail_on="info")):
        assert 1 <= d.line <= max(lines, 1) + 1
        assert d.column >= 1
        if d.fix is not None:
            for e in d.fix.edits:
                assert 0 <= e.start <= e.end <= len(text)


# What a run-on gap is, as a pattern (the definition ``runon_cuts`` implements without one).
_GAP_SPEC = re.compile(r"(?<=\S)(?:\u3000{2,}|\u2003{2,}|[ \xa0]{2,})(?=\S)")
_GAP_TEXT = st.lists(st.sampled_from(["\u3000", "\u2003", " ", "\xa0", "\t", "\u2002", "。", "，", "x", "字",
                                      "”", "\n"]), max_size=60).map("".join)


@given(_GAP_TEXT)
@settings(max_examples=1000, deadline=None)
def test_run_on_cuts_are_the_gaps_the_pattern_finds(raw: str) -> None:
    expected = [m.start() for m in _GAP_SPEC.finditer(raw)
                if raw[m.start()] in "\u3000\u2003" or raw[m.start() - 1] in runon._SENTENCE_FINAL]
    assert runon.runon_cuts(raw) == expected


_ORDINAL_TEXT = st.lists(st.sampled_from(["是", "要", "第", "其", "一", "二", "三", "十", "两", "，", "：", "、", "。",
                                          "x", "2"]), max_size=40).map("".join)


@given(_ORDINAL_TEXT, st.integers(0, 6))
@settings(max_examples=1000, deadline=None)
def test_ordinals_tried_at_their_anchors_are_the_ones_the_pattern_finds(text: str, pos: int) -> None:
    found = [m.span() for m in markers.ordinal_matches(text, markers.ordinal_candidates(text, pos))]
    assert found == [m.span() for m in markers.ORDINAL_RE.finditer(text, pos)]


@given(TEXTS, st.data())
@settings(max_examples=300, deadline=None)
def test_the_source_a_rule_reads_is_the_same_from_the_text_and_from_the_blocks(text: str, data: st.DataObject) -> None:
    from speechparse.checks import Config, Context
    from speechparse.parser import parse_plain

    tree = parse_plain(text)
    given, read = Context(tree, Config(), "speech", text), Context(tree, Config(), "speech")
    for block in tree.blocks():  # any range inside a line's content
        n = len(block.text)
        a = data.draw(st.integers(0, n))
        b = data.draw(st.integers(a, n))
        start = block.content_start
        assert given.source(start + a, start + b) == read.source(start + a, start + b)


def test_a_scrape_of_short_pieces_keeps_its_line_end_in_a_block() -> None:
    """Every piece of a one-line scrape short enough to be a head piece: the last one ends the line."""
    text = "丙" * 100 + "。  " + "丙" * 100 + " \n"
    speech = parse(text)
    check_lossless(text, speech)
    assert list(speech.blocks())[-1].span.end == len(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="丙丁。，一、", min_size=1, max_size=160), min_size=1, max_size=6),
       st.sampled_from(["  ", "\u3000\u3000", "\xa0\xa0", "\u2003\u2003", "。  "]),
       st.sampled_from(["", " ", "\n", " \n", "\r\n", "\u3000\r"]))
def test_one_line_scrapes_are_lossless(runs: list[str], gap: str, tail: str) -> None:
    text = gap.join(runs) + tail
    speech = parse(text)
    check_lossless(text, speech)
    check_inline_spans(text, speech)


# Pieces of page furniture and of running text, for the noise test's shortcut.
NOISE_PIECES = st.sampled_from([
    "来源：", "时间：", "小编", "楼主", "摄", "全县上下要认真贯彻落实，", "各项工作稳步推进。",
    "各项工作稳步推进。", "）", "。", "，", "本站", "如有侵权请联系删除", "下载前请仔细阅读",
    "【", "】", "<", ">", "回复", "第1页", ".docx", "1", "{", "}", "同志们", "全县上下要认真贯彻落实",
    "新华社记者 张三 摄", "点击", "分享", "阅读原文", "编辑 | 某某", "\u3000", " ", "首页 > 新闻",
])


# (a line opened and closed as running text often, so that the shortcut is taken, and as noise too)
NOISE_LINES = st.tuples(
    st.sampled_from(["全县上下", "今年以来，", "全县上下", "今年以来，", "来源：", "【", "回复", "第1页", "小编", " "]),
    st.lists(NOISE_PIECES, min_size=1, max_size=12).map("".join),
    st.lists(st.sampled_from(["全县上下要认真贯彻落实，", "各项工作稳步推进，"]), max_size=14).map("".join),
    st.sampled_from(["。", "！", "。", "！", "。", "摄", "）", "1", ".docx", "}", "，"]),
).map("".join)


@given(NOISE_LINES)
@settings(max_examples=300)
def test_the_running_text_shortcut_of_is_noise_changes_no_answer(content: str) -> None:
    from speechparse.page import noise

    content = content.strip()
    if not content:
        return
    fast = noise.is_noise(content)
    saved = noise._RUNNING
    noise._RUNNING = 10**9  # every test run in full
    try:
        assert noise.is_noise(content) == fast
    finally:
        noise._RUNNING = saved
