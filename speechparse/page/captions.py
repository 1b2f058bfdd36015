"""Photo captions, credits and bylines: what a news post says of its pictures and who made them.

Split from :mod:`speechparse.page.noise` (which asks them line by line with the page's other
furniture) because they are one family with their own cues: a picture's caption 「图为……」 or its
pointer and credit 「（图片来源：……）」「某某 摄」, a reporter's byline 「本报记者 王某某」, a row of
credits 「文/某某　图/某某　编辑/某某」.
"""

from __future__ import annotations

from ..lazyre import lazy_compile

_MAX_NAMED_CREDIT = 24  # 「某某 摄」 alone on its line is short
_MAX_CREDIT_ROW = 160

_CAPTION_CUE_RE = lazy_compile(r"记者|摄影|图片|图|通讯员")
_MAX_CAPTION = 200
CAPTION_LAST = frozenset("摄图）)】 \u3000")
_NAMED_CREDIT_RE = lazy_compile(r"^[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2}\s{0,2}(?:摄影报道|摄)$")
_CREDITED_RE = lazy_compile(  # 「……。某县融媒体中心 供图」「……（政协办公室供图）」「会议现场，图片来自……」
    r"[ \u3000。（(][\u4e00-\u9fff]{2,16}\s?(?:供图|摄|资料图)$|[，,]\s?图片(?:来自|来源于?)[:：]?[^。！？]{2,20}$")


# 「图为9月3日，全县工作会议现场。」: what the picture above shows, one short sentence.
_PHOTO_LINE_RE = lazy_compile(  # (or the whole caption in brackets: 「（图为：座谈会现场）」)
    r"^(?:图为[:：]?[ \u3000]?[^。！？!?；;]{2,50}[。.]?(?:[（(][^（()）。]{1,20}[)）])?"
    r"|[（(]图为[:：]?[^（()）。！？]{2,50}[)）])$")
MAX_PHOTO_LINE = 76  # (with its credit: 「图为……会场。（新华社发）」)
_PICTURES_NOTE_RE = lazy_compile(
    r"^[（(][^（()）。！？，,]{0,20}(?:照片|图片|组图|视频)"
    r"[ \u3000]{0,2}(?:\d{1,3}[ \u3000]{0,2}(?:张|幅|段|组))?[)）]$")


# A reporter's byline: 「本报记者 王某某 张某」「本报记者　王某某　通讯员　李某」 (roles and names
# only, parted by spaces: no sentence, no 「：」, which a 「记者：……」 credit line has).
_BYLINE_RE = lazy_compile(
    r"^(?:(?:本报|本刊|本台|本网|新华社|央视)?(?:特约|实习|首席)?(?:记者|通讯员)(?:[ \u3000\xa0]{1,3}"
    r"[\u4e00-\u9fff·]{2,4}){1,4}[ \u3000\xa0]*)+$")
_MAX_BYLINE = 40


def is_caption(content: str) -> bool:
    """A photo caption or credit (「……记者 鞠鹏 摄」「（图片来源：……）」「图为会议现场。」), a byline 「记者 王某」."""
    if content.startswith(("图为", "（图为", "(图为")) and len(content) <= MAX_PHOTO_LINE \
            and _PHOTO_LINE_RE.match(content):
        return True
    if content[0] in "本新央特实首记通" and len(content) <= _MAX_BYLINE and _BYLINE_RE.match(content):
        return True
    if content[-1] in "摄道" and len(content) <= _MAX_NAMED_CREDIT and _NAMED_CREDIT_RE.match(content):
        return True  # 「某某 摄」「某某摄影报道」: who took the photos, alone on its line
    if len(content) <= _MAX_SCENE and content[-1] in "场影图片" and _SCENE_RE.match(content):
        return True  # 「会议现场」「图1　活动现场」「调研剪影」: a photo's caption alone on its line
    if len(content) <= _MAX_FIGURE and content[0] in "图新中本资" and _FIGURE_RE.match(content):
        return True  # 「图2：2024年经营目标完成情况」「新华社发」「资料图片」: a figure's caption, a photo's source
    if content[0] in "【[［（(在此" and len(content) <= _MAX_TAGGED and _TAGGED_PICTURE_RE.match(content):
        return True  # 「【图】委员们认真听取报告」「[图片: 会场全景]」: a picture tagged as one, and what it shows
    if content[-1] in "）)" and len(content) <= _MAX_TAGGED and _DETAIL_RE.search(content):
        return True  # 「［档案原件］会议讲话首页（局部）」「书法作品(局部)」: a picture's detail, as its caption says
    if content[:1] in _SOURCE_FIRST and len(content) <= _MAX_SOURCE and _SOURCE_CREDIT_RE.match(content):
        return True  # 「图片由某县发布提供」「（视频来源：某县融媒体中心）」: who gave the post its pictures
    if content[-1] not in CAPTION_LAST and "图片来" not in content:
        return False
    if content[0] in "（(" and len(content) <= MAX_PHOTO_LINE and _PICTURES_NOTE_RE.match(content):
        return True  # 「（会议现场照片 2 张）」: where the post's pictures stood
    text = content.rstrip("）)】 \u3000")
    return bool(text) and len(content) <= _MAX_CAPTION and (
        (text[-1] == "摄" and bool(_CAPTION_CUE_RE.search(text[-30:]))) or _CREDITED_RE.search(text) is not None)


