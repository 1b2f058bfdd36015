"""The closing appeal (结束语): the last paragraphs after the last section.

A speech ends by turning to the audience again: 「同志们，……而努力奋斗！」,
「各位代表！……」, 「最后，……希望/祝……」, 「让我们……」.  The closing is:

* the last paragraph after the last section that turns to the audience;
* with what directly leads into it: a bare address line (「同志们！」), an
  exclamatory appeal before an exclamatory appeal, and, when the last
  opener does not name the audience itself (「让我们……」「最后，……」), the
  short paragraph just before it that does (「同志们，……」);
* and everything after it up to the sign-off (「谢谢大家！」).

Failing an opener, a last paragraph of farewell (「希望大家……」「谢谢！」) is
the closing, with a farewell just before a bare thanks.  Page noise and the
sign-off (issuing body, date, 「……印发」) are never part of it.
"""

from __future__ import annotations

from ..inline import find_announcement
from ..layout import Layout
from ..lazyre import lazy_compile
from ..lines import Line
from .cutnotice import is_cut_notice, is_expand_button
from .facts import match_date, undecorated
from .vocab import AUDIENCE, GREETING, PAGE_LABEL_RE

_SPOKEN_ADDRESS = (  # (maybe warmly: 「亲爱的伙伴们」「亲爱的高峰英雄们」)
    rf"(?:{AUDIENCE}|各位代表|各位委员|各位领导|"
    r"各位来宾|各位嘉宾|各位同志|各位同仁|各位老师|各位同学|各位朋友|各位同事|各位"
    r"|(?:亲爱的|敬爱的)[\u4e00-\u9fff]{1,8}?们)"
)
_SPOKEN_LIST = rf"{_SPOKEN_ADDRESS}(?:[、，,和][ \u3000]?{_SPOKEN_ADDRESS}){{0,5}}"
ADDRESS_OPENER_RE = lazy_compile(rf"^{_SPOKEN_LIST}[，,！!：:]")
# A wrap-up that turns to the audience: 「以上两点意见，请……」「以上讲话，请……贯彻落实。」
# (and a report's or a 述职's last words to its hearers: 「以上汇报，不妥之处请批评指正。」「以上述职，请予评议。」
# 「以上是我这一年的工作小结，请领导审阅……」)
_WRAP_UP = r"(?:以上|上述)[^。！？，,]{0,15}(?:意见|讲话|要求|建议|部署|汇报|述职|发言|总结|小结|报告|体会)[，,]"
# 「让我们……」 calls on the hearers; 「……让我们由衷欣喜」「让我们看到了……」 says what something made them feel or see.
_LET_US = r"让我们(?!的|由衷|感到|深感|倍感|看到|认识到|明白|懂得|体会到|感受到|欣喜|骄傲|自豪|感动|振奋(?!精神|起来))"
# A paragraph that turns to the audience: 「同志们，……」「各位代表！……」.
OPENER_RE = lazy_compile(
    rf"^(?:{_SPOKEN_LIST}[，,！!：:]"
    r"|(?:最后|总之|总而言之)[，,](?!第|其)(?![^。！？]{0,40}(?:作了|做了|发表了|进行了|合影|主持|出席))"
    r"(?=.{0,200}(?:希望|祝|谢谢|让我们|同志们|同学们|朋友们))"  # (not a report of who spoke last)
    rf"|{_LET_US}"
    rf"|{_WRAP_UP})"
)
_WRAP_UP_RE = lazy_compile(f"^{_WRAP_UP}")
_LET_US_RE = lazy_compile(_LET_US)
_LAST_WORD_RE = lazy_compile(r"^(?:最后|总之|总而言之)[，,]")
_EXCLAIM_OPENER_RE = lazy_compile(rf"^{_SPOKEN_LIST}[！!]")
# An address standing alone as a paragraph: 「同志们！」「同志们、朋友们：」
_BARE_ADDRESS_RE = lazy_compile(rf"^{_SPOKEN_LIST}[！!，,：:]$")
_ADDRESS_ALONE_RE = lazy_compile(rf"^{_SPOKEN_LIST}$")  # (with no mark: 「同志们」)
FAREWELL_RE = lazy_compile(
    rf"希望(?:大家|你们|同志们|同学们|老师们|各位)|谢谢(?:大家|各位)|^谢谢[！!。]?$|{_LET_US}|"
    r"祝(?:愿)?(?:大家|各位|同志们|同学们|老师们|你们|我们|全体|在座)|预祝"
)
# A toast ends a 祝酒词: its last paragraph only (a toast quoted in mid-text closes nothing).
_TOAST_RE = lazy_compile(r"干杯[！!]$")
LAST_WORDS_RE = lazy_compile(r"(?:谢谢(?:大家|各位)?|干杯)[！!。.]?$")  # (a speech's very last words)
THANKS_RE = lazy_compile(r"^(?:谢谢(?:大家|各位)?|我的发言完毕，谢谢大家|我的讲话完了，谢谢大家)[！!。.]?$")
_ADDRESS_MARKS = frozenset("，,！!：:")
# An address and a greeting: 「各位老师：大家好！」「同学们，上午好！」 (how a speech opens, never how it ends).
_GREETING_RE = lazy_compile(
    rf"^{_SPOKEN_LIST}[，,！!：:][ \u3000]?{GREETING}[！!，,。]")
