"""After the speaker's last words: what a speech may still say under 「谢谢大家！」, and what it never does.

Under its thanks a speech has only its sign-off (the speaker, the date) and its appended documents.
Whatever else stands there, short and ending no sentence, in words no speaker says, is the page's:
a mail's 「以上为转发邮件正文」, a scan's 「— 扫描结束，共 9 页 —」, a database's 「【法规引证码】……」.
The page foot reader (:mod:`speechparse.page.foot`) asks this first of its looser readings.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from .closing import FAREWELL_RE, LAST_WORDS_RE, THANKS_RE
from .facts import is_sign_off, match_date, match_iso_date
from .vocab import FIELD_ROW_RE, KIND_END_RE

ENDED = frozenset("。！？!?…”’」』）)")  # how a line that ends a sentence ends
# What the speaker still asks of the audience after the appeal: 「（会后，各乡镇要及时传达……）」.
ASKED_RE = lazy_compile(r"要|请|务必|会后")
# Words a speaker says to the audience: a line after the appeal that has them is the speech's own.
SPOKEN_RE = lazy_compile(r"我|大家|同志|各位|你们|咱们|祝|谢谢|希望|让我们|朋友们|同学们|老师们|代表们")
_CODED_END_RE = lazy_compile(r"[（(][A-Za-z0-9.\-/]{4,24}[)）]$")  # 「……规划（J012-3-0046）」
# A day and a time to the minute in a row: 「06-10 14:37」「2024-06-10 09:02」 (an office system's log line).
_LOGGED_RE = lazy_compile(r"(?:^|[ \u3000])(?:\d{4}[-/])?\d{1,2}[-/]\d{1,2}[ \u3000]\d{1,2}:\d{2}(?:$|[ \u3000])")
_MAX_LINE = 120
_MAX_LINES = 12  # lines under the last words (page noise aside)


def after_last_words(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], body_start: int,
                  trailer: int) -> int | None:
    """Under the speaker's very last words (「谢谢大家！」, on their line or ending it) and the sign-off, a speech
    says nothing more: the lines under them that end no sentence (「以上为转发邮件正文」「— 扫描结束，共 9 页 —」,
    a table's row of the page's fields) are the page's, whatever their words, unless one is a heading or
    opens an appended document (「附件：」)."""
    k, first, signed = trailer - 1, None, False
    while k >= body_start:
        c = lines[k].content
        if lines[k].is_blank or noise[k]:
            k -= 1
            continue
        if THANKS_RE.match(c) or LAST_WORDS_RE.search(c):  # (or the appeal's paragraph ending on them)
            return first
        if trailer - k <= _MAX_LINES and _LOGGED_RE.search(c) is not None:
            first = k  # 「孙某　同意　06-10 14:37　（意见：同意印发）」: an office system's log, stamped to the minute
            k -= 1
            continue
        if (k in headings and not _a_title(c)) or (c[-1] in ENDED and not _CODED_END_RE.search(c)) \
                or len(c) > _MAX_LINE \
                or c[0] == "附" or FAREWELL_RE.search(c) or ASKED_RE.search(c) or SPOKEN_RE.search(c):
            # (「……规划（J012-3-0046）」 ends on an archive's code; 「会后请各乡镇报送……」 is the speaker's)
            return None
        if is_sign_off(c):
            signed = True
        elif FIELD_ROW_RE.match(c) and trailer - k <= _MAX_LINES:
            first = k  # (a row of the page's fields, 「议案编号：……　领衔代表：……」, over or under the sign-off)
        elif signed or trailer - k > _MAX_LINES:
            return None  # (a line of the page's over the sign-off: the text has not ended there)
        else:
            first = k
        k -= 1
    return None


# A list's number or bullet before a title: 「1、」「2.」「（3）」「·」「▪」.
_LISTED_RE = lazy_compile(r"^(?:\d{1,2}[、.．]|[（(]\d{1,2}[)）]|[·•▪◆])[ \u3000]?")
_MAX_TITLE = 60


def titles_under_date(lines: list[Line], noise: list[bool], body_start: int, trailer: int) -> int | None:
    """The first of the numbered lines at the text's end that are each another text's title (「1、在全市优化营商环境
    大会上的讲话」「2.……工作报告」), under the text's date, its last words or the page's furniture, maybe under
    a label of their own (「材料推荐」): a page's list of its other texts, not the text's headings, whatever
    the page's words (a title ends on its kind of text and ends no sentence; an attachment's 「附件：1.……方案」
    there is the text's own)."""
    k, first, label, notes, titles = trailer - 1, None, False, 0, 0
    while k > body_start:
        ln = lines[k]
        if ln.is_blank:
            k -= 1
            continue
        if trailer - k > _MAX_LINES:
            return None
        c = ln.content
        if first is None and (noise[k] or (notes < _MAX_NOTES and len(c) <= _MAX_NOTE and ENDED.isdisjoint(c[-1])
                                           and not _a_title(c))):
            notes += not noise[k]
            k -= 1  # (the page's furniture and a note or two under the list: 「全文Word版已上传星球」)
            continue
        if noise[k]:  # (under the page's furniture, a list of two or more: one numbered line there may be the text's)
            return first if titles >= 2 else None
        if match_date(c) or match_iso_date(c) or is_sign_off(c) or LAST_WORDS_RE.search(c):
            return first
        if first is not None and not label and len(c) <= _MAX_LABEL and _LABEL_RE.match(c):
            label, first = True, k  # (「材料推荐」 over the list)
        elif label or not _LISTED_RE.match(c) or not _a_title(c):
            return None
        else:
            first, titles = k, titles + 1
        k -= 1
    return None


def _a_title(c: str) -> bool:
    """``c``, a list's number or bullet aside, is a text's title: it ends on its kind of text and ends no
    sentence (「1、在全市优化营商环境大会上的讲话」); not an attachment's 「附件：1.……方案」."""
    m = _LISTED_RE.match(c)
    title = c[m.end():] if m is not None else c
    return len(title) <= _MAX_TITLE and ENDED.isdisjoint(title[-1:]) and c[0] != "附" and "。" not in title \
        and KIND_END_RE.search(title) is not None


_MAX_LABEL = 8
_MAX_NOTE = 30
_MAX_NOTES = 2
_LABEL_RE = lazy_compile(r"^[\u4e00-\u9fff]{2,8}[:：]?$")
