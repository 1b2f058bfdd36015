"""Page furniture: lines that belong to the web page or the clipper, not to the text.

Navigation and breadcrumbs, metadata keys (「来源：」「时间：」), share and print
buttons, photo captions (「新华社记者 X 摄」), image credits (「制图：X」), HTML
badges and Markdown images, rules, bare URLs.  Such lines stay in the tree
as trivia (spans remain lossless) but never reach the grammar.

Every test here is a plain prefix or suffix test, or a pattern without
nested quantifiers: a hostile line (thousands of 「>」) costs linear time.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .captions import CAPTION_LAST, MAX_PHOTO_LINE, is_caption, is_credit_row
from .cutnotice import is_expand_button
from .glued import SITE_STAMP, css_run
from .links import is_download_row, refers_elsewhere
from .marks import MARK_FIRST, is_accept_mark_line
from .menu import is_page_line
from .reposts import is_repost_line
from .visitor import (
    FOOTER_CUES,
    MAX_DISCLAIMER,
    PROMPT_CUES,
    is_blurb,
    is_card,
    is_counter,
    is_disclaimer,
    is_other_voice,
    is_prompt,
    is_site_footer,
    is_site_note,
    shown_text,
)
from .vocab import OFFICE_FIELDS, RULE

_META_KEYS = (
    "时间|日期|发布时间|发布日期|发布者|发布人|发布单位|发布平台|来源单位|供稿单位|供稿|发布|更新时间|来源|文章来源|信息来源|稿件来源|作者|编辑|责任编辑|本文地址|本文网址|转载自|转自|"
    "导语|前言|摘要|关键词|关键字|浏览次数|浏览|阅读量|阅读|点击|点击数|原文链接|原始链接|链接地址|原文地址|原文网址|"
    "报告人|报告时间|演讲人|发言人|主讲人|本文标题|本文链接|字号|分享到|分享|扫一扫|所属栏目|栏目|标签|"
    "抓取时间|存储位置|原始资料来源|书签|出处|发文机关|发文字号|文号|成文日期|时效性|效力级别|施行日期|实施日期|公布日期|"
    "颁布日期|生效日期|发布部门|颁布机关|失效日期|废止时间|废止日期|法规类别|发布机构|索引号|主题分类|字体|图片来源|供图|"
    "当前位置|您的当前位置|您现在的位置|您的位置|你的位置|所在位置|位置|当前页面|当前栏目|"
    "制图|摄影|图片|配图|图|摄|视频|审核|校对|监制|策划|统筹|出品|记者|通讯员|撰稿|整理|主办|承办|"
    "文字|文|图文|责编|编审|初审|复审|终审|一审|二审|三审|排版|美编|值班编辑|主办单位|承办单位|"
    "版权所有|版权声明|技术支持|网站标识码|备案号|ICP备案号|ICP备|网站地图|"
    "原标题|特别声明|免责声明|图源|编者按|编者的话|编辑按|"  # a site's footer, an editor's preface
    "浏览量|点击量|访问量|阅读数|阅读次数|访问次数|点击次数|浏览数|IP属地|AI摘要|AI总结|智能摘要|"  # counters, AI
    "页数|文档页数|总页数|文件大小|文档大小|文档格式|文件格式|格式|ID|文档ID|上传时间|上传者|上传人|"  # a doc site's
    "上传用户|贡献者|下载次数|下载量|下载券|网站客服|在线客服|客服电话|客服QQ|客服|热门|热搜|热门搜索|搜索热词|"
    "大小(?=\\s*[:：]\\s*[\\d.]+\\s*[KMkm])|"  # (「大小:67.12 KB」: a file's size, no other 大小)
    "信息分类|所属分类|体裁分类|功能介绍|账号简介|账号主体|"  # file card, and a government site's info table
    "文章标签|文章分类|个人分类|专栏收录|"  # a blog's tags
    "网络首发时间|网络首发地址|首发时间|首发地址|网络出版时间|网络出版地址|在线出版日期|DOI|doi|引用本文|引用格式|"
    "作者简介|收稿日期|修回日期|录用日期|基金项目|通讯作者|通信作者|中图分类号|文献标识码|文章编号|"  # a journal
    "title|date|author|tags|categories|source|url|link|description|layout|"  # Markdown front matter
    "created|updated|modified|last edited|last modified"  # (and a note app's properties: 「Created: May 17, 2024」)
)
# A government site's information table, its cells run together as 「key value key value」:
# 「索引号 014046317/2023-04570 生成日期 2023-11-21 公开日期 2023-11-21」「体裁 决定」.
_INFO_KEYS = (
    "信息索引号|索引号|生成日期|公开日期|发布日期|成文日期|文件编号|发文字号|文号|公开时限|发布机构|公开形式|公开方式|公开范围|"
    "效力状况|有效性|公开程序|主题分类|主题\\([一二三]\\)|主题[（(][一二三][）)]|体裁|关键词|主题词|分类词|文件下载|附件下载|"
    rf"内容概况|内容概述|所属机构|组配分类|信息分类|发文机关|信息名称|时效|{OFFICE_FIELDS}"
)
# A site's publishing keys in brackets before their values (not 「【视频】……」, a media tag over a title).
_BRACKET_KEYS = ("发布日期|发布时间|更新时间|日期|时间|来源|文章来源|信息来源|作者|编辑|责任编辑|发布部门|效力级别|"
                 "时效性|浏览次数|点击数|点击|阅读|字号|法宝引证码|发文字号|实施日期|"  # (and a law database's row)
                 "索引号|发布机构|成文日期|发布单位|主题分类|公开方式|文号")  # (a 信息公开 page's row 「［索引号］……」)
# (a post's credits part key and value by a bar as often, 「编辑丨赵某」「图 | 新华社」, or a slash: 「摄影/王某」)
META_RE = lazy_compile(
    rf"^(?:(?:{_META_KEYS})(?:[（(][^（()）]{{1,6}}[)）])?"  # (a key's qualifier: 「上传人（卖家）：」)
    rf"(?:\s*[:：]|[ \u3000\xa0]{{0,2}}[|｜丨][ \u3000\xa0]{{0,2}}(?=[^\s|｜丨]))"
    rf"|(?:{_INFO_KEYS})\s*[:：]"  # (an information table's cells, key and value parted by a colon)
    r"|(?:摄影|文字|编辑|记者|通讯员|责编|制图|设计|供图|图片)[ \u3000]{0,2}[/／][ \u3000]{0,2}(?=[^/／\s]{1,12}$)"
    # (「图 / 宣传科」「文/张三」: a one-character key credits a name or an office, not 「图/表都要规范」)
    r"|[图文][ \u3000]{0,2}[/／][ \u3000]{0,2}"
    r"(?=(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{2,10}(?:科|部|处|办|室|中心|站|社|台|网|局|委|组))$)"
    # 「【发布日期】2024/06/18 【来源】……」「［索引号］……」
    rf"|[【［\[](?:{_BRACKET_KEYS})[】］\]][ \u3000\xa0]{{0,2}}(?=[^\s【】［］\[\]])"
    # (any property of a note app or a front matter, its key one or two Latin words: 「Subtitle: ……」)
    r"|(?=.{0,60}$)[A-Za-z]{2,15}(?:[ _-][A-Za-z]{2,15})?[ \u3000]{0,2}[:：](?=[ \u3000]{0,2}[^\s/]))",
    re.IGNORECASE)
_META_FIRST = frozenset([*(c for k in f"{_META_KEYS}|{_INFO_KEYS}".split("|") for c in (k[0], k[0].upper())),
                        "【", "［", "[", *"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"])
# A key spaced out to the table's width: 「索　引　号：」「有 效 性：」「文　　号：」.
_SPACED_KEY_RE = lazy_compile(r"^(?:[\u4e00-\u9fff][ \u3000\xa0]{1,4}){1,4}[\u4e00-\u9fff][ \u3000\xa0]*[:：]")
# Short page furniture, matched as a whole line.
_SHORT_NOISE_RE = lazy_compile(
    r"^(?:【?字号|(?:下载|打印|全屏|收藏|加大|还原|减小|放大|缩小|关闭|关闭窗口|打印本页|返回|返回顶部|"
    r"分享|打赏|赏赞|赞赏|赞赏支持|喜欢作者|点赞|评论|举报|首页|(?:用户|会员)?登录|注册|附件下载|关灯|开灯|开启左侧|关闭左侧|上一篇|下一篇|更多|查看更多.*|(?:公众号|微信|官方)?二维码|微信订阅号|仅查看|"
    r"\+?\s?关注|已关注|关注我们|取消关注|"  # (a follow button: 「+ 关注」 read as a name is no speaker)
    r"登录后复制|复制代码|"  # (a code box's button on a blog)
    r"联系客服|本周热门|本月热门|热门推荐|微信|微博|QQ空间|手机版|[Pp]ublic domain|false|true|沙发|板凳|地板)$"
    r"|[】【\]\[]$|(?:&(?:nbsp|ensp|emsp|thinsp|#\d{2,5});\s?){1,8}$"  # (「&nbsp;」: an export's empty line)
    r"|今天是[:：]?\s?\d{4}年\d{1,2}月\d{1,2}日\s{0,2}(?:星期|周)[一二三四五六日天]$"  # (a portal's clock)
    r"|\{\{[\w .-]{1,40}\}\}$|(?:(?:起草|拟稿)(?:科室|部门|单位|人)|核稿人|签发人|审核人|校对人)$"  # (a form's blanks)
    r"|(?:[【〖](?!第[一二三四五六七八九十]{1,3}(?:部分|章)[】〗]$)[^】〗]{1,30}[】〗][\s\u3000\xa0]*)+$"  # (no part)
    # 「（新华社北京7月1日电）」「（摄影：……实习生：……）」
    r"|[（(][^（()）]{0,40}(?:电|来源|记者|报道|通讯员|供稿|供图|配图|插图|图源|整理|摄影|摄|实习生|责编|编辑)[^（()）]{0,20}[)）]$"
    r"|[（(][ \u3000]{0,2}来源[:：][^（()）]{1,40}(?:原文)?(?:链接|地址)[:：][ \u3000]{0,2}(?:https?://|www\.)[!-~]{1,300}[)）]$"
    # 「（图/文：政教处）」「（文 张三）」「（摄影/王某）」: a post's credits in brackets (not 「（图/表见附件）」)
    r"|[（(](?:图|文|图文|文图|摄影|撰稿|编辑|记者|通讯员|作者|供稿|审核|责编)(?:[/／、](?:图|文|摄影|摄|编辑))?"
    r"(?:\s{0,2}[:：]|[ \u3000]{1,2}|(?<=[影稿辑者员])[/／])\s{0,2}[^（()）:：。，,；;！？!?]{1,20}[)）]$"
    r"|[（(【]\s{0,2}(?:完|全文完|END)\s{0,2}[)）】]$"  # 「（完）」: the end mark of a news copy
    # 「（《毛泽东选集》第五卷，人民出版社1977年版，第138页）」「（选自《……》）」: where the text was printed
    r"|[（(](?:选自|摘自|原载|载于|载|见|来源[:：])?《[^《》]{1,40}》[^（()）]{0,60}[)）]$"
    # 「（本文为作者在……上的讲话，有删节）」「（根据录音整理）」: an editor's note on where the text is from
    r"|[（(](?:本文|此文|该文)(?:系|为|是|根据|据|摘自|选自|原载|刊于|发表于)[^（()）]{2,70}[)）]$"
    r"|[（(](?:根据|据)?(?:录音|讲话录音|现场录音)(?:整理|记录)[^（()）]{0,20}[)）]$"
    r"|[（(](?:有删节|略有删节|有删改|节选)[)）]$"
    # 「本文根据会议录音整理，未经本人审阅。」「本文转自某县人民政府门户网站。」: the editor's note, unbracketed
    r"|(?:本文(?:根据|据|系|转自|转载自|来自|来源于|摘自|选自)|文章(?:摘录|转载|摘编)自|(?:摘录|摘编)自(?=《))[^。！？!?]{2,40}[。.]?$"
    r"|[^。！？!?]{1,12}[，,][ \u3000]?(?:查看|阅读|浏览)更多$"  # 「返回搜狐，查看更多」: a site's button
    r"|[（(【][^（()）【】。，,！？!?]{0,12}(?:资料图|资料图片|图片|配图|视频|视频截图|截图|网络图片|示意图|图)\s{0,2}[)）】]$"
    r"|[（(][^（()）]{0,8}(?:图|表|图表|图片)略[^（()）]{0,16}[)）]$"  # 「（此处图表略，下载后可查看）」
    # 「（资料图）」 where a picture was; 「[视频]会议现场」: a media caption
    r"|[\[【](?:视频|图片|组图|图集|多图|音频)[\]】][ \u3000]{0,2}[^。，,！？!?]{1,12}$"
    # 「↑会议现场」「▲ 图为县委书记讲话」「▼ 会议现场」: a post's photo caption, pointing at the picture
    r"|[↑▲△▼▽↓][ \u3000]{0,2}(?![ \u3000一二三四五六七八九十\d（(第])[^。！？!?]{2,40}$"
    r"|¥\s*\d|(?:在线)?(?:预览|试读)已?(?:结束|加载中)[^。！？!?]{0,30}$|(?:正在)?加载中[.…。]*$"  # a viewer's status
    # a journal's fields, 「[中图分类号]D630　[文献标识码]A」; a forwarded mail's header, 「发件人: ……」
    r"|[\[【〔](?:中图分类号|文献标识码|文章编号|收稿日期|基金项目|作者简介|关键词)[\]】〕].{0,120}"
    r"|(?:留言与)?评论[ \u3000]{0,2}[(（](?:共有|已有)?[ \u3000]{0,2}\d{0,6}[ \u3000]{0,2}条评论[)）][ \u3000|｜]{0,4}$"
    r"|(?:发件人|收件人|抄送人|发送人|接收人|发送时间|发件时间)\s{0,2}[:：].{0,120}|主题\s{0,2}[:：]\s{0,2}(?:转发|回复|答复|Fwd?|FW|RE|Re)[:：].*"
    r"|(?:#[^#\s、.．，。（(]{1,20}(?:\[话题\])?#?[ \u3000]{0,3}){1,8}$"  # hashtags 「#公文写作[话题]# #讲话稿」
    r"|(?:https?://|www\.|file:///)\S+$"  # (and a printed page's header, its local file 「file:///C:/……」)
    rf"|{RULE}$"
    r"|[A-Z]{2,12}[ \u3000]{0,2}[|｜][ \u3000]{0,2}[\u4e00-\u9fff]{2,12}$"  # 「NEWS | 某大新闻」: a column's label
    r"|(?:免费|立即|点击)?下载(?:本文档|本文|全文|此文档|该文档|原文档?|文档)$"  # a document site's button
    # 「打印本页扫一扫在手机打开当前页」: a page's buttons run together
    r"|(?:打印本页|打印|关闭窗口|扫一扫|在手机(?:上)?打开(?:当前页|本页)?|收藏本页|分享到){2,6}$"
    # 「-----精品word文档 值得下载 值得拥有-----」: words framed by rules, a document site's banner
    # (not a part's heading set between rules, 「===第一部分===」)
    r"|[-—=_*~]{3,40}(?![ \u3000]{0,2}[第一二三四五六七八九十（(\d])[^-—=_*~。！？!?]{1,30}[-—=_*~]{3,40}$"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?$"
    # 「【 2024-04-18 】 党委办公室」: a site's stamp in brackets, maybe with who posted it (the text's own
    # date is written in 年月日)
    r"|[【〖\[]\s{0,2}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s{1,2}\d{1,2}:\d{2})?\s{0,2}[】〗\]][^。，,；;！？!?]{0,30}$"
    # (a media player's remnant, its time and what it shows beside it: 「▶ 00:00 / 01:32　视频加载中…」; a
    # reading-time note 「阅读本文大约需要5分钟」「听全文　约8分钟」; who reads the audio 「本文音频由AI朗读」; a
    # platform's notes on its pictures and tags 「APP内查看高清大图」「预览时标签不可点」)
    r"|[▶►▷]?[ \u3000]{0,2}\d{1,2}:\d{2}[ \u3000]{0,2}/[ \u3000]{0,2}\d{1,2}:\d{2}[^。！？!?，,]{0,24}$"
    r"|(?:听全文|收听本文|阅读(?:本文|全文)?)[ \u3000]{0,2}(?:大约|约)?(?:需要?)?[ \u3000]{0,2}\d{1,3}[ \u3000]?分钟$"
    r"|(?:本文|本篇)?(?:音频|语音)由[^。！？!?，,]{1,12}(?:朗读|播报|合成|生成)$"
    r"|(?:APP|App|app|客户端)内?(?:查看|打开)(?:高清)?(?:大图|原图|图片|视频)$|预览时标签不可点$"
    # (a wiki link 「[[领导讲话索引]]」, its backlinks' header)
    r"|!?\[\[[^\[\]]{1,80}\]\]|(?:反向链接|双向链接|Backlinks|链接到此页)$"
    # (a reviewer's comment or a tracked change left in a draft's copy: 「【批注】李某：此处数字请再核实」
    # 「〔修订〕删除了：“进一步”」「批注 [A1]: ……」)
    r"|[【\[〔](?:批注|修订|审阅)[ \u3000]?[A-Za-z]{0,3}\d{0,3}[】\]〕]|批注[ \u3000]?\[[A-Za-z]{1,3}\d{1,3}\][:：]"
    r"|[\W_]+$"
    r")"
)
_SHORT = 80
# A footnote's mark: 「①」「注：」「注①：」「※」 (what follows it is read as the line would be without it).
_FOOTNOTE_MARK_RE = lazy_compile(
    r"^(?:注[ \u3000]?[:：]?[ \u3000]?)?[①②③④⑤⑥⑦⑧⑨⑩※＊*][ \u3000]?[:：]?[ \u3000]?|^注[ \u3000]?[:：][ \u3000]?")
_FOOTNOTE_FIRST = frozenset("①②③④⑤⑥⑦⑧⑨⑩※＊*注")
_MIN_NOTE = 8  # (a note says where the text is from: 「① 评论」 would be a list's item, not a note)
# The first characters a line of _SHORT_NOISE_RE can have, besides punctuation and symbols.
_SHORT_FIRST = frozenset("↑▲△▼▽↓【（(字下打全收加还减放缩关返分赏赞喜点评举首登注上更查二微联本热QqPp手ft¥hw0123456789"
                         "在预试正附用会发抄主开留+已取复#ABCDEFGHIJKLMNORSTUVWXYZ公仅官文沙板地听阅音语客a批反摘新信详内今{起拟核签审校")
_MAX_LABEL = 8  # (characters: a generic label is short)
_GENERIC_LABEL_RE = lazy_compile(
    r"^(?:报告全文|全文|(?:微博)?正文|原文|阅读全文|讲话全文|讲话原文|全文如下[:：]?|(?:收)?听全文|语音播报|O?网页链接|"
    # (where a post's picture, table or video stood, or an export's placeholder for it: 「[此处为图片3]」「（表格）」)
    r"[\[［【（(]?(?:此处(?:为|是|有))?(?:(?:查看|点击查看)?(?:图片|原图|大图|表格)\d{0,2}|视频)[\]］】）)]?|"
    r"(?:资源|文档|文件)(?:预览|描述|简介|介绍)(?:内容)?[:：]?|浏览记录|内容预览|在线预览|"
    r"(?:论文|文章|文档|资料)?(?:部分)?内容(?:阅读|预览|展示)"  # (「论文部分内容阅读」: an excerpt's label)
    r"|(?:文章|新闻|信息|正文)?(?:内容|详情|正文))$")  # (a page's label over its text: 「文章内容」「新闻详情」)
_TAG_RE = lazy_compile(r"<[^<>]{0,2000}>")
# A Markdown footnote's text 「[^1]: 本文整理自……」: the editor's note, not the text's words; a link's
# reference 「[1]: https://……」, never shown; a row of links 「[查看原文](…) · [打开APP](…)」: navigation.
_MD_FOOTNOTE_RE = lazy_compile(
    r"^\[\^[^\[\]\s]{1,16}\][:：]|^\[[^\[\]]{1,40}\]:[ \t]{0,4}<?(?:https?://|www\.|/)[!-~]{0,2000}$"
    r"|^(?:\[[^\[\]]{1,40}\]\((?:[^()\s]|\([^()\s]{0,20}\)){1,500}\)[ \u3000\t·•|｜/、,，]{0,6}){2,8}$")
# A site generator's or a note app's markup on a line of its own: a shortcode 「{{< figure … >}}」
# 「{% include … %}」, a block's fence 「:::tips」, an admonition 「!!! note "说明"」, a 「[TOC]」 marker.
_EXPORT_MARKUP_RE = lazy_compile(
    r"^(?:\{\{[<%].{0,500}[>%]\}\}|\{%.{0,500}%\}|:::[ \t]*[A-Za-z_-]{0,20}|(?:!!!|\?\?\?\+?)[ \t]*[A-Za-z_-]{1,20}"
    r"(?:[ \t]+\"[^\"]{0,40}\")?|\[TOC\])$")
_MD_IMAGE_RE = lazy_compile(  # (or cut by a wrap: 「![会议现场](/static/img」; pandoc's 「{width="5.8in"}」 after it)
    r"^\[?!\[[^\]]{0,200}\]\((?:[^)]{0,2000}\)(?:\]\([^)]{0,2000}\))?(?:\{[^{}]{0,200}\})?|[^)\s]{1,2000})$")
# A Markdown link standing alone: 「[返回首页](https://…)」.  Above the text it may be the
# title (see head.clean_title); below the start of the text it is navigation.
CRUMB_SEPARATORS = lazy_compile(r"[>»›→＞≫▸]| / | · ")  # (a note app's path: 「工作空间 / 办公室 / 领导讲话」)
_CRUMB_MARKS = frozenset(">»›→＞≫▸/")
CRUMB = 12  # (a crumb alone on its line, 「公文写作>」; page.wrap: a crumb a wrap cut off)
_TWO_CRUMBS_RE = lazy_compile(
    r"^(?:[\u4e00-\u9fff]{2,6}[:：][ \u3000]{0,2})?"  # (after a label: 「文档分类：行政公文 › 讲话稿」)
    r"[\u4e00-\u9fff]{2,8}[ \u3000]{0,2}[>»›→＞≫▸][ \u3000]{0,2}(?:[\u4e00-\u9fff]{2,6}|第\d{1,3}[集期讲课])$")
# 「》》点击图片进入专题《《」「点击查看原图」: a link label, never a sentence (「点击上方“……”，关注我们吧！」).
_CLICK_RE = lazy_compile(r"^[^。，,；;]{0,12}点击(?:[^。，,；;]{0,18}|[^。]{0,24}关注[^。]{0,12})$")
_SITE_STAMP_LINE_RE = lazy_compile(rf"^(?:{SITE_STAMP})$")  # (see page.packed: cut off a flattened head)
_INFO_ROW_RE = lazy_compile(rf"^(?:{_INFO_KEYS})[ \u3000\xa0\t]+\S")
_INFO_KEY_RE = lazy_compile(rf"[ \u3000\xa0\t](?:{_INFO_KEYS})[ \u3000\xa0\t]")
_INFO_FIRST = frozenset(k[0] for k in _INFO_KEYS.split("|"))
_INFO_SHORT = 40


def is_field_key(content: str) -> bool:
    """A field's key alone on its line, 「索引号」「签发：」: a table's cell, one a line (page.fieldtable)."""
    return content[0] in _INFO_FIRST and len(content) <= _MAX_KEY and _FIELD_KEY_RE.match(content) is not None


_MAX_KEY = 8
_FIELD_KEY_RE = lazy_compile(rf"^(?:{_INFO_KEYS})[ \u3000]?[:：]?$")


def is_info_row(content: str) -> bool:
    """A row of a site's information table: a key, a space, its value, maybe more pairs."""
    return content[0] in _INFO_FIRST and _INFO_ROW_RE.match(content) is not None and (
        len(content) <= _INFO_SHORT or _INFO_KEY_RE.search(content) is not None or content.startswith("内容概")
    )


