"""Where a flattened run of paragraphs breaks: the gaps a scraper left between them.

A one-line scrape (or a very long line) keeps its paragraph breaks only as runs
of spaces: 「　　」, em spaces, or ASCII spaces and NBSP after a sentence's end.
:func:`speechparse.lines.split_lines` cuts such a line into virtual lines at
the offsets this module finds.
"""

from __future__ import annotations

from .lazyre import lazy_compile
from .markers import match_heading
from .page.vocab import ITEM_MARKER

_GAP_SPACES = " \t\u3000\u2003\xa0"
# A paragraph break that a scraper flattened, inside a long line: two or more
# ideographic spaces 「　　」 or em spaces, or a run of ASCII spaces or NBSP
# after the end of a sentence (see runon_cuts).
_GAP_KINDS = {"\u3000": "\u3000", "\u2003": "\u2003", " ": " \xa0", "\xa0": " \xa0"}
_WIDE_GAP_FIRST = "\u3000\u2003"
_SENTENCE_FINAL = frozenset("。！？!?…”’」』）)：:；;")


def may_run_on(raw: str) -> bool:
    """A long line with a gap inside it (indentation and trailing spaces are no gap)."""
    body = raw.strip(_GAP_SPACES)
    # (A character is found several times faster than a pair: the pair is looked for only then.)
    return ("\u3000" in body and "\u3000\u3000" in body) or ("\u2003" in body and "\u2003\u2003" in body) \
        or (" " in body and "  " in body) or "\xa0" in body \
        or (("\u3000" in body or " " in body) and _HEAD_GAP_RE.search(body) is not None)


# A one-space paragraph break before a section heading: 「……紧迫感。 二、突出重点……」, as
# scrapers that join paragraphs with one space leave them.  One space after a sentence is
# also a typing habit inside a paragraph (「要求如下： 一、……。 二、……」), so such a gap
# is a cut only where the headings it opens count on at section length (see _head_gaps).
# A hard-wrapped copy of a one-line scrape: its short lines hold the scrape's paragraph breaks,
# ideographic spaces after a sentence's end (「……制度。　　（二）……」; not after a colon, which a
# label spaces its value from: 「来源：　　某县人民政府」) or before a heading (a
# heading's title has no end mark: 「……管理水平　　（一）……」): cut there, however short the line.
WRAPPED_RUNON_RE = lazy_compile(
    r"(?:[。！？；](?P<gap>\u3000{2,})(?=[^\s\u3000])"
    rf"|(?<=[^\s\u3000])(?P<gap2>\u3000{{2,}})(?={ITEM_MARKER}))")
