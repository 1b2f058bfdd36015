"""A page's commentary under a signed document.

An exam page, a writing guide or a blog copies a 公文 whole and then says something
about it: 「落款日期应写成文日期，用汉字书写年月日……」.  The document ended where it
was signed, its issuing body over its date (GB/T 9704: what may follow is a note in
brackets, the attachments under their headers, the 版记, all of which have their own
readers).  A paragraph of prose under that signature is the page's, not the
document's: it is where the page's trailer begins, so the date is read as signed.
"""

from __future__ import annotations

from ..lines import Line
from ..markers import HeadingMarker
from .facts import ORG_RE, is_sign_off, match_date
from .vocab import APPENDIX_WORDS

_MAX_COMMENTS = 3  # paragraphs of commentary under the signature at most
_MIN_PROSE = 20
_APPENDIX_HEADS = (*APPENDIX_WORDS.split("|"), "附：", "附:")


def commentary_start(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                     body_start: int, trailer: int) -> int:
    """Where a page's commentary under the document's signature begins (``trailer`` if there is none)."""
    text = [i for i in range(max(body_start, trailer - 40), trailer) if not lines[i].is_blank and not noise[i]]
    for pos in range(len(text) - 2, max(0, len(text) - 2 - _MAX_COMMENTS), -1):
        date, issuer = text[pos], text[pos - 1]
        if match_date(lines[date].content) and ORG_RE.match(lines[issuer].content):
            after = text[pos + 1:]
            return after[0] if all(_prose(lines[k].content) and k not in headings for k in after) else trailer
    return trailer


def _prose(c: str) -> bool:
    """A paragraph of sentences: none of a document's own parts after its signature."""
    return len(c) >= _MIN_PROSE and ("。" in c or "，" in c) and not is_sign_off(c) \
        and not c.startswith(_APPENDIX_HEADS)
