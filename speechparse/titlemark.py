"""Which head line a document sets apart as its title, from how its lines look (one rule for every format
that shows it: a Word document's styles and sizes, a PDF's font sizes and positions).

GB/T 9704 sets a 公文's title centred in 二号小标宋, larger than its text; speeches, reports
and forms are set the same way by hand, or in Word's Title style.  The readers of those
formats (:mod:`speechparse.word.prominence`, :mod:`speechparse.pdf`) describe each line as it looks
and this reads the head (before the first long paragraph) and the text's size, and picks the title's
lines, or none where nothing is set apart.
A 版头 「……文件」 (the issuer's mark, larger still) is no title.  The pick is evidence for
the page readers (:func:`speechparse.page.title.marked_candidate`), not the title itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .lazyre import lazy_compile

HEAD = 15  # lines of the head read at most
LONG = 50  # a line this long is running text: the head has ended
_MAX_TITLE = 60
_LARGER = 2.0  # points: set two points larger than the text at least
# A 版头: the issuer's mark over a 公文, 「某县人民政府文件」 (page.gongwen reads it as that part).
ISSUER_MARK_RE = lazy_compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:文件|公报|简报)$")


class HeadLine(NamedTuple):
    """A line of a document's head as its format shows it."""

    at: int  # the line's index in the document's text
    text: str
    size: float  # points
    centred: bool
    styled: bool = False  # in a style the format names as the title's (Word's Title)


def marked_title(lines: Iterable[HeadLine]) -> list[int]:
    """The indices of the lines a document sets as its title, from its non-empty lines in order (read up to
    the fifteenth long one): the head is the lines before the first long one, the text's size the size most of
    the long lines' characters are set in (of all lines', in a text with no long line: a form)."""
    head: list[HeadLine] = []
    sizes: Counter[float] = Counter()
    every: Counter[float] = Counter()
    long = 0
    for h in lines:
        every[h.size] += len(h.text)
        if len(h.text) >= LONG:
            sizes[h.size] += len(h.text)
            long += 1
            if long >= HEAD:
                break
        elif not sizes and len(head) < HEAD:
            head.append(h)
    body = sizes or every
    return set_apart(head, body.most_common(1)[0][0]) if body else []


def set_apart(head: list[HeadLine], body_size: float) -> list[int]:
    """The indices of the head lines set as the title: the first in the title's style, else the largest of
    those centred and larger than the text (the first of equals), with the lines right under it set apart
    too (a title set over two or three lines, its last maybe smaller); none where nothing is set apart."""
    styled = [k for k, h in enumerate(head) if h.styled and len(h.text) <= _MAX_TITLE]
    if styled:
        return _block(head, styled[0], lambda h: h.styled)
    apart = [(h.size, -k) for k, h in enumerate(head) if h.centred and h.size >= body_size + _LARGER
             and len(h.text) <= _MAX_TITLE and not ISSUER_MARK_RE.match(h.text)]
    if not apart:
        return []
    first = -max(apart)[1]
    return _block(head, first, lambda h: h.centred and h.size >= body_size + _LARGER)
_BLOCK = 3  # lines a title is set over at most
_FIELD_RE = lazy_compile(r"^[\u4e00-\u9fff]{2,8}[：:]")
_MAX_BLOCK = 80


def _block(head: list[HeadLine], k: int, same: Callable[[HeadLine], bool]) -> list[int]:
    """Head line ``k`` and the lines right under it set the same way, up to three, while they are short."""
    out = [head[k].at]
    total = len(head[k].text)
    for h in head[k + 1:k + _BLOCK]:
        total += len(h.text)
        if not same(h) or total > _MAX_BLOCK or ISSUER_MARK_RE.match(h.text) or _FIELD_RE.match(h.text):
            break  # (a field under the title set as large, 「团队名称：……」, is the cover's, no title's line)
        out.append(h.at)
    return out
