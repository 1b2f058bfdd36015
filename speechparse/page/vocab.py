"""Words the page readers share: audiences, positions, surnames, document kinds.

One list per idea.  Each reader builds its own patterns from these, so a word
added here (a new position, a new audience) is understood everywhere at once.
"""

from __future__ import annotations

from ..lazyre import lazy_compile

# The audience as a speaker addresses it: 「同志们」「女士们、先生们」.
# A greeting said to the audience: 「大家好」「各位上午好」「同志们好」 (how a speech opens: no title, no closing).
GREETING = r"(?:大家|各位|你们|您|同志们|朋友们)?(?:上午好|下午好|晚上好|早上好|好)"
AUDIENCE = (
    "同志们|朋友们|同学们|老师们|女士们|先生们|代表们|委员们|青年朋友们|乡亲们|父老乡亲们|老乡们|战友们|同胞们|"
    "来宾们|嘉宾们|家长们|孩子们|小朋友们|伙伴们|兄弟姐妹们|同事们|同仁们|干部们|青年们|学员们|乡贤们|企业家们|"
    "老同志们|同行们|校友们|议员们"
)
# Offices and titles: 「市长」「行政长官」.  A byline names the office before the name;
# a salutation may address one (「尊敬的卢拉总统」).
POSITION = (
    "总书记|书记|副书记|市长|副市长|省长|副省长|县长|副县长|区长|镇长|乡长|主任|副主任|部长|副部长|"
    "国家主席|主席|副主席|总理|副总理|委员长|局长|厅长|院长|校长|委员|秘书长|理事长|董事长|总经理|经理|"
    "处长|科长|会长|行政长官|总统|副总统|首相|国王|女王|司令员|政委|政治委员|行长|社长|台长|所长|"
    "总裁|主编|总编辑|大使|团长|队长|组长|州长|旗长|盟长|主委|常委|特首"
)
# The people an address names (「各位代表」「全体师生」「尊敬的王局长」): page.salutation's addressees, and the
# people a 公文's 主送 names (page.gongwen).
ADDRESS_NOUNS = (
    "代表|委员|议员|来宾|领导|嘉宾|同仁|同事|老师|同学|朋友|同志|先生|女士|校友|家长|专家|企业家|首长|阁下|"
    "英雄|工作者|战士|青年|学员|员工|职工|干部|党员|会员|乡亲|同胞|伙伴|贵宾|宾客|师生|市民|居民|官兵|"
    "指战员|战友|学子|新生|毕业生|院士|人士|网友|听众|观众|读者|小朋友|少年|儿童|姐妹|兄弟|"
    "选手|评委|裁判员|运动员|教练员|志愿者|村民|家人|家属|亲人|股东|教师|教职工|学生|成员|人员|"
    "客户|用户|合作伙伴|团员|队员|教授|学者|导师|研究员|医护人员|书友|会友|病友|球友|学友|文友|工友|队友|"
    f"{POSITION}"
)
# Common single-character surnames (the few hundred that cover nearly every
# name), and the compound ones.  Characters that open ordinary lines far more
# often than names (全 各 同 大 在 党 …) are left out on purpose.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤温乔骆柳聂葛倪焦齐习栗俞易常康施牛洪单岳殷童颜庞樊甘安欧蒙柴尤毕祝舒季凌包阮滕苗鲍"
    "章裴瞿邬宁卓蔺褚翟庄詹关鲁霍耿穆饶伍梅左邢隋车房华纪麦巫游冉米臧佟缪盛薄楼符谷晏岑贝厉喻辛卜"
    "栾景沙靳戚屈仇艾涂池项鞠刁闵蓝荣"
)
COMPOUND_SURNAMES = (
    "欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|端木|独孤|南宫|轩辕|闻人"
)
# A person's name: a surname and one or two more characters (three for compounds).
NAME = rf"(?:(?:{COMPOUND_SURNAMES})[\u4e00-\u9fff]{{1,2}}|[{SURNAMES}][\u4e00-\u9fff]{{1,2}})"
NAME_RE = lazy_compile(NAME)  # (fullmatch: a person's name and nothing else)
# Characters a two- or three-character name practically never contains but
# common words do (「谢谢」 is not Mr Xie, 「党课」 not a person).
NOT_IN_NAMES = frozenset("们的了是在和与及等会议讲话报告工作谢要把对为着过察")
_IN_GIVEN_NAMES = frozenset("和")  # (「林景和」「王和平」: a given name's, never a name's first)


