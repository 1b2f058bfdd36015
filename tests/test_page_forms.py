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
from speechparse.classify import classify
from speechparse.lines import split_lines
from speechparse.page.furniture import page_furniture
from speechparse.page.wrap import find_wraps
from speechparse.pagenumbers import is_page_number

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


@pytest.mark.parametrize("width", [24, 30])
def test_a_journals_running_header_longer_than_a_line_is_dropped_by_its_issue(width: int) -> None:
    # 「某某学院学报（哲学社会科学版）　2024年第2期　第38卷」 runs past a line's width: its issue and
    # volume tell it beside a page number (before, it ran into the heading under it)
    header = "某某学院学报（哲学社会科学版）\u30002024年第2期\u3000第38卷"
    # (and under a number in brackets, inside a paragraph or a heading, where it is as wide as a line)
    for number, places in (("— {n} —", ((5,), (8,), (13,))), ("( {n} )", ((3,), (4,), (6,)))):
        for breaks in places:
            text = wrapped(width, breaks=breaks, number=number, header=header)
            assert reading(text) == reading(CLEAN), (number, breaks)


def test_a_site_page_counter_tells_its_running_header_and_a_header_cut_at_a_gap_goes_whole() -> None:
    header = "中共某县委办公室编\u3000\u30002024年5月"
    text = wrapped(24, breaks=(8, 13, 19), number="第 {n} 页 / 共 30 页", header=header)
    assert reading(text) == reading(CLEAN)
    ls = split_lines(text)
    classify(ls, text)
    assert {ln.kind for ln in ls if "中共某县委" in ln.content or "2024年5月" in ln.content} == {"noise"}


def test_a_paragraph_after_a_header_on_its_line_is_kept() -> None:
    """Near miss: a long piece on the header's line is the text run into it, not the header."""
    rest = "这是正文的一段话，它很长，讲的是全县安全生产工作的总体部署和各项要求。"
    text = wrapped(24, breaks=(8, 13), header="县政府办公室会议材料") + "- 20 -\n会议材料\u3000\u3000" + rest * 6 + "\n"
    ls = split_lines(text)
    classify(ls, text)
    kinds = [ln.kind for ln in ls if rest in ln.content]
    assert kinds and "noise" not in kinds


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


@pytest.mark.parametrize("gap", ["\n\n", "\r\n\r\n\r\n\r\n"])
def test_a_wrapped_copy_with_a_blank_line_after_every_line_reads_as_the_clean_text(gap: str) -> None:
    """Blank lines between all lines say nothing: the wrap's pieces are joined by the width alone."""
    text = gap.join(wrapped(24).splitlines()) + gap
    assert reading(text) == reading(CLEAN)


def test_blank_lines_between_some_lines_still_end_paragraphs() -> None:
    """Near miss: where the page leaves out a blank line anywhere, its blank lines are its breaks."""
    lines = wrapped(24).splitlines()
    text = "\n\n".join(lines[:6]) + "\n" + "\n\n".join(lines[6:]) + "\n"
    heads = reading(text)[3]
    assert heads != reading(CLEAN)[3]  # the pieces after a blank line stand alone there


def test_a_one_line_scrape_of_a_wrapped_copy_reads_as_the_clean_text() -> None:
    """Each piece of the wrap after its 「　　」 gap, all on one line: the pieces' own widths tell."""
    text = "".join("\u3000\u3000" + ln for ln in wrapped(24).splitlines()) + "\n"
    assert reading(text) == reading(CLEAN)


@pytest.mark.parametrize("header", [
    "2024/3/12 14:05\u3000\u3000某某同志在全县经济运行分析会议上的讲话_某县人民政府门户网站",
    "24-3-12 下午2:05  政府信息公开-某县人民政府",
    "某某日报　2024年3月5日　星期二　｜　第3版　要闻　｜　责任编辑：王某",
    "2024年07月08日　某某日报　责任编辑：石某　美编：伍某",  # (a paper's day, its name and editors)
    "MOUMOU RIBAO\u3000www.example-rb.cn",
])
def test_a_print_stamp_at_the_one_page_break_is_the_pages_header(header: str) -> None:
    """A browser's or a paper's stamp (print time, weekday date, 第N版, address) at a page break
    inside a point, however long, is no piece of the point."""
    assert reading(wrapped(24, breaks=(12,), header=header)) == reading(CLEAN)
    assert reading(wrapped(24, breaks=(18,), header=header)) == reading(CLEAN)  # (inside the closing)


@pytest.mark.parametrize("header", ["抄送：县委各部门，县人大常委会办公室，县政协办公室。",
                                    "某县人民政府办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年5月17日印发"])
def test_a_documents_last_page_lines_beside_a_page_number_are_its_furniture(header: str) -> None:
    # A 公文's 版记 lines (抄送, 印发) set as a copy's running header: told by what only they write
    for breaks in ((5,), (12,)):
        assert reading(wrapped(24, breaks=breaks, number="－{n}－", header=header)) == reading(CLEAN), breaks


def test_a_dated_sentence_after_a_page_number_is_the_texts_next_piece() -> None:
    """Near miss: a line with a date after the number that is a sentence of the text stays text."""
    text = wrapped(24, breaks=(12,), header="2024年3月5日　星期二，全县召开项目推进会。")
    assert "全县召开项目推进会" in str(reading(text)[3])


_NOTICE_ITEMS = ["1、各部门要充分发动，认真组织。对本部门办公室、楼道、窗户及所属周围区域进行一次全面清理，"
                 "以积极负责的态度完成本次大扫除工作。",
                 "2、各部门人员负责各自办公区域的卫生清扫，要求卫生无死角、厕所无异味、窗户清洁明亮、窗台无尘土、"
                 "物品摆放整齐、楼门口及墙外无乱张贴物。"]


def _notice(foot: str) -> str:
    """A short 通知 whose two items alone are wrapped (at 33), its first paragraph left whole."""
    items = [item[k:k + 33] for item in _NOTICE_ITEMS for k in range(0, len(item), 33)]
    return "\n".join(["通 知", "集团各部门：",
                      "为了迎接省评专家组进校检查以及省上领导来我院调研，配合学院做好接待工作，经研究，决定开展一次卫生大扫除。",
                      "一、时间安排：2024年5月25日", "二、清扫范围：办公场所及周围区域", "三、具体要求：", *items,
                      "四、集团办公室5月25日下午将组织检查。", "特此通知", "集团办公室", "2024年5月24日"]) + "\n" + foot


def test_a_wrapped_post_with_a_row_of_buttons_under_it_stays_wrapped() -> None:
    """A blog's copyright notice and its 「posted @」 row, cut at its gaps into short pieces, under a
    post whose wrap only its items show: the pieces fill no line of the wrap, and the notice is
    page noise, no paragraph far past the width."""
    foot = ("版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。\n"
            "posted @ 2024-03-05 21:14  某某的笔记  阅读(1268)  评论(3)  编辑  收藏  举报\n")
    for text in (_notice(""), _notice(foot)):
        items = parse_outline(text)["sections"][2]["children"]
        assert [h["title"] for h in items] == [t[2:t.index("。")] for t in _NOTICE_ITEMS]


def test_a_scrape_joining_paragraphs_with_one_space_keeps_its_sections() -> None:
    """「……意见。 一、……。 二、……」: one space where a paragraph ended, before headings that count on."""
    text = " ".join(PARAGRAPHS) + "\n"
    o = parse_outline(text)
    assert [(s["marker"], s["line"]) for s in o["sections"]] == [("一、", 1), ("二、", 1), ("三、", 1)]
    assert o["sections"][1]["title"].startswith("聚焦重点任务精准发力 一是")  # (a run-in title: to the 「。」)


def test_one_space_before_short_items_inside_a_paragraph_is_no_paragraph_break() -> None:
    """Near miss: 「问题有三： 一、……。 二、……。」 with items a sentence long stays one paragraph."""
    para = ("对照检查，主要问题有三： 一、思想不够解放。 二、作风不够扎实。 三、落实不够有力。"
            "这些问题虽然发生在基层，但根子在领导班子，必须引起高度重视，认真加以整改，"
            "确保整改工作取得实实在在的成效，让群众真正感受到变化。" * 3)
    text = "\n".join([*PARAGRAPHS[:3], para, *PARAGRAPHS[3:]]) + "\n"
    assert reading(text)[3] == reading(CLEAN)[3]
    assert len(para) >= 200  # (long enough to be looked at as a flattened run)


