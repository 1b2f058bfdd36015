"""Which lines one title was set over.

A title may stand over several lines: a 公文's title set in as many lines as it
needs (发文机关 / 关于…… / ……的通知), a main title's two halves over its 「——」
subtitle, a body's long name over a bare kind (「中国人民政治协商会议」 /
「某县委员会常务委员会」 / 「工作报告」), a title broken anywhere over two lines.
:mod:`speechparse.page.title` picks the title line; this module says which of the
lines around it are the same title's, past the page noise and blank lines between.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line, line_pieces
from .facts import ORG_RE, SENTENCE_RE, TITLE_WORD_RE, match_date, occasion_of
from .sitetitle import despaced
from .spacing import lines_apart, page_spacing
from .vocab import DOCUMENT_KINDS, KIND_WORDS, MEETING_END, NAME, POSITION, SPEECH_WORDS, TAG_ROW_SEPARATORS_RE

DOCUMENT_KIND_END_RE = lazy_compile(rf"(?:{DOCUMENT_KINDS}|报告|函)$")
# A kind alone, with at most a two-character qualifier: 「年终总结」「实施方案」「讲话稿」.
BARE_KIND_RE = lazy_compile(rf"^[\u4e00-\u9fff]{{0,2}}(?P<k>{KIND_WORDS}|{DOCUMENT_KINDS}|稿)$")
ROW_RE = lazy_compile(r"[|｜\t]")  # (not letter spacing: 「政 府 工 作 报 告」 is a title as set)
# A site's name (「某某范文网」「某某文库」): a Markdown export's h1 may be the site's, not the text's.
# (not a title's 「……防护网」: a site names itself by what it serves)
NAMES_A_SITE_RE = lazy_compile(
    r"(?:范文|文秘|公文|写作|学习|资料|文档|新闻|信息|门户|人民|政府|在线)网$|(?:网站|文库|频道|博客|论坛|客户端|APP|App)$")


# The issuer and the start of the matter on one line: 「国务院办公厅对十届……」「某县人民政府关于……」.
_ISSUER_MATTER_RE = lazy_compile(
    r"^[\u4e00-\u9fff（）()]{2,30}?(?:委员会|党委|党组|人民政府|政府|办公室|办公厅|委|局|厅|部|院|中心)(?:关于|对)")
_BLOCK_PIECE = 40  # each line of a 公文's title set over several lines is short
_BLOCK_LINES = 4


def document_title_block(lines: list[Line], pick: int, whole_pick: str | None = None) -> list[int] | None:
    """A 公文's title set over lines with no blank line between them, ending in its kind.

    GB/T 9704 makes the title 发文机关 + 事由 + 文种 and sets it in as many lines as it
    needs: 「国务院办公厅」/「关于辽宁省在……考察」/「工作时所提问题……的函」.  The lines
    right above the one with the kind belong to it while they are short pieces of
    a heading (no sentence, no colon, no date or number), and the whole names
    its matter with 「关于」 or 「对」.  The 版头 「……文件」 and the number are not part of it.
    """
    last = lines[pick].content if whole_pick is None else whole_pick  # (all of it, where a wrap cut it)
    if DOCUMENT_KIND_END_RE.search(last) is None:
        return None

    def text_of(i: int) -> str:
        return last if i == pick else lines[i].content

    block = [pick]
    skipped: list[str] = []  # page noise passed over between the title's lines
    k = pick - 1
    spacing = 0
    while k >= 0 and len(block) < _BLOCK_LINES:
        if lines[k].is_blank and k > 0 and (
                "关于" not in text_of(block[-1]) or (spacing := spacing or page_spacing(lines)) > 1
                or lines_apart(lines)):
            # (on a page that sets every line apart alike, 「关于……」's issuer stands as far apart as any)
            spacing = spacing or page_spacing(lines)
            run = 1
            while run < spacing and k - run > 0 and lines[k - run].is_blank:
                run += 1
            if lines[k - run].content:
                k -= run  # (a scrape that double-spaces every line cuts the matter apart; the issuer set
                continue  # apart from 「关于……」 by a blank line is not the title's)
        c = lines[k].content
        if lines[k].kind == "noise" and k > 0 and block[-1] - k < _BLOCK_LINES:
            skipped.append(c)
            k -= 1  # a caption or an image credit set between the title's lines is not one of them
            continue
        if c and any(c in x for x in skipped):
            break  # 「某某集团」 over its post's row 「某某集团党委 某某集团 2024年05月16日」: the account's name
        if not c or lines[k].kind == "noise" or len(c) > _BLOCK_PIECE or \
                c[-1] in "：:，,；;。！？!?、" or c.endswith(("文件", "号")) or c.startswith(("—", "-")) or \
                match_date(c) or SENTENCE_RE.search(c) or "  " in c:
            break
        if _WORD_LIST_RE.match(c):
            break  # 「办公用房,请示,对于,增加,申请」: a site's keywords for the page, no piece of a title
        below = text_of(block[-1])
        named = below[:below.find("关于")] if below.find("关于") > 1 else ""
        if below.startswith(c) or (named and c.endswith(named)):
            break  # 「（某省）某县人民政府办公室」 over 「某县人民政府办公室关于……」: the 版头, not the title's
        if "关于" in (above := text_of(block[-1])) and (not ORG_RE.match(c) or (skipped and above.find("关于") > 1)):
            break  # above 「关于……」 only the issuing office belongs to the title (a second issuer over
            # 「某办公室关于……」 stands right over it; over a page's menu, an office is the site's name)
        if DOCUMENT_KIND_END_RE.search(c) and not _inside_book_title([text_of(j) for j in block]):
            break  # a line that ends in its own kind is a whole title, not the first piece of one (unless a
            # book title's bracket closes below it: 「……的工作规划」 over 「实施方案》的通知」)
        block.append(k)
        if "关于" in text_of(block[-2]) or _ISSUER_MATTER_RE.match(c):
            break  # the issuer (over 「关于……」, or before its 「对……」) is the title's top
        k -= 1
    if len(block) == 1:
        return None
    block.reverse()
    whole = "".join(text_of(i) for i in block)
    head = whole[:len(whole) - len(last)]
    if len(whole) > 100 or not ("关于" in whole or "对" in head):
        return None
    return block


def _inside_book_title(below: list[str]) -> bool:
    """The lines under a line close a book title's bracket 「》」 they have not opened: the line is in it."""
    rest = "".join(below)
    return rest.count("》") > rest.count("《")


