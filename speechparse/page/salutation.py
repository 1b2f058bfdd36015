"""The salutation (称谓): who the speech addresses, as speakers and editors write it.

    同志们：                                    on its own line (the standard form)
    同志们:   同志们，   同志们！   同志们        the same with a wrong mark, or none
    ## 各位劳动英雄，各位模范工作者！              on a Markdown heading line
    尊敬的各位领导、 / 各位来宾：                  spread over two lines
    各位参议员先生，各位同志：今天边区参议会开幕……   inline, opening the first paragraph
    ……新华社记者 黄敬文 摄尊敬的卢拉总统，各位同事：   glued to a caption or a name

An address list is split at 「、，,」 and every part must be an addressee:
an optional 「尊敬的/亲爱的」, an optional 「各位/全体」, a qualifier and an
address noun (代表, 来宾, 同志, 先生, an office …), or an audience word
(同志们, 女士们 …).  Without a colon the line must be unmistakable (a
「尊敬的/各位」 part, an audience word, or several parts), so that a title or
a byline is never taken for a salutation.

Inline: a first paragraph that opens with an address followed by 「：」, or by
「，」「！」 and a spoken opening (今天, 现在, 我 …), opens with its
salutation: 「同志们，今天我想讲的……」.  An address followed by anything else
(「同志们，北京共产主义组织仅仅是……」 opening a written report) is part of the
text: it is how the writer turns to readers, not a salutation, and reading it
as one would make every such report a speech.
"""

from __future__ import annotations

from typing import NamedTuple

from ..hant import key
from ..lazyre import lazy_compile
from .vocab import ADDRESS_NOUNS, AUDIENCE, COMPOUND_SURNAMES, GREETING, MASKS, NAME_RE, POSITION, SURNAMES

_PRE = "尊敬的|亲爱的|敬爱的"
_ALL = "各位|全体|在座的|在座|诸位|广大"
# The meeting an address names before 「各位」: 「中国共产党全国代表会议各位代表同志们」.
_MEETING = r"[\u4e00-\u9fff]{2,14}?(?:会议|大会)"
_ADDRESSEE_RE = lazy_compile(  # (a clause that opens on a preposition, 「作为县农业局局长，我……」, names no one
    # addressed; nor a text's kind, 「……讲话发言材料同志们:」 glued: the title's end)
    rf"^(?!作为|身为|对于|关于|为了)(?!.*(?:材料|讲话|讲稿))(?:{_PRE})?(?:(?:(?:{_MEETING})?(?:{_ALL}))?[\u4e00-\u9fff·{MASKS}]{{0,12}}?(?:{ADDRESS_NOUNS})们?"
    rf"(?:[和及]夫人|夫妇)?|(?:{AUDIENCE})"  # (「尊敬的王主席和夫人」: a guest and the guest's spouse)
    rf"|(?:{_PRE})(?:党组织|党支部|党总支|党委|团组织|团支部|组织))$"  # (a 思想汇报's, an application's)
)
# The last character of every addressee (a cheap test before the pattern).
_ADDRESS_LAST = frozenset(w[-1] for w in f"{ADDRESS_NOUNS}|{AUDIENCE}".split("|")) | {
    "们", "人", "妇", "织", "部", "支", "委"}
# A part that can only be an address, even without a colon after it.
_STRONG_START_RE = lazy_compile(rf"^(?:{_PRE}|{_ALL}|{AUDIENCE})")
# What a salutation glued to a speaker's name starts with.
_GLUED_START_RE = lazy_compile(rf"^(?:{_PRE}|{_ALL}|{AUDIENCE}|{POSITION})")
# The first characters of those words (_STRONG_START_RE's are among them): where to try them.
_GLUED_FIRST = frozenset(w[0] for w in f"{_PRE}|{_ALL}|{AUDIENCE}|{POSITION}".split("|"))
_SEPARATORS = lazy_compile(r"[、，,]")
_MARKS = "：:，,！!；;"  # (a semicolon typed for the colon: 「同志们；」, S102 says so)
_ADDRESS_END_RE = lazy_compile(f"[{_MARKS}]")  # where an inline address may end
COLONS = ("：", ":")
_MAX_PART = 24
_MAX_LIST = 64
# What a speaker says right after turning to the audience.
_SPOKEN_OPENER_RE = lazy_compile(
    r"^(?:今天|今晚|今日|现在|下面|首先|刚才|这次|此次|这一次|本次|今年|值此|欢迎|很高兴|非常高兴|十分高兴|"
    r"我|大家|在|受|谨|金秋|新春|岁末|年终|欢聚"
    rf"|{GREETING}[！!，,。])"  # (「各位同志，下午好！……」)
)


