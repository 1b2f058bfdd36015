"""Review and fix in Word form: comments on the text at fault, fixes in the runs, nothing else changed.

The last tests open the results in LibreOffice (headless) and read the PDF
it makes: the comments and the fixed markers are there.  They skip, saying
so, where LibreOffice or poppler is not installed (CI installs them).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

from speechparse import annotate_docx, fix_docx  # noqa: E402
from speechparse.checks import check, fix  # noqa: E402
from speechparse.docx_input import read_docx  # noqa: E402
from speechparse.errors import InputError  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NSW = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def draft(path: Path) -> Path:
    """A draft with the usual mistakes; one marker split over three runs, one bold run."""
    d = docx.Document()
    d.add_paragraph("在全县安全生产工作会议上的讲话")
    d.add_paragraph("同志们:")
    d.add_paragraph("今天召开会议，部署工作。下面，我讲两点意见。")
    d.add_paragraph("一、提高认识")
    d.add_paragraph("安全生产责任重于泰山。")
    p = d.add_paragraph()
    p.add_run("(")
    p.add_run("一")
    title = p.add_run(")认清形势。")
    title.bold = True
    d.add_paragraph("当前形势依然复杂严峻。")
    d.add_paragraph("（二）、压实责任")
    d.add_paragraph("要层层压实责任。")
    d.add_paragraph("三、狠抓落实")
    d.add_paragraph("要一件一件抓落实。")
    d.add_paragraph("同志们，让我们团结一心，为全县安全生产形势持续稳定而努力奋斗！")
    d.save(str(path))
    return path


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", *args], capture_output=True)
    return subprocess.CompletedProcess(r.args, r.returncode, r.stdout.decode(), r.stderr.decode())


def test_fix_in_word_form_gives_the_text_fix_and_changes_only_the_document_part(tmp_path: Path) -> None:
    p = draft(tmp_path / "draft.docx")
    text = read_docx(p)
    before = members(p)
    r = run(str(p), "--fix")
    assert "已修复" in r.stderr
    fixed = read_docx(p)
    assert fixed == fix(text)[0]
    assert fixed.split("\n")[1] == "同志们：" and fixed.split("\n")[5] == "（一）认清形势"
    after = members(p)
    assert sorted(after) == sorted(before)
    assert [n for n in after if after[n] != before[n]] == ["word/document.xml"]
    body = docx.Document(str(p)).paragraphs[5]
    assert [(run.text, bool(run.bold)) for run in body.runs] == [("（", False), ("一", False), ("）认清形势", True)]


def test_fix_of_a_txt_twin_and_of_the_docx_agree(tmp_path: Path) -> None:
    p = draft(tmp_path / "draft.docx")
    twin = tmp_path / "draft.txt"
    twin.write_text(read_docx(p), encoding="utf-8")
    run(str(twin), "--fix")
    run(str(p), "--fix")
    assert read_docx(p) == twin.read_text(encoding="utf-8")


def test_annotate_writes_one_comment_per_finding_on_the_text_at_fault(tmp_path: Path) -> None:
    p = draft(tmp_path / "draft.docx")
    text = read_docx(p)
    found = check(text)
    out = tmp_path / "reviewed.docx"
    r = run(str(p), "--annotate", str(out))
    assert r.returncode == 1 and f"{out}: 写入批注 {len(found)} 条" in r.stderr
    assert read_docx(out) == text and read_docx(p) == text  # the text and the original as they were
    reviewed = docx.Document(str(out))
    comments = list(reviewed.comments)
    assert len(comments) == len(found)
    assert {c.author for c in comments} == {"speechparse"}
    texts = [c.text for c in comments]
    assert any(t.startswith("N204 序号「(一)」应使用全角括号「（一）」") and "修改：「(一)」改为「（一）」" in t
               for t in texts)
    body = reviewed.element.body
    anchored: dict[str, str] = {}
    for k, para in enumerate(body.iter(W + "p")):
        for start in para.iter(W + "commentRangeStart"):
            cid = start.get(W + "id")
            inside, on = [], False
            for el in para.iter():
                if el.tag == W + "commentRangeStart" and el.get(W + "id") == cid:
                    on = True
                elif el.tag == W + "commentRangeEnd" and el.get(W + "id") == cid:
                    on = False
                elif on and el.tag == W + "t":
                    inside.append(el.text or "")
            anchored[cid] = f"{k + 1}:" + "".join(inside)
    by_text = {c.text.split()[0] + "@" + anchored[str(c.comment_id)] for c in comments}
    assert "N204@6:(一)" in by_text and "S102@2::" in by_text
    assert "N203@8:、" in by_text


def test_annotate_refuses_several_drafts_and_the_draft_itself(tmp_path: Path) -> None:
    """One reviewed copy for one draft: two drafts (or a folder) would each overwrite the last copy, and the
    draft's own name would rewrite the draft the README promises is not touched."""
    p = draft(tmp_path / "draft.docx")
    q = draft(tmp_path / "second.docx")
    before = p.read_bytes()
    out = tmp_path / "reviewed.docx"
    for args in ((str(p), str(q)), (str(tmp_path),)):
        r = run(*args, "--annotate", str(out))
        assert r.returncode == 2 and "--annotate 只能用于一个 .docx 文件" in r.stderr and not out.exists()
    r = run(str(p), "--annotate", str(p))
    assert r.returncode == 2 and "--annotate 的输出不能是草稿本身" in r.stderr and p.read_bytes() == before
    r = run(str(p), "--annotate", str(out))  # (near case: one draft, another name)
    assert r.returncode == 1 and out.exists() and p.read_bytes() == before


