"""Lines of the head that are fields, not title lines: a block of 「key：value」 lines (a 纪要's 「会议时间：……」
「主持人：……」, a mail's 「发件人：……」「主题：……」) and a row of a page's widgets cut at its gaps.

Split from :mod:`speechparse.page.head` (which asks these of each line above the body): one family of
tests, each reading the lines around the one asked about.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line, line_pieces
from .facts import label_names_kind
from .sitetitle import site_label
from .start import counted_title

_FIELD_RE = lazy_compile(r"^[\u4e00-\u9fff]{2,5}[：:][ \u3000]?\S")  # (a key and its value: not 「同志们：」)
_FIELDS_ABOVE = 2
_FIELD_VALUE = 40  # a field's value is short: a line longer, with a sentence in it, is running text


def _field(c: str) -> bool:
    """A 「key：value」 line (not a paragraph a site's label runs into: 「范文中心:……讲话范文中心:眼下……。」)."""
    return _FIELD_RE.match(c) is not None and (len(c) <= _FIELD_VALUE or "。" not in c)


def under_fields(lines: list[Line], noise: list[bool], i: int) -> bool:
    """Line ``i`` is a field (「主题：……」) right under two or more fields the page's noise reader knew
    (a mail's 「发件人：……」「收件人：……」): one block of fields, whatever this one's key (but a labelled
    title naming its kind, 「讲稿：……」, under a page's 「日期：……」)."""
    c = lines[i].content
    if _FIELD_RE.match(c) is None or label_names_kind(c) or counted_title(c):
        return False  # (nor a collection's count over its text's title, 「第一篇:……的讲话(摘要)」)
    k, n = i - 1, 0
    while k >= 0 and noise[k] and _FIELD_RE.match(lines[k].content):
        k, n = k - 1, n + 1
    return n >= _FIELDS_ABOVE


def row_of_widgets(lines: list[Line], noise: list[bool], i: int) -> bool:
    """Line ``i`` is a piece of a row cut at its gaps whose other pieces are all page noise (「收藏　点赞 153
    评论 9　↗ 分享」), or all of whose pieces count something (「积分 +1　学习时长 5:32　已完成 46%」)."""
    a, b = line_pieces(lines, i)
    others = [k for k in range(a, b + 1) if k != i]
    if not all(lines[k].end > lines[k].start + lines[k].lead + len(lines[k].content) or lines[k + 1].lead
               for k in range(a, b)):
        return False  # (a title glued to what follows it, 「……工作报告各位代表：……」, is no row)
    return len(others) >= _ROW_PIECES - 1 and (all(noise[k] for k in others) or all(
        any(ch.isdigit() for ch in lines[k].content) for k in range(a, b + 1)))


_ROW_PIECES = 3  # a row of widgets or counters has several (a title and the junk strewn after it, two)
_FIELDS_AROUND = 3  # 「会议时间：……」「会议地点：……」「主持人：王强」: a 纪要's fields, a block of them


def in_fields(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a field in a block of three or more 「key：value」 lines, one under the other, blank
    lines aside (a page that spaces its paragraphs spaces its fields too), not a labelled title naming its
    kind (「党课：……」 over 「主讲人：……」)."""
    c = lines[i].content
    if not _field(c) or label_names_kind(c) or site_label(c) is not None or counted_title(c):
        return False  # (a title under a site's label, 「范文中心:……的讲话」, is no field either)
    n = 1
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and (lines[k].is_blank or _field(lines[k].content)):
            n += not lines[k].is_blank
            k += step
    return n >= _FIELDS_AROUND
