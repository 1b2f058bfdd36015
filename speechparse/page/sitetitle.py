"""A title as a site or a typesetter left it: letter-spaced, copied twice, or after a site's own name.

Titles reach the page readers with what their page added: a 公文's short title
set letter-spaced (「通 知」), a document site's copy of the title glued to the
title (「……讲话稿范本……讲话稿范本1」), a site's name for the text or its label
before the text's own title (「范文中心:在……上的讲话」).  These readers take
each addition off; :func:`speechparse.page.facts.clean_title` applies them with
the rest of a title's cleaning, and the title readers measure a line by them.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from .vocab import DOCUMENT_KINDS, KIND_END_RE, KIND_WORDS

# A line set letter-spaced, as a 公文 sets a short title: 「通 知」「政 府 工 作 报 告」「2024 新 春 寄 语」.
_LETTER_SPACED_RE = lazy_compile(  # (a year before it too: 「2024 新 春 寄 语」)
    r"^(?:\d{4}年?[ \u3000\xa0]{1,4})?(?:[\u4e00-\u9fff][ \u3000\xa0]{1,4}){1,11}[\u4e00-\u9fff]$")
_SPACING_RE = lazy_compile(r"[ \u3000\xa0]+")


def despaced(text: str) -> str:
    """A letter-spaced line as its words (「通 知」 → 「通知」); any other line as it is."""
    return _SPACING_RE.sub("", text) if _LETTER_SPACED_RE.match(text) else text


_MIN_DOUBLED = 6
_MAX_DOUBLED = 160
_MAX_COPIES = 8


# A site's name for a text glued before the text's own title, a draft note or the site's category between:
# 「周县长在……会议上的讲话(送审稿)在……会议上的讲话」「乡镇……半年总结-总结乡镇……半年工作总结」.
_SITE_NAME_GLUED_RE = lazy_compile(
    rf"^[^（()）\s]{{4,60}}?(?:{KIND_WORDS}|{DOCUMENT_KINDS})"
    rf"(?:[（(][\u4e00-\u9fff]{{1,6}}稿[)）]|[-－_][\u4e00-\u9fff]{{0,4}}?(?:{KIND_WORDS}))(?=[^的之和及与、，。（(\s》”」-])")
_OWN_TITLE = 8  # the text's own title after the site's name is a title, not a word or two


def after_site_name(text: str) -> str:
    """The text's own title where a site glued its name for the text before it (each names its kind)."""
    m = _SITE_NAME_GLUED_RE.match(text) if len(text) > 2 * _OWN_TITLE else None
    if m is None:
        return text
    rest = text[m.end():]
    return rest if len(rest) >= _OWN_TITLE and KIND_END_RE.search(rest) is not None else text


def repeated_once(text: str) -> str:
    """A title a site glued to its own copy (「……讲话稿范本……讲话稿范本1」 → the first), compared unspaced."""
    bare = "".join(text.split()) if " " in text or "\u3000" in text or "\xa0" in text else text
    n = len(bare)
    if n < 12:
        return text
    for copies in range(_MAX_COPIES, 2, -1) if bare is text else ():  # (a site that glues it five times)
        k = n // copies
        if k >= 6 and text[:k] * copies == text[:k * copies] and n - copies * k <= 3:
            return text[:k]
    if bare is text and n <= _MAX_DOUBLED:  # 「精选优质文档-倾情为你奉上……调研报告……调研报告」: a banner, then the
        for k in range(n // 2, _MIN_DOUBLED - 1, -1):  # title twice: the title
            if text.endswith(text[-k:] * 2) and n > 2 * k + 3:
                return text[-k:]
    for k in range(n // 2 - 2, n // 2 + 1):
        if k >= 6 and bare.startswith(bare[:k], k) and n - 2 * k <= 3:
            if bare is text:
                return text[:k]
            seen = 0  # (the first copy as written: up to its k-th character that is no space)
            for end, ch in enumerate(text):
                if not ch.isspace():
                    seen += 1
                    if seen == k:
                        return text[:end + 1]
    return text


# A site's name as a label before the title: 「范文中心:」「某某文库：」 (its site word last, not 「网络安全周：」).
_SITE_LABEL_RE = lazy_compile(r"^[\u4e00-\u9fff]{0,8}(?:网|站|频道|平台|文库|范文|门户)(?:中心|首页|大全)?[:：]\s{0,2}")


def site_label(c: str) -> int | None:
    """Where the title starts after a site's name set as its label (「范文中心:在……上的讲话」), or None."""
    m = _SITE_LABEL_RE.match(c)
    return m.end() if m is not None and KIND_END_RE.search(c, m.end()) is not None else None
