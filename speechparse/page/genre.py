"""What kind of text this is: speech, summary, article, or not a draft at all.

* ``other``: not a Chinese speech or report (an English README, a package
  list, a code snippet): few Han characters, or a software document.
* ``summary``: written to be read, 工作总结、述职报告、汇报材料、交流材料, known
  by its title or by the way it opens (「现将……总结如下」); and the 公文 a title
  names (办法、通知、方案、纪要…), unless it is addressed or spoken as a speech is.
* ``article``: a signed article or commentary (「（作者为……）」「本报评论员」).
* ``speech``: spoken to an audience, 讲话、致辞、发言、党课, a 政府工作报告 read to
  a congress: known by a salutation, a title or subtitle naming a speech or
  a congress, a closing appeal, an announced 「我讲三点意见」, thanks.

The first test that holds decides, in the order above; a Chinese text with
no sign of any kind is a ``speech`` only if it is numbered like one, and a
``summary`` otherwise.  The reason is kept and shown by ``check --verbose``.
"""

from __future__ import annotations

import re

from ..layout import Layout
from ..lazyre import lazy_compile
from ..lines import Line, shares_line
from .captions import is_credit_row
from .closing import ADDRESS_OPENER_RE
from .facts import is_office
from .noise import meta_value
from .vocab import DOCUMENT_KINDS, KIND_END_RE, SPEECH_WORDS, SUMMARY_WORDS

_HAN_RE = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MIN_HAN_SHARE = 0.3
_SAMPLE = 4000  # the share of Han characters is measured on the start of the text
_WHITESPACE = " \t\n\r\u3000\xa0\u2003\x0b\x0c"
_CODE_RE = lazy_compile(r"^(?:```|~~~|\$ |>>> |pip install|npm install|import |from \S+ import|#include)",
                      re.MULTILINE)
# Each start of _CODE_RE has one of these characters in it: a character is found far
# faster than a pattern or a word (most Chinese texts have none of them).
_CODE_CUES = "`~$>i#"
_SUMMARY_TITLE_RE = lazy_compile(SUMMARY_WORDS)
_FENCE_RE = lazy_compile(r"^(?:```|~~~)", re.MULTILINE)
_CODE_SHARE = 1 / 3  # a report quotes code in a few of its lines; a program's document is much of it
_CODED_HEADINGS = 2


def _report_with_code(layout: Layout, sample: str) -> bool:
    """A report or a summary that quotes a little code (「遇到的问题」 and its error log in a fence): its
    title names its kind of text, or numbered parts and Chinese lines make most of it, with a third of
    its lines at most in code."""
    rows = [r for r in sample.split("\n") if r.strip()]
    code, inside = 0, False
    for r in rows:
        fence = _FENCE_RE.match(r) is not None
        code += inside or fence
        inside = inside != fence
    if not rows or code / len(rows) > _CODE_SHARE:
        return False
    title = layout.title or ""
    return bool(title and KIND_END_RE.search(title)) or len(layout.headings) >= _CODED_HEADINGS
_SPEECH_TITLE_RE = lazy_compile(SPEECH_WORDS)
_CONGRESS_RE = lazy_compile(r"政府工作报告|代表大会|工作报告$|人民代表|党代会")
# A title naming a kind of 公文 (GB/T 9704's kinds and the rules and plans offices issue).
_DOCUMENT_TITLE_RE = lazy_compile(
    rf"({DOCUMENT_KINDS})(?:[（(][^）)]{{0,20}}[）)])?$")
# A notice names its kind last, or before what it arranges: 「……春节放假通告及售后服务安排」.
_NOTICE_TITLE_RE = lazy_compile(r"(通知|通告|公告)(?:[及和暨][^，。及和暨]{2,16})?(?:[（(][^）)]{0,20}[）)])?$")
# A letter, an application or an appeal in writing: addressed as a speech is (「敬爱的党组织：」「乡亲们：」), but read.
_LETTER_TITLE_RE = lazy_compile(
    r"(申请书|入党申请|申请|倡议书|建议书|感谢信|慰问信|公开信|贺信|贺电|慰问电|邀请函|决心书|保证书|承诺书|思想汇报)$")
