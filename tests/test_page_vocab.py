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
])
def test_a_line_under_the_closing_is_page_furniture(line: str) -> None:
    assert reading(f"{SPEECH}{line}\n") == ALONE
    assert reading(f"{CLOSING}\n{line}\n") == reading(f"{CLOSING}\n")  # (a closing alone, as a post's last words)


@pytest.mark.parametrize("line", ["本文由县委办公室整理。", "会员单位要积极参与", "1.加强领导"])
def test_words_of_the_text_like_them_are_text(line: str) -> None:
    assert not is_noise(line)


def test_a_notice_that_the_rest_is_behind_a_login_still_cuts_the_text() -> None:
    assert reading(f"{SPEECH}登录后阅读全文\n")[3] is None


@pytest.mark.parametrize("line", [
    "△ 5月16日，县委书记王某某在会上讲话", "会议现场", "图1　会议现场", "调研剪影", "视频加载中...",  # captions
])
def test_a_line_under_the_title_is_not_the_title(line: str) -> None:
    assert reading(f"{TITLE}\n{line}\n{BODY}{CLOSING}\n") == ALONE
    bare = "强化干部管理落实工作责任"  # (under a title that names no kind, nearer the text)
    assert reading(f"{bare}\n{line}\n{BODY}")[0] == bare


@pytest.mark.parametrize("line", ["深入一线察看项目现场", "把问题解决在现场", "全县安全生产现场会"])
def test_a_scene_named_in_the_texts_words_is_text(line: str) -> None:
    assert not is_noise(line)


@pytest.mark.parametrize("line", [
    "讲话全文如下↓", "学习时刻 | 讲话全文来了", "一起来看↓",  # a post's lead-in to the text under it
    "领导讲话稿范文（精选5篇）.docx",  # a document site's file of a collection (a file of one text names it)
])
def test_a_line_over_the_title_is_not_the_title(line: str) -> None:
    assert reading(f"{line}\n{SPEECH}") == ALONE
    assert reading(f"{line}\n发言稿\n{BODY}") == reading(f"发言稿\n{BODY}")  # (over a title that is a bare kind)


@pytest.mark.parametrize("line", ["现将全文印发如下：", "让我们为他们点赞！"])
def test_a_notices_own_words_and_an_appeal_are_text(line: str) -> None:
    assert not is_noise(line)


def test_numbered_headings_a_triangle_decorates_stay_headings() -> None:
    o = parse_outline(f"{TITLE}\n同志们：\n一、关于去年的工作\n▲1.加强领导\n要加强领导。\n△2.狠抓落实\n要狠抓落实。\n")
    assert [(c["marker"], c["title"]) for c in o["sections"][0]["children"]] == [("1.", "加强领导"), ("2.", "狠抓落实")]



@pytest.mark.parametrize("breaks", [(13,), (19,)])
@pytest.mark.parametrize("number", ["・{n}・", "·{n}·"])  # (a katakana middle dot, as OCR and some fonts give it)
def test_a_page_number_framed_by_middle_dots_at_one_page_break_is_dropped(number: str, breaks: tuple[int]) -> None:
    assert forms.reading(forms.wrapped(24, breaks=breaks, number=number)) == forms.reading(forms.CLEAN)
