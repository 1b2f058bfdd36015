"""The title among the head's candidates, and its lines.

A page shows several lines that could be the title: a site's name, a
breadcrumb's last crumb, a category label, the title repeated, a 公文's title
set over lines.  The last line that names a kind of text (讲话, 报告, 通知…)
wins over bare lines; a label that names a kind alone loses to a line that says
more; lines that one title was set over are joined (which those are:
:mod:`speechparse.page.titlelines`).
"""

from __future__ import annotations

from ..layout import Layout, Wraps
from ..lazyre import lazy_compile
from ..lines import Line, is_decoration, shares_line
from ..markers import match_heading
from ..titlemark import ISSUER_MARK_RE
from .facts import (
    NAME_TAG_RE,
    TITLE_WORD_RE,
    clean_title,
    column_label,
    match_date,
    speaker_of,
    title_length,
)
from .labelled import explicit_title
from .links import is_file_line
from .sitetitle import despaced
from .spacing import page_spacing
from .start import counted_title
from .titlelines import (
    BARE_KIND_RE,
    DOCUMENT_KIND_END_RE,
    NAMES_A_SITE_RE,
    ROW_RE,
    TITLE_GAP,
    body_above,
    continues_title,
    document_title_block,
    first_half,
    matter_over_kind,
    menu_column,
    over_a_caption,
    tag_row,
)
from .vocab import BRACKET_TAIL_RE, COLLECTION_WORDS, DOCUMENT_KINDS, GREETING, KIND_END_RE, MD_LINK_RE, NAME, POSITION


def footer_title(layout: Layout) -> tuple[int, str] | None:
    """「本文标题：……」 in the page noise after the text: the title of a page that shows none above it."""
    for ln in layout.lines[layout.trailer_start:]:
        c = ln.content
        if c[:1] in "本标报讲文t" and (named := explicit_title(c)) is not None:
            return ln.index, named
    return None


# A web timestamp, a template's 「201X/X/XX」, a print header's 「24/05/22 下午2:18」: metadata, no title.
_WEB_DATE_RE = lazy_compile(
    r"(?:19|20)[\dXx]{2}[-/.][\dXx]{1,2}[-/.][\dXx]{1,2}"
    r"|\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]{0,2}(?:[上下]午)?\d{1,2}:\d{2}")
_BARE = 7
_TAGGED = 14
_TAG_THEN_KIND_RE = lazy_compile(r"^[\u4e00-\u9fff]{2,6}[ \u3000]{1,3}(?P<k>[\u4e00-\u9fff]{2,5})$")


def link_text(c: str) -> str:
    link = MD_LINK_RE.match(c)
    return link.group("t") if link else c


# 「大家好！我是张小龙。」: a sentence ended inside the line, and another after it (a title may end with its 「！」,
# or ask its 「？」, but does not go on past one).
_INNER_SENTENCE_RE = lazy_compile(r"[！？!?](?![”’」』）)】》！？!?])")
_WORD_RE = lazy_compile(r"[^\W\d_]{2}")  # two letters in a row, of any script
# A greeting said under the salutation (「大家好！」「各位上午好！」): never a title.
_GREETING_RE = lazy_compile(rf"^{GREETING}[！!。.]?$")
_CONTENTS_RE = lazy_compile(r"^[【\[（(]?(?:目[ \u3000]{0,2}[录錄]|内容目录|本文目录)[】\]）)]?[:：]?$")
_CONTENTS_LABEL = 8

_LEAD_IN_RE = lazy_compile(r"^(?:下面|以下|下文|本文|这是|现将|现把)")
_STRAY_END_RE = lazy_compile(  # (a 公文's title with a stray 「。」: 「关于……的通知。」, not 「现制定本方案。」)
    rf"关于[^。]{{2,60}}的[^。]{{0,4}}(?:{DOCUMENT_KINDS}|报告|函)。$|(?:实施|工作|行动)(?:方案|计划|要点)。$")
_ATTACHMENT_MARK_RE = lazy_compile(r"^附件[ \u3000]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})?[ \u3000]?[：:]?$")