def test_a_page_with_a_few_pieces_on_one_line_is_not_taken_as_wrapped() -> None:
    """Near miss: a title line, a scrape line cut into three pieces (the title repeated among them)
    and a note: three lines of about one length on a five-line page are no wrap width."""
    title = "在全县年度安全生产工作会议上的讲话"
    text = (f"{title}\n样式表 p {{ color: #000; }} 版权所有\u3000\u3000{title}\u3000\u3000同志们：今天召开会议，"
            "主要是部署安全生产工作。下面，我讲两点意见。一、认清形势，压实责任。二、突出重点，抓好落实。\n"
            "试读已结束，开通会员即可下载全文使用\n")
    ls = split_lines(text)
    assert not find_wraps(ls, [False] * len(ls), {}, text)


def test_a_site_blurb_that_names_the_text_reads_whole_when_a_wrap_cut_it() -> None:
    blurb = "下面是小编为大家整理的在全县第三季度经济运行分析会议上的讲话，供大家参考。"
    lines = [blurb, *PARAGRAPHS[1:]]
    clean = "\n".join(lines) + "\n"
    assert parse_outline(clean)["title"] == PARAGRAPHS[0]
    text = "\n".join(p[i:i + 24] for p in lines for i in range(0, len(p), 24)) + "\n"
    assert parse_outline(text)["title"] == PARAGRAPHS[0]


def test_one_sentence_per_line_of_one_length_is_not_wrapped() -> None:
    """Lines that all end a sentence are paragraphs, however alike their lengths."""
    lines = ["同志们：", *["要把各项工作抓紧抓实抓细，确保按时完成任务。"] * 8]
    text = "\n".join(lines) + "\n"
    ls = split_lines(text)
    assert not find_wraps(ls, [False] * len(ls), {}, text)
    wrapped_text = wrapped(24)
    ls = split_lines(wrapped_text)
    assert find_wraps(ls, [False] * len(ls), {}, wrapped_text).width == 24


def test_a_one_line_scrape_of_a_wrapped_copy_measures_its_last_piece_alone() -> None:
    # A wrapped copy run into one line, its pieces apart by gaps: the last piece is the scrape's last
    # paragraph, measured by itself and not as the whole physical line (which would count as one
    # more line longer than the width, and tip a page with few full lines into "not wrapped").
    first = ("为进一步做好秋季森林防火工作，切实保障人民群众生命财产安全，"
             "经县人民政府同意，现就有关事项通知如下，请认真贯彻执行。")
    second = "各单位要严格落实森林防火责任制，加强野外火源管理，严禁一切野外用火，发现火情及时报告并组织扑救。"
    pieces = ["关于做好全县秋季森林防火工作的通知", "各乡镇人民政府，县直各单位：",
              *(first[i:i + 24] for i in range(0, len(first), 24)),
              "今年入秋以来全县降雨偏少气温偏高林区火险等级持续上升",
              "各地要高度重视提前部署做好人员物资和应急预案各项准备",
              *(second[i:i + 24] for i in range(0, len(second), 24)), "特此通知。"]
    assert len(pieces) >= 8 and sum(len(p) == 24 for p in pieces) == 4
    text = "\u3000\u3000" + "\u3000\u3000".join(pieces) + "\n"
    ls = split_lines(text)
    assert len(ls) == len(pieces)
    assert find_wraps(ls, [False] * len(ls), {}, text).width == 24
    # near case: the same pieces on lines of their own read alike
    lined = "\n".join(pieces) + "\n"
    ls = split_lines(lined)
    assert find_wraps(ls, [False] * len(ls), {}, lined).width == 24


def test_a_text_with_one_paragraph_per_line_is_not_wrapped() -> None:
    ls = split_lines(CLEAN)
    assert not find_wraps(ls, [False] * len(ls), {}, CLEAN)


def test_page_numbers_and_their_look_alikes() -> None:
    for c in ["- 3 -", "— 12 —", "第3页", "第 3 页 共 12 页", "3/12", "·7·", "15", "Page 3 of 9", "共12页　第3页",
              "第3页（共20页）", "第3版", "〈3〉", "〔3〕", "［3］", "第2面", "第2頁", "‧2‧", "第 2 / 6 页",
              "2 of 6", "‐ 2 ‐", "(2/5)", "第2版：要闻", "— 第2版 —", "2版", "A2・要闻", "2　要闻",
              "https://example.gov.cn/zwgk/t20240312_5678901.html　　2/8",
              # (vocab19: framed or bare with its running header on its line, dashes around 第N页, a total)
              "— 第5页 —", "- 5 of 24 -", "1（共9页）", "·34·　某省人民政府公报", "3　　某某大学",
              # (vocab21: a document site's label before the number, a paper's bare page)
              "欢迎下载　3", "【精品文档】第 3 页", "A3", "B12", "3 | 页",
              # (vocab26: 「页 N」, a 公文's number then the page's after a wide gap)
              "页 3", "页 3/9", "某政办发〔2024〕15号　　　　　　　　　　　　1",
              "1 | 某县人民政府办公室", "12｜某某大学",  # (the number, a bar, the running header)
              # (vocab27: the total first in brackets, 「Page」 between dashes, a part's roman numeral,
              # the day after the number, other brackets)
              "（共9页 第1页）", "- Page 1 -", "Ⅰ-1", "‹ 1 ›", "— 1 —　　2024年5月17日", "〖1〗",
              # (vocab30: a host and its path with the page, the page and its print time, 「N页/M页」, Word's
              # field code copied, a dash then 「一」, a bar after the dashes)
              "news.example.cn/info/1032/4763.htm　　1/9", "15/9　　　　打印时间：2024年5月17日", "5页/9页",
              "PAGEPAGE1", "PAGE \\* MERGEFORMAT 3", "— 4 一", "—4—|", "第5页　　共9页　　打印",
              "about:blank　　2/9",
              # (vocab31: a page number with the words beside it parted by a wide gap, a bar or ©)
              "4　　　　　　2025/3/8 上午10:21", "4｜某市统计年鉴2025", "·4·　　　　　　某市统计年鉴（2025）",
              "page 4 of 12 © 某市档案馆", "4　/　12　　某市发布的博客",
              "某市人民法院 - 法院动态　　　　第 4 页，共 12 页",
              # (vocab66: a marked number and a name parted by one wide space)
              "【第4页】　某县政府网", "— 4 —　某县档案馆", "3/9　某县政府网",
                  "— A2 —", "- B12 -", "材料之2", "本版第2页"]:
        assert is_page_number(c), c
    for c in ["2025年", "3.5%", "一、总体要求", "第三部分", "1.统一思想", "共12页", "第3条", "〈三〉", "〔三〕",
              "〔2018〕5号", "第二面",
              "2 of us", "(2)", "第2版修订", "3版本", "2 同志们", "A股上涨", "https://example.gov.cn/a.html",
              "3 个乡镇", "·3· 各乡镇要抓好落实，确保安全", "1.加强组织领导", "全县今年新建改扩建学校　3", "A4纸",
              "A123", "一、总体要求　3", "【精品文档】第三页", "某政办发〔2024〕15号", "页数1", "页面设计很重要1",
              "2024 | 年度工作总结", "1 | 我们要抓好落实。", "全县今年新建改扩建中小学校　　4",
              "4　　全县要抓好落实，确保安全", "2025 | 某市统计年鉴", "10-28 | 移动端：某区委书记在全区大会上的讲话",
              "4　　500　　万元", "1|2", "Ⅱ类水质", "〖注〗", "— 1 —　2024年5月", "— A股 —", "A12 —",
                  "材料之一", "本版第二页",
              "Page layout", "共5页/9页", "PAGES", "一九四八", "— 一、", "费用分摊比例为1/3　　具体见附件"]:
        assert not is_page_number(c), c


