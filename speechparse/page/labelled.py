"""Lines that name the text they stand over: a label 「标题：……」, or a disclosure table's name row.

A labelled title is the text's title whatever else the head holds; a name row is a title the page
offers (as a site's blurb does), weighed against the lines over the text by :mod:`.head`.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from .facts import TITLE_WORD_RE
from .vocab import KIND_END_RE

# A line that names the text: 「标题：……」, or a disclosure table's name row, 「文件名称：……」「信息名称 | …… |」
# (its value cut at the next cell's bar; see :func:`explicit_title`).
_EXPLICIT_TITLE_RE = lazy_compile(
    r"^(?:(?:(?:报告|讲话|文章|本文)?标题|title|(?P<name>(?:文件|信息|文章)?名称))\s*[:：]\s*[\"']?(?P<t>.+?)[\"']?"
    r"|(?P<row>(?:文件|信息|文章)?名称)\s*[|｜]\s*(?P<b>[^|｜]+?)\s*(?:[|｜].*)?)$")
_NEXT_KEY_RE = lazy_compile(r"[ \u3000\xa0\t][^\s:：]{1,6}[:：]")


def explicit_title(c: str) -> str | None:
    """The title a line labels, 「标题：……」 (:data:`_EXPLICIT_TITLE_RE`)."""
    m = _EXPLICIT_TITLE_RE.match(c)
    return m.group("t") if m is not None and m.group("name") is None and m.group("row") is None else None


def names_the_text(c: str) -> bool:
    """A label 「标题：……」 or a name row that names a kind (one match for both tests)."""
    m = _EXPLICIT_TITLE_RE.match(c)
    return m is not None and ((m.group("name") is None and m.group("row") is None) or name_row_title(c) is not None)


def name_row_title(c: str) -> str | None:
    """The value of a disclosure table's name row, 「文件名称：……」「信息名称 | …… |」, where it names a kind of
    text (not a form's 「名称：城南污水管网工程」): a title the page offers, as a site's blurb does (a line
    over the text that names a kind outweighs it; the row may be another page's)."""
    m = _EXPLICIT_TITLE_RE.match(c)
    if m is None or (m.group("name") is None and m.group("row") is None):
        return None
    value = m.group("t") or m.group("b")
    if (cell := _NEXT_KEY_RE.search(value)) is not None:
        value = value[:cell.start()].rstrip()  # (「名称: 2007年政府工作报告 文号: ……」: the row's next key and value)
    return value if TITLE_WORD_RE.search(value) or KIND_END_RE.search(value) else None
