"""A post's account name over its publishing row: 「某县发布」 over 「原创　……　某县发布　2024年05月16日 18:30」.

A WeChat post opens on the account's name, then the row that says who posted it when,
the account's name again among its parts.  The name alone on its line is the account's,
no title of the text (a short title over it would otherwise lose to it when other page
lines stand between the title and the text).
"""

from __future__ import annotations

from itertools import islice

from ..lines import Line
from .menu import is_page_line

_TOP = 8  # lines of text at the top: a post's head
_NAME = 12  # an account's name is short
_SPACES = " \u3000\xa0\t"


def account_names(lines: list[Line], noise: list[bool]) -> None:
    """Mark the lines at the top, above the post's publishing row, that only repeat a part of it as noise."""
    top = list(islice((ln for ln in lines if not ln.is_blank), _TOP))  # (the head only, not the whole text)
    rows = [ln for ln in top if noise[ln.index] and is_page_line(ln.content)]
    if not rows:
        return
    parts = {p for ln in rows for p in ln.content.replace("\u3000", " ").replace("\xa0", " ").split() if len(p) >= 2}
    for ln in top:  # (above the row: a title under it that a row names, 「…… 发言稿」, stays the title)
        if ln.index < rows[-1].index and not noise[ln.index] and len(ln.content) <= _NAME and ln.content in parts:
            noise[ln.index] = True