def test_a_posts_single_calls_and_a_sites_welcome_bar_are_noise_and_their_look_alikes_are_not() -> None:
    from speechparse.page.facts import clean_title
    from speechparse.page.noise import is_noise

    for c in ["觉得不错，请点个在看", "喜欢就点个赞吧", "收录于合集 #重要讲话 12个", "戳蓝字“某某人民医院”关注我们哦！",
              "返回搜狐，查看更多", "本文根据会议录音整理，未经本人审阅。", "本文转自某县人民政府门户网站。",
              "关注某省政府，权威发布省政府重要信息",
              "Created: May 17, 2024 10:30 AM", "[TOC]", ":::tips", '!!! note "说明"', "{% include toc.html %}",
              '{{< figure src="/images/meeting.jpg" caption="会议现场" >}}', "听全文", "NEWS | 某大新闻",
              "验证码：", "请输入验证码", "看不清？换一张", "&nbsp;", "&#160;&#160;", "收听本文　00:00 / 05:32",
              "播报文章", "小红书号：95123456789", "微信号：xfb_2024", "抖音号：dy12345",
              "点击上方视频，回顾会议现场", "点击下方链接报名", "附件下载：\t无", "论文部分内容阅读",
              "某县2024年工作会议讲话稿.docx_第2页", "下载　相关　举报",
              "上传人（卖家）：某某　格式：DOCX　大小：28.5KB",
              "未经正式授权严禁转载本文，侵权必究。", "未经许可，不得转载",
              "当前页面：学校新闻", "微博正文", "O网页链接", "打印本页扫一扫在手机打开当前页", "查看图片", "视频",
              "----- 精品word文档 值得下载 -----", "您所在的位置：首页 / 信息公开 / 领导之窗 / 讲话",
              "[查看原文](https://www.example.cn/a_1) · [打开某某新闻APP](https://www.example.cn/)",
              "[1]: https://www.example.gov.cn/zhengce/content_1.htm",
              "您好，欢迎访问某市人大网！　今天是：2024年6月3日 星期一", "关注我们，获取更多资讯",
              "发布单位：某县人民政府办公室　发布时间：2025-11-02", "供稿：县委办",
              "［馆藏档案］会议记录第一页（局部）", "书法作品(局部)", "[09:41] 李某某：第三段我再改一下",
              "［索引号］001234567/2025-00012　［发布机构］某县农业农村局　［成文日期］2025-04-01", "图 / 宣传科",
              "某某网违法和不良信息举报电话：0000-1234567　举报邮箱：jubao@example.cn",
              "2025-04-22 08:41:07　来源：某某日报　作者：记者 某某 通讯员 某某　责任编辑：某某　【字号：大 中 小】",
              "【广告】某某农商银行 · 助农贷 · 随借随还", "mp.example.com/s/Ab12Cd34Ef56",
              "某某新闻网　互联网新闻信息服务许可证：00000000001"]:
        assert is_noise(c), c
    for c in ["我们要在看问题时把握全局", "今天是2024年6月3日，我们在这里召开会议", "我们要关注民生，获取更多群众支持",
              "===第一部分===", "--- 一、总体要求 ---", "表格中的蓝字是本次新增的内容，请大家关注",
              "同志们，请查看更多资料。", "本文件自发布之日起施行。", "{会议现场}", "[注]", "请大家收听全文广播",
              "验证码是一种安全技术。", "&nbsp;同志们：", "收听本文件的讲解",
              "账号：6228480012345678", "微信号：请扫描下方二维码添加", "上方视频显示了会议现场的情况。",
              "附件：1.全县防汛责任人名单", "论文部分内容阅读与评析", "详见讲话稿第2页", "相关　部门",
              "文字（草稿）要认真修改。",
              "未经批准，不得擅自开工建设。", "对侵犯知识产权的行为，坚决做到侵权必究。",
              "ABC | 公司简介很长很长的描述内容在这里", "图片新闻", "视频会议", "关注民生，办好实事",
              "关注群众诉求，及时发布政策信息。",
              "您所在的位置决定了您看问题的角度，这一点很重要", "[1]: 见《决定》第三条",
              "同志们，请看[这里](https://a.example.cn)和[那里](https://b.example.cn)。",
              "发布单位要对信息的准确性负责。", "供稿单位要及时报送信息。", "关于加强局部地区防汛工作的通知",
              "局部地区有强降雨（局部）。", "9:30 签到：各单位负责人", "【9:30】签到：各单位负责人",
              "［注］本文有删节", "文化/旅游", "要设立举报电话，畅通群众监督渠道", "广告宣传要规范。", "1.5/2.0",
              "2025-04-22　全县召开安全生产会议，部署下阶段工作", "要依法办理经营许可证。"]:
        assert not is_noise(c), c
    # a Markdown title's site path before 「->」 goes first, whatever 「_」 the site's name has
    assert clean_title("学习频道_某州新闻网->以乡村文化振兴涵养文明乡风") == "以乡村文化振兴涵养文明乡风"
    assert clean_title("以乡村文化振兴涵养文明乡风_某州新闻网") == "以乡村文化振兴涵养文明乡风"
    # a column and its site after the title name a kind, and are still the site's (「- 知乎」 too)
    assert clean_title("农村工作的方向 | 领导讲话-某县人民政府") == "农村工作的方向"
    assert clean_title("农村工作的方向 - 知乎") == "农村工作的方向"
    # (the site's name alone, then its slogan)
    assert clean_title("农村工作的方向_知乎 - 有问题，就会有答案") == "农村工作的方向"
    assert clean_title("论某平台的发展 - 兼谈知识付费") == "论某平台的发展 - 兼谈知识付费"
    # (a document site's id glued on before the year, as a page's number may be; a year alone stays)
    assert clean_title("57312024年某镇工作总结") == "2024年某镇工作总结" == clean_title("2024年某镇工作总结")
    assert clean_title("学习园地 | 在全县大会上的讲话") == "在全县大会上的讲话"  # (near: a column before it)
    # a site that names what it keeps, 「讲话稿知识库」, after a title that names no kind: the site's (a
    # column's name before a title names the title's kind at its end)
    assert clean_title("压实防汛责任确保安全度汛_语雀·讲话稿知识库") == "压实防汛责任确保安全度汛"
    # a title that names its kind at its end keeps its place before a site whose name holds a kind word
    # (near: a short column's name that ends in a kind, 「通知公告」, is still the column's)
    assert clean_title("某县人民政府工作规则_语雀: 某县文稿") == "某县人民政府工作规则"
    assert clean_title("通知公告 | 关于做好防汛工作的通知") == "关于做好防汛工作的通知"
    # a collection's count in brackets, a site's word for it or not (near: a title that counts its own texts)
    for suffix in ("(精选6篇)", "（通用4篇）", "(6篇)", "【精选6篇】"):
        assert clean_title("政协大会闭幕词" + suffix) == "政协大会闭幕词", suffix
    assert clean_title("关于印发三篇文章的通知") == "关于印发三篇文章的通知"
    # a site's banner before the title set twice: the title (near: a short word said twice stays)
    assert clean_title("精选优质文档-倾情为你奉上乡村建设调研报告乡村建设调研报告") == "乡村建设调研报告"
    assert clean_title("关于进一步加强加强基层管理的通知") == "关于进一步加强加强基层管理的通知"
    # a site's name with its slogan, commas and all, after the title or before 「->」 (near: a subtitle after
    # 「|」 that names no site stays)
    assert clean_title("在全市大会上的讲话 | 百度文库 - 好好学习，天天向上") == "在全市大会上的讲话"
    assert clean_title("百度文库 - 好好学习，天天向上->在全市大会上的讲话") == "在全市大会上的讲话"
    assert clean_title("在全县大会上的讲话 | 凝心聚力，再创佳绩") == "在全县大会上的讲话 | 凝心聚力，再创佳绩"
    # a site's count of the text's characters after the title (near: a year in brackets is the title's)
    for suffix in ("(全文6120字)", "（全文约3000字）", "（共5200字）", "(8514字)"):
        assert clean_title("党课：把纪律挺在前面" + suffix) == "党课：把纪律挺在前面", suffix
    assert clean_title("在全县大会上的讲话（2024年）") == "在全县大会上的讲话（2024年）"


def test_a_page_number_in_tortoise_brackets_is_furniture_and_a_note_line_is_not() -> None:
    text = "要把各项工作抓紧抓实抓细，确保按时完成\n〔2〕\n会议材料\n全年任务。\n〔2〕 见本书第一卷注释。\n"
    ls = split_lines(text)
    noise = [False] * len(ls)
    page_furniture(ls, noise, {})
    assert noise == [False, True, True, False, False]