def is_noise(content: str) -> bool:
    """Page furniture: navigation, metadata keys, share buttons, captions, images, rules."""
    first = content[0]
    if len(content) > _RUNNING and first not in _NOISE_FIRST and content[-1] not in _NOISE_LAST \
            and "。" in content and "小编" not in content and "楼主" not in content:
        return False  # running text: no test below can hold (most lines of a page; see _NOISE_FIRST)
    if len(content) <= _SHORT:
        if (first in _SHORT_FIRST or not first.isalnum()) and _SHORT_NOISE_RE.match(content):
            return True
        if first in _FOOTNOTE_FIRST and (mark := _FOOTNOTE_MARK_RE.match(content)) \
                and len(content) - mark.end() >= _MIN_NOTE \
                and _SHORT_NOISE_RE.match(content[mark.end():]):
            return True  # a footnote, an editor's note: 「① 本文根据现场录音整理，未经本人审阅。」 (a page's foot)
        if (first in _META_FIRST and META_RE.match(content)) or is_breadcrumb(content) or (
                "点击" in content and _CLICK_RE.match(content)):
            return True
    elif first in _META_FIRST and META_RE.match(content):
        return True
    if first in _META_FIRST and (spaced := _SPACED_KEY_RE.match(content)) is not None:
        key = "".join(spaced.group().split())
        if META_RE.match(key + content[spaced.end():]):
            return True
    if ("小编" in content or first in "欢您") and is_blurb(content):
        return True
    if first in "第本" and len(content) <= _SHORT * 2 and _SITE_STAMP_LINE_RE.match(content):
        return True
    if first in _INFO_FIRST and len(content) <= _SHORT * 3 and is_info_row(content):
        return True
    if is_page_line(content) or refers_elsewhere(content):
        return True  # (「【图文解读】一图读懂……」「政策解读：」: a link to a page that explains the text)
    if ("B" in content or "下载" in content) and len(content) <= _SHORT and is_download_row(content):
        return True  # 「附件1：会议讲话全文（PDF，1.2MB）　下载次数：35」: a file's row in a page's download list
    if len(content) <= _SHORT and "。" not in content and (
            (not PROMPT_CUES.isdisjoint(content) and is_prompt(content))
            or (not FOOTER_CUES.isdisjoint(content) and is_site_footer(content))):
        return True
    if len(content) <= _SHORT and (is_widget_row(content) or _widgets_then_meta(content) or (
            ("http" in content or "www." in content) and _LABELLED_URL_RE.match(content)) or (
            ("本站" in content or "本网" in content or "分辨率" in content) and "。" not in content
            and "，" not in content and is_site_note(content))):
        return True
    if len(content) <= MAX_DISCLAIMER and is_disclaimer(content):
        return True
    if first in _META_FIRST and ("/" in content or "／" in content or "|" in content) and is_credit_row(content):
        return True
    if (first in "回p原本刊转《" or content[-1].isdigit() or "楼主" in content) and is_repost_line(content):
        return True
    if is_counter(content) or is_card(content) or is_expand_button(content):
        return True
    if "](" in content and (shown := shown_text(content)) != content and shown and "](" not in shown \
            and is_noise(shown):
        return True  # 「【[纠错](https://…)】」: furniture written as a Markdown link
    if "{" in content and content[-1] == "}" and css_run(content) == len(content):
        return True  # a leaked style sheet (see page.packed)
    if ("·" in content or "•" in content) and len(content) <= _SHORT and _TOPIC_TAGS_RE.match(content) \
            and _TAG_CUE_RE.search(content):
        return True  # a post's topic tags 「公文写作 · 领导讲话 · 材料写作」 (not a slogan's three halves)
    if ";" in content and content[0].isascii() and _STYLE_DECLARATIONS_RE.match(content):
        return True  # a Word export's leaked style: 「mso-bidi-font-size:10.5pt;mso-fareast-font-family:仿宋_GB2312」
    if ("意见" in content[:6] or "批示" in content[:6]) and _OPINION_RE.match(content):
        return True  # an office system's record of who read it: 「意见：已阅。请……贯彻。　张某　2024-05-16」
    if len(content) <= _SHORT and is_other_voice(content):
        return True  # an ad, a visitor's comment, a chat's message, a reviewer's note (see visitor)
    if ":" in content and len(content) <= _SHORT and _TRANSCRIPT_TAG_RE.match(content):
        return True  # a transcript's speaker tag and when the words begin: 「发言人1　00:00:05」
    if content.isascii() and len(content) >= _JAMMED and _jammed(content):
        return True  # a forum's anti-copy junk: 「/ Q- k; W% b% |( ^# m% J7 n」
    return is_caption(content) or (content[0] in "<![{:?" and is_markup(content)) or (
        len(content) <= _MAX_LABEL and bool(_GENERIC_LABEL_RE.match(content))) or (
        len(content) <= _SHORT * 4 and (first in MARK_FIRST or first.isspace()) and is_accept_mark_line(content))


