"""Word drafts: generated list numbers give the outline of the typed twin."""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

from speechparse import parse_outline  # noqa: E402
from speechparse.batch import outline_file  # noqa: E402
from speechparse.docx_input import format_number, read_docx  # noqa: E402
from speechparse.errors import InputError  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'



def lvl(ilvl: int, fmt: str, text: str, extra: str = '<w:suff w:val="nothing"/>') -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


# The ladder of GB/T 9704-2012 as Word numbering: 一、 （一） 1. （1） ①
LADDER = (f'<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
          + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCountingThousand", "（%2）")
          + lvl(2, "decimal", "%3.", "") + lvl(3, "decimal", "（%4）")
          + lvl(4, "decimalEnclosedCircle", "%5") + "</w:abstractNum>")

TYPED = [
    "在全市工作会议上的讲话", "同志们：", "今天召开会议，主要任务是部署工作。下面，我讲两点意见。",
    "一、统一思想", "要统一思想。", "（一）认清形势", "形势复杂。一是压力大。二是任务重。",
    "1.国际形势", "变化很大。", "（1）经济方面", "压力加大。", "①外贸", "外贸下滑。",
    "（二）明确任务", "任务明确。", "二、狠抓落实", "要狠抓落实。", "（一）压实责任", "责任要压实。",
    "（二）强化督查", "要强化督查。", "同志们，让我们团结一心，为完成任务而努力奋斗！",
]
LEVELS = [r"[一二三]、", r"（[一二三]）", r"\d\.", r"（\d）", r"[①②]"]


def numbered(text: str) -> tuple[int, str] | None:
    """The Word level and the bare text of a typed heading."""
    import re

    for level, pattern in enumerate(LEVELS):
        m = re.match(pattern, text)
        if m:
            return level, text[m.end():]
    return None


def add_numbering(document: object, abstract: str, num_id: int, abstract_id: int,
                  overrides: str = "") -> None:
    part = document.part.numbering_part.element  # type: ignore[attr-defined]
    part.append(parse_xml(abstract))
    part.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                          f"{overrides}</w:num>"))


