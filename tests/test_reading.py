"""Bytes to text: BOMs, UTF-8, GB18030, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechparse import parse_file
from speechparse.errors import InputError
from speechparse.textfile import decode, read_file

TEXT = "同志们：\n下面，我讲两点意见。\n一、统一思想\n二、狠抓落实\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030", "gbk"])
def test_encodings_are_detected(encoding: str) -> None:
    d = decode(TEXT.encode(encoding))
    assert d.text == TEXT


def test_gb18030_file_parses(tmp_path: Path) -> None:
    p = tmp_path / "gb.txt"
    p.write_bytes(TEXT.encode("gb18030"))
    assert [h.title for h in parse_file(p).sections] == ["统一思想", "狠抓落实"]


def test_binary_is_refused_with_the_path() -> None:
    with pytest.raises(InputError) as e:
        decode(b"PK\x03\x04\x00\x00binary", path="a.docx")
    assert e.value.path == "a.docx"
    assert "二进制" in e.value.reason


def test_non_chinese_bytes_ask_for_an_encoding() -> None:
    latin1 = "Grüße aus Köln, schöne Straße".encode("latin-1")
    with pytest.raises(InputError) as e:
        decode(latin1, path="x.txt")
    assert "--encoding" in e.value.reason


def test_explicit_encoding_wins_and_errors_are_clear() -> None:
    assert decode(TEXT.encode("gbk"), "gbk").text == TEXT
    with pytest.raises(InputError, match="未知的编码"):
        decode(b"abc", "no-such-codec")
    with pytest.raises(InputError, match="解码失败"):
        decode("同志们".encode("gbk"), "utf-8")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="文件不存在"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="目录"):
        read_file(tmp_path)


def test_doc_files_are_refused(tmp_path: Path) -> None:
    p = tmp_path / "draft.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match="另存为"):
        read_file(p)


def test_every_line_end_the_readme_names_ends_a_line_as_splitlines_does() -> None:
    from speechparse import parse_outline

    for eol in ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"):
        text = eol.join(["在全市工作会议上的讲话", "同志们：", "今天开会。", "一、统一思想", "要统一思想。", ""])
        got = parse_outline(text)
        assert got["sections"][0]["line"] == 4, repr(eol)
        assert text.splitlines()[3].startswith("一、")
    # near miss: a tab or a no-break space is not a line end
    got = parse_outline("在全市工作会议上的讲话\n同志们：\t今天开会。\xa0一、统一思想\n")
    assert got["sections"] == []


_PAGE = ("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>开学典礼讲话</title><style>\n"
         + "p.MsoNormal { margin: 0cm; font-family: 宋体; }\n" * 120
         + "</style></head><body><p>在开学典礼上的讲话</p><p>各位同学：</p>"
         "<p>今天是开学的日子，我们在这里隆重集会。</p>"
         "<p>一、珍惜时光</p><p>要珍惜时光。</p><p>二、刻苦学习</p><p>要刻苦学习。</p>"
         "<p>同学们，让我们一起努力，创造更加美好的明天！</p></body></html>\n")


def test_a_whole_html_document_saved_as_text_is_read_and_checked_as_the_page(tmp_path: Path) -> None:
    """Its <style> fills the first few thousand characters with no block tag: the document
    declaration says what it is.  `check` reads it as the page, and `--fix`, with nothing
    to fix, leaves every byte as it was."""
    import json
    import subprocess
    import sys

    from speechparse.reading import looks_like_markup

    assert looks_like_markup(_PAGE)
    page = tmp_path / "page.txt"
    page.write_text(_PAGE, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", str(page), "--output-format", "json"],
                       capture_output=True, text=True)
    assert [d["code"] for d in json.loads(r.stdout)] == []  # salutation, closing: the page's
    before = page.read_bytes()
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", str(page), "--fix"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "已修复" not in r.stderr and page.read_bytes() == before
    # near miss: a text that names the tag in its first line is text
    note = "<html> 标签的用法\n同志们：\n一、统一思想\n要统一。\n"
    assert not looks_like_markup(note.replace("<html>", "网页里的 <html>"))
    assert not looks_like_markup("同志们：\n" + _PAGE[:200])


def test_a_whole_html_document_under_a_sites_lines_is_the_page_and_its_title_is_not_doubled() -> None:
    """A doc site's copy puts a line or two of its own above the saved document: the document
    tag at a line's start still says what it is, and the page's <title>, shown again by the
    text under those lines, is not put in front a second time."""
    from speechparse import parse_outline
    from speechparse.html_input import html_text
    from speechparse.reading import looks_like_markup

    shown = _PAGE.replace("<p>在开学典礼上的讲话</p>", "<p>开学典礼讲话</p>")
    page = "资源描述\n某县文档.docx　第1页 / 共9页\n" + shown
    assert looks_like_markup(page)
    text = html_text(page)
    assert text.splitlines()[:3] == ["资源描述", "某县文档.docx　第1页 / 共9页", "开学典礼讲话"]
    assert parse_outline(text)["title"] == "开学典礼讲话"
    # near misses: a tag quoted inside a line is no document; a page that does not show its
    # <title> near its top gets it in front
    assert not looks_like_markup("资源描述\n网页以 <html> 开头。\n同志们：\n一、统一思想\n要统一。\n")
    assert html_text(_PAGE).splitlines()[0] == "开学典礼讲话"


def test_paragraphs_in_block_tags_under_a_title_and_a_name_typed_above_them_are_markup(tmp_path: Path) -> None:
    """A blog's copy keeps its title and writer as lines and the letter itself as one line of
    「<p>」 elements: read as the page, the salutation in the first element is a salutation.  A
    Markdown file that opens with its own front matter and salutation and embeds a table is text."""
    from speechparse import parse_outline
    from speechparse.reading import looks_like_markup, read_input

    paras = ["各位会员：", " 一年来，协会各项工作稳步推进。", " 新的一年，我们将继续为会员办实事。",
             " 各位会员：让我们携手并进，共创佳绩！"]
    markup = "".join(f'<p class="ql-block">{p}</p>' for p in paras)
    page = "致全体会员的新年贺信\n\n王某某\n\n" + markup + "\n\n浏览 56\n"
    assert looks_like_markup(page)
    f = tmp_path / "letter.txt"
    f.write_text(page, encoding="utf-8")
    got = parse_outline(read_input(f))
    assert (got["title"], got["salutation"]) == ("致全体会员的新年贺信", "各位会员")
    # near miss: the text's own lines over markup it embeds (Markdown allows a table in HTML)
    md = ("---\ntitle: 年度工作总结\n---\n\n尊敬的各位领导：\n\n今年以来，我认真履行岗位职责。\n\n"
          "<table>\n<tr><td>1.项目</td><td>8个</td></tr>\n<tr><td>2.文档</td><td>25篇</td></tr>\n</table>\n")
    assert not looks_like_markup(md)


def test_a_caller_passing_no_text_is_told_what_to_pass() -> None:
    """bytes, a path or None handed to parse() or check() get a TypeError that says what to pass instead
    (not an error from deep inside: 「a bytes-like object is required, not 'str'」).  In the compiled wheel
    the functions' own type checks say it first: 「str object expected; got bytes」."""
    from pathlib import Path

    import pytest

    from speechparse import parse, parse_outline
    from speechparse.checks import check

    compiled = "object expected; got"
    for fn in (parse, parse_outline):
        with pytest.raises(TypeError, match=f"decode it first, or read the file with parse_file|{compiled} bytes"):
            fn(b"\xe5\x90\x8c\xe5\xbf\x97\xe4\xbb\xac")  # type: ignore[arg-type]
        path_said = f"not a path: read the file with parse_file|{compiled} (?:pathlib\\.)?PosixPath"
        with pytest.raises(TypeError, match=path_said):
            fn(Path("draft.txt"))  # type: ignore[arg-type]
    for value in (b"x", None, Path("draft.txt")):
        with pytest.raises(TypeError, match=rf"check\(\) takes a text \(str\) or a tree from parse\(\)|{compiled}"):
            check(value)  # type: ignore[arg-type]
    text = "同志们：\n一、抓学习\n三、抓落实\n"
    assert check(parse(text)) == check(text) != []  # (near case: a text, or its tree)
