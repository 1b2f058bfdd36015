"""Cut a packed page head into its parts.

News feeds and one-line scrapes glue the head of an article together:

    新华社北京9月8日电团结合作　砥砺前行——在金砖国家领导人线上峰会的讲话（2025年9月8日，北京）中华人民共和国主席　习近平
    ……发表重要讲话。新华社记者 黄敬文 摄尊敬的卢拉总统，各位同事：
    （2024年12月19日）习近平行政长官贺一诚先生，……女士们，先生们：

The cuts fall after a dateline, around a bracketed date, before a 「——」
subtitle, at runs of spaces, and before a salutation glued to a photo
caption or to the speaker's name.  Each part becomes a virtual line (same
physical line, its own column), so the head readers see one fact per line.
(Parts glued with no gap or mark between them, a title run on into the
salutation, are :mod:`speechparse.page.glued`'s.)
"""

from __future__ import annotations

from itertools import pairwise

from ..lazyre import lazy_compile
from .glued import KIND_BYLINE_RE, MAX_TITLE_BYLINE
from .salutation import COLONS, glued_salutation_start
from .vocab import (
    AGENCIES,
    APPENDIX_WORDS,
    KIND_END_RE,
    NAME,
    ORG,
    POSITION,
)

_SPACES = " \u3000\xa0\u2003\u2002"
_DATELINE_RE = lazy_compile(
    rf"(?:{AGENCIES})[\u4e00-\u9fff]{{0,12}}?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电|本报讯"
)
_DATE_BRACKET_RE = lazy_compile(
    r"[（(][ \u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年[^（()）\n]{1,24}[)）]"
)
_GAP_RE = lazy_compile(rf"[{_SPACES}]{{2,}}")
_SUBTITLE_RE = lazy_compile(r"(?=——)(?<=[^\s—])——(?=[^—\s])")  # (lookahead first: the engine skips to 「——」)
# A byline glued after a subtitle: 「——……会议上国务院总理　李强」.
_SUBTITLE_BYLINE_RE = lazy_compile(
    rf"上(?=[\u4e00-\u9fffA-Za-z]{{0,20}}?(?:{POSITION})[ \u3000\xa0]?{NAME}(?:$|[^\u4e00-\u9fff]|各位|同志们|尊敬))"
)
_OFFICE_END_RE = lazy_compile(rf"(?:{POSITION})$")
_NAME_RE = lazy_compile(rf"{NAME}(?:同志)?")
# A collection site's label over the text it holds, after the site's own name for it: 「……讲话(送审稿) 第一篇:……讲话」.
_PIECE_LABEL_RE = lazy_compile(r"(?<=[ \u3000\xa0])第[0-9一二三四五六七八九十]{1,3}篇[:：]")
_MAX_PACKED = 400
# Something in a line that only a packed head has.
_CUE_RE = lazy_compile("[电年摄：:\u2003]|——|  |\u3000\u3000")


def worth_cutting(content: str) -> bool:
    """A cheap first test: could this line be a packed head?"""
    return len(content) <= _MAX_PACKED and _CUE_RE.search(content) is not None


