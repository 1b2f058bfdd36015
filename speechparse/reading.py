"""Any input to text: the reader is picked by the file's suffix (or, where it says nothing sure, its first bytes).

A text file is decoded by :mod:`speechparse.textfile`; a .docx, a PDF and a
saved web page each have their reader (:mod:`speechparse.docx_input`,
:mod:`speechparse.pdf`, :mod:`speechparse.html_input`), and a text file that
holds a page's markup is read as a page.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

from .lazyre import lazy_compile
from .textfile import DEFAULT_MAX_BYTES, check_regular_file, read_file


class Source(NamedTuple):
    """What a file gives to read: its text, and for a PDF the page each line starts on."""

    text: str
    pages: list[int] | None = None  # pages[i]: the page of line i + 1
    lines: list[int] | None = None  # lines[i]: the stored file's line that line i + 1 was read from
    title: str | None = None  # the line the file sets as its title (a .docx's Title style, or its size and place)


# (read, not rewritten: no --fix on them)
_PAGE_KINDS = {".pdf": ".pdf", ".html": ".html", ".htm": ".html", ".xhtml": ".html"}
_SNIFFED = (".doc", ".wps", ".txt", ".md", ".jsp", ".php", ".aspx", ".asp", ".do", "")  # (names a download got)


def kind_of(path: str | Path) -> str:
    """How the file is read: ``.docx``, ``.pdf``, ``.html`` or ``.txt``.

    By its suffix; a file whose suffix says nothing sure (none, 「download.jsp」, or
    a Word draft saved as 「.doc」 that is in fact a .docx) by its first bytes: a
    PDF starts 「%PDF-」, a .docx is a zip with a ``word/document.xml`` in it.
    """
    name = str(path)
    if name == "-":
        return ".txt"
    suffix = Path(name).suffix.lower()
    if suffix == ".docx" or suffix in _PAGE_KINDS:
        return _PAGE_KINDS.get(suffix, suffix)
    if suffix not in _SNIFFED and len(suffix) <= 5:
        return ".txt"
    try:
        if not stat.S_ISREG(os.stat(name).st_mode):
            return ".txt"  # (a pipe or a device is never opened here: the text reader refuses it by name)
        with open(name, "rb") as f:
            head = f.read(5)
    except OSError:
        return ".txt"  # (the text reader names what is wrong with it)
    if head == b"%PDF-":
        return ".pdf"
    if head[:4] == b"PK\x03\x04":
        import zipfile

        try:
            with zipfile.ZipFile(name) as z:
                if "word/document.xml" in z.namelist():
                    return ".docx"
        except (OSError, zipfile.BadZipFile):
            pass
    return ".txt"


def read_source(path: str | Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                kind: str | None = None) -> Source:
    """The text of any supported input: a text file, a .docx or a PDF (one line per
    paragraph), or a saved web page (one line per block).  ``kind``: :func:`kind_of` the
    file, where the caller has it already (its first bytes are not read again)."""
    suffix = kind or kind_of(path)
    if suffix == ".docx":
        from .docx_input import read_docx_titled

        check_regular_file(Path(path), max_bytes)
        text, title = read_docx_titled(path, max_bytes)
        return Source(text, title=title)
    if suffix == ".pdf":
        from .pdf import read_pdf

        check_regular_file(Path(path), max_bytes)
        got = read_pdf(path)
        return Source(got.text, got.pages, title=got.title)
    if suffix == ".html":
        from .html_input import read_html_lines

        text, linenos = read_html_lines(path, encoding, max_bytes)
        return Source(text, None, linenos)
    text = read_file(path, encoding, max_bytes).text
    if looks_like_markup(text):
        from .html_input import html_lines

        text, linenos = html_lines(text)
        return Source(text, None, linenos)
    return Source(text)


_BLOCK_TAG_RE = lazy_compile(r"<(?:p|div|td|tr|br|li|h[1-6]|table|tbody|span)[\s>/]", re.IGNORECASE)
_MARKUP_SAMPLE = 4000
# A line that opens with a block tag: the markup starts there, under a few lines typed above it (a title, a
# name), as it does where the text opens with a tag (a tag quoted in a sentence opens no line).
_LINE_TAG_RE = lazy_compile(r"^[ \t]*<(?:p|div|td|tr|li|h[1-6]|table|section)[\s>]", re.IGNORECASE | re.MULTILINE)
_DOCUMENT_TAG_RE = lazy_compile(r"^[ \t]*<(?:!doctype html|html)[\s>]", re.IGNORECASE | re.MULTILINE)


def looks_like_markup(text: str) -> bool:
    """A page's HTML saved under a text name (a database field, a scraper's dump): read as HTML.

    A whole document (「<!DOCTYPE html」, 「<html」) is one.  Otherwise its start has
    block tags throughout: three if it opens with a tag or a line of it does under a few labels (a
    title and a name typed over the markup: :func:`_under_site_lines`), else eight (a few metadata
    lines may stand above the markup); a text that only quotes a tag or two (a post about HTML)
    is read as text.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if "<" not in head[:_MARKUP_SAMPLE]:
        return False
    if head[:14].lower().startswith(("<!doctype html", "<html")) or _under_site_lines(head, _DOCUMENT_TAG_RE):
        return True  # a whole document, however long its <head> and <style> before the body
    tags = len(_BLOCK_TAG_RE.findall(head, 0, _MARKUP_SAMPLE))
    opens = head[:1] == "<" or _under_site_lines(head, _LINE_TAG_RE)
    return tags >= (3 if opens else 8)


_SITE_LINES = 4


def _under_site_lines(head: str, tag: re.Pattern[str]) -> bool:
    """Markup (a whole document, or a line opening with a block tag) under a few lines of a site's
    (「资源描述」「某县文档.docx」「第1页 / 共9页」, a title and its writer's name): labels and names, none
    of them a sentence or an address (「同志们：」 over markup is a text, and so is a Markdown file's
    front matter and opening over a table it embeds)."""
    m = tag.search(head, 0, _MARKUP_SAMPLE)
    if m is None:
        return False
    above = [x.strip() for x in head[:m.start()].splitlines() if x.strip()]
    return len(above) <= _SITE_LINES and not any(x[-1] in "：:。！？!?，,；;" for x in above)


def read_input(path: str | Path, encoding: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of any supported input (see :func:`read_source`)."""
    return read_source(path, encoding, max_bytes).text
