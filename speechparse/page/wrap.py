"""Hard-wrapped copies: text copied out of a PDF, or typed into a fixed-width page.

Such a copy breaks every paragraph at one width, so that a line is a piece
of a paragraph, not a paragraph.  (Page numbers and running headers between two
pieces are page furniture, marked as noise first: :mod:`speechparse.page.furniture`.)
This module finds the wrap width, and which lines go on the line before them.

A page is taken as hard-wrapped only when most of its lines that reach the
width are within a character of it, few are longer, and most of those at
the width end mid-sentence: a text with one paragraph per line has lengths
spread far wider, and one sentence per line ends its lines with 「。」.  Pieces are joined only
where the line before is full; a blank line, an indented line (where the
page indents its paragraphs) and, after a full line that ends a sentence, a
heading, a salutation or an address to the audience start a new paragraph.

The lines stay as they are (spans keep pointing at the original text); the
readers that need a whole paragraph (heading titles, points, the closing,
the title) read it through :class:`speechparse.layout.Wraps`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from ..layout import Wraps
from ..lazyre import lazy_compile
from ..lines import Line
from ..markers import HeadingMarker
from ..pagenumbers import MARKER_PAGE_RE, is_page_number
from .closing import OPENER_RE
from .facts import match_date, speaker_of
from .noise import CRUMB, RULE_RE, is_breadcrumb, is_noise, is_widget_row
from .salutation import inline_salutation, salutation_line
from .vocab import FIELD_ROW_RE, KIND_END_RE
from .wraptitle import (
    NO_LINE_START,
    SENTENCE_END,
    SENTENCE_MARKS,
    counted_in_turn,
    enumerated_inline,
    heading_shapes,
    heading_tail,
    left_open,
    no_sibling_stands_alone,
    runs_in,
    title_goes_on,
)

MIN_WIDTH = 16  # narrower than this, a "width" is a list of short lines
_NUMBER_LINE = 32  # a page number with the words beside it (「1　某省日报」) is a short line
_MIN_FULL = 3  # lines at the width: fewer say nothing
_TOP_LINES = 6  # the lines at the top where a page repeats its title
_FULL_SHARE = 0.6  # of the lines that reach the width, the share within one character of it
_ENDED_SHARE = 0.4  # of the lines at the width, the most that may end a sentence
_TAIL_MARKS = "。，、；：！？!?;:,.”’」』）)》〉…—%‰℃°"  # (a unit's sign ends a number: 「11.5」 / 「%。」)
_SPACES = " \t\u3000\xa0\u2002\u2003"
_STAMP_RE = lazy_compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}")
_SCRAPE_PIECES = 8  # a physical line cut into this many pieces is a scrape's run of paragraphs
_PIECE_END = SENTENCE_END | frozenset("”’」』）)》")  # how a paragraph's last piece may end
_LOST_INDENTS = 3  # first pieces two short of the width under a sentence's end: a copy that lost its indents
def _titles_over_crumbs(c: str) -> bool:
    """More than a breadcrumb's last crumb, the rest a wrap may cut off it: longer, or naming a kind of text."""
    return len(c) > CRUMB or (len(c) > 4 and KIND_END_RE.search(c) is not None)




def _under_number(lines: list[Line], noise: list[bool], i: int) -> bool:
    """The physical line before line ``i``'s own (a gap may have cut that into pieces) is a page number
    (or page noise with a number in it, the furniture reader's: 「1　某省日报」)."""
    j = i
    while j > 0 and lines[j - 1].lineno == lines[i].lineno:
        j -= 1
    c = lines[j - 1].content if j > 0 else ""
    return is_page_number(c) or MARKER_PAGE_RE.match(c) is not None or (
        noise[j - 1] and len(c) <= _NUMBER_LINE and any(ch.isdigit() for ch in c))


def find_wraps(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], text: str,
               as_written: Callable[[int, int], str] | None = None) -> Wraps:
    """The paragraphs of a hard-wrapped page; on any other page, only the pieces no line starts with."""
    wraps = _wrapped(lines, noise, headings, text, as_written)
    return wraps if wraps.width else _bracket_rests(lines, noise, headings)