def not_a_name(name: str) -> bool:
    """``name`` has a character no personal name has where it stands (「……和县长」 opens on a conjunction)."""
    return name[:1] in NOT_IN_NAMES or any(ch in NOT_IN_NAMES and ch not in _IN_GIVEN_NAMES for ch in name[1:])

# Words naming what kind of document a title is.
SPEECH_WORDS = (
    "讲话|致辞|致词|发言|讲稿|演讲|讲演|贺词|讲课|讲授|党课|开幕词|闭幕词|主持词|答谢词|欢迎词|祝酒词|"
    "动员讲话|辅导报告|宣讲|报告会|发言材料|讲话材料"
)
SUMMARY_WORDS = (
    "工作总结|总结|小结|述职|述责述廉|述廉|汇报|交流材料|经验材料|典型材料|情况报告|自查报告|调研报告|"
    "整改报告|心得体会|心得|工作要点|工作计划|实施方案"
)
# The kinds of 公文 a title ends with (GB/T 9704's kinds, and the rules and plans offices
# issue).  「报告」 and 「函」 are not among them: a title ending in 报告 is as often a speech
# (a 工作报告 read to a congress), so those two name a 公文 only as 「关于……的报告」.
DOCUMENT_KINDS = (
    "办法|条例|规定|细则|规则|章程|准则|通知书|告知书|决定书|通知|方案|意见|纪要|决定|决议|通报|公告|通告|规划|要点|计划|批复|请示|答复|申请书"
)
# A 公文's number 「国发〔2018〕44号」「×政发[2015]63号」 (with the spaces typists put in it).
DOCUMENT_NUMBER = (r"[\u4e00-\u9fffA-Za-z×]{1,16}[\s\u3000\xa0]{0,2}[〔\[［【(（]\d{4}[〕\]］】)）][\s\u3000\xa0]{0,2}"
                   r"第?\d{1,5}[\s\u3000\xa0]{0,2}号")
# The number in brackets after a 公文's title on its line: 「……的通知(岳办发〔2017〕2号)」.
BRACKETED_NUMBER = rf"[（(]{DOCUMENT_NUMBER}[)）]"
# Emoji and pictographs a blog or WeChat post decorates its lines with (「🌟一、……」
# 「……报告📜」), as a character class: symbols, dingbats (not ❶-➓, which number
# items), ⭐, the emoji blocks and the variation selector that follows them.
DECORATIONS = "\u2600-\u2775\u2794-\u27bf\u2b50\u2b55\ufe0f\U0001f300-\U0001faff"
# What a published template or an exam page puts for a name it hides: 「××镇」「xx市」「**公司」.
MASKS = "×xXＸｘ*＊"
# An issuing body's name alone: 「某县人民政府办公室」 (「××县人民政府办公室」: a template's issuer, its place
# masked; a body's name does not open with the preposition 「在」: 「在全县三级干部」 is the first line of a title).
ORG = (
    rf"^(?!在)[\u4e00-\u9fffA-Za-z（）(){MASKS}]{{2,30}}(?:委员会|党委|党组|人民政府|政府|办公室|办公厅|委|局|厅|部|院|"
    r"中心|协会|联合会|学校|大学|学院|小学|中学|幼儿园|学会|研究会|研究所|医院|银行|社区|图书馆|报社|合作社|"
    r"公司|集团|支部|法院|检察院|分局|政协|常委会|实验室|大队|支队|中队|工作队|"
    # (a station, a hall, an office by what it does: 「某某质量安全监督站」; a headline 「……建立联络站」 names none)
    r"(?:监督|服务|工作|管理|检测|监测|推广|水文|气象|防疫|救助|环境|质量|安全|农技|农机|林业|畜牧)站|"
    r"(?:文化|博物|纪念|档案|科技|美术)馆|(?:派出|事务|司法|财政|卫生|供电|税务)所|"
    r"(?:办事|管理|交流|合作|保卫|财务|人事|教务|科研|学生|总务|后勤|宣传|组织)处)"
    r"(?:[（(](?:盖章|公章|章|印)[)）])?$"  # (and its seal: 「（章）」)
)
# A 公文's 主送机关 (before its colon): offices listed with 、 and ，, the last one named by
# what it is.  A sentence that leads up to a colon (「……，现通知如下：」) is not one.
ADDRESSEE = (rf"[\u4e00-\u9fff、，,（）(){MASKS}]{{2,400}}?"
             r"(?:政府|单位|部门|机关|机构|局|委|厅|办|室|公司|集团|学校|院|部|处|科|中心|党组|党委|"
             r"组织|企业|乡镇|街道|社区|会|校|所)")
