"""The furniture of a repost: a blog's, a forum's or a newspaper's lines around a copied text.

A speech copied into a blog, a forum thread or a paper's account keeps that
place's lines under it: a reader's reply to the poster (「回复 楼主：写得真好」),
the blog's post line (「posted @ 2024-03-05 21:14 某某 阅读(1268) 评论(3)」), where
the paper printed it (「原载《某某日报》2024年3月5日第3版」), and the paper's offer
to its reader (「订阅《某某日报》，请拨打 0000-12345678」).  Each is told by its
shape, not by its words alone: a reply names whom it answers before its colon;
a print note is a paper's name in 《》 and the issue, with no sentence; an offer
ends on the number to call.  A speech's own sentence that names a paper or a
hotline goes on past them (「请拨打12345热线反映问题。」).  A reader's comment is told
by whom it thanks: the poster, 「楼主」, a word only a thread has.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from .packed import is_paper_citation

_REPLY_RE = lazy_compile(r"^回复[ \u3000]{0,2}(?:楼主|层主|@[^\s:：@]{1,16})[ \u3000]{0,2}[:：]")
_POSTED_RE = lazy_compile(r"^posted\s{1,2}(?:@|on)\s{1,2}\d{4}-\d{1,2}-\d{1,2}")
_PRINTED_RE = lazy_compile(
    r"^(?:本文)?(?:原载|原载于|刊载于|刊于|转载自|转自)[:：]?[ \u3000]{0,2}《[^《》]{1,30}》"
    r"[^。！？!?，,；;《》]{0,30}$")
_CALL_RE = lazy_compile(
    r"(?:拨打|热线|电话|致电|咨询)[^。！？!?]{0,12}?[:：]?[ \u3000]{0,2}"
    r"(?:\d{3,4}[-－—][ \u3000]?\d{7,8}|1[3-9]\d{9}|\d{3,4}[-－—]\d{3,4}[-－—]\d{4})$")
_MAX = 60


def is_repost_line(content: str) -> bool:
    """A line of a repost's furniture (see the module's docstring)."""
    if len(content) > _MAX * 2:
        return False
    first = content[0]
    if first == "回":
        return _REPLY_RE.match(content) is not None
    if first == "p":
        return _POSTED_RE.match(content) is not None
    if first in "原本刊转" and _PRINTED_RE.match(content) is not None:
        return True
    if first == "《" and is_paper_citation(content):
        return True
    if "楼主" in content and len(content) <= _MAX:
        return True  # 「写得真好，感谢楼主分享！」: a reader's word to the poster (no speech has a 楼主)
    return len(content) <= _MAX and content[-1].isdigit() and _CALL_RE.search(content) is not None
