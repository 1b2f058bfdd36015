"""Edges of a hard-wrapped copy: the width told among near lengths, a number's unit cut off
onto a line of its own, and a page number in brackets on a copy with one page break."""

from __future__ import annotations

from speechparse import parse_outline

W = 29
BODY = ("今年以来，全县上下认真贯彻落实各项决策部署，扎实推进重点工作，经济社会发展取得明显成效，"
        "主要指标好于预期，为完成全年目标任务打下了坚实基础。")


def cut(s: str, w: int = W) -> list[str]:
    return [s[i:i + w] for i in range(0, len(s), w)]


def titles(text: str) -> list[str]:
    return [s["title"] for s in parse_outline(text)["sections"]]


def test_a_heading_a_character_short_of_the_width_stands_alone_when_most_lines_reach_the_width() -> None:
    first = "一、新民主主义革命时期（1919—1949年）：救国大业"
    assert len(first) == W - 1
    second = "二、社会主义革命和建设时期（1949—1978年）：改天换地"
    third = "三、改革开放和社会主义现代化建设新时期（1978年—党的十八大）：翻天覆地"
    assert len(second) > W and len(third) > W
    last = "这一时期的成就为后续发展奠定了坚实物质基础和制度基础。"  # a paragraph's last piece, two short
    assert len(last) == W - 2
    text = "\n".join(["党史学习教育专题讲课整理稿", *cut(BODY), first, *cut("1919年五四运动爆发，" + BODY),
                      *cut(second), *cut(BODY), last, *cut(third), *cut(BODY)]) + "\n"
    assert titles(text) == [first[2:], second[2:], third[2:]]
    # near miss: a heading that fills the line exactly, over a full line, runs into its text as its
    # siblings do where they all run in
    runs = [h + "。" + BODY for h in ("一、坚持稳中求进", "二、坚持改革创新", "三、坚持系统观念")]
    text = "\n".join(["关于经济工作的报告", *cut(BODY), *(p for r in runs for p in cut(r))]) + "\n"
    assert titles(text) == ["坚持稳中求进", "坚持改革创新", "坚持系统观念"]


def test_a_units_sign_cut_off_onto_a_line_of_its_own_ends_its_paragraph() -> None:
    para = ("旅居人数增长百分之四十一点四，接待入境过夜游客增长百分之五十一点八，"
            "全年接待游客人次、实现旅游总花费分别增长11.5")
    assert len(para) % W == 0  # its last piece fills the line
    text = "\n".join(["在全省经济工作会议上的报告", *cut(BODY), "一、过去一年的工作", *cut(BODY), *cut(para),
                      "%。", "（一）产业发展提质增效", *cut(BODY), "（二）改革开放持续深化", *cut(BODY)]) + "\n"
    o = parse_outline(text)
    assert [c["title"] for c in o["sections"][0]["children"]] == ["产业发展提质增效", "改革开放持续深化"]
    # near miss: a sign that is not a paragraph's last piece (the line before it not full) stays page noise
    text = text.replace("\n%。\n", "\n%\n").replace(cut(para)[-1], "总花费增长")
    assert [c["title"] for c in parse_outline(text)["sections"][0]["children"]] == \
        ["产业发展提质增效", "改革开放持续深化"]


def test_a_lone_page_number_in_brackets_keeps_count_with_the_top_of_the_page() -> None:
    head = ["在全市防汛工作会议上的讲话", "同志们："]
    page_one = [*head, *cut(BODY) * 5, "一、提高认识，增强责任感", *cut(BODY) * 4]
    assert 10 <= len(page_one) <= 80
    text = "\n".join([*page_one, "(1)", "市防汛办编印(2024.06)", *cut(BODY) * 3,
                      "二、突出重点，抓好各项措施", *cut(BODY)]) + "\n"
    sections = parse_outline(text)["sections"]
    assert [s["marker"] for s in sections] == ["一、", "二、"] and sections[0]["children"] == []
    # near miss: the same lone item four lines down, too near the top to be page one's end, is an item
    text = "\n".join([*head, "一、提高认识，增强责任感", "主要有一项：", "(1)", "市防汛办编印(2024.06)",
                      *cut(BODY) * 3, "二、突出重点，抓好各项措施", *cut(BODY)]) + "\n"
    assert [c["marker"] for c in parse_outline(text)["sections"][0]["children"]] == ["(1)"]
    # near miss: with its sibling 「(2)」 on the page it is a list, not a page number
    text = "\n".join([*page_one, "(1)", "市防汛办编印(2024.06)", *cut(BODY) * 3, "(2)", "做好物资储备",
                      *cut(BODY), "二、突出重点，抓好各项措施", *cut(BODY)]) + "\n"
    assert [c["marker"] for c in parse_outline(text)["sections"][0]["children"]] == ["(1)", "(2)"]