def test_a_short_line_beside_a_page_number_is_a_header_only_where_the_page_says_so() -> None:
    # Between two pieces of one paragraph: a running header.
    text = "要把各项工作抓紧抓实抓细，确保按时完成\n- 2 -\n会议材料\n全年任务。\n"
    ls = split_lines(text)
    noise = [False] * len(ls)
    page_furniture(ls, noise, {})
    assert noise == [False, True, True, False]
    # After a finished sentence and only once: a short label over more text at a page's top
    # is the running header of a copy with one page break.
    text = "要把各项工作抓紧抓实抓细，确保按时完成全年任务。\n- 2 -\n领导同志讲话材料\n要压实责任。\n"
    ls = split_lines(text)
    noise = [False] * len(ls)
    page_furniture(ls, noise, {})
    assert noise == [False, True, True, False]
    # near miss: a line that reads as text (a sentence mark, or longer than a label) stays
    for own in ("加强组织领导，压实各方责任", "切实加强党对安全生产工作的全面领导和统一部署"):
        text = f"要把各项工作抓紧抓实抓细，确保按时完成全年任务。\n- 2 -\n{own}\n要压实责任。\n"
        ls = split_lines(text)
        noise = [False] * len(ls)
        page_furniture(ls, noise, {})
        assert noise == [False, True, False, False], own


def _lines_of(text: str) -> list[str]:
    """The outline's view of a page: headings with their titles, and the date and speaker."""
    o = parse_outline(text)
    out = [f"{h['marker']}{h['title']}" for h in o["sections"]]
    return [*out, f"date={o['date']}", f"speaker={o['speaker']}"]


BODY = "".join(f"这是第{k}句正文内容，写得比较长一些。" for k in range(1, 9))


def test_wrapped_pieces_that_read_as_one_are_joined_and_others_are_not() -> None:
    w = 20

    def cut(s: str) -> list[str]:
        return [s[i:i + w] for i in range(0, len(s), w)]

    # a run-in heading whose title ends just past the line: 「……牵引作」 / 「用。扎实……」
    heading = "（一）推动改革举措加快落地更好发挥牵引作用。扎实推进重点领域改革，破除体制机制障碍。"
    text = "\n".join(["关于改革的报告", "同志们：", *cut(BODY), *cut(heading), *cut(BODY)]) + "\n"
    assert _lines_of(text)[0] == "（一）推动改革举措加快落地更好发挥牵引作用"
    # near miss: a full heading line, then a new paragraph whose first sentence is longer
    heading2 = "（一）推动改革举措加快落地更好发挥牵引作"
    assert len(heading2) == w
    text = "\n".join(["关于改革的报告", "同志们：", *cut(BODY), heading2, *cut("持续优化城市体系建设。" + BODY)]) + "\n"
    assert _lines_of(text)[0] == heading2


def test_a_piece_of_a_wrapped_paragraph_is_no_title_line_after_the_page_head() -> None:
    w = 20

    def cut(s: str) -> list[str]:
        return [s[i:i + w] for i in range(0, len(s), w)]

    intro = "今年以来，全镇上下认真贯彻落实各项决策部署，扎实推进各项工作，取得了明显成效。"
    item = ("（一）抓好宣传教育。我们通过广播、微信群以及登门入户宣讲、悬挂横幅、发放宣传册等方式宣传政策，"
            "群众知晓率明显提高。")
    assert "宣讲" in cut(item)[1]  # a piece that names a 讲 and holds no sentence mark of its own
    text = "\n".join(["下面是小编为大家整理的2026年第一季度工作总结，供大家参考。", *cut(intro), "一、近期工作进展",
                      *cut(item), *cut(item.replace("（一）", "（二）"))]) + "\n"
    assert _lines_of(text)[:1] == ["一、近期工作进展"]
    # near miss: a short line naming a 讲话 after a site's account line is the title the text starts under
    text = "\n".join(["某镇发布", "在全镇工作会议上的讲话", *cut(intro), "一、近期工作进展", *cut(item)]) + "\n"
    o = parse_outline(text)
    assert o["title"] == "在全镇工作会议上的讲话" and o["sections"][0]["marker"] == "一、"
    # and under a site's blurb as long as the width: it ends its sentence, so a wrap did not cut
    # it, and the line after it is not its rest (page noise) but the title
    blurb = "下面是小编为大家整理的讲话稿，供大家参考。"
    assert abs(len(blurb) - w) <= 1
    text = "\n".join([blurb, "在全镇工作会议上的讲话", *cut(intro), "一、近期工作进展", *cut(item)]) + "\n"
    assert parse_outline(text)["title"] == "在全镇工作会议上的讲话"


def test_a_page_number_in_brackets_is_not_an_item_heading() -> None:
    w = 20
    body = [BODY[i:i + w] for i in range(0, len(BODY), w)]
    open_piece = "要把各项工作抓紧抓实，确保每一项任务都落到"  # a full line, its sentence still open
    assert len(open_piece) == w + 1 and open_piece[-1] not in "。：；"
    text = "\n".join(["在全县工作会议上的讲话", "同志们：", *body, "一、统一思想", *body, open_piece[:w],
                      "（12）", "领导讲话材料汇编", open_piece[w:] + "实处。", *body, *body, *body,
                      "（13）", "领导讲话材料汇编", "二、狠抓落实", *body]) + "\n"
    assert _lines_of(text)[:2] == ["一、统一思想", "二、狠抓落实"]  # (13) keeps the count of (12)
    # near miss: items 「（1）」「（2）」 alone on their lines after a colon are headings
    text = "\n".join(["在全县工作会议上的讲话", "同志们：", *body, "一、统一思想", "主要有两项：", "（1）",
                      *body, "（2）", *body]) + "\n"
    assert [h["marker"] for h in parse_outline(text)["sections"][0]["children"]] == ["（1）", "（2）"]


def test_a_site_footer_its_buttons_and_file_card_are_page_noise_and_sentences_about_them_are_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ("打印本页 关闭窗口", "【收藏】【打印】【关闭】", "网站标识码：1234000001　某公网安备 1234号",
              "版权所有：某县人民政府　地址：某县人民路1号", "建议使用1920×1080分辨率浏览本站", "浏览量：2356",
              "页数:3页", "大小:67.12 KB", "ID:27430473", "登录/注册", "信息分类: 通知", "资源预览内容",
              "阅读原文 https://mp.example.com/s/AbCd", "Source www.example.gov.cn/a.html",
              "【字体：大 中 小】 【打印】 【关闭】 发布时间：2022-03-01", "打印本页 关闭窗口　来源：某县政府网",
              "图为会议现场。", "图为9月3日，全县工作会议现场", "图为5月16日拍摄的会场。（新华社发）"):
        assert is_noise(c), c
    for c in ("大中小学要加强安全教育。", "打印 文件", "要使用本站数据，应注明出处。", "浏览量大幅增长，要总结经验。",
              "大小：要看实际情况。", "分类：按照工作性质分为三类。", "资源预览要做好。",
              "请登录 https://x.example.gov.cn查询", "申报请登录网站 https://x.example.gov.cn，按要求填写。",
              "打印 文件 来源：某县政府网", "新地址：https://ex.example.org/abcde",
              "图为会议现场。会后，各乡镇迅速传达会议精神。", "蓝图为我们指明了前进方向。",
              "图为会议现场。（会后各乡镇迅速传达了会议精神。）"):
        assert not is_noise(c), c


def test_a_posts_credits_prompts_and_a_sites_footer_are_page_noise_and_sentences_with_their_words_are_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ("编辑丨赵某　校对丨钱某　审核丨孙某", "文字 | 党委宣传部", "图 | 新华社", "来源丨某市委组织部",
              "点亮“在看”，我们一起加油！", "转发，点赞，在看，安排一下？", "扫码下载某某新闻客户端",
              "原标题：《全县召开安全生产会议》", "特别声明：以上内容仅代表作者本人观点，本平台仅提供信息存储服务。",
              "举报/反馈", "某ICP备05001234号　某公网安备 33010202000123号", "〖发布日期：2024-05-20〗〖来源：组织科〗",
              "【 2024-04-18 】\xa0党委办公室", "地址：某市人民路1号　电话：0000-1234567　邮箱：a@example.cn",
              "（某市委组织部供图）", "（图源：视觉中国）", "（图/文：政教处）", "（文 张三）", "（摄影/王某）",
              "【发布日期】2024/06/18 【来源】某区教育局 【点阅】1,024"):
        assert is_noise(c), c
    for c in ("你也会关注这个人在看什么，所以大部分人会留着", "关注民生，分享发展成果", "文字工作要严谨细致。",
              "图书馆建设要加快推进", "地址选在县城东部，交通便利。", "一、时间：5月25日", "来源于群众，服务于群众",
              "浏览了大量资料，点击率不是标准", "（某市委组织部领导到会）", "（图/表见附件）",
              "（文中数据均为初步统计）", "（图文并茂地展示成果）", "【重要讲话】在全县大会上的讲话"):
        assert not is_noise(c), c


