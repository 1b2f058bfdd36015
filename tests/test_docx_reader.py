"""The .docx reader sees what Word shows: one minimal file per way Word stores a draft.

Each file is built here from python-docx's blank document with the body
written as Word writes it (tracked changes, smart tags, content controls,
fields, text boxes with their fallback, tables, soft breaks, list styles).
Line N of the text is paragraph N throughout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

from speechparse import parse_outline  # noqa: E402
from speechparse.docx_input import read_docx  # noqa: E402

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*inner: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(inner)}</w:p>"


def build(path: Path, body: list[str], numbering: str = "", styles: str = "") -> Path:
    d = docx.Document()
    b = d.element.body
    for child in list(b):
        if not child.tag.endswith("sectPr"):
            b.remove(child)
    sect = b[0] if len(b) else None
    for xml in body:
        el = parse_xml(f"<w:body {NS}>{xml}</w:body>")[0]
        if sect is not None:
            sect.addprevious(el)
        else:
            b.append(el)
    if numbering:
        part = d.part.numbering_part.element
        for el in parse_xml(f"<w:numbering {NS}>{numbering}</w:numbering>"):
            part.append(el)
    if styles:
        for el in parse_xml(f"<w:styles {NS}>{styles}</w:styles>"):
            d.styles.element.append(el)
    d.save(str(path))
    return path


def test_a_soft_line_break_stays_inside_its_paragraph(tmp_path: Path) -> None:
    f = build(tmp_path / "br.docx", [
        p(r("在全县工作会议"), "<w:r><w:br/></w:r>", r("上的讲话")),
        p(r("同志们：")),
        p(r("今天开会。"), "<w:r><w:br/></w:r>", r("Word "), "<w:r><w:br/></w:r>", r("WPS")),
        p(r("一、统一思想")),
    ])
    assert read_docx(f).split("\n") == ["在全县工作会议上的讲话", "同志们：", "今天开会。Word WPS", "一、统一思想"]
    out = parse_outline(read_docx(f))
    assert out["title"] == "在全县工作会议上的讲话" and out["sections"][0]["line"] == 4


def test_tracked_changes_smart_tags_and_content_controls(tmp_path: Path) -> None:
    f = build(tmp_path / "rev.docx", [
        p('<w:ins w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z">' + r("一、统一思想") + "</w:ins>"),
        p(r("要统一"), '<w:del w:id="2" w:author="a"><w:r><w:delText>删去的</w:delText></w:r></w:del>',
          r("思想。")),
        p('<w:moveFrom w:id="3" w:author="a">' + r("移走的") + "</w:moveFrom>",
          '<w:smartTag w:uri="u" w:element="place">' + r("二、狠抓落实") + "</w:smartTag>"),
        p('<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>' + r("要落实") + "</w:sdtContent></w:sdt>",
          '<w:customXml w:element="c">' + r("到位。") + "</w:customXml>",
          '<w:moveTo w:id="4" w:author="a">' + r("移来的") + "</w:moveTo>"),
        '<w:sdt><w:sdtContent>' + p(r("三、加强领导")) + "</w:sdtContent></w:sdt>",
        p('<w:hyperlink r:id="rId99" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
          'relationships">' + r("要加强领导。") + "</w:hyperlink>"),
    ])
    assert read_docx(f).split("\n") == ["一、统一思想", "要统一思想。", "二、狠抓落实", "要落实到位。移来的",
                                        "三、加强领导", "要加强领导。"]


def test_fields_give_their_result_not_their_instruction(tmp_path: Path) -> None:
    f = build(tmp_path / "fld.docx", [
        p(r("在全县工作会议上的讲话")),
        p('<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">' + r("2026年3月1日") + "</w:fldSimple>"),
        p(r("同志们：")),
        p(r("本次会议于"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> CREATEDATE '
          '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("3月2日")
          + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("召开。")),
    ])
    assert read_docx(f).split("\n") == ["在全县工作会议上的讲话", "2026年3月1日", "同志们：", "本次会议于3月2日召开。"]
    assert parse_outline(read_docx(f))["date"] == "2026年3月1日"


TEXT_BOX = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
            + p(r("框中的话")) + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            '<v:textbox><w:txbxContent>' + p(r("框中的话")) + "</w:txbxContent></v:textbox></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>")


def test_a_text_box_is_read_once_and_tables_row_by_row(tmp_path: Path) -> None:
    cell = lambda *paras: "<w:tc>" + "".join(paras) + "</w:tc>"  # noqa: E731
    f = build(tmp_path / "box.docx", [
        p(r("同志们："), TEXT_BOX),
        "<w:tbl><w:tr>" + cell(p(r("一、统一思想")), p(r("要统一。"))) + cell(p(r("右格"))) + "</w:tr>"
        "<w:tr>" + cell(p(r("二、狠抓落实"))) + cell(p(r("要落实。"))) + "</w:tr></w:tbl>",
    ])
    assert read_docx(f).split("\n") == ["同志们：", "框中的话", "一、统一思想", "要统一。", "右格", "二、狠抓落实",
                                        "要落实。"]


def test_a_speech_in_a_one_cell_table(tmp_path: Path) -> None:
    lines = ["在全县工作会议上的讲话", "同志们：", "一、统一思想", "要统一。", "二、狠抓落实", "要落实。"]
    f = build(tmp_path / "cell.docx", ["<w:tbl><w:tr><w:tc>" + "".join(p(r(t)) for t in lines)
                                       + "</w:tc></w:tr></w:tbl>"])
    assert read_docx(f).split("\n") == lines
    assert [s["title"] for s in parse_outline(read_docx(f))["sections"]] == ["统一思想", "狠抓落实"]


def lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def numpr(num: int | None, ilvl: int | None) -> str:
    inner = (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + (
        f'<w:numId w:val="{num}"/>' if num is not None else "")
    return f"<w:pPr><w:numPr>{inner}</w:numPr></w:pPr>"


def test_a_list_style_is_resolved_to_its_definition(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="10"><w:styleLink w:val="SpeechList"/>'
        + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCountingThousand", "（%2）") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="SpeechList"/></w:abstractNum>'
        '<w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num>'
        '<w:num w:numId="11"><w:abstractNumId w:val="11"/></w:num>')
    styles = ('<w:style w:type="numbering" w:styleId="SpeechList"><w:name w:val="Speech List"/>'
              '<w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style>')
    f = build(tmp_path / "style.docx", [p(r("统一思想"), ppr=numpr(11, 0)), p(r("认清形势"), ppr=numpr(11, 1)),
                                        p(r("狠抓落实"), ppr=numpr(11, 0))], numbering, styles)
    assert read_docx(f).split("\n") == ["一、统一思想", "（一）认清形势", "二、狠抓落实"]


def test_a_whole_level_override_legal_numbers_and_suffixes(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="20">' + lvl(0, "decimal", "%1.", '<w:suff w:val="tab"/>')
        + lvl(1, "chineseCounting", "%1.%2", '<w:isLgl/><w:suff w:val="space"/>') + "</w:abstractNum>"
        '<w:num w:numId="20"><w:abstractNumId w:val="20"/>'
        '<w:lvlOverride w:ilvl="0">' + lvl(0, "chineseCounting", "%1、", '<w:suff w:val="nothing"/>')
        + "</w:lvlOverride></w:num>")
    f = build(tmp_path / "ovr.docx", [p(r("总体要求"), ppr=numpr(20, 0)), p(r("指导思想"), ppr=numpr(20, 1)),
                                      p(r("主要任务"), ppr=numpr(20, 0))], numbering)
    assert read_docx(f).split("\n") == ["一、总体要求", "1.1指导思想", "二、主要任务"]


def test_a_style_gives_the_list_and_the_paragraph_its_level(tmp_path: Path) -> None:
    numbering = ('<w:abstractNum w:abstractNumId="30">' + lvl(0, "chineseCounting", "%1、")
                 + lvl(1, "chineseCountingThousand", "（%2）") + "</w:abstractNum>"
                 '<w:num w:numId="30"><w:abstractNumId w:val="30"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="SpeechHeading"><w:name w:val="Speech Heading"/>'
              '<w:pPr><w:numPr><w:numId w:val="30"/></w:numPr></w:pPr></w:style>')
    head = '<w:pPr><w:pStyle w:val="SpeechHeading"/>{}</w:pPr>'
    f = build(tmp_path / "lvl.docx", [
        p(r("统一思想"), ppr=head.format("")),
        p(r("认清形势"), ppr=head.format('<w:numPr><w:ilvl w:val="1"/></w:numPr>')),
        p(r("狠抓落实"), ppr=head.format("")),
    ], numbering, styles)
    assert read_docx(f).split("\n") == ["一、统一思想", "（一）认清形势", "二、狠抓落实"]


def test_headers_footers_and_footnotes_are_not_body_text(tmp_path: Path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "页眉：某某县人民政府"
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    d.add_paragraph("同志们：")
    d.add_paragraph("一、统一思想")
    f = tmp_path / "hf.docx"
    d.save(str(f))
    assert read_docx(f).split("\n") == ["同志们：", "一、统一思想"]


def test_one_paragraph_read_again_equals_the_whole_document_read_again(tmp_path: Path) -> None:
    from speechparse.word import WordDocument

    f = build(tmp_path / "reread.docx", [
        p(r("一、统一"), r("思想")),
        p(r("本次会议于"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE '
          '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("3月2日")
          + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("召开。")),
        p(r("框前"), TEXT_BOX, r("框后")),
    ])
    doc = WordDocument(f)
    try:
        # (paragraph, which of its w:t, new text): a plain run, a field's result, beside a text box
        for i, k, new in ((0, 1, "认识"), (1, 1, "4月3日"), (2, -1, "框内")):
            t = [el for el in doc.paragraphs[i].element.iter() if el.tag.endswith("}t")][k]
            t.text = new  # a fix or a split changed the runs of paragraph i only
            doc.refresh_paragraphs([i])
            partial = [(q.text, q.pieces) for q in doc.paragraphs]
            doc.refresh()
            assert partial == [(q.text, q.pieces) for q in doc.paragraphs]
        assert doc.text.split("\n") == ["一、统一认识", "本次会议于4月3日召开。", "框前框内", "框中的话"]
    finally:
        doc.package.close()


def _set(text: str, size: int = 0, centred: bool = False, style: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if centred else "")
    rpr = f'<w:rPr><w:sz w:val="{size}"/></w:rPr>' if size else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


_FORM = ["（项目状态需每天填写，当天20:00前提交。）", "填写说明",
         "一、表格内容要如实填写，空缺项填“无”，不得随意删减表格中的任何栏目和内容。",
         "二、表格栏高不够可以增加，但请保持表格整体格式统一，便于汇总统计和归档保存。"]


@pytest.mark.parametrize(("head", "title", "plain"), [
    # the cover's title set centred in a larger size over a label set centred in a smaller one (the text
    # alone gives the label: it names a kind and stands last)
    ([_set("2024年暑期实践团队项目进度统计", 36, True), _set(_FORM[0], 0, True), _set(_FORM[1], 28, True)],
     "2024年暑期实践团队项目进度统计", "填写说明"),
    # or in Word's Title style (python-docx's blank document has it), a byline under it
    ([_set("信息系统项目周报", style="Title"), _set("编制人：周某", 0, True), _set(_FORM[1], 28, True)],
     "信息系统项目周报", "填写说明"),
    # near misses: nothing set apart, the page's words decide;
    ([_set("2024年暑期实践团队项目进度统计"), _set(_FORM[0]), _set(_FORM[1])], "填写说明", "填写说明"),
    # a 版头 set larger still is the issuer's mark, no title
    ([_set("某县人民政府办公室文件", 52, True), _set("关于做好暑期安全工作的通知", 44, True)],
     "关于做好暑期安全工作的通知", "关于做好暑期安全工作的通知"),
])
def test_the_paragraph_word_sets_as_the_title_is_weighed_with_the_pages_words(
        tmp_path: Path, head: list[str], title: str, plain: str) -> None:
    from speechparse import parse_file
    from speechparse.docx_input import read_docx_titled

    path = build(tmp_path / "form.docx", [*head, *(_set(t) for t in _FORM[2:])])
    text, marked = read_docx_titled(path)
    assert marked == (None if title == plain and "通知" not in title else title)
    assert parse_file(path).title == title
    assert parse_outline(text)["title"] == plain
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "speechparse", "outline", str(path), "--format", "json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["title"] == title  # (the CLI reads the file as parse_file does)


@pytest.mark.parametrize(("head", "title"), [
    # a title set over two centred lines in the title's size, a cover's field under it in that size too
    ([_set("社区图书角", 36, True), _set("建设方案", 32, True), _set("团队名称：书香小队", 32, True)],
     "社区图书角建设方案"),
    # near miss: the second line in the text's size is the title's subtitle-like note, not its line
    ([_set("社区图书角建设方案", 36, True), _set("（征求意见稿）", 0, True)], "社区图书角建设方案"),
])
def test_a_title_word_sets_over_several_lines_is_read_whole(tmp_path: Path, head: list[str], title: str) -> None:
    from speechparse import parse_file

    body = ["一、建设目标：在每个小区建成一个开放式图书角，方便居民就近借阅图书报刊，丰富业余文化生活。",
            "二、实施步骤：先在两个小区试点，总结经验后在全社区推开，年底前全部建成并投入使用。"]
    path = build(tmp_path / "plan.docx", [*head, *(_set(t) for t in body)])
    assert parse_file(path).title == title