def test_fix_and_annotate_write_tracked_changes(tmp_path: Path) -> None:
    p = draft(tmp_path / "draft.docx")
    text = read_docx(p)
    out = tmp_path / "tracked.docx"
    run(str(p), "--fix", "--annotate", str(out))
    assert read_docx(p) == text
    assert read_docx(out) == fix(text)[0]  # insertions in, deletions out: the fixed text
    xml = members(out)["word/document.xml"].decode()
    assert re.search(r'<w:ins [^>]*w:author="speechparse"', xml)
    assert re.search(r'<w:del [^>]*w:author="speechparse"', xml)
    assert "<w:delText>(</w:delText>" in xml


def numbered_draft(path: Path, shared: bool) -> Path:
    d = docx.Document()
    part = d.part.numbering_part.element
    part.append(parse_xml(
        f'<w:abstractNum {NSW} w:abstractNumId="50"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1">'
        '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="(%2)"/></w:lvl>'
        "</w:abstractNum>"))
    for nid in (50, 51) if shared else (50,):
        part.append(parse_xml(f'<w:num {NSW} w:numId="{nid}"><w:abstractNumId w:val="50"/></w:num>'))
    d.add_paragraph("同志们：")
    for text, level in (("统一思想", 0), ("认清形势", 1), ("明确任务", 1), ("狠抓落实", 0)):
        para = d.add_paragraph(text)
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {NSW}><w:ilvl w:val="{level}"/><w:numId w:val="50"/></w:numPr>'))
        d.add_paragraph("要抓好落实。")
    d.save(str(path))
    return path


def test_generated_numbers_are_fixed_in_the_numbering_part(tmp_path: Path) -> None:
    p = numbered_draft(tmp_path / "own.docx", shared=False)
    assert read_docx(p).split("\n")[3] == "(一)认清形势"
    before = members(p)
    text, applied, refused = fix_docx(p)
    assert [d.code for d in applied] == ["N204", "N204"] and refused == []  # both markers, one definition
    assert read_docx(p).split("\n")[3] == "（一）认清形势" and text == read_docx(p)
    after = members(p)
    assert 'w:val="（%2）"' in after["word/numbering.xml"].decode()
    assert sorted(n for n in after if after[n] != before[n]) == ["word/numbering.xml"]


def test_a_shared_number_definition_is_reported_not_fixed(tmp_path: Path) -> None:
    p = numbered_draft(tmp_path / "shared.docx", shared=True)
    before = p.read_bytes()
    r = run(str(p), "--fix")
    assert "N204 无法在 Word 文件中修改：该编号定义也用于其他列表" in r.stderr
    assert p.read_bytes() == before
    assert "N204" in r.stdout


def test_failures_leave_the_original_as_it_was(tmp_path: Path) -> None:
    p = draft(tmp_path / "draft.docx")
    before = p.read_bytes()
    r = run(str(p), "--annotate", str(tmp_path / "no" / "such" / "dir" / "out.docx"))
    assert r.returncode == 2 and p.read_bytes() == before
    p.chmod(0o444)
    r = run(str(p), "--fix")
    assert r.returncode == 2 and "文件只读" in r.stderr and p.read_bytes() == before
    with pytest.raises(InputError):
        annotate_docx(tmp_path / "missing.docx", tmp_path / "x.docx", [])


def test_annotate_refuses_text_files(tmp_path: Path) -> None:
    t = tmp_path / "a.txt"
    t.write_text("同志们:\n一、统一思想\n", encoding="utf-8")
    r = run(str(t), "--annotate", str(tmp_path / "out.docx"))
    assert r.returncode == 2 and "--annotate 只用于 .docx 文件" in r.stderr