_LEAD_IN_MAX = 300  # an address paragraph leading into 「让我们……」 is short
_PERORATION = 3  # paragraphs back from 「让我们……」 to the address that opened the peroration
_APPEAL_MAX = 300  # so is an exclamatory appeal before the last one (a passage of the body is longer)


def find_closing(layout: Layout, last_heading: int) -> None:
    """Mark the closing paragraphs (kind ``closing``) after ``last_heading``."""
    lines = layout.lines
    start = max(last_heading + 1, layout.body_start)
    wraps = layout.wraps
    if wraps:  # a hard-wrapped page: a paragraph is its first piece and the pieces after it
        paras = [ln.index for ln in lines[start:layout.back_start]
                 if ln.kind == "paragraph" and ln.index not in wraps.head]
        text = [wraps.text(lines, i) for i in paras]
    else:
        paras = [ln.index for ln in lines[start:layout.back_start] if ln.kind == "paragraph"]
        text = [lines[i].content for i in paras]
    # read without the emoji a post ends its paragraphs with (「……奋斗！🏆」「谢谢大家！🙏🏻」)
    text = [undecorated(t) for t in text]
    greeting = next((k for k in range(len(paras) - 1, -1, -1) if _GREETING_RE.match(text[k])), -1)
    if greeting >= 0:  # 「各位老师：大家好！……」 opens the speech: the closing comes after it
        paras, text = paras[greeting + 1:], text[greeting + 1:]
    if not paras:
        return
    # The audience the speech itself addressed (「诸位代表先生」) is turned to again as the common words are.
    own = layout.salutation_text or ""
    # (an address that opens what follows, 「同志们，……下面，我再强调三点意见：」, is the speech's
    # preamble, not its closing: a closing announces no parts)
    opener = next((k for k in range(len(paras) - 1, -1, -1) if (OPENER_RE.match(text[k]) or (
        own and text[k].startswith(own) and text[k][len(own):len(own) + 1] in _ADDRESS_MARKS))
        and not (k < len(paras) - 1 and _opens_what_follows(text[k]))), None)
    if opener is not None and len(paras) - opener > _PERORATION + 1 and text[opener][-1:] not in "！!" \
            and FAREWELL_RE.search(text[opener]) is None and not any(
            _turns_to_audience(t) or t[-1:] in "！!" for t in text[opener + 1:]):
        opener = None  # (「同志们，……看了吧？」, four stating paragraphs after it: the body, asking in passing)
    if opener is not None:
        if opener > 0 and _WRAP_UP_RE.match(text[opener]) and (
                OPENER_RE.match(text[opener - 1]) or _final_appeal(text[opener - 1])):
            opener -= 1  # 「让我们……而努力奋斗！」 then 「以上讲话，请……贯彻落实。」: the appeal, then the instruction
        k = _lead_in(text, opener)
    elif FAREWELL_RE.search(text[-1]) or _TOAST_RE.search(text[-1]):
        k = len(paras) - 1
        if k > 0 and THANKS_RE.match(text[k]) and FAREWELL_RE.search(text[k - 1]):
            k -= 1
        while k > 0 and len(paras) - k <= _PERORATION and _appeal(text[k - 1]):
            k -= 1  # 「……，让我们……努力奋斗!」 then 「祝愿大家新年快乐……!」: the appeal, then the wish
    elif _final_appeal(text[-1]) or (own and last_heading >= layout.body_start and len(paras) > 1
                                     and _exclaimed(text[-1])) or _slogans(text[-1]):  # (after the last part)
        k = len(paras) - 1
        if _slogan_lines(text):
            k -= 1  # (「团结奋斗！！」 over 「共同进步！！」: a slogan a line, each a cry alone)
    elif _slogan_lines(text):
        k = len(paras) - 2
    else:
        return
    if k == 0 and last_heading < layout.body_start and _opens_what_follows(text[0]):
        return  # (the text's one paragraph announces its parts, 「……我讲三点意见。一、……」 run together: its preamble)
    ended = max((j for j in range(k, len(text)) if text[j][-1:] in _SPOKEN_END and not _foot_label(text[j])),
                default=None)
    # (the first ended paragraph with only the page's run under it: 「……干杯！」 over 「展开」「相关视频」……;
    # looked for among the last few paragraphs only)
    first_end = next((j for j in range(max(k, len(text) - _FOOT_LOOK), len(text))
                      if text[j][-1:] in _SPOKEN_END and _page_run(text[j + 1:])), None)
    page_run = first_end is not None and any(
        ln.kind == "noise" for ln in lines[paras[first_end] + 1:])  # (the page shows itself there: its noise)
    if page_run:
        ended = first_end  # (a run of the page's short lines under the closing, some ending as a cry does)
    if ended is not None and ended < len(text) - 1 and (
            page_run or (len(text) - ended > _FOOT_RUN and all(_page_words(t) for t in text[ended + 1:])
             and any(_MACHINE_RE.search(t) for t in text[ended + 1:]))
            or all(_foot_label(t) for t in text[ended + 1:])):
        # (「……而努力奋斗！」 then 「以上为转发邮件正文」「Generated by calibre 6.2」: a run of short lines with no
        # sentence of the speaker's, one of them a program's or a page's, not a cut page's prose; or lines
        # that are no clause at all, 「公考人必看！领导讲话结构拆解」「2025年第2期（总第218期）」: a page's)
        for ln in lines[paras[ended + 1]:layout.back_start]:
            if ln.kind == "paragraph":
                ln.kind = "noise"
        paras, text = paras[:ended + 1], text[:ended + 1]
    signed_below = layout.back_start < layout.trailer_start  # (a sign-off under them: the page was not cut)
    if ended is not None and 0 < len(text) - 1 - ended <= _FOOT_RUN \
            and all(_stray_note(t, signed_below) for t in text[ended + 1:]):
        # (「……打下坚实基础。」 then 「本资料由……提供，引用请注明出处」: a short line or two under the ended
        # closing, no sentence of the speaker's and no last words of theirs, is the page's note, not a cut
        # page's last words: those run on as the paragraph they cut)
        for i in paras[ended + 1:]:
            lines[i].kind = "noise"
        paras, text = paras[:ended + 1], text[:ended + 1]
    trailer = layout.trailer_start
    signed = any(match_date(ln.content) for ln in lines[layout.back_start:trailer] if ln.content)
    if _cut_off(text[-1]) or (trailer < len(lines) and is_cut_notice(lines[trailer].content)
                              and not is_expand_button(lines[trailer].content) and not signed
                              and not LAST_WORDS_RE.search(text[-1])):
        return  # the page stops mid-sentence, or says it is cut (a login or a pay wall): its end is lost
        # (unless the text was signed with its date above the notice, or ends on the speaker's last
        # words, 「……谢谢大家！」: then it was shown whole)
    # (a line between two of the closing's sentences that is no sentence, 「APP内查看高清大图」 between
    # 「最后，祝……」 and 「谢谢大家！」, is a caption the page put there: not the speaker's words; on a
    # hard-wrapped page a short line may be a piece the wraps did not join)
    captions = set() if wraps else {paras[j] for j in range(k + 1, len(paras) - 1) if _loose_caption(text[j])
                                    and text[j - 1][-1:] in _FULL_STOPS and text[j + 1][-1:] in _FULL_STOPS}
    if wraps:
        layout.closing = [ln.index for ln in lines[paras[k]:layout.back_start]
                          if ln.kind == "paragraph" and ln.index not in captions]
    else:
        layout.closing = [i for i in paras[k:] if i not in captions]
    for i in captions:
        lines[i].kind = "noise"
    for i in layout.closing:
        lines[i].kind = "closing"


