"""What a site says to its visitor, not the text's words: its blurb, notes, disclaimers, calls.

A document site greets the visitor and offers the text (「欢迎来到某某范文网！」
「……小编为大家整理的《……》」), notes how to view it, disclaims it (「如有侵权请联系删除」
「下载前请仔细阅读文档内容」); a post calls on its reader to like and share; a footer
gives the licence number and the counters.  Each is page noise (:func:`.noise.is_noise`
asks these tests); the blurb may also name the text it offers (:func:`blurb_title`).
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..markers import match_heading

# A document site's words to its visitor, not the document's: 「欢迎来到某某范文网!」,
# 「……小编为你整理了多篇相关的《……》，希望对你有所帮助」.  (Searched only in a line
# that has 「小编」 or opens with 「欢迎」: a speech's own 「欢迎来到……」 does not end in 网.)
_BLURB_RE = lazy_compile(
    r"^(?:您好[,，!！]?[ \u3000]{0,2})?欢迎(?:来到|访问|光临)[^。，,！!]{1,24}"
    r"(?:网|网站|站|文库|文档|平台|社区)[!！。.]?"
    r"(?:[ \u3000\xa0]{0,4}今天是[:：]?[ \u3000\xa0]{0,2}\d{4}年\d{1,2}月\d{1,2}日"  # (and today's date)
    r"[ \u3000\xa0]{0,2}(?:星期|周)[一二三四五六日天])?$"
    r"|小编[^。！？]{0,30}(?:整理|编辑|收集|搜集|精心|特意|为你|为您|为大家|推荐|分享)"
)
# What the blurb says it offers: 「……小编为大家整理的《2023年镇政府工作报告》，供大家参考」 names the text.
_BLURB_TITLE_RE = lazy_compile(
    r"小编[^。！？]{0,12}?整理[了的][^。！？《]{0,6}?《?(?P<t>[^。！？，,《》()（）【】\[\]]{4,60})")
# Or its lead-in note on where the text came from: 「导语:……工作打算一文来源于网友上传,不代表本站观点」.
_SOURCED_TITLE_RE = lazy_compile(
    r"^(?:导语|摘要|简介|前言)?[:：]?[ \u3000]{0,2}《?(?P<t>[^。！？，,:：《》()（）【】\[\]]{4,60}?)》?"
    r"一文(?:来源|来自|由|系|为)")
# Or a document viewer's note on who shared it: 「《园林局长述职报告》由会员上传分享,免费在线阅读……」.
_UPLOADED_TITLE_RE = lazy_compile(
    r"^《(?P<t>[^。！？，,:：《》()（）【】\[\]]{4,60})》[ \u3000]{0,2}(?:由|为)[\u4e00-\u9fff]{0,4}上传")


def blurb_title(content: str) -> str | None:
    """The text a site's blurb says it offers (see above), or None (the blurb names none)."""
    m = _BLURB_TITLE_RE.search(content) if "小编" in content else None
    if m is None and "一文" in content:
        m = _SOURCED_TITLE_RE.match(content)
    if m is None and "上传" in content:
        m = _UPLOADED_TITLE_RE.match(content)
    return m.group("t").strip() if m else None


def is_blurb(content: str) -> bool:
    """A site's greeting or its editor's offer (see above)."""
    return _BLURB_RE.search(content) is not None


# A site's note to its visitor: 「建议使用1920×1080分辨率浏览本站」「本站所有内容……」.
_SITE_NOTE_RE = lazy_compile(r"(?:浏览|访问|使用)本(?:站|网)|分辨率|^本(?:站|网)(?:所有|部分|内容|文章|声明)")
# A site's or an account's disclaimer and its reader's end of the page: 「本文档由用户上传……如有侵权请联系删除。」
# 「（图片来源于网络，侵删）」「全文阅读已结束，如需下载请点击」 (words no speech says of itself).
# (a reprint ban: 「未经正式授权严禁转载本文，侵权必究。」「未经许可，不得转载」; it closes a post, see page.tail)
REPRINT_BAN = (r"未经[^。！？]{0,8}(?:授权|许可|同意)[^。！？]{0,6}(?:严禁|禁止|不得|谢绝)[^。！？]{0,4}"
               r"(?:转载|复制|使用)")