# Any of these in a title line makes it the likeliest title of the page.
KIND_WORDS = rf"{SPEECH_WORDS}|报告|总结|小结|述职|汇报|纪要|会议记录|说明|教案|讲义"
# A Markdown link standing alone: 「[返回首页](https://…)」 (its text in group t).
MD_LINK = r"^\[(?P<t>[^\[\]]{1,200})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}\)$"
MD_LINK_RE = lazy_compile(MD_LINK)  # (one compiled form, for noise, the title and the cut-off notices)
# A row of a page's fields: two or more 「label: value」 spaced apart (a site's metadata table, a catalogue's
# 「题名：……　责任者：……　日期：……」).
FIELD_ROW_RE = lazy_compile(
    r"^[\u4e00-\u9fff]{2,6}[:：][ \u3000]?[^ \u3000:：]{1,30}"
    r"(?:[ \u3000]+[\u4e00-\u9fff]{2,6}[:：][ \u3000]?[^ \u3000:：]{0,30})+$")
# A rule drawn with characters: 「———」「* * *」 without its spaces, 「______」.
RULE = r"[-—=_*·•~]{3,}"
# What a collection of texts calls itself: 「……讲话汇编」「……述职报告范文锦集」.
COLLECTION_WORDS = "锦集|集锦|汇编|匯編|大全|合集|选编|摘编"
# A meeting's name's last word (not 「社会」「体会」「机会」): 「……工作会议」「……动员会」「开学典礼」「……开工仪式」.
MEETING_END = (r"(?:会议|大会|[议员谈话虚审场进流告彰结席例年恳面介布训度署师摩讨析评报头职活祝念迎欢动班幕全商峰]会"
               r"|仪式|典礼|论坛|开班式|培训班)")
# A site's column names the section, not the page: 「领导讲话」「通知公告」「正文」.
COLUMN_END_RE = lazy_compile(
    r"(?:讲话|动态|公告|中心|园地|专栏|要闻|新闻|正文|详情|栏目|信息|资讯|文章|公开|活动|写作)$")
# A name that holds several texts: a collection's word, or its count (「领导讲话稿范文（精选5篇）.docx」).
COLLECTION_NAME_RE = lazy_compile(rf"{COLLECTION_WORDS}|(?:精选|共)?\d{{1,3}}篇")
# The extensions of a document's file named on the page: 「……的讲话.docx」 (case aside).
DOCUMENT_FILE_EXTENSIONS = "docx?|wps|pdf|txt|ofd|xlsx?|pptx?"
# (and a 公文's 「关于……的通知」: a kind alone, 「通知」「最新通知」, is a site's label as often)
TITLE_WORDS = rf"{KIND_WORDS}|稿$|关于.{{2,80}}(?:{DOCUMENT_KINDS}|函)$"  # (「关于……工作通知」: 的 or not)

# A 公文's 版记 row naming who else gets it: 「抄送：……」 (GB/T 9704); 「分送：」「抄报：」「报送：」 as
# offices write it.
COPY_TO = "抄送|分送|抄报|报送"
COPY_TO_WORDS = frozenset(COPY_TO.split("|"))  # (each two characters: a line's first two say it)
# The words that head a document appended after the speech: 「附件」「附录」「名词解释」.
APPENDIX_WORDS = "附件|附录|附表|名词解释|参考资料|参考文献"
# A 纪要's foot: who attended, who was absent, who took the minutes (「出席：……」「记录：吴丽」).
ATTENDANCE = r"(?:出席|列席|缺席|请假|参加|参会|记录)(?:人员|单位|人|领导)?[:：]"
# A line that opens on a page's label and its colon, 「回复：……」「大家都在搜：……」 (page.closing, page.signedfoot);
# a text's own instruction after its appeal opens so too, 「意见：各乡镇要……」, and is no such label.
PAGE_LABEL_RE = lazy_compile(r"^(?!意见|要求|说明|备注)[\u4e00-\u9fff]{2,6}[：:]")
# A document site's count of a text's words after its title: 「……工作总结 1200字」「……（约3000字）」
# 「……担当使命8200字」 (page.facts.clean_title, page.contents).
WORD_COUNT_RE = lazy_compile(r"(?<![\d.])[ \u3000]{0,4}[（(]?(?:约|共)?[1-9]\d{1,5}\+?[ \u3000]?字[)）]?$")
# A text's own last words on a short line: a 公文's or a letter's closing, a list of who attended, an
# article's byline 「（作者为……）」, a 公文's note 「（此件……）」 (page.foot, page.signedfoot).
OWN_LAST_RE = lazy_compile(
    r"^(?:特此|此致|敬礼|专此|妥否|当否|请予|请批示|以上|附[件录：:]|附$|[（(]作者|[（(]此件|主题词|"
    rf"{ATTENDANCE}|(?:主持|发送|{COPY_TO})(?:人员|单位|人)?[:：])")

