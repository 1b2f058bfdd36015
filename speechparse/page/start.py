"""Where the speech begins: its salutation, else its first paragraph or heading.

A page puts things above the speech that look like its start (numbered navigation,
a slogan sentence, a site's title); the head reader (:mod:`.head`) then reads what
stands above the start this module finds.  :func:`is_paragraph` tells running text
from titles, labels and names, for every reader of the page.
"""

from __future__ import annotations

from ..layout import Wraps
from ..lazyre import lazy_compile
from ..lines import Line, line_pieces, shares_line
from ..markers import HeadingMarker
from .attachnote import note_header
from .chunks import counted_part
from .facts import (
    NAME_TAG_RE,
    SENTENCE_RE,
    TITLE_WORD_RE,
    label_names_kind,
    match_date,
    named_works,
    title_length,
    unbracketed,
)
from .labelled import names_the_text
from .salutation import (
    OPEN_ENDS,
    addressed_line,
    inline_salutation,
    quoted_speaker,
    salutation_line,
    two_line_salutation,
)
from .sitetitle import repeated_once
from .vocab import ADDRESSEE, BRACKET_TAIL_RE, COLLECTION_ORDINAL_RE, FIELD_ROW_RE, GREETING, KIND_END_RE

_PARAGRAPH_END_RE = lazy_compile(r"[。！？!?…]$")
_MIN_PARAGRAPH = 40
_MIN_TITLE_BEFORE = 8
_MAX_TITLE = 80
_RUNNING_MARKS = "。，；！？,;!?"
# A report's pointer at the text it carries: 「以下为讲话全文：」「致辞全文如下：」.
_FULL_TEXT_RE = lazy_compile(r"(?:(?:以下|下面)[为是][^。！？，,]{0,12}全文|全文如下)[:：。]?$")
# 主送机关 alone on its line: offices, the last named by what it is, then the colon.
ADDRESSEE_LINE_RE = lazy_compile(rf"^{ADDRESSEE}[:：]$")


def is_paragraph(ln: Line, lines: list[Line] | None = None, wraps: Wraps | None = None) -> bool:
    """A line of running text (not a title, a label or a name).

    On a hard-wrapped page (``wraps``, with the page's ``lines``) a piece is
    judged by its whole paragraph, as the line was before it was wrapped.
    """
    c = ln.content
    if ln.md_level or not c:
        return False  # (a Markdown heading; a blank line)
    if wraps and lines is not None:
        first = wraps.head.get(ln.index, ln.index)
        if first != ln.index and lines[first].md_level:
            return False  # the rest of a Markdown heading wrapped over lines
        c = wraps.text(lines, first)
        if not any(p in c for p in _RUNNING_MARKS):
            return False  # a title wrapped over lines, however long: running text has its marks
    if c[-1] in ")）" and (note := BRACKET_TAIL_RE.search(c)) is not None and note.start() >= _MIN_TITLE_BEFORE \
            and KIND_END_RE.search(c, 0, note.start()) is not None \
            and not any(p in c[:note.start()] for p in _RUNNING_MARKS):
        return False  # 「……专项行动工作总结(涉及9个行政村,完成4类问题全部整改)」: a title and its note in brackets
    if len(c) >= _MIN_PARAGRAPH:
        if (c.count("|") >= 2 and not any(p in c for p in _RUNNING_MARKS)) or FIELD_ROW_RE.match(c):
            return False  # 「2024-05-17 上传  |  9页  |  1.2万阅读」「题名：……　责任者：……」: a row of a page's fields
        marks = sum(c.count(p) for p in _RUNNING_MARKS)
        if not marks and len(repeated_once(c)) * 2 <= len(c):
            return False  # 「某县指导组到某镇指导述职评议工作 某县……评议工作」: a headline a site set twice
        # (a main title of two clauses over its subtitle, 「……不放松，全力……攻坚战—……会议上的讲话」, has one comma)
        return title_length(c) > _MAX_TITLE or marks > 1 or (marks == 1 and not (
            "—" in c and ("，" in c or "," in c))) \
            or KIND_END_RE.search(c[:-1] if c[-1] == "》" else c) is None  # (「《……的通知》」: in a site's brackets)
    if c[-1] == "。" and "。" not in c[:-1] and "，" not in c and KIND_END_RE.search(c[:-1]) is not None \
            and "了" not in c:  # (「会议听取了……的汇报。」: a 纪要's sentence, its verb done)
        return False  # 「在……上的讲话。」: a title with a stray full stop, one clause naming its kind
    return (len(c) >= 12 and bool(SENTENCE_RE.search(c)) and (  # (a sentence ended inside it: 「……。要……：」)
        "，" in c or "," in c or bool(_PARAGRAPH_END_RE.search(c)) or "。" in c[:-1]))