class Salutation(NamedTuple):
    """A salutation found in a line's content; offsets are within the content."""

    text: str  # the address, without the final mark
    end: int  # after the final mark
    mark: str  # the final mark as written (「：」, 「:」, 「，」, 「！」) or ""
    inline: bool  # the first paragraph goes on after it


def address_parts(text: str) -> list[str] | None:
    """The addressees of an address list, or None if any part is not one."""
    if not text or len(text) > _MAX_LIST:
        return None
    parts = _SEPARATORS.split(text)
    named = 0  # parts that name an addressee by its word; the others only by 「尊敬的各位」
    shared = _sharing(text, parts)
    for k, part in enumerate(parts):
        if k in shared:
            continue  # (「尊敬的全国各高校、科研院所、企业界同仁」: groups of the last part's 同仁)
        part = part.strip(" \u3000")
        if " " in part:  # (a PDF copy's spaces inside a word: 「各位 同志」「xx 书记」)
            part = part.replace(" ", "")
        if ("(" in part or "（" in part) and _STRONG_START_RE.match(part):  # (a word a template put in
            part = _BRACKETS_RE.sub(r"\1", part)  # brackets: 「各位(领导)」)
        if _QUOTED_GROUP_RE.match(part) or (part[-1:] in MASKS and _MASKED_NAME_RE.match(part)):
            named += 1
            continue  # 「尊敬的各位“五老”」: a group the address names in quotes, whatever its word; 「尊敬的**」
            # 「尊敬的XXX」: a template's guest, the name (and title) left to fill in
        if not part or len(part) > _MAX_PART or part[-1] not in _ADDRESS_LAST or \
                not (_ADDRESSEE_RE.match(part) or _joined_groups(part)) or (
                part.endswith(_STAFF) and not _STRONG_START_RE.match(part)):
            # (「编制人员：」「联系人员：」: a form's label; 「全体人员」「各位工作人员」 are addressed)
            if len(parts) >= 2 and _HONOURED_RE.match(part):
                continue  # 「尊敬的各位五一劳动模范、亲爱的同志们」: a group the word list lacks, honoured as one
            return None
        named += 1
    return parts if named else None


# A part of an address list that names its group by the address's opening only: 「尊敬的各位……」
# (beside a part the word list knows, a list of them is an address, whatever the group's word).
_HONOURED_RE = lazy_compile(rf"^(?:{_PRE})(?:{_ALL})[\u4e00-\u9fff]{{2,10}}$")


_QUOTED_GROUP_RE = lazy_compile(rf"^(?:{_PRE})?(?:{_ALL})[“\"「『][^”\"」』，,。]{{1,10}}[”\"」』]们?$")
_MASKED_NAME_RE = lazy_compile(rf"^(?:{_PRE})[{MASKS}]{{2,4}}$")
_BRACKETS_RE = lazy_compile(r"[（(]([^（()）]{1,4})[)）]")
_PRE_RE = lazy_compile(rf"^(?:{_PRE})")
_GROUP_RE = lazy_compile(rf"^[\u4e00-\u9fff{MASKS}]{{2,12}}$")
_JOINS = lazy_compile(r"[及和与]")


def _sharing(text: str, parts: list[str]) -> set[int]:
    """The parts of a 「、」 list opened by 尊敬的/亲爱的 that share the noun of the addressee closing it
    (「尊敬的全国各高校、科研院所、企业界同仁」: the universities' and institutes' 同仁), by index."""
    opened = _PRE_RE.match(parts[0]) if "、" in text and len(parts) >= 2 else None
    if opened is None:
        return set()
    seps = [m.group() for m in _SEPARATORS.finditer(text)]
    last = parts[-1].strip(" \u3000")
    if any(sep != "、" for sep in seps) or not _ADDRESSEE_RE.match(last):
        return set()
    first = parts[0][opened.end():]
    groups = [first, *(p.strip(" \u3000") for p in parts[1:-1])]
    return set(range(len(parts) - 1)) if all(_GROUP_RE.match(g) for g in groups) else set()


