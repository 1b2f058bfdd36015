"""Chinese and Arabic numerals as they appear in outline markers.

A few dozen lines instead of ``cn2an``: markers mostly carry small numbers
(一 … 九十九, 1 … 99, ① … ⑳), and importing ``cn2an`` alone costs more
than parsing a whole speech; counts and renumbering work at any size.
"""

from __future__ import annotations

CN_DIGITS = "零〇○一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿"
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10000, "亿": 100000000}
_VALUE = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
DOT_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"  # 「1.」 as one character (U+2488-U+249B)
PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # 「（一）」 as one character (U+3220-U+3229)
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_to_int(s: str) -> int | None:
    """``"十二"`` → 12, ``"一百零五"`` → 105, ``"一九三九"`` → 1939; None if not a numeral."""
    if not s or any(ch not in CN_CHARS for ch in s):
        return None
    if not any(ch in _UNIT_VALUE for ch in s):  # positional digits, as in years
        value = 0
        for ch in s:
            value = value * 10 + _VALUE[ch]
        return value
    total, section, digit = 0, 0, None
    for ch in s:
        unit = _UNIT_VALUE.get(ch)
        if unit is None:
            digit = _VALUE[ch]
        elif unit >= 10000:  # 万, 亿: close the section
            section += digit or 0
            total = (total + section) * unit
            section, digit = 0, None
        else:
            section += (1 if digit is None else digit) * unit
            digit = None
    return total + section + (digit or 0)


_DIGIT_CHARS = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿", "亿亿")


def _group(n: int, leading: bool) -> str:
    """A group of four digits (1 ≤ n ≤ 9999): 「一千零五」; 「十二」 rather than 「一十二」 when it leads."""
    out = ""
    zero = False
    for i, d in enumerate((n // 1000, n // 100 % 10, n // 10 % 10, n % 10)):
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGIT_CHARS[d] + _SMALL_UNITS[3 - i]
    return out[1:] if leading and out.startswith("一十") else out


def int_to_cn(n: int) -> str:
    """12 → ``"十二"``, 105 → ``"一百零五"``, 1200 → ``"一千二百"``, 10001 → ``"一万零一"``.

    Any size: a level with a thousand siblings still gets its numbers.
    """
    if n < 0:
        return "负" + int_to_cn(-n)
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(_BIG_UNITS):  # beyond 10^20: digit by digit
        return "".join(_DIGIT_CHARS[int(d)] for d in str(int("".join(f"{g:04d}" for g in reversed(groups)))))
    out = ""
    gap = False
    for k in range(len(groups) - 1, -1, -1):
        g = groups[k]
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += _group(g, leading=not out) + _BIG_UNITS[k]
        gap = False
    return out


def count_cn(n: int) -> str:
    """A count as a writer says it: 「两个」「两点」, not 「二个」; otherwise as :func:`int_to_cn`."""
    return "两" if n == 2 else int_to_cn(n)


# Single characters, the common case, answered by one lookup.
_SINGLE = {**_VALUE, "十": 10, **{c: i + 1 for i, c in enumerate(CIRCLED)},
           **{c: i + 1 for i, c in enumerate(PAREN_DIGITS)},
           **{c: i + 1 for i, c in enumerate(DOT_DIGITS)},
           **{c: i + 1 for i, c in enumerate(PAREN_IDEOGRAPHS)},
           **{str(d): d for d in range(10)}, **{chr(0xFF10 + d): d for d in range(10)}}


def to_int(s: str) -> int | None:
    """Any marker numeral: ``"三"``, ``"12"``, ``"１２"``, ``"③"``, ``"⑶"``, ``"⒊"``, ``"㈢"``."""
    single = _SINGLE.get(s)
    if single is not None:
        return single
    ascii_digits = s.translate(_FULLWIDTH)
    if ascii_digits.isascii() and ascii_digits.isdigit():
        return int(ascii_digits)
    return cn_to_int(s)