def test_lines_of_one_length_beside_long_paragraphs_are_no_wrap() -> None:
    long_para = BODY * 2
    title = "在全镇二〇二四年经济工作会议上讲话"
    heading = "一、回顾过去一年，提振全镇发展信心"
    credits = ["【家校共育】暑假安全致全体家长的信", "欢迎各位家长朋友转发给身边的家人！",
               "【校园快讯】我校在市级比赛中获佳绩"]
    assert {len(title), len(credits[0]), len(credits[1]), len(credits[2])} == {len(heading)}
    text = "\n".join([title, "同志们：", long_para, "下面，我讲三个方面的意见：", heading, long_para, long_para,
                      "2024年是全镇党的建设大", "～完～", *credits]) + "\n"
    assert titles(text) == ["回顾过去一年，提振全镇发展信心"]
    # near miss: a wrapped copy of the same length with one line far longer (a link) is still wrapped
    w = len(heading) + 1
    rows = [title, "同志们：", *cut(long_para, w), "https://example.com/" + "a" * 40, heading,
            *cut(long_para, w), *cut(long_para, w)]
    o = parse_outline("\n".join(rows) + "\n")
    assert [(s["title"], s["line"]) for s in o["sections"]] == [(heading[2:], rows.index(heading) + 1)]
    assert o["closing"] is None  # (the pieces of the last paragraph are one paragraph, not a closing)
    # and so is its one-line scrape, and its Markdown export with links under it (a scrape's last piece
    # is measured by its whole line; a link is no paragraph)
    long_heading = "二、聚焦重点任务，全力推动全镇经济社会高质量发展"
    assert len(long_heading) > w
    rows = [title, "同志们：", long_para, *cut(long_heading, w), *cut(BODY[:40], w)]  # (one paragraph
    # copied whole is no sign; nor is a scrape's last piece, measured by its whole line)
    for form in ("\u3000\u3000".join(rows) + "\n",
                 "\n".join([*rows, "", "[返回首页，查看更多精彩内容](https://example.com/?from=0001)",
                             "![打开客户端看高清大图](https://example.com/img/abcdef0123456789)"]) + "\n"):
        assert titles(form) == [long_heading[2:]]


def test_a_running_header_with_a_latin_name_and_its_comma_is_dropped() -> None:
    def points(header: str) -> list[str]:
        rows = ["在全市防汛抗旱工作会议上的讲话", "同志们：", "这次会议的主要任务是分析当前汛情形势，部署今年防汛抗旱",
                "工作。我讲两点意见。", "一、认清形势，绷紧防汛这根弦",
                "当前防汛工作还存在不少薄弱环节：第一，部分水库病险隐患尚",
                "未彻底消除；第二，基层应急队伍的专业能力与实战要求相比还有", "— 3 —", header,
                "较大差距。对此，我们必须保持清醒头脑，切实把各项措施落到实处。", "二、压实责任，织密防控网络",
                "各级河长、库长要靠前指挥，做到守土有责、守土尽责，确保安全度汛。"]
        o = parse_outline("\n".join(rows) + "\n")
        return [p["title"] for p in o["sections"][0]["points"]]

    assert points("Demo Group Co., Ltd.　内部资料") == ["部分水库病险隐患尚未彻底消除",
                                                    "基层应急队伍的专业能力与实战要求相比还有较大差距"]
    # and a comma between Chinese words: shorter than the pieces around it and ending no sentence, the line
    # cannot be the paragraph's next piece (which fills the line) or its last (which ends a sentence)
    assert points("集团公司，内部资料")[1].endswith("还有较大差距")
    # near miss: ending a sentence, it is the paragraph's last piece, and the text's own
    assert points("较大差距，亟待补齐。")[1].endswith("还有较大差距，亟待补齐")


def _items_page(items: list[str]) -> str:
    return "\n".join(["关于开展集中接访活动的公告", *cut(BODY), "现就有关事项公告如下：",
                      *(p for it in items for p in cut(it)), *cut(BODY), "某县人民政府办公室", "2024年1月18日"]) + "\n"