_DISCLAIMER_RE = lazy_compile(
    r"如有侵权|侵删|联系删除|版权归原作者|转载请注明(?:出处|来源)|仅代表作者(?:本人)?观点|仅提供信息存储|"
    rf"{REPRINT_BAN}|^侵权必究[。！!]?$|"
    r"阅读已结束|未加载完|退出阅读模式|"
    # (a meeting's note on its papers: 「本材料仅供会议使用　会后请交回」)
    r"^[^。！？]{0,12}仅供会议(?:使用|参阅|讨论)[^。！？]{0,12}$|会后(?:请)?(?:交回|收回)[。！]?$|"
    # (who uploaded it, a handle and a day between: 「本文档由 用户5fd2… 于 2024-06-28 上传」)
    r"由[ \u3000]?(?:用户|会员|网友)[ \u3000]?(?:[!-~…]{1,24}[ \u3000]{1,2})?"
    r"(?:于[ \u3000]?[\d\-/: ]{6,20}[ \u3000]?)?(?:提供并)?(?:上传|分享)|"
    r"更多相关[^。！？]{0,60}请在[^。！？]{1,20}上搜索|[若如](?:内容)?存在侵权|图片来源于网络|"
    # (a post's note that it was edited, a reader app's note that it converted the page)
    r"^(?:文章|本文)已于[^。！？]{4,24}(?:修改|更新|编辑)$|本文由[^。！？]{0,60}转码|"
    # (a document site's notes on the document: its pages, its source, its price, its download)
    r"本文档共\d{1,4}页|(?:剩余|还剩)[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}页|"
    r"从网络收集整理|[Ww]ord版本?可编辑|欢迎下载支持|"
    # (a site's credit, a sentence of its own: 「某某素材库编辑整理汇总。」; not a heading 「三、意见收集整理」)
    r"^[^。，,！？!?、.．]{2,24}(?:编辑|收集|搜集)整理(?:汇总|而成)?。$|"
    r"^本(?:站|网)(?:资源|文档|资料)[^。！？!?]{2,60}[。！!]?$|"  # (「本站资源下载后的文档……，下载后原文更清晰。」)
    # (a site's note that a post is old: 「这是一个创建于……的文章，其中的信息可能已经有所发展或是发生改变。」)
    r"(?:信息|内容)可能已(?:经)?(?:有所发展|过时|失效|发生(?:了)?(?:改变|变化))|"
    # (a site chatting to its visitor, its sentence ending in a tilde: 「……不能自主发稿哦~」; no text's way)
    r"^.{2,80}?[^\d\s~～][~～]{1,3}$|"
    # (a site's copyright, a converter's trial mark, a document site's note on its scan; a column's label
    # with its English: 「相关深度报告REPORTS」)
    r"(?i:copyright\b.{0,80}all rights reserved|evaluation (?:warning|copy|version)\b)|"
    r"^[（(]本文档由[^（()）]{2,40}[)）]$|^[\u4e00-\u9fff]{2,10}(?:[ \u3000][A-Z]{4,20}|[A-Z]{6,20})$|"
    r"一经付费|购买了该文档的版权|下载(?:本?文档|本文|全文|文件)?到(?:电脑|手机|本地)|"
    # (a document's note on its own use: 「本文档仅供学习交流使用，请勿用于商业用途」「本文仅供参考」「以上内容仅供
    # 内部学习使用，请勿外传」; a notice's
    # 「本次培训资料仅供内部使用」 names its matter, not itself)
    r"^(?:本文档|本文|本资料|本站资料|本站内容|以上内容|以上材料)仅供[^。！？]{1,12}"
    r"(?:[，,][^。！？]{0,6}(?:(?:请勿|不得|禁止)用于商业[^。！？]{0,4}|(?:请勿|不得|严禁)(?:外传|外泄|转发|扩散)))?[。！]?$|"
    # (a site's copyright line, its name first: 「某某网版权所有，未经书面授权禁止使用」)
    r"^[^。，,！？]{0,16}版权所有(?:[，,。 \u3000][^。！？]{0,30})?。?$|"
    # (a document site's notes on its preview and its download: 「预览时可能显示异常，下载后无此问题」
    # 「下载前请仔细阅读文档内容」「可能由于网络波动等原因无法下载或下载错误」)
    r"(?:预览|下载)[时前后][^。！？]{0,16}(?:显示异常|无此问题|仔细阅读|确认文档)|无法下载或下载错误|"
    # (a reader app's banner 「已为您打开“讲话全文.pdf”，上次阅读到第1页」「文档由扫描件生成，文字可能存在识别错误」; a
    # mail's notice 「此邮件及其附件含有保密信息，……」)
    r"上次阅读到第\d{1,4}页|由扫描件(?:生成|识别)|可能存在识别错误|^此(?:邮件|电子邮件)(?:及其附件)?(?:含有|包含)|"
    # (a note app's export note: 「本文档由语雀导出，最后更新于 2025-02-21 09:12」)
    r"^(?:本文档|本文|本页|此文档)由[^。！？，,]{1,12}导出|"
    # (an OCR tool's and a reader app's notes on the copy: 「以下内容由AI识别，请核对」「识别结果仅供参考，请以
    # 原件为准」「— 来自微信读书」「2024/05/22 发表想法」「划线 12　想法 3」)
    r"由AI(?:识别|生成)|识别结果仅供参考|请以原件为准|以正式(?:出版物|文本)为准|^[-—–\s]{0,4}来自微信读书$"
    r"|^\d{4}/\d{1,2}/\d{1,2}[ \u3000]{0,2}发表想法$|^\d{1,4}[ \u3000]?(?:个笔记|条笔记|条想法)$"
    r"|^划线[ \u3000]?\d{1,4}[ \u3000·]{1,3}想法[ \u3000]?\d{1,4}"
    # (a platform's notes under a post: 「著作权归作者所有，转载请联系作者获得授权。」「本文首发于……专栏」「文章知识点
    # 与官方知识档案匹配……」; an office system's: 「此文档已设置水印，仅限内部传阅」「阅读人：……（共28人）」)
    r"|著作权归[^。！？，,]{1,8}所有|转载请联系(?:作者|本站|小编|我们|原作者)|^\*?本文(?:首发|发表|发布)于[^。！？*]{2,30}\*?$"
    r"|知识点与官方知识档案"
    r"|已设置水印|仅限内部(?:传阅|使用|阅读)[。！]?$|^(?:阅读人|已读|未读)[:：][^。！？]{1,60}[（(]共\d{1,5}人[)）]$")
