"""Inline markers: a marker line is trivia to the reading, and both check paths honour it."""

from __future__ import annotations

from speechparse import parse, parse_outline
from speechparse.checks import check, fix
from speechparse.checks.suppress import accepted

SPEECH = """在全市工作会议上的讲话
同志们：
下面，我讲两点意见。
一、统一思想
要统一。
{mark}三、狠抓落实
要落实。
同志们，让我们共同努力！
"""


def test_a_marker_line_does_not_change_the_reading() -> None:
    plain = parse_outline(SPEECH.format(mark=""))
    for mark in ("【speechparse: 忽略 N201】\n", "<!-- speechparse: ignore N201, H303 -->\n",
                 "# speechparse:ignore\n"):
        marked = parse_outline(SPEECH.format(mark=mark))
        assert marked["sections"][1]["title"] == plain["sections"][1]["title"] == "狠抓落实"
        assert marked["closing"] == {**plain["closing"], "line": plain["closing"]["line"] + 1}


def test_the_typed_tree_and_the_text_accept_the_same_findings() -> None:
    text = SPEECH.format(mark="【speechparse: 忽略 N201】\n")
    assert check(text) == check(parse(text)) == []
    assert [d.code for d in check(SPEECH.format(mark=""))] == ["N201"]


def test_an_accepted_finding_is_not_fixed() -> None:
    text = SPEECH.format(mark="【speechparse: 忽略 N201】\n")
    assert fix(text, unsafe=True)[0] == text
    assert fix(SPEECH.format(mark=""), unsafe=True)[0] != SPEECH.format(mark="")


def test_prose_that_names_the_tool_is_text_not_a_marker() -> None:
    text = SPEECH.format(mark="本文用 speechparse 检查过。\n")
    assert [d.code for d in check(text)] == ["N201"]
    assert not accepted(text)
    assert parse_outline(text)["sections"][0]["title"] == "统一思想"


def test_codes_prefixes_and_scopes() -> None:
    marks = accepted("甲\nspeechparse: ignore N2、h303\n\n"
                     "乙 <!-- speechparse：忽略 W401 -->\nspeechparse: 全文忽略 S1\n")
    assert marks.lines == {4: {"N2", "H303", "W401"}}
    assert marks.file == {"S1"}
    assert marks.accepts("N205", 4) and not marks.accepts("N205", 1)
    assert marks.accepts("S104", 1) and not marks.accepts("W402", 4)


def test_an_html_comment_marker_survives_the_page_reader_and_other_comments_do_not() -> None:
    from speechparse.html_input import html_text

    page = ("<article><h1>在全市工作会议上的讲话</h1><p>同志们：</p><p>下面，我讲两点意见。</p>"
            "<p>一、统一思想</p><p>要统一。</p>{comment}<p>三、狠抓落实</p><p>要落实。</p>"
            "<p>同志们，让我们共同努力！</p></article>")
    marked = html_text(page.format(comment="<!-- speechparse: ignore N201 -->"))
    other = html_text(page.format(comment="<!-- a note of the site -->"))
    assert "<!-- speechparse: ignore N201 -->" in marked.splitlines()
    assert "note" not in other
    assert check(marked) == []
    assert [d.code for d in check(other)] == ["N201"]


SHORT = "{mark}同志们：\n一、抓好落实\n二、加强领导\n"


def test_a_file_marker_does_not_outweigh_a_short_draft() -> None:
    """A marker line is ASCII; in a draft of a few lines it must not make the text 'not Chinese'."""
    mark = "<!-- speechparse: ignore-file W401, N201, H303, S104 -->\n"
    marked, plain = parse(SHORT.format(mark=mark)), parse(SHORT.format(mark=""))
    assert marked.genre == plain.genre == "speech"
    assert [d.code for d in check(SHORT.format(mark=mark))] == ["S105", "S105"]
    assert [d.code for d in check(SHORT.format(mark=""))] == ["S105", "S104", "S105"]


def test_an_english_text_with_a_little_chinese_is_still_not_a_draft() -> None:
    """The near case: the ASCII lines are the text, not noise, so the genre stays 'other'."""
    text = "Install the tool with pip and run it on a file.\nIt prints the outline.\n一、抓好落实\n"
    assert parse(text).genre == "other"
    assert check(text) == []


def test_a_marker_after_a_headings_text_is_trivia_too() -> None:
    plain = parse_outline(SPEECH.format(mark=""))
    for tail in (" 【speechparse: 忽略 N201】", "<!-- speechparse: ignore N201 -->", "（speechparse：忽略）"):
        text = SPEECH.format(mark="").replace("三、狠抓落实\n", f"三、狠抓落实{tail}\n")
        assert parse_outline(text) == plain, tail
        assert check(text) == [] and fix(text, unsafe=True)[0] == text
        assert check(parse(text)) == []  # (the typed tree's blocks leave the marker out: the tree keeps the text)
    # near misses: the tool named in the text, or a marker with no verb, stay in the title
    for tail in ("（用speechparse检查）", " speechparse: N201"):
        text = SPEECH.format(mark="").replace("三、狠抓落实\n", f"三、狠抓落实{tail}\n")
        assert parse_outline(text)["sections"][1]["title"] == "狠抓落实" + tail.rstrip()
        assert [d.code for d in check(text)] == ["N201"]
