"""A page's commentary under a signed document.

An exam page, a writing guide or a blog copies a 公文 whole and then says something
about it: 「落款日期应写成文日期，用汉字书写年月日……」.  The document ended where it
was signed, its issuing body over its date (GB/T 9704: what may follow is a note in
brackets, the attachments under their headers, the 版记, all of which have their own
readers).  A paragraph of prose under that signature is the page's, not the
document's: it is where the page's trailer begins, so the date is read as signed.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from .facts import ORG_RE, is_sign_off, match_date
from .vocab import APPENDIX_WORDS

_MAX_COMMENTS = 3  # paragraphs of commentary under the signature at most
_MIN_PROSE = 20
_LOOK = 40  # lines over the trailer looked at
_LABEL = 16  # a page's label among the commentary is short
# An appended document's header 「附件：……」「附件1」「附：」 (not a page's label 「附件下载（1）」).
_APPENDIX_HEAD_RE = lazy_compile(
    rf"^(?:{APPENDIX_WORDS}|附(?=[:：]))[ \u3000]{{0,2}}(?:[\d一二三四五六七八九十]{{1,2}})?"
    r"[ \u3000]{0,2}(?:[:：、.．]|$)")


def commentary_start(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                     body_start: int, trailer: int) -> int:
    """Where a page's commentary under the document's signature begins (``trailer`` if there is none)."""
    text = [i for i in range(max(body_start, trailer - _LOOK), trailer) if not lines[i].is_blank and not noise[i]]
    for pos in range(len(text) - 2, max(0, len(text) - 2 - _MAX_COMMENTS), -1):
        date, issuer = text[pos], text[pos - 1]
        if match_date(lines[date].content) and ORG_RE.match(lines[issuer].content):
            return _first_comment(lines, headings, text[pos + 1:], trailer)
    return trailer


def _first_comment(lines: list[Line], headings: dict[int, HeadingMarker], after: list[int], trailer: int) -> int:
    """The first paragraph of prose under the signature, if all that stands there is prose, a note of the
    document's own (「（此件公开发布）」) or a short label of the page's (「附件下载（1）」); else ``trailer``."""
    first = None
    for k in after:
        c = lines[k].content
        if k in headings or _APPENDIX_HEAD_RE.match(c):
            return trailer  # an appended document: the text goes on
        if _prose(c):
            first = k if first is None else first
        elif not is_sign_off(c) and (len(c) > _LABEL or any(p in c for p in "。！？")):
            return trailer
    return trailer if first is None else first



def _prose(c: str) -> bool:
    """A paragraph of sentences: none of a document's own parts after its signature."""
    return len(c) >= _MIN_PROSE and ("。" in c or "，" in c) and not is_sign_off(c) \
        and _APPENDIX_HEAD_RE.match(c) is None
