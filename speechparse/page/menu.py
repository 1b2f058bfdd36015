"""A site's menu bar (a line of short entries between bars or spaces) and its publishing line: page furniture.

A test of one line alone (no context), so the line cutter (:mod:`speechparse.lines`)
can ask it before cutting a line near the top into packed facts: a menu is one
line of navigation, never a title, a byline or a speaker.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..markers import match_heading
from .vocab import COLUMN_END_RE, DOCUMENT_KINDS, KIND_WORDS

# A site's menu bar: three or more short entries between bars or spaces, two of them with a
# menu's own words (「网站首页 | 新闻中心 | 信息公开」「学院概况　新闻中心　招生就业」).  Names in an
# attendance list (「张三　李四　王五」) and a table's header row (「序号 | 单位 | 金额」) have none.
_BARS = "|｜丨"
_BARS_SET = frozenset(_BARS)
_MENU_GAPS = frozenset(_BARS + " \u3000\xa0\t")
_MENU_WORDS = ("首页", "主页", "概况", "中心", "公开", "服务", "动态", "互动", "专题", "要闻", "新闻", "关于我们",
               "联系我们", "导航", "频道", "专栏", "办事", "头条", "推荐", "热榜", "热点", "登录", "注册", "直播",
               "财经", "体育", "娱乐", "科技", "军事", "国际",  # (a news portal's channels)
               "时政", "高层", "地方", "理论", "党建", "视频", "图片", "客户端",
               "归档", "分类", "标签", "关于", "留言", "友链", "博客",  # (a blog's: 「……的博客 | 首页 | 归档 | 关于」)
               "工作台", "审批", "日程", "通讯录", "待办",  # (an office system's: 「工作台　｜　审批　｜　日程」)
               "首頁", "概況", "新聞", "專欄", "專題", "動態", "服務", "公開", "頭條")  # (and in traditional script)
_MIN_ENTRIES = 3
_MANY_TABS = 5  # entries between bars: a title has a site's name after one bar, a column's before it
_MAX_ENTRY = 8


def _menu_entry(e: str) -> bool:
    """A menu's entry: a short name, maybe with its English beside it (「学校首页 Home」「HOME 首页」)."""
    if 0 < len(e) <= _MAX_ENTRY and e.isalnum():
        return True
    words = e.split()
    return 1 < len(words) <= 4 and all(w.isalnum() for w in words) and \
        0 < sum(1 for ch in e if not ch.isascii()) <= _MAX_ENTRY and any(w.isascii() for w in words)


def is_menu(content: str) -> bool:
    """A menu bar of a site (see above): page navigation, never a title or text."""
    if _MENU_GAPS.isdisjoint(content):
        return False  # (most lines: no bar and no space to part entries)
    bar = next((b for b in _BARS if b in content), None)
    if bar is not None:
        entries = [e.strip(" \u3000\xa0\t") for e in content.split(bar)]
        if len(entries) == 2 and any(" " in e or "\u3000" in e for e in entries) and any(
                (" " in e or "\u3000" in e) and _BARS_SET.isdisjoint(e) and is_menu(e) for e in entries):
            return True  # 「某市应急管理局　|　首页　机构职能　应急要闻……」: the site's name, a bar, its menu
    else:
        entries = content.replace("\u3000", " ").replace("\xa0", " ").split()
    if len(entries) >= _MIN_ENTRIES and _edition_row(entries):
        return True
    if bar is not None and len(entries) == 2 and all(_menu_entry(e) for e in entries) \
            and any(w in entries[0] for w in _MENU_WORDS) and COLUMN_END_RE.search(entries[1]) is not None:
        return True  # 「政务公开　|　领导讲话」: a column's path (not 「审批 | 日程」, 「工作总结 | 某某网」)
    if bar is None and " / " in content.replace("\u3000", " "):  # 「Notion　/　某某研究室　/　讲话稿库　/　2025」
        entries = [e.strip(" \u3000\xa0\t") for e in content.replace("\u3000", " ").split(" / ")]
        return len(entries) >= _MIN_ENTRIES and all(_menu_entry(e) for e in entries) and (
            entries[0].isascii() and entries[0].isalpha()) and not all(e.isdigit() for e in entries[1:])
        # (an app's path under its name; not a date 「2025 / 03 / 15」 nor a slogan's parts)
    if len(entries) < _MIN_ENTRIES or not all(_menu_entry(e) for e in entries):
        return False
    if bar is not None and len(entries) >= _MANY_TABS:
        return True  # 「妙记　|　文字记录　|　智能纪要　|　章节　|　关键词」: an app's tabs, whatever their words
    if any(e[-1] == "版" and _EDITION_RE.match(e) for e in entries):
        return False  # 「第3版　时政　地方」: a paper's page header, its edition and its sections (see pagenumbers)
    return sum(1 for e in entries if any(w in e for w in _MENU_WORDS)) >= 2