def cut_packed_head(piece: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of the parts of ``piece``; one part if nothing is packed."""
    n = len(piece)
    if n > _MAX_PACKED:
        return [(0, n)]
    if piece[-1:] not in COLONS and "——" not in piece and "篇" not in piece and "（" not in piece and \
            "(" not in piece and not _has_gap(piece) and _DATELINE_RE.match(piece, _skip_spaces(piece, 0)) is None:
        return [(0, n)] if n else []  # nothing :func:`_cut` looks for is there (most head lines)
    return _cut(piece)


def _has_gap(piece: str) -> bool:
    """Two spaces in a row: a space character is found far faster than the pattern runs."""
    return any(ch in piece for ch in _SPACES) and _GAP_RE.search(piece) is not None


def _cut(piece: str) -> list[tuple[int, int]]:
    n = len(piece)
    cuts = {0, n}
    gaps = [g.span() for g in _GAP_RE.finditer(piece)]
    ends = [0, *(e for _, e in gaps)]
    starts = [*(s for s, _ in gaps), n]
    for k, (_, end) in enumerate(gaps):  # a gap between two words of two characters or more
        if _word(piece, ends[k], starts[k]) and _word(piece, end, starts[k + 1]) and not (  # not 「目  录」
                _OFFICE_END_RE.search(piece, ends[k], starts[k]) and _NAME_RE.fullmatch(piece, end, starts[k + 1])):
            cuts.add(end)  # (nor 「县委书记  王建国」: an office and its holder's name are one byline)
    for a, b in pairwise(sorted(cuts)):
        cuts |= _cuts_in(piece, a, b)
    parts = [(a, b) for a, b in pairwise(sorted(cuts)) if b > a]
    # A salutation glued to what stands before it: the last part ends in a colon.
    out: list[tuple[int, int]] = []
    for a, b in parts:
        k = glued_salutation_start(piece[a:b])
        if k:
            out += [(a, a + k), (a + k, b)]
        else:
            out.append((a, b))
    return out


def _cuts_in(piece: str, a: int, b: int) -> set[int]:
    """Cuts inside the part ``piece[a:b]``: after a dateline that opens it, around dates, before a subtitle."""
    cuts: set[int] = set()
    m = _DATELINE_RE.match(piece, _skip_spaces(piece, a), b)  # a dateline opens the head
    if m is not None:
        cuts.add(_skip_spaces(piece, m.end()))
    for d in _DATE_BRACKET_RE.finditer(piece, a, b):
        after = piece[d.end():b].rstrip(_SPACES)
        goes_on = ("，" in after or "。" in after) and after[-1:] not in ("：", ":")
        if not _sentence_before(piece, d.start()) and not goes_on:
            cuts.add(d.start())
            cuts.add(_skip_spaces(piece, d.end()))
    if "篇" in piece:
        for lb in _PIECE_LABEL_RE.finditer(piece, a, b):
            if KIND_END_RE.search(piece[lb.end():b].rstrip(_SPACES)) is not None:
                cuts.add(lb.start())
    for s in _SUBTITLE_RE.finditer(piece, a, b):
        if not _sentence_before(piece, s.start()) and _balanced(piece[a:s.start()]):
            cuts.add(s.start())
    if b - a <= MAX_TITLE_BYLINE:
        by = KIND_BYLINE_RE.search(piece, a, b)
        if by is not None:
            cuts.add(by.start("by"))
    start = _skip_spaces(piece, a)
    if piece.startswith("——", start) or "——" in piece[a:b]:
        sub = piece.find("——", a, b)
        by = _SUBTITLE_BYLINE_RE.search(piece, sub, b)
        if by is not None:
            cuts.add(by.end())
    return {c for c in cuts if a < c < b}


def _word(piece: str, a: int, b: int) -> bool:
    return len(piece[a:b].strip(_SPACES)) >= 2


def _skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] in _SPACES:
        i += 1
    return i


def _balanced(text: str) -> bool:
    """No bracket, book-title mark or link left open: 「[标题——副标题](url)」 is one title."""
    return all(text.count(a) == text.count(b) for a, b in ("[]", "《》", "（）", "()", "“”"))


def _sentence_before(piece: str, i: int) -> bool:
    """Whether a running sentence leads up to offset ``i`` (then nothing is cut there)."""
    start = max(piece.rfind(ch, 0, i) for ch in "。！？")
    before = piece[start + 1:i]
    return "，" in before or "," in before


# 「附件：1. ……」: an appended list's header and its first item on one line.
_ATTACHMENT_LIST_RE = lazy_compile(
    rf"^[ \t\u3000\xa0]*(?:{APPENDIX_WORDS}|附)[:：][ \t\u3000]*"
    r"(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）])"
)
ATTACHMENT_FIRST = frozenset("附名参")  # the first characters of those header words
_LEADING = " \t\u3000\xa0"


def cut_attachment_list(raw: str) -> int:
    """Where to cut 「附件：1. 重点工作任务分解表」 apart (after the header's colon), else 0.

    Cut, the header stands alone as the appended list's header and the first
    item is a numbered line like the ones after it (see speechparse.page.tail).
    An attachment note with the issuing body after a gap, 「附件：……名单　某省人民政府」,
    is cut before the body's name: the note, then the sign-off.
    """
    first = raw[:1]
    if first not in ATTACHMENT_FIRST and not (first in _LEADING and raw.lstrip(_LEADING)[:1] in ATTACHMENT_FIRST):
        return 0  # (almost every line)
    m = _ATTACHMENT_LIST_RE.match(raw)
    if m is not None:
        return m.end()
    content = raw.rstrip(_LEADING)
    gap = max(content.rfind(ch) for ch in _LEADING)
    if gap > 0 and _ATTACHMENT_NOTE_RE.match(content) and _ORG_RE.match(content[gap + 1:]):
        return len(content[:gap].rstrip(_LEADING))
    return 0


_ATTACHMENT_NOTE_RE = lazy_compile(rf"^[ \t\u3000\xa0]*(?:{APPENDIX_WORDS}|附)[:：][^。；;]{{2,60}}$")
_ORG_RE = lazy_compile(ORG)


# 「《某某日报》（2024年05月17日　第04版）」: the paper and the page that printed the text, as an e-paper
# cites it (one line of page furniture, not a title and a date packed together).
_CITED_RE = lazy_compile(
    r"^《[^《》]{2,20}》[ \u3000]{0,2}[（(][ \u3000]{0,2}\d{4}年\d{1,2}月\d{1,2}日[ \u3000]{0,3}"
    r"(?:第[ \u3000]{0,2})?\d{1,3}[ \u3000]{0,2}版[ \u3000]{0,2}[)）]$")


def is_paper_citation(content: str) -> bool:
    return content[-1:] in "）)" and _CITED_RE.match(content) is not None