def test_more_site_chrome_is_page_noise_and_look_alikes_are_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ("摄影/王某", "Tel: 0000-12345678　E-mail: office@example.cn", "Add：某省某市某路99号 Zip：000000",
              "上传人：某某文档　上传时间：2024-05-16　页数：15", "⭐ 设为星标，不错过每一次推送",
              "学校首页 Home ｜ 学校概况 About ｜ 新闻中心 News ｜ 招生信息 Admission",
              "HOME 首页 | ABOUT US 集团概况 | NEWS 新闻中心 | CONTACT 联系我们", "全文阅读已结束，如需下载请点击",
              "本文档由用户上传，内容仅供参考，如有侵权请联系删除。", "（图片来源于网络，侵删）",
              "声明：本文为某县融媒原创，转载请注明出处", "[视频]会议现场", "打开“某县发布”APP，阅读体验更佳",
              "HOME 首页 | ABOUT US 集团概况 | NEWS 新闻中心 | PARTY BUILDING 党建工作 | CONTACT 联系我们"):
        assert is_noise(c), c
    for c in ("图/表都要规范", "文/张三写得好。", "事故类别 | 起数 | 同比", "GDP 增长 | CPI 上涨 | PMI 回升",
              "格式要规范，内容要准确。", "设为重点，不错过每一个环节。", "如需下载相关表格，请登录县政府网站。",
              "要严厉打击知识产权侵权行为。", "这些数据来源于网络调查。", "【视频】在全县经济工作会议上的讲话全文实录",
              "要打开思路，下载资料"):
        assert not is_noise(c), c


@pytest.mark.parametrize("number", ["【{n}】", "{n}/30页", "- {n} / 30 -", "— {n}/30 —", "2-{n}", "‐ {n} ‐",
                                    "({n}/30)", "第{n}版：要闻", "A{n}・要闻", "{n}　要闻",
                                    "https://example.gov.cn/zwgk/t20240312_5678901.html　　{n}/30",
                                    "｜{n}｜", "{n}　│", "【{n}/30】", "第{n}页 ▪ 共30页", "第 {n} 张", "{n}/共30页",
                                    "·第{n}页·", "第{n}张，共30张", "第{n}页 共30页（某县人大常委会办公室印）",
                                    "— A{n} —"])
def test_page_numbers_of_more_shapes_are_dropped_not_read_as_headers_or_appendices(number: str) -> None:
    for first in (2, 3, 4):  # (a break inside every kind of paragraph: a title, a point, the closing)
        text = wrapped(24, breaks=tuple(range(first, 22, 3)), number=number)
        assert reading(text) == reading(CLEAN), first
        assert parse_outline(text)["appendices"] == []


@pytest.mark.parametrize("width", [20, 24, 30])
def test_page_numbers_with_no_running_header_keep_every_piece_of_text(width: int) -> None:
    """A copy with page numbers only: the piece after a number is the paragraph's next one, never a header."""
    for first in (2, 3, 4):
        lines = wrapped(width).splitlines()
        for at in reversed(range(first, len(lines), 3)):
            lines.insert(at, f"- {at} -")
        text = "\n".join(lines) + "\n"
        assert reading(text) == reading(CLEAN), (width, first)


def test_a_running_header_with_a_clause_mark_inside_a_paragraph_is_dropped() -> None:
    text = wrapped(24, breaks=(8,), header="本文档由用户上传，仅供学习参考")
    assert reading(text) == reading(CLEAN)
    ls = split_lines(text)
    classify(ls, text)
    assert [ln.kind for ln in ls if ln.content.startswith("本文档")] == ["noise"]
    # near miss: after a paragraph that has ended, a short sentence-like line stays text
    lines = wrapped(24).splitlines()
    k = next(i for i, x in enumerate(lines) if x.endswith("。"))
    lines[k + 1:k + 1] = ["- 2 -", "这一点，大家要记牢"]
    text = "\n".join(lines) + "\n"
    ls = split_lines(text)
    classify(ls, text)
    assert [ln.kind for ln in ls if ln.content == "这一点，大家要记牢"] != ["noise"]


def test_a_pages_author_in_a_row_of_publishing_fields_is_no_speaker() -> None:
    row = "发布时间: 2024/5/16\xa0\xa0来源: 校办\xa0\xa0作者: 王某\xa0\xa0浏览: 386次"
    text = "\n".join([PARAGRAPHS[0], row, *PARAGRAPHS[1:]]) + "\n"
    assert (parse_outline(text)["speaker"], parse_outline(text)["genre"]) == (None, "speech")
    # near miss: 作者 on a line of its own names a person
    text = "\n".join([PARAGRAPHS[0], "作者：王某", *PARAGRAPHS[1:]]) + "\n"
    assert parse_outline(text)["speaker"] == "王某"


@pytest.mark.parametrize("title", ["在全市防汛抗旱工作会议上的讲话 | 某某实验学校 | Moushi Experimental School",
                                   "在全市防汛抗旱工作会议上的讲话_某某实验学校 | Moushi Experimental School",
                                   "某某实验学校 | Moushi Experimental School->在全市防汛抗旱工作会议上的讲话"])
def test_a_site_name_in_several_parts_is_cut_from_the_title(title: str) -> None:
    from speechparse.page.facts import clean_title

    assert clean_title(title) == "在全市防汛抗旱工作会议上的讲话"


def test_a_news_portals_menu_over_the_title_is_one_line_of_furniture_not_packed_facts() -> None:
    menu = "头条  百家号  首页  关注  推荐  热榜  登录"
    o = parse_outline("\n".join([menu, *PARAGRAPHS]) + "\n")
    assert (o["title"], o["speaker"]) == (PARAGRAPHS[0], None)
    # near miss: a byline of office and name over the salutation is still read
    o = parse_outline("\n".join([PARAGRAPHS[0], "县长  王建国", *PARAGRAPHS[1:]]) + "\n")
    assert o["speaker"] == "王建国"


SPEECH_END = "同志们，让我们共同努力，确保全县安全形势持续稳定。谢谢大家！"


@pytest.mark.parametrize("foot", [["▼往期推荐▼", "▶ 全市组织工作会议召开"], ["↓↓↓ 更多精彩 ↓↓↓", "某某县召开工作会议"],
                                  ["- 完 -"], ["—完—"], ["— E N D —"], ["上一条：某县召开工作会议", "下一条：没有了"]])
def test_a_posts_decorated_box_headers_and_end_marks_end_the_text(foot: list[str]) -> None:
    text = "\n".join([*PARAGRAPHS[:-1], SPEECH_END, *foot]) + "\n"
    assert parse_outline(text)["closing"]["text"] == SPEECH_END


def test_a_paragraph_that_ends_with_the_word_is_not_an_end_mark() -> None:
    text = "\n".join([*PARAGRAPHS[:-1], SPEECH_END, "我们的任务还没有完", "成，要继续努力完"]) + "\n"
    assert parse_outline(text)["closing"]["text"].endswith("努力完")  # (the text's own words: not page noise)


def test_an_office_posting_the_page_is_no_speaker_and_no_byline() -> None:
    for author, speaker in (("组织科", None), ("区委办", None), ("县委宣传部", None), ("王建国", "王建国")):
        text = "\n".join([PARAGRAPHS[0], f"作者：{author}", *PARAGRAPHS[1:]]) + "\n"
        o = parse_outline(text)
        assert (o["speaker"], o["genre"]) == (speaker, "speech"), author


def test_a_sites_own_reporter_is_no_byline_of_a_written_report() -> None:
    body = ["以稳促进 推动全镇经济社会平稳发展", "作者：{}", "一、强化组织领导",
            "今年以来，镇党委把稳增长作为重点工作。", "二、狠抓项目建设", "全年实施重点项目十二个。"]
    for author, genre in (("本网记者", "summary"), ("本报通讯员", "summary"), ("记者 李明", "summary"),
                          ("王建国", "article")):  # near miss: a person's name signs the text
        o = parse_outline("\n".join(body).format(author) + "\n")
        assert o["genre"] == genre, author