_CAPTION_MAX = 20
_FULL_STOPS = frozenset("。！？")
_SENTENCE_MARKS = frozenset("。！？!?，,；;：:…、")


_PAGE_WORDS = 40
_SPOKEN_END = frozenset("。！？!?…")  # (a bracket or a colon may end a page's line too: 「……（J012-3-0046）」)
_FOOT_RUN = 2  # lines of a page's foot under the closing: more than one
# What a program or a page writes, never a speaker: Latin words, an address, words set apart by gaps.
_MACHINE_RE = lazy_compile(r"[A-Za-z]{2}|://|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")


def _page_words(c: str) -> bool:
    """A short line under the closing that says nothing a speaker says: no sentence, no thanks or wish."""
    return len(c) <= _PAGE_WORDS and _FULL_STOPS.isdisjoint(c) and "!" not in c and "?" not in c \
        and not THANKS_RE.match(c) and FAREWELL_RE.search(c) is None and OPENER_RE.match(c) is None


_CLAUSE_BREAKS = frozenset("，,；;、")
# What a page's line has and a cut clause of prose has not: a mark inside (a headline's 「……必看！……」), brackets,
# bars and dots between items (a plain clause, 「今年中秋节是……第一个中秋节」, is a cut page's last words).
_PAGE_SIGNS = frozenset("！？!?。|｜·/（）()【】[]《》")


