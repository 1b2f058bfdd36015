"""Saved web pages (.html, .htm) as text: one line per block, as a browser lays them out.

A speech on a government site, a WeChat article saved from the browser or a
site export is a page: the speech is its text, and the site around it
(menus, share bars, lists of other articles) is page furniture that the text
readers above already know as noise in a copied page.  So this module does
what a browser's "copy all" does, no more: block elements (「<p>」「<div>」
「<h1>」「<li>」「<br>」…) end a line, runs of white space inside a line are
one space (ideographic and no-break spaces are kept: they are text), and
what is never shown (scripts, styles, templates, the document head, comments
other than the writer's inline marker) is left out, as are ``<nav>``,
``<aside>`` and ``<footer>``, which a page marks as not being its content.
The page's ``<title>`` stands first only where the page has no ``<h1>``: the
heading is the speech's own title; the window title often adds the site's name.

The bytes are decoded by the byte-order mark, then the ``<meta charset>`` the
page declares, then as text files are (UTF-8, then GB18030).  The standard
library's parser is used: it is linear in the input and never fetches
anything (no entities, no external parts).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .lazyre import lazy_compile
from .pagenumbers import MARKER_PAGE_FIRST, MARKER_PAGE_RE, header_length, is_page_number
from .textfile import DEFAULT_MAX_BYTES, check_regular_file, decode

_BLOCKS = frozenset(
    "address article blockquote body br center dd details dialog dir div dl dt fieldset figcaption figure form "
    "h1 h2 h3 h4 h5 h6 header hr html legend li main menu ol p pre section summary table tbody tfoot "
    "thead tr ul caption".split())
_HIDDEN = frozenset("script style noscript template svg math canvas iframe object head title select button textarea "
                    "nav aside footer".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACE_RUN = lazy_compile(r"[ \t\n\r\f\v]+")
# Elements that hold other elements, not text: text right inside one (or outside every
# element, in a fragment) is not part of the page's layout but lines typed around it,
# and keeps its line breaks (a scraper's 「日期：……」 over a table it saved).
_NO_TEXT = frozenset("html table tbody thead tfoot tr ul ol dl".split())
# Chinese characters and full-width punctuation: a line of Chinese text ends and begins with one.
_CJK_RE = lazy_compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’《》…—]")
_LINE_ENDS = frozenset("。！？：；」”）】》")


def _last_char(text: str) -> str:
    stripped = text.rstrip()
    return stripped[-1] if stripped else ""


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


class _Text(HTMLParser):
    def __init__(self, width: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.width = width  # the width the source is hard-wrapped at (0: none): its line breaks are no lines
        self.flowed = width > 0
        self.lines: list[str] = []
        self.current: list[str] = []
        self.hidden: list[str] = []  # the hidden elements we are inside
        self.pre = 0
        self.in_title = False
        self.title: list[str] = []
        self.has_h1 = False
        self.open: list[str] = []  # the elements we are inside (not the hidden ones)
        self.linenos: list[int] = []  # the stored file's line where each line's text starts
        self.start_line = 0  # …and the current line's (0: no text in it yet)
        self.title_line = 1
        self.open_count: dict[str, int] = {}
        self.last = ""  # the current line's last character that is not a space

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and not self.hidden:
                self.end_line(keep_empty=True)
            return
        if tag == "title":
            self.in_title = True
            self.title_line = self.getpos()[0]
        if self.hidden or tag in _HIDDEN or any(k == "hidden" for k, _ in attrs):
            self.hidden.append(tag)
            return
        if tag == "h1":
            self.has_h1 = True
        if tag == "pre":
            self.pre += 1
        self.open.append(tag)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if tag in _BLOCKS:
            self.end_line()
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.hidden:
            if tag in self.hidden:  # close it and whatever was left open inside it
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        if self.open_count.get(tag):  # close it and whatever was left open inside it
            while self.open:
                last = self.open.pop()
                self.open_count[last] -= 1
                if last == tag:
                    break
        if tag in _BLOCKS:
            self.end_line()
        if tag == "pre" and self.pre:
            self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.hidden:
            return
        row = self.getpos()[0]
        if self.pre:
            first, *more = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            self._add(first, row)
            for piece in more:
                row += 1
                self.end_line(keep_empty=True)
                self._add(piece, row)
            return
        if "\n" in data or "\r" in data:
            self._lines_of(data.replace("\r\n", "\n").replace("\r", "\n").split("\n"), row)
            return
        self._add(_SPACE_RUN.sub(" ", data), row)

    def _lines_of(self, pieces: list[str], row: int) -> None:
        """Text over several source lines: where its line breaks are lines of the text.

        A browser flows them together; but text right inside a table or a list, or
        outside every element (lines typed around a scraper's fragment), is not laid
        out by the page, and Chinese set line by line in the source (a site that shows
        its text with ``white-space: pre-line``) breaks where a Chinese line ends and
        the next begins (English wrapped in the source flows on).
        """
        loose = not self.open or self.open[-1] in _NO_TEXT
        prev = self.last
        # the first character after each piece's start, read once from the end (not per piece)
        after = [""] * (len(pieces) + 1)
        for j in range(len(pieces) - 1, -1, -1):
            stripped = pieces[j].lstrip()
            after[j] = stripped[0] if stripped else after[j + 1]
        segment: list[str] = []
        start = row
        numbered = number = False  # (the piece before, this piece: a page number alone on its source line)
        header = False  # the piece before came right after a page number (a running header, maybe)
        for j, piece in enumerate(pieces):
            if j:
                nxt = after[j]
                # (a page number alone on its source line, a PDF's copy pasted into the page, stands apart,
                # and so does what follows it: the page furniture reader reads them as in a text copy; in
                # a source cut at one width, inside a block, they are that copy's furniture, and go)
                bare = piece.strip()
                number = is_page_number(bare) or (
                    bare[:1] in MARKER_PAGE_FIRST and MARKER_PAGE_RE.match(bare) is not None)
                if self.flowed and j + 1 < len(pieces) and (number or (numbered and self._header(piece))):
                    numbered = number
                    continue
                if loose or number or numbered or header or (not self.flowed and (
                        _CJK_RE.match(prev) and (_CJK_RE.match(nxt) if nxt else prev in _LINE_ENDS))):
                    self._add(self._joined(segment), start)
                    self.end_line()
                    segment, start = [], row + j
            if not segment and not piece.strip():
                start = row + j + 1  # (the segment's text starts on a later line)
            segment.append(piece)
            header = numbered and bool(piece.strip())
            numbered = bool(j) and number
            prev = _last_char(piece) or prev
        self._add(self._joined(segment), start)

    def _header(self, piece: str) -> bool:
        """A running header under a page number in a source cut at one width: not as wide as the
        width (every piece of a paragraph cut at it but its last is), and no clause or tag in it."""
        bare = piece.strip()
        return 0 < header_length(bare) <= _HEADER and len(piece.rstrip()) != self.width and \
            not any(p in bare for p in "。，,；;！？!?<>")

    def _joined(self, segment: list[str]) -> str:
        """A segment's source lines as one: a space between them, none between Chinese
        characters where the source was hard-wrapped at a width."""
        if not self.flowed or len(segment) < 2:
            return _SPACE_RUN.sub(" ", "\n".join(segment))
        out = [segment[0].rstrip()]
        last = out[0][-1:]
        for piece in segment[1:]:
            piece = piece.strip()
            if not piece:
                continue
            if last:
                out.append("" if _CJK_RE.match(last) and _CJK_RE.match(piece[0]) else " ")
            out.append(piece)
            last = piece[-1]
        return _SPACE_RUN.sub(" ", "".join(out))

    def _add(self, piece: str, row: int) -> None:
        if not self.start_line and piece.strip(" "):
            self.start_line = row
        self.current.append(piece)
        self.last = _last_char(piece) or self.last

    def handle_comment(self, data: str) -> None:
        # A comment is never shown, but the writer's inline marker 「<!-- speechparse: ignore
        # N201 -->」 (checks/suppress.py) is kept, as a line of its own, for the check to read.
        low = data.lower()
        if not self.hidden and ("speechparse:" in low or "speechparse：" in low) and len(data) <= 400:
            self.end_line()
            self.lines.append("<!--" + _SPACE_RUN.sub(" ", data) + "-->")
            self.linenos.append(self.getpos()[0])

    def end_line(self, keep_empty: bool = False) -> None:
        line = "".join(self.current)
        if not self.pre:
            line = line.strip(" ")
        self.current = []
        if line or (keep_empty and self.lines and self.lines[-1]):
            self.lines.append(line)
            self.linenos.append(self.start_line or self.getpos()[0])
        self.start_line = 0
        self.last = ""


_HEADER = 40  # characters: a running header is short
_WRAP_MIN = 16  # characters: a line this long may be a piece of a hard-wrapped source
_WRAP_LINES = 8


def _wrap_width(markup: str) -> int:
    """The width the source is cut at, or 0: it is cut at one width (a copy of a page's source passed through a PDF or a
    mail): most of its long lines are exactly as long as each other.  Text a site sets line
    by line (``white-space: pre-line``) has lines as long as their sentences."""
    lengths: dict[int, int] = {}
    n = 0
    for line in markup.splitlines():
        k = len(line.rstrip())
        if k >= _WRAP_MIN:
            lengths[k] = lengths.get(k, 0) + 1
            n += 1
    width, top = max(lengths.items(), key=lambda kv: kv[1], default=(0, 0))
    return width if top >= _WRAP_LINES and top * 5 >= n * 2 else 0


def html_text(markup: str) -> str:
    """The text of an HTML page, one line per block (see the module's notes)."""
    return html_lines(markup)[0]


_TITLE_SHOWN = 8


def html_lines(markup: str) -> tuple[str, list[int]]:
    """The text of an HTML page, and for each of its lines the stored line it starts on.

    The outline counts lines in the file as stored (a saved page's 120 lines, or the
    one line a scraper put a whole article on), not in the text read from it.
    """
    parser = _Text(_wrap_width(markup))
    parser.feed(markup)
    parser.close()
    parser.end_line()
    lines, linenos = parser.lines, parser.linenos
    while lines and not lines[-1]:
        lines.pop()
        linenos.pop()
    title = _SPACE_RUN.sub(" ", "".join(parser.title)).strip()
    if title and not parser.has_h1 and title not in lines[:_TITLE_SHOWN]:  # (the text shows it at its top,
        # maybe under a line or two of the site's)
        lines.insert(0, title)
        linenos.insert(0, parser.title_line)
    return "".join(line + "\n" for line in lines), linenos


def read_html(path: str | Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of the saved web page at ``path``."""
    return read_html_lines(path, encoding, max_bytes)[0]


def read_html_lines(path: str | Path, encoding: str | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[int]]:
    """The text of the saved web page at ``path``, and the stored line of each of its lines."""
    name = str(path)
    check_regular_file(Path(path), max_bytes)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(name, f"无法读取（{e.strerror}）", f"cannot be read ({e.strerror})") from None
    if encoding is None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            encoding = "gb18030" if declared in ("gb2312", "gbk", "gb18030", "x-gbk") else declared
            try:
                "".encode(encoding)
            except LookupError:
                encoding = None
    text = decode(data, encoding, name).text
    out = html_lines(text)
    if not out[0].strip():
        raise InputError(name, "网页中没有可显示的文字", "the page shows no text")
    return out