_WRITTEN_REPORT_RE = lazy_compile(r"^关于.{2,60}的(?:报告|请示|意见|通知|说明)$|情况$")
_SUMMARY_OPENING_RE = lazy_compile(
    r"现将.{0,60}?(?:总结|汇报|报告|述职)如下|(?:本人|我(?!们)).{0,30}?述职|(?:总结|汇报)如下")
# (Patterns searched through whole paragraphs start with a lookahead of their first
# characters: the engine then skips to those, several times faster.)
_ARTICLE_RE = lazy_compile(
    r"(?=[（(作本评文□特社])"
    r"(?:[（(]作者(?:为|系|是|单位)|^作者[:：]|本报评论员|评论员文章|^文[/／]|^□|特约评论员|社论)")
_STAFF_RE = lazy_compile(r"本[网报台站刊]|记者|通讯员|特约通讯员|融媒")  # (a site's own reporter, no author)
_PUBLISHING_KEYS = ("来源", "发布", "时间", "阅读", "点击", "浏览", "日期", "修改", "更新")  # (「最后修改：」)
_SPOKEN_RE = lazy_compile(
    r"(?=[谢大我讲下请向])"
    r"(?:谢谢大家|谢谢各位|大家好|我讲|讲几点|下面，我|我就.{0,10}讲|请予审议|请各位代表审议|请各位审议|"
    r"向大会报告)")
_HEAD_SCAN = 6  # opening paragraphs read for a summary's or a speech's way of opening
_LABEL = 12  # a label line above the title is short
_TAIL_SCAN = 6  # closing lines read for a signature or spoken thanks
_SAID = 4  # characters said after an address in mid-text, at least
_NOISE_SCAN = 4  # (and page noise among them, at most this many times as many lines)


# A name in quotation marks is mentioned, not the text's own kind: 「看‘北大最短毕业致辞’的感受」 is
# about a 致辞, 「学习《政府工作报告》的体会」 about a report.  A title quoted as a whole keeps its words.
_QUOTED_RE = lazy_compile(r"[‘“「《『\"'][^‘“「《『’”」》』\"'\n]{1,60}[’”」》』\"']")


def _unquoted(title: str) -> str:
    bare = _QUOTED_RE.sub("", title)
    return bare if len(_HAN_RE.findall(bare)) >= 2 else title


