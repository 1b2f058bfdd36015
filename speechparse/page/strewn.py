"""A forum's anti-copy junk strewn after a line's text.

Some forums strew short runs of Latin letters, digits and symbols through a post so that a copy
of it is spoiled: 「怎样写《请示》* k2 Q8 M" x1 u) _-」.  A line that is all junk is page noise
(page.noise); junk after a line's text is set aside like trailing spaces, before any reader sees
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
    """The line's text without a forum's junk strewn after it (see above)."""
    m = _STREWN_RE.search(content, max(0, len(content) - _STREWN_LOOK))
    if m is None or m.start() == 0:
        return content
    mixed = sum(1 for t in m.group().split() if not (t.isalpha() or t.isdigit()))
    return content[:m.start()] if mixed >= 2 else content
