"""The writer's inline marker that accepts a finding, as a line shows it.

「三、狠抓落实 【speechparse: 忽略 N201】」 or a line of its own
「<!-- speechparse: ignore N201 -->」: the checks read its codes
(:mod:`speechparse.checks.suppress`); the reading takes it as trivia, as a
comment is: a line that holds only a marker is page noise, and a marker after
a line's text is not part of that text (:mod:`speechparse.lines`).  One place
for the pattern, below both.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile

# The writer's inline marker that accepts a finding (checks/suppress.py reads its codes):
# 「speechparse: 忽略 N201」.  Bounded: at most 40 codes, separators and codes disjoint.
ACCEPT_MARK_RE = lazy_compile(
    r"speechparse[:：]\s{0,3}(?P<verb>ignore-file|ignore|全文忽略|忽略)"
    r"(?P<codes>(?:[\s,，、:：]{1,3}[A-Za-z][0-9]{0,3}(?![0-9A-Za-z])){0,40})",
    re.IGNORECASE)
# What may wrap a marker on a line of its own: a comment 「<!-- -->」, 「【】」, brackets, 「#」.
_MARK_WRAPPING_RE = lazy_compile(r"[\s<>!\-#/*【】\[\]（）()「」]*")
# The first character such a line can have: a cheap gate for every other line of a text.
MARK_FIRST = frozenset("sS<>!-#/*【】[]（）()「」")


# The last character a marker after a line's text can have: a code, 「忽略」, or a closing wrapper.
MARK_LAST = frozenset("】>)）]」-*#/略eE") | frozenset("0123456789")
_MARK_OPEN_RE = lazy_compile(r"[\s<!\-#/*【\[（(「]{0,8}$")


def trailing_accept_mark(content: str) -> int:
    """Where an inline marker after a line's text begins (its opening wrapping too), or -1.

    「三、狠抓落实 【speechparse: 忽略 N201】」 gives the offset of 「【」: the line's
    text for the reading is what comes before it, as a marker on a line of its own
    is trivia to the reading.
    """
    if not content or content[-1] not in MARK_LAST:
        return -1
    at = content.lower().rfind("speechparse")
    if at <= 0:
        return -1
    mark = ACCEPT_MARK_RE.match(content, at)
    if mark is None or _MARK_WRAPPING_RE.fullmatch(content, mark.end()) is None:
        return -1
    opening = _MARK_OPEN_RE.search(content, max(0, at - 8), at)
    start = opening.start() if opening else at
    return start if content[:start].strip() else -1


def is_accept_mark_line(content: str) -> bool:
    """A line that holds only an inline marker and its wrapping: trivia, like a comment."""
    return ("speechparse" in content.lower() and ACCEPT_MARK_RE.search(content) is not None
            and _MARK_WRAPPING_RE.fullmatch(ACCEPT_MARK_RE.sub("", content)) is not None)
