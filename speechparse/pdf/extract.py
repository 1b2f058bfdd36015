"""Characters and their boxes out of a PDF, with pdfium (``pypdfium2``), as lines.

pdfium is the reader of Chromium: permissively licensed, fast, and it falls
back on its built-in Adobe-GB1 character maps when a Chinese font (GBK-EUC-H,
UniGB-UCS2-H) carries no ToUnicode map, as many official PDFs do.  Here it
gives each character, its box and its font; pdfium's own line breaks split
the lines (checked against the geometry), the spaces it invents between
words are kept only between two Latin letters or digits, and rotated text
(a diagonal watermark) is left out.
"""

from __future__ import annotations

import ctypes
import math
import unicodedata
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import InputError
from .geometry import PdfLine

MAX_PAGES = 2000
_HAN_FIRST = 0x2E80  # CJK radicals onwards: the characters whose font tells a heading
_BLOCK_GAP = 6.0  # character sizes: a gap this wide on one baseline parts two blocks
_WORD_GAP = 0.2  # character sizes: a gap this wide between two characters is a space


def _family(raw: bytes) -> str:
    """A font's family: the name without its subset tag (「ABCDEF+」) and style."""
    name = raw.decode("latin-1")
    if len(name) > 7 and name[6] == "+":
        name = name[7:]
    for sep in (",", "-"):
        name = name.split(sep)[0]
    return name.lower()


def read_lines(path: str | Path, max_pages: int = MAX_PAGES) -> list[PdfLine]:
    """Every text line of the PDF at ``path``, page by page."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        raise InputError(str(path), "读取 PDF 需要 pypdfium2：pip install 'speechparse[pdf]'",
                         "reading a PDF needs pypdfium2: pip install 'speechparse[pdf]'") from None
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        reason = str(e)
        if "password" in reason.lower():
            raise InputError(str(path), "PDF 已加密（需要密码），无法读取", "the PDF is encrypted (needs a password)") \
                from None
        raise InputError(str(path), f"不是可读取的 PDF（{reason}）", f"not a readable PDF ({reason})") from None
    try:
        if len(doc) > max_pages:
            raise InputError(str(path), f"PDF 页数过多（{len(doc)} 页，上限 {max_pages} 页）",
                             f"too many pages ({len(doc)}, limit {max_pages})")
        lines: list[PdfLine] = []
        for number in range(len(doc)):
            page = doc[number]
            try:
                lines.extend(_page_lines(raw, page, number + 1))
            finally:
                page.close()
        return lines
    finally:
        doc.close()


def _page_lines(raw: Any, page: Any, number: int) -> list[PdfLine]:
    height = float(page.get_height())
    textpage = page.get_textpage()
    try:
        return _lines(raw, textpage.raw, number, height)
    finally:
        textpage.close()


class _Char(NamedTuple):
    base: float  # the baseline, from the page's top
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    char: str
    at: int  # pdfium's index, to ask for its font


def _chars(raw: Any, tp: Any, height: float) -> list[_Char]:
    box = raw.FS_RECTF()
    m = raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    out: list[_Char] = []
    count = raw.FPDFText_CountChars(tp)
    for i in range(count):
        if raw.FPDFText_IsGenerated(tp, i):
            continue  # pdfium's own spaces and line breaks: the geometry says where they go
        u = raw.FPDFText_GetUnicode(tp, i)
        if u < 32 or u in (0xFFFE, 0xFEFF, 0xAD):
            continue
        if 0xD800 <= u <= 0xDFFF:  # pdfium gives UTF-16: a character past U+FFFF (an emoji, a rare name's
            # character in Extension B) is two units, the first at its box; the second is passed over
            low = raw.FPDFText_GetUnicode(tp, i + 1) if u <= 0xDBFF and i + 1 < count else 0
            if not 0xDC00 <= low <= 0xDFFF:
                continue  # (the second unit, or a unit alone: no character)
            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
        elif 0x2E80 <= u <= 0x2FDF:  # a radical's own code point for the ideograph, as macOS PDFs map 「⼀」「⼋」:
            u = ord(_radical_as_ideograph(chr(u)))  # read as 「一」「八」, or a marker 「⼀、」 is no marker
        angle = raw.FPDFText_GetCharAngle(tp, i)
        if 0.05 < angle < 2 * math.pi - 0.05:
            continue  # rotated: a watermark or a stamp, not the text
        raw.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(box))  # the advance, not the ink: gaps are gaps
        raw.FPDFText_GetCharOrigin(tp, i, ctypes.byref(ox), ctypes.byref(oy))
        # The size on the page: the font size times the scale of the text matrix (WPS writes
        # 「/F1 1 Tf」 under a matrix of 16, or a large font under a small matrix)
        scale = math.sqrt(abs(m.a * m.d - m.b * m.c)) if raw.FPDFText_GetMatrix(tp, i, ctypes.byref(m)) else 1.0
        size = raw.FPDFText_GetFontSize(tp, i) * (scale or 1.0) or (box.top - box.bottom) or 1.0
        out.append(_Char(height - oy.value, box.left, box.right, height - box.top, height - box.bottom,
                         size, chr(u), i))
    return out


def _radical_as_ideograph(ch: str) -> str:
    """A Kangxi radical or a supplement's radical as the ideograph it stands for (itself if none)."""
    same = unicodedata.normalize("NFKC", ch)
    return same if len(same) == 1 and same != ch else _SUPPLEMENT.get(ch, ch)


