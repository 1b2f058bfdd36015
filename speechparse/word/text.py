"""The paragraphs of a .docx as Word shows them, with a map back to the XML.

Paragraph text is read from the XML, not through python-docx's
``Paragraph.text`` (which sees only direct runs and hyperlinks):

* tracked insertions (``w:ins``, ``w:moveTo``) are read, deletions and moved
  sources (``w:del``, ``w:moveFrom``) are not;
* ``w:smartTag``, ``w:customXml``, ``w:sdt`` (inline and block) and
  ``w:hyperlink`` are read through;
* fields give their result, not their instruction (``w:fldSimple``, and
  ``w:fldChar`` begin/separate/end);
* ``mc:AlternateContent`` gives its ``mc:Choice`` (a text box is read once,
  not again from its ``mc:Fallback``);
* tables are read row by row, cell by cell; a text box's paragraphs follow
  the paragraph that anchors it; footnotes, headers and footers are other
  parts and are not read.

A soft line break (Shift+Enter) is a character inside its paragraph, so
line N stays paragraph N: between two Chinese characters it is nothing (a
title split by one is joined), between two Latin words a space, and before
a list item's marker a wide gap, where the line splitter starts the item's
line (a virtual line of the paragraph's).  Every
character read from a ``w:t`` remembers its element and offset, so a fix
can be made inside the runs and a comment anchored on the text at fault.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..lazyre import lazy_compile
from ..page.vocab import ITEM_MARKER
from .numbering import Numbering
from .package import MC, W

_W = "{" + W + "}"
_MC = "{" + MC + "}"
_P = _W + "p"
_R = _W + "r"
_T = _W + "t"
_THROUGH = frozenset(_W + t for t in ("ins", "moveTo", "smartTag", "customXml", "hyperlink",
                                      "fldSimple", "sdtContent", "dir", "bdo"))
_SKIP = frozenset(_W + t for t in ("del", "moveFrom", "pPr", "rPr", "proofErr", "bookmarkStart",
                                   "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "sdtPr",
                                   "sdtEndPr", "permStart", "permEnd"))


_NO_LINE_ENDS = str.maketrans({ch: " " for ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


class Piece(NamedTuple):
    """Characters ``start``..``end`` of a paragraph's text: a ``w:t`` (or ``None`` for the label,
    a tab or a break), and where they begin in that element's text."""

    start: int
    end: int
    element: Any
    offset: int


class Paragraph:
    """One paragraph: its text as Word shows it, and where each character comes from."""

    __slots__ = ("_joined", "_length", "_parts", "element", "label", "num", "pieces")

    def __init__(self, element: Any, label: str, num: tuple[str, int] | None) -> None:
        self.element = element
        self.label = label  # the list number Word generates, "" if none
        self.num = num  # (numId, ilvl) of a generated number
        self.pieces: list[Piece] = []
        # The text is kept in pieces and joined when first asked for: a paragraph of
        # 100,000 runs must not be copied once a run.
        self._parts: list[str] = [label]
        self._length = len(label)
        self._joined: str | None = label
        if label:
            self.pieces.append(Piece(0, len(label), None, 0))

    @property
    def text(self) -> str:
        if self._joined is None:
            self._joined = "".join(self._parts)
            self._parts = [self._joined]
        return self._joined

    @property
    def last(self) -> str:
        """The last character of the text so far ("" if none)."""
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def add(self, s: str, element: Any = None, offset: int = 0) -> None:
        if s:
            self.pieces.append(Piece(self._length, self._length + len(s), element, offset))
            self._parts.append(s.translate(_NO_LINE_ENDS))  # one for one: line N stays paragraph N
            self._length += len(s)
            self._joined = None