# (one word each of the notes above must hold, if any does: a search for these few words skips most
# lines at C speed, where the alternation above tries each of its branches at every character)
_DISCLAIMER_WORDS_RE = lazy_compile(
    "侵权|侵删|删除|版权|转载|仅代表|存储|未经|阅读已结束|加载|阅读模式|用户|会员|网友|更多相关|于网络|已于|转码|文档|剩|"
    "可编辑|下载|付费|预览|整理|本站|本网|可能已|~|～|"
    "阅读到|扫描件|识别错误|邮件|AI|原件|微信读书|发表想法|划线|以正式|笔记|条想法|"
    "仅供|著作权|转载|首发|发表于|发布于|知识点|水印|仅限|阅读人|已读|未读|"
    "Copyright|copyright|COPYRIGHT|Evaluation|evaluation|EVALUATION|本文档由")  # (literals only: a class would
# cost the search its skip through the line; a column's label with its English is asked by its last letter)
MAX_DISCLAIMER = 120


def is_site_note(content: str) -> bool:
    """A site's note on itself: 「建议使用……分辨率浏览本站」「本站所有内容……」."""
    return _SITE_NOTE_RE.search(content) is not None


def is_disclaimer(content: str) -> bool:
    """A site's or an account's disclaimer, or its notes on preview and download (see above)."""
    return ((_DISCLAIMER_WORDS_RE.search(content) is not None or "A" <= content[-1:] <= "Z")
            and _DISCLAIMER_RE.search(content) is not None)