def is_title_candidate(c: str) -> bool:
    """A line that may be the title: short, no sentence inside, not a numbered item, no timestamp.

    (A numbered line above the body is navigation or a table of contents: a
    title does not open with 「三、」.  A line ending in a colon is a label,
    whatever ellipsis follows it: 「目录/提纲:……」.  A line with no word in it, a
    timestamp 「09:02:08」, names nothing.)
    """
    c = despaced(link_text(c).rstrip("…"))
    if "《" in c and c.count("《") > c.count("》"):
        return False  # 「根据市政府《关于……的通知」: a piece a wrap cut inside a book title, no title
    if (")" in c or "）" in c) and c.count(")") + c.count("）") > c.count("(") + c.count("（"):
        return False  # 「……动员大会的讲话区)」: a line a site cut off inside a bracket
    if c[:1] in "[〔" and "]" not in c and "〕" not in c:
        return False  # 「[扫描页」 (of 「[扫描页 4 / 9]」, cut at its gaps): a piece of a bracketed note
    if c[-1:] == "。" and ((TITLE_WORD_RE.search(c) is None and _STRAY_END_RE.search(c) is None)
                           or "，" in c or "," in c or _LEAD_IN_RE.match(c)):
        return False  # 「每星期五下午。」: a sentence's end (a title with a stray 「。」 names its kind, in one
        # clause: 「……闭幕，县政协主席在闭幕会上讲话。」 is a news lead's sentence; 「下面给出一例述职报告。」 points
        # at the text below)
    if len(c) <= _CONTENTS_LABEL and _CONTENTS_RE.match(c):
        return False  # 「目录」「目 錄」: the label of a table of contents, no title
    if c[:1] in "[【" and NAME_TAG_RE.match(c):
        return False  # 「[张明]」: a transcript's tag of who speaks next, no title
    if c[:2] == "附件" and _ATTACHMENT_MARK_RE.match(c):
        return False  # 「附件1」「附件2：」: the mark GB/T 9704 sets over an attachment, never its title
    return bool(c) and _WORD_RE.search(c) is not None and _GREETING_RE.match(c) is None and not (
        title_length(c) > 80 or c[-1] in "：:，,；;、" or "。" in c.rstrip("。") or
        _INNER_SENTENCE_RE.search(c.rstrip("。！？!?")) is not None or (
            c[0] in "（(" and c[-1] in "）)" and _one_bracket(c))) \
        and (match_heading(c) is None or counted_title(c)) and (
            not any(d in c for d in "-/.") or _WEB_DATE_RE.search(c) is None)


def _one_bracket(c: str) -> bool:
    """The whole line is one bracket's words (a note, a date), not a title between a region's bracket and
    a site's: 「(河北省)2023年……工作报告(全文)」."""
    return not any(ch in "）)" for ch in c[1:-1])


def marked_candidate(layout: Layout, candidates: list[int]) -> tuple[str, list[int]] | None:
    """The title the file's format marks (a .docx's Title style, or its size and place: its lines, a title set
    over several, parted by 「\\n」), where its lines are candidates in a row (blank lines between aside): the
    first line's text and the lines.  The evidence of the page's words decides which lines may be a title, the
    format which of them the writer set as one (a label 「填写说明」 under the cover's title names a part)."""
    marked = layout.marked_title
    if not marked:
        return None
    parts = [despaced(p.strip()) for p in marked.split("\n") if p.strip()]
    lines = layout.lines
    for k, i in enumerate(candidates):
        if despaced(lines[i].content) != parts[0]:
            continue
        block = [i]
        for part, j in zip(parts[1:], candidates[k + 1:], strict=False):
            if despaced(lines[j].content) != part or any(not ln.is_blank for ln in lines[block[-1] + 1:j]):
                break
            block.append(j)
        return lines[i].content, block if len(block) == len(parts) else [i]
    return None


