"""The sign-off: the lines that sign a text off at its foot, read up from its end.

The issuing body, the speaker, the date, 「……印发」, a 公文's note 「（此件公开发布）」 and who to
call 「联系人：……　电话：……」, a 纪要's attendance; and, by where they stand rather than what
they say, a mail address or a site under the signer's name, the body's name before the
signer's on one signed line, a short line set far right over a date set so.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lines import Line
from .facts import is_sign_off, match_date, match_iso_date
from .vocab import ATTENDANCE, DOCUMENT_NOTE_RE

__all__ = ["find_sign_off"]


_ATTENDANCE_RE = lazy_compile(f"^{ATTENDANCE}")


def find_sign_off(lines: list[Line], noise: list[bool], after: int, end: int,
                  note: tuple[int, int] | None = None) -> int:
    """Where the sign-off before ``end`` begins (``end`` if there is none).

    An attachment note (``note``, see :func:`find_attachment_note`) right above
    the signature is the sign-off's first part.
    """
    back = end
    i = end - 1
    while i > after:
        ln = lines[i]
        if noise[i] and match_iso_date(ln.content) and _signed_over(lines, noise, i, after):
            noise[i] = False  # 「2005-01-02」 under the signature is the date signed, not a site's stamp
        if ln.is_blank or noise[i]:
            i -= 1
            continue
        if match_iso_date(ln.content):
            back = i
            i -= 1
            continue
        if (note is not None and note[0] <= i < note[1] and note[0] > after) or (
                ln.content[:1] in "（(此" and DOCUMENT_NOTE_RE.match(ln.content)) or (
                len(ln.content) <= _MAX_CONTACT and _CONTACT_ROW_RE.search(ln.content)):
            # (and a 公文's 附注 among its signature's lines, 「（信息公开形式：主动公开）」, and who to call,
            # 「联系人：李明　电话：12345678」, under the date)
            back = i
            i -= 1
            continue
        if not (is_sign_off(ln.content) or _ATTENDANCE_RE.match(ln.content)
                or (back < end and _signer_by_place(lines, noise, i, back, after))):
            break
        back = i
        i -= 1
    return back


def _signer_by_place(lines: list[Line], noise: list[bool], i: int, back: int, after: int) -> bool:
    """Line ``i``, over the sign-off's line ``back``, is the signer's by where it stands: a mail address
    or a site under the signer's name, over the date; the body's name before the signer's on the
    signed line 「某某读书会　陈晓」, whatever the body; a short line set far right over a date set so,
    「CnPack 开发组 刘啸、周劲羽」."""
    ln, below = lines[i], lines[back]
    if ln.content.isascii() and _CONTACT_RE.match(ln.content):
        return True
    if back == i + 1 and below.lineno == ln.lineno:
        return _signed_over(lines, noise, back, after)
    return ln.lead >= _SET_RIGHT and below.lead >= _SET_RIGHT and ln.lineno < below.lineno \
        and (match_iso_date(below.content) is not None or match_date(below.content) is not None) \
        and _signed_over(lines, noise, back, after)


_CONTACT_ROW_RE = lazy_compile(r"(?:联系人|联系电话|电话|手机|邮箱|传真)[:：][ \u3000]?[0-9A-Za-z@\u4e00-\u9fff]")
_MAX_CONTACT = 60
_SET_RIGHT = 16  # columns of spaces before a line set to the right (a paragraph's indent is 2 to 8)
_CONTACT_RE = lazy_compile(r"^(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|(?:https?://|www\.)[!-~]{3,120})$")


def _signed_over(lines: list[Line], noise: list[bool], i: int, after: int) -> bool:
    """The line over line ``i`` (blank lines aside) is a signature: short, no sentence in it."""
    k = i - 1
    while k > after and (lines[k].is_blank or noise[k]):
        k -= 1
    c = lines[k].content if k > after else ""
    return 0 < len(c) <= 30 and (not any(p in c for p in "。！？!?：:，,") or is_sign_off(c))  # (「总结人：李明」)
