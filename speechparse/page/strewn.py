"""What a site strews after a line's text: a forum's anti-copy junk, a document site's name.

Some forums strew short runs of Latin letters, digits and symbols through a post so that a copy
of it is spoiled: 「怎样写《请示》* k2 Q8 M" x1 u) _-」.  Document sites put their name after a
gap at the end of a line, now this line, now that, in words that vary: 「一、认清形势…… 范文网,公文
写作文库」「…… 稿子汇,范文学习文库」.  A line that is all junk or all stamp is page noise
(page.noise); either after a line's text is set aside like trailing spaces, before any reader sees
the line (speechparse.lines), so a title or a heading keeps only its words.
"""

from __future__ import annotations

from ..lazyre import lazy_compile

# A forum's anti-copy junk strewn after a line's text: three or more tokens of one to three Latin
# letters, digits and symbols, after a Chinese word or mark (「怎样写《请示》* k2 Q8 M" x1 u) _-」); at
# least two of them mixed (letters with digits or symbols: 「k2」「u)」), where a text's own Latin words
# and numbers are not (「附件 1 2 3」, 「A B C」).
_STREWN_RE = lazy_compile(r"(?<=[\u4e00-\u9fff》」）。！？：])[!-~]{0,3}(?:[ ][!-~]{1,3}){3,12}$")
MIN_STREWN = 10
_STREWN_LOOK = 60


def without_strewn_tail(content: str) -> str:
    """The line's text without a forum's junk or a document site's name strewn after it (see above)."""
    if "!" <= content[-1] <= "~":
        m = _STREWN_RE.search(content, max(0, len(content) - _STREWN_LOOK))
        if m is not None and m.start() > 0 and _mixed(m.group()) >= 2:
            return content[:m.start()]
    window = max(_MIN_BEFORE, len(content) - _STAMP_LOOK)
    if _STAMP_RE.search(content, window) is None:
        return content  # (most lines: no site's words near their end)
    gap = content.find(" ", window)
    wide = content.find("\u3000", window)
    if wide >= 0 and (gap < 0 or wide < gap):
        gap = wide
    while gap >= 0:
        tail = content[gap + 1:].strip(" \u3000")
        if tail and _STAMP_RE.search(tail) is not None and _SENTENCE_MARKS.isdisjoint(tail) \
                and sum(1 for ch in tail if "\u4e00" <= ch <= "\u9fff") <= _MAX_STAMP_WORDS:
            return content[:gap].rstrip(" \u3000")
        nxt = [k for k in (content.find(" ", gap + 1), content.find("\u3000", gap + 1)) if k >= 0]
        gap = min(nxt) if nxt else -1
    return content


def _mixed(junk: str) -> int:
    return sum(1 for t in junk.split() if not (t.isalpha() or t.isdigit()))


# A document site's name after a gap, in its own words 「范文」「文库」「素材库」 (its address may follow; an
# address alone may be the text's own 「请登录 www.……」, and 「网」 or 「公文写作」 alone a heading's:
# 「二、提升能力　加强公文写作」).
_STAMP_RE = lazy_compile(r"范文|文库|素材库")
_STAMP_LOOK = 40
_MIN_BEFORE = 8  # (the text before the gap: a heading's words at least)
_SENTENCE_MARKS = frozenset("。！？!?；;:：>»›→＞")  # (nor a label's colon, nor a breadcrumb's trail)
_MAX_STAMP_WORDS = 12  # (a site's name is short: 「稿子汇,范文学习文库」)
