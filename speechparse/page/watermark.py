"""A site's watermark run on after the lines of a text: 「……及时管控。某某百科--为乡村振兴助力」.

Some sites append their name or slogan to every paragraph they serve, headings
included.  Left on, it makes every paragraph end mid-word (a document viewer's
chunks, :mod:`speechparse.page.chunks`, end that way) and stays in every heading's
title.  A watermark is told by repetition: the same words, no sentence mark at
their end, close three lines or more, and after a sentence's end on at least one
of them (a text's own headings may share their last words, 「……工作」, but no
paragraph ends a sentence and then says them).  It is taken off the lines' content
(their spans keep it: the text is not changed).
"""

from __future__ import annotations

from collections import Counter

from ..lines import Line

_KEY = 6  # the last characters compared first
_MIN_LINES = 3
_MAX_MARK = 40
_OPEN_END = frozenset("。！？!?；;：:，,、”’」』）)》…—-.")  # (a line that ends on one of these has no mark after it)
_SENTENCE_END = frozenset("。！？!?；;”’」』）)")


def strip_watermark(lines: list[Line]) -> str:
    """Take a watermark (see above) off the content of the lines it closes; the mark, or ""."""
    tails: Counter[str] = Counter()
    for ln in lines:
        c = ln.content
        if len(c) > _KEY + 4 and c[-1] not in _OPEN_END:
            tails[c[-_KEY:]] += 1
    if not tails:
        return ""
    key, n = tails.most_common(1)[0]
    if n < _MIN_LINES:
        return ""
    hits = [ln for ln in lines if ln.content.endswith(key) and len(ln.content) > _KEY + 4]
    mark = key
    while len(mark) < _MAX_MARK:  # (as far back as every line closed by it says the same)
        k = len(mark) + 1
        first = hits[0].content
        if len(first) <= k or any(len(ln.content) <= k or ln.content[-k] != first[-k] for ln in hits):
            break
        mark = first[-k:]
    if not any(ln.content[-len(mark) - 1] in _SENTENCE_END for ln in hits if len(ln.content) > len(mark)):
        return ""
    for ln in hits:
        ln.content = ln.content[:-len(mark)].rstrip()
    return mark