# Who gave a post its pictures or videos, alone on a line: 「图片由某县发布提供」「（照片来源：某某）」 (a sentence
# about pictures, 「图片由各乡镇统一报送，……」, goes on past a comma).
_SOURCE_CREDIT_RE = lazy_compile(
    r"^[（(]?(?:图片|照片|配图|视频|素材)(?:由[^。！？!?，,；;]{2,20}?(?:提供|供图|拍摄|制作)"
    r"|(?:来源|来自)[:：]?[ \u3000]?[^。！？!?，,；;]{2,20})[)）]?$")
_SOURCE_FIRST = frozenset("（(图照配视素")
_MAX_SOURCE = 30
# A photo's caption that names only the scene: 「会议现场」「图1　活动现场」「座谈会现场图片」「调研剪影」.
# (whatever took place there, 「本期党课现场」「讲话现场」, and tagged as a picture: 「【图】……现场」)
_SCENE_RE = lazy_compile(
    r"^(?:图[ \u3000]?\d{1,2}[ \u3000：:]{0,2}|[【\[]图片?[】\]][ \u3000]?)?"
    r"(?:[\u4e00-\u9fff]{0,8}(?:会|会议|活动|仪式|典礼|调研|培训|演练|比赛|签约|开工|揭牌|颁奖|表彰|讲座|座谈|论坛"
    r"|党课|讲话|发言|授课|讲课|宣讲|观摩|考察|慰问|演出)现场|[\u4e00-\u9fff]{0,10}(?:剪影|掠影|合影))(?:图|图片|照片)?$")
_MAX_SCENE = 20
_FIGURE_RE = lazy_compile(  # (and where a stock photo came from: 「资料图片：图虫创意」)
    r"^(?:图[ \u3000]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \u3000]?[：:．.、][ \u3000]?[^。！？!?；;]{2,30}"
    r"|(?:新华社|中新社|本报)发"
    r"|资料图片?(?:[：:|｜][ \u3000]?[^。！？!?；;，,]{2,16})?)$")
_MAX_FIGURE = 36
# A picture's tag and what it shows, 「【图】……」「（图）……」, or the tag holding both, 「[图片: 会场全景]」 (a text
# never tags its own words as a picture).
_TAGGED_PICTURE_RE = lazy_compile(
    r"^(?:[【\[［（(]图片?[】\]］)）][ \u3000:：]{0,2}[^。！？!?]{2,40}[。.]?"
    r"|[【\[［]图片?[ \u3000]?[:：][ \u3000]?[^】\]］]{1,40}[】\]］]"
    r"|(?:在这里|此处)插入图片(?:描述)?)$")  # (a blog editor's placeholder where an image was not uploaded)
_MAX_TAGGED = 48
_DETAIL_RE = lazy_compile(r"^[^。！？!?；;，,]{2,40}[（(]局部[)）]$")


# A news post's row of credits: 「文/某某　图/某某　编辑/某某　审核/某某」 (two or more; 「文/某某」 alone
# may be an article's byline).
_CREDIT = ("(?:文|图|文字|图片|摄影|视频|编辑|责编|审核|审校|校对|记者|通讯员|"
           "一审|二审|三审|初审|复审|终审|排版|美编|设计)")
_CREDIT_ROW_RE = lazy_compile(  # (and the post's counter after them: 「……　浏览量：806」)
    rf"^(?:{_CREDIT}[ \u3000]{{0,2}}[/／|｜][ \u3000]{{0,2}}[^/／|｜\s]{{1,12}}"
    r"(?: [^/／|｜\s]{2,4}(?=[ \u3000\xa0]|$))?"  # (a value may name a group and its member: 「图/学生记者团 李一鸣」)
    r"[ \u3000\xa0]*){2,10}"
    r"(?:(?:浏览量|阅读量|点击量|浏览|阅读|点击)[:：][ \u3000]?\d{1,8})?$")


def is_credit_row(content: str) -> bool:
    return len(content) <= _MAX_CREDIT_ROW and _CREDIT_ROW_RE.match(content) is not None