# A post's call to its reader: 「点亮“在看”，我们一起加油！」「扫码下载某某新闻客户端」「“分享”“点赞”“在看”三连」.
# Two of a platform's action words, one of them its own, or three of them (a speech says 「关注民生，
# 分享成果」 too, and 「……关注这个人在看什么」: the button is 「“在看”」 in quotes, or in a row of three).
_PROMPT_RE = lazy_compile(
    r"[“\"「]在看[”\"」]|在看|点亮|扫码|长按|二维码|客户端|星标|置顶|三连|APP|App|阅读体验|"
    r"点赞|转发|分享|关注|收藏|留言|订阅|下载|推送|打开|更多资讯|更多精彩")
_PROMPT_OWN = frozenset("“在看” \"在看\" 「在看」 点亮 扫码 长按 二维码 客户端 星标 置顶 三连 APP App 阅读体验 "
                        "更多资讯 更多精彩".split())
_MAX_PROMPT = 40
# (a character of each word)
PROMPT_CUES = frozenset("看亮扫按码端标顶连A验赞转享注藏留订载送打多录评沙浸败刷听播号击合全原篇↓⬇👇VvP员索符制输")
FOOTER_CUES = frozenset(":：I安国C邮有")  # (「已有……人学习」: a reader count)
# A site's footer: a licence number anywhere (「某ICP备05001234号　某公网安备……号」), a reader
# counter (「浏览次数：2,106」「点击：[386]」) after other fields, an address with its phone or mail.
_FOOTER_RE = lazy_compile(
    r"ICP备|ICP证|公网安备|"
    r"国内统一连续出版物号|邮发代号|ISSN[ \u3000]?\d{4}-\d{3}[\dXx]|CN[ \u3000]?\d{2}-\d{4}|"  # (a journal's numbers)
    r"^(?:Tel|TEL|Fax|FAX|E-?mail|EMAIL|Add|ADD|Zip|ZIP)\s{0,2}[:：]"
    r"|(?:浏览|点击|阅读|访问)(?:次数|量|数)?[:：][ \u3000\xa0]{0,2}[\[【(（]?[\d,，]+"
    # (a reader app's count of its readers alone on its line: 「⭐ 已有 326 人划线」「已有1.2万人学习」)
    r"|^\W{0,2}[ \u3000]?已有[ \u3000]?[\d.,]{1,7}[万wW]?[ \u3000]?人"
    r"(?:阅读|浏览|划线|收藏|学习|参与|点赞|下载|评价|观看|听过|收听|在读|读过)$"
    r"|^[^，,]{0,20}地址[:：][^，,]{2,40}(?:电话|邮箱|邮编|传真|E-?mail)[:：]"
    # (a site's line for reporting illegal content: 「……违法和不良信息举报电话：……　举报邮箱：……」)
    r"|(?:违法|不良)信息举报(?:电话|邮箱|中心|专区)?[:：]?|^举报(?:电话|邮箱)[:：][ \u3000]?[\d-]{7,}"
    r"|(?:信息服务|业务经营|节目)许可证(?:编?号)?[:：]", re.IGNORECASE)  # (a news site's licences)