def test_a_site_name_before_an_arrow_is_cut_and_the_title_after_it_kept() -> None:
    from speechparse.page.facts import clean_title

    assert clean_title("某某大学党委宣传部->请求批复的范文") == "请求批复的范文"
    assert clean_title("关于加强管理的请示 - 某某范文网") == "关于加强管理的请示"  # near miss: a hyphen before a site


def test_a_lone_full_heading_line_over_one_short_sentence_runs_into_it() -> None:
    w = 20

    def cut(s: str) -> list[str]:
        return [s[i:i + w] for i in range(0, len(s), w)]

    # the level's only heading fills the line, and one short sentence ends the paragraph under it:
    # a heading run into its text and cut at the width (a title exactly as long as the line is rarer)
    heading = "一、提高站位深刻认识优化营商环境的重要性营商环境是一个地方的软实力。"
    assert len(cut(heading)[0]) == w and len(cut(heading)[1]) < w
    text = "\n".join(["在推进会上的讲话", "同志们：", *cut(BODY), *cut(heading), *cut(BODY)]) + "\n"
    assert _lines_of(text)[0] == "一、提高站位深刻认识优化营商环境的重要性营商环境是一个地方的软实力"
    # near miss: a sibling stands alone on a short line, so this level's titles stand alone too
    text = "\n".join(["在推进会上的讲话", "同志们：", *cut(BODY), *cut(heading), *cut(BODY),
                      "二、狠抓落实", *cut(BODY)]) + "\n"
    assert _lines_of(text)[0] == "一、" + heading[2:w]


def test_an_item_numbered_inline_that_a_wrap_puts_at_a_line_start_is_no_heading() -> None:
    pieces = ["对此，必须做到以下几点：（一）向农民说明", "政策。（二）划分成分应以剥削关系为标准。",
              "（三）掌握依靠贫雇农、团结中农的原则，这", "是第三条。"]  # a wrap put 「（三）」 at a line start
    assert all(len(p) == 20 for p in pieces[:3])
    body = [BODY[i:i + 20] for i in range(0, len(BODY), 20)]
    text = "\n".join(["关于土改的报告", "同志们：", *body, *pieces, *body]) + "\n"
    assert not any(x.startswith("（三）") for x in _lines_of(text))
    # near miss: with no 「（二）」 inline before it, 「（三）」 at a line start after a sentence is a heading
    pieces[1] = "政策。划分成分应以剥削关系为标准，这样。"
    text = "\n".join(["关于土改的报告", "同志们：", *body, *pieces, *body]) + "\n"
    assert any(x.startswith("（三）") for x in _lines_of(text))


def test_a_date_or_a_byline_under_a_subtitle_stands_alone_in_a_wrapped_copy() -> None:
    w = 20
    subtitle = "——在全县经济工作会议暨项目建设推进会上的讲话"[:w]
    text = "\n".join(["在全县经济工作会议上的讲话", subtitle, "县委书记 王建国", "2026年1月10日", "同志们：",
                      *[BODY[i:i + w] for i in range(0, len(BODY), w)], "同志们，让我们努力奋斗！"]) + "\n"
    got = _lines_of(text)
    assert "date=2026年1月10日" in got and "speaker=王建国" in got


def test_photo_placeholders_and_arrow_breadcrumbs_are_page_noise() -> None:
    from speechparse.page.noise import is_noise

    for c in ("（资料图）", "【图片】", "位置：首页→领导之窗→领导讲话", "首页 → 政务公开 → 讲话",
              "（摄影：刘某某　实习生：何某某）"):
        assert is_noise(c), c
    for c in ("（图示如下，共三张）", "位置是关键，一定要把握好。", "从首页到末页，都要认真校对。"):
        assert not is_noise(c), c


def test_a_site_menu_bar_is_page_noise_and_a_table_row_or_a_list_of_names_is_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ("网站首页 | 新闻中心 | 信息公开 | 办事服务", "主页｜学院概况｜新闻中心｜招生就业",
              "網站首頁\t學校概況\t校園新聞\t教學教研\t招生專欄",
              "学院概况　新闻中心　招生就业　合作交流"):
        assert is_noise(c), c
    for c in ("事故类别 | 起数 | 同比", "项目名称 | 建设内容 | 服务对象", "张三　李四　王五",
              "2024年工作报告 | 某县人民政府", "县委书记　张三"):
        assert not is_noise(c), c


def test_a_menu_bar_over_a_page_whose_text_is_noise_is_not_its_title() -> None:
    # The page's text is all one site blurb (noise): the menu over it must not become the title.
    text = "网站首页 | 新闻中心 | 信息公开 | 办事服务\n在全县安全生产专项整治工作会议上讲话\n" \
           "下面是小编为大家整理的在全县安全生产专项整治工作会议上讲话，供大家参考。\n"
    assert parse_outline(text)["title"] == "在全县安全生产专项整治工作会议上讲话"


# A 公文 page from a government site, in a PDF copy: its info table's row that repeats the
# title, its title over two lines with a gap in it, run-in items whose lines all fill the width.
NOTICE_PAGE = [
    "当前位置：首页 > 政策文件",
    "某市人民政府关于表彰全市见义勇为先进集体和先进个人的决定",
    "来源：某市人民政府网站    浏览次数：",
    "内容概况 某市人民政府关于表彰全市见义勇为先进集体和先进个人的决定",
    "各区人民政府，市各委办局，市各直属单位：",
    "为大力弘扬社会正气，倡导见义勇为，经基层推荐，市政府决定对以下集体和个人予以表彰。",
    "一、表彰范围",
    "（一）授予城东街道见义勇为工作站等十个单位见义勇为先进集体称号，颁发奖牌和证书，各区要认真做好宣传工作。",
    "（二）授予张某某等十名同志见义勇为先进个人称号，颁发奖金和证书，各单位要在评优评先中优先考虑。",
    "（三）对李某某等五名同志给予通报表扬，各单位要认真组织学习他们的先进事迹，营造良好社会氛围。",
    "二、工作要求",
    "各地各部门要大力宣传见义勇为先进事迹，引导广大群众学习先进、崇尚先进，形成人人支持见义勇为的良好风气。",
]


def _wrap_page(paragraphs: list[str], width: int) -> str:
    return "\n".join(p[i:i + width] for p in paragraphs for i in range(0, len(p), width)) + "\n"


@pytest.mark.parametrize("width", [24, 26, 30])
def test_a_document_page_in_a_pdf_copy_reads_as_the_page(width: int) -> None:
    """The rest of a wrapped info row is noise, not the title; a run-in item's last piece
    (ending in 「。」, shorter than the line) is its paragraph's, as its siblings run in."""
    clean = "\n".join(NOTICE_PAGE) + "\n"
    assert reading(_wrap_page(NOTICE_PAGE, width)) == reading(clean)
    assert parse(clean).title == "某市人民政府关于表彰全市见义勇为先进集体和先进个人的决定"


def test_a_short_line_under_an_info_row_that_does_not_fill_the_line_is_no_part_of_it() -> None:
    """Near case: the row is shorter than the width, so nothing was cut off it."""
    page = [*NOTICE_PAGE[:3], "内容概况 见义勇为表彰决定", "某市人民政府关于表彰全市见义勇为先进集体和先进个人的决定",
            *NOTICE_PAGE[4:]]
    assert parse(_wrap_page(page, 24)).title == "某市人民政府关于表彰全市见义勇为先进集体和先进个人的决定"


def test_a_title_glued_to_its_salutation_reads_the_same_in_a_pdf_copy() -> None:
    """「……讲话同志们：今天，……」 wrapped: the piece after the title ends where its physical
    line does, so the next line goes on it and the salutation still opens the first paragraph."""
    page = ["市长在全市优化营商环境推进会上的讲话同志们：今天，我们召开全市优化营商环境推进会，主要任务是"
            "分析当前我市营商环境建设中的短板弱项，研究部署下一阶段重点工作。",
            "一、提高站位，深刻认识优化营商环境的重要性",
            "营商环境是一个地方经济软实力和综合竞争力的重要体现，各级各部门要高度重视。",
            "二、突出重点，全力打造一流营商环境",
            "要深化审批制度改革，提升政务服务水平，切实降低企业制度性交易成本，让企业办事更方便。"]
    clean = "\n".join(page) + "\n"
    assert parse_outline(clean)["salutation"] == "同志们"
    for width in (26, 29, 32):
        assert reading(_wrap_page(page, width)) == reading(clean), width