def _joined_groups(part: str) -> bool:
    """「亲爱的全院干部职工及病友」: after 亲爱的/尊敬的, groups joined by 及/和, each ending as an
    addressee's word does (a group the word list lacks, 「病友」, still ends in 友)."""
    m = _PRE_RE.match(part)
    if m is None:
        return False
    groups = _JOINS.split(part[m.end():])
    return len(groups) >= 2 and all(_GROUP_RE.match(g) and g[-1] in _ADDRESS_LAST for g in groups)


def _unmistakable(parts: list[str]) -> bool:
    return len(parts) >= 2 or bool(_STRONG_START_RE.match(parts[0].strip(" \u3000")))


def addressed_line(content: str) -> bool:
    """The line opens on an address that can only be one and its colon, a sentence after it on the line:
    「同志们：现在开会。」 (not a role's label, 「主持人：现在开会。」)."""
    sal = inline_salutation(content)
    parts = address_parts(sal.text) if sal is not None and sal.mark in COLONS else None
    return parts is not None and _unmistakable(parts)


# An office alone, and what qualifies it: 「值班组长」「安全组长」「县长」 (not a holder's surname: 「王组长」).
_ROLE_RE = lazy_compile(rf"^(?P<q>[\u4e00-\u9fff]{{0,4}}?)(?:{POSITION})$")


def role_label(text: str) -> bool:
    """The address is one office with no one named, no 各位 or 尊敬的: a plan's role over its duties
    (「值班组长：」 over 「……制定本预案。」) as often as someone spoken to; only a speaker's first words
    under it make it a salutation."""
    m = _ROLE_RE.match(key(text))
    if m is None:
        return False
    q = m.group("q")
    return not (len(q) == 1 and q in SURNAMES) and q[:2] not in _COMPOUNDS and not _ALL_RE.match(q)


_COMPOUNDS = frozenset(COMPOUND_SURNAMES.split("|"))
_ALL_RE = lazy_compile(rf"^(?:{_PRE}|{_ALL})")


def spoken_after(content: str) -> bool:
    """``content`` opens as a speaker does after turning to the audience (see above)."""
    return _SPOKEN_OPENER_RE.match(key(content)) is not None


def salutation_line(content: str) -> Salutation | None:
    """The whole line is a salutation: an address list and a final mark, or none."""
    if len(content) > _MAX_LIST + 2:
        return None
    mark = content[-1:] if content[-1:] and content[-1:] in _MARKS else ""
    text = content[:len(content) - len(mark)].rstrip(" \u3000")
    if (greeting := _GREETED_RE.search(text)) is not None:
        text = text[:greeting.start()]  # 「尊敬的各位老师，大家好：」: the address, then the greeting
    parts = address_parts(text)
    if parts is None:
        return None
    if mark not in COLONS and not _unmistakable(parts) and _HEARERS_END_RE.search(parts[-1]) is None:
        return None  # (alone on its line, 「团员青年同志们，」 ends on whom a speaker turns to: an address)
    return Salutation(text, len(content), mark, False)


_STAFF = ("人员", "成员")
_GREETED_RE = lazy_compile(rf"(?<=[^，,])[，,][ \u3000]?{GREETING}$")
_HEARERS_END_RE = lazy_compile(r"(?:同志|朋友|同学|战友|乡亲|伙伴|同仁|同事)们$")


def inline_salutation(content: str, spoken: bool = False, quoted: bool = False) -> Salutation | None:
    """An address that opens the first paragraph: 「同志们，今天我想讲的……」.

    After a comma the paragraph must go on as a speaker does (see above), unless the text is
    ``spoken``: its head names it a speech (「……上的讲话」), and then any clause may follow an
    address that can only be one (「同志们，上级安委会近日……」).  ``quoted``: a news report's quote of the
    speech after its speaker's name as a label (「张三：尊敬的李四市长，各位来宾，大家下午好。」)."""
    if quoted and (label := quoted_speaker(content)):
        sal = inline_salutation(content[label:], spoken)
        return sal._replace(end=sal.end + label) if sal is not None else None
    best: Salutation | None = None
    for m in _ADDRESS_END_RE.finditer(content, 0, _MAX_LIST + 1):
        text = content[:m.start()]
        parts = address_parts(text)
        if parts is None:
            if m.group() in COLONS or best is not None:
                break
            continue
        rest = content[m.end():].lstrip(" \u3000")
        if not rest:
            return None  # the whole line: see salutation_line
        if m.group() in COLONS or _SPOKEN_OPENER_RE.match(rest) or (spoken and _unmistakable(parts)):
            best = Salutation(text, m.end(), m.group(), True)
            if m.group() in COLONS:
                break
    return best


