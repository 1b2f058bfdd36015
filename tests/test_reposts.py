"""A speech reposted on a blog, a forum or a paper's account: the place's lines under it are page
noise, and a button that unfolds the text does not say the text was cut."""

from __future__ import annotations

import pytest

from speechparse import parse_outline
from speechparse.page.noise import is_noise

SPEECH = ("在全县防汛备汛工作会议上的讲话\n同志们：\n今天召开会议，部署防汛备汛工作。\n一、认清形势\n要克服麻痹思想。\n"
          "二、压实责任\n要把责任落实到每个岗位。\n同志们，汛期将至，让我们齐心协力，确保全县平安度汛！\n")
CLOSING = "同志们，汛期将至，让我们齐心协力，确保全县平安度汛！"


@pytest.mark.parametrize("line", [
    "回复 楼主：写得真好，收藏了", "回复@张三：同意你的看法", "写得真好，收藏了，感谢楼主分享！",
    "posted @ 2024-03-05 21:14  某某的笔记  阅读(1268)  评论(3)  编辑  收藏  举报",
    "原载《某某日报》2024年3月5日第3版", "本文原载于《求是》2024年第5期",
    "订阅《某某日报》，请拨打 0000-12345678", "订阅热线：0731-12345678", "+ 关注", "已关注",
    "文章标签：#公文写作 #讲话稿 #党建", "#公文写作[话题]# #讲话稿[话题]#", "登录后复制",
])
def test_a_reposts_lines_are_page_noise(line: str) -> None:
    assert is_noise(line)
    o = parse_outline(SPEECH + line + "\n")
    assert o["closing"]["text"] == CLOSING and [s["title"] for s in o["sections"]] == ["认清形势", "压实责任"]


@pytest.mark.parametrize("line", [
    "回复：经研究，同意你单位的请示。", "请拨打12345热线反映问题。", "原载《人民日报》的这篇文章，值得大家认真学习",
    "全县共有村级防汛站点2024", "关注民生", "关注这个问题", "文章标签要规范", "#一、总体要求", "#1.加强领导",
    "登录后复制粘贴即可",
])
def test_sentences_with_their_words_are_text(line: str) -> None:
    assert not is_noise(line)


@pytest.mark.parametrize("button", ["展开阅读全文", "关注博主即可阅读全文", "阅读全文 >",
                                    "[展开阅读全文](https://example.com/answer/3412345678)"])
def test_a_button_that_unfolds_the_text_keeps_the_closing_above_it(button: str) -> None:
    o = parse_outline(SPEECH + button + "\n")
    assert o["closing"]["text"] == CLOSING
    # near miss: a notice that the rest is behind a login says the end is lost
    assert parse_outline(SPEECH + "(阅读全部图文内容,您需要先登录!)\n")["closing"] is None


@pytest.mark.parametrize("shown", ["{t}_某某的博客-CSDN博客", "{t} | 某某的博客-CSDN博客", "{t}_某某的博客"])
def test_a_blogs_name_with_a_hyphen_in_it_is_cut_off_the_exported_title(shown: str) -> None:
    title = "在全县防汛备汛工作会议上的讲话"
    page = f"---\ntitle: {shown.format(t=title)}\ndate: 2024-05-16 10:00:00\n---\n\n" + SPEECH.split("\n", 1)[1]
    assert parse_outline(page)["title"] == title
    # near miss: a hyphen alone, with no site word after it, is the title's own (「……讲话-定稿」)
    assert parse_outline(f"---\ntitle: {title}-定稿\n---\n\n" + SPEECH.split("\n", 1)[1])["title"] == title + "-定稿"


def test_where_a_picture_stood_in_a_post_is_no_appendix_header() -> None:
    body = SPEECH.split("\n")
    page = "\n".join([*body[:4], "【图片】", *body[4:]])
    o = parse_outline(page)
    assert o["appendices"] == [] and [s["title"] for s in o["sections"]] == ["认清形势", "压实责任"]
    # near miss: a bracketed header naming a document after the text heads an appendix
    page = SPEECH + "【参考资料】\n防汛工作常用术语\n汛期：江河水位季节性上涨的时期。\n警戒水位：需要开始防守的水位。\n"
    assert [a["title"] for a in parse_outline(page)["appendices"]] == ["防汛工作常用术语"]


def test_a_sites_previous_and_next_items_end_the_text() -> None:
    page = SPEECH + "上一则：本校举行期末教学工作会议\n下一则：暑期安全教育致家长的一封信\n"
    assert parse_outline(page)["closing"]["text"] == CLOSING
    # near miss: a sentence about the previous notice inside the text, long paragraphs after it, is text
    body = SPEECH.replace("要把责任落实到每个岗位。", "上一则通知中的时间有误，以本通知为准。\n要把责任落实到每个岗位，"
                                                "坚持守土有责、守土负责、守土尽责，确保各项防汛措施落实落细落到位，"
                                                "切实做到人员到位、物资到位、措施到位、责任到位，"
                                                "以扎扎实实的工作成效确保全县人民群众生命财产安全。")
    assert parse_outline(body)["closing"]["text"] == CLOSING