_PAGE_RUN = 3
_FOOT_LOOK = 24  # paragraphs from the end looked at for the page's run under the closing


def _page_run(rest: list[str]) -> bool:
    """Three or more short lines under the closing's first ended paragraph, none turning to the audience or
    taking leave, at least half of them ending as no sentence does (「展开」「相关视频」「白河这条路终于通了！」
    「网友评论仅供……」): among the page's own noise, a page's foot of links and notes, not a peroration's
    slogans (each a cry) nor a cut page's last words (a paragraph or two)."""
    return len(rest) >= _PAGE_RUN and all(len(t) <= _PAGE_WORDS and not _turns_to_audience(t) for t in rest) \
        and sum(t[-1:] not in _SPOKEN_END for t in rest) * 2 >= len(rest)


def _stray_note(c: str, signed_below: bool = False) -> bool:
    """A short line that ends no sentence, says nothing a speaker says to close, and shows itself the page's:
    its marks (a bar, a bracket, a slash) or words about the page itself (「本资料由……提供」「本页面已……转码」),
    or stands over the text's sign-off (「扫码查看文件原件」 over 「抄送：……」: a signed text was not cut).
    A cut page's last words show neither, nor end on a word (「……测评表(」 stops at an open bracket)."""
    return len(c) <= _PAGE_WORDS and c[-1:] not in _SENTENCE_END and c[-1:] not in _OPEN_MARKS \
        and _FULL_STOPS.isdisjoint(c) and not _turns_to_audience(c) \
        and (signed_below or not _PAGE_SIGNS.isdisjoint(c) or _SELF_NOTE_RE.match(c) is not None)


_OPEN_MARKS = frozenset("（(【[《“‘「，,、；;：:—")
# A note about the page or the file itself, 「本资料由……」「该文件由……分享」 (not 「本次会议……」, the speaker's).
_SELF_NOTE_RE = lazy_compile(
    r"^(?:本|该)(?:资料|文档|文章|篇|课程|页面|页|纪要|材料|稿件|网站|站|网|平台|公众号|号|内容|文件|文)(?!件精神)")


def _turns_to_audience(c: str) -> bool:
    """The speaker's own last words: an address, thanks, a wish, a farewell (a page's line is none)."""
    return THANKS_RE.match(c) is not None or LAST_WORDS_RE.search(c) is not None \
        or FAREWELL_RE.search(c) is not None or OPENER_RE.match(c) is not None


