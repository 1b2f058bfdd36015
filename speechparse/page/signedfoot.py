"""The foot under a signed date: whatever a page puts below a text that was signed and dated.

A speech, a report or a 公文 ends on its signature and date, a signed article on its
byline 「（作者为……）」; what a text still puts
under them is its own and has its words (an attachment 「附件：」, a 版记's 「抄送：」
and 「……印发」, a note 「（此件公开发布）」, an attendance list, a second signature, a
numbered part of an appended document).  Anything else is the page's, however it reads:
a re-poster's advertisement with its sentences and phone numbers, a reader app's
counters and recommendations, a headline 「……必看！……」.  Sites keep inventing these,
so they are known here by where they stand, not by their words: the foot reader
(:mod:`.foot`) asks this when its stricter readings find no foot.
"""

from __future__ import annotations

from ..layout import Wraps
from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from .facts import is_office, is_sign_off, match_date, match_iso_date
from .vocab import APPENDIX_WORDS, OWN_LAST_RE, PAGE_LABEL_RE

_MAX_LINES = 12  # a page's foot under the date is a few lines; more is more of a text
_MAX_LINE = 120
_SHORT = 40
_UNSIGNED_RUN = 3
# A host's words after his label, a transcript's hand-over (「主持人：感谢……的讲话。下面进行第二项议程。」), not a
# 纪要's field (「主持人：王强」 names who chaired).
_HANDOVER_RE = lazy_compile(r"^主持人?[:：][^。！？]{2,60}[。！？]")
# An article's byline closing it, in brackets on its own line: 「（作者为某市委党校教授）」.
_BYLINE_NOTE_RE = lazy_compile(r"^[（(]作者[^（()）]{1,60}[)）]$")
# What a signed article still puts under its byline: its notes and references (「注释：」「参考文献」).
_ARTICLE_OWN_RE = lazy_compile(rf"^(?:{APPENDIX_WORDS}|注释|注：|注:|\[\d)")


def signed_foot(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
                trailer: int, wraps: Wraps | None = None) -> int | None:
    """The first line of a run under a signature and its date (over ``trailer``) that holds nothing a
    text puts there (see the module's docstring), or None."""
    k = trailer - 1
    first: int | None = None
    run = 0
    labelled = True  # every line of the run opens on a page's label: 「回复：……」「大家都在搜：……」
    short = True  # and every line is short, as a page's links and notes are
    noisy = False  # the page's own noise among them
    byline = False  # the run stands under an article's byline, its signature and no date
    while k >= body_start:
        ln = lines[k]
        c = ln.content
        if c and c[0] in "（(" and _BYLINE_NOTE_RE.match(c):
            byline = True
            break
        if ln.is_blank or (noise[k] and not match_iso_date(c)):
            noisy = noisy or noise[k]
            k -= 1
            continue
        if match_date(c) or match_iso_date(c):
            break  # the date the run stands under
        if k in headings or is_sign_off(c) or (OWN_LAST_RE.match(c) and not _HANDOVER_RE.match(c)) \
                or _ARTICLE_OWN_RE.match(c) or len(c) > _MAX_LINE \
                or (wraps and (k in wraps.head or k in wraps.rest)):
            return None  # (a hard-wrapped paragraph is the text's: the page's foot is set line by line)
        first = k
        run += 1
        labelled = labelled and PAGE_LABEL_RE.match(c) is not None
        short = short and len(c) <= _SHORT
        if run > _MAX_LINES:
            return None
        k -= 1
    if first is None or k <= body_start:
        return None
    if byline:
        return first
    j = k - 1
    while j > body_start and (lines[j].is_blank or noise[j]):
        j -= 1
    above = lines[j].content
    if j in headings or not above or match_date(above) or not (
            _signs(above) or labelled or (noisy and short and run >= _UNSIGNED_RUN)):
        return None  # (a date with no signature over it may be the text's own, a dated entry's; under it,
        # lines that open on a page's label are the page's all the same, and so is a run of short lines
        # among the page's own noise)
    return first


_MAX_OFFICE = 20
_MARKS = frozenset("。，！？；：,!?;:")


def _signs(c: str) -> bool:
    """A signature line: a sign-off's (an issuer, a speaker), or an office's short name 「某某区文明办」."""
    return is_sign_off(c) or (len(c) <= _MAX_OFFICE and _MARKS.isdisjoint(c) and is_office(c))