# The supplement's radicals that are whole characters in their own shape (Unicode gives them no
# decomposition, as it does the Kangxi radicals): 「⻛险」 is 「风险」.  (A component alone, 「⻈」「⻐」, stays.)
_SUPPLEMENT = dict(zip("⺟⺠⻁⻄⻅⻆⻉⻋⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                       "母民虎西见角贝车长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟", strict=True))


def _lines(raw: Any, tp: Any, number: int, height: float) -> list[PdfLine]:
    """The page's characters grouped by their baseline, each line read left to right.

    The order of a PDF's drawing operations is not the reading order (LibreOffice
    draws quotation marks in a pass of their own), so pdfium's order and its
    line breaks are not used: characters on one baseline are one line, split
    where a gap wider than a few characters leaves two blocks side by side.
    """
    font = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()

    def family(c: _Char | None) -> str:
        if c is None:
            return ""
        raw.FPDFText_GetFontInfo(tp, c.at, font, len(font), ctypes.byref(flags))
        return _family(font.value)

    chars = sorted(_chars(raw, tp, height), key=lambda c: (c.base, c.x0))
    rows: list[list[_Char]] = []
    for c in chars:
        if rows and abs(c.base - rows[-1][0].base) <= 0.3 * max(c.size, rows[-1][0].size):
            rows[-1].append(c)
        else:
            rows.append([c])
    out: list[PdfLine] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        start = 0
        for k in range(1, len(row) + 1):
            if k < len(row) and row[k].x0 - row[k - 1].x1 <= _BLOCK_GAP * row[k].size:
                continue
            line = _line(row[start:k], number, height, family)
            if line is not None:
                out.append(line)
            start = k
    return out


def _word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _line(row: list[_Char], number: int, height: float, family: Any) -> PdfLine | None:
    """One line's text; a gap wider than the line's usual one is a space.

    A justified line spreads its characters evenly, so only a gap that stands out
    from the line's own spacing is a space (a run of them, between Chinese
    characters, as wide as the ideographic spaces it stands for).
    """
    gaps = sorted(b.x0 - a.x1 for a, b in pairwise(row) if a.char != " " and b.char != " ")
    usual = max(gaps[len(gaps) // 2], 0.0) if gaps else 0.0
    parts: list[str] = []
    prev: _Char | None = None
    for c in row:
        gap = c.x0 - prev.x1 - usual if prev is not None else 0.0
        if prev is not None and prev.char != " " and c.char != " " and gap > _WORD_GAP * c.size \
                and _word(prev.char) == _word(c.char):  # (not the room set between Chinese and Latin)
            em = round(gap / c.size)
            parts.append("\u3000" * min(em, 4) if em and not _word(c.char) else " ")
        parts.append(c.char)
        prev = c
    text = "".join(parts).strip()
    if not text:
        return None
    ink = [c for c in row if c.char != " "]
    sizes = sorted(c.size for c in ink)
    han = [c for c in ink if ord(c.char) >= _HAN_FIRST]
    return PdfLine(number, text, ink[0].x0, max(c.x1 for c in ink), min(c.top for c in ink),
                   max(c.bottom for c in ink), sizes[len(sizes) // 2], family(han[0] if han else None),
                   family(han[-1] if han else None), height)