# A paper's row of editions 「今日：第01版 第02版 第03版 ……」「A01版　A02版　A03版」: every entry is
# a page of the paper (an optional short label before the first).
_EDITION_RE = lazy_compile(r"^(?:[\u4e00-\u9fff]{1,4}[:：])?第?[A-Z]?\d{1,3}版$")


def _edition_row(entries: list[str]) -> bool:
    return all(e and e[-1] == "版" and _EDITION_RE.match(e) for e in entries)


_COLUMN = 8


def names_a_page(crumb: str) -> bool:
    """A breadcrumb's last crumb names a page, not a site's column (「领导讲话」「通知公告」): longer than a
    column's name, or naming more than its kind of matter."""
    return len(crumb) >= _COLUMN or (len(crumb) >= 4 and COLUMN_END_RE.search(crumb) is None)


_ANY_KIND_RE = lazy_compile(rf"{KIND_WORDS}|{DOCUMENT_KINDS}|函")


def names_a_kind(crumb: str) -> bool:
    """The crumb names a kind of text (「批复的写法」「县长在……上的讲话」): a page about one, or the text's; a
    crumb naming none (「农业农村」) is a topic's column where a line over the text names its kind."""
    return _ANY_KIND_RE.search(crumb) is not None


# A publishing line: a date with a clock time and no sentence around it (「原创 某县发布
# 2024年05月16日 18:30 浙江」「2023-11-21 09:02:08」); navigation: the breadcrumb after a
# menu run together (「首页机构概况……当前位置：首页>政务公开」), a line opening with 「首页」.
_STAMP_RE = lazy_compile(r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[ \u3000\xa0]{0,3}\d{1,2}:\d{2}")
_WHERE_RE = lazy_compile(r"(?:当前|(?:您|你)(?:现在)?(?:所在)?的|所在)(?:当前)?位置[:：]")
_MAX_STAMP = 60
_MARKER_FIRST = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十（(")


def is_page_line(content: str) -> bool:
    """A publishing line or a run-together menu (see above): page metadata, never text."""
    if len(content) > _MAX_STAMP * 2 or "。" in content or "，" in content:
        return False
    if ":" in content and (len(content) <= _MAX_STAMP or (_STAMP_RE.match(content) and "：" in content)) \
            and _STAMP_RE.search(content) and (
            content[:1] not in _MARKER_FIRST or match_heading(content) is None):
        return True  # (not a list's item that gives a time: 「1．报到时间：2024年06月12日08:30」; a stamp
        # that opens a longer row of the page's fields, 「2025-04-22 08:41　来源：……　作者：……　责任编辑：……」)
    if "位置" in content and any(sep in content for sep in ">＞»›/／") and _WHERE_RE.search(content):
        return True
    if content.startswith("首页") and len(content) <= _MAX_STAMP and not any(c in content for c in "！？；"):
        return True
    if ("|" in content or "｜" in content) and _link_row(content):
        return True
    return is_menu(content)  # (a menu with its English beside it runs longer than a stamp)


# A headline and its publishing stamp after a bar, 「……开幕致辞 | 2024-03-02 09:15:20」: a publishing line
# that names the text it stamps.
_STAMPED_TITLE_RE = lazy_compile(
    r"^(?P<t>[^|｜]{4,60}?)[ \u3000\xa0]*[|｜][ \u3000\xa0]*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:[ \u3000\xa0]{0,3}\d{1,2}:\d{2}(?::\d{2})?)?$")


def stamped_title(content: str) -> str | None:
    """The headline before a publishing line's stamp (see above), else None."""
    m = _STAMPED_TITLE_RE.match(content) if "|" in content or "｜" in content else None
    return m.group("t").strip(" \u3000\xa0") if m is not None else None


_BAR_RE = lazy_compile(r"[|｜]")
_MAX_LINK = 16  # a link's words in a site's row: 「新浪简介」「About Sina」「SINA English」


_ENGLISH_RE = lazy_compile(r"^[A-Za-z]{2,12}(?: [A-Za-z]{2,12}){1,2}$")


def _link_row(content: str) -> bool:
    """Three or more short items parted by bars, one of them in English words, 「新浪简介 | About Sina | 广告服务 |
    联系我们」: a row of a site's links, its English version beside them (a table's row, 「事故类别 | 起数 | 同比」,
    names its columns in the text's words; two items and a bar are a title and its site's name)."""
    parts = [p.strip(" \u3000\xa0\t") for p in _BAR_RE.split(content)]
    return len(parts) >= 3 and all(0 < len(p) <= _MAX_LINK for p in parts) \
        and not any(c in content for c in "！？；、") and any(_ENGLISH_RE.match(p) for p in parts)