def choose_title(layout: Layout, candidates: list[int], offered: str | None = None,
                 marked: list[int] | None = None) -> None:
    """Choose the title line among ``candidates`` by their evidence, and join its other lines.

    Each candidate is weighed by what speaks for it, strongest first: a Markdown
    page's h1 (not a site's name), the text the site's blurb says it offers (``offered``), a main
    title over its 「——」 subtitle or its speaker's byline, a kind of text named, a line not
    framed as a caption; then the one nearest the text.  ``marked``: the lines the file's format sets as
    the title (:func:`marked_candidate`), taken whole where the pick is their first.
    """
    lines = layout.lines
    column = menu_column(lines, layout.body_start)  # (a menu set one entry a line names no text)
    candidates = _without_labels(lines, _without_authors(lines, [i for i in candidates if i not in column]
                                                          or candidates))
    # (「移动端：县长在……上的讲话」 under the same title unlabelled: the site's copy of it)
    texts = {i: despaced(lines[i].content) for i in candidates}
    known = set(texts.values())
    candidates = [i for i in candidates if not _labelled_copy(texts[i], known)] or candidates
    seen: dict[str, int] = {}
    for i in candidates:
        seen[texts[i]] = seen.get(texts[i], 0) + 1
    for c in [c for c, n in seen.items() if n > 1]:
        if any(len(o) >= 4 and o != c and o in c for o in seen):
            seen[c] = 1  # (「2022年度专题党课：……（精选文档）」 repeated holds 「专题党课：……」: the site's copy of it)
    evidence = {i: _evidence(lines, i, offered, seen, layout.wraps) for i in candidates}
    # (a Markdown 「# 」 heading that names no kind of text outranks no line over it that does: 「- 技术组会议纪要」
    # over 「# 工作安排」, the export's first part; a label under it, 「## 领导讲话」, is a column's)
    named = min((i for i in candidates if evidence[i][3]), default=len(lines))
    pick = max(candidates, key=lambda i: (evidence[i][0] and (evidence[i][3] or named > i), *evidence[i][1:]))
    chosen = [pick]
    prev = pick - 1
    gap = TITLE_GAP + (page_spacing(lines) - 1 if prev > 0 and lines[prev].is_blank else 0)
    while prev > 0 and pick - prev <= gap and lines[prev].is_blank:
        prev -= 1  # (「在……推进会」, a blank line, 「上的讲话」: one title set apart over two lines)
    wraps = layout.wraps
    if marked and len(marked) > 1 and pick == marked[0]:
        chosen = list(marked)  # a title the document set over several lines, each centred and larger than the text
    elif wraps and (pick in wraps.head or pick in wraps.rest):  # a title hard-wrapped over lines
        chosen = [i for i in wraps.lines_of(wraps.head.get(pick, pick)) if i < layout.body_start]
        block = document_title_block(lines, chosen[0], wraps.text(lines, chosen[0]))
        if block is not None:  # (「……办公室关于」 over 「印发《……》的」 / 「通知」 wrapped)
            chosen = block[:-1] + chosen
        while chosen[-1] + 1 < layout.body_start and lines[chosen[-1] + 1].lineno == lines[chosen[-1]].lineno \
                and lines[chosen[-1] + 1].kind == "meta" and is_title_candidate(c := lines[chosen[-1] + 1].content) \
                and not match_date(c) and speaker_of(c) is None:
            chosen.append(chosen[-1] + 1)  # a gap cut the title's last line: the piece after it is the title's
    elif (block := document_title_block(lines, pick)) is not None:
        chosen = block
    elif pick + 1 in candidates and (below := document_title_block(lines, pick + 1)) is not None \
            and pick in below:
        chosen = below  # (the title's first line named a congress, its last line names the kind)
    elif prev in candidates and continues_title(lines[prev].content, lines[pick].content):
        chosen = [prev, pick]
    elif (first := _over_page_noise(lines, candidates, prev, pick)) is not None:
        chosen = [first, pick]  # 「在全县2025年」 / 「发布时间：……　来源：……」 / 「经济工作会议上的讲话」
    elif (first := over_a_caption(lines, candidates, prev, pick)) is not None:
        chosen = [first, pick]  # 「在全县……整治」 / 「分组讨论现场」 / 「推进会上的讲话」: a caption set between
    else:
        first = first_half(lines, candidates, pick)
        if first is None:
            first = matter_over_kind(lines, candidates, pick, prev)  # 「推进山区公路养护」 / 「协调会议纪要」
        if first is not None:
            chosen = [first, pick]
            top = body_above(lines, candidates, first) if BARE_KIND_RE.match(despaced(lines[pick].content)) else None
            if top is not None:
                chosen.insert(0, top)  # 「中国人民政治协商会议」/「某市委员会常务委员会」/「工作报告」
    if chosen[0] > 0 and lines[chosen[0]].content[:1] in "年届" and lines[chosen[0] - 1].content.isdigit() \
            and len(lines[chosen[0] - 1].content) <= _YEAR_DIGITS:
        chosen.insert(0, chosen[0] - 1)  # 「2021」 / 「年在……上的讲话」: a wrap cut the title after its year
    while len(chosen) > 1 and ISSUER_MARK_RE.match(despaced(lines[chosen[0]].content)):
        del chosen[0]  # (「某县……会议文件」 over 「政府工作报告」: the 版头, no half of the title)
    layout.title_lines = chosen
    layout.title = clean_title("".join(lines[i].content for i in chosen) if len(chosen) == 1
                               else "".join(despaced(lines[i].content) for i in chosen))  # (「工 作 报 告」 too)
    for i in chosen:
        lines[i].kind = "title"