def test_a_metadata_row_ending_in_a_value_and_a_timestamp_under_a_title_stay_apart() -> None:
    """Near cases of the wrapped noise row: a row as long as the line that ends in a code
    (「来源: sp2024110」) was not cut, so the title under it is the title; and a timestamp
    under a title that fills the line is the page's, not the title's last piece."""
    width = 24
    title = "国务院关于推动某地高质量发展奋力书写新篇章的意见"  # (as long as the line: 24)
    body = ["各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "为支持某地高质量发展，现提出如下意见。这些意见要认真贯彻落实，确保各项任务落到实处。",
            "一、总体要求",
            "以新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，推动高质量发展取得新成效。"]
    row = "发布时间:2024-11-01 来源:sp2024110"  # (24 characters, ends in a code)
    page = _wrap_page([row, title, *body], width)
    assert parse(page).title == title
    stamped = _wrap_page([title, "06.05.2014 20:16", *body], width)
    assert parse(stamped).title == title


def test_a_footnote_that_is_an_editors_note_is_noise_and_a_circled_item_is_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ["① 本文根据现场录音整理，未经本人审阅。", "注：①本文系作者在会议上的讲话，发表时有删节。",
              "注：本文据会议录音整理。", "※本文转自某县人民政府门户网站。"]:
        assert is_noise(c), c
    for c in ["①本文件所称企业，是指在本县登记的企业。", "①根据上级部署，开展专项整治。", "① 首页",
              "注：各乡镇于月底前报送。", "①本文"]:
        assert not is_noise(c), c


def test_an_exports_placeholders_and_a_seal_pages_lines_and_their_look_alikes() -> None:
    from speechparse.page.facts import is_sign_off
    from speechparse.page.noise import is_noise

    for c in ["[此处为图片3]", "（表格）", "[此处为表格1]", "【图片2】"]:
        assert is_noise(c), c
    for c in ["[图1]", "此处为图片说明", "一、图片管理", "表格填报要求"]:
        assert not is_noise(c), c
    for c in ["某 县 人 民 政 府", "（此页无正文）", "（此处有印章）", "（印章）"]:
        assert is_sign_off(c), c
    for c in ["政 府 工 作 报 告", "（此处有删节）", "谢 谢 大 家"]:
        assert not is_sign_off(c), c


def test_a_collections_count_before_a_title_is_cut_off_and_a_parts_heading_is_no_title() -> None:
    from speechparse.page.facts import clean_title
    from speechparse.page.title import is_title_candidate

    assert clean_title("第1篇 在全区冬季消防安全工作会议上的讲话") == "在全区冬季消防安全工作会议上的讲话"
    assert clean_title("第二篇：某街道2024年工作总结") == "某街道2024年工作总结"
    assert is_title_candidate("第1篇 在全区冬季消防安全工作会议上的讲话")
    for c in ["第一篇　发展基础和总体要求", "第3篇", "第二篇 构建现代产业体系"]:
        assert not is_title_candidate(c), c


def test_a_table_set_one_cell_a_line_is_metadata_and_a_lone_key_or_a_sentence_is_not() -> None:
    from speechparse.lines import split_lines
    from speechparse.page.fieldtable import field_tables

    def marked(text: str) -> list[str]:
        lines = split_lines(text)
        noise = [False] * len(lines)
        field_tables(lines, noise)
        return [ln.content for ln in lines if noise[ln.index]]

    assert marked("标题\n索引号\n0140/2023-04570\n\n主题分类\n综合政务\n正文第一段。") == [
        "索引号", "0140/2023-04570", "主题分类", "综合政务"]
    assert marked("标题\n签发：\n张某\n核稿\n李某\n") == ["签发：", "张某", "核稿", "李某"]
    assert marked("标题\n签发\n张某\n正文第一段。") == []  # (one key alone: no table)
    assert marked("密级\n这份材料要妥善保管。\n份数\n按人头印制。") == []  # (a sentence is no value)


def test_an_office_systems_opinion_and_an_internal_use_note_are_noise_and_their_look_alikes_are_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ["意见：已阅。请各科室认真学习贯彻。　张某　2024-05-16", "审批意见：同意。 李某 2024/5/16 09:12",
              "以上内容仅供内部学习使用，请勿外传", "以上材料仅供参考。"]:
        assert is_noise(c), c
    for c in ["意见：各单位要认真贯彻。", "意见：请于2024-05-16前报送。", "本次培训资料仅供内部使用",
              "以上内容请各单位认真学习。"]:
        assert not is_noise(c), c


def test_a_media_players_remnant_and_a_platforms_notes_are_noise_and_their_look_alikes_are_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ["▶ 00:00 / 01:32　视频加载中…", "00:00 / 02:45　听新闻　倍速 1.0x", "（新闻客户端视频截图）",
              "APP内查看高清大图", "本文音频由AI朗读", "预览时标签不可点", "听全文　约8分钟", "阅读本文大约需要5分钟"]:
        assert is_noise(c), c
    for c in ["会议在10:30 / 11:30分两场举行。", "（试点名单见附件）", "本文由三部分组成。", "阅读本文时要注意三点"]:
        assert not is_noise(c), c


def test_a_blogs_menu_and_a_collections_tag_are_noise_and_a_tables_header_row_is_not() -> None:
    from speechparse.page.menu import is_menu
    from speechparse.page.noise import is_noise

    assert is_menu("某某的博客　|　首页　|　归档　|　分类　|　关于")
    assert is_menu("某县农业农村局　|　首页　机构概况　新闻动态　政务公开　办事服务")  # (the site, then its menu)
    assert is_noise("合集 #领导讲话 23个")
    for c in ["序号 | 分类 | 金额", "序号　单位　金额　备注", "在全县春耕生产会议上的讲话　|　某县人民政府",
              "某县农业农村局　|　春耕生产　田间管理　农机调度"]:
        assert not is_menu(c), c
    assert not is_noise("合集里有23个")


def test_a_forums_junk_strewn_after_a_lines_text_is_set_aside_and_a_texts_own_latin_is_not() -> None:
    from speechparse.lines import split_lines

    for raw, content in [('怎样写《请示》* k2 Q8 M" x1 u) _- f#', "怎样写《请示》"),
                         ("关于××××的请示4 S5 c/ V: |; I4 ]", "关于××××的请示"),
                         ("附件 1 2 3", "附件 1 2 3"), ("我们学习了 A B C D", "我们学习了 A B C D"),
                         ("2024年工作总结 PPT", "2024年工作总结 PPT"),
                         ("一、认清形势，增强紧迫感 范文网,公文写作文库", "一、认清形势，增强紧迫感"),
                         ("　　今天召开会议，我讲两点意见。 公文范文网 www.example.cn", "今天召开会议，我讲两点意见。"),
                         ("二、提升能力　加强公文写作", "二、提升能力　加强公文写作"),
                         ("请各单位登录官网查询 www.gov.cn", "请各单位登录官网查询 www.gov.cn"),
                         ("您的位置:某某书屋 > 范文大全 > 经典范文 > 发函格式 正文",
                          "您的位置:某某书屋 > 范文大全 > 经典范文 > 发函格式 正文")]:
        assert split_lines(raw)[0].content == content, raw


def test_a_reviewers_comment_is_noise_and_a_line_about_comments_is_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ["【批注】李某：此处数字请再核实", "〔修订〕删除了：“进一步”", "批注 [A1]: 数据待核"]:
        assert is_noise(c), c
    for c in ["【修订说明】本版修改了三处", "批注工作要认真", "修订后的办法自公布之日起施行。"]:
        assert not is_noise(c), c


def test_a_table_of_contents_label_is_no_title_candidate_and_a_title_that_opens_with_it_is() -> None:
    from speechparse.page.title import is_title_candidate

    for c in ["目录", "目 录", "目錄", "【目录】", "目录："]:
        assert not is_title_candidate(c), c
    for c in ["目录管理办法", "政府信息公开目录编制规范"]:
        assert is_title_candidate(c), c



def test_note_app_and_reader_and_mail_chrome_is_noise_and_its_look_alikes_are_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ["工作空间 / 办公室 / 领导讲话 / 2024", "[[领导讲话索引]]", "反向链接", "书签：1 会议讲话　2 工作部署",
              "已为您打开“讲话全文.pdf”，上次阅读到第1页", "文档由扫描件生成，文字可能存在识别错误",
              "此邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。", "【此处为手写签名】"]:
        assert is_noise(c), c
    for c in ["一、加强 / 改进工作", "收入/支出", "此处为重点。", "各单位要把反向链接的问题查清楚。",
              "此次会议很重要。"]:
        assert not is_noise(c), c