@pytest.mark.slow
def test_hostile_docx_files_are_refused_at_once(tmp_path: Path) -> None:
    import time

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        body = "<w:p><w:r><w:t>一</w:t></w:r></w:p>" * 8_000_000
        z.writestr("word/document.xml", f'<w:document {NSW}><w:body>{body}</w:body></w:document>')
    start = time.perf_counter()
    r = run(str(bomb))
    assert r.returncode == 2 and "解压后过大" in r.stderr
    assert time.perf_counter() - start < 30
    entities = tmp_path / "entities.docx"
    with zipfile.ZipFile(entities, "w") as z:
        z.writestr("word/document.xml", '<!DOCTYPE d [<!ENTITY a "aaaa">]>'
                   f'<w:document {NSW}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>')
    r = run(str(entities))
    assert r.returncode == 2 and "DOCTYPE" in r.stderr


# --- LibreOffice opens what we wrote ------------------------------------------------------


def _pdf(docx_path: Path, out: Path) -> tuple[str, list[str]]:
    """LibreOffice's PDF of a .docx: its text (pdftotext), and its note annotations."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or poppler (pdftotext) is not installed: "
                    "apt-get install libreoffice-writer-nogui poppler-utils")
    opts = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run([soffice, f"-env:UserInstallation=file://{out}/profile", "--headless", "--norestore",
                    "--convert-to", opts, "--outdir", str(out), str(docx_path)],
                   capture_output=True, timeout=240, check=True)
    pdf = out / (docx_path.stem + ".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    notes = []
    for m in re.finditer(rb"/Contents\s*<([0-9A-Fa-f]+)>", pdf.read_bytes()):
        raw = bytes.fromhex(m.group(1).decode())
        if raw[:2] in (b"\xfe\xff", b"\xff\xfe"):
            notes.append(raw.decode("utf-16"))
    return text, notes


@pytest.mark.slow
def test_libreoffice_shows_the_comments_and_the_fixed_markers(tmp_path: Path) -> None:
    p = draft(tmp_path / "draft.docx")
    reviewed = tmp_path / "reviewed.docx"
    run(str(p), "--annotate", str(reviewed))
    text, notes = _pdf(reviewed, tmp_path)
    shown = text + "\n".join(notes)  # comments in the margin (newer LibreOffice) or as PDF notes
    assert "N204 序号「(一)」应使用全角括号「（一）」" in shown
    assert "S102 称谓「同志们」后应为全角冒号「：」" in shown
    assert "(一)认清形势" in text
    run(str(p), "--fix")
    fixed_text, _ = _pdf(p, tmp_path)
    assert "（一）认清形势" in fixed_text and "同志们：" in fixed_text and "(一)" not in fixed_text


@pytest.mark.slow
def test_review_of_a_long_draft_costs_no_square(tmp_path: Path) -> None:
    """Thousands of findings: each change re-reads its own paragraph, not the whole draft."""
    import time

    def timed(n: int) -> float:
        d = docx.Document()
        d.add_paragraph("同志们：")
        for _ in range(n):
            for line in ("一、甲", "(一)乙", "(二)丙"):  # N201 and N204 findings, a comment each
                d.add_paragraph(line)
        src = tmp_path / f"draft{n}.docx"
        d.save(str(src))
        found = check(read_docx(src))
        start = time.perf_counter()
        assert annotate_docx(src, tmp_path / f"reviewed{n}.docx", found, tracked=True) == len(found)
        text, applied, refused = fix_docx(src)
        assert len(applied) >= 2 * n
        assert not refused and text == fix(read_docx(tmp_path / f"reviewed{n}.docx"))[0] == read_docx(src)
        return time.perf_counter() - start

    small, large = timed(60), timed(480)
    assert large < 20 * small + 0.1, f"{small:.2f}s for 60 sections, {large:.2f}s for 480"


@pytest.mark.slow
def test_a_part_over_the_cap_is_refused_with_the_limit_and_one_under_it_is_read(tmp_path: Path) -> None:
    """The cap (8 MB of document.xml) keeps the costliest document under 10 s and 500 MB."""
    from speechparse.word.package import MAX_PART

    para = "<w:p><w:r><w:t>要抓好落实。</w:t></w:r></w:p>"
    head, tail = f'<w:document {NSW}><w:body>', "</w:body></w:document>"
    fill = (MAX_PART - len(head) - len(tail)) // len(para.encode())
    for n, refused in ((fill, False), (fill + 1, True)):
        path = tmp_path / f"{n}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", head + para * n + tail)
        if refused:
            with pytest.raises(InputError, match=r"解压后过大（8\.0 MB，上限 8 MB）"):
                read_docx(path)
        else:
            assert read_docx(path).count("\n") == n - 1
