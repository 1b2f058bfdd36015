"""The paragraph a Word document sets as its title: by its style, or set apart by size and place.

A text file says nothing of how its lines look; a .docx does.  A writer sets
the title in Word's Title style, or (most 公文 and speeches: GB/T 9704 sets the
title in 二号小标宋, centred) by hand: centred, in a larger size than the
text's.  The page readers (:mod:`speechparse.page.title`) weigh a line's words;
this is what Word adds to them: one paragraph, or none where the document
marks none.  Only the head is looked at (the paragraphs before the first
long one), and a 版头 「……文件」 (the issuer's mark, larger still) is no title.

The size of a paragraph is the largest size among its runs with text, else
its style's (through ``w:basedOn``), else the document's default; the text's
size is the most common size of the long paragraphs.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..lazyre import lazy_compile
from .package import W
from .text import Paragraph

_W = "{" + W + "}"
_HEAD = 15  # paragraphs read for the title at most
_LONG = 50  # a paragraph this long is running text: the head has ended (and it sets the text's size)
_MAX_TITLE = 60
_LARGER = 4  # half-points: two points larger than the text's size at least
_DEFAULT_SIZE = 21  # half-points: Word's 五号 (10.5 pt), where nothing says otherwise
_TITLE_STYLES = frozenset(("title", "标题"))
_MAX_BASED_ON = 8  # a chain of styles based on styles, read this deep at most
_MARK_RE = lazy_compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:文件|简报|公报)$")  # (a 版头, the issuer's mark)


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


def marked_title(paragraphs: list[Paragraph], styles_xml: Any) -> int | None:
    """The index of the paragraph the document sets as its title (see the module's docstring), or None."""
    styles = _Styles(styles_xml)
    head: list[tuple[int, str, int, bool, bool]] = []  # (index, text, size, centred, Title style)
    sizes: Counter[int] = Counter()
    for i, para in enumerate(paragraphs):
        text = para.text.strip()
        if not text:
            continue
        sid = _style_id(para.element)
        size = _size(para.element, styles, sid)
        if len(text) >= _LONG:
            sizes[size] += 1
            if len(sizes) and sum(sizes.values()) >= _HEAD:
                break
            continue
        if sizes or len(head) >= _HEAD:
            continue  # (past the head: only the text's size is still read)
        head.append((i, text, size, _centred(para.element, styles, sid), styles.name(sid) in _TITLE_STYLES))
    titled = [i for i, text, _, _, title in head if title and len(text) <= _MAX_TITLE]
    if titled:
        return titled[0]
    body = sizes.most_common(1)[0][0] if sizes else styles.default_size
    set_apart = [(size, -i) for i, text, size, centred, _ in head
                 if centred and size >= body + _LARGER and len(text) <= _MAX_TITLE and not _MARK_RE.match(text)]
    return -max(set_apart)[1] if set_apart else None