def test_page_numbers_with_a_word_fields_residue_are_page_numbers_and_their_look_alikes_are_not() -> None:
    from speechparse.pagenumbers import is_page_number

    for c in ["页码 1 / 9", "1 \\* MERGEFORMAT", "3 \\* Arabic", "- 4 - SECTIONPAGES", "第 3 页 共 NUMPAGES 页",
              "· 校报 · 3"]:
        assert is_page_number(c), c
    for c in ["3 * 5 = 15", "第3条", "2024 \\* 年度", "页码管理"]:
        assert not is_page_number(c), c


def test_a_print_headers_clock_is_no_titles_and_a_title_with_a_school_year_is() -> None:
    from speechparse.page.title import is_title_candidate

    assert not is_title_candidate("24/05/22 下午2:18　讲话全文 - 某某市人民政府门户网站")
    assert not is_title_candidate("24-5-22 14:05　某县人民政府")
    for c in ["关于2024/25学年工作的通知", "在全县24个乡镇推进会上的讲话"]:
        assert is_title_candidate(c), c



def test_app_reader_and_screenshot_chrome_and_their_look_alikes() -> None:
    from speechparse.page.noise import is_noise
    from speechparse.pagenumbers import is_page_number

    for c in ["点赞 1.2万　评论 356　分享 1024", "— 来自微信读书", "2024/05/22 发表想法", "划线 12　想法 3",
              "以下内容由AI识别，请核对", "识别结果仅供参考，请以原件为准"]:
        assert is_noise(c), c
    for c in ["点赞是一种鼓励", "我们要读原件，不要只看摘要。", "划线要清楚"]:
        assert not is_noise(c), c
    assert is_noise("12个笔记") and not is_noise("做了12个笔记。")
    for c in ["长图 5/6", "第2屏", "— 截图2 —", "丨5丨", "（总第620页）"]:
        assert is_page_number(c), c
    for c in ["截图功能", "第2屏幕"]:
        assert not is_page_number(c), c


def test_database_and_excerpt_chrome_is_noise_and_its_look_alikes_are_not() -> None:
    from speechparse.page.noise import is_noise

    for c in ["摘录自《领导讲话汇编（2024）》", "本库数据仅供参考，以正式出版物为准", "【法宝联想】", "【下载PDF】",
              "【发布部门】某市人民政府　【发布日期】2024.05.20　【时效性】现行有效"]:
        assert is_noise(c), c
    for c in ["摘录自己的心得", "法宝联想功能很好用。", "要以正式文件为依据。"]:
        assert not is_noise(c), c


def test_a_two_crumb_trail_is_a_breadcrumb_and_a_comparison_is_not() -> None:
    from speechparse.page.noise import is_breadcrumb

    for c in ["本期目录 > 特稿", "首页 > 正文", "公文写作>"]:
        assert is_breadcrumb(c), c
    for c in ["我们要看到 A > B 的情况", "2 > 1", "一、收入 > 支出"]:
        assert not is_breadcrumb(c), c



def test_a_number_beside_a_label_between_two_page_numbers_is_a_page_number_and_an_item_is_not() -> None:
    from speechparse.classify import classify
    from speechparse.lines import split_lines

    body = "据气象部门预测今年主汛期我县降水偏多出现区域性强降"
    pages = ["关于全县防汛备汛工作的讲话", "同志们："] + [body] * 10 + ["— 1 —"] + [body] * 12 + ["2　学习资料"] \
        + [body] * 12 + ["— 3 —"] + [body] * 3 + ["谢谢大家！"]
    text = "\n".join(pages) + "\n"
    lines = split_lines(text)
    classify(lines, text)
    assert [ln.kind for ln in lines if ln.content == "2\u3000学习资料"] == ["noise"]
    # (no page numbers around it, under a sentence that has ended: an item; between two pieces of one
    # sentence it would be a page's number all the same, see the outline fixtures)
    near = text.replace("— 1 —\n", "").replace("— 3 —\n", "").replace(body + "\n2\u3000", body + "。\n2\u3000")
    lines = split_lines(near)
    classify(lines, near)
    assert [ln.kind for ln in lines if ln.content == "2\u3000学习资料"] != ["noise"]


def test_a_page_number_beside_a_coded_field_inside_a_sentence_is_furniture() -> None:
    """「2　索引号：11400000MB0123456X」 at the one page break inside a point: a page number beside its
    site's field (its value in Latin letters and digits), then the next page's header."""
    text = wrapped(24, breaks=(12,), number="{n}　索引号：11400000MB0123456X", header="某省人民政府　政府信息公开专栏")
    assert reading(text) == reading(CLEAN)


_VIEWER_HEAD = [
        "青山地区行政公署办公室会议管理实施细则及纪要式样.docx",
        "- 文档编号:5043956",
        "- 上传时间:2022-12-12",
        "- 格式:DOCX",
        "- 页数:9",
        "- 大小:24.26KB",
        "青山地区行政公署办公室会议管理实施细则及纪要式样.docx",
        "《青山地区行政公署办公室会议管理实施细则及纪要式样.docx》由会员分享,",
        "可在线阅读,更多相关《青山地区行政公署办公室会议管理实施细则及纪要式样.d",
        "ocx(9页珍藏版)》请在某某网上搜索。",
        "青山地区行政公署办公室会议管理实施细则及纪要式样",
        "青山地区行政公署办公室关于印发青山地区行政公署办公室公文处理实施细则及文种",
        "式样的通知",
        "(青署办发〔2023〕12号)",
        "各县人民政府,行署各委、办、局,各大企业:",
        "根据工作需要,我们对原有会议管理办法进行了修改和完善,现将修改完善后的《青",
        "山地区行政公署办公室会议管理细则及纪要式样》印发给你们,望认真贯彻执行。",
        "二○二三年六月五日",
        "青山地区行政公署办公室会议管理实施细则及纪要式样",
        "第一章 总则",
        "第一条 为规范会议管理,提高会议效率,制定本细则。",
        "第二条 本细则适用于行署各部门。",
]


def test_a_sites_blurb_cut_inside_a_book_title_goes_on_past_an_ascii_letter() -> None:
    """「……《……纪要式样.d」 / 「ocx(9页珍藏版)》请在某某网上搜索。」: a noise line as wide as the page that
    leaves 《 open goes on, whatever character the cut left at its end (no value's letter: a name's)."""
    text = "\n".join(_VIEWER_HEAD) + "\n"
    ls = split_lines(text)
    classify(ls, text)
    assert [ln.kind for ln in ls if ln.content.startswith("ocx(")] == ["noise"]
    # near case: the same line under a line that closed its 《》 is a line of its own
    text = text.replace("纪要式样.d\nocx(", "纪要式样》\nocx(")
    ls = split_lines(text)
    classify(ls, text)
    assert [ln.kind for ln in ls if ln.content.startswith("ocx(")] != ["noise"]


@pytest.mark.parametrize("number", ["第{n}页\u3000秘密★", "— {n} —\u3000提取码 k7m2"])
def test_a_page_number_with_a_mark_beside_it_inside_a_sentence_is_furniture(number: str) -> None:
    """A page number, a space and a short mark (a secrecy mark, a share code) at the one page break inside a
    point, then the page's header: no piece of the point (near case: 「3　加强组织领导」 under an ended
    sentence is an item, see test_page_numbers_with_no_running_header_keep_every_piece_of_text)."""
    text = wrapped(24, breaks=(12,), number=number, header="内部资料\u3000注意保存")
    assert reading(text) == reading(CLEAN)



def lost_indents(width: int) -> str:
    """A PDF copy that lost its paragraphs' two-character indent: each first piece is two short of the width."""
    out: list[str] = []
    for para in PARAGRAPHS:
        out.append(para[:width - 2])
        rest = para[width - 2:]
        out += [rest[i:i + width] for i in range(0, len(rest), width)]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width", range(18, 34))
def test_a_copy_that_lost_its_indents_reads_as_the_clean_text(width: int) -> None:
    """Its first pieces are no paragraph's end: most lines two short of the page's lines open a paragraph."""
    assert reading(lost_indents(width)) == reading(CLEAN)
