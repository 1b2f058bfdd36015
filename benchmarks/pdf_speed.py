"""A 30-page PDF read into an outline, against the PDF extractor alone.

Builds a Word draft of about thirty pages (a speech with ten parts, each with
sub-headings and body paragraphs, a running header and a page number in the
footer), has LibreOffice turn it into a PDF, and times, interleaved round by
round (best of ``--rounds``), on one core:

* ``pdfium text``: pypdfium2 opening the file and giving each page's text (the
  extractor alone: what any reader built on it pays);
* ``read_pdf``: our reading of characters, boxes and fonts into paragraphs, page
  furniture dropped (:func:`speechparse.pdf.read_pdf`);
* ``outline``: that, then the outline as JSON (what ``speechparse outline x.pdf``
  does after start-up).

Needs LibreOffice (``soffice``), python-docx and pypdfium2::

    python benchmarks/pdf_speed.py [--pages 30] [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

_NUMERALS = "一二三四五六七八九十"
_BODY = ("各级各部门要提高政治站位，把这项工作摆在突出位置，主要负责同志要亲自研究、亲自部署、亲自督促，"
         "分管负责同志要具体抓、抓具体，确保各项任务不折不扣落到实处。要建立健全工作台账，明确时间节点和责任人，"
         "实行清单化管理、项目化推进，定期调度通报进展情况，对推进不力的单位要及时督促整改。")


def speech(parts: int, per: int) -> list[str]:
    """A speech's paragraphs: title, date, salutation, preamble, ``parts`` parts of three
    sub-headings with ``per`` body paragraphs each, closing."""
    out = ["在全县重点工作推进会上的讲话", "（2026年3月12日）", "同志们：",
           f"今天召开全县重点工作推进会，主要任务是安排部署今年的重点工作。下面，我讲{_NUMERALS[parts - 1]}点意见。"]
    for p in range(parts):
        out.append(f"{_NUMERALS[p]}、扎实推进第{_NUMERALS[p]}项重点工作")
        for s in range(3):
            out.append(f"（{_NUMERALS[s]}）抓好第{_NUMERALS[s]}个方面的任务")
            out += [_BODY] * per
    out.append("同志们，新的一年任务艰巨、责任重大，让我们团结一心，真抓实干，为全县高质量发展作出新的更大贡献！")
    return out


def build_pdf(folder: Path, pages: int) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(16)
    section = d.sections[0]
    section.header.paragraphs[0].text = "某某县人民政府办公室"
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot._p.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve">— </w:t></w:r>'))
    foot._p.append(parse_xml(f'<w:fldSimple {w} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    foot._p.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve"> —</w:t></w:r>'))
    # (ten parts of three sub-headings with three paragraphs each fill about sixteen pages at 16 pt)
    for k, text in enumerate(speech(10, max(1, round(pages * 3 / 16)))):
        p = d.add_paragraph(text)
        if k < 2:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif text != "同志们：":
            p.paragraph_format.first_line_indent = Pt(32)
    src = folder / "speech.docx"
    d.save(str(src))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(folder), str(src)], capture_output=True, timeout=300,
                   check=True)
    return folder / "speech.pdf"


def pdfium_text(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    n = 0
    for page in doc:
        tp = page.get_textpage()
        n += len(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=7)
    a = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from speechparse.parser import parse_outline
    from speechparse.pdf import read_pdf

    def outline(path: Path) -> int:
        return len(json.dumps(parse_outline(read_pdf(path).text), ensure_ascii=False))

    with tempfile.TemporaryDirectory() as tmp:
        path = build_pdf(Path(tmp), a.pages)
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(str(path)))
        o = parse_outline(read_pdf(path).text)
        heads = sum(1 + len(s["children"]) for s in o["sections"])
        runs: dict[str, Callable[[], int]] = {
            "pdfium text": lambda: pdfium_text(path), "read_pdf": lambda: len(read_pdf(path).text),
            "outline": lambda: outline(path)}
        best = {k: float("inf") for k in runs}
        for _ in range(a.rounds):
            for k, f in runs.items():
                t = time.perf_counter()
                f()
                best[k] = min(best[k], time.perf_counter() - t)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, one core, load average {load:.2f}; best of {a.rounds} rounds")
    print(f"PDF: {pages} pages, title {o['title']!r}, {heads} headings read")
    base = best["pdfium text"]
    for k, v in best.items():
        print(f"{k:12} {v * 1000:8.1f} ms  {v / base:5.2f}x the extractor alone")
    print(f"the structure reading adds {(best['outline'] - best['read_pdf']) / best['read_pdf']:.0%} to our reading "
          f"of the PDF; {pages} pages in {best['outline']:.2f} s")


if __name__ == "__main__":
    main()
