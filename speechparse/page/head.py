"""The page head: where the speech begins, and what stands above it.

Above the body stand, in any order and mixed with page furniture: the
title (often repeated by the site), a 「——在……上的讲话」 subtitle, a news
dateline 「新华社北京10月28日电」, the date, maybe with the place
「（2025年11月1日，庆州）」, the speaker 「北京市市长 殷勇」, metadata lines.
Each line of the head gets one role, tried in a fixed order (the way
markdown-it's block ruler tries its rules): noise, dateline, date,
subtitle, byline, organisation, then title candidate.  The title is then
chosen among the candidates.
"""

from __future__ import annotations

from collections.abc import Callable

from ..layout import Layout, Wraps
from ..lazyre import lazy_compile
from ..lines import Line, shares_line
from ..markers import HeadingMarker
from .facts import (
    DATELINE_RE,
    DOCUMENT_NUMBER_RE,
    EXPLICIT_TITLE_RE,
    ORG_RE,
    SENTENCE_RE,
    SITE_WORDS_RE,
    TITLE_WORD_RE,
    clean_title,
    date_place,
    dateline_place,
    despaced,
    is_office,
    match_date,
    occasion_of,
    speaker_of,
    title_length,
)
from .noise import META_RE, blurb_title, meta_value
from .salutation import COLONS, OPEN_ENDS, inline_salutation, salutation_line, two_line_salutation
from .title import choose_title, footer_title, is_title_candidate, link_text
from .vocab import (
    ADDRESSEE,
    BRACKETED_NUMBER,
    DOCUMENT_KINDS,
    KIND_WORDS,
    NAME,
    NOT_IN_NAMES,
    POSITION,
)

_SUBTITLE_RE = lazy_compile(r"^(?:——|—|--|－－)")
# An office alone on its line, its holder not named: 「武进区区长」 (a byline, not a title).
_OFFICE_ONLY_RE = lazy_compile(rf"^[\u4e00-\u9fff]{{2,16}}?(?:{POSITION})$")
_SPEAKER_KEYS = ("报告人", "演讲人", "发言人", "主讲人", "讲话人", "作者")
# 「王建国在……上的讲话」, and after the office: 「县委书记王建国在……上的讲话」「——市长 李明在……」.
_SPEAKER_IN_TITLE_RE = lazy_compile(
    rf"^(?:——)?(?:[\u4e00-\u9fff（）()]{{0,20}}?(?:{POSITION})[ \u3000\xa0]{{0,3}})?(?P<n>{NAME})(?:同志)?"
    r"[ \u3000\xa0]{0,2}(?:在|：|:)")
_PARAGRAPH_END_RE = lazy_compile(r"[。！？!?…]$")
_MIN_PARAGRAPH = 40
_MAX_TITLE = 80
# A long line that names its kind at its end, with no mark of running text in it, is a
# title, not a paragraph: a 公文's 「……关于表彰……先进集体和先进个人的决定」 passes 40 characters.
_KIND_END_RE = lazy_compile(rf"(?:{KIND_WORDS}|{DOCUMENT_KINDS}|函)(?:{BRACKETED_NUMBER})?$")  # (and its number)
_RUNNING_MARKS = "。，；！？,;!?"
_INNER_LABEL_RE = lazy_compile(r"(?<=[ \u3000\xa0])(?:报告|讲话|文章|本文)?标题(?=[:：])")
# 主送机关 alone on its line: offices, the last named by what it is, then the colon.
_ADDRESSEE_LINE_RE = lazy_compile(rf"^{ADDRESSEE}[:：]$")


def is_paragraph(ln: Line, lines: list[Line] | None = None, wraps: Wraps | None = None) -> bool:
    """A line of running text (not a title, a label or a name).

    On a hard-wrapped page (``wraps``, with the page's ``lines``) a piece is
    judged by its whole paragraph, as the line was before it was wrapped.
    """
    c = ln.content
    if ln.md_level:
        return False
    if wraps and lines is not None:
        first = wraps.head.get(ln.index, ln.index)
        if first != ln.index and lines[first].md_level:
            return False  # the rest of a Markdown heading wrapped over lines
        c = wraps.text(lines, first)
        if not any(p in c for p in _RUNNING_MARKS):
            return False  # a title wrapped over lines, however long: running text has its marks
    if len(c) >= _MIN_PARAGRAPH:
        return title_length(c) > _MAX_TITLE or any(p in c for p in _RUNNING_MARKS) or _KIND_END_RE.search(c) is None
    return (len(c) >= 12 and bool(SENTENCE_RE.search(c)) and (
        "，" in c or "," in c or bool(_PARAGRAPH_END_RE.search(c))))