_NOISE_BETWEEN = 2  # page noise lines a site set between a title's two halves (its publishing line)
_YEAR_DIGITS = 4


def _over_page_noise(lines: list[Line], candidates: list[int], k: int, pick: int) -> int | None:
    """The title's first half over a line or two of page noise (a site's publishing line set under the
    title's first line), blank lines aside: see titlelines.continues_title."""
    j, passed = k, 0
    while j > 0 and (lines[j].is_blank or (lines[j].kind == "noise" and passed < _NOISE_BETWEEN)):
        passed += not lines[j].is_blank
        j -= 1
    return j if passed and j in candidates and continues_title(lines[j].content, lines[pick].content) else None


def _evidence(lines: list[Line], i: int, offered: str | None, seen: dict[str, int],
              wraps: Wraps | None) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool, int]:
    ln = lines[i]
    # (a title a wrap cut over lines names its kind on its last piece: it is read whole)
    c = despaced(wraps.text(lines, i) if wraps and i in wraps.rest else ln.content)
    # (of two lines naming a kind, one that stands on its own line is set as a title; a piece cut
    # from a packed line, 「来源县委在……上讲话同志们:……」, is a page's fields run together; where
    # all are pieces of one line (a one-line scrape), the one the page repeats, as its window's
    # title and over the text, is the title)
    kind = (TITLE_WORD_RE.search(c) is not None or DOCUMENT_KIND_END_RE.search(c.rstrip("》")) is not None
            or (c[-1] in ")）" and KIND_END_RE.search(c) is not None)) \
        and not _reports_an_act(c) and not _kind_in_a_sentence(c) and not (c[:1] == "《" and _BOOK_RE.match(c)) \
        and not _asks(c)
    # (of two naming a kind, a file's name, 「……讲话.docx」, or with its draft's status, 「……讲话（定稿）」, is the
    # document's, not the title)
    return (ln.md_level == 1 and NAMES_A_SITE_RE.search(c) is None, offered is not None and c == despaced(offered),
            _over_subtitle(lines, i), kind, _DRAFT_STATUS_RE.search(c) is None and not is_file_line(c), not _framed(ln),
            not kind or not shares_line(lines, i), kind and seen.get(c, 0) > 1 and shares_line(lines, i), ln.index)


def _kind_in_a_sentence(c: str) -> bool:
    """The kind's word goes on into a sentence's clauses: 「……会讲话县委、县政府决定今天召开……会议，其……」, a
    hard wrap's piece of a paragraph (a title's comma comes before its kind: 「凝心聚力，……上的讲话」)."""
    if "，" not in c and "," not in c:
        return False
    if c[-1] in ")）" and (note := BRACKET_TAIL_RE.search(c)) is not None:
        c = c[:note.start()]  # (a note in brackets after the title, 「……工作总结(涉及9个行政村,……)」, is no sentence)
    ends = [m.end() for m in TITLE_WORD_RE.finditer(c)]
    return bool(ends) and ("，" in c[ends[-1]:] or "," in c[ends[-1]:])


