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
import re
from bisect import bisect_left

from .layout import AppendixAt, Layout
from .lines import Line
from .markers import HeadingMarker, Style, match_heading, match_ordinal_marker, numeral_pair
from .page.closing import find_closing
from .page.genre import decide_genre
from .page.gongwen import read_document
from .page.head import find_body_start, is_paragraph, match_date, read_head, read_salutation, speaker_of
from .page.noise import MD_LINK_RE, is_noise
from .page.tail import find_appendices, find_attachment_note, find_sign_off, find_trailer
from .page.wrap import find_wraps, page_furniture

__all__ = ["Layout", "classify"]


def classify(lines: list[Line], text: str) -> Layout:
    """Set ``kind`` on every ``lines`` (cut from ``text``) and return the page layout."""
    n = len(lines)
    layout = Layout(lines, trailer_start=n, back_start=n, speech_end=n)
    headings = layout.headings
    noise = [False] * n
    ordinal: dict[int, HeadingMarker] = {}
    for ln in lines:
        if ln.is_blank:
            continue
        if is_noise(ln.content) or (ln.lead and _pointed_caption(text, ln)):
            noise[ln.index] = True
            continue
        hm = match_heading(ln.content)
        if hm is not None and _heading_has_text(ln.content, hm):
            headings[ln.index] = hm
        elif hm is None and ln.content[:1] == "第":
            om = match_ordinal_marker(ln.content)
            if om is not None:
                ordinal[ln.index] = om
    _ordinal_markers(headings, ordinal)
    _split_markers(layout, noise)
    page_furniture(lines, noise, headings)
    wraps = find_wraps(lines, noise, headings, text)
    if wraps:
        layout.wraps = wraps
    if "录" in text:  # (most texts have no 「目录」: no pass over their lines)
        _table_of_contents(lines, noise, headings)
    _paged_entries(lines, noise, headings)
    _collection_labels(lines, noise, headings)

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
    trailer = find_trailer(lines, body_start, headings)
    layout.trailer_start = trailer
    for i in [i for i in headings if i >= trailer]:
        del headings[i]
    note = find_attachment_note(lines, noise, body_start, trailer)
    if note is not None:
        for i in range(*note):
            headings.pop(i, None)  # 「1.……」 names an attachment, not a part of the text
    layout.appendices = find_appendices(lines, noise, headings, body_start, trailer, note)
    speech_end = layout.appendices[0].start if layout.appendices else trailer
    layout.speech_end = speech_end
    last_heading = max((i for i in headings if i < speech_end), default=body_start - 1)
    layout.back_start = find_sign_off(lines, noise, max(body_start, last_heading), speech_end, note)

    ordered = sorted(layout.headings)  # once: each region takes its slice (not a scan per appendix)
    for a, b in _regions(layout):
        region = ordered[bisect_left(ordered, a):bisect_left(ordered, b)]
        if not _inverted_levels(layout, region):
            _mis_styled_siblings(layout, region)

    read_salutation(layout, noise)
    read_head(layout, noise)
    _body_kinds(layout, noise)
    find_closing(layout, last_heading)
    layout.document = read_document(layout)
    layout.genre, layout.genre_reason = decide_genre(layout, text)
    return layout


_POINTERS = frozenset("▲△▼↑")
_MAX_CAPTION = 80


def _pointed_caption(text: str, ln: Line) -> bool:
    """「▲ 会议现场」「▲县委书记某某讲话」: a photo caption, pointed at its picture."""
    return len(ln.content) <= _MAX_CAPTION and any(c in _POINTERS for c in text[ln.start:ln.start + ln.lead])


def _ordinal_markers(headings: dict[int, HeadingMarker], ordinal: dict[int, HeadingMarker]) -> None:
    """「第三、」 right after 「二、」 (the last 一、-style heading) is the third of them.

    One sweep in line order (a text of many such lines must not cost their square).
    """
    if not ordinal:
        return
    keys = sorted(headings)
    k = 0
    prev: int | None = None  # the last heading before the line
    last_section: int | None = None  # the last 一、-style heading before it
    for i, om in sorted(ordinal.items()):
        while k < len(keys) and keys[k] < i:
            prev = keys[k]
            if headings[prev].style.name == "section":
                last_section = prev
            k += 1
        if prev is None or last_section is None:
            continue
        if headings[last_section].number == om.number - 1 and headings[prev].style.rank >= om.style.rank:
            headings[i] = om
            prev = i
            if om.style.name == "section":
                last_section = i


_OPEN_BRACKETS = ("（", "(")
_SPLIT_GAP = 4  # lines looked at after a lone 「（」: the rest of its marker, blank lines before it