# --- where the speech begins ---------------------------------------------------


def find_body_start(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                    wraps: Wraps | None = None) -> int:
    """Where the speech begins: its salutation, else its first paragraph or heading.

    Pages put things before the speech that look like its start: numbered
    navigation (「1.新闻中心」) or a slogan sentence (「欢迎访问本站，……！」).  So a
    salutation after only short lines still wins, and a line naming a 讲话/报告
    that comes after the tentative start, before any long paragraph, is the
    title: the speech starts after it.  A salutation without a colon
    (「同志们！」) counts only before any paragraph, or right under that title.
    """
    first_heading = min(headings) if headings else len(lines)
    seen_paragraph = False
    for k, ln in enumerate(lines):
        if ln.is_blank or noise[ln.index] or EXPLICIT_TITLE_RE.match(ln.content):
            continue  # 「标题：……」 names the text; it is no paragraph of it
        sal = salutation_line(ln.content)
        if sal is not None and (sal.mark in ("：", ":") or not seen_paragraph):
            return ln.index
        if ln.content[-1] in OPEN_ENDS:
            nxt = _next_text(lines, noise, k + 1)
            if nxt is not None and two_line_salutation(ln.content, nxt.content):
                return ln.index
        if not seen_paragraph and ln.content[-1] in "：:" and _ADDRESSEE_LINE_RE.match(ln.content):
            # A 公文's 主送机关 (「各乡镇人民政府，县直各部门：」): its body is what follows,
            # however short its first sentence (「现将有关事项通知如下。」).
            nxt = _next_text(lines, noise, k + 1)
            if nxt is not None and nxt.index < first_heading and nxt.content[-1] in "。！？!?" \
                    and not salutation_line(nxt.content):
                return nxt.index
        if is_paragraph(ln, lines, wraps):
            if ln.index >= first_heading:
                break
            seen_paragraph = True
    start = _first_text(lines, noise, headings, 0, wraps)
    if start is None:
        return _fallback_start(lines, noise)
    for _ in range(3):  # a title after furniture, at most a few times
        title = _title_line_after(lines, noise, headings, start, wraps)
        if title is None:
            break
        after = _first_text(lines, noise, headings, title + 1, wraps)
        if after is None:
            break
        # Right under the title, a salutation with a wrong mark (「同志们，」) is still the
        # speech's start: the title says a speech begins here, whatever came above it.
        greeting = next((ln.index for ln in lines[title + 1:after]
                         if not ln.is_blank and not noise[ln.index] and salutation_line(ln.content)), None)
        start = greeting if greeting is not None else after
    return start


_SALUTATION_GAP = 5  # lines looked at for a salutation's second line: it and the blank lines before it


def _next_text(lines: list[Line], noise: list[bool], k: int) -> Line | None:
    for ln in lines[k:k + _SALUTATION_GAP]:
        if not ln.is_blank and not noise[ln.index]:
            return ln
    return None


def _first_text(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                after: int, wraps: Wraps | None = None) -> int | None:
    """The first heading or paragraph at or after ``after``."""
    for ln in lines[after:]:
        if ln.is_blank or noise[ln.index] or match_date(ln.content) or \
                EXPLICIT_TITLE_RE.match(ln.content):
            continue
        if ln.index in headings or is_paragraph(ln, lines, wraps):
            return ln.index
    return None


def _title_line_after(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                      start: int, wraps: Wraps | None = None) -> int | None:
    """A short line naming a 讲话/报告 after ``start`` and before any long paragraph.

    On a hard-wrapped page (``wraps``) a paragraph is read whole from its first
    piece: its other pieces are no title, and it is as long as they are together.
    """
    seen = 0
    for ln in lines[start + 1:]:
        c = ln.content
        if ln.is_blank or noise[ln.index] or (wraps and ln.index in wraps.head):
            continue
        if wraps and ln.index in wraps.rest:
            c = wraps.text(lines, ln.index)
        seen += 1
        if len(c) >= _MIN_PARAGRAPH or seen > 15:
            return None
        if ln.index not in headings and TITLE_WORD_RE.search(c) and not SENTENCE_RE.search(c) \
                and c[-1] not in "：:，,；;、":
            return ln.index
    return None