def find_body_start(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                    wraps: Wraps | None = None, begin: int = 0) -> int:
    """Where the speech begins: its salutation, else its first paragraph or heading.

    Pages put things before the speech that look like its start: numbered
    navigation (「1.新闻中心」) or a slogan sentence (「欢迎访问本站，……！」).  So a
    salutation after only short lines still wins, and a line naming a 讲话/报告
    that comes after the tentative start, before any long paragraph, is the
    title: the speech starts after it.  A salutation without a colon
    (「同志们！」) counts only before any paragraph, or right under that title.
    """
    first_heading = min((i for i in headings if not counted_title(lines[i].content)), default=len(lines))
    seen_paragraph = False
    prev = ""
    above: list[str] = []  # the short lines above: a site's excerpt opens with one of them
    prev_text = False  # a line of text seen before this one
    last_text = -2  # the page's last paragraph, found when an excerpt asks (the text is below it); -2: not yet
    for ln in lines[begin:]:
        if ln.is_blank or noise[ln.index] or names_the_text(ln.content):
            continue  # 「标题：……」 names the text; it is no paragraph of it
        excerpt = not seen_paragraph and _excerpt(_whole_line(lines, ln.index, ln.content), above) and not (
            wraps and _pieces_of(lines, ln.index)[-1] in wraps.rest)
        if excerpt and last_text == -2:
            last_text = _last_paragraph(lines, noise, wraps)
        if excerpt and _pieces_of(lines, ln.index)[-1] < last_text:
            # 「……的报告(镇乡) 各位代表:我受……」: the page's title and its text's first words (whatever
            # pieces the head cutter made of them), over the text itself (with none below, it is the text,
            # its title repeated before it: a post's copy)
            for k in _pieces_of(lines, ln.index):
                noise[k] = True
            continue
        if len(ln.content) <= _EXCERPT_HEAD and len(above) < _EXCERPT_LINES:
            above.append(ln.content)  # (the page's top only: a text of many short lines costs no square)
        if ln.index < first_heading and "全文" in ln.content and _FULL_TEXT_RE.search(ln.content):
            # 「……开幕式今晚举行。以下为致辞全文：」: the report around the text points at it; it starts below
            return find_body_start(lines, noise, headings, wraps, ln.index + 1)
        sal = salutation_line(ln.content)
        if sal is not None and (sal.mark in ("：", ":") or not seen_paragraph or NAME_TAG_RE.match(prev)):
            return ln.index
        if sal is not None and ln.index < first_heading and (nxt := _next_text(lines, noise, ln.index + 1)) \
                and inline_salutation(ln.content + nxt.content) is not None:
            return ln.index  # 「同志们，」 under a report's lead, over 「今天，我们……」: the speech's opening words
        if not seen_paragraph and ("：" in ln.content or ":" in ln.content) and _stray_after_address(ln.content):
            return ln.index  # 「同志们： 公文汇,办公文档之家」: the address, and a site's name strewn after it
        if ln.content[-1] in OPEN_ENDS:
            nxt = _next_text(lines, noise, ln.index + 1)
            if nxt is not None and two_line_salutation(ln.content, nxt.content):
                return ln.index
        if ln.index < first_heading and not seen_paragraph and addressed_line(ln.content):
            return ln.index  # 「同志们：现在开会。」: the address and a short first sentence, on one line
        if ln.index < first_heading and ((_greets(ln.content) and not _labelled(prev)) or (
                seen_paragraph and (at := quoted_speaker(ln.content))
                and inline_salutation(ln.content[at:]) is not None)):
            # (or a news report's quote of the speech after a lead paragraph: 「张三：尊敬的……，各位来宾，……」)
            # 「同志们：下午好！」, 「各位老师：大家好！……」 under a lead paragraph: an address, its colon and a
            # greeting open a speech as surely as the address alone on its line does (under a 「主持人：……」
            # line it is a transcript's speaker, greeting in turn)
            return ln.index
        prev = ln.content
        if not seen_paragraph and ln.content[-1] in "：:" and ADDRESSEE_LINE_RE.match(ln.content):
            # A 公文's 主送机关 (「各乡镇人民政府，县直各部门：」): its body is what follows,
            # however short its first sentence (「现将有关事项通知如下。」).
            nxt = _next_text(lines, noise, ln.index + 1)
            end = nxt
            if nxt is not None and nxt.content[-1] in "，,":  # (its first sentence wrapped after a comma)
                end = _next_text(lines, noise, nxt.index + 1)
            if nxt is not None and end is not None and end.index < first_heading and (end.content[-1] in "。！？!?" or (
                    end.content[-1] in "：:" and end.content[-3:-1] == "如下")) \
                    and not salutation_line(nxt.content):  # (or its matter 「……，现批复如下：」 over its points)
                return nxt.index
        if is_paragraph(ln, lines, wraps):
            if ln.index >= first_heading:
                break
            # (the page's first line asking a question, 「……你可曾想起回家的路？」, is a headline: an
            # address under it without its colon still opens the text)
            seen_paragraph = seen_paragraph or prev_text or not _QUESTION_HEADLINE_RE.match(ln.content)
        prev_text = True
    start = _first_text(lines, noise, headings, begin, wraps)
    if start is None:
        return _fallback_start(lines[begin:], noise)
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


