"""A PDF's lines back into paragraphs, from where they stand on the page.

A PDF keeps no paragraphs: it places lines.  What a reader sees, and what
this module reads, is geometry:

* **page furniture**: a running header or footer is a line at the top or
  the foot of a page that comes back page after page (its digits aside),
  or a page number there, or a line in a smaller size above or below the
  text; it is dropped;
* **paragraph starts**: a line that is indented (or centred), that follows
  a line ending short of the right margin, that stands after a wider gap,
  or that changes the size or the font family (GB/T 9704 sets headings in
  the body size and tells them by 黑体/楷体, so the family is the signal);
* **hard wraps**: everything else goes on the line before, with no space
  between Chinese characters, and across a page break.

Where the page does not indent its paragraphs, a full line that ends a
sentence may end its paragraph or not: the line break is kept, so the text
readers above see two lines rather than one paragraph made of two.

The module knows nothing of pdfium: it takes :class:`PdfLine` records (the
reader in :mod:`.extract` makes them) and is tested with made-up ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from ..pagenumbers import is_page_number

_ZONE = 0.12  # the share of the page's height at its top and foot where furniture stands
_SMALL = 0.85  # a line this much smaller than the body text, in the zone, is furniture
_MAX_FURNITURE = 40  # characters
_INDENT = 0.8  # ems from the left margin: an indented line
_FLUSH = 0.5  # ems from the left margin: a line that starts at the margin
_FULL = 1.3  # ems short of the right margin: still a full line
_DISPLAY = 1.15  # times the text's size: a line set for display (a title)
_GAP = 1.45  # line pitches: a wider gap starts a paragraph
_SENTENCE_END = frozenset("。！？!?…；;：:")
_DIGITS = str.maketrans("0123456789０１２３４５６７８９", "##########" * 2)


@dataclass(frozen=True)
class PdfLine:
    """One line as placed on its page (PDF points, ``top`` and ``bottom`` from the page's top)."""

    page: int  # 1-based
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size of most of its characters
    font_start: str = ""  # the font family of its first and last characters
    font_end: str = ""
    page_height: float = 842.0


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int  # where it starts
    size: float = 0.0  # its first line's font size
    centred: bool = False  # its first line is centred


def paragraphs(lines: list[PdfLine]) -> list[Paragraph]:
    """The paragraphs of a document's lines (in reading order, page by page)."""
    pages: dict[int, list[PdfLine]] = {}
    for ln in lines:
        if ln.text.strip():
            pages.setdefault(ln.page, []).append(ln)
    for page in pages.values():
        page.sort(key=lambda ln: (round(ln.top), ln.x0))
    body = _drop_furniture(pages)
    if not body:
        return []
    em = _body_size(body)
    both = _margins(body, em)  # one text block for the whole document: a page of few lines shows too little
    margins = dict.fromkeys(pages, both)
    pitch = _pitch(body, em)
    uses_indent = _uses_indent(body, margins, em)
    out: list[Paragraph] = []
    parts: list[str] = []
    start_page = body[0].page
    prev: PdfLine | None = None
    centred = False  # the paragraph's first line is centred: so are the lines that go on it
    size = 0.0
    for ln in body:
        text = ln.text.strip()
        if prev is not None and _goes_on(prev, ln, margins, em, pitch, uses_indent, centred):
            parts.append(_joiner(parts[-1], text) + text)
        else:
            if parts:
                out.append(Paragraph("".join(parts), start_page, size, centred))
            parts, start_page, size = [text], ln.page, ln.size
            centred = _centred(ln, margins, em)
        prev = ln
    if parts:
        out.append(Paragraph("".join(parts), start_page, size, centred))
    return out


def _key(text: str) -> str:
    return "".join(text.split()).translate(_DIGITS)


def _drop_furniture(pages: dict[int, list[PdfLine]]) -> list[PdfLine]:
    """The lines of every page but its running headers, footers and page numbers."""
    # Candidates: up to two lines at each end of a page, inside the page's top or foot zone.
    ends: dict[tuple[int, int], str] = {}  # (page, index in page) -> "top" | "foot"
    for p, page in pages.items():
        for k in (0, 1):
            if k < len(page) and page[k].bottom <= page[k].page_height * _ZONE:
                ends[(p, k)] = "top"
            j = len(page) - 1 - k
            if j >= 0 and page[j].top >= page[j].page_height * (1 - _ZONE):
                ends[(p, j)] = "foot"
    # The body's size, from the lines outside the margins (all lines, if none is)
    inside = [ln for p, page in pages.items() for k, ln in enumerate(page) if (p, k) not in ends]
    sizes = [ln.size for ln in inside or [ln for page in pages.values() for ln in page] for _ in ln.text]
    em = median(sizes) if sizes else 0.0
    seen: Counter[tuple[str, str]] = Counter()
    for (p, k), where in ends.items():
        seen[(where, _key(pages[p][k].text))] += 1
    repeated = max(2, (len(pages) + 1) // 2)
    body: list[PdfLine] = []
    for p, page in pages.items():
        for k, ln in enumerate(page):
            spot = ends.get((p, k))
            if spot is not None and (is_page_number(ln.text.strip()) or seen[(spot, _key(ln.text))] >= repeated
                                     or (ln.size <= em * _SMALL and len(ln.text.strip()) <= _MAX_FURNITURE)):
                continue
            body.append(ln)
    return body


def _body_size(body: list[PdfLine]) -> float:
    return median([ln.size for ln in body for _ in range(len(ln.text))]) or 12.0


def _margins(body: list[PdfLine], em: float) -> tuple[float, float]:
    """The left and right margins: the outermost edges two lines share.

    The right margin is the edge the full lines of running text share, where there
    are enough of them: a table's right-aligned figures may stand further out, and
    measured against those every line of prose would look short.
    """
    left = _shared(sorted(ln.x0 for ln in body), em)
    right = -_shared(sorted(-ln.x1 for ln in body), em)
    prose = [round(ln.x1) for ln in body if len(ln.text) >= 8 and _prose_end(ln.text[-1])]
    if prose:
        counts = Counter(prose)
        edge, n = max(((x, sum(counts[y] for y in range(x - 2, x + 3))) for x in counts),
                      key=lambda xn: (xn[1], xn[0]))
        # (and where the prose's edge is a little inside the outermost one: a grid of whole ems
        # ends Chinese lines short of a line of half-width digits, and a line that gives its
        # last character to the next, so that 「，」 does not start it, is one em shorter still)
        if n >= 3 and n * 5 >= len(body) and edge < right:
            right = float(edge)
    return left, right


def _prose_end(ch: str) -> bool:
    """A line of running text ends in a Chinese character or mark, not a figure of a table."""
    return ch >= "\u2e80" or ch in "，。、；：！？"


def _shared(xs: list[float], em: float) -> float:
    """The outermost edge (``xs`` sorted outermost first) that two lines share, near the very edge.

    A lone line a little further out (a hanging 「。」) is not the margin; the
    edge of the page's full lines is.
    """
    for a, b in pairwise(xs):
        if b - xs[0] > em * 1.5:
            break
        if b - a <= em * 0.3:
            return a
    return xs[0]


def _pitch(body: list[PdfLine], em: float) -> float:
    steps = [b.top - a.top for a, b in pairwise(body)
             if a.page == b.page and abs(a.size - b.size) <= em * 0.1 and b.top - a.top > em * 0.5]
    return median(steps) if steps else em * 1.5


def _indented(ln: PdfLine, margins: dict[int, tuple[float, float]], em: float) -> bool:
    return ln.x0 - margins[ln.page][0] >= em * _INDENT


def _full(ln: PdfLine, margins: dict[int, tuple[float, float]], em: float) -> bool:
    return margins[ln.page][1] - ln.x1 <= em * _FULL


# Marks a line may not start with (and so the characters before them go down with them).
_NO_START = frozenset("，。、；：！？）》」』”’〕】…")
_NUMERALS = frozenset("一二三四五六七八九十")
_HELD = 2  # characters a typesetter carries down to the next line with such a mark


def _held_over(a: PdfLine, b: PdfLine, margins: dict[int, tuple[float, float]], em: float) -> bool:
    """Line ``a`` ends short because its last characters went down with a mark that may not
    start a line: 「……偏多两到三」 over 「成，出现……」 (LibreOffice and Word leave the room empty)."""
    head = b.text.lstrip()[:_HELD + 1]
    k = next((i for i, ch in enumerate(head) if ch in _NO_START), 0)
    if k == 1 and head[1] == "、" and head[0] in _NUMERALS:
        return False  # (「二、」 opens a heading: no characters were carried down)
    return k > 0 and margins[a.page][1] - a.x1 <= em * (_FULL + k) and a.text.rstrip()[-1:] not in _SENTENCE_END


def _uses_indent(body: list[PdfLine], margins: dict[int, tuple[float, float]], em: float) -> bool:
    """Most lines that follow a short line (paragraph starts) are indented."""
    starts = [b for a, b in pairwise(body) if not _full(a, margins, em)]
    return len(starts) >= 3 and sum(_indented(b, margins, em) for b in starts) * 2 >= len(starts)


def _centred(ln: PdfLine, margins: dict[int, tuple[float, float]], em: float) -> bool:
    left, right = margins[ln.page]
    return ln.x0 - left >= em * _INDENT and abs((ln.x0 - left) - (right - ln.x1)) <= em * 1.5


def _goes_on(a: PdfLine, b: PdfLine, margins: dict[int, tuple[float, float]], em: float,
             pitch: float, uses_indent: bool, centred: bool) -> bool:
    """Line ``b`` is the next piece of the paragraph whose last piece is ``a``."""
    if not _full(a, margins, em) and not _held_over(a, b, margins, em):
        return False
    # (a centred line goes on a centred one; and on a full line set larger than the text, a
    # title that filled the measure and left its last words centred under it; a title's line ends
    # no sentence: two short indented sentences on a narrow page only look centred)
    if b.x0 - margins[b.page][0] > em * _FLUSH and not (
            (centred or a.size >= em * _DISPLAY) and _centred(b, margins, em)
            and a.text.rstrip()[-1:] not in _SENTENCE_END):
        return False
    if abs(a.size - b.size) > em * 0.1:
        return False
    if a.font_end and b.font_start and a.font_end != b.font_start:
        return False
    if a.page == b.page and b.top - a.top > pitch * _GAP:
        return False
    if b.page not in (a.page, a.page + 1):
        return False
    return uses_indent or a.text.rstrip()[-1:] not in _SENTENCE_END


def _joiner(before: str, after: str) -> str:
    """What goes between two pieces of a paragraph: a space only between two Latin words."""
    a, b = before[-1:], after[:1]
    return " " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() else ""
