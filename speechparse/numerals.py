"""Chinese and Arabic numerals as they appear in outline markers.

A dozen lines instead of ``cn2an``: markers only ever carry small numbers
(一 … 九十九, 1 … 99, ① … ⑳), and importing ``cn2an`` alone costs more
than parsing a whole speech.
"""

from __future__ import annotations

CN_DIGITS = "零〇○一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百"
_VALUE = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_to_int(s: str) -> int | None:
    """``"十二"`` → 12, ``"一百零五"`` → 105, ``"一九三九"`` → 1939; None if not a numeral."""
    if not s or any(ch not in CN_CHARS for ch in s):
        return None
    if "十" not in s and "百" not in s:  # positional digits, as in years
        value = 0
        for ch in s:
            value = value * 10 + _VALUE[ch]
        return value
    total, digit = 0, None
    for ch in s:
        if ch == "百":
            total += (1 if digit is None else digit) * 100
            digit = None
        elif ch == "十":
            total += (1 if digit is None else digit) * 10
            digit = None
        else:
            digit = _VALUE[ch]
    return total + (digit or 0)


def int_to_cn(n: int) -> str:
    """12 → ``"十二"``; the form used in markers (1 ≤ n ≤ 999)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + digits[rest] if rest < 10 else
                                 ("一" + int_to_cn(rest) if rest < 20 else int_to_cn(rest)))
    return digits[n // 100] + "百" + tail


# Single characters, the common case, answered by one lookup.
_SINGLE = {**_VALUE, "十": 10, **{c: i + 1 for i, c in enumerate(CIRCLED)},
           **{c: i + 1 for i, c in enumerate(PAREN_DIGITS)},
           **{str(d): d for d in range(10)}, **{chr(0xFF10 + d): d for d in range(10)}}


def to_int(s: str) -> int | None:
    """Any marker numeral: ``"三"``, ``"12"``, ``"１２"``, ``"③"``, ``"⑶"``."""
    single = _SINGLE.get(s)
    if single is not None:
        return single
    ascii_digits = s.translate(_FULLWIDTH)
    if ascii_digits.isascii() and ascii_digits.isdigit():
        return int(ascii_digits)
    return cn_to_int(s)
