"""Page lines of vocabularies the reader had not met (pages.py forms with new noise): around a speech,
each reads as page furniture, so the speech reads as it does alone; each has a near case that is the
text's own and stays so."""

from __future__ import annotations

import pytest

from speechparse import parse_outline
from speechparse.page.noise import is_noise

from . import test_page_forms as forms

TITLE = "在全县经济工作会议上的讲话"
BODY = ("同志们：\n今天召开全县经济工作会议，主要任务是总结去年工作，部署今年任务。\n一、关于去年的工作\n"
        "过去一年，全县上下攻坚克难，经济运行稳中有进。\n二、关于今年的任务\n要抓项目、促投资、稳增长。\n")
CLOSING = "同志们，让我们团结一心、真抓实干，奋力完成全年目标任务！"
SPEECH = f"{TITLE}\n{BODY}{CLOSING}\n"


def reading(text: str) -> tuple[object, ...]:
    o = parse_outline(text)
    return (o["title"], o["salutation"], o["genre"], (o["closing"] or {}).get("text"), o["date"],
            [(s["marker"], s["title"]) for s in o["sections"]], o["appendices"])


ALONE = reading(SPEECH)


@pytest.mark.parametrize("line", [
    "△3月18日，全省经济工作会议在长沙召开。",  # a photo caption, its pointer a hollow triangle
    "▼ 会议现场",
    "觉得不错，请点赞↓↓↓",  # a post's call to like it
    "本文由某市融媒原创，欢迎关注，带你一起长知识！",  # an account's mark on its post
    "02 | 这些民生实事，今年要办好", "1. [我校召开2024年暑期工作会议](../info/1002/1234.htm)",  # other articles
    "VIP专享文档，开通VIP免费下载",  # a document site's banner
    '![](media/image2.jpeg){width="5.768in" height="3.2in"}',  # pandoc's image with its size
    "[打开掌上某市APP，阅读全文](https://m.example.cn/app?id=240516)",  # a news site's banner for its app
    "著作权归作者所有，转载请联系作者获得授权。", "*本文首发于知乎专栏「公文写作」*", "「真诚赞赏，手留余香」",
    "还没有评论，发表第一个评论吧", "文章知识点与官方知识档案匹配，可进一步学习相关知识",  # a blog platform's
    "此文档已设置水印，仅限内部传阅", "阅读人：张三、李四、王五（共28人）",  # an office system's
    "▶ 某区这条地铁，最新进展来了！", "▶ 注意！这些路段明起临时封闭", "01 某县这所小学，入选全国名单！",
    "· 如何写好一篇调研报告？", "在全市宣传工作会议上的讲话范文",  # a list of other pages: a bullet, a number, a title
    "> 本文档由飞书文档导出，最后更新于 2025-03-01 10:20",  # a note app's export note
    "↑会前，与会人员集中观看了警示教育片。",  # a caption pointing up at its photo
])
def test_a_line_under_the_closing_is_page_furniture(line: str) -> None:
    assert reading(f"{SPEECH}{line}\n") == ALONE
    assert reading(f"{CLOSING}\n{line}\n") == reading(f"{CLOSING}\n")  # (a closing alone, as a post's last words)


def test_a_slogan_with_no_bullet_under_the_appeal_is_the_speakers() -> None:
    assert reading(f"{SPEECH}奋进新征程，建功新时代！\n")[3] == f"{CLOSING}\n奋进新征程，建功新时代！"


@pytest.mark.parametrize("line", ["本文由县委办公室整理。", "会员单位要积极参与", "1.加强领导", "内容要详实",
                                  "各地要转载请联系宣传部门的文件精神", "本文发表于2023年第5期。"])
def test_words_of_the_text_like_them_are_text(line: str) -> None:
    assert not is_noise(line)


def test_a_notice_that_the_rest_is_behind_a_login_still_cuts_the_text() -> None:
    assert reading(f"{SPEECH}登录后阅读全文\n")[3] is None