def set_num(paragraph: object, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def generated_twin(path: Path) -> None:
    d = docx.Document()
    add_numbering(d, LADDER, 90, 90)
    for line in TYPED:
        n = numbered(line)
        if n is None:
            d.add_paragraph(line)
        else:
            set_num(d.add_paragraph(n[1]), 90, n[0])
    d.save(str(path))


def test_generated_numbers_give_the_outline_of_the_typed_twin(tmp_path: Path) -> None:
    p = tmp_path / "auto.docx"
    generated_twin(p)
    assert read_docx(p).split("\n") == TYPED
    typed = parse_outline("\n".join(TYPED))
    assert parse_outline(read_docx(p)) == typed
    assert [s["marker"] for s in typed["sections"]] == ["一、", "二、"]
    assert typed["sections"][0]["children"][0]["children"][0]["children"][0]["children"][0][
        "marker"] == "①"


def test_typed_numbers_in_word_give_the_same_outline(tmp_path: Path) -> None:
    d = docx.Document()
    for line in TYPED:
        d.add_paragraph(line)
    p = tmp_path / "typed.docx"
    d.save(str(p))
    assert outline_file(str(p)).outline == parse_outline("\n".join(TYPED))


def test_numbering_through_paragraph_styles_start_values_and_restarts(tmp_path: Path) -> None:
    d = docx.Document()
    abstract = (f'<w:abstractNum {W} w:abstractNumId="91">'
                + lvl(0, "chineseCounting", "%1、", '<w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/>')
                + lvl(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/><w:suff w:val="nothing"/>')
                + "</w:abstractNum>")
    add_numbering(d, abstract, 91, 91,
                  '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride>')
    h1 = d.styles["Heading 1"].element
    h1.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:numId w:val="91"/></w:numPr>'))
    d.add_paragraph("总体要求", style="Heading 1")
    set_num(d.add_paragraph("指导思想"), 91, 1)
    d.add_paragraph("主要任务", style="Heading 1")
    set_num(d.add_paragraph("推进改革"), 91, 1)  # lvlRestart 0: numbering goes on
    p = tmp_path / "styles.docx"
    d.save(str(p))
    assert read_docx(p).split("\n") == ["二、总体要求", "1.指导思想", "三、主要任务", "2.推进改革"]


def test_default_restart_after_a_higher_level(tmp_path: Path) -> None:
    d = docx.Document()
    add_numbering(d, LADDER, 92, 90)
    for text, level in (("甲", 0), ("子", 1), ("丑", 1), ("乙", 0), ("寅", 1)):
        set_num(d.add_paragraph(text), 92, level)
    p = tmp_path / "restart.docx"
    d.save(str(p))
    assert read_docx(p).split("\n") == ["一、甲", "（一）子", "（二）丑", "二、乙", "（一）寅"]


@pytest.mark.parametrize(("n", "fmt", "want"), [
    (12, "chineseCounting", "十二"), (3, "decimalEnclosedCircle", "③"), (2, "decimalEnclosedParen", "⑵"),
    (8, "japaneseCounting", "八"), (12, "japaneseCountingThousand", "十二"),  # (WPS and Word set it for 一、)
    (4, "upperRoman", "IV"), (27, "lowerLetter", "aa"), (5, "decimalZero", "05"),
    (10, "ideographDigital", "一〇"), (3, "ideographTraditional", "丙"), (7, "decimal", "7"),
])
def test_number_formats(n: int, fmt: str, want: str) -> None:
    assert format_number(n, fmt) == want


def test_doc_and_broken_docx_are_refused_clearly(tmp_path: Path) -> None:
    old = tmp_path / "draft.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert "另存为 .docx" in (outline_file(str(old)).error or "")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError, match=r"不是有效的 \.docx"):
        read_docx(broken)


def test_check_reads_docx_and_fixes_it_in_place(tmp_path: Path) -> None:
    import subprocess
    import sys

    d = docx.Document()
    add_numbering(d, LADDER, 93, 90)
    d.add_paragraph("同志们:")
    for text in ("统一思想", "狠抓落实"):
        set_num(d.add_paragraph(text), 93, 0)
        d.add_paragraph("要抓好落实。")
    p = tmp_path / "draft.docx"
    d.save(str(p))
    out = subprocess.run([sys.executable, "-m", "speechparse", "check", str(p)],
                         capture_output=True).stdout.decode("utf-8")
    assert f"{p}:1:4: S102" in out and "N201" not in out  # Word's own numbers are consecutive
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", str(p), "--fix"], capture_output=True)
    assert "已修复 1 处（S102）" in r.stderr.decode("utf-8")
    assert read_docx(p).split("\n")[0] == "同志们："


def test_damaged_list_levels_and_numbers_read_as_word_reads_them(tmp_path: Path) -> None:
    """``w:ilvl`` 9 and beyond, levels that are no number, and start values out of range."""
    d = docx.Document()
    add_numbering(d, LADDER, 90, 90)
    set_num(d.add_paragraph("统一思想"), 90, 0)
    for level in ("9", "12", "x", "-3"):
        p = d.add_paragraph("深层")
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    path = tmp_path / "damaged.docx"
    d.save(str(path))
    lines = read_docx(path).split("\n")
    # 9 and 12 are held to Word's last level, 8, which this list leaves undefined: such a
    # level shows "%1." (the first level's counter); "x" and "-3" count as level 0
    assert lines == ["一、统一思想", "一.深层", "一.深层", "二、深层", "三、深层"]


@pytest.mark.parametrize(("n", "fmt"), [(-2, "ideographDigital"), (10**9, "upperLetter"), (40000, "chineseCounting")])
def test_numbers_outside_words_range_stay_arabic(n: int, fmt: str) -> None:
    assert format_number(n, fmt) == str(n)
    # near miss: the same formats inside the range
    assert format_number(2, fmt) in ("二", "B")


def test_a_soft_break_before_the_next_items_marker_starts_its_line(tmp_path: Path) -> None:
    """Shift+Enter before 「3、」 in a run-sheet: the item is a line of its own (its number the paragraph's);
    a soft break inside a title is nothing (「在全县……」⏎「……上的讲话」 reads as one title)."""
    d = docx.Document()
    d.add_paragraph("在全县元旦晚会")
    d.paragraphs[0].runs[0].add_break()
    d.paragraphs[0].add_run("上的讲话")
    d.add_paragraph("一、演出安排")
    d.add_paragraph("1、开场舞")
    p = d.add_paragraph("2、歌曲合唱")
    p.runs[0].add_break()
    p.add_run("3、戏曲串烧")
    d.add_paragraph("4、抽奖")
    path = tmp_path / "sheet.docx"
    d.save(str(path))
    o = parse_outline(read_docx(path))
    assert o["title"] == "在全县元旦晚会上的讲话"
    assert [(c["marker"], c["title"], c["line"]) for c in o["sections"][0]["children"]] == [
        ("1、", "开场舞", 3), ("2、", "歌曲合唱", 4), ("3、", "戏曲串烧", 4), ("4、", "抽奖", 5)]