_ALL_END_RE = lazy_compile(rf"(?:{_ALL})$")
_SPEAKER_LABEL_RE = lazy_compile(r"^[\u4e00-\u9fff·]{2,4}[：:][ \u3000]?(?=尊敬的|各位|亲爱的|敬爱的)")


def quoted_speaker(content: str) -> int:
    """Where a speaker's name as a label ends before the address it quotes (0: none; 「各位领导：」 is an address
    itself, no one's name)."""
    label = _SPEAKER_LABEL_RE.match(content)
    name = content[:label.end()].rstrip(" \u3000：:") if label is not None else ""
    if label is None or NAME_RE.fullmatch(name) is None or address_parts(name) is not None:
        return 0  # (a transcript's 「主持人：各位网友，……」 is a role's turn, no quote of a speech)
    return label.end()
# The last characters of a line a salutation's second line may complete (see two_line_salutation).
OPEN_ENDS = frozenset("、，,的") | frozenset(w[-1] for w in _ALL.split("|"))


def two_line_salutation(first: str, second: str) -> bool:
    """「尊敬的各位领导、」 then 「各位来宾：」: one salutation over two lines.

    Or one addressee cut in two by a wrap: 「尊敬的老师们、亲爱的」 then 「同学们：」.
    Or the colon left out at the end (「各位领导，」 then 「同志们」): the writer's slip, in
    the place the colon belongs, and the two lines still one salutation.
    """
    if second[-1:] not in COLONS:
        return first[-1:] in ("、", "，", ",") and address_parts(first[:-1]) is not None \
            and address_parts(second) is not None
    if first[-1:] == "的" or _ALL_END_RE.search(first):
        # (the first line opens as an address does: not 「今天是我们最亲爱的」; 「各位领导、各位」
        # then 「同志：」: a wrap after 「各位」)
        return len(first) + len(second) <= _MAX_LIST + 1 and _STRONG_START_RE.match(first) is not None \
            and salutation_line(first + second) is not None
    if first[-1:] not in ("、", "，", ","):
        return False
    return address_parts(first[:-1]) is not None and address_parts(second[:-1]) is not None


def glued_salutation_start(segment: str) -> int:
    """Where a salutation glued to what precedes it starts in ``segment`` (0: none).

    「……新华社记者 黄敬文 摄尊敬的卢拉总统，各位同事：」 → after 「摄」;
    「习近平行政长官贺一诚先生，……先生们：」 → after the name 「习近平」;
    「——……会议上国务院总理　李强各位代表：」 → after the byline.
    """
    if segment[-1:] not in COLONS or len(segment) > 240:
        return 0
    k = max(segment.rfind(mark, 0, len(segment) - 1) for mark in ("摄", "。", "！", "!"))
    if k != -1:  # a caption or a sentence before it
        rest = segment[k + 1:].lstrip(" \u3000\xa0")
        return len(segment) - len(rest) if salutation_line(rest) is not None else 0
    if _STRONG_START_RE.match(segment):
        return 0  # the whole line is the salutation as written
    whole = salutation_line(segment) is not None
    for k in range(max(2, len(segment) - _MAX_LIST - 1), len(segment) - 1):
        if segment[k] not in _GLUED_FIRST:
            continue  # no address or office starts here (most places)
        rest = segment[k:]
        strong = _STRONG_START_RE.match(rest)
        if not (strong or _GLUED_START_RE.match(rest)) or salutation_line(rest) is None:
            continue
        after_name = _NAME_END_RE.search(segment, 0, k) is not None
        if segment[k - 1] == "的" or _CLAUSE_MARKS_RE.search(segment, 0, k) is not None:
            return 0  # prose before it (「老师们，首先请允许我介绍出席会议的各位领导：」): one sentence
        if after_name or (strong and not whole):
            return k
    return 0


_CLAUSE_MARKS_RE = lazy_compile(r"[，,；;]")
_NAME_END_RE = lazy_compile(rf"(?:^|[ \u3000\xa0\u4e00-\u9fff])(?:{COMPOUND_SURNAMES}|[{SURNAMES}])"
                          r"[\u4e00-\u9fff]{1,2}$")