@pytest.mark.parametrize("line", [
    "△ 5月16日，县委书记王某某在会上讲话", "会议现场", "图1　会议现场", "调研剪影", "视频加载中...",  # captions
    "图2：2024年经营目标完成情况", "新华社发", "资料图片",  # a figure's caption, a photo's source
    "张三 分享了「经营工作会议讲话材料」",  # a document app's share notice
    "【图】本期党课现场", "【图】讲话现场", "党课现场",  # a scene a speech or a lesson took place in, tagged or not
    "资料图片：视觉中国",  # where a stock photo came from
    "文/县委宣传部 图/融媒体中心 王小明　编辑/李华　审核/赵强",  # a post's credits, a group and its member in one
    "点击上方“桐庐先锋”，关注我们吧！",  # an account's prompt to follow it, with a comma in it
])
def test_a_line_under_the_title_is_not_the_title(line: str) -> None:
    assert reading(f"{TITLE}\n{line}\n{BODY}{CLOSING}\n") == ALONE
    bare = "强化干部管理落实工作责任"  # (under a title that names no kind, nearer the text)
    assert reading(f"{bare}\n{line}\n{BODY}")[0] == bare


@pytest.mark.parametrize("line", ["深入一线察看项目现场", "把问题解决在现场", "全县安全生产现场会", "深入党课现场会",
                                  "图2：各地要统一思想，提高认识。", "新华社发表评论员文章"])
def test_a_scene_named_in_the_texts_words_is_text(line: str) -> None:
    assert not is_noise(line)


@pytest.mark.parametrize("line", [
    "讲话全文如下↓", "学习时刻 | 讲话全文来了", "一起来看↓",  # a post's lead-in to the text under it
    "请输入搜索", "选择搜索类型", "请输入关键词...", "正文复制", "文章播报",  # a search box, a copy button, a player
    "领导讲话稿范文（精选5篇）.docx",  # a document site's file of a collection (a file of one text names it)
    "政务公开　|　领导讲话",  # a column's path, its section then the column
    "> 文章内容", "新闻详情",  # a page's label over its text
])
def test_a_line_over_the_title_is_not_the_title(line: str) -> None:
    assert reading(f"{line}\n{SPEECH}") == ALONE
    assert reading(f"{line}\n发言稿\n{BODY}") == reading(f"发言稿\n{BODY}")  # (over a title that is a bare kind)


@pytest.mark.parametrize("line", ["现将全文印发如下：", "让我们为他们点赞！", "严禁复制", "请输入正确的统计数据。",
                                  "要点击率，更要关注质量。", "点击查看后，我们要关注民生。"])
def test_a_notices_own_words_and_an_appeal_are_text(line: str) -> None:
    assert not is_noise(line)


def test_numbered_headings_a_triangle_decorates_stay_headings() -> None:
    o = parse_outline(f"{TITLE}\n同志们：\n一、关于去年的工作\n▲1.加强领导\n要加强领导。\n△2.狠抓落实\n要狠抓落实。\n")
    assert [(c["marker"], c["title"]) for c in o["sections"][0]["children"]] == [("1.", "加强领导"), ("2.", "狠抓落实")]



@pytest.mark.parametrize("breaks", [(13,), (19,)])
@pytest.mark.parametrize("number", ["・{n}・", "·{n}·"])  # (a katakana middle dot, as OCR and some fonts give it)
def test_a_page_number_framed_by_middle_dots_at_one_page_break_is_dropped(number: str, breaks: tuple[int]) -> None:
    assert forms.reading(forms.wrapped(24, breaks=breaks, number=number)) == forms.reading(forms.CLEAN)