def _labelled(c: str) -> bool:
    """A line that opens on a page's label and its colon, 「回复：……」「大家都在搜：……」 (an address, 「同志们：」,
    opens the speaker's own words)."""
    return PAGE_LABEL_RE.match(c) is not None and OPENER_RE.match(c) is None and not ADDRESS_OPENER_RE.match(c)


_TAGGED_HEADLINE_RE = lazy_compile(r"^[【\[][\u4e00-\u9fff]{2,8}[】\]][^，,；;。【\[]{4,34}[？?！!]?$")


def _foot_label(c: str) -> bool:
    """A line under the closing's last sentence that is no clause of a speaker's and does not end as one:
    no comma, short and marked as a page's line (or a program's words), no thanks or wish (「谢谢大家」
    needs no final mark)."""
    if _labelled(c) or (c[:1] in "【[" and len(c) <= _PAGE_WORDS and _TAGGED_HEADLINE_RE.match(c) is not None):
        return True  # (「【以案说纪】“人情往来”的边界在哪里？」: another post's headline under its column's tag)
    return c[-1:] not in _SPOKEN_END and _CLAUSE_BREAKS.isdisjoint(c) and (
        (len(c) <= _PAGE_WORDS and not _PAGE_SIGNS.isdisjoint(c)) or _MACHINE_RE.search(c) is not None) \
        and not _turns_to_audience(c)


def _loose_caption(c: str) -> bool:
    """A short line with no mark of a sentence in it, no address and no thanks: a caption's shape."""
    return len(c) <= _CAPTION_MAX and _SENTENCE_MARKS.isdisjoint(c) and not THANKS_RE.match(c) \
        and not _ADDRESS_ALONE_RE.match(c)


def _opens_what_follows(c: str) -> bool:
    """The paragraph announces the parts to come (「下面，我再强调三点意见：」); a closing's call to
    what follows it, 「最后，我请同志们注意：」 over its slogans, announces no count."""
    return find_announcement(c) is not None


_SENTENCE_END = frozenset("。！？!?…」”’）)】》.;；~～")
_SHORT_LAST = 12  # 「谢谢大家」 and other short last words need no final mark


# An appeal with no address word: 「……我们要更加紧密地团结……，为……不懈奋斗！」 ends a report; so does
# one that names the whole audience as its subject: 「全县广大党员干部要……，为……而努力奋斗！」.
_APPEAL_END_RE = lazy_compile(
    r"(?:我们|全(?:省|市|州|盟|县|区|旗|镇|乡|校|系统|行业)(?:上下|广大|各级)|广大(?:党员|干部)|各级各部门)"
    r"[^。！？]{0,200}(?:奋斗|奋进|前进|努力|拼搏|开创|谱写|建功立业|贡献力量|再创佳绩|新的更大贡献)[^。！？]{0,12}！$")


_APPEAL_SCAN = 260  # the appeal is read in the paragraph's last characters


def _final_appeal(last: str) -> bool:
    """The last paragraph ends with an exclamation that calls on 「我们」 (or all the audience) to strive."""
    return last[-1:] == "！" and _APPEAL_END_RE.search(last, max(0, len(last) - _APPEAL_SCAN)) is not None


_SLOGAN = 8  # characters of one slogan: 「团结奋斗」「共同进步」


def _slogans(last: str) -> bool:
    """Two or more slogans, each a short cry alone, 「团结奋斗！！共同进步！！」: a text's last words to its
    readers, whatever the text (a statement ends 。, and one cry alone may be a part's last line)."""
    if last[-1:] not in "！!" or not _FULL_STOPS.isdisjoint(last.replace("！", "")) or "，" in last:
        return False
    cries = [c for c in last.replace("!", "！").split("！") if c.strip()]
    return len(cries) >= 2 and all(len(c.strip()) <= _SLOGAN for c in cries)


def _slogan_lines(text: list[str]) -> bool:
    """The last two paragraphs are a slogan each, 「团结奋斗！！」 over 「共同进步！！」 (one read twice: two cries)."""
    return len(text) > 1 and _slogans(text[-2] * 2) and _slogans(text[-1] * 2)


_EXCLAIMED_MAX = 60  # (characters: a last cry is short; a passage of the body is longer)