# A long line of running text (with 「。」 in it) is noise only by a test of its first or last
# character (a metadata key, a site's stamp, an information row, a blurb, a repost's line,
# markup or an accept mark first; a file name, a caption, a style sheet or a counter last) or
# by 「小编」 or 「楼主」 in it: every other test above is bounded by a shorter length
# (_SHORT, visitor.MAX_DISCLAIMER, menu.is_page_line's) or refuses a sentence.
_RUNNING = 120
_NOISE_FIRST = _META_FIRST | _INFO_FIRST | MARK_FIRST | frozenset("第本欢您回p原刊转<![{") | frozenset(
    " \t\u3000\xa0")
_NOISE_LAST = frozenset("cCdDfFgGpPrRsStTxX)）}0123456789") | CAPTION_LAST

_TRANSCRIPT_TAG_RE = lazy_compile(
    r"^(?:发言人|说话人|讲话人|主持人|嘉宾)[ \u3000]?\d{1,2}[ \u3000]{1,4}\d{1,2}:\d{2}(?::\d{2})?$")
RULE_RE = lazy_compile(rf"^{RULE}$")  # a rule alone on its line (see the short noise above; page.wrap)
# A post's topic tags: three or more short names parted by middle dots, one of them a writer's topic.
_TOPIC_TAGS_RE = lazy_compile(r"^(?:[\u4e00-\u9fff]{2,8}[ \u3000]{0,2}[·•][ \u3000]{0,2}){2,7}[\u4e00-\u9fff]{2,8}$")
_TAG_CUE_RE = lazy_compile(r"写作|范文|公文|文秘|文库|材料")
# An office system's opinion on a document, signed and dated by the system: a key, the opinion, a
# name and the date as a machine writes it (a speech's sentence ends on no ISO date).
_OPINION_RE = lazy_compile(
    r"^(?:领导|审核|审批|批办|拟办|办理|阅批|处理|部门)?(?:意见|批示)[:：][^\n]{1,80}?[ \u3000]+[\u4e00-\u9fff]{2,4}"
    r"[ \u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
# Style declarations alone on a line, two or more: 「mso-bidi-font-size:10.5pt;mso-fareast-font-family:仿宋_GB2312」.
_STYLE_DECLARATIONS_RE = lazy_compile(
    r"^(?:[A-Za-z][A-Za-z-]{1,40}[ \t]?:[ \t]?[^;:：；。，]{1,60};[ \t]?)+"
    r"[A-Za-z][A-Za-z-]{1,40}[ \t]?:[ \t]?[^;:：；。，]{1,60};?$")

# A row of a page's buttons: 「打印本页 关闭窗口」「【收藏】【打印】【关闭】」 (each a widget's word).
_WIDGET_WORDS = frozenset(
    "打印 打印本页 打印此页 关闭 关闭窗口 关闭本页 收藏 收藏本页 加入收藏 分享 分享到 返回 返回顶部 返回首页 "
    "字号 字体 大 中 小 默认 纠错 我要纠错 下载 全文下载 保存 复制 复制链接 评论 点赞 在看 转发 举报 "
    "上一篇 下一篇 登录 注册 免费注册 退出 反馈 意见反馈 相关 [ ] 【 】 | ｜ "
    "无障碍 无障碍浏览 长者模式 关怀模式 关怀版 长辈版 适老化 繁體 繁体 简体 读屏 智能问答".split())
_WIDGET_SPLIT_RE = lazy_compile(r"[\s\u3000【】\[\]|｜/／:：]+")
# A link offered by its label: 「阅读原文 https://…」「链接：https://…」 (a label and a space, never a sentence;
# after a colon only a link's own label: a key's value, or the text's own 「新地址：https://…」, is no link's).
_LABELLED_URL_RE = lazy_compile(
    r"^(?:[^\s。，,；;！？!?：:]{1,12}\s+|(?:原文|文章|本文)?(?:链接|网址|地址|出处)\s*[:：]\s*)(?:https?://|www\.)[!-~]+$")


_GAP_BEFORE_RE = lazy_compile(r"[ \u3000\t]+")

def _widgets_then_meta(content: str) -> bool:
    """A row of buttons that runs into a metadata field: 「【字体：大 中 小】【打印】 发布时间：2022-03-01」."""
    if content[0] not in _WIDGET_FIRST:
        return False
    for m in _GAP_BEFORE_RE.finditer(content):
        rest = content[m.end():]
        if rest and rest[0] in _META_FIRST and META_RE.match(rest):
            return is_widget_row(content[:m.start()])
    return False


_WIDGET_FIRST = frozenset(w[0] for w in _WIDGET_WORDS)
_WIDGET_GAPS = frozenset(" \t\u3000\xa0【】[]|｜/／:：")  # what _WIDGET_SPLIT_RE splits at
_JAMMED = 12


def _jammed(content: str) -> bool:
    """Short tokens of letters and symbols mixed, and no word: characters a forum strews to spoil a copy."""
    tokens = content.split()
    marks = sum(1 for ch in content if not ch.isalnum() and not ch.isspace())
    return len(tokens) >= 6 and sum(len(t) <= 3 for t in tokens) >= 0.8 * len(tokens) \
        and marks >= 0.3 * (len(content) - content.count(" ")) and not any(len(t) >= 4 and t.isalpha() for t in tokens)


def is_widget_row(content: str) -> bool:
    """Two or more of a page's button words and nothing else, or one framed: 「[复制链接]」 (see above)."""
    if content[0] not in _WIDGET_FIRST or _WIDGET_GAPS.isdisjoint(content):
        return False  # (most lines: no button word first, or nothing between two words)
    words = [w for w in _WIDGET_SPLIT_RE.split(content) if w]
    return (len(words) >= 2 or content[0] + content[-1] in ("[]", "【】")) and all(w in _WIDGET_WORDS for w in words)


def is_breadcrumb(content: str) -> bool:
    """「首页 > 文章中心 > 正文」: short pieces between two or more 「>」, or two words 「本期目录 > 特稿」; or
    one crumb a line, the trail set down the page: 「办公文档>」 / 「公文写作>」."""
    if len(content) > _SHORT or _CRUMB_MARKS.isdisjoint(content) or "，" in content or "。" in content:
        return False
    parts = CRUMB_SEPARATORS.split(content)
    return (len(parts) >= 3 and all(len(p.strip()) <= 20 for p in parts)) or _TWO_CRUMBS_RE.match(content) is not None \
        or (len(parts) == 2 and not parts[1].strip() and 0 < len(parts[0].strip()) <= CRUMB and "、" not in parts[0])


def is_markup(content: str) -> bool:
    """An HTML element (a badge 「<img …>」), a Markdown image alone on its line or a Markdown footnote."""
    first = content[:1]
    if first == "<":  # (tags only, a comment 「<!--[if gte mso 9]>……<![endif]-->」, or a picture's element with its
        # caption: 「<figure>…<figcaption>会议现场」)
        return content.endswith(">") and ((content.startswith("<!--") and content.endswith("-->")) or not _TAG_RE.sub(
            "", content).strip() or (
            "<figcaption" in content and len(_TAG_RE.sub("", content)) <= MAX_PHOTO_LINE))
    if first in "{:!?[" and _EXPORT_MARKUP_RE.match(content) is not None:
        return True
    return first in "![" and (_MD_IMAGE_RE.match(content) is not None or _MD_FOOTNOTE_RE.match(content) is not None)


def meta_value(content: str) -> tuple[str, str] | None:
    """The key and value of a 「key：value」 metadata line."""
    m = META_RE.match(content)
    if m is None:
        return None
    key = content[:m.end()].rstrip(":： \t|｜丨/／\u3000\xa0").strip()
    return key, content[m.end():].strip()