def _split_markers(layout: Layout, noise: list[bool]) -> None:
    """A heading marker a scrape broke over two lines: 「（」, then 「三）改革开放……」.

    The heading stands where its marker starts; its title is on the next line
    that is not blank (a scrape that puts a blank line after every paragraph
    puts one inside the broken marker too).
    """
    lines = layout.lines
    for ln in lines[:-1]:
        if ln.content not in _OPEN_BRACKETS or not noise[ln.index]:
            continue
        nxt = next((x for x in lines[ln.index + 1:ln.index + 1 + _SPLIT_GAP] if not x.is_blank), None)
        if nxt is None:
            continue
        hm = match_heading(ln.content + nxt.content)
        if hm is not None and hm.open and hm.end > len(ln.content) + 1:
            layout.headings[ln.index] = hm
            layout.headings.pop(nxt.index, None)  # 「三）」 alone reads as a marker too
            layout.split_heads[ln.index] = nxt.index
            noise[ln.index] = False


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
            d = match_date(ln.content)
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


_TOC_RE = re.compile(r"^目\s*录[:：]?$")


def _table_of_contents(lines: list[Line], noise: list[bool],
                       headings: dict[int, HeadingMarker]) -> None:
    """A 「目录」 block lists the headings once before the text repeats them: it is noise.

    It runs from the 「目录」 line to where its first entry appears again
    (entries may end in leader dots and a page number).
    """
    toc = next((ln.index for ln in lines if ln.content[:1] == "目" and _TOC_RE.match(ln.content)), None)
    if toc is None:
        return
    first = next((i for i in sorted(headings) if i > toc), None)
    if first is None:
        return
    # (compared without the marker: a slip in the number of either does not hide the repeat)
    entry = _toc_entry(lines[first].content[headings[first].end:])
    again = next((i for i in sorted(headings) if i > first
                  and _toc_entry(lines[i].content[headings[i].end:]) == entry), None)
    if again is None:
        return
    for i in range(toc, again):
        noise[i] = not lines[i].is_blank
        headings.pop(i, None)


_LEADERS = " \t\u3000.．·…"
_MIN_PAGED = 3


_LABEL_LOOKAHEAD = 3  # lines read under a label for the title it names