class _Reader:
    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.paragraphs: list[Paragraph] = []
        self.field_depth: list[str] = []  # per open complex field: "instr" or "result"

    # -- blocks ----------------------------------------------------------------

    def block(self, el: Any) -> None:
        """Body-level content: paragraphs, tables, block sdt, customXml, alternate content."""
        for child in el:
            tag = child.tag
            if tag == _P:
                self.paragraph(child)
            elif tag == _W + "tbl":
                for row in child.iter(_W + "tr"):
                    for cell in row.findall(_W + "tc"):
                        self.block(cell)
            elif tag in (_W + "sdt", _W + "customXml", _W + "sdtContent"):
                self.block(child.find(_W + "sdtContent") if tag == _W + "sdt" else child)
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self.block(choice)

    def paragraph(self, p: Any) -> None:
        ppr = p.find(_W + "pPr")
        num = self.numbering.numbering_of(ppr)
        label = self.numbering.render(*num) if num is not None else ""
        para = Paragraph(p, label, num)
        self.paragraphs.append(para)
        boxes: list[Any] = []
        self.inline(p, para, boxes)
        for box in boxes:  # a text box's paragraphs follow the one that anchors it
            self.block(box)

    # -- inline ------------------------------------------------------------------

    def inline(self, el: Any, para: Paragraph, boxes: list[Any]) -> None:
        for child in el:
            tag = child.tag
            if tag == _R:
                self.run(child, para, boxes)
            elif tag in _THROUGH:
                self.inline(child, para, boxes)
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.inline(content, para, boxes)
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self.inline(choice, para, boxes)
            # _SKIP and anything unknown: not text

    def run(self, r: Any, para: Paragraph, boxes: list[Any]) -> None:
        for child in r:
            tag = child.tag
            if tag == _W + "fldChar":
                kind = child.get(_W + "fldCharType")
                if kind == "begin":
                    self.field_depth.append("instr")
                elif kind == "separate" and self.field_depth:
                    self.field_depth[-1] = "result"
                elif kind == "end" and self.field_depth:
                    self.field_depth.pop()
                continue
            if "instr" in self.field_depth:
                continue  # a field's instruction, not its result
            if tag == _T:
                para.add(child.text or "", child, 0)
            elif tag == _W + "tab":
                para.add("\t")
            elif tag in (_W + "br", _W + "cr"):
                para.add(_soft_break(para.last, r, child))
            elif tag == _W + "noBreakHyphen":
                para.add("-")
            elif tag == _W + "sym":
                code = child.get(_W + "char")
                if code:
                    try:
                        para.add(chr(int(code, 16)))
                    except (ValueError, OverflowError):
                        pass
            elif tag in (_W + "drawing", _W + "pict", _MC + "AlternateContent", _W + "object"):
                boxes.extend(_text_boxes(child))


_AHEAD = 6  # characters read after a soft break: enough for a marker


def _soft_break(prev: str, run: Any, br: Any) -> str:
    """A soft line break as a character: nothing between Chinese text, a space between words
    (``prev`` is the character before it)."""
    if br.get(_W + "type") == "page":
        return ""
    nxt = ahead = ""
    seen = False
    for el in _following_text(run, br):
        if el:
            nxt = nxt or el[:1]
            ahead += el
            seen = True
            if len(ahead) >= _AHEAD:
                break
        elif seen:
            break
    if not seen:
        return ""
    if prev and not prev.isspace() and _MARKER_AHEAD_RE.match(ahead):
        return "\u3000\u3000"  # 「……谢+张⏎9、《……》」: the next item of a list, a line of its own (see runon)
    return " " if (prev.isascii() and prev.isalnum() and nxt.isascii() and nxt.isalnum()) else ""


# A numbered item's marker after a soft break (「9、」「10.」「（3）」「二、」): the item starts a line of its own.
_MARKER_AHEAD_RE = lazy_compile(ITEM_MARKER)


def _following_text(run: Any, br: Any) -> Any:
    """Texts of the ``w:t`` after ``br`` in its run, then in the following runs of the paragraph."""
    after = False
    for child in run:
        if child is br:
            after = True
        elif after and child.tag == _T:
            yield child.text or ""
    for el in run.itersiblings():
        for t in el.iter(_T):
            yield t.text or ""


def _text_boxes(el: Any) -> list[Any]:
    """The text box contents under a drawing, once: the Choice of alternate content."""
    out: list[Any] = []
    for node in el.iter(_W + "txbxContent", _MC + "Fallback"):
        if node.tag == _MC + "Fallback":
            continue
        if any(a.tag == _MC + "Fallback" for a in node.iterancestors()):
            continue
        if not any(a.tag == _W + "txbxContent" for a in node.iterancestors() if a is not el):
            out.append(node)
    return out


def read_paragraphs(document: Any, numbering: Numbering) -> list[Paragraph]:
    """The paragraphs of the document body, in order, as Word shows them."""
    body = document.find(_W + "body")
    reader = _Reader(numbering)
    if body is not None:
        reader.block(body)
    return reader.paragraphs


def reread(para: Paragraph, numbering: Numbering) -> Paragraph | None:
    """``para`` read again from its element after its runs changed; its number stays as read.

    None where the paragraph cannot be read alone: a complex field (``w:fldChar``)
    may open in one paragraph and close in another, and a text box anchored in
    it is read as paragraphs of its own.  The caller then reads the document again.
    """
    el = para.element
    if next(el.iter(_W + "fldChar", _W + "txbxContent"), None) is not None:
        return None
    fresh = Paragraph(el, para.label, para.num)
    reader = _Reader(numbering)
    reader.inline(el, fresh, [])
    return fresh
