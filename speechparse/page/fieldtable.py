"""A page's table of fields set one cell a line: a key alone, its value on the line under it.

An office system's record of a document (发文单位 / 某某委员会 / 拟稿人 / 王某 / 签发 / 张某) or a
government site's information table (索引号 / 014046317/2023-04570 / 主题分类 / 综合政务) copied from
the page loses its grid, and each cell stands on a line of its own.  Read as text, a key over its
value looks like a title over its byline (「签发」 over 「张某」).  The key names a field of the
page's record (page.noise.is_field_key), so key and value are the page's metadata.  Two keys or
more, each with its value under it, make the table: one key alone may be a word of the text.
"""

from __future__ import annotations

from ..lines import Line
from .noise import META_RE, is_field_key

_MIN_FIELDS = 2
_MAX_VALUE = 40  # (a value is a name, a number, a date: no paragraph)


def field_tables(lines: list[Line], noise: list[bool]) -> None:
    """Mark the keys and values of every table set one cell a line as noise (see the module)."""
    keys = [ln.index for ln in lines if ln.content and is_field_key(ln.content)]
    if len(keys) < _MIN_FIELDS:
        return  # (most pages: no table)
    run: list[int] = []  # the lines of the table being read
    for k in keys:
        value = _next_text(lines, k + 1)
        if value is None or not _is_value(lines[value].content):
            _close(run, noise)
            run = []
            continue
        if run and _next_text(lines, run[-1] + 1) != k:
            _close(run, noise)  # (a line of text between: the table has ended)
            run = []
        run += [k, value]
    _close(run, noise)


def _next_text(lines: list[Line], i: int) -> int | None:
    """The first line of text from line ``i`` on (one blank line may stand between two cells)."""
    for k in range(i, min(i + 2, len(lines))):
        if not lines[k].is_blank:
            return k
    return None


def _is_value(content: str) -> bool:
    return len(content) <= _MAX_VALUE and not is_field_key(content) and "。" not in content


def _close(run: list[int], noise: list[bool]) -> None:
    if len(run) >= 2 * _MIN_FIELDS:
        for k in run:
            noise[k] = True


def in_field_row(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a piece of a row of the page's fields cut at its gaps: a piece beside it on its line is
    a field too (「发布时间：……　作者：某某　浏览：326」; a one-line scrape's 「作者:温家宝」 between its title and
    its salutation is the text's byline)."""
    n = lines[i].lineno
    return any(0 <= k < len(lines) and lines[k].lineno == n and META_RE.match(lines[k].content) is not None
               for k in (i - 1, i + 1))