def _collection_labels(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """A document site's label over each text of a collection: 「第一篇：某某工作总结」.

    The label names a text of the page, so the title it gives stands again on
    one of the lines around it: the text's own title under it, or the page's
    title over it (「……讲稿汇编4篇」).  Noise, not a 「第一篇」 part heading: a
    part's title is not repeated around it (「第一篇：总体要求」 over its running text).
    """
    for i, hm in list(headings.items()):
        c = lines[i].content
        if hm.style.name != "part" or not hm.marker.startswith("第") or "篇" not in hm.marker[:6]:
            continue
        cut = c.find("篇")
        if c[cut + 1:cut + 2] not in ("：", ":"):
            continue
        named = c[cut + 2:].strip(" \u3000\xa0")
        below = [ln.content for ln in lines[i + 1:i + 1 + 2 * _LABEL_LOOKAHEAD] if ln.content][:_LABEL_LOOKAHEAD]
        above = [ln.content for ln in lines[max(0, i - 2 * _LABEL_LOOKAHEAD):i] if ln.content][-_LABEL_LOOKAHEAD:]
        if len(named) >= 4 and (named in below or any(named in c for c in above)):
            noise[i] = True
            del headings[i]


def _paged_entries(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """A contents list with no 「目录」 over it: three or more numbered lines in a row, each
    ending in a page number after a gap or leader dots, the pages rising, above the
    running text (a list of figures inside the text is no contents list).  Noise."""
    if sum(1 for i in headings if lines[i].content[-1:].isdigit()) < _MIN_PAGED:
        return  # (most texts: no pass over their lines)
    top = next((ln.index for ln in lines if ln.content and not noise[ln.index] and ln.index not in headings
                and is_paragraph(ln)), len(lines))
    run: list[int] = []
    pages: list[int] = []
    for i in sorted(headings):
        if i > top:
            break
        c = lines[i].content
        page = _page_number_end(c)
        follows = run and all(lines[k].is_blank or noise[k] for k in range(run[-1] + 1, i))
        if page is not None and (not run or (follows and page >= pages[-1])):
            run.append(i)
            pages.append(page)
            continue
        _drop_run(run, noise, headings)
        run, pages = ([i], [page]) if page is not None else ([], [])
    _drop_run(run, noise, headings)


def _page_number_end(c: str) -> int | None:
    """The page number a contents entry ends with, after a gap or leader dots (「……总结 110」)."""
    end = len(c)
    k = end
    while k > 0 and end - k < 4 and c[k - 1].isdigit():
        k -= 1
    if k == end or k == 0 or c[k - 1] not in _LEADERS:
        return None
    return int(c[k:end]) if c[k:end].isascii() else None


def _drop_run(run: list[int], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    if len(run) >= _MIN_PAGED:
        for i in run:
            noise[i] = True
            headings.pop(i, None)


def _toc_entry(content: str) -> str:
    """A heading as a table of contents lists it: without leader dots and page number, or
    the text of its link to the heading (「[版本发布](#一、版本发布)」 in a Markdown export)."""
    link = MD_LINK_RE.match(content.strip())
    if link:
        return link.group("t")
    end = len(content)
    while end and content[end - 1].isdigit():
        end -= 1
    while end and content[end - 1] in " \t\u3000.．·…—-_":
        end -= 1
    return content[:end]


def _mis_styled_siblings(layout: Layout, region: list[int]) -> None:
    """A lower style that goes on counting its predecessor is its sibling.

    「（二）明确任务」 then 「3.狠抓落实」: the writer meant 「（三）」.  Nesting by
    style would make 「3.」 the first child of 「（二）」; numbering says it is
    the next of the same level, so it nests as 「（二）」 does, and so do the
    「4.」「5.」 that go on counting after it.  Not when its own style was
    counting there already (「1.」「2.」 under 「一、」, 「3.」 under 「二、」 numbers
    clauses across sections), nor when the sibling it would be comes later in
    its own style (「（二）」 under 「一、」 before 「二、」).
    """
    prev: HeadingMarker | None = None
    prev_style: Style | None = None
    last_of_style: dict[str, int] = {}
    alias: dict[str, tuple[Style, int]] = {}  # written style → (style it nests as, last number)
    for k, i in enumerate(region):  # the region's heading lines, in order
        hm = layout.headings[i]
        style = hm.style
        kept = alias.get(style.name)
        if kept is not None and hm.number == kept[1] + 1:
            style = kept[0]
            layout.nest_as[i] = style
            alias[hm.style.name] = (style, hm.number)
        elif (prev is not None and prev_style is not None and style.rank > prev_style.rank
                and not style.optional  # (第三条 after 第二章: articles count on through chapters)
                and hm.number == prev.number + 1 and hm.number > 1
                and last_of_style.get(style.name, 0) + 1 != hm.number
                and not _number_comes(layout, region, k + 1, prev_style, hm)):
            style = prev_style
            layout.nest_as[i] = style
            alias[hm.style.name] = (style, hm.number)
        else:
            alias.pop(hm.style.name, None)
        for name, (target, _) in list(alias.items()):
            if name != hm.style.name and style.rank < target.rank:
                del alias[name]  # a higher level begins: the writing is no longer a sibling's
        last_of_style[hm.style.name] = hm.number
        prev, prev_style = hm, style


_LOOKAHEAD = 200  # headings: how far the writer's own next sibling is looked for


def _number_comes(layout: Layout, region: list[int], k: int, style: Style, hm: HeadingMarker) -> bool:
    """Whether what follows ``region[k]`` says ``hm`` is no sibling of ``style`` after all.

    「一、」 then 「（二）」 then, later, 「二、」: the writer's own 「二、」 is still to come.
    Or the next 「（…）」 does not count on from it (「（二）」 again): read as a
    sibling, it would be left a child of its own.  Either way 「（二）」 is a child
    level that starts at the wrong number (N201), not 「二、」 in another style.
    """
    last = hm.number
    for i in region[k:k + _LOOKAHEAD]:
        h = layout.headings[i]
        if h.style.rank <= style.rank:
            return h.style == style and h.number == hm.number
        if h.style == hm.style:
            if h.number != last + 1:
                return True
            last = h.number
    return False


def _inverted_levels(layout: Layout, region: list[int]) -> bool:
    """Two levels written the wrong way up, throughout: 「（一）」 over 「一、」 (when
    so read, the siblings test above does not run on the region).

    The region opens with a lower style A that counts on 1, 2, 3 … through it,
    and a higher style B appears only after an A and counts from 1 again under
    each A, at least twice.  Nested by the ladder, B would be the top level
    restarting its numbers and A an orphan before it; the writer's numbering
    says A is the top and B is under it, so A nests as B would and B as A
    would.  The checker still reports the inversion (N205), once.  One number
    out of its sequence is a slip of the page's own (N201 reports it); more,
    and the numbers do not bear the inversion out: not when A restarts (a list
    in the preamble, then sections that each have their own 「（一）」), nor when
    B never starts again under a second A.
    """
    if not region:
        return False
    hms = [layout.headings[i] for i in region]
    a = hms[0].style
    above = {hm.style.name for hm in hms if hm.style.rank < a.rank}
    if len(above) != 1:
        return False
    b = next(hm.style for hm in hms if hm.style.name in above)
    tops = under = restarts = breaks = 0
    for hm in hms:
        if hm.style == a:
            breaks += hm.number != tops + 1
            tops += 1
            under = 0
        elif hm.style == b:
            breaks += hm.number != under + 1
            restarts += under == 0
            under += 1
    if restarts < 2 or breaks > 1:  # (one number slipped in the inverted page is the writer's slip)
        return False
    for i, hm in zip(region, hms, strict=True):
        if hm.style == a:
            layout.nest_as[i] = b
        elif hm.style == b:
            layout.nest_as[i] = a
    return True


def _heading_has_text(content: str, hm: HeadingMarker) -> bool:
    """Reject marker look-alikes: 「一、二季度……」, and a lone 「一，」 with nothing after it."""
    rest = content[hm.end:]
    if hm.style.name == "section" and hm.sep and hm.sep in "，," and not rest:
        return False
    return not numeral_pair(content, hm)