def _fallback_start(lines: list[Line], noise: list[bool]) -> int:
    """No salutation, heading or long paragraph: the body is what follows the first line."""
    for ln in lines:
        if not ln.is_blank and not noise[ln.index]:
            return ln.index + 1
    return len(lines)


# --- the salutation at the start of the body -----------------------------------


def read_salutation(layout: Layout, noise: list[bool]) -> None:
    """The salutation the body opens with: on its own line (or two), or inline."""
    lines = layout.lines
    start = layout.body_start
    if start >= len(lines):
        return
    first = lines[start]
    sal = salutation_line(first.content)
    # The second line must follow the first, blank lines aside (as many as the page puts
    # between its paragraphs): a salutation is not joined across a line of something else
    # (an image, a credit), which would then stand inside its span.
    nxt = next((ln for ln in lines[start + 1:start + 1 + _SALUTATION_GAP] if not ln.is_blank), None)
    two = nxt is not None and not noise[nxt.index] and two_line_salutation(first.content, nxt.content)
    if sal is not None and not (two and sal.mark not in COLONS):
        # (「各位同事，」 then 「朋友们：」: one salutation over two lines, its colon on the last)
        layout.salutation_lines = [start]
        layout.salutation = sal
        layout.salutation_text = sal.text
        return
    if two and nxt is not None:
        second = salutation_line(nxt.content)
        assert second is not None
        layout.salutation_lines = [start, nxt.index]
        layout.salutation = second
        layout.salutation_text = first.content + second.text
        return
    if start not in layout.headings:
        inline = inline_salutation(first.content)
        if inline is not None:
            layout.salutation_lines = [start]
            layout.salutation = inline
            layout.salutation_text = inline.text


# --- the lines above the body --------------------------------------------------

_Rule = Callable[[Layout, Line, str], bool]


def _dateline(layout: Layout, ln: Line, c: str) -> bool:
    if not DATELINE_RE.match(c):
        return False
    ln.kind = "byline"
    layout.place = layout.place or dateline_place(c)
    return True


def _date(layout: Layout, ln: Line, c: str) -> bool:
    d = match_date(c)
    if d is None:
        return False
    ln.kind = "meta"
    if layout.date is None:
        layout.date, layout.date_line = d, ln.index
    place = date_place(c)
    if place:
        layout.place = place
    return True


def _subtitle(layout: Layout, ln: Line, c: str) -> bool:
    if not _SUBTITLE_RE.match(c):
        return False
    ln.kind = "meta"
    layout.occasion = layout.occasion or occasion_of(c, subtitle=True)
    who = _SPEAKER_IN_TITLE_RE.match(c)
    if who and not any(ch in NOT_IN_NAMES for ch in who.group("n")):
        layout.speaker = layout.speaker or who.group("n")
    return True


def _byline(layout: Layout, ln: Line, c: str) -> bool:
    if TITLE_WORD_RE.search(c):
        return False
    name = speaker_of(c)
    if name is not None:
        ln.kind = "byline"
        layout.speaker = layout.speaker or name
        return True
    if ORG_RE.match(c):
        ln.kind = "meta"
        return True
    if len(c) <= 18 and _OFFICE_ONLY_RE.match(c):
        ln.kind = "byline"  # (the office alone: no speaker to take from it)
        return True
    return False


def _document_number(layout: Layout, ln: Line, c: str) -> bool:
    return c[-1] == "号" and DOCUMENT_NUMBER_RE.match(c) is not None  # (its kind stays "meta")


_HEAD_RULES: tuple[_Rule, ...] = (_dateline, _date, _subtitle, _document_number, _byline)