def decide_genre(layout: Layout, text: str) -> tuple[str, str]:
    """The genre and, in Chinese, why it was taken."""
    sample = text[:_SAMPLE]
    share = _han_share(sample)
    if share is not None and share < _MIN_HAN_SHARE:
        # Page noise (a marker comment, a URL, navigation) can outweigh a short text:
        # measure again on the lines the reading kept, and only then give up on it.
        # (nor does a document appended after it count: a report's English translation)
        kept = "".join(ln.content for ln in layout.lines[:layout.speech_end] if ln.kind != "noise")[:_SAMPLE]
        share = _han_share(kept)
        if share is None:
            return "other", "空文本"
        if share < _MIN_HAN_SHARE and not _mostly_chinese_lines(layout):
            return "other", f"汉字只占可见字符的 {share:.0%}，不是中文讲话或报告"
    elif share is None:
        return "other", "空文本"
    if layout.salutation is None and any(cue in sample for cue in _CODE_CUES) and _CODE_RE.search(sample) \
            and not _report_with_code(layout, sample):
        return "other", "含代码或命令行，是软件文档"
    shown = layout.title or ""
    title = _unquoted(shown)
    lines = layout.lines
    subtitle = " ".join(ln.content for ln in lines[:layout.body_start] if ln.content.startswith("——"))
    # (a title names its kind last: 「在……总结表彰大会上的讲话」 is a speech at a meeting that sums up)
    summary = list(_SUMMARY_TITLE_RE.finditer(title))
    if summary and _SPEECH_TITLE_RE.search(title, summary[-1].end()) is None \
            and _DOCUMENT_TITLE_RE.search(title, summary[-1].end()) is None:  # (「……实施方案的通知」 is a 通知)
        return "summary", f"标题「{shown}」中有「{summary[-1].group()}」，是写给人读的材料，不是讲话"
    top = min(layout.title_lines) + 1 if layout.title_lines else layout.body_start
    if layout.title_lines and title:  # a title taken from the page's metadata (front matter) stands
        # again in the text's own head, under the text's own labels: read them down to that line
        flat = "".join(shown.split())
        top = max([top] + [ln.index + 1 for ln in lines[top:layout.body_start] if "".join(ln.content.split()) == flat])
    if _SPEECH_TITLE_RE.search(title) or _CONGRESS_RE.search(title):
        top = 0  # (a title that names a speech says more than a site's category over it)
    for ln in lines[:top]:  # a label above the title: 「交流材料」「述职报告」 (a site's category under it, run
        # in before the salutation, 「……工作报告工作总结各位代表:」, does not say what the text is)
        if ln.kind in ("meta", "title") and len(ln.content) <= _LABEL and _SUMMARY_TITLE_RE.search(ln.content):
            return "summary", f"页首标明「{ln.content}」"
    opening = []
    wraps = layout.wraps  # (a hard-wrapped copy's paragraphs are read whole, from their first piece)
    for ln in lines[layout.body_start:layout.speech_end]:
        if ln.kind in ("paragraph", "salutation") and not (wraps and ln.index in wraps.head):
            opening.append(wraps.text(lines, ln.index) if wraps else ln.content)
            if len(opening) == _HEAD_SCAN:
                break
    spoken = layout.salutation_text is not None and _SPEECH_TITLE_RE.search(title) is not None
    for c in [] if spoken else opening[:2]:  # (a speech at a 述职 meeting, 「刚才各位书记作了述职」, is a speech)
        m = _SUMMARY_OPENING_RE.search(c) if ("如下" in c or "述职" in c) else None
        if m:
            return "summary", f"开头说「{m.group()}」"
    tail = _last_texts(lines, layout.body_start, layout.trailer_start, _TAIL_SCAN)
    # (a 作者 cut from a row of the page's publishing fields is whoever posted the page: no byline)
    head = [ln.content for ln in lines[:layout.body_start]
            if ln.content and not (ln.content.startswith("作者") and shares_line(lines, ln.index))]
    byline = _byline(head) or (None if _DOCUMENT_TITLE_RE.search(title) else _byline(tail))
    weak = byline is not None and byline.startswith("作者")  # (a post's 「作者：……」 names who posted it as often:
    # a speech's other marks outweigh it, a commentator's 「本报评论员」「（作者为……）」 none)
    if byline and layout.salutation is None and not weak:  # (at the foot of a 公文, a 作者 is whoever posted it)
        return "article", f"有署名或评论员标记「{byline}」"
    m = _NOTICE_TITLE_RE.search(title)
    if m:  # (「各位尊敬的用户：」 over a 通告 addresses its readers: a notice is read, not spoken)
        return "summary", f"标题是公文（{m.group(1)}），不是讲话"
    m = _LETTER_TITLE_RE.search(title)
    if m:  # (and a letter: 「敬爱的党组织：」 over an 入党申请书, 「乡亲们：」 over a 倡议书)
        return "summary", f"标题是书信或申请（{m.group(1)}），写给人读，不是讲话"
    if layout.salutation_text:
        return "speech", f"有称谓「{layout.salutation_text}」"
    m = _SPEECH_TITLE_RE.search(title) or _SPEECH_TITLE_RE.search(subtitle)
    if m:
        return "speech", f"标题或副标题是「{m.group()}」"
    # (a congress's standing committee issues 公文 too: 「……人民代表大会常务委员会关于……的决定」
    # names its kind last, as 「……的通知」 does)
    m = _DOCUMENT_TITLE_RE.search(title)
    if m:
        return "summary", f"标题是公文（{m.group(1)}），不是讲话"
    if _CONGRESS_RE.search(title) or _CONGRESS_RE.search(subtitle):
        return "speech", "向代表大会所作的报告"
    for c in opening:
        m = _SPOKEN_RE.search(c)
        if m:
            return "speech", f"开头有讲话用语「{m.group()}」"
    if _WRITTEN_REPORT_RE.search(title):
        return "summary", f"标题「{shown}」是呈报的公文"
    if layout.closing:
        return "speech", "结尾面向听众发出号召"
    if any(_SPOKEN_RE.search(c) for c in tail):
        return "speech", "结尾有讲话用语"
    turned = next((m for ln in lines[layout.body_start:layout.speech_end]
                   if ln.kind == "paragraph" and (m := ADDRESS_OPENER_RE.match(ln.content)) is not None
                   and len(ln.content) > m.end() + _SAID), None)  # (a bare 「同志们，」 line is the salutation's)
    if turned is not None:  # (「同志们，……大家看了吧？」 in mid-text: the speaker turns to the hearers)
        return "speech", f"正文中向听众称呼「{turned.group()[:-1]}」"
    if weak and layout.salutation is None:
        return "article", f"有署名「{byline}」"
    # Numbered headings alone say nothing of the genre: 公文, 总结 and 述职 are numbered as
    # speeches are.  Without a salutation, a speech's title, a closing appeal or spoken words,
    # the text is read as written material (a speech draft missing its salutation still
    # names itself a speech in its title, and is read as one).
    if layout.headings:
        return "summary", "有层次编号，但没有称谓、讲话标题、号召性结尾或讲话用语，按书面材料处理"
    return "summary", "没有称谓、讲话标题或号召性结尾，按书面材料处理"


