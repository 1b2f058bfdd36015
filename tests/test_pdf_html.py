"""PDF files and saved web pages read as the clean text they carry.

Real components: LibreOffice makes PDFs of our own Word drafts (with a running
header and page numbers), and headless Chromium prints our own web page to a
PDF with its date, title, address and page numbers in the margins.  Each must
give the outline of the clean text, and nothing from the margins may show.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from speechparse import parse_outline
from speechparse.errors import InputError
from speechparse.html_input import html_text, read_html

FIXTURE = Path(__file__).parent / "fixtures" / "long_speech.txt"
SPEECH = FIXTURE.read_text(encoding="utf-8")
HEADER = "某某县人民政府办公室"


def without_lines(o: Any) -> Any:
    """An outline with no line numbers or pages: a PDF's lines are its paragraphs, not the draft's."""
    if isinstance(o, dict):
        return {k: without_lines(v) for k, v in o.items() if k not in ("line", "page")}
    if isinstance(o, list):
        return [without_lines(v) for v in o]
    return o


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "speechparse", *args], capture_output=True, text=True, timeout=120)


# --- PDF from LibreOffice ----------------------------------------------------------------


def _draft(path: Path, speech: str | None = None) -> None:
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(20)
    section = d.sections[0]
    section.header.paragraphs[0].text = HEADER
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot._p.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve">— </w:t></w:r>'))
    foot._p.append(parse_xml(f'<w:fldSimple {w} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    foot._p.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve"> —</w:t></w:r>'))
    for k, text in enumerate((speech or SPEECH).splitlines()):
        p = d.add_paragraph(text)
        if k < 2:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif text != "同志们：":
            p.paragraph_format.first_line_indent = Pt(40)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.save(str(path))


def _soffice(src: Path, out: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    subprocess.run([soffice, f"-env:UserInstallation=file://{out}/profile", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), str(src)], capture_output=True, timeout=240,
                   check=True)
    return out / (src.stem + ".pdf")


@pytest.fixture(scope="module")
def draft_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("pypdfium2")
    tmp = tmp_path_factory.mktemp("pdf")
    docx_path = tmp / "draft.docx"
    _draft(docx_path)
    return docx_path, _soffice(docx_path, tmp)


@pytest.mark.slow
def test_a_pdf_of_a_draft_gives_the_outline_of_the_draft(draft_pdf: tuple[Path, Path]) -> None:
    from speechparse.docx_input import read_docx
    from speechparse.pdf import read_pdf

    docx_path, pdf_path = draft_pdf
    got = read_pdf(pdf_path)
    assert got.text == read_docx(docx_path) + "\n"  # every paragraph whole, in order, and nothing more
    assert got.pages[0] == 1 and got.pages[-1] >= 3 and got.pages == sorted(got.pages)
    assert HEADER not in got.text and "— 2 —" not in got.text
    assert without_lines(parse_outline(got.text)) == without_lines(parse_outline(SPEECH))


@pytest.mark.slow
def test_the_outline_of_a_pdf_says_the_page_of_each_heading(draft_pdf: tuple[Path, Path]) -> None:
    _, pdf_path = draft_pdf
    r = run("outline", str(pdf_path))
    assert r.returncode == 0, r.stderr
    o = json.loads(r.stdout)
    pages = [h["page"] for h in o["sections"]]
    assert pages[0] == 1 and pages == sorted(pages) and pages[-1] >= 2
    assert o["closing"]["page"] >= pages[-1]
    tree = run("outline", str(pdf_path), "--format", "tree").stdout
    assert "第1页" in tree
    # near miss: a text file has lines, no pages
    txt = json.loads(run("outline", str(FIXTURE)).stdout)
    assert "page" not in txt["sections"][0] and "page" not in txt["closing"]


@pytest.mark.slow
def test_check_reads_a_pdf_and_refuses_to_rewrite_it(draft_pdf: tuple[Path, Path], tmp_path: Path) -> None:
    _, pdf_path = draft_pdf
    r = run("check", str(pdf_path))
    assert r.returncode == 0 and r.stdout == "", r.stdout + r.stderr
    before = pdf_path.read_bytes()
    r = run("check", "--fix", str(pdf_path))
    assert r.returncode == 2
    assert r.stderr.strip() == (f"{pdf_path}: --fix 不用于 PDF 或网页：请修改原稿（.docx 或 .txt）后再导出；"
                                "其问题照常列出")
    assert pdf_path.read_bytes() == before


def test_fix_over_a_web_page_refuses_to_rewrite_it_and_still_lists_its_findings(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    html = _STORED_PAGE.replace("二、狠抓落实", "三、狠抓落实")
    page.write_text(html, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("在全县工作会议上的讲话\n同志们：\n一、统一思想\n要统一思想。\n一、狠抓落实\n要狠抓落实。\n"
                     "同志们，让我们共同努力！\n", encoding="utf-8")
    r = run("check", "--fix", "--select", "N201", str(tmp_path))
    assert r.returncode == 2  # (a file that could not be fixed)
    assert f"{page}: --fix 不用于 PDF 或网页" in r.stderr and f"{draft}: 已修复 1 处（N201）" in r.stderr, r.stderr
    assert r.stdout.startswith(f"{page}:11:1: N201 "), r.stdout  # its findings are listed all the same
    assert page.read_text(encoding="utf-8") == html
    # near miss: the same folder checked without --fix reports the page and exits 1
    r = run("check", "--select", "N201", str(tmp_path))
    assert r.returncode == 1 and r.stdout.startswith(f"{page}:11:1: N201 "), r.stdout + r.stderr


@pytest.mark.slow
def test_a_file_whose_name_says_nothing_sure_is_read_by_its_first_bytes(draft_pdf: tuple[Path, Path],
                                                                       tmp_path: Path) -> None:
    # A site's attachment saved as 「download.jsp」, a PDF saved under a text name, a .docx that
    # WPS named 「.doc」: each read as what its bytes are
    docx_path, pdf_path = draft_pdf
    want = json.loads(run("outline", str(pdf_path)).stdout)["sections"]
    for name, src in (("download.jsp", pdf_path), ("copy.txt", pdf_path), ("draft.doc", docx_path),
                      ("attachment", docx_path)):
        target = tmp_path / name
        target.write_bytes(src.read_bytes())
        got = json.loads(run("outline", str(target)).stdout)
        assert [h["title"] for h in got["sections"]] == [h["title"] for h in want], name
    # near miss: a real old .doc and a text that mentions 「%PDF-」 later on are not taken for either
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert "另存为 .docx" in run("outline", str(old)).stderr
    text = tmp_path / "note.txt"
    text.write_text("同志们：\n文件头是%PDF-，不是正文。\n", encoding="utf-8")
    assert json.loads(run("outline", str(text)).stdout)["salutation"] == "同志们"


@pytest.mark.slow
def test_a_pdfs_findings_say_the_page_they_are_on(tmp_path: Path) -> None:
    # A PDF's lines are its paragraphs, which no viewer shows: each finding says its page too
    pytest.importorskip("pypdfium2")
    docx_path = tmp_path / "slip.docx"
    _draft(docx_path, SPEECH.replace("二、突出抓好关键环节", "一、突出抓好关键环节"))
    pdf_path = _soffice(docx_path, tmp_path)
    found = json.loads(run("check", "--select", "N201", "--output-format", "json", str(pdf_path)).stdout)
    assert [(d["code"], d["page"]) for d in found] == [("N201", 2)], found
    assert run("check", "--select", "N201", str(pdf_path)).stdout.rstrip().endswith("（第2页）")
    # near miss: the .docx it came from has paragraphs for lines, and no page in its findings
    found = json.loads(run("check", "--select", "N201", "--output-format", "json", str(docx_path)).stdout)
    assert [d["code"] for d in found] == ["N201"] and "page" not in found[0]


def test_pdfs_that_hold_no_text_are_refused_by_name(tmp_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    blank = tmp_path / "scan.pdf"
    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    doc.save(str(blank))
    doc.close()
    r = run("outline", str(blank))
    assert r.returncode == 2
    assert r.stderr.strip() == f"{blank}: PDF 中没有可提取的文字（可能是扫描件，请先做文字识别）"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really\n")
    r = run("outline", str(broken))
    assert r.returncode == 2 and r.stderr.startswith(f"{broken}: 不是可读取的 PDF") and "Traceback" not in r.stderr


# --- saved web pages ----------------------------------------------------------------------


def page_html(text: str, charset: str = "utf-8") -> str:
    lines = text.splitlines()
    body = "\n".join(f"<p>{ln}</p>" for ln in lines[1:])
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{lines[0]}_某某县人民政府网</title>'
            '<style>p { line-height: 2 }</style><script>var menu = "一、首页 二、新闻";</script></head><body>'
            '<nav><ul><li>一、首页</li><li>二、政务公开</li><li>三、办事服务</li></ul></nav>'
            f'<div class="article"><h1>{lines[0]}</h1>\n{body}</div>'
            "<aside><h3>相关阅读</h3><ul><li>（一）全县召开防汛工作会议</li></ul></aside>"
            "<footer>主办：某某县人民政府办公室　技术支持：某某网络公司</footer></body></html>")


def test_a_saved_page_reads_as_its_text_line_for_line(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_bytes(page_html(SPEECH, "gb2312").encode("gb18030"))
    text = read_html(p)
    assert text == SPEECH  # menus, scripts, the side list and the footer are not the page's text
    assert parse_outline(text) == parse_outline(SPEECH)
    r = run("outline", str(p))
    assert r.returncode == 0 and json.loads(r.stdout)["title"] == SPEECH.splitlines()[0]


# A page saved as stored by a site: a head of several lines, then one element per line,
# then the article's last paragraphs and sign-off on one long line.
_STORED_PAGE = (
    "<html>\n<head>\n<title>某县会议讲话</title>\n</head>\n<body>\n"  # lines 1-5
    "<h1>在全县工作会议上的讲话</h1>\n"  # 6
    "<p>同志们：</p>\n"  # 7
    "<p>今天召开会议，我讲两点意见。</p>\n"  # 8
    "\n"  # 9
    "<p><b>一、统一思想</b></p>\n"  # 10
    "<p>要提高认识。</p><p>二、狠抓落实</p><p>要真抓实干。</p>"
    "<p>同志们，让我们团结一心，为完成全年目标任务而努力奋斗！</p>\n"  # 11
    "</body>\n</html>\n")


def test_an_outline_of_a_saved_page_gives_the_lines_of_the_file_as_stored(tmp_path: Path) -> None:
    for name in ("page.html", "page.txt"):  # (a page's HTML saved under a text name is read as HTML)
        p = tmp_path / name
        p.write_text(_STORED_PAGE, encoding="utf-8")
        got = json.loads(run("outline", str(p)).stdout)
        assert got["title"] == "在全县工作会议上的讲话"
        assert [(h["marker"], h["line"]) for h in got["sections"]] == [("一、", 10), ("二、", 11)]
        assert got["closing"]["line"] == 11
    # Near miss: the same text as plain lines keeps its own numbering.
    plain = tmp_path / "plain.txt"
    plain.write_text(html_text(_STORED_PAGE), encoding="utf-8")
    got = json.loads(run("outline", str(plain)).stdout)
    assert [(h["marker"], h["line"]) for h in got["sections"]] == [("一、", 4), ("二、", 6)]


def test_check_of_a_saved_page_reports_the_lines_of_the_file_as_stored(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(_STORED_PAGE.replace("二、狠抓落实", "三、狠抓落实"), encoding="utf-8")
    r = run("check", "--select", "N201", "--output-format", "json", str(p))
    assert [(d["code"], d["line"]) for d in json.loads(r.stdout)] == [("N201", 11)]


def test_full_output_of_a_saved_page_shows_the_line_as_read_under_the_stored_line(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(_STORED_PAGE.replace("二、狠抓落实", "三、狠抓落实"), encoding="utf-8")
    r = run("check", "--select", "N201", "--output-format", "full", str(p))
    shown = r.stdout.splitlines()
    assert shown[0].endswith(":11:1: N201 编号「一、」之后应为「二、」，实为「三、」"), r.stdout
    assert shown[1] == "   11 | 三、狠抓落实"  # (the words as the page shows them, not line 11 of the text read)
    assert shown[2] == "      | ^^^^"


def test_fix_of_a_saved_page_changes_the_markup_only_where_the_finding_is(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    slipped = _STORED_PAGE.replace("二、狠抓落实", "一、狠抓落实").replace("<p>同志们：", "<p>同志们:")
    p.write_bytes(slipped.replace("\n", "\r\n").encode("gb18030"))
    r = run("check", "--fix", "--exit-zero", str(p))
    assert "已修复 2 处（N201, S102）" in r.stderr, r.stderr
    assert p.read_bytes() == _STORED_PAGE.replace("\n", "\r\n").encode("gb18030")  # as it was, line ends and all
    # a number set in its own element, or with its title after a tag, is fixed there too
    for written in ("<p><span>一、</span><span>狠抓落实</span></p>", "<p><b>一、狠</b><i>抓落实</i></p>"):
        page = _STORED_PAGE.replace("<p>二、狠抓落实</p>", written.replace("一、", "二、"))
        p.write_text(page.replace("二、狠", "一、狠") if "一、狠</b>" in written else
                     page.replace("<span>二、</span>", "<span>一、</span>"), encoding="utf-8")
        assert "已修复 1 处（N201）" in run("check", "--fix", "--exit-zero", str(p)).stderr
        assert p.read_text(encoding="utf-8") == page


def test_fix_of_a_page_on_one_line_takes_the_place_the_text_reads_in_order(tmp_path: Path) -> None:
    # A reply stored on one line whose two items start with the same words: after the slip,
    # 「一、同意设立某某」 stands twice; the second is the one the finding is at.
    page = ("<html><head><title>批复</title></head><body><h1>关于同意设立某某的批复</h1><p>某市人民政府：</p>"
            "<p>你市请示收悉。现批复如下：</p><p>一、同意设立某某园区，园区建设纳入全市规划统筹推进。</p>"
            "<p>二、同意设立某某基金，基金管理办法由你市另行制定。</p>"
            "<p>三、请你市认真组织实施，重大事项及时报告。</p></body></html>\n")
    p = tmp_path / "reply.txt"
    p.write_text(page.replace("二、同意", "一、同意"), encoding="utf-8")
    assert "已修复 1 处（N201）" in run("check", "--fix", "--exit-zero", str(p)).stderr
    assert p.read_text(encoding="utf-8") == page
    # Near miss: the same words also in a block the page never shows: which is which cannot be
    # told by order, so the finding stays and the page is not touched.
    hidden = page.replace("<body>", "<body><div hidden>一、同意设立某某</div>").replace("二、同意", "一、同意")
    p.write_text(hidden, encoding="utf-8")
    r = run("check", "--fix", "--select", "N201", "--output-format", "json", "--exit-zero", str(p))
    assert [d["code"] for d in json.loads(r.stdout)] == ["N201"]
    assert p.read_text(encoding="utf-8") == hidden


def test_fix_of_a_saved_page_reads_a_space_as_the_markup_writes_it(tmp_path: Path) -> None:
    # A page exported from Word: its items' numbers followed by a tab, a no-break space or its
    # reference, which the page shows as a space.  The words around an edit stand there all the
    # same; the fix is made there, and the space it removes is the markup's own.
    items = ("<br>\u3000\u30001.\t要把安全责任落实到人。\n<br>\u3000\u30002.&nbsp;要把隐患排查落实到位。\n"
             "<br>\u3000\u3000{n}.\u00a0要把应急演练落实到班组。\n")
    page = ("<html><body>\n<p>在全县安全生产会议上的讲话</p>\n<br>同志们：\n" + items
            + "<br>同志们，让我们共同努力！\n</body></html>\n")
    p = tmp_path / "page.txt"
    p.write_text(page.format(n=2), encoding="utf-8")
    r = run("check", "--fix", "--select", "N201,N211", "--exit-zero", str(p))
    assert "已修复 4 处（N201, N211）" in r.stderr, r.stderr
    assert p.read_text(encoding="utf-8") == page.format(n=3).replace("\t", "").replace("&nbsp;", "").replace(
        "\u00a0", "")
    # Near miss: a space the text shows where the markup has none (a tag between) is no place found
    tagged = page.format(n=2).replace("2.&nbsp;要把隐患", "2.</b><b>要把隐患")
    p.write_text(tagged, encoding="utf-8")
    r = run("check", "--fix", "--select", "N201", "--exit-zero", str(p))
    assert "已修复 1 处（N201）" in r.stderr, r.stderr


def test_fix_of_a_saved_page_leaves_words_not_written_as_read(tmp_path: Path) -> None:
    # Near miss: the same slip with its number behind a character reference, or split by a tag,
    # is reported and left: an edit there could not change just those characters.
    for written in ("<p>&#19968;、狠抓落实</p>", "<p>一<b>、狠抓落实</b></p>"):
        p = tmp_path / "page.txt"
        slipped = _STORED_PAGE.replace("<p>二、狠抓落实</p>", written)
        p.write_text(slipped, encoding="utf-8")
        r = run("check", "--fix", "--select", "N201", "--output-format", "json", "--exit-zero", str(p))
        assert [(d["code"], d["line"]) for d in json.loads(r.stdout)] == [("N201", 11)]
        assert p.read_text(encoding="utf-8") == slipped
        assert f"{p}:11:1: N201 无法在网页源码中修改" in r.stderr, r.stderr  # (and the writer is told)
    # and the words of a fix that stand in an attribute too are never edited there
    attr = _STORED_PAGE.replace("<p>二、狠抓落实</p>", '<p title="一、狠抓落实">一、狠抓落实</p>')
    p.write_text(attr, encoding="utf-8")
    run("check", "--fix", "--exit-zero", str(p))
    assert p.read_text(encoding="utf-8") == attr.replace(">一、狠抓落实<", ">二、狠抓落实<")


def test_blocks_and_breaks_end_lines_and_inline_tags_do_not() -> None:
    html = ("<div><span>一、</span><b>统一</b>思想</div><p>要统一<br>思想。</p>"
            "<table><tr><td>甲</td><td>乙</td></tr></table><pre>  二、\n  原样</pre>")
    assert html_text(html) == "一、统一思想\n要统一\n思想。\n甲 乙\n  二、\n  原样\n"
    # near miss: the same words in a script, a template or a hidden block are not read
    assert html_text("<script>一、统一思想</script><template><p>二、</p></template><div hidden>三、</div>"
                     "<p>正文。</p>") == "正文。\n"


def test_lines_typed_around_a_saved_table_keep_their_breaks() -> None:
    # A scraper's fragment: lines outside every element, or right inside a table, are
    # lines a writer or a site typed, not text a browser would flow together.
    fragment = ("发布日期：2024-05-16\n来源：县政府办\n<tbody>\n<tr><td><p>关于某事的通知</p></td></tr>\n</tbody>\n"
                "【打印本页】\n相关链接：\n")
    assert html_text(fragment) == "发布日期：2024-05-16\n来源：县政府办\n关于某事的通知\n【打印本页】\n相关链接：\n"
    # Near miss: English wrapped in the source, or Chinese broken around a Latin word, flows on.
    assert html_text("<div><p>The report was\n  published in May.</p></div>\n") == \
        "The report was published in May.\n"
    assert html_text("<div>全年增长\nGDP 5%</div>") == "全年增长 GDP 5%\n"


def test_a_page_source_cut_at_one_width_flows_and_its_page_numbers_stand_apart() -> None:
    # A page's source passed through a PDF: every line cut at 24 characters, a page number and
    # a running header between two pieces of a paragraph.  The text flows as a browser shows it,
    # Chinese joined with no space, and the number and the header under it, the copy's furniture, go.
    body = ("同志们，今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。"
            "各乡镇、各部门要以高度负责的精神，扎扎实实把各项工作抓好，确保全县安全形势持续稳定向好。")
    closing = ("同志们，安全生产责任重于泰山，让我们守土尽责、真抓实干，以更加坚定的决心、更加务实的作风，"
               "为建设平安某县作出新的更大贡献！")
    paras = ["<h1>在全县安全生产工作会议上的讲话</h1>", f"<p>{body}</p>", "<p>一、压实安全责任</p>", f"<p>{body}</p>",
             f"<p>{closing}</p>"]
    clean = "\n".join(paras) + "\n"
    cut = [p[i:i + 24] for p in paras for i in range(0, len(p), 24)]
    k = len(cut) - 2  # inside the closing paragraph
    paged = "\n".join([*cut[:k], "- 2 -", "某县人民政府办公室", *cut[k:]]) + "\n"
    assert parse_outline(html_text(paged)) == parse_outline(html_text(clean))
    assert "- 2 -" not in html_text(paged) and "某县人民政府办公室" not in html_text(paged)
    # near miss: a site's text set line by line (lines as long as their sentences) keeps its lines
    said = ["同志们：", "今天开会。", "一、压实安全责任", "各乡镇要抓好落实。", "谢谢大家！"] * 3
    lines = "<div>\n" + "\n".join(said) + "\n</div>"
    assert html_text(lines).splitlines()[:3] == ["同志们：", "今天开会。", "一、压实安全责任"]


def test_a_running_header_set_across_the_page_width_goes_with_its_page_number() -> None:
    # The header's halves stand at the page's two edges: the text layer puts thirty-odd spaces
    # between them.  Measured with the gap as one space it is as short as any header, and goes.
    closing = ("同志们，安全生产责任重于泰山，让我们守土尽责、真抓实干，以更加坚定的决心、更加务实的作风，"
               "为建设平安某县作出新的更大贡献！")
    body = ("各乡镇、各部门要以高度负责的精神，扎扎实实把各项工作抓好，确保全县安全形势持续稳定向好。"
            "要把安全生产摆在更加突出的位置，层层压实责任，逐级传导压力，坚决守住安全底线。")
    paras = ["<h1>在全县安全生产工作会议上的讲话</h1>", f"<p>{body}</p>", "<p>一、压实安全责任</p>",
             f"<p>{body}</p>", f"<p>{closing}</p>"]
    cut = [p[i:i + 24] for p in paras for i in range(0, len(p), 24)]
    k = len(cut) - 2

    def paged(header: str) -> str:
        return html_text("\n".join([*cut[:k], "- 2 -", header, *cut[k:]]) + "\n")

    wide = "某县政府文件汇编" + " " * 34 + "2025年6月"
    assert parse_outline(paged(wide)) == parse_outline(html_text("\n".join(paras) + "\n"))
    # near miss: words past a header's length, the gap aside, are text under the page number
    long = "某县人民政府办公室关于进一步做好全县安全生产大检查和隐患排查治理工作的补充通知" + " " * 34 + "2025年6月"
    assert "补充通知" in parse_outline(paged(long))["closing"]["text"]


def test_chinese_set_line_by_line_in_the_source_keeps_its_lines() -> None:
    # A site that shows its stored text with white-space: pre-line: the addressee, the
    # paragraphs and the bold headings are lines, and the outline finds the headings.
    page = ("<div class=\"content\">\n    各乡镇人民政府，县直各部门：\n"
            "现将有关事项通知如下。\n<b>一、各地自查</b>\n各地要开展逐项自查。\n<b>二、部门自查</b>\n各部门要深入自查。\n特此通知。\n</div>")
    assert html_text(page) == ("各乡镇人民政府，县直各部门：\n现将有关事项通知如下。\n一、各地自查\n"
                               "各地要开展逐项自查。\n二、部门自查\n各部门要深入自查。\n特此通知。\n")
    assert [h["marker"] for h in parse_outline(html_text(page))["sections"]] == ["一、", "二、"]


def test_the_window_title_stands_first_only_when_the_page_has_no_heading() -> None:
    assert html_text("<title>讲话_某某网</title><p>同志们：</p>") == "讲话_某某网\n同志们：\n"
    assert html_text("<title>讲话_某某网</title><h1>讲话</h1><p>同志们：</p>") == "讲话\n同志们：\n"


def test_an_empty_page_is_refused_by_name(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><head><script>x()</script></head><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_html(p)
    assert e.value.reason == "网页中没有可显示的文字"


# --- a real browser: the page printed to PDF -----------------------------------------------


@pytest.mark.slow
def test_a_page_printed_by_a_browser_reads_as_the_page(tmp_path: Path) -> None:
    pytest.importorskip("pypdfium2")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        pytest.skip("no headless browser: apt-get install chromium fonts-noto-cjk")
    from speechparse.pdf import read_pdf

    page = tmp_path / "page.html"
    page.write_text(page_html(SPEECH).replace("<style>p { line-height: 2 }</style>",
                                              "<style>p { text-indent: 2em; margin: 0 }</style>"),
                    encoding="utf-8")
    pdf = tmp_path / "page.pdf"
    # Chromium's own margins: the date and the window title at the top, the address and
    # 「1/3」 page numbers at the foot of every page.
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    got = read_pdf(pdf)
    assert got.pages[-1] >= 2
    assert "某某县人民政府网" not in got.text and "file:" not in got.text and "1/" not in got.text
    want = parse_outline(SPEECH)
    assert without_lines(parse_outline(got.text))["sections"] == without_lines(want)["sections"]
    assert without_lines(parse_outline(got.text)) == without_lines(want)


@pytest.mark.slow
def test_characters_past_the_basic_plane_come_back_whole_from_a_pdf(tmp_path: Path) -> None:
    """pdfium gives UTF-16: an emoji or an Extension B character (a rare name's) is two units; read as one
    character, never as lone surrogates that no output can encode."""
    pytest.importorskip("pypdfium2")
    from speechparse.pdf import read_pdf

    docx_path = tmp_path / "wish.docx"
    _draft(docx_path, SPEECH.replace("同志们：", "同志们：\n今天是吉\U00020BB7同志的好日子。"))
    pdf_path = _soffice(docx_path, tmp_path)
    got = read_pdf(pdf_path).text
    assert "吉\U00020BB7同志" in got and not any("\ud800" <= ch <= "\udfff" for ch in got)
    out = run("outline", str(pdf_path))
    assert out.returncode == 0 and json.loads(out.stdout)["salutation"] == "同志们"


@pytest.mark.slow
def test_radicals_a_pdf_maps_for_ideographs_read_as_the_ideographs(tmp_path: Path) -> None:
    """macOS writes 「一」「二」「八」 as Kangxi radicals 「⼀」「⼆」「⼋」 (they look the same): read as ideographs,
    the markers are markers (and a radical the text means stays whatever it is read as)."""
    pytest.importorskip("pypdfium2")
    docx_path = tmp_path / "mac.docx"
    _draft(docx_path, SPEECH.replace("一、", "\u2f00、").replace("二、", "\u2f06、"))
    found = json.loads(run("outline", str(_soffice(docx_path, tmp_path))).stdout)
    assert [s["marker"] for s in found["sections"]][:2] == ["一、", "二、"]
    # the supplement's radicals too, 「⻛险」 for 「风险」 (no decomposition of Unicode's); a component alone stays
    _draft(docx_path, SPEECH.replace("同志们：", "同志们：\n防范化解\u2edb险，守住底线\u2ec8。"))
    from speechparse.pdf import read_pdf

    text = read_pdf(_soffice(docx_path, tmp_path)).text
    assert "防范化解风险，守住底线\u2ec8。" in text


@pytest.mark.slow
@pytest.mark.parametrize(("sizes", "title"), [
    ((18, 14), "2024年暑期实践团队项目进度统计"),  # the cover's title set larger than the label under it
    ((11, 11), "填写说明"),  # near miss: nothing set apart, the page's words decide (the label, standing last)
])
def test_a_pdfs_title_set_centred_and_larger_is_weighed_with_the_pages_words(
        tmp_path: Path, sizes: tuple[int, int], title: str) -> None:
    pytest.importorskip("pypdfium2")
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    for text, size in (("2024年暑期实践团队项目进度统计", sizes[0]), ("（项目状态需每天填写，当天20:00前提交。）", 11),
                       ("填写说明", sizes[1])):
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(text).font.size = Pt(size)
    for text in ("一、表格内容要如实填写，空缺项填“无”，不得随意删减表格中的任何栏目和内容，以便统计。",
                 "二、表格栏高不够可以增加，但请保持表格整体格式统一，便于汇总统计和归档保存备查。"):
        d.add_paragraph(text)
    d.save(str(tmp_path / "form.docx"))
    out = run("outline", str(_soffice(tmp_path / "form.docx", tmp_path)))
    assert json.loads(out.stdout)["title"] == title