_TEXT_ITSELF_RE = lazy_compile(r"正文|全文|原文")  # (「【正文】」 announces the text itself: its title may follow)
_STRAY = 20  # a site's words strewn after an address are few
_LABEL = 10  # a label announcing what follows (「例文：」) is short
_CLAUSE_MARKS = frozenset("，。！？；：、")


def _stray_after_address(c: str) -> bool:
    """An address and its colon, then after a gap a few words that are no sentence (no clause mark of
    the text's, full width): page words strewn after the salutation, or a greeting without its mark."""
    sal = inline_salutation(c)
    if sal is None or sal.mark not in ("：", ":") or c[sal.end:sal.end + 1] not in (" ", "\u3000", "\xa0"):
        return False
    rest = c[sal.end:].strip(" \u3000\xa0")
    return 0 < len(rest) <= _STRAY and _CLAUSE_MARKS.isdisjoint(rest)


_EXCERPT_HEAD = 80
_EXCERPT_MAX = 160
_EXCERPT_LINES = 8
_EXCERPT_GAPS = (" ", "\u3000", "\xa0", "\t")


def _pieces_of(lines: list[Line], i: int) -> range:
    """Line ``i`` and the pieces after it cut from the same physical line (``i`` first of them)."""
    a, b = line_pieces(lines, i)
    return range(i, i + 1) if a < i else range(i, b + 1)  # (a later piece is judged as itself)


def _whole_line(lines: list[Line], i: int, alone: str) -> str:
    """The text of line ``i`` with the pieces after it on its physical line (a space where a gap was),
    if that stays a blurb's length; else the line (``alone``) by itself."""
    pieces = _pieces_of(lines, i)
    if len(pieces) == 1:
        return alone
    out = ""
    for k in pieces:
        ln = lines[k]
        if out and ln.content_start > lines[k - 1].content_start + len(lines[k - 1].content):
            out += " "
        out += ln.content
        if len(out) > _EXCERPT_MAX:
            return alone  # (a scrape's whole text run on after its title is no site's excerpt)
    return out


def _last_paragraph(lines: list[Line], noise: list[bool], wraps: Wraps | None) -> int:
    """The page's last line of running text (-1: none), read once from the end."""
    return next((ln.index for ln in reversed(lines)
                 if not ln.is_blank and not noise[ln.index] and is_paragraph(ln, lines, wraps)), -1)


def _excerpt(c: str, above: list[str]) -> bool:
    """A site's excerpt of the text: a line above (its title), a gap, then the text's first words."""
    return any(len(t) >= 8 and len(c) > len(t) + 1 and c.startswith(t) and c[len(t)] in _EXCERPT_GAPS
               for t in above)