# (commas only: joint issuers over 「关于……」 are parted by spaces or 「、」, 「某县财政局、某县教育局」)
_KEYED_RE = lazy_compile(r"^[^：:]{1,8}[：:][ \u3000]?[0-9A-Za-z]")
_WORD_LIST_RE = lazy_compile(r"^[\u4e00-\u9fff]{1,6}(?:[,，][\u4e00-\u9fff]{1,6}){2,}$")
_HALF = 24  # each line of a main title set in two lines is short
_VALUE = 16  # a publisher's name, a site row's value cut from its key (「县政府办公室」)


def first_half(lines: list[Line], candidates: list[int], pick: int) -> int | None:
    """The first line of a main title set in two lines over its 「——」 subtitle.

    「凝心聚力抓落实」 / 「奋力开创全县工作新局面」 / 「——在……上的讲话」: two short
    title lines (blank lines and page noise between them aside) standing right over
    the subtitle are one title.  Without the subtitle under them, two lines are a site's name
    and a title as often as one title, and the later one stands alone.
    """
    # (a photo's caption the page set between, 「（图片来源：……）」, is no line of the head's)
    after = next((ln for ln in lines[pick + 1:] if not ln.is_blank and ln.kind != "noise"), None)
    if after is None or not after.content.startswith(("——", "--", "—", "－－")) or len(lines[pick].content) > _HALF:
        return None
    bare = BARE_KIND_RE.match(despaced(lines[pick].content)) is not None  # 「工作报告」 alone: the body's name above
    if TITLE_WORD_RE.search(lines[pick].content) and not bare:
        return None  # 「2026年政府工作报告」 names its kind: a whole title, whatever stands above
    k = pick - 1
    skipped: list[str] = []
    while k >= 0 and lines[k].kind != "byline" and (  # (a dateline between: the line above is the page's)
            lines[k].is_blank or lines[k].kind == "noise" or _in_noisy_row(lines, k)
            or ROW_RE.search(lines[k].content)  # (「有 效 性\t有效」「新闻编辑 | 某某」)
            or (not bare and len(lines[k].content) <= _VALUE and ORG_RE.match(lines[k].content))):  # (a 来源
        # row's bare value; over a bare kind, a body's name is the title's first half)
        skipped.append(lines[k].content)
        k -= 1  # (a site's publishing line may stand between the two: page noise, or a row of pieces
        # cut at its gaps with page noise among them, 「2024-05-17 18:30　　某县发布　　政务官方账号　　+关注」)
    if k < 0 or (k not in candidates and not (bare and ORG_RE.match(lines[k].content))) \
            or len(lines[k].content) > _HALF:
        return None
    if after.lineno == lines[pick].lineno != lines[k].lineno:
        return None  # 「携手共建文明城——致……的倡议书」 set as one line: the title whole, whatever stands above
    c = lines[k].content
    if any(c in x for x in skipped if x):
        return None  # 「某县发布」 over its post's row 「原创　……　某县发布　2024年05月16日」: the account's name
    if SENTENCE_RE.search(c) or TITLE_WORD_RE.search(c) or (ORG_RE.match(c) and not bare) \
            or NAMES_A_SITE_RE.search(c) or _KEYED_RE.match(c) or tag_row(c):
        return None  # (an office's or a site's name over the title is not its first half: 「新华社客户端」; nor a
        # page's field and its value, 「资源ID：4012345」, nor a row of tags, 「某某党建 · 原创 · 读书会」)
    return k