_HEAD_GAP_RE = lazy_compile(
    r"[。！？：:][ \u3000\xa0](?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
_MIN_SECTION_GAP = 50  # characters between two such headings of one count


def runon_cuts(raw: str) -> list[int]:
    """Where a flattened paragraph run breaks: wide gaps always, narrow ones after a sentence.

    A gap is a whole run of spaces between two other characters, two or more
    long, all ideographic spaces, all em spaces, or all ASCII spaces and NBSP.
    The runs are found by ``str.split`` (in C; a pattern reads every character
    of a scrape at a tenth of that speed).
    """
    cuts: list[int] = []
    end = -1  # where the text before the current run of spaces ends
    for word in raw.split():
        start = raw.find(word, end + 1)  # the spaces before the word end here
        n = start - end
        if end > 0 and n >= 2:
            gap = raw[end:start]
            kind = _GAP_KINDS.get(gap[0])
            if kind is not None and not gap.strip(kind) and (
                    gap[0] in _WIDE_GAP_FIRST or raw[end - 1] in _SENTENCE_FINAL):
                cuts.append(end)
        end = start + len(word)
    heads = _head_gaps(raw)
    return sorted(set(cuts) | set(heads)) if heads else cuts


def _head_gaps(raw: str) -> list[int]:
    """One-space gaps before headings that count on from one another, sections apart.

    「……三点意见： 一、认清形势……。 二、突出重点……」 is cut before 「一、」 and
    「二、」; 「主要问题： 一、思想不够解放。 二、作风不够扎实。」 (items a sentence
    long) and a lone 「。 二、」 are not.
    """
    found: list[tuple[int, str, int]] = []  # (gap start, style, number)
    for m in _HEAD_GAP_RE.finditer(raw):
        hm = match_heading(raw[m.end():m.end() + 8])
        if hm is not None:
            found.append((m.start() + 1, hm.style.name, hm.number))
    keep: set[int] = set()
    for i, (at, style, number) in enumerate(found):
        for at2, style2, number2 in found[i + 1:]:
            if style2 == style:
                if number2 == number + 1 and at2 - at >= _MIN_SECTION_GAP:
                    keep.update((at, at2))
                break
    return sorted(keep)


# A one-line scrape joined with two ASCII spaces, hard-wrapped afterwards (a PDF copy of it): its
# short lines keep the breaks before headings, 「……本方案。  一、指导」 then 「……的城市。  二、工作目标」.
# Two spaces are also a typist's habit between sentences (「问题有：  一、……。  二、……。」), so a gap
# is a break only before a heading whose title stands alone, up to the next such gap (「一、指导思想  以
# ……」; an item of a list is a sentence: 「一、思想不够解放。  二、」), and only where another such
# heading counts on to or from it, or where the words before the gap are a heading's own title
# (「三、主要任务  (一)组织管理  1、管理体系。……」).  A title may run over a wrap: the lines are read as one.
_SPACED_HEAD_RE = lazy_compile(
    r"(?<=[^\s\u3000]) {2,}(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[）)])")
_SPACED_TITLE = 40
_WRAP_LINES = 3
_ENDS = "。！？；!?;"


def spaced_head_cuts(text: str, raws: list[str]) -> dict[int, list[int]]:
    """Physical line (0-based) → where its gaps before headings start (most texts: none)."""
    if "  " not in text or _SPACED_HEAD_RE.search(text) is None:
        return {}
    found: list[tuple[int, int, str, int, bool]] = []  # (line, column, style, number, after a title)
    for k, raw in enumerate(raws):
        if "  " not in raw:
            continue
        seg = len(raw) - len(raw.lstrip(" \u3000\t"))  # where the words before the gap begin
        for m in _SPACED_HEAD_RE.finditer(raw):
            hm = match_heading(raw[m.end():m.end() + 8])
            if hm is not None and _titled(raws, k, m.end() + hm.end):
                before = raw[seg:m.start()]
                own = match_heading(before)
                found.append((k, m.start(), hm.style.name, hm.number, own is not None and own.style != hm.style
                              and not any(ch in _ENDS for ch in before)))
            seg = m.end()
    keep = {i for i, f in enumerate(found) if f[4]}
    for i, (_, _, style, number, _) in enumerate(found):
        j = next((j for j in range(i + 1, len(found)) if found[j][2] == style), 0)
        if j and found[j][3] == number + 1:
            keep.update((i, j))
    cuts: dict[int, list[int]] = {}
    for i in sorted(keep):
        cuts.setdefault(found[i][0], []).append(found[i][1])
    return cuts


def _titled(raws: list[str], k: int, at: int) -> bool:
    """The words from ``at`` on line ``k`` run to a gap of two spaces with no sentence's end before it
    (or to the end of the text)."""
    ahead = raws[k][at:at + _SPACED_TITLE]
    last = min(len(raws) - 1, k + _WRAP_LINES)
    while len(ahead) < _SPACED_TITLE and k < last:  # (over a wrap: a few lines at most, blank ones too)
        k += 1
        ahead += raws[k][:_SPACED_TITLE]
    gap = ahead.find("  ")
    return gap > 0 and not any(ch in _ENDS for ch in ahead[:gap])