_QUESTION_HEADLINE_RE = lazy_compile(r"^[^。！？!?；;：:]{4,30}[？?]$")
SALUTATION_GAP = 5  # lines looked at for a salutation's second line: it and the blank lines before it


# An address with its colon, then a greeting (「各位老师：大家好！」): how a speech opens.
_GREETS_RE = lazy_compile(  # (or with a comma, the greeting ending the line: 「开发成员们，您好！」)
    rf"^[^。！？!?：:]{{2,60}}[：:][ \u3000]?{GREETING}[！!，,。]"
    rf"|^[^。！？!?：:，,]{{2,30}}[，,][ \u3000]?{GREETING}[！!。]?$")


# A transcript's turn: 「主持人：……」「某某先生：……」, its speaker named before a colon.
_TURN_RE = lazy_compile(r"^[^。，,！？!?：:\s]{1,10}[：:]")


def _labelled(content: str) -> bool:
    return _TURN_RE.match(content) is not None


def _greets(content: str) -> bool:
    return _GREETS_RE.match(content) is not None and (sal := inline_salutation(content)) is not None \
        and sal.mark in "：:，,"


def _next_text(lines: list[Line], noise: list[bool], k: int) -> Line | None:
    for ln in lines[k:k + SALUTATION_GAP]:
        if not ln.is_blank and not noise[ln.index]:
            return ln
    return None


def counted_title(c: str) -> bool:
    """「第1篇 在……上的讲话」「第一篇:……的讲话」: a collection's count before a title that names its kind
    (a part heading of the text's own, 「第一篇　总论」, names none)."""
    m = COLLECTION_ORDINAL_RE.match(c) if c[:1] == "第" else None
    if m is None or m.end() >= len(c):
        return False
    named = c[m.end():]
    named = BRACKET_TAIL_RE.sub("", named).rstrip() or named  # (and a note after it: 「……的讲话（摘要）」)
    return KIND_END_RE.search(named.removesuffix("稿")) is not None


def _first_text(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                after: int, wraps: Wraps | None = None) -> int | None:
    """The first heading or paragraph at or after ``after``."""
    for ln in lines[after:]:
        if ln.is_blank or noise[ln.index] or match_date(ln.content) or \
                names_the_text(ln.content):
            continue
        if (ln.index in headings and not counted_title(ln.content)) or (
                is_paragraph(ln, lines, wraps) and not _asked_over_title(lines, noise, ln.index)):
            return ln.index
    return None


def _asked_over_title(lines: list[Line], noise: list[bool], i: int) -> bool:
    """Line ``i`` asks a question of one clause (「……讲话稿开头怎么写？」) over a short line that is no sentence:
    a Q&A page's question over the text's title, not the text's first paragraph."""
    if not _QUESTION_HEADLINE_RE.match(lines[i].content) or "，" in lines[i].content:
        return False
    nxt = _next_text(lines, noise, i + 1)
    return nxt is not None and len(nxt.content) <= _MAX_TITLE // 2 and not any(p in nxt.content for p in _RUNNING_MARKS)


