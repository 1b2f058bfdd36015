"""Give every line its kind: the lexer's half of the parser.

The grammar (``grammars/speech.lark``) sees one token per significant line
and decides how sections nest.  Deciding what a line *is* needs a look at
the whole page first, which a grammar cannot do cheaply, so it happens here
in passes over the lines:

1. each line on its own: page noise (:mod:`speechparse.page.noise`) and
   heading markers (:mod:`speechparse.markers`);
2. the page (:mod:`speechparse.page`): where the speech begins (the head
   reader), where page noise after it begins and which documents are
   appended to it (the tail reader), its sign-off;
3. the head: title, subtitle, dateline, byline, date, salutation;
4. the body: headings and paragraphs, appended documents, the closing;
5. the genre, from all of the above.

Blank lines and page noise are *trivia*: they belong to the tree (spans stay
lossless) but never reach the grammar.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable

from .layout import AppendixAt, Layout
from .lines import Line
from .markers import HeadingMarker, match_heading, match_ordinal_marker, numeral_pair, ordinal_point
from .page.account import account_names
from .page.attachnote import find_attachment_note
from .page.chunks import orphan_markers, site_notice_lists, site_numbers, viewer_chunks
from .page.closing import find_closing
from .page.commentary import commentary_start
from .page.contents import collection_labels, paged_entries, table_of_contents
from .page.continued import continued_headers
from .page.facts import match_date, match_iso_date, speaker_of
from .page.fieldtable import field_tables
from .page.foot import find_foot
from .page.furniture import page_furniture
from .page.genre import decide_genre
from .page.gongwen import read_document
from .page.head import read_head, read_salutation
from .page.levels import inner_lists, inverted_levels, mis_styled_siblings, odd_bracketed
from .page.noise import is_noise
from .page.signoff import find_sign_off
from .page.start import find_body_start, part_title
from .page.tail import find_appendices, find_trailer
from .page.vocab import MD_LINK_RE
from .page.watermark import strip_watermark
from .page.wrap import find_wraps

__all__ = ["Layout", "classify"]


def classify(lines: list[Line], text: str, as_written: Callable[[int, int], str] | None = None,
             marked_title: str | None = None) -> Layout:
    """Set ``kind`` on every ``lines`` (cut from ``text``) and return the page layout.

    ``as_written`` gives a span of ``text`` as the page wrote it, where ``text`` is a reading of
    it (without its pinyin glosses): a hard wrap's width is the written line's.  ``marked_title``: the
    line the file's format sets as its title (a Word document's Title style, or its size and place)."""
    n = len(lines)
    layout = Layout(lines, trailer_start=n, back_start=n, speech_end=n)
    layout.marked_title = marked_title
    headings = layout.headings
    noise = [False] * n
    ordinal: dict[int, HeadingMarker] = {}
    run: dict[int, int] = {}  # 「第二，」 at a paragraph start: a point of a 第一/第二 run, by its number
    bullets: set[int] = set()  # lines a list's bullet leads
    strip_watermark(lines)
    field_tables(lines, noise)
    for ln in lines:
        if ln.is_blank:
            continue
        if noise[ln.index] or is_noise(ln.content) or (ln.lead and _pointed_caption(text, ln)):
            noise[ln.index] = True
            continue
        if ln.lead and not _BULLETS.isdisjoint(text[ln.start:ln.start + ln.lead]):
            bullets.add(ln.index)  # (under the text's end, 「▶ ……，最新进展来了！」 is a link to another page)
        hm = match_heading(ln.content)
        if hm is not None and _heading_has_text(ln.content, hm):
            headings[ln.index] = hm
        elif hm is None and ln.content[:1] == "第":
            om = match_ordinal_marker(ln.content)
            if om is not None:
                ordinal[ln.index] = om
            if (number := ordinal_point(ln.content)) is not None:
                run[ln.index] = number
    account_names(lines, noise)
    _ordinal_markers(headings, ordinal, run)
    _lone_bare_parts(lines, headings, text)
    if (top := part_title(lines, noise, headings)) is not None:
        del headings[top]  # 「第二节 ……」 over the excerpt's 「一、」: its title, no part of it
        layout.part_title = top
    site_numbers(lines, headings)
    viewer_chunks(lines, headings)
    orphan_markers(lines, noise, headings)
    odd_bracketed(lines, noise, headings)
    page_furniture(lines, noise, headings)
    continued_headers(lines, noise, headings)
    site_notice_lists(lines, noise, headings)
    _split_markers(layout, noise)  # (after the furniture: a page break may fall inside a marker)
    wraps = find_wraps(lines, noise, headings, text, as_written)
    if wraps:
        layout.wraps = wraps
    if "录" in text or "纲" in text:  # (most texts have no 「目录」「提纲」: no pass over their lines)
        table_of_contents(lines, noise, headings)
    paged_entries(lines, noise, headings)
    collection_labels(lines, noise, headings)

    # Regions: head, speech, appended documents, trailer.
    body_start = find_body_start(lines, noise, headings, layout.wraps)
    layout.body_start = body_start
    for i in [i for i in headings if i < body_start]:
        del headings[i]  # a numbered line in the page head is navigation
    if "](" in text:  # a Markdown link on a line of its own in the text is navigation
        for ln in lines[body_start:]:
            if ln.content[:1] == "[" and MD_LINK_RE.match(ln.content):
                noise[ln.index] = True
                headings.pop(ln.index, None)
    trailer = find_foot(lines, noise, headings, body_start, find_trailer(lines, body_start, headings, layout.wraps),
                        layout.wraps, bullets)
    trailer = commentary_start(lines, noise, headings, body_start, trailer)
    layout.trailer_start = trailer
    for i in [i for i in headings if i >= trailer]:
        del headings[i]
    note = find_attachment_note(lines, noise, body_start, trailer, layout.wraps)
    if note is not None:
        for i in range(*note):
            headings.pop(i, None)  # 「1.……」 names an attachment, not a part of the text
    layout.appendices = find_appendices(lines, noise, headings, body_start, trailer, note, layout.wraps)
    speech_end = layout.appendices[0].start if layout.appendices else trailer
    layout.speech_end = speech_end
    last_heading = max((i for i in headings if i < speech_end), default=body_start - 1)
    layout.back_start = find_sign_off(lines, noise, max(body_start, last_heading), speech_end, note)

    ordered = sorted(layout.headings)  # once: each region takes its slice (not a scan per appendix)
    for a, b in _regions(layout):
        region = ordered[bisect_left(ordered, a):bisect_left(ordered, b)]
        if not inverted_levels(layout, region):
            mis_styled_siblings(layout, region)
            inner_lists(layout, region, noise)

    read_salutation(layout, noise)
    read_head(layout, noise)
    _body_kinds(layout, noise)
    find_closing(layout, last_heading)
    layout.document = read_document(layout)
    layout.genre, layout.genre_reason = decide_genre(layout, text)
    return layout


_POINTERS = frozenset("▲△▼↑📷📸")  # (a camera before the words points at a photo too)
_BULLETS = frozenset("▶►▷•●◆◇■□·")  # an item's bullet in a list
_MAX_CAPTION = 80


def _pointed_caption(text: str, ln: Line) -> bool:
    """「▲ 会议现场」「△3月18日，……召开。」: a photo caption, pointed at its picture (not a numbered line a
    triangle decorates: 「▲1.加强领导」)."""
    return len(ln.content) <= _MAX_CAPTION and any(c in _POINTERS for c in text[ln.start:ln.start + ln.lead]) \
        and match_heading(ln.content) is None


def _ordinal_markers(headings: dict[int, HeadingMarker], ordinal: dict[int, HeadingMarker],
                     run: dict[int, int]) -> None:
    """「第三、」 right after 「二、」 (the last 一、-style heading) is the third of them,
    unless it goes on from 「第二，」 under that heading (a point of a 第一/第二 run, typed with
    the wrong mark: N209) or 「三、」 itself comes next.

    One sweep in line order (a text of many such lines must not cost their square).
    """
    if not ordinal:
        return
    keys = sorted(headings)
    sections = [j for j in keys if headings[j].style.name == "section"]
    k = 0
    prev: int | None = None  # the last heading before the line
    last_section: int | None = None  # the last 一、-style heading before it
    points = sorted(run)
    p = 0
    last_point: int | None = None  # the last 第N point before the line
    for i, om in sorted(ordinal.items()):
        while k < len(keys) and keys[k] < i:
            prev = keys[k]
            if headings[prev].style.name == "section":
                last_section = prev
            k += 1
        while p < len(points) and points[p] < i:
            last_point = points[p]
            p += 1
        if last_section is None and om.number == 1 and om.style.name == "section":
            nxt = bisect_left(sections, i + 1)  # 「第一、」 over 「二、」: the first of them, typed as an ordinal
            if nxt < len(sections) and headings[sections[nxt]].number == 2 \
                    and not any(i < q < sections[nxt] and n == 2 for q, n in run.items()):  # (not 「第二，」's run)
                headings[i] = om
                prev = last_section = i
            continue
        if prev is None or last_section is None:
            continue
        if last_point is not None and last_point > prev and run[last_point] == om.number - 1:
            continue  # 「第一，」「第二，」「第三、」: the run goes on
        after = bisect_left(sections, i + 1)
        if after < len(sections) and headings[sections[after]].number == om.number:
            continue  # 「三、」 is still to come
        if headings[last_section].number == om.number - 1 and headings[prev].style.rank >= om.style.rank:
            headings[i] = om
            prev = i
            if om.style.name == "section":
                last_section = i


_OPEN_BRACKETS = ("（", "(")
_SPLIT_GAP = 4  # lines looked at after a lone 「（」 for the rest of its marker, blank lines before it
_SPLIT_FURNITURE = 3  # and page furniture passed over besides


def _split_markers(layout: Layout, noise: list[bool]) -> None:
    """A heading marker a scrape broke over two lines: 「（」, then 「三）改革开放……」.

    The heading stands where its marker starts; its title is on the next line
    that is not blank (a scrape that puts a blank line after every paragraph
    puts one inside the broken marker too) nor page furniture (a PDF copy's
    page break may fall inside the marker: its number and running header then stand between).
    """
    lines = layout.lines
    for ln in lines[:-1]:
        if ln.content not in _OPEN_BRACKETS or not noise[ln.index]:
            continue
        nxt = _marker_rest(lines, noise, ln.index + 1)
        if nxt is None:
            continue
        hm = match_heading(ln.content + nxt.content)
        if hm is not None and hm.open and hm.end > len(ln.content) + 1:
            layout.headings[ln.index] = hm
            layout.headings.pop(nxt.index, None)  # 「三）」 alone reads as a marker too
            layout.split_heads[ln.index] = nxt.index
            noise[ln.index] = False


def _marker_rest(lines: list[Line], noise: list[bool], k: int) -> Line | None:
    """The line with the rest of a marker a lone 「（」 opens: the next one with text, within
    _SPLIT_GAP lines of blank or text, page furniture passed over (_SPLIT_FURNITURE at most)."""
    looked = furniture = 0
    for x in lines[k:]:
        if noise[x.index] and not x.is_blank:
            furniture += 1
            if furniture > _SPLIT_FURNITURE:
                return None
            continue
        looked += 1
        if looked > _SPLIT_GAP:
            return None
        if not x.is_blank:
            return x
    return None


def _regions(layout: Layout) -> list[tuple[int, int]]:
    """The speech and each appended document: their headings nest apart."""
    cuts = [a.start for a in layout.appendices]
    bounds = [layout.body_start, *cuts, layout.trailer_start]
    return list(itertools.pairwise(bounds))


def _body_kinds(layout: Layout, noise: list[bool]) -> None:
    lines = layout.lines
    headings = layout.headings
    sal = set(layout.salutation_lines)
    tails = set(layout.split_heads.values())
    for ln in lines[layout.body_start:layout.back_start]:
        i = ln.index
        if ln.is_blank:
            ln.kind = "blank"
        elif i in sal:
            ln.kind = "salutation"
        elif i in headings or i in tails:
            ln.kind = "heading"
        elif noise[i]:
            ln.kind = "noise"
        else:
            ln.kind = "paragraph"
    for ln in lines[layout.back_start:layout.speech_end]:
        if ln.is_blank:
            ln.kind = "blank"
        elif noise[ln.index]:
            ln.kind = "noise"
        else:
            d = match_date(ln.content) or match_iso_date(ln.content)
            ln.kind = "date" if d else "signature"
            if d and (layout.date is None or (layout.date_line or 0) < layout.body_start):
                layout.date, layout.date_line = d, ln.index
            elif not d and layout.speaker is None:
                layout.speaker = speaker_of(ln.content)  # signed at the foot: 「县委书记  王建国」
    for app in layout.appendices:
        _appendix_kinds(layout, app, noise)
    for ln in lines[layout.trailer_start:]:
        ln.kind = "blank" if ln.is_blank else "noise"


def _appendix_kinds(layout: Layout, app: AppendixAt, noise: list[bool]) -> None:
    lines = layout.lines
    for ln in lines[app.start:app.end]:
        i = ln.index
        if i == app.start:
            ln.kind = "appendix"
        elif ln.is_blank:
            ln.kind = "blank"
        elif i in layout.headings:
            ln.kind = "heading"
        elif noise[i]:
            ln.kind = "noise"
        else:
            ln.kind = "paragraph"
    if app.start in layout.headings:
        # The appended document starts right at a heading: the parser gives it an
        # empty header token (see parser.tokens).
        lines[app.start].kind = "heading"


def _lone_bare_parts(lines: list[Line], headings: dict[int, HeadingMarker], text: str) -> None:
    """A 「◆ 第三章」 or 「■ 第二节」: a chapter mark set after a bullet, alone on its line, with no title
    and no other number of its style (once or repeated), that does not start a count: a reader's
    chapter mark over an excerpt, no part of the text (a law's bare 「第一章」 over its title on the
    next line has its siblings; a draft's lone 「第三节」, no bullet before it, is the draft's, and the
    checker reports its number)."""
    bare = [i for i, hm in headings.items() if hm.style.name in ("part", "division")
            and hm.number != 1 and not lines[i].content[hm.end:].strip() and _bulleted(lines[i], text)]
    for i in bare:
        if {hm.number for hm in headings.values() if hm.style == headings[i].style} == {headings[i].number}:
            del headings[i]  # (the only number of its style, once or again: it counts nothing)


def _bulleted(ln: Line, text: str) -> bool:
    """A mark other than a space before the line's content: 「◆」「■」「●」."""
    return ln.lead > 0 and not text[ln.start:ln.start + ln.lead].isspace()


def _heading_has_text(content: str, hm: HeadingMarker) -> bool:
    """Reject marker look-alikes: 「一、二季度……」, a lone 「一，」 with nothing after it, a spaced masthead."""
    rest = content[hm.end:]
    if hm.style.name == "section" and hm.sep and hm.sep in "，," and not rest:
        return False
    if hm.style.name == "section" and not hm.sep and len(rest) >= 3 and rest[1::2].strip(" \u3000") == "" \
            and " " not in rest[0::2]:
        return False  # 「四 川 政 报」: a masthead spaced letter by letter (a gazette's running head), no section
    return not numeral_pair(content, hm)