# A post's one call, alone: 「觉得不错，请点个在看」「喜欢就点个赞吧」「一键三连」.
_SOLO_PROMPT_RE = lazy_compile(
    r"点个?[“\"「]?在看[”\"」]?|点个赞|一键三连|收录于(?:合集|话题)"
    r"|^合集[ \u3000]{0,2}#[^#\s]{1,20}[ \u3000]{0,2}\d{1,4}个$"  # (a collection's tag: 「合集 #领导讲话 23个」)
    r"|^分享(?:给|让)(?:更多|身边)?的?(?:人|朋友|好友)"  # 「分享让更多人看到」
    r"|(?:点击|点|戳|轻触)(?:上方|下方|上面)?的?蓝字"  # (「戳蓝字“某某人民医院”关注我们」: the account's link)
    r"|^(?:点击|点|戳|轻触)(?:上方|下方|上面|下面)的?(?:视频|图片|音频|链接|卡片|小程序)"  # (「点击上方视频，回顾……」)
    r"|暂无评论|抢沙发|^(?:发表|写|我要)评论$"  # (a post's empty comment box: 「暂无评论，快来抢沙发吧」)
    # (a page's comment or login form: 「验证码：」「请输入验证码」「看不清？换一张」「用户名：」)
    r"|^(?:请输入)?(?:验证码|校验码)[:：]?$|^看不清[？?，,]?换一张|^(?:用户名|密码|昵称|匿名发表)[:：]$"
    # (a post's call for a tip: 「如果喜欢本篇内容，请赞赏鼓励哦！」「打赏一下吧」; not 「对此表示赞赏」, and the
    # widget's own word, 「打赏作者」, only as the foot reads it, among the page's other widgets)
    r"|(?:赞赏|打赏)(?:一下|鼓励)|^(?:如果|若|觉得)[^。！？!?]{0,12}(?:请|就|欢迎)(?:赞赏|打赏)"
    r"|^(?:设为|加)?星标(?:[★☆⭐，,！!]|$)|沉浸阅读"  # (「星标★某县组工，精彩不错过」; not 「星标准化……」)
    r"|^(?:视频|图片|音频)?(?:加载失败|加载中|正在加载)|请刷新页面(?:再试|重试)?"  # (where a post's video loads)
    # (an account's number on a platform: 「小红书号：95123456789」「微信号：mxfb_2024」; not a bank's 「账号：」)
    r"|^(?:微信|公众|小红书|抖音|快手|视频|头条|百家|微博|B站)(?:号|ID|id)[:：][ \u3000]{0,2}[A-Za-z0-9_.\-]{4,30}$"
    # (a page's audio player: 「收听本文　00:00 / 05:32」「播报文章」)
    r"|^(?:收听本文|播报文章|文章播报|听全文|语音播报)[ \u3000]{0,2}"
    r"(?:\d{1,2}:\d{2}[ \u3000]{0,2}/[ \u3000]{0,2}\d{1,2}:\d{2})?$"
    # 「关注某省政府，权威发布省政府重要信息」: an account's call to follow it, and what it offers
    r"|^关注[^，,。！？!?]{2,12}[，,][^。！？!?]{0,20}(?:发布|资讯|信息|动态|推送|第一时间)[^。！？!?]{0,10}$"
    # (a post's lead-in to the text under it: 「讲话全文如下↓」「学习时刻 | 讲话全文来了」「一起来看↓」; its call
    # to like it: 「觉得不错，请点赞↓↓↓」)
    r"|^(?![现特]?将)[^。！？!?，,]{0,16}(?:全文|原文|全篇|实录)[^。！？!?，,]{0,4}(?:如下|来了|来啦|速览)"
    r"[:：!！]?[ \u3000]{0,2}[↓⬇👇]{0,4}$"
    r"|^[^。！？!?]{1,12}[↓⬇👇]{1,4}$|(?:请|就|记得)点个?赞"
    # (an account's mark on its own post: 「本文由某市融媒原创，欢迎关注……」; a document site's 「VIP专享文档」)
    r"|^本文(?:由|系|为)[^。！？!?，,]{1,20}(?:原创|首发|独家|出品)|(?:VIP|vip|会员)(?:专享|专属|免费)|开通(?:VIP|vip|会员)"
    # (a site's search box and its buttons: 「请输入搜索」「选择搜索类型」「选择特殊符号」; a copy button 「正文复制」)
    r"|^(?:请)?输入(?:搜索|关键[词字]|检索)(?:内容|词)?[.…]{0,3}$|^选择(?:搜索|检索)(?:类型|范围)$|^选择特殊符号$"
    r"|^(?:正文|全文|一键)复制$"
    # (a post's empty comment box and its call for a tip: 「还没有评论，发表第一个评论吧」「「真诚赞赏，手留余香」」)
    r"|^还没有评论|发表第一(?:个|条)评论|^[「“\"]?真诚赞赏[，,]手留余香[」”\"]?$"
    r"|^[\u4e00-\u9fff]{2,4}[ \u3000]?分享了[「“《]")  # (a document app's share notice: 「张三 分享了「……」」)


