"""A page's header that repeats the heading the page goes on under: 「一、总体要求（续）」.

A long document printed page by page may head each page with the heading it goes on
under, marked 「（续）」「（续前页）」「（接上页）」.  The heading stands earlier in the text; the
repeat is page furniture, like the running header it replaces, and no heading of its own.
Read after the furniture reader: while that looks for the header beside a page number, the
repeat is still a heading line, which it passes over, rather than noise it would skip to take
the paragraph's next piece (「工作的紧迫感」) for the header.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from ..pagenumbers import MARKER_PAGE_RE

_CONTINUED_RE = lazy_compile(r"[（(](?:续|续前页|续上页|接上页|接前页|续表)[）)]$")
_SHORT = 80


def is_continued(content: str) -> bool:
    """``content`` ends by saying it goes on from an earlier page: 「……（续）」."""
    return content[-1:] in "）)" and len(content) <= _SHORT and _CONTINUED_RE.search(content) is not None


def continued_headers(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """Mark the headings that repeat an earlier one as going on (「（续）」) as page noise, and a bare
    number right over one, 「（7）」, as the page's number: a new page's top is there."""
    for i in [i for i in headings if is_continued(lines[i].content)]:
        del headings[i]
        noise[i] = True
        k = i - 1
        while k >= 0 and lines[k].is_blank:
            k -= 1
        if k >= 0 and k in headings and MARKER_PAGE_RE.match(lines[k].content) is not None:
            del headings[k]
            noise[k] = True