# A collection's name in book brackets over the text it holds: 「《领导讲话汇编（2024）》」 (the book, not the text).
_BOOK_RE = lazy_compile(rf"^《[^《》]{{2,40}}(?:{COLLECTION_WORDS})[^《》]{{0,12}}》")
_DRAFT_STATUS_RE = lazy_compile(r"[（(](?:定稿|终稿|初稿|修改稿|讨论稿|送审稿|征求意见稿)[)）]$")


# A photo's caption tells who did what: 「学校党委书记某某作报告」「市政协主席某某讲话」, an office, a
# name and the act, where a title names the text (「……工作报告」「在……上的讲话」).
_ACT_RE = lazy_compile(rf"(?:{POSITION})[\u4e00-\u9fff·]{{2,3}}?(?:作|做)?(?:了)?(?:报告|讲话|致辞|发言)$")


def _reports_an_act(c: str) -> bool:
    m = _ACT_RE.search(c) if "在" not in c else None
    # (「乡镇镇长述职报告」: the words before the act are a kind, 述职, not a name)
    return m is not None and not any(w in m.group() for w in _NOT_NAMES)


_NOT_NAMES = ("述职", "工作", "年度", "总结", "专题", "调研", "汇报")


def _over_subtitle(lines: list[Line], i: int) -> bool:
    """The next line with text is a 「——」 subtitle (「奋楫扬帆再启航」 / 「--致……表彰大会」) or the
    speaker's byline (「推动学习的革命 建立专业的团队」 / 「分管副总裁孙晓红」): a main title."""
    if _OCCASION_ONLY_RE.match(lines[i].content) or ROW_RE.search(lines[i].content) \
            or _FIELD_RE.match(lines[i].content):
        return False  # 「在……大会上」 over the byline is the title's subtitle, not a main title; a row of a
        # page's fields (「新闻编辑 | 某某」「有 效 性\t有效」「名称: ……」) is none either
    nxt = next((x for x in lines[i + 1:i + 4] if not x.is_blank), None)
    if nxt is None or nxt.kind == "noise" or not (
            nxt.content.startswith(("——", "--", "—", "－－")) or speaker_of(nxt.content) is not None):
        return False
    # (a label under a title that names its kind, 「……上的讲话」 / 「分组讨论现场」 / the byline, is a caption
    # or a site's label set between: no main title of its own; a site's label 「领导致辞」 or field row over
    # the main title is no such title)
    above = next((x for x in reversed(lines[max(0, i - 3):i]) if not x.is_blank and x.kind != "noise"
                  and match_date(x.content) is None), None)  # (the title's date between: 「（2025年6月10日）」)
    c = above.content if above is not None else ""
    return not c or TITLE_WORD_RE.search(lines[i].content) is not None or TITLE_WORD_RE.search(c) is None \
        or BARE_KIND_RE.match(despaced(c)) is not None or ":" in c or "：" in c or ROW_RE.search(c) is not None


_FIELD_RE = lazy_compile(r"^[\u4e00-\u9fff]{1,6}[:：]")
_OCCASION_ONLY_RE = lazy_compile(r"^[—\-－]{0,2}在[^。！？!?，,：:]{2,60}?(?:上|时|期间)$")


def _framed(ln: Line) -> bool:
    """「✿ 學生代表發言 ✿」「★ 会场花絮 ★」: a line set between two decorations is a post's
    label or caption over a part of it; a title set plainly beside it is the title."""
    c = ln.content
    return (ln.lead > 0 and is_decoration(c[-1])) or c[:1] + c[-1:] in _NOTE_FRAMES or c[:1] in _POINTERS


# A note framed whole in brackets (「〔本版编辑　某某〕」「[扫描页 4 / 9]」), or a pointer to elsewhere (「→ 相关解读见
# A04版」): where no candidate names its kind, the plain line is the title.
_NOTE_FRAMES = frozenset(("[]", "〔〕", "［］"))
_POINTERS = frozenset("→➤►▶⇒☞")