def tag_row(c: str) -> bool:
    """A row of three tags or more parted by 「·」「/」「|」, spaced, or a path (see :func:`.facts.column_label`)."""
    return len(c) <= _TAG_ROW_MAX and len(TAG_ROW_SEPARATORS_RE.split(c)) >= _TAGS \
        and _SPACED_SEPARATOR_RE.search(c) is not None


_TAGS = 3
_TAG_ROW_MAX = 40
_SPACED_SEPARATOR_RE = lazy_compile(r"[ \u3000][·•|｜/／]|[·•|｜/／][ \u3000]")


# (「……对照检」 / 「查材料(含案例)」: a 材料 of a named kind too, and a note after it)
_QUALIFIED_KIND_RE = lazy_compile(
    rf"^[\u4e00-\u9fff]{{0,4}}(?:{KIND_WORDS}|{DOCUMENT_KINDS}|材料)(?:[（(][^（()）]{{2,12}}[)）])?$")
_YEAR_RE = lazy_compile(r"(?:19|20)\d{2}年")
_MEETING_END_RE = lazy_compile(f"{MEETING_END}$")
_SPEECH_KIND_RE = lazy_compile(f"^(?:{SPEECH_WORDS})稿?$")


def matter_over_kind(lines: list[Line], candidates: list[int], pick: int, k: int) -> int | None:
    """Line ``k``, over a bare kind with its qualifier (「协调会议纪要」「工作方案」) at ``pick``, a blank line or two
    between or none: the matter the title names, its first half (「推进山区公路养护」), when it is short, names
    no kind of its own and is no sentence, no site's name and no page field."""
    if k < 0 or k not in candidates or not is_matter_over_kind(lines[k], lines[pick]):
        return None
    c = lines[k].content
    if k < pick - 1 and not (ORG_RE.match(c) or _YEAR_RE.search(c) or meeting_over_speech(c, lines[pick].content)):
        return None  # (set apart, a phrase is a headline of its own: a title's half names its issuer or year)
    return k


def is_matter_over_kind(above: Line, kind: Line) -> bool:
    """Line ``above`` is the first half of a title whose second, ``kind``, is a bare kind with its
    qualifier (see matter_over_kind; the appended document's title reads it too)."""
    c = above.content
    return not above.is_blank and _QUALIFIED_KIND_RE.match(despaced(kind.content)) is not None \
        and not (len(c) > _HALF or SENTENCE_RE.search(c) or TITLE_WORD_RE.search(c) or NAMES_A_SITE_RE.search(c)
                 or _KEYED_RE.match(c) or ROW_RE.search(c)
                 or (above.lineno == kind.lineno and not meeting_over_speech(c, kind.content))) \
        and _MATTER_RE.match(despaced(c).replace(" ", "")) is not None  # (「2025 年度」: a PDF copy spaces numbers)


def meeting_over_speech(matter: str, kind: str) -> bool:
    """A meeting's name over a kind of speech alone (「开学典礼暨教师节庆祝表彰大会」 / 「主 持 词」): one title,
    however the page set them apart (a blank line, a gap of a one-line scrape)."""
    return _MEETING_END_RE.search(despaced(matter)) is not None and _SPEECH_KIND_RE.match(despaced(kind)) is not None


# The matter's words: ideographs, digits and a title's own marks (not a file's name or a page's counter,
# 「某县文档.docx　第1页 / 共9页」).
_MATTER_RE = lazy_compile(r"^[\u4e00-\u9fff0-9０-９（）()《》“”、·]+$")


