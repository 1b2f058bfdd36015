"""A page's notice that its text is cut, and its button that unfolds the text.

A doc site, a forum or a paid column shows part of a text and says so: 「(未完,全文共6606字,
当前仅显示2320字)」「免费预览已结束，剩余6页可下载查看」.  Under such a notice the text's end is
not on the page, and the closing read above it is no closing (:mod:`speechparse.page.closing`).
A button that unfolds the text, 「展开阅读全文」, says nothing of the kind: a saved page holds the
text behind it.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from .vocab import MD_LINK_RE

# A site's notice that the text is cut here: 「(阅读全部图文内容,您需要先登录!)」
# 「……(省略826字,正式会员可完整阅读)」「(未完,全文共6606字,当前仅显示2320字)」.
_CUT_NOTICE_RE = lazy_compile(
    r"省略\d{1,6}字|正式会员|完整阅读|当前仅显示|全文共\d{1,6}字|阅读全部|阅读全文|需要先?登录|请先登录|登录后(?:查看|阅读)|"
    r"此处隐藏|隐藏内容|剩余\d{1,6}字|未完[，,)）]|[（(]未完|付费(?:阅读|下载|查看)|开通(?:会员|VIP)[^。]{0,8}(?:阅读|查看|可见|解锁|剩余)|"
    r"不能全部显示|无法全部显示|(?:查看|阅读)(?:全部|完整|全文)内容|(?<!全文)(?:预览|试读)(?:已)?结束")
# (「全文预览已结束」 says the whole was shown; 「还剩5页未读，继续阅读」, a document site's button, stands
# under whole texts as often as under cut ones: page noise, see page.visitor, and no notice of a cut; nor does
# 「开通VIP」 alone, a banner selling the site, say the text is cut: only with what it would unlock)
_CUT_CUES = frozenset("省正完当全阅需请登此隐剩未付开显览读")  # (a character of each pattern's words)
_MAX_NOTICE = 120


def is_cut_notice(content: str) -> bool:
    """A short line telling the reader the text goes on elsewhere, behind a login or a fee (not one offering
    the whole, 「本文档共3页，可阅读全部内容。」, with no fee asked, nor the file, 「开通VIP，本文免费下载」)."""
    return len(content) <= _MAX_NOTICE and not _CUT_CUES.isdisjoint(content) and \
        _CUT_NOTICE_RE.search(content) is not None and "免费下载" not in content and "回帖" not in content and (
            "可" not in content or _WHOLE_OFFERED_RE.search(content) is None or _PAID_RE.search(content) is not None)


_WHOLE_OFFERED_RE = lazy_compile(r"可(?:以)?(?:免费)?(?:阅读|查看)(?:全部|全文|完整)")
_PAID_RE = lazy_compile(r"登录|付费|会员|VIP|开通|充值|购买")


# 「展开阅读全文」「关注博主即可阅读全文 >」: a page's button that unfolds the text; a saved page holds the
# text behind it, so it ends the page's text without saying the text is cut (no count, no fee, no login)
_EXPAND_RE = lazy_compile(
    r"^(?:展开|点击|继续|关注博主即可|关注作者即可)?(?:阅读|查看)?(?:全文|更多|剩余内容)(?:阅读)?"
    r"[ \u3000>＞›»▼∨↓⬇︾⇩▽]{0,3}$")  # (and the arrow under it: 「展开阅读全文 ↓」)



def is_expand_button(content: str) -> bool:
    if content[:1] == "[" and (link := MD_LINK_RE.match(content)) is not None:
        content = link.group("t")  # (「[展开阅读全文](https://…)」: the button as a Markdown link)
    content = content.strip(_FRAME)  # (「—— 展开阅读全文 ——」: the button between rules)
    return (len(content) <= 16 and _EXPAND_RE.match(content) is not None) or (
        len(content) <= _APP_BANNER and _APP_BANNER_RE.match(content) is not None)


# 「打开掌上某市APP，阅读全文」「下载客户端 查看全文」: a news site's banner selling its app, over the text it
# shows whole on a saved page (a button as well, not a notice of a cut).
_APP_BANNER_RE = lazy_compile(
    r"^(?:打开|下载|前往)[^。！？!?]{0,12}(?:APP|App|app|客户端)[，, \u3000]{0,2}(?:阅读|查看)(?:全文|更多|原文)$")
_APP_BANNER = 30


_FRAME = " \u3000-—–=~·"