# An author line: two or more personal names and nothing else, 「张明、李红」「王强　刘洋」.
_AUTHORS_RE = lazy_compile(rf"^{NAME}(?:(?:、|，|,|[ \u3000]{{1,2}}){NAME}){{1,7}}$")


def _without_authors(lines: list[Line], candidates: list[int]) -> list[int]:
    """The candidates without an author line under another candidate: the title's byline names the
    writers, it is no title (alone on the page, a line of names may be the title as set)."""
    if len(candidates) < 2:
        return candidates
    first = candidates[0]
    return [i for i in candidates if i == first or _AUTHORS_RE.match(lines[i].content) is None]


def _without_labels(lines: list[Line], candidates: list[int]) -> list[int]:
    """The candidates without a site's category label that another candidate makes specific.

    A label names a kind alone (「年终总结」「实施方案。」, a breadcrumb's last crumb
    repeated over the text); a title names the kind and what it is about.  With
    both on the page, the one that says more is the title.  A label with no
    such title beside it may be the title itself (a 述职报告 titled 「述职报告」).
    """
    if len(candidates) < 2:
        return candidates
    keep = []
    rows = {i for i in candidates if tag_row(lines[i].content)}
    for i in candidates:
        c = lines[i].content.rstrip("。")
        m = BARE_KIND_RE.match(c) if len(c) <= _BARE else None
        if m is None and len(c) <= _TAGGED and (tag := _TAG_THEN_KIND_RE.match(c)) is not None:
            m = BARE_KIND_RE.match(tag.group("k"))  # 「学习资料 讲话稿」: a column's tag, a gap, the kind alone
        if m is None and (spaced := despaced(c)) != c and (m := BARE_KIND_RE.match(spaced)) is not None:
            # (set letter-spaced, 「主 持 词」, it is a label right under a title that names the same kind; under
            # lines that name none, 「中国人民政治协商会议」/「……常务委员会」/「工 作 报 告」, the title's last line)
            above = max((j for j in candidates if j < i), default=-1)
            if (above < 0 or not despaced(lines[above].content).endswith(m.group("k"))) \
                    and column_label(spaced) is None:
                m = None
            c = spaced
        # (a column's name, 「领导讲话」「领 导 讲 话」: a kind qualified by no text of its own, a label over any
        # line that says more, whether or not that line names its kind: 「森林防火再动员」)
        column = (named := column_label(c)) is not None  # (or an account's row of tags, its column last)
        label, c = (True, named) if named is not None else (m is not None, c)
        if not label and i in rows and len(rows) < len(candidates):
            continue  # 「📒 工作笔记 / 📁 讲话材料 / 📄 2025年8月」: a note app's path, three parts or more
        if label and any((column or TITLE_WORD_RE.search(lines[j].content))
                                 and len(lines[j].content) > len(c) + (0 if column else 2)
                                 and not _DRAFT_STATUS_RE.search(lines[j].content)  # (a file's name, 「……（定稿）」)
                                 and not _asks(lines[j].content)  # (「……讲话稿开头怎么写？」: a question about one)
                                 for j in candidates if j != i and j not in rows):
            continue
        keep.append(i)
    return keep or candidates  # (a path over a column's label, and nothing else: no title is dropped for the other)


def _asks(c: str) -> bool:
    """A question: a Q&A page's 「……讲话稿开头怎么写？」 asks about a kind of text, it is not one."""
    return c[-1:] in ("？", "?")


def _labelled_copy(c: str, texts: set[str]) -> bool:
    """A short label and a colon before another candidate's words: 「移动端：……」「手机版：……」, the
    label maybe after a list's date and bar (「10-28 | 移动端:……」)."""
    k = max(c.find(":", 0, _LABEL_LOOK), c.find("：", 0, _LABEL_LOOK))
    if k <= 0 or c[k + 1:].strip() not in texts:
        return False
    label = c[:k].rsplit("|", 1)[-1].rsplit("｜", 1)[-1].strip()
    return 0 < len(label) <= _LABEL_MAX


_LABEL_MAX = 6
_LABEL_LOOK = 20  # (the colon stands this near the start)
