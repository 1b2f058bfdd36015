"""The paragraph a Word document sets as its title: by its style, or set apart by size and place.

A text file says nothing of how its lines look; a .docx does.  A writer sets
the title in Word's Title style, or (most 公文 and speeches: GB/T 9704 sets the
title in 二号小标宋, centred) by hand: centred, in a larger size than the
text's.  The page readers (:mod:`speechparse.page.title`) weigh a line's words;
this is what Word adds to them: each paragraph's size, alignment and style, for
:func:`speechparse.titlemark.marked_title` to read the head and the text's size and pick the
title's paragraphs, or none.

The size of a paragraph is the largest size among its runs with text, else
its style's (through ``w:basedOn``), else the document's default.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..titlemark import HeadLine
from ..titlemark import marked_title as title_lines
from .package import W
from .text import Paragraph

_W = "{" + W + "}"
_DEFAULT_SIZE = 21  # half-points: Word's 五号 (10.5 pt), where nothing says otherwise
_TITLE_STYLES = frozenset(("title", "标题"))
_MAX_BASED_ON = 8  # a chain of styles based on styles, read this deep at most


class _Styles:
    """Each paragraph style's name, alignment and size, through the styles it is based on."""

    def __init__(self, styles: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_size = _DEFAULT_SIZE
        if styles is None:
            return
        for st in styles.iter(_W + "style"):
            sid = st.get(_W + "styleId")
            if sid:
                self.by_id[sid] = st
        size = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
        self.default_size = _half_points(size) or _DEFAULT_SIZE

    def _chain(self, sid: str | None) -> list[Any]:
        out: list[Any] = []
        while sid and sid in self.by_id and len(out) < _MAX_BASED_ON:
            st = self.by_id[sid]
            out.append(st)
            based = st.find(_W + "basedOn")
            sid = based.get(_W + "val") if based is not None else None
        return out

    def name(self, sid: str | None) -> str:
        st = self.by_id.get(sid or "")
        el = st.find(_W + "name") if st is not None else None
        return (el.get(_W + "val") or "").strip().lower() if el is not None else ""

    def centred(self, sid: str | None) -> bool:
        for st in self._chain(sid):
            jc = st.find(f"{_W}pPr/{_W}jc")
            if jc is not None:
                return jc.get(_W + "val") in ("center", "centre")
        return False

    def size(self, sid: str | None) -> int:
        for st in self._chain(sid):
            sz = _half_points(st.find(f"{_W}rPr/{_W}sz"))
            if sz:
                return sz
        return self.default_size


def _half_points(el: Any) -> int:
    if el is None:
        return 0
    val = el.get(_W + "val") or ""
    return int(val) if val.isdigit() and len(val) <= 4 else 0


def _style_id(p: Any) -> str | None:
    el = p.find(f"{_W}pPr/{_W}pStyle")
    return el.get(_W + "val") if el is not None else None


def _size(p: Any, styles: _Styles, sid: str | None) -> int:
    """The largest size among the paragraph's runs with text, else its style's."""
    best = 0
    for r in p.iter(_W + "r"):
        if r.find(_W + "t") is None:
            continue
        best = max(best, _half_points(r.find(f"{_W}rPr/{_W}sz")))
    return best or styles.size(sid)


def _centred(p: Any, styles: _Styles, sid: str | None) -> bool:
    jc = p.find(f"{_W}pPr/{_W}jc")
    if jc is not None:
        return jc.get(_W + "val") in ("center", "centre")
    return styles.centred(sid)


def marked_title(paragraphs: list[Paragraph], styles_xml: Any) -> list[int]:
    """The indices of the paragraphs the document sets as its title (see the module's docstring), or none."""
    styles = _Styles(styles_xml)

    def described() -> Iterator[HeadLine]:
        for i, para in enumerate(paragraphs):
            text = para.text.strip()
            if text:
                sid = _style_id(para.element)
                yield HeadLine(i, text, _size(para.element, styles, sid) / 2, _centred(para.element, styles, sid),
                               styles.name(sid) in _TITLE_STYLES)

    return title_lines(described())
