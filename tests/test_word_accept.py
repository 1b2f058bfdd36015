"""A finding accepted in Word: a reply 「忽略」 to the tool's comment, or a comment of the writer's own.

The reply is built as Word writes one: a comment of its own, anchored on the
same place, whose paragraph's ``w14:paraId`` is linked to the tool's comment
by ``w15:paraIdParent`` in ``word/commentsExtended.xml``.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
from lxml import etree  # noqa: E402

from speechparse.word.fixes import fix_docx  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def skipped_draft(path: Path) -> Path:
    """一、 then 三、: N201 at line 5 (and a closing that is there)."""
    d = docx.Document()
    for line in ("同志们：", "今天讲两点意见。", "一、提高认识", "要提高认识。", "三、狠抓落实", "要抓好落实。",
                 "同志们，让我们团结一心，为完成全年任务而努力奋斗！"):
        d.add_paragraph(line)
    d.save(str(path))
    return path


def codes(path: Path, *more: str) -> list[str]:
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", str(path), "--output-format", "json",
                        *more], capture_output=True, text=True, check=False)
    import json

    return [f"{d['code']}:{d['line']}" for d in json.loads(r.stdout)]


def reply(annotated: Path, out: Path, code: str, answer: str) -> None:
    """Answer the tool's comment that starts with ``code`` by a reply ``answer``, as Word does."""
    with zipfile.ZipFile(annotated) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    comments = etree.fromstring(parts["word/comments.xml"])
    document = etree.fromstring(parts["word/document.xml"])
    parent = next(c for c in comments.iter(_w("comment"))
                  if "".join(t.text or "" for t in c.iter(_w("t"))).startswith(code + " "))
    parent_id = parent.get(_w("id"))
    parent.find(_w("p")).set(f"{{{W14}}}paraId", "1A2B3C4D")
    reply_id = "900"
    c = etree.SubElement(comments, _w("comment"), {_w("id"): reply_id, _w("author"): "王秘书"})
    p = etree.SubElement(c, _w("p"), {f"{{{W14}}}paraId": "5E6F7A8B"})
    etree.SubElement(etree.SubElement(p, _w("r")), _w("t")).text = answer
    # anchored where the parent is: the same paragraph
    start = next(el for el in document.iter(_w("commentRangeStart")) if el.get(_w("id")) == parent_id)
    para = start.getparent()
    para.insert(para.index(start), etree.Element(_w("commentRangeStart"), {_w("id"): reply_id}))
    ref_run = etree.SubElement(para, _w("r"))
    etree.SubElement(ref_run, _w("commentReference"), {_w("id"): reply_id})
    ext = (f'<w15:commentsEx xmlns:w15="{W15}"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/>'
           '<w15:commentEx w15:paraId="5E6F7A8B" w15:paraIdParent="1A2B3C4D" w15:done="0"/></w15:commentsEx>')
    parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8")
    parts["word/document.xml"] = etree.tostring(document, xml_declaration=True, encoding="UTF-8")
    parts["word/commentsExtended.xml"] = ext.encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.mark.slow
def test_a_reply_of_ignore_to_the_tools_comment_accepts_that_finding(tmp_path: Path) -> None:
    src = skipped_draft(tmp_path / "draft.docx")
    assert "N201:5" in codes(src)
    annotated = tmp_path / "annotated.docx"
    subprocess.run([sys.executable, "-m", "speechparse", "check", str(src), "--annotate", str(annotated)],
                   capture_output=True, check=False)
    reply(annotated, tmp_path / "accepted.docx", "N201", "忽略")
    reply(annotated, tmp_path / "agreed.docx", "N201", "同意，已改")  # near miss: an answer, not 忽略
    assert "N201:5" not in codes(tmp_path / "accepted.docx")
    assert "N201:5" in codes(tmp_path / "agreed.docx")
    # --fix leaves an accepted finding as it is; the near miss is fixed
    _, applied, _ = fix_docx(tmp_path / "accepted.docx")
    assert applied == [] and "三、狠抓落实" in docx.Document(str(tmp_path / "accepted.docx")).paragraphs[4].text
    _, applied, _ = fix_docx(tmp_path / "agreed.docx")
    assert [d.code for d in applied] == ["N201"]


@pytest.mark.slow
def test_a_writers_own_comment_names_what_it_accepts(tmp_path: Path) -> None:
    for said, accepted in (("忽略 N201", True), ("忽略N201。", True), ("ignore n201", True), ("忽略", True),
                           ("忽略 H302", False), ("忽略这一处的格式问题", False), ("ignored", False)):
        d = docx.Document(str(skipped_draft(tmp_path / "d.docx")))
        para = d.paragraphs[4]
        d.add_comment(para.runs, text=said, author="王秘书")
        path = tmp_path / "commented.docx"
        d.save(str(path))
        assert ("N201:5" not in codes(path)) == accepted, said
