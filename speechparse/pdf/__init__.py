"""PDF files as text: one line per paragraph, with the page each line starts on.

* :mod:`.extract`: characters, boxes and fonts out of the file (pypdfium2);
* :mod:`.geometry`: page furniture dropped, lines joined into paragraphs.

Needs pypdfium2 (``pip install 'speechparse[pdf]'``).  What a PDF cannot give
back: text drawn as pictures (a scan) and fonts that map their glyphs to no
characters at all; both are refused with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..errors import InputError
from ..titlemark import HeadLine, marked_title
from .extract import MAX_PAGES, read_lines
from .geometry import Paragraph, paragraphs

_MAX_UNREADABLE = 0.05  # private-use and replacement characters: glyphs with no character behind them


class PdfText(NamedTuple):
    text: str  # one line per paragraph, each ending in "\n"
    pages: list[int]  # pages[i]: the page (1-based) that line i + 1 starts on
    title: str | None = None  # the paragraph set apart as the title (:mod:`speechparse.titlemark`)


def read_pdf(path: str | Path, max_pages: int = MAX_PAGES) -> PdfText:
    """The text of the PDF at ``path``; :class:`InputError` if it holds no text to read."""
    paras = paragraphs(read_lines(path, max_pages))
    text = "".join(p.text + "\n" for p in paras)
    visible = [c for c in text if not c.isspace()]
    if not visible:
        raise InputError(str(path), "PDF 中没有可提取的文字（可能是扫描件，请先做文字识别）",
                         "the PDF holds no text to extract (a scan? run OCR first)")
    bad = sum(1 for c in visible if c == "\ufffd" or "\ue000" <= c <= "\uf8ff")
    if bad > len(visible) * _MAX_UNREADABLE:
        raise InputError(str(path), "PDF 的字体没有字符映射，提取出的文字无法辨认",
                         "the PDF's fonts map their glyphs to no characters: the text cannot be read")
    block = _set_apart(paras)
    return PdfText(text, [p.page for p in paras], "\n".join(paras[k].text for k in block) if block else None)


def _set_apart(paras: list[Paragraph]) -> list[int]:
    """The head paragraphs set apart as the title: centred and larger than the text (by each paragraph's
    first line: :func:`speechparse.titlemark.marked_title`)."""
    return marked_title(HeadLine(i, p.text.strip(), round(p.size, 1), p.centred)
                        for i, p in enumerate(paras) if p.text.strip())