# News agencies and papers that open a dateline 「新华社北京10月28日电」.
AGENCIES = (
    "新华社|中新社|中国新闻社|人民日报|本报|人民网|新华网|央视网|央视新闻|光明日报|经济日报|求是网|中新网"
)
# What a document site adds to a title: 「……请示格式范文」「……报告范本」「……批复范文1」「……范文(15篇)」.
SITE_WORDS = r"(?:格式)?(?:范文|范本|模板|样本|样文)(?:\d{1,2}|[（(]\d{1,3}篇[)）])?$"
# The fields of an office system's record of a document, and of its print: 「发文单位」「拟稿人」「核稿」「签发」
# 「密级」「缓急」「份数」 (as a table's cells, one a line, or a row 「文件类型：讲话材料　密级：内部」).
OFFICE_FIELDS = (
    "发文单位|拟稿单位|拟稿人|拟稿|核稿人|核稿|签发人|签发|会签|主办处室|主办部门|承办处室|文件类型|文件标题|密级|缓急|紧急程度|"
    "份数|印发份数|办理意见|拟办意见|批办意见|流转记录|打印时间|打印人"
)

# A long line that names its kind at its end, with no mark of running text in it, is a
# title, not a paragraph: a 公文's 「……关于表彰……先进集体和先进个人的决定」 passes 40 characters.
# A site's column, a kind qualified by no text of its own: 「领导讲话」「精选范文」 (a label, never a title), or a
# notebook's, 「讲话整理」「讲话材料」.
COLUMN_LABEL_RE = lazy_compile(rf"^(?:(?:领导|重要|精选|精彩|优秀|经典|热门|最新|更多|相关)(?:{KIND_WORDS}|范文|稿)"
                               rf"|(?:{KIND_WORDS})(?:整理|材料|素材|笔记|摘录|汇总|合集))$")
# The parts of a row of tags, 「某某党建 · 原创 · 领导讲话」: its last part may be a column's.
TAG_ROW_SEPARATORS_RE = lazy_compile(r"[·•|｜/／]")  # (the spaces around are stripped from the parts)
KIND_END_RE = lazy_compile(rf"(?:{KIND_WORDS}|{DOCUMENT_KINDS}|函)(?:{BRACKETED_NUMBER})?$")  # (and its number)

# A collection's count of its texts before one's title: 「第1篇 ……」「第二篇：……」 (a part of one text is
# 「第一篇　……」 too: it is only read so on a title's line, where the title names a kind of text).
COLLECTION_ORDINAL_RE = lazy_compile(r"^第[0-9一二三四五六七八九十]{1,3}篇[ \u3000:：]{0,3}")

# A 公文's note after its date: 「（此件公开发布）」「（联系人：……）」「（信息公开形式：主动公开）」.
DOCUMENT_NOTE_RE = lazy_compile(  # (its brackets lost by a copy: 「此件公开发布」)
    r"^(?:[（(](?:此件|联系人|附注|信息公开)[^）)]{0,60}[）)]|此件(?:公开发布|不公开|不予公开|依申请公开)。?)$")

# A note in brackets closing a line: 「……工作总结(涉及9个行政村,完成4类问题全部整改)」.
BRACKET_TAIL_RE = lazy_compile(r"[（(][^（()）]{2,40}[)）]$")

# A numbered item's marker that a wide gap or a soft line break runs on after its neighbour: 「二、」「（二）」
# 「（2）」「2.」 (the run-on splitter cuts before it; the Word reader sets a gap before it after a soft break).
ITEM_MARKER = r"[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[、.．](?!\d)"
