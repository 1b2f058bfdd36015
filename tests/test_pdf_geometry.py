"""PDF lines back into paragraphs (speechparse.pdf.geometry), on made-up page layouts.

Each case lays lines out as a word processor does (a left and right margin, a
first-line indent, a running header and a page number in the margins) and
reads them back.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse.pdf.geometry import Paragraph, PdfLine, paragraphs

EM = 16.0
LEFT, WIDTH = 90.0, 28  # the text block: 28 characters from x = 90
HEIGHT = 842.0
TOP, BOTTOM = 100.0, 760.0  # where the body text goes
PITCH = 28.0


def line(page: int, k: int, text: str, indent: float = 0.0, size: float = EM, font: str = "fangsong",
         top: float | None = None) -> PdfLine:
    y = TOP + k * PITCH if top is None else top
    x0 = LEFT + indent * EM
    return PdfLine(page, text, x0, x0 + len(text) * size, y, y + size, size, font, font, HEIGHT)


def centred(page: int, k: int, text: str, size: float = EM) -> PdfLine:
    x0 = LEFT + (WIDTH * EM - len(text) * size) / 2
    return PdfLine(page, text, x0, x0 + len(text) * size, TOP + k * PITCH, TOP + k * PITCH + size, size,
                   "heiti", "heiti", HEIGHT)


def furniture(page: int, header: str = "某某市人民政府办公室") -> list[PdfLine]:
    number = f"— {page} —"
    return [PdfLine(page, header, LEFT, LEFT + len(header) * 10.5, 50, 60.5, 10.5, "songti", "songti", HEIGHT),
            PdfLine(page, number, 280, 280 + 5 * 8, 790, 804, 14, "", "", HEIGHT)]


def lay_out(paras: list[str], per_page: int = 20, indent: bool = True, header: bool = True) -> list[PdfLine]:
    """Paragraphs wrapped at WIDTH characters, the first line indented two characters."""
    out: list[PdfLine] = []
    page, k = 1, 0
    for text in paras:
        first = True
        rest = text
        while rest:
            room = WIDTH - (2 if first and indent else 0)
            piece, rest = rest[:room], rest[room:]
            if k == per_page:
                page, k = page + 1, 0
            out.append(line(page, k, piece, 2 if first and indent else 0))
            k += 1
            first = False
    if header:
        for p in range(1, page + 1):
            out.extend(furniture(p))
    return out


def texts(paras: list[Paragraph]) -> list[str]:
    return [p.text for p in paras]


SPEECH = [
    "同志们：",
    "今天召开全市安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。下面，我讲两点意见。",
    "一、提高政治站位，压实安全生产责任",
    "安全生产事关人民群众生命财产安全，事关改革发展稳定大局，各级各部门必须把安全生产摆在更加突出的位置，"
    "坚持人民至上、生命至上，以如履薄冰的谨慎和见微知著的敏锐抓好各项工作。",
    "二、聚焦重点领域，深化专项整治",
    "要紧盯道路交通、建筑施工、危险化学品、消防等重点行业领域，开展拉网式排查，做到不留死角、不留盲区。",
]


def test_wrapped_paragraphs_come_back_whole_and_the_margins_are_dropped() -> None:
    lines = lay_out(SPEECH, per_page=5)
    got = paragraphs(lines)
    assert texts(got) == SPEECH
    assert max(ln.page for ln in lines) >= 3  # the paragraphs cross page breaks
    assert [p.page for p in got][:3] == [1, 1, 1]


def test_a_paragraph_goes_on_across_a_page_break_but_an_indented_line_starts_one() -> None:
    full = "安" * WIDTH
    lines = [line(1, 0, "同志们：", 0), line(1, 1, "一" * (WIDTH - 2), 2), line(2, 0, "二二二。"),
             line(2, 1, "三" * 10 + "。", 2), *furniture(1), *furniture(2)]
    assert texts(paragraphs(lines)) == ["同志们：", "一" * (WIDTH - 2) + "二二二。", "三" * 10 + "。"]
    # near miss: the line before the break is short, so the next page starts a paragraph
    lines = [line(1, 0, "同志们：", 0), line(1, 1, "一" * 10, 2), line(2, 0, "二二二。"), line(2, 1, full),
             *furniture(1), *furniture(2)]
    assert texts(paragraphs(lines)) == ["同志们：", "一" * 10, "二二二。" , full]


def test_a_header_seen_once_stays_but_a_page_number_never_does() -> None:
    # One page: no repetition to go by; the page number still goes, and the header
    # stands in a smaller size above the text, so it goes too.
    body = [line(1, 0, "同志们：", 0), line(1, 1, "今" * (WIDTH - 2), 2), line(1, 2, "天开会。")]
    assert texts(paragraphs([*furniture(1), *body])) == ["同志们：", "今" * (WIDTH - 2) + "天开会。"]
    # near miss: a line in the body size at the top of a single page is the text's own (its title)
    title = PdfLine(1, "在全市工作会议上的讲话", 150, 150 + 11 * EM, 50, 50 + EM, EM, "xiaobiaosong", "", HEIGHT)
    assert texts(paragraphs([title, *body])) == ["在全市工作会议上的讲话", "同志们：", "今" * (WIDTH - 2) + "天开会。"]


def test_a_repeated_footer_in_the_body_size_goes_with_its_changing_number() -> None:
    foot = [PdfLine(p, f"第 {p} 页 共 3 页 某某县教育局", 200, 420, 780, 796, EM, "", "", HEIGHT) for p in (1, 2, 3)]
    body = [line(p, 0, f"第{p}页的话。", 2) for p in (1, 2, 3)]
    assert texts(paragraphs(body + foot)) == ["第1页的话。", "第2页的话。", "第3页的话。"]


def test_a_heading_in_another_font_family_is_not_run_into_the_line_before() -> None:
    full = "安" * WIDTH
    heading = PdfLine(1, "二、狠抓落实", LEFT, LEFT + 6 * EM, TOP + PITCH, TOP + PITCH + EM, EM, "heiti", "heiti",
                      HEIGHT)
    lines = [line(1, 0, full), heading, line(1, 2, "要狠抓落实。", 2), line(1, 3, "短句。", 2),
             line(1, 4, "又一句。", 2)]
    assert texts(paragraphs(lines)) == [full, "二、狠抓落实", "要狠抓落实。", "短句。", "又一句。"]
    # near miss: the same line in the body's family goes on the full line before it
    same = PdfLine(1, "二、狠抓落实", LEFT, LEFT + 6 * EM, TOP + PITCH, TOP + PITCH + EM, EM, "fangsong",
                   "fangsong", HEIGHT)
    lines[1] = same
    assert texts(paragraphs(lines))[0] == full + "二、狠抓落实"


def test_a_wider_gap_and_a_centred_title_start_paragraphs() -> None:
    full = "安" * WIDTH
    lines = [centred(1, 0, "在全市工作会议上的讲话"), line(1, 1, full), line(1, 2, "接着。"),
             line(1, 4, full), line(1, 5, "新的一段。"), line(1, 6, "短。", 2), line(1, 7, "又短。", 2),
             line(1, 8, "再短。", 2)]
    lines[4] = line(1, 0, "新的一段。", top=TOP + 5 * PITCH + PITCH)  # after a blank line's gap
    assert texts(paragraphs(lines)) == ["在全市工作会议上的讲话", full + "接着。", full, "新的一段。", "短。", "又短。",
                                        "再短。"]


def test_a_page_that_indents_nothing_keeps_a_full_line_that_ends_a_sentence() -> None:
    ended = "安" * (WIDTH - 1) + "。"
    mid = "安" * WIDTH
    lines = [line(1, k, t) for k, t in enumerate([ended, "一、下一段标题", mid, "接着说完。", "短。"])]
    assert texts(paragraphs(lines)) == [ended, "一、下一段标题", mid + "接着说完。", "短。"]


def test_latin_words_keep_their_space_and_chinese_pieces_join_without_one() -> None:
    a = line(1, 0, "安" * (WIDTH - 3) + "GDP")
    b = line(1, 1, "growth 稳步提升。")
    c = line(1, 2, "安" * WIDTH)
    d = line(1, 3, "提升。")
    lines = [a, b, c, d, line(1, 4, "短。", 2), line(1, 5, "短。", 2), line(1, 6, "短。", 2)]
    got = texts(paragraphs(lines))
    assert got[0] == "安" * (WIDTH - 3) + "GDP growth 稳步提升。"
    assert got[1] == "安" * WIDTH + "提升。"


_HAN = st.text(alphabet=st.sampled_from("安全生产事关人民群众生命财产责任落实，、"), min_size=1, max_size=90)


# (unique: the same short line at the same end of several pages is a running header, by design)
@settings(max_examples=60, deadline=None)
@given(st.lists(_HAN.map(lambda s: s + "。"), min_size=1, max_size=12, unique=True), st.integers(3, 12))
def test_any_paragraphs_on_any_page_length_come_back(paras: list[str], per_page: int) -> None:
    got = paragraphs(lay_out(paras, per_page=per_page))
    assert texts(got) == paras
    assert [p.page for p in got] == sorted(p.page for p in got)


def test_figures_of_a_table_further_out_do_not_move_the_right_margin() -> None:
    full = "安" * WIDTH
    rows = [PdfLine(1, f"收入合计 {k}00", LEFT, LEFT + 38 * EM, TOP + (10 + k) * PITCH, TOP + (10 + k) * PITCH + EM,
                    EM, "fangsong", "", HEIGHT) for k in range(4)]  # right-aligned figures past the text
    prose = [line(1, 0, full), line(1, 1, "接着说完。"), line(1, 2, full), line(1, 3, "又说完了。"),
             line(1, 4, full), line(1, 5, "再说一句。"), line(1, 6, "短。", 2), line(1, 7, "短。", 2),
             line(1, 8, "短。", 2)]
    got = texts(paragraphs(prose + rows))
    assert got[:3] == [full + "接着说完。", full + "又说完了。", full + "再说一句。"]
    # near miss: without the prose edge to go by, the table's edge is the margin and nothing joins
    assert texts(paragraphs(prose[:2] + rows))[:2] == [full, "接着说完。"]


def test_a_line_left_short_for_a_mark_that_may_not_start_a_line_goes_on() -> None:
    # A typesetter carries the last character (or two) down with a mark that may not start a
    # line, 「成，」 or 「坊、“」, and leaves the room at the line's end empty.
    first = "据气象部门预测" + "安" * (WIDTH - 2 - 7 - 1)  # one character short of the measure
    second = "安" * (WIDTH - 2)  # two short
    full = "安" * WIDTH
    lines = [line(1, 0, first, 2), line(1, 1, "成，出现暴雨洪涝的可能性较大。"),
             line(1, 2, second[:-2], 2), line(1, 3, "坊、“九小场所”数量大。"), line(1, 4, full),
             line(1, 5, full), line(1, 6, "短句。", 2)]
    assert texts(paragraphs(lines)) == [first + "成，出现暴雨洪涝的可能性较大。",
                                        second[:-2] + "坊、“九小场所”数量大。", full + full, "短句。"]
    # near miss: the same short lines over a line whose start could have stood at the end of theirs
    # (no mark to carry down, or a heading's 「二、」) end their paragraphs
    lines = [line(1, 0, first), line(1, 1, "成出现暴雨洪涝的可能性较大。"), line(1, 2, first),
             line(1, 3, "二、狠抓落实"), line(1, 4, "安" * WIDTH), line(1, 5, "完。")]
    assert texts(paragraphs(lines))[:3] == [first, "成出现暴雨洪涝的可能性较大。", first]


def test_the_prose_edge_inside_a_line_of_half_width_figures_is_the_margin() -> None:
    # A grid of whole ems ends the Chinese lines a little inside a line holding half-width digits;
    # measured against that line, a line one character short of the prose would look short.
    digits = [PdfLine(1, f"（{k + 1}）对一般隐患要立查立改" + "安" * 14, LEFT, LEFT + (WIDTH + 0.6) * EM,
                      TOP + k * PITCH, TOP + k * PITCH + EM, EM, "fangsong", "fangsong", HEIGHT) for k in (0, 1)]
    prose = [line(1, k, "安" * WIDTH) for k in range(2, 6)]
    short = line(1, 6, "今" * (WIDTH - 1) + "，")  # (its last character went down with a mark: 1.6 ems short)
    lines = [*digits, *prose, short, line(1, 7, "年。汛期提前。"), line(1, 8, "又一段。", 2), line(1, 9, "再一段。", 2)]
    lines[-4] = PdfLine(1, short.text, LEFT, LEFT + (WIDTH - 1) * EM, short.top, short.bottom, EM, "fangsong",
                        "fangsong", HEIGHT)
    assert "今" * (WIDTH - 1) + "，年。汛期提前。" in texts(paragraphs(lines))[0]


def test_a_title_that_fills_the_measure_takes_its_centred_last_line() -> None:
    big = 22.0
    full = PdfLine(1, "某某县农业农村局工作总结和", LEFT, LEFT + WIDTH * EM, TOP, TOP + big, big, "xbs", "xbs", HEIGHT)
    rest = "工作打算"
    x0 = LEFT + (WIDTH * EM - len(rest) * big) / 2
    tail = PdfLine(1, rest, x0, x0 + len(rest) * big, TOP + PITCH, TOP + PITCH + big, big, "xbs", "xbs", HEIGHT)
    body = [line(1, 2, "今" * (WIDTH - 2), 2), line(1, 3, "年完成。"), line(1, 4, "短。", 2), line(1, 5, "又短。", 2)]
    assert texts(paragraphs([full, tail, *body]))[0] == "某某县农业农村局工作总结和工作打算"
    # near miss: a full line of the text's own size over a centred line (a centred heading)
    text = line(1, 0, "安" * WIDTH)
    x0 = LEFT + (WIDTH * EM - 4 * EM) / 2
    heading = PdfLine(1, "第一部分", x0, x0 + 4 * EM, TOP + PITCH, TOP + PITCH + EM, EM, "fangsong", "fangsong", HEIGHT)
    assert texts(paragraphs([text, heading, *body]))[:2] == ["安" * WIDTH, "第一部分"]