def body_above(lines: list[Line], candidates: list[int], k: int) -> int | None:
    """Over a title's first half that names a body, over a bare kind, the body's larger name:
    a short candidate a blank line or two above it, with no sentence or kind of its own."""
    j, gap = k - 1, 0
    while j >= 0 and gap <= TITLE_GAP and (lines[j].is_blank or lines[j].kind == "noise"):
        gap += lines[j].is_blank  # (a caption the page put between them stands apart: 「图为会议现场」)
        j -= 1
    if j < 0 or j not in candidates:
        return None
    c = lines[j].content
    if len(c) > _HALF or SENTENCE_RE.search(c) or TITLE_WORD_RE.search(c) or NAMES_A_SITE_RE.search(c) \
            or _KEYED_RE.match(c) or not c.endswith(("会议", "委员会", "人民政府", "政府", "党委")):
        return None
    return j


def _in_noisy_row(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a piece of a physical line cut at its gaps, with page noise among its pieces
    and no sentence (a site's row; a one-line scrape holds the whole page)."""
    a, b = line_pieces(lines, k)
    return a < b and any(lines[j].kind == "noise" for j in range(a, b + 1)) \
        and not any("。" in lines[j].content for j in range(a, b + 1))


_ON_OCCASION_RE = lazy_compile(r"^上(?:讲话|发言|致辞|作|所作|做)")
TITLE_GAP = 2  # blank lines a title's two halves may stand apart by (one more than the page's spacing)


def continues_title(first: str, second: str) -> bool:
    """A title broken over two adjacent lines: 「在全县……会议」/「上的讲话」, or its 「在……上的讲话」
    cut anywhere else: 「在全县2025年」/「经济工作会议上的讲话」, 「在全县三级干部大会上的」/「讲话」.

    (In the second way the first line opens the occasion and does not close it, and the two
    close it together: a site's 「在线访谈」 over a title opens none.)
    """
    if len(first) + len(second) > 60:
        return False
    if second.startswith(("上的", "的", "暨", "——")) or _ON_OCCASION_RE.match(second):
        return True  # (「上半年……」「上海……」 open a title of their own)
    if _SESSION_RE.match(second) and ORG_RE.fullmatch(first) is not None:
        return True  # 「中国共产党某市第九届委员会」/「第三次全体会议公报」: the body's name, then its session
    opened = first.lstrip("—－- \u3000")
    if not opened.startswith("在") and (who := _SPEAKER_FIRST_RE.match(opened)) is not None:
        opened = opened[who.end():]  # (「县长在全县安全生产」 / 「工作会议上的讲话」: who spoke, then where)
    return opened.startswith("在") and not opened.startswith("在线") and not second.startswith("在") \
        and occasion_of(first) is None and occasion_of(second) is None \
        and occasion_of(first + second) is not None


_SESSION_RE = lazy_compile(r"^第[一二三四五六七八九十0-9]{1,3}[次届]")
_SPEAKER_FIRST_RE = lazy_compile(rf"^(?:[\u4e00-\u9fff]{{0,8}}?(?:{POSITION}))?(?:{NAME})?(?:同志)?(?=在)")
_CAPTION = 12  # a caption or a label a page set between a title's two lines is short


def over_a_caption(lines: list[Line], candidates: list[int], k: int, pick: int) -> int | None:
    """The line over line ``k`` (a short line with no sentence, blank lines aside) begins the title that
    ``pick`` ends (see continues_title)."""
    if k <= 0 or len(lines[k].content) > _CAPTION or "。" in lines[k].content:
        return None
    j = k - 1
    while j > 0 and lines[j].is_blank:
        j -= 1
    return j if j in candidates and continues_title(lines[j].content, lines[pick].content) else None

_COLUMN = 4  # short lines in a row, no blank line between: a menu set as a column
_COLUMN_ENTRY_RE = lazy_compile(r"^[\u4e00-\u9fff]{2,6}$")


def menu_column(lines: list[Line], end: int) -> set[int]:
    """The lines above ``end`` that stand in a column of four or more short entries with no blank line
    between them (「首页」「简介」「新闻稿」「演辞和文章」「联络」「网页指南」): a page's menu set one entry a line.
    (A title stands apart; the entries of one character a cover spells a title in are no menu's.)"""
    out: set[int] = set()
    run: list[int] = []
    for ln in [*lines[:end], None]:
        if ln is not None and not ln.is_blank and (ln.kind == "noise" or _COLUMN_ENTRY_RE.match(ln.content)) \
                and (not run or ln.index == run[-1] + 1):
            run.append(ln.index)
            continue
        if len(run) >= _COLUMN:
            out.update(run)
        run = [ln.index] if ln is not None and not ln.is_blank and _COLUMN_ENTRY_RE.match(ln.content) else []
    return out
