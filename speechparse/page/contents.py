"""Lists at a page's top that are navigation, not the text's headings.

A table of contents under 「目录」, a contents list with page numbers and no
「目录」 over it, a collection site's 「第一篇：……」 label over each text: each
is numbered like headings, so the marker reader takes them for headings; read
against the lines around them, they are page noise.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from .start import is_paragraph
from .vocab import MD_LINK_RE, WORD_COUNT_RE

_TOC_RE = lazy_compile(r"^目\s*录[:：]?$")


def table_of_contents(lines: list[Line], noise: list[bool],
                       headings: dict[int, HeadingMarker]) -> None:
    """A 「目录」 block lists the headings once before the text repeats them: it is noise.

    It runs from the 「目录」 line to its last entry before its first entry appears
    again (entries may end in leader dots and a page number).
    """
    outline_excerpt(lines, noise, headings)
    toc = next((ln.index for ln in lines if ln.content[:1] == "目" and _TOC_RE.match(ln.content)), None)
    if toc is None:
        return
    first = next((i for i in sorted(headings) if i > toc), None)
    if first is None:
        return
    # (compared without the marker: a slip in the number of either does not hide the repeat)
    entry = _toc_entry(lines[first].content[headings[first].end:])
    if not entry:
        return  # (a bare 「一」 names nothing a contents list could list: every bare marker would repeat it)
    again = next((i for i in sorted(headings) if i > first
                  and _toc_entry(lines[i].content[headings[i].end:]) == entry), None)
    if again is None:
        _paged_contents(lines, noise, headings, toc)
        return
    # (it ends at its last entry: the title and the opening paragraph of a Word file whose
    # contents field stands above them come before the first heading, and are the text's)
    last = max(i for i in range(toc + 1, again) if i in headings or _page_number_end(lines[i].content) is not None
               or MD_LINK_RE.match(lines[i].content.strip()))
    _navigation(lines, noise, headings, toc, last)


def _navigation(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], a: int, b: int) -> None:
    """Lines ``a`` to ``b`` (both in) are the page's navigation: noise, none of them a heading."""
    for i in range(a, b + 1):
        noise[i] = not lines[i].is_blank
        headings.pop(i, None)


_PAGED_ENTRIES = 3


def _paged_contents(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], toc: int) -> None:
    """Under 「目录」, numbered entries each ending in its page number (「1. 东湖县年度工作总结 3」), three or
    more in a row: a table of contents whose text the page does not show (a collection's preview)."""
    last = None
    count = 0
    for ln in lines[toc + 1:]:
        if ln.is_blank or noise[ln.index]:
            continue
        if ln.index not in headings or _page_number_end(ln.content) is None:
            break
        count += 1
        last = ln.index
    if last is None or count < _PAGED_ENTRIES:
        return
    _navigation(lines, noise, headings, toc, last)


# 「目录/提纲:……」: a site's label over a few of the outline's lines it shows, closed by 「……」.
_EXCERPT_LABEL_RE = lazy_compile(r"^(?:目\s*录|提\s*纲|大\s*纲)(?:[/／](?:目录|提纲|大纲))?[:：]?[…．.]*$")
_ELLIPSIS_RE = lazy_compile(r"^[…．.。]{2,12}$")
_EXCERPT_LINES = 12


def outline_excerpt(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
    """A site's excerpt of the outline (see _EXCERPT_LABEL_RE): its numbered lines, out of order or
    not, are page noise up to the ellipsis that closes it; without the ellipsis nothing is."""
    for ln in lines[:_EXCERPT_LINES * 4]:
        c = ln.content
        if not c or c[0] not in "目提大" or not _EXCERPT_LABEL_RE.match(c):
            continue
        shown = [x for x in lines[ln.index + 1:ln.index + 1 + _EXCERPT_LINES * 4] if not x.is_blank]
        # (blank lines apart or not, the page's noise among them or not)
        end = next((x.index for x in shown[:_EXCERPT_LINES + 1] if _ELLIPSIS_RE.match(x.content)), None)
        if end is None or not all(x.is_blank or x.index in headings or noise[x.index]
                                  for x in lines[ln.index + 1:end]):
            return
        _navigation(lines, noise, headings, ln.index, end)
        return  # (a page's own noise among them stays noise)


_LEADERS = " \t\u3000.．·…"
_MIN_PAGED = 3


_LABEL_LOOKAHEAD = 3  # lines read under a label for the title it names


_SHORT_TITLE = 40


def collection_labels(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
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
        if not c[cut + 1:].strip(" \u3000:：") and _prose_next(lines, i):
            noise[i] = True  # 「第1篇」 alone over running text: a collection's count of its texts (a part's title
            del headings[i]  # stands on its line, or on the next)
            continue
        if c[cut + 1:cut + 2] not in ("：", ":", " ", "\u3000"):  # (or a gap: 「第1篇 ……工作总结 1200字」)
            continue
        named = WORD_COUNT_RE.sub("", c[cut + 2:].strip(" \u3000\xa0"))  # (and the site's count of its words)
        below = [ln.content for ln in lines[i + 1:i + 1 + 2 * _LABEL_LOOKAHEAD] if ln.content][:_LABEL_LOOKAHEAD]
        above = [ln.content for ln in lines[max(0, i - 2 * _LABEL_LOOKAHEAD):i] if ln.content][-_LABEL_LOOKAHEAD:]
        # (a label may shorten the title and say in brackets who spoke where: 「第一篇：桃花开了（县长在
        # ……致辞）」 over 「桃花开了，你可曾想起回家的路？」; the words before its bracket open the title)
        core = named[:min((k for k in (named.find("("), named.find("（")) if k > 0), default=0)]
        titles = [ln.content for ln in lines[i + 1:i + 1 + 2 * _LABEL_LOOKAHEAD] if ln.content and ln.index
                  not in headings and len(ln.content) <= _SHORT_TITLE and "。" not in ln.content][:_LABEL_LOOKAHEAD]
        if (len(named) >= 4 and (named in below or any(named in a for a in above))) or (
                len(core) >= 4 and any(b.startswith(core) for b in titles)) or (
                len(named) >= 4 and any(_shares_words(named, b) for b in titles)):
            noise[i] = True
            del headings[i]


def _prose_next(lines: list[Line], i: int) -> bool:
    """The next line with text after line ``i`` is running text: it ends a sentence."""
    nxt = next((ln.content for ln in lines[i + 1:i + 1 + 2 * _LABEL_LOOKAHEAD] if ln.content), "")
    return nxt[-1:] in ("。", "！", "？") and len(nxt) > _SHORT_TITLE


def _shares_words(named: str, title: str) -> bool:
    """The label and the title under it share most of their words: a label names the place in
    full where the title shortens it (「第一篇：某旗某某镇建立……联络站」 over 「某镇建立……联络站」),
    or a site cut the label short."""
    from difflib import SequenceMatcher  # (only a collection's label needs it: not at start-up)

    m = SequenceMatcher(None, named, title, autojunk=False).find_longest_match(0, len(named), 0, len(title))
    return m.size >= max(_SHARED_WORDS, min(len(named), len(title)) // 2)


_SHARED_WORDS = 6


def paged_entries(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> None:
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