def _bracket_rests(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> Wraps:
    """「)》。」 under 「一、同意批准实施《……总体规划(2013-2030」: a line that opens on the bracket the
    line above left open is that line's rest, on a page too short to show its wrap width."""
    wraps = Wraps()
    for ln in lines[1:]:
        c, above = ln.content, lines[ln.index - 1]
        if c[:1] in _CLOSERS and not above.is_blank and not noise[above.index] and above.lineno != ln.lineno:
            root = wraps.head.get(above.index, above.index)
            if left_open(wraps.text(lines, root), c[0]):
                noise[ln.index] = False
                headings.pop(ln.index, None)
                wraps.head[ln.index] = root
                wraps.rest.setdefault(root, []).append(ln.index)
    return wraps


_CLOSERS = frozenset(")）》”」』")


def _wrapped(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker], text: str,
             as_written: Callable[[int, int], str] | None = None) -> Wraps:
    """The paragraphs of a hard-wrapped page (an empty :class:`Wraps` for any other page).

    A line's width is all it holds after its indentation, Markdown marks included
    (「> 」 takes room on the line as any character does), as the page wrote it: a text read
    without its pinyin glosses was wrapped with them (``as_written``: the written text of a
    span of ``text``).
    """
    written: Callable[[int, int], str] = as_written if as_written is not None else lambda a, b: text[a:b]
    text_lines = [ln for ln in lines if not ln.is_blank and not noise[ln.index]]
    size = [0] * len(lines)
    pieces = Counter(ln.lineno for ln in text_lines)
    for ln in text_lines:  # (the last piece a gap cut off a physical line ends where the line does:
        # 「……讲话同志们:今天,」; in a one-line scrape of a wrapped copy, which runs the wrap's pieces into
        # one line each after its gap, a piece with more of its line after it is one of its own; in a
        # shorter row, 「posted @ ……  某某的笔记  阅读(1268)  评论(3)」, such a piece fills no line)
        if pieces[ln.lineno] >= _SCRAPE_PIECES:  # (its last piece too: the scrape's last paragraph)
            size[ln.index] = len(written(ln.start, ln.end).strip(_SPACES))
            continue
        nxt = ln.index + 1
        if nxt < len(lines) and lines[nxt].lineno == ln.lineno:
            continue
        size[ln.index] = len(written(ln.start - ln.col, ln.end).strip(_SPACES))
    # (a line at the top repeated word for word, a page's title over the text's own, is one line's
    # evidence: two copies of a thirty-character title and one line of twenty-nine make no width)
    opening = text_lines[:_TOP_LINES]
    repeats = {ln.index for k, ln in enumerate(opening) if any(x.content == ln.content for x in opening[:k])}
    counts = Counter(size[ln.index] for ln in text_lines if size[ln.index] >= MIN_WIDTH - 1 and ln.index not in repeats)
    if not counts:
        return Wraps()
    # The width is the length the most lines reach within a character; of two lengths that do
    # about as well, the one more lines reach exactly (29 over 28 when one line each holds 27 and
    # 28 and thirty hold 29: a line a character short of the width ends its paragraph, or not).
    window = {w: counts[w - 1] + counts[w] + counts[w + 1] for w in counts if w >= MIN_WIDTH}
    if not window:
        return Wraps()
    best = max(window.values())
    width = max((w for w, n in window.items() if n >= best - max(1, best // 20)),
                key=lambda w: (counts[w], window[w], w))
    full = window[width]
    longer = sum(n for w, n in counts.items() if w >= width - 1)
    # (or the width is two more, on a copy that lost its indents: most lines this long are first pieces, under a
    # line that ended its paragraph, and a third as many or more fill the line two wider)
    wider = window.get(width + 2, 0)
    firsts = _first_pieces(text_lines, size, width) if wider >= max(_MIN_FULL, counts[width] // 3) else 0
    shifted = firsts >= _LOST_INDENTS and 2 * firsts >= counts[width]
    if shifted:
        width, full = width + 2, wider + counts[width]
    if full < _MIN_FULL or full < _FULL_SHARE * longer:
        return Wraps()
    # Paragraphs far longer than the width were never cut at it: more than one, and more than a
    # quarter as many as the lines at the width, and those lines are short paragraphs of one
    # length (a post's title, its credits and its list of earlier posts), not a wrap's pieces.
    overlong = sum(1 for ln in text_lines if len(ln.content) * 2 > width * 3 and ln.content[0] not in "<![" and
                   "://" not in ln.content)  # (the piece itself, not the physical line a scrape's last piece is
    # measured by; a link or a tag is no paragraph)
    if overlong > max(1, full // 4):
        return Wraps()
    # A wrap falls anywhere in a sentence: lines of one length that end sentences are one per line.
    ended = sum(1 for ln in text_lines if abs(size[ln.index] - width) <= 1 and ln.content[-1] in SENTENCE_END)
    if ended > _ENDED_SHARE * full:
        return Wraps()
    wraps = Wraps(width)
    indented = sum(1 for ln in text_lines if _indented(ln, text))
    uses_indent = indented >= 3 and indented <= len(text_lines) // 2
    # (a copy that lost its paragraphs' two-character indent: their first pieces fill the line but for it,
    # 「……主要任务是回」 at 26 of 28 under a sentence's end; such a first piece goes on too)
    lost_indent = not uses_indent and (shifted or _first_pieces(text_lines, size, width - 2) >= _LOST_INDENTS)
    # (the page's first line: its title; a row of the page's fields over it does not count)
    top = next((ln.index for ln in text_lines if not FIELD_ROW_RE.match(ln.content)), text_lines[0].index)
    shapes = heading_shapes(lines, headings, size, width)
    in_turn = counted_in_turn(headings)
    # A page with a blank line after every line (「\r\n\r\n」 between all of them) says nothing
    # by its blank lines: a wrap's pieces stand apart as its paragraphs do, and only the width tells
    spaced = all(lines[ln.index + 1].is_blank or lines[ln.index + 1].lineno == ln.lineno  # (a line's pieces aside)
                 for ln in text_lines if ln.index + 1 < len(lines))
    head: int | None = None
    prev: Line | None = None
    full_noise = -2  # the last noise line that fills the width: a wrap may have cut it
    chains: set[int] = set()  # noise lines with the rest a wrap cut off them
    for ln in lines:
        i = ln.index
        if ln.is_blank:
            if not spaced and not (i > 0 and noise[i - 1] and text[ln.start:ln.end].strip()):
                head = prev = None  # (a rule 「______」 under a page number is the page's furniture: the
                # paragraph goes on under it)
            continue
        if not noise[i] and full_noise == i - 1 and not (uses_indent and _indented(ln, text)) and size[i] <= width + 1 \
                and not (_titles_over_crumbs(ln.content) and is_breadcrumb(lines[i - 1].content)) and (
                (i not in headings and (_wrapped_side(ln.content[0]) or left_open(lines[i - 1].content, "》")))
                or _url_rest(lines[i - 1].content, ln.content)):  # (a bracket left open: 「……《20」 / 「21年……》」)
            # (a line wider than the page is no wrap's rest: 「关于……的整改报告」 under a breadcrumb as wide as a line;
            # nor a title under a breadcrumb: 「某县实验小学工作报告」 under 「……>>领导活动」)
            headings.pop(i, None)  # (「本文链接:https://……/3208」 / 「86.html」: the link's rest, no heading)
            noise[i] = True  # 「内容概况 ……见义勇」 / 「为工作……的决定」: the rest of a wrapped noise line
            root = wraps.head.get(i - 1, i - 1)  # (kept as its piece: a blurb that names the text reads whole)
            wraps.head[i] = root
            wraps.rest.setdefault(root, []).append(i)
            chains.add(root)
        if noise[i]:
            if not (head is not None and prev is not None and abs(size[prev.index] - width) <= 1
                    and (not ln.content.strip(_TAIL_MARKS)
                         or (lines[head].content[0] == "<" and ln.content[-1] == ">"))):
                if abs(len(written(ln.start - ln.col, ln.end).strip(_SPACES)) - width) <= 1 \
                        and (_wrapped_side(ln.content[-1]) or _URL_END_RE.search(ln.content)
                             or left_open(ln.content, "》")
                             or (lines[i + 1:i + 2] and lines[i + 1].content[:1] in NO_LINE_START)) \
                        and ln.content[-1] not in "。！？!?" \
                        and not _under_number(lines, noise, i):  # (a running header is a line of its own however long)
                    full_noise = i  # (the whole physical line: a gap may have cut it into pieces; one
                    # that ends a sentence was not cut)
                elif not ln.content.strip(_TAIL_MARKS) or (prev is not None and prev.content[-1] in SENTENCE_END and (
                        RULE_RE.match(ln.content) or is_widget_row(ln.content))):
                    head = prev = None  # 「……」 alone under a line short of the width: an excerpt's end; a rule
                    # 「---」 or a site's buttons under an ended sentence: the text's end (a page's foot follows)
                continue
            noise[i] = False  # 「。」 alone, or 「">」 ending a wrapped tag: a paragraph's last piece, no page noise
        if head is not None and prev is not None and lines[head].content[0] in "<![" \
                and prev.content[-1] in ">)" and is_noise(wraps.text(lines, head)):
            head = None  # a wrapped tag or image has ended: what follows is not part of it
        # 「……体系。*」 / 「* 坚持……」: a wrap cut the bold mark 「**」 in two (the second half reads as a
        # Markdown bullet): the piece goes on
        split_bold = prev is not None and prev.content.endswith("*") and not prev.content.endswith("**") \
            and text[ln.start:ln.start + 1] == "*" and abs(size[prev.index] - width) <= 1
        # 「二、……https://github.com/cnpack」 filling the line, then 「三、……」: the next heading of the paragraph's
        # own heading starts a paragraph, however the line before it ends (a slip aside: a number repeated or skipped).
        next_sibling = (head is not None and head in headings and i in headings
                        and headings[i].style == headings[head].style
                        and headings[head].number <= headings[i].number <= headings[head].number + 2) \
            or (i in in_turn and not (prev is not None and prev.content[-1] == "、" and prev.index not in headings))
        # (or a heading its siblings count on from, under a full line: 「一、」 then 「二、」; but not under a piece
        # that leaves a list open, 「……推动一、」 / 「二、三产融合发展」: no paragraph ends on 「、」)
        if head is not None and prev is not None and not next_sibling and (split_bold or _goes_on(
                prev, ln, size, width, uses_indent and _indented(ln, text), headings, top, wraps.text(lines, head),
                lost_indent)) \
                and (split_bold or head not in headings
                     or title_goes_on(lines[head], ln, head == prev.index, size, width,
                                       runs_in(head, shapes), no_sibling_stands_alone(head, shapes),
                                       wraps.text(lines, head))):
            wraps.head[i] = head
            wraps.rest.setdefault(head, []).append(i)
            headings.pop(i, None)  # 「5）……」 at the start of a piece is no heading
        else:
            head = i
        prev = ln
    for first, more in list(wraps.rest.items()):  # page furniture wrapped over lines: 「<img …」 / 「…>」
        if first not in chains and is_noise(wraps.text(lines, first)):
            for k in (first, *more):
                noise[k] = True
                wraps.head.pop(k, None)
                headings.pop(k, None)
            del wraps.rest[first]
    return wraps


_URL_END_RE = lazy_compile(r"://[!-~]+$")  # a line that ends inside a link: a wrap may cut it anywhere
_URL_REST_RE = lazy_compile(r"^[!-~]{1,80}$")


def _url_rest(above: str, c: str) -> bool:
    """``c`` is the rest of a link a wrap cut at the end of the line ``above``: no space, nothing
    but the characters a link is written in."""
    return _URL_END_RE.search(above) is not None and _URL_REST_RE.match(c) is not None


def _first_pieces(text_lines: list[Line], size: list[int], length: int) -> int:
    """Lines ``length`` long that end mid-sentence under a line that ended its paragraph (a sentence's end, or
    shorter than they): a paragraph's first pieces."""
    return sum(1 for prev, ln in pairwise(text_lines) if size[ln.index] == length
               and ln.content[-1] not in SENTENCE_END
               and (prev.content[-1] in SENTENCE_END or size[prev.index] < length))


def _indented(ln: Line, text: str) -> bool:
    """The line opens with an indent: more than the one space a wrap between two Latin words
    leaves at the start of the next piece (「……8 月 8 日 CnPack」 / 「 IDE 专家包……」)."""
    return ln.col == 0 and ln.lead > 0 and (ln.lead > 1 or text[ln.start] != " ")


def _wrapped_side(ch: str) -> bool:
    """A character a wrap may cut beside: not a value's digit or letter (「来源: sp20241101」 ends there)."""
    return not (ch.isascii() and ch.isalnum())


_REPEAT = 6  # a line repeating the start of the line above (no wrap's rest does) is at least this long


def _goes_on(prev: Line, ln: Line, size: list[int], width: int, new_indent: bool,
             headings: dict[int, HeadingMarker], top: int, paragraph: str = "", lost_indent: bool = False) -> bool:
    """Line ``ln`` goes on the paragraph whose last piece so far is ``prev``.

    The page's first line (``top``) with no sentence mark in it is its title:
    only more of the title (no sentence mark either) goes on it.  On a copy that
    lost its indents (``lost_indent``) a paragraph's first piece is full two short.
    """
    full = abs(size[prev.index] - width) <= 1 or (
        lost_indent and size[prev.index] == width - 2 and paragraph == prev.content and prev.index != top
        and prev.content[-1] not in SENTENCE_END)
    if prev.index in headings and heading_tail(prev.content, ln.content) and width - 4 <= size[prev.index] <= width \
            and size[ln.index] < width - 1:
        return True  # 「一、……的划时代意义」 / 「与核心要义」: a heading set a little narrower, its title's last words
    if not full or ln.md_level or (
            prev.md_level and prev.index not in headings and prev.index != top):
        return False  # the line before is not full (its paragraph ended there), or a Markdown heading
        # that is no numbered heading (a numbered one takes the rest of its title: see title_goes_on)
    if new_indent:
        return False  # an indent opens a paragraph, on a page that indents its paragraphs
    if ":" in prev.content or "：" in prev.content:
        value = prev.content[max(prev.content.rfind(":"), prev.content.rfind("：")) + 1:].strip(_SPACES)
        if len(value) >= 2 and ln.content.startswith(value) and FIELD_ROW_RE.match(prev.content):
            return False  # 「…… 名称: 某县人民政府」 / 「某县人民政府关于……」: a field's value whole, the title
            # under it repeats it (a wrap that cut the value, 「名称: 某县人民政府」 / 「关于……」, goes on)
    c = ln.content
    if salutation_line(c) is not None or (
            not any(p in prev.content for p in SENTENCE_MARKS) and inline_salutation(c) is not None):
        return False  # (「各位代表:我受……」 under a title as wide as the page's lines opens the text)
    if len(c) >= _REPEAT and (prev.content == c or (
            (above := "".join(prev.content.split())) != (c_flat := "".join(c.split())) and above.startswith(c_flat))):
        return False  # 「……的讲话 (本页约3500+字)」 / 「……的讲话」: a site's copy of the title with its suffix
        # over the text's own, or the title word for word under its copy, a tag line between (read once: see
        # page.title)
    if prev.content[-1] in ")）" and KIND_END_RE.search(prev.content):
        return False  # 「……的通知(岳办发〔2017〕2号)」: a 公文's title closed by its number, nothing after it
    if (match_date(c) or speaker_of(c)) and not any(p in prev.content for p in SENTENCE_MARKS):
        return False  # 「2013年11月29日」「北京市市长 殷勇」 under a title or subtitle: a line of its own
    if (prev.index == top or (paragraph == prev.content and prev.index not in headings
                              and KIND_END_RE.search(prev.content))) \
            and not any(p in prev.content for p in SENTENCE_MARKS) \
            and inline_salutation(prev.content) is None:  # (「主席、各位委员:兹将……」 opens the text, no title)
        # (a line of its own that names its kind at its end, 「……的通知」, is a title as the page's first is)
        return not any(p in c for p in SENTENCE_MARKS) and _STAMP_RE.search(c) is None  # (「06.05.2014」
        # under a title as long as the line is the page's timestamp, not the title's end)
    if prev.content[-1] not in SENTENCE_END:
        return True  # mid-sentence: whatever the piece looks like, it goes on
    if abs(size[ln.index] - width) > 1 and c[-1] not in _PIECE_END:
        return False  # 「……共勉。」 / 「首先，我们了解一下……的概念」: a paragraph's last piece ends as it does
    if ln.index in headings:
        return enumerated_inline(headings[ln.index], paragraph)
    return not OPENER_RE.match(c)