def test_a_list_item_cut_by_the_wrap_keeps_its_rest_when_its_siblings_end_in_semicolons() -> None:
    last = "3.接访人员：县委书记率县委、县人大、县政府、县政协领导和各乡镇、开发区、县直部门及各村党组织负责人。"
    items = ["1.时间：1月22日上午9时至11时；", "2.地点：各乡镇人民政府大院内；", last]
    assert len(last) > W and len(items[0]) < W
    titles_ = [c["title"] for c in parse_outline(_items_page(items))["sections"]]
    assert titles_[-1] == last[2:].rstrip("。")
    # near miss: siblings that are titles standing alone (no 「；」) keep a full heading line's own
    # title, and the short piece under it is its title's end, not a sentence that runs on
    titled = ["1.接访时间", "2.接访地点", "3.接访人员和县直部门及各村党组织负责人名单及其联系方式一览表（附后）",
              ]
    o = parse_outline(_items_page(titled))
    assert [c["title"] for c in o["sections"]] == [t[2:] for t in titled]


def test_a_piece_that_opens_on_a_closing_mark_goes_on_the_heading_line_above() -> None:
    item = "1、市中院2、市检察院3、公安局4、市司法局5、市人事局6、市民政局7、市监察局8、市总工会9、市妇联10、市侨联。"
    assert item[W] == "、" and len(item) == 2 * W  # the comma after 「6」 opens the next line, and that is full
    text = "\n".join(["在联系单位座谈会上的主持词", *cut(BODY), "发言顺序：", *cut(item), *cut(BODY)]) + "\n"
    assert titles(text) == [item[2:-1]]


def test_a_page_number_between_a_heading_line_and_its_rest_is_no_end_of_its_title() -> None:
    runs = [h + BODY for h in ("（一）精心准备阶段：成立工作领导小组，编制建设规划",
                               "（二）全面实施阶段：根据领导小组的安排，全面实施建设规划",
                               "（三）自查整改阶段：各乡镇、相关部门收集完善创建资料")]
    pieces = [cut(r) for r in runs]
    page = [*pieces[0], *pieces[1], pieces[2][0], "1", "会议材料之二", *pieces[2][1:]]
    text = "\n".join(["生态县创建实施方案", *cut(BODY), "一、工作步骤", *page]) + "\n"
    children = parse_outline(text)["sections"][0]["children"]
    assert [len(c["title"]) > W for c in children] == [True, True, True]


def test_a_link_cut_by_the_wrap_is_page_noise_on_both_lines() -> None:
    link = "本文链接：https://www.ex.cn/a/3208" + "86.html"  # its rest reads as 「86.」
    assert W < len(link) < 2 * W and cut(link)[1][0].isdigit()
    text = "\n".join(["主题党课讲稿", "同志们：", *cut(BODY), "首先，我们了解一下党员政治生日的概念", *cut(BODY),
                      *cut(link), "您需要登录后才可以发表评论"]) + "\n"
    assert parse_outline(text)["sections"] == []
    # near miss: a full line that ends in a number with no link in it keeps the line under it its own
    text = text.replace(link[:W], "本文发表于2020年5月8日，阅读量为3208").replace("86.html", "86.统计口径说明")
    assert [s["marker"] for s in parse_outline(text)["sections"]] == ["86."]


def test_a_short_line_that_ends_no_sentence_after_a_full_one_that_does_is_its_own() -> None:
    para = BODY + "今天我以党课的形式，同大家一起学习、领悟、共勉，这样一个重要的时刻理应被我们每个人深深铭记。"
    assert len(para) % W == 0
    text = "\n".join(["主题党课讲稿", *cut(para), "首先，我们了解一下党员政治生日的概念", *cut(BODY),
                      "第二，我们讲一下党员过政治生日的必要性", *cut(BODY)]) + "\n"
    assert parse_outline(text)["points"] == []
    # near miss: the short line ends a sentence: it is the paragraph's last piece (opened by a word
    # that is no ordinal: 「首先」 inside the paragraph stands for the run's first, see inline.note_first_word)
    text = text.replace("的概念\n", "的概念。\n").replace("首先，", "下面，")
    assert parse_outline(text)["points"] == parse_outline(text.replace("下面，", "第一，"))["points"][1:]


def test_an_appended_documents_title_cut_by_the_wrap_is_read_whole() -> None:
    title = "某某县关于进一步加强和改进农村人居环境整治工作的实施细则（试行）"
    assert W < len(title) < 2 * W
    speech = ["在全县人居环境整治工作会议上的讲话", "同志们：", *cut(BODY), "一、统一思想", *cut(BODY),
              "二、狠抓落实", *cut(BODY), "同志们，让我们共同努力！"]
    text = "\n".join([*speech, "附件", *cut(title), *cut(BODY), "一、总体要求", *cut(BODY)]) + "\n"
    assert [a["title"] for a in parse_outline(text)["appendices"]] == [title]