def read_head(layout: Layout, noise: list[bool]) -> None:
    """Give every line above the body its role; find title, date, speaker, place, occasion."""
    lines = layout.lines
    candidates: list[int] = []
    explicit: tuple[int, str] | None = None
    offered: tuple[int, str] | None = None  # the text a site's blurb says it offers
    names_kind = False  # a candidate names a kind of text
    wraps = layout.wraps
    for ln in lines[:layout.body_start]:
        c = ln.content
        i = ln.index
        if ln.is_blank:
            ln.kind = "blank"
            continue
        if wraps:  # a hard-wrapped line is read whole, from its first piece
            if i in wraps.head:
                ln.kind = "noise" if noise[i] else "meta"
                continue
            c = wraps.text(lines, i)
        if noise[i]:
            ln.kind = "noise"
            m = EXPLICIT_TITLE_RE.match(c)
            if m and explicit is None:
                explicit = (i, m.group("t"))
            elif offered is None and (named := blurb_title(c)) is not None and TITLE_WORD_RE.search(named):
                offered = (i, named)
            _meta_facts(layout, c, shares_line(lines, i))
            continue
        ln.kind = "meta"
        for rule in _HEAD_RULES:
            if rule(layout, ln, c):
                break
        else:
            # (「……讲话 文章标题:……」: a file's name, then the labelled title after a space)
            label = _INNER_LABEL_RE.search(c) if "标题" in c else None
            m = EXPLICIT_TITLE_RE.match(c[label.start():] if label else c)
            if m:
                explicit = explicit or (i, m.group("t"))
            elif is_title_candidate(c):
                candidates.append(i)
                bare = SITE_WORDS_RE.sub("", despaced(c))  # (「……批复范文1」 names a 批复, 「通 知」 a 通知)
                names_kind = names_kind or bool(TITLE_WORD_RE.search(bare) or _KIND_END_RE.search(bare))
    if explicit is None and not any(TITLE_WORD_RE.search(lines[i].content) for i in candidates):
        # 「本文标题：……」 in the page's footer names the text, and so does a site's blurb
        # (「小编为大家整理的……工作总结，供大家参考」): either outweighs bare lines above it
        # (an account's name, a site's), though not a line that names a kind of text.
        explicit = footer_title(layout) or offered
    if explicit is None and layout.salutation is None and not names_kind \
            and _opens_on_addressee(lines, noise, layout.body_start):
        # A page that opens on a 主送机关 (「县教育局：」) is a 公文, and a 公文's title names its
        # kind (GB/T 9704: 发文机关 + 事由 + 文种): a bare line above it is the site's, not the title.
        candidates = []
    if explicit is not None:
        layout.title = clean_title(explicit[1])
        layout.title_lines = [explicit[0]]
        lines[explicit[0]].kind = "title"
    elif candidates:
        choose_title(layout, candidates)
    if layout.title_lines:
        _date_under_title(layout, noise)
        raw = explicit[1] if explicit is not None else "".join(lines[i].content for i in layout.title_lines)
        layout.occasion = occasion_of(link_text(raw)) or layout.occasion
        who = _SPEAKER_IN_TITLE_RE.match(layout.title or "")
        if who and not layout.speaker and not any(ch in NOT_IN_NAMES for ch in who.group("n")):
            layout.speaker = who.group("n")


def _date_under_title(layout: Layout, noise: list[bool]) -> None:
    """A date over the title is the page's (a paper's issue, a site's day); the text's own date
    stands under its title (「（2024年5月20日）」): where the head has both, the one under it wins."""
    if layout.date_line is None or layout.date_line > min(layout.title_lines):
        return
    for ln in layout.lines[max(layout.title_lines) + 1:layout.body_start]:
        if not ln.is_blank and not noise[ln.index] and (d := match_date(ln.content)) is not None:
            layout.date, layout.date_line = d, ln.index
            return


def _opens_on_addressee(lines: list[Line], noise: list[bool], body_start: int) -> bool:
    """The line over the body (or the body's first) is a 主送机关 alone: 「县教育局：」."""
    if body_start < len(lines) and _ADDRESSEE_LINE_RE.match(lines[body_start].content):
        return True
    for ln in lines[body_start - 1::-1] if body_start else ():
        if ln.is_blank or noise[ln.index]:
            continue
        return _ADDRESSEE_LINE_RE.match(ln.content) is not None
    return False


def _meta_facts(layout: Layout, c: str, in_row: bool = False) -> None:
    """Facts in metadata lines: 「报告人：习近平」, 「地点：北京」 (a 作者 in a row of the page's
    publishing fields, ``in_row``, is whoever posted or wrote up the page)."""
    if c[:1] not in "报演发主讲作地" or not META_RE.match(c):
        return
    kv = meta_value(c)
    if kv is None:
        return
    key, value = kv
    if key in _SPEAKER_KEYS and value and not layout.speaker and not (in_row and key == "作者"):
        # (a page's 作者 is as often the office that posted it: 「组织科」「区委办」 name no speaker)
        layout.speaker = speaker_of(value) or (value if len(value) <= 8 and not is_office(value) else None)