@pytest.mark.parametrize("breaks", [(12,), (13,), (18,), (19,)])
@pytest.mark.parametrize("header", ["本文档下载自文库，仅供学习参考", "仅供参阅，不得外传"])
def test_a_header_with_a_clause_mark_at_one_page_break_inside_a_paragraph_is_dropped(header: str,
                                                                                  breaks: tuple[int]) -> None:
    """Shorter than the paragraph's pieces around it and ending no sentence, it cannot be the paragraph's
    next piece (which would fill the line), comma or none.  (Between a heading's pieces, where the
    heading's short rest follows it, only repetition tells a header: break 6 is not asserted.)"""
    assert forms.reading(forms.wrapped(24, breaks=breaks, header=header)) == forms.reading(forms.CLEAN)


def test_a_running_header_opening_on_an_ordinal_between_a_points_pieces_leaves_the_points() -> None:
    """A page break between 「一」 and 「是」 of a hard-wrapped paragraph, a site's header 「第一范文网……」 after
    the page number: the header is no piece of the paragraph, and its points are read whole."""
    paras = ["在全县政法工作会议上的讲话", "同志们：", "一、全面加强队伍建设",
             "按照总体思路，全面推进队伍建设，努力建设一支政治坚定、业务精通、作风优良队伍。一是始终坚持党的"
             "绝对领导，对内增强凝聚力，对外提高影响力。二是坚持抓好班子建设，牢牢抓住各部门一把手的任用。三是"
             "坚持用先进的理念引导队伍建设，着力宣传和灌输先进理念，正确处理好各方面的关系。",
             "二、狠抓工作落实", "要以钉钉子精神抓好各项工作落实，确保各项任务落到实处、取得实效。"]
    clean = "\n".join(paras) + "\n"
    width = 20
    out: list[str] = []
    for para in paras:
        out += [para[i:i + width] for i in range(0, len(para), width)]
    cut = next(k for k, piece in enumerate(out) if piece.endswith("一") and "是" not in piece[-2:])
    page = "\n".join([*out[:cut + 1], "4", "第一范文网 www.example.com 整理", *out[cut + 1:]]) + "\n"
    want = [(p["marker"], p["title"]) for p in parse_outline(clean)["sections"][0]["points"]]
    assert [m for m, _ in want] == ["一是", "二是", "三是"]
    assert [(p["marker"], p["title"]) for p in parse_outline(page)["sections"][0]["points"]] == want


@pytest.mark.parametrize("line", ["作者 | 公文笔杆子", "作者：公文笔杆子", "作者：办公室"])
def test_a_posts_author_line_names_no_speaker_and_leaves_a_speech_a_speech(line: str) -> None:
    for text in (f"{TITLE}\n{line}\n{BODY}{CLOSING}\n", f"{SPEECH}{line}\n"):
        o = parse_outline(text)
        assert reading(text) == ALONE and o["speaker"] is None and o["genre"] == "speech"


def test_an_author_line_naming_a_person_under_the_title_gives_the_speaker() -> None:
    assert parse_outline(f"{TITLE}\n作者：温家宝\n{BODY}{CLOSING}\n")["speaker"] == "温家宝"


@pytest.mark.parametrize("breaks", [(1,), (6,), (7,)])
def test_a_papers_edition_head_after_the_page_number_is_one_header_and_the_next_line_stays(breaks: tuple[int]) -> None:
    """「-4-」 over 「第04版：要闻」: two numbers in a row (an edition is a page's number), and the text's line
    under them, seen beside both, is not a header for that."""
    page = forms.wrapped(24, breaks=breaks, number="-{n}-", header="第04版：要闻")
    assert forms.reading(page) == forms.reading(forms.CLEAN)


@pytest.mark.parametrize("breaks", [(2,), (6,), (11,), (16,), (20,)])
def test_a_gazettes_masthead_spaced_letter_by_letter_is_a_running_head(breaks: tuple[int]) -> None:
    """「四 川 政 报」 at a page break: a running head, no 「四」 section nor words of the paragraph it falls in."""
    page = forms.wrapped(24, breaks=breaks, number="— {n} —", header="四 川 政 报")
    assert forms.reading(page) == forms.reading(forms.CLEAN)