def _byline(texts: list[str]) -> str | None:
    """An article's byline or commentator's mark among ``texts`` (see _ARTICLE_RE), or None."""
    for c in texts:
        # (each start of the pattern has one of these words, or opens the line with 文 or □:
        # words, as 作 and 社 alone are in most paragraphs, and the pattern reads all of one)
        if c.startswith("作者") and (any(k in c for k in _PUBLISHING_KEYS) or (
                (kv := meta_value(c)) is not None and (is_office(kv[1]) or _STAFF_RE.match(kv[1]) is not None))):
            continue  # a page's publishing line (「作者：办公室　来源：本站原创　发布时间：……」), the office
            # that posted the page (「作者：组织科」), or the site's own staff (「作者：本网记者」): no byline
        if c[0] == "文" and is_credit_row(c):
            continue  # (「文/某某　图/某某　编辑/某某」: a news post's credits, no byline)
        m = _ARTICLE_RE.search(c) if ("作者" in c or "评论员" in c or "社论" in c or c[0] in "文□") else None
        if m:
            return m.group()
    return None


_MIN_LINES = 3


def _mostly_chinese_lines(layout: Layout) -> bool:
    """Most of the lines the reading kept are Chinese, three or more: a Chinese text whose few long
    lines of Latin letters (an English translation appended, a block of code) outweigh it by characters."""
    kept = [ln.content for ln in layout.lines[:layout.speech_end] if ln.content and ln.kind != "noise"]
    chinese = sum(1 for c in kept if (_han_share(c) or 0) >= _MIN_HAN_SHARE)
    return chinese >= _MIN_LINES and chinese * 2 > len(kept)


def _han_share(sample: str) -> float | None:
    """The share of Han characters among the visible ones (None: nothing visible).

    A sample of mostly wide characters (whatever the spaces) is Chinese for certain
    enough, without counting spaces or reading each character: that is 1.0.
    """
    wide = len(sample) - len(sample.encode("ascii", "ignore"))
    if wide > len(sample) * 0.6:
        return 1.0
    visible = len(sample) - sum(sample.count(ch) for ch in _WHITESPACE)
    if visible == 0:
        return None
    han = wide if wide >= visible * 0.6 else len(_HAN_RE.findall(sample))
    return han / visible


def _last_texts(lines: list[Line], start: int, end: int, n: int) -> list[str]:
    """The contents of the non-blank lines in ``lines[start:end]`` from the last ``n`` that are
    not page noise, in order (a post's row of credits under a byline 「（作者为……）」 does not
    push the byline out of reach)."""
    out: list[str] = []
    counted = 0
    for i in range(end - 1, start - 1, -1):
        if lines[i].content:
            out.append(lines[i].content)
            counted += lines[i].kind != "noise"
            if counted == n or len(out) == n * _NOISE_SCAN:
                break
    return out[::-1]