def _exclaimed(last: str) -> bool:
    """A short last paragraph of exclamations only, 「众人拾柴火焰高！我们期待您的参与！」: in a speech
    to an audience it named, after its last part and a paragraph under it, the speaker's last cry to
    them (a body's paragraph states, with 「。」)."""
    return len(last) <= _EXCLAIMED_MAX and last[-1:] in "！!" and _FULL_STOPS.isdisjoint(last.replace("！", "")) \
        and "?" not in last and "；" not in last


def _appeal(c: str) -> bool:
    """A short paragraph that ends calling on the audience: 「……，让我们……努力奋斗！」 (an appeal opens no
    paragraph of the body; 「让我们」 inside it may, after the clauses that lead up to it)."""
    return len(c) <= _APPEAL_MAX and c[-1:] in "！!" and (_LET_US_RE.search(c) is not None or _final_appeal(c))


def _cut_off(last: str) -> bool:
    """The last paragraph stops in mid-sentence: the text is cut, and its closing is lost."""
    return len(last) > _SHORT_LAST and last[-1] not in _SENTENCE_END


def _lead_in(text: list[str], k: int) -> int:
    """The first paragraph of the closing whose last opener is paragraph ``k``.

    An opener that does not name the audience (「让我们……」「最后，……」) is the end of a
    peroration that does: the closing goes back to the paragraph that turned to the
    audience (「同志们，……」), over at most two short paragraphs between.
    """
    if not ADDRESS_OPENER_RE.match(text[k]):
        for back in range(k - 1, max(k - 1 - _PERORATION, -1), -1):
            if len(text[back]) > _LEAD_IN_MAX:
                break
            if ADDRESS_OPENER_RE.match(text[back]):
                k = back  # 「同志们，……」 (then 「我们要……」) then 「让我们……」
                break
    while k > 0 and _EXCLAIM_OPENER_RE.match(text[k]) and _EXCLAIM_OPENER_RE.match(text[k - 1]) \
            and len(text[k - 1]) <= _APPEAL_MAX:
        k -= 1
    while _EXCLAIM_OPENER_RE.match(text[k]) and not _BARE_ADDRESS_RE.match(text[k]):
        # 「同志们！……」 before 「同志们！……」, over at most two short paragraphs of appeal
        # between (「团结就是力量……」「青年强，则国家强……」): one peroration, opened by the first.
        # (A bare 「各位代表！」 opens a part of a report as often: 港澳台, then 外交, then the appeal.)
        earlier = next((j for j in range(k - 1, max(k - 1 - _PERORATION, -1), -1)
                        if _EXCLAIM_OPENER_RE.match(text[j]) or len(text[j]) > _APPEAL_MAX), None)
        if earlier is None or not _EXCLAIM_OPENER_RE.match(text[earlier]) or len(text[earlier]) > _APPEAL_MAX \
                or _BARE_ADDRESS_RE.match(text[earlier]):
            break
        k = earlier
    if k > 0 and _LAST_WORD_RE.match(text[k]) and len(text[k - 1]) <= _LEAD_IN_MAX and \
            "让我们" in text[k - 1] and not OPENER_RE.match(text[k - 1]):
        k -= 1  # an appeal 「……让我们……」, then 「最后，我提议……」: the peroration is both
    if k > 0 and _BARE_ADDRESS_RE.match(text[k - 1]):
        k -= 1  # 「同志们！」 on a line of its own, then 「让我们……」
    if k > 0 and _WRAP_UP_RE.match(text[k - 1]):
        k -= 1  # 「以上两点意见，请……再提三点要求：一要……」 then 「同志们，……」
    return k


_CLOSING_LOOK = 6  # text lines looked at after a cut notice for the closing shown under it


def closing_address_after(lines: list[Line], i: int) -> bool:
    """A closing address (「同志们，……！」) stands among the few text lines after line ``i``
    (under a notice that hides part of the text, 「此处隐藏5120个字。VIP会员可见」: the end is shown)."""
    seen = 0
    for ln in lines[i + 1:]:
        if ln.is_blank:
            continue
        seen += 1
        if seen > _CLOSING_LOOK:
            return False
        if OPENER_RE.match(ln.content) or THANKS_RE.match(ln.content):
            return True  # (or the speaker's last words, 「谢谢大家！」: what the notice hid was before them)
    return False