def _title_line_after(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker],
                      start: int, wraps: Wraps | None = None) -> int | None:
    """A short line naming a 讲话/报告 after ``start`` and before any long paragraph.

    On a hard-wrapped page (``wraps``) a paragraph is read whole from its first
    piece: its other pieces are no title, and it is as long as they are together.
    """
    first = wraps.text(lines, start) if wraps and start in wraps.rest else lines[start].content
    if counted_part(lines, headings, start):
        return None  # 「第一部分」 alone, 「第二部分」 further down: the line under it is the part's title
    if start not in headings and len(first) >= _MIN_PARAGRAPH and is_paragraph(lines[start], lines, wraps) and (
            first[-1] in "：:" or ((sal := inline_salutation(first)) is not None and sal.mark in "：:")):
        # (a paragraph that announces what follows, 「……。主要成绩如下：」, or opens on its address,
        # 「同志们：今天……」, is the text's own: the text has begun, and a line under it naming a 讲话 is
        # its photo's caption or a site's label, not its title)
        return None
    seen = 0
    opened = (start not in headings and is_paragraph(lines[start], lines, wraps) and first[-1] == "。") or (
        start in headings and "。" in first)
    dated = False  # a date passed: a text signed off (「……现予印发。」 / 「某县人民政府」 / 「2019年1月17日」)
    said = False  # a sentence under the numbered item the text starts with
    for ln in lines[start + 1:]:
        c = ln.content
        if opened and c and len(c) <= _LABEL and (c[-1] in "：:" or c[:1] + c[-1:] in ("[]", "【】")) \
                and salutation_line(c) is None and not ADDRESSEE_LINE_RE.match(c) and not TITLE_WORD_RE.search(c) \
                and not _TEXT_ITSELF_RE.search(c) \
                and not shares_line(lines, ln.index):  # (a piece of a row 「会员群：　　免费QQ群：」 is no label)
            return None  # 「函用于……。」 / 「例文：」「【范例参考】」: a label under the text begun announces more
            # of the text (an example, 「关于……的函」, is the text's own, not its title)
        if ln.is_blank or noise[ln.index] or (wraps and ln.index in wraps.head):
            continue
        if wraps and ln.index in wraps.rest:
            c = wraps.text(lines, ln.index)
        seen += 1
        if len(c) >= _MIN_PARAGRAPH or seen > 15:
            return None
        if counted_part(lines, headings, ln.index):
            return None  # (the text's own part, its title on the next line: the text has begun)
        opened = opened or (ln.index in headings and "。" in c)  # (「1. 标题。……」: a heading run into its text)
        if ln.index in headings and said:
            return None  # 「1.……：」, 「产品经理介绍了……。」, 「2.……：」: numbered items with sentences under them (a
            # page's numbered navigation says nothing under its items): the text has begun, and 「会议决议」
            # below is its own label
        said = said or (start in headings and ln.index not in headings and c[-1] in "。！？")
        if ln.index not in headings and (TITLE_WORD_RE.search(c) or (not dated and KIND_END_RE.search(c))) \
                and not SENTENCE_RE.search(c) and c[-1] not in "：:，,；;、" and not _labelled_note(c) \
                and c.count("，") + c.count(",") < 2:  # (「会议由……,首先说明了……,共有……」: clauses)
            # (「……维修请示」 names a 公文's kind; under a signed-off text, a short line naming one is a
            # document the text sends out, 「某县人民政府工作规则」)
            named = named_works("".join(lines[k].content for k in range(start, ln.index)))
            return None if unbracketed(c.strip("《》 \u3000")) in named or note_header(c) is not None else ln.index
            # (「现将《……办法》印发给你们」 over 「附件：……办法」 or
            # 「……办法」: the work the text issues, appended or listed, not the page's title)
        dated = dated or match_date(c) is not None
    return None


# 「版权说明：本文档由用户提供，若……请举报」: a label naming a kind (说明, 报告), its colon, then a
# sentence of clauses; a title's colon is followed by its theme, with no clause break.
_LABELLED_NOTE_RE = lazy_compile(r"^[^：:，,]{1,8}[：:][^：:]*[，,]")


def _labelled_note(c: str) -> bool:
    return _LABELLED_NOTE_RE.match(c) is not None and label_names_kind(c)


def _fallback_start(lines: list[Line], noise: list[bool]) -> int:
    """No salutation, heading or long paragraph: the body is what follows the first line."""
    for ln in lines:
        if not ln.is_blank and not noise[ln.index]:
            return ln.index + 1
    return len(lines)


_SECTION_RANK = 3  # 「一、」's rank: the styles above it are a book's parts (第一部分、第一章、第一节)


def part_title(lines: list[Line], noise: list[bool], headings: dict[int, HeadingMarker]) -> int | None:
    """The page's first line, 「第二节 通报的写法与示例」, titles an excerpt of a book: a part heading
    alone of its style, not the first of its count, over the excerpt's own 「一、」 headings (read
    as a heading, it would take the whole text in).  A text's own parts count from one, or stand
    two or more."""
    top = next((ln.index for ln in lines if not ln.is_blank and not noise[ln.index]), None)
    if top is None or top not in headings:
        return None
    hm = headings[top]
    if hm.style.rank >= _SECTION_RANK - 1 or hm.number < 2:  # (第N条 is a rule's article: no title)
        return None
    if any(i != top and h.style == hm.style for i, h in headings.items()):
        return None
    return top if any(h.style.rank >= _SECTION_RANK for h in headings.values()) else None
