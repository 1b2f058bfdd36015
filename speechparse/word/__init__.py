"""Word drafts (.docx): read as Word shows them, reviewed and fixed in Word form.

* :mod:`.package`: the zip of XML parts, read within bounds and written back
  changing only what changed;
* :mod:`.numbering`: the list numbers Word generates;
* :mod:`.text`: paragraph text as Word shows it, mapped back to the runs;
* :mod:`.runs`: a paragraph's runs split and rewritten, keeping their formatting;
* :mod:`.fixes`: the fixes made in the runs and in the list numbers (``fix_docx``);
* :mod:`.comments`: the comments part, and a comment anchored on a range;
* :mod:`.review`: a copy with a comment per finding, the fixes as tracked changes (``annotate_docx``).

Needs lxml (``pip install 'speechparse[docx]'``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..textfile import DEFAULT_MAX_BYTES
from .numbering import Numbering
from .package import DOCUMENT, MAX_PART, NUMBERING, STYLES, Package
from .text import Paragraph, read_paragraphs, reread


class WordDocument:
    """A .docx opened for reading: its package, numbering and paragraphs."""

    def __init__(self, path: str | Path, max_part: int = DEFAULT_MAX_BYTES) -> None:
        self.package = Package(path, min(max_part, MAX_PART))
        self.refresh()

    def refresh(self) -> None:
        """Read the paragraphs again (after the XML changed)."""
        pkg = self.package
        self.numbering = Numbering(pkg.xml(NUMBERING), pkg.xml(STYLES))
        self.paragraphs: list[Paragraph] = read_paragraphs(pkg.xml(DOCUMENT), self.numbering)

    def refresh_paragraphs(self, indices: Iterable[int]) -> None:
        """Read again only these paragraphs (their runs changed, not the numbering).

        A review makes hundreds of changes, each in one paragraph: reading the
        whole document after each would cost their product.
        """
        for i in set(indices):
            fresh = reread(self.paragraphs[i], self.numbering)
            if fresh is None:  # a field or a text box: read the document again
                self.refresh()
                return
            self.paragraphs[i] = fresh

    @property
    def text(self) -> str:
        """Line N is paragraph N."""
        return "\n".join(p.text for p in self.paragraphs)


def read_docx(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a .docx as a reader sees it, one line per paragraph."""
    return read_docx_titled(path, max_bytes)[0]


def read_docx_titled(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str | None]:
    """The text of a .docx (see :func:`read_docx`) and the paragraph it sets as its title, if it sets one
    (:mod:`.prominence`)."""
    from .prominence import marked_title

    doc = WordDocument(path, max_bytes)
    try:
        block = marked_title(doc.paragraphs, doc.package.xml(STYLES))
        return doc.text, ("\n".join(doc.paragraphs[k].text for k in block) if block else None)
    finally:
        doc.package.close()