def is_prompt(content: str) -> bool:
    """A post's call to share, like, follow or download (see above)."""
    if len(content) > _MAX_PROMPT:
        return False
    if _SOLO_PROMPT_RE.search(content) is not None:
        return True
    words = {m.group() for m in _PROMPT_RE.finditer(content)}
    return len(words) >= 3 or (len(words) >= 2 and not words.isdisjoint(_PROMPT_OWN))


def is_site_footer(content: str) -> bool:
    """A line of a site's footer or counters (see above); no sentence is one."""
    return "，" not in content and _FOOTER_RE.search(content) is not None


# A button with its count: 「评论（0）」「点赞 12」「阅读 3281」「在看 5」「收藏(23)」.
_COUNTER_RE = lazy_compile(  # (or a row of them: 「点赞 1.2万　评论 356　分享 1024」)
    r"^(?:(?:评论|点赞|赞|收藏|转发|分享|阅读|在看|浏览|喜欢|留言)[ \u3000]{0,2}"
    r"(?:[（(][ \u3000]?\d{1,7}[ \u3000]?[)）]|\d{1,7}(?:\.\d)?[万wW]?\+?)[ \u3000·|｜]{0,3}){1,6}$")
COUNTER_FIRST = frozenset("评点赞收转分阅在浏喜留")


def is_counter(content: str) -> bool:
    """A page's button and its count (see above), or a video's card with its views: never text."""
    if content[0] in COUNTER_FIRST and len(content) <= _MAX_COUNTERS and _COUNTER_RE.match(content) is not None:
        return True
    return len(content) <= _MAX_COUNTERS and content[-1] in "看放" and _VIEWS_RE.search(content) is not None \
        and match_heading(content) is None  # (「3.短视频累计2.1万次播放」 is an item of a list)


# A video's card closed by its count of views: 「微博视频　某县发布的视频　2.1万次观看」「1280次播放」 (no sentence).
_VIEWS_RE = lazy_compile(r"^[^。！？!?，,；;]{0,36}?(?<![\d.])\d{1,7}(?:\.\d)?[万wW]?\+?次(?:观看|播放)$")


_MAX_COUNTERS = 48