def test_a_section_heading_with_a_space_after_its_numeral_stays_a_heading() -> None:
    o = parse_outline(f"{TITLE}\n同志们：\n一 关于去年的工作\n过去一年，经济运行稳中有进。\n"
                      "二 关于今年的任务\n要稳增长。\n")
    assert [s["title"] for s in o["sections"]] == ["关于去年的工作", "关于今年的任务"]


def test_a_posts_row_of_credits_makes_no_article_of_a_summary() -> None:
    """「文/……　图/……　编辑/……」 credits a news post's makers, not an article's author: a summary with no
    salutation stays a summary (「文/张三」 alone may be an article's byline)."""
    text = "全县上半年工作总结\n{}\n上半年，全县经济运行总体平稳。\n一、主要工作\n抓好项目建设。\n"
    plain = parse_outline(text.format(""))["genre"]
    assert parse_outline(text.format("文/县委办公室 图/融媒体中心 王小明　编辑/李华　审核/赵强"))["genre"] == plain



@pytest.mark.parametrize("breaks", [(3,), (6,), (9,), (12,)])
@pytest.mark.parametrize(("number", "header"), [
    ("第七页", "县政府办公室会议材料"),  # a page's number in words
    ("- {n} -", "一、准确把握当前经济运行态势（续）"),  # a header that repeats the heading the page goes on under
    ("第十二页", "二、聚焦重点任务精准发力（续前页）"),
    ("（{n}）", "一、准确把握当前经济运行态势（续）"),  # a bare bracketed number right over such a header
])
def test_a_page_number_in_words_and_a_continued_heading_at_a_page_break_are_dropped(
        number: str, header: str, breaks: tuple[int]) -> None:
    assert forms.reading(forms.wrapped(24, breaks=breaks, number=number, header=header)) == forms.reading(forms.CLEAN)


def test_words_like_them_are_text() -> None:
    from speechparse.pagenumbers import is_page_number

    assert not is_page_number("第七页的内容") and not is_page_number("第七")
    text = forms.CLEAN.replace("三、加强组织领导，狠抓工作落实", "三、加强组织领导（牵头单位：县委办）")
    assert [s["title"] for s in parse_outline(text)["sections"]][-1] == "加强组织领导（牵头单位：县委办）"


def test_an_issues_month_and_its_page_is_a_page_number_and_a_date_is_not() -> None:
    from speechparse.pagenumbers import is_page_number

    assert is_page_number("2025年3月　7") and is_page_number("2025年3月 12")
    assert not is_page_number("2025年3月7日") and not is_page_number("2025年3月")
    assert forms.reading(forms.wrapped(24, breaks=(9,), number="2025年3月 {n}")) == forms.reading(forms.CLEAN)


@pytest.mark.parametrize("between", ["第1页共3页", "关键词: #乡村振兴", "当前位置: 首页 > 公务范文 > 讲话稿"])
def test_a_posts_account_name_over_its_publishing_row_is_no_title(between: str) -> None:
    head = "某县发布\n原创　县融媒体中心　某县发布　2024年05月16日 18:30　浙江\n点击上方蓝字关注我们\n"
    assert reading(f"{head}{between}\n发言稿\n{BODY}")[0] == "发言稿"
    # near case: a title under the row that one of its parts names stays the title
    assert reading(f"原创　县融媒体中心　发言稿　2024年05月16日 18:30\n发言稿\n{BODY}")[0] == "发言稿"


@pytest.mark.parametrize(("name", "speaker"), [("林景和", "林景和"), ("王和平", "王和平"), ("林景平", "林景平")])
def test_a_byline_name_with_he_in_its_given_name_is_the_speaker(name: str, speaker: str) -> None:
    text = f"在全市教育大会上的讲话\n市委副书记、市长　{name}\n{BODY}"
    assert parse_outline(text)["speaker"] == speaker
    # near case: 「和」 opening what follows a position is a conjunction, no name
    assert parse_outline(f"县委书记和县长在全县大会上的讲话\n{BODY}")["speaker"] is None