# A platform's card or account line: a mini program's card 「（小程序）某县政务服务」, an account under
# its platform's label 「某县发布 · 政务号」, a document site's price 「下载积分：8金币」.
_CARD_RE = lazy_compile(
    r"^[（(【\[](?:小程序|视频号|公众号|直播|服务号)[)）】\]][ \u3000]?[^。，,！？!?]{1,30}$"
    r"|^[^。，,！？!?·•\s]{2,20}[ \u3000]?[·•][ \u3000]?(?:政务号|企业号|媒体号|头条号|百家号|搜狐号|网易号|澎湃号|"
    r"视频号|公众号|服务号|个人号)$"
    r"|^[\u4e00-\u9fff]{2,6}[：:][ \u3000]?\d{1,6}(?:\.\d{1,2})?[ \u3000]?(?:金币|积分|下载币|下载券|KB|MB)$"
    # (the post editor's own words left in the page: 「添加图片注释，不超过 140 字（可选）」「编辑切换为居中」)
    r"|^(?:添加图片注释|编辑切换为居中|切换为居中|图片加载失败)|^[（(]?(?:左右|上下)?滑动查看(?:更多|全部)[)）]?$"
    # (a short label framed by dashes 「—分享—」「—— 摄影：某某 ——」, not a heading 「--- 一、……---」; a
    # caption after a camera 「📷 会议现场」 is the classifier's, by the line's lead: see classify._POINTERS)
    r"|^[—–-]{1,3}[ \u3000]?[^—–\-。，,、\d]{1,16}[ \u3000]?[—–-]{1,3}$"
    # (a row of two labelled fields parted by a gap: 「分类专栏： 公文写作　文章标签： 讲话稿」)
    r"|^[\u4e00-\u9fff]{2,6}[：:][ \u3000]?[^：:，,。\s]{1,20}[ \u3000]{1,4}"
    r"[\u4e00-\u9fff]{2,6}[：:][ \u3000]?[^：:，,。\s]{1,20}$")


def is_card(content: str) -> bool:
    """A platform's card, account line, price, editor's placeholder or row of two fields (see above)."""
    return len(content) <= 40 and _CARD_RE.match(content) is not None


# A Markdown link inside a line: 「【[纠错](https://…)】」 shows as 「【纠错】」.
_INLINE_LINK_RE = lazy_compile(r"\[(?P<t>[^\[\]]{1,200})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}\)")


def shown_text(content: str) -> str:
    """``content`` as a Markdown page shows it: each inline link by its label."""
    return _INLINE_LINK_RE.sub(lambda m: m.group("t"), content) if "](" in content else content


# Other voices on the page than the text's, each marked as one: an advertisement 「【广告】……」, an address
# without its scheme 「mp.weixin.qq.com/s/……」, a chat's message under its time and sender 「[14:52] 某某：……」,
# a visitor's comment under a handle 「网友 某某：……」 (not the speaker's 「网友们：」), a reviewer's note on the
# draft by its place 「1. 第2页第3段：……」.
_AD_RE = lazy_compile(r"^[【\[［(（](?:广告|推广|赞助|AD|Ad)[】\]］)）]")
_BARE_URL_RE = lazy_compile(r"^(?:[a-z0-9-]{1,30}\.){1,4}[a-z]{2,6}/\S{0,200}$", re.IGNORECASE)
_CHAT_LINE_RE = lazy_compile(
    r"^[\[［]\d{1,2}:\d{2}(?::\d{2})?[\]］][ \u3000]{0,2}[\u4e00-\u9fff·]{2,6}[：:]")
_COMMENT_RE = lazy_compile(r"^(?:网友|读者|用户)(?!们)[ \u3000]?[^\s：:，,。！？们]{1,12}[：:]")
_EDIT_NOTE_RE = lazy_compile(r"^(?:\d{1,2}[.．、][ \u3000]?)?第\d{1,3}页(?:第\d{1,3}[段行])?[：:]")


def is_other_voice(content: str) -> bool:
    """A short line of another voice than the text's (see above)."""
    first = content[:1]
    return (first in "【[［(（" and _AD_RE.match(content) is not None) \
        or (content.isascii() and "/" in content and _BARE_URL_RE.match(content) is not None) \
        or (first in "[［" and _CHAT_LINE_RE.match(content) is not None) \
        or (first in "网读用" and _COMMENT_RE.match(content) is not None) \
        or ("页" in content[:12] and _EDIT_NOTE_RE.match(content) is not None)
