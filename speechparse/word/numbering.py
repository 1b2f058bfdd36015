"""Word's own list numbers: 「一、」「（一）」「1.」 that are not in the paragraph text.

Rendered as a reader sees them: ``w:num`` → ``w:abstractNum`` → ``w:lvl`` with
``w:start``, ``w:numFmt``, ``w:lvlText`` (``%1、``, ``（%2）``), ``w:isLgl``
(every level shown in Arabic), ``w:lvlRestart``; per list ``w:lvlOverride``
with ``w:startOverride`` or a whole ``w:lvl``; a list style
(``w:numStyleLink`` → the abstract whose ``w:styleLink`` names that style);
numbering attached to the paragraph or through its style and the style's
``basedOn`` chain, the paragraph possibly giving only the level.  The suffix
after the number (``w:suff``: tab, space, nothing) is layout, not text: the
label is followed directly by the paragraph's text, as a typist would type it.
"""

from __future__ import annotations

import re
from typing import Any

from ..lazyre import lazy_compile
from ..numerals import CIRCLED, PAREN_DIGITS, int_to_cn
from .package import W

_W = "{" + W + "}"
_LEVEL_REF = lazy_compile(r"%([1-9])")
_CN_UPPER = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_LEGAL_DECIMAL = ("decimal", "decimalZero", "none", "bullet")
_MAX_COUNTER = 32767  # the largest start value Word accepts


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's ``w:numFmt`` formats (Arabic outside Word's own range)."""
    if not 0 <= n <= _MAX_COUNTER:
        return str(n)  # a damaged start value: no letters repeated a million times, no minus digit
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional_zh",
               "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting", "japaneseCountingThousand"):  # (Chinese galleries emit japaneseCounting for 一、)
        return int_to_cn(n)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return "".join(_CN_UPPER[int(d)] for d in str(n)) if n >= 10 else _CN_UPPER[n]
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return PAREN_DIGITS[n - 1] if 1 <= n <= len(PAREN_DIGITS) else f"({n})"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        s = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s if fmt == "upperLetter" else s.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


def val(el: Any, tag: str) -> str | None:
    """The ``w:val`` of the child ``tag`` of ``el``, if there is one."""
    child = el.find(_W + tag) if el is not None else None
    return None if child is None else child.get(_W + "val")


_LEVELS = 9  # Word's list levels are 0-8; a generated or damaged file may say more


def number_value(value: str | None, default: int) -> int:
    """An integer attribute as Word reads it: a value that is no number counts as the default."""
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return default


def level_value(value: str | None) -> int | None:
    """A ``w:ilvl``, held to Word's levels 0-8 (None where the file gives none)."""
    if value is None:
        return None
    return min(max(number_value(value, 0), 0), _LEVELS - 1)


class Level:
    """One level of a list definition."""

    __slots__ = ("element", "fmt", "legal", "restart", "start", "style", "text")

    def __init__(self, lvl: Any = None) -> None:
        self.element = lvl
        self.start = number_value(val(lvl, "start"), 1) if lvl is not None else 1
        self.fmt = (val(lvl, "numFmt") or "decimal") if lvl is not None else "decimal"
        self.text = (val(lvl, "lvlText") or "") if lvl is not None else "%1."
        restart = val(lvl, "lvlRestart") if lvl is not None else None
        self.restart = number_value(restart, 0) if restart is not None else None  # None: after any higher level
        self.legal = lvl is not None and lvl.find(_W + "isLgl") is not None and \
            (val(lvl, "isLgl") or "true") not in ("0", "false", "off")
        self.style = val(lvl, "pStyle") if lvl is not None else None


def _levels(abstract: Any) -> dict[int, Level]:
    return {level_value(lvl.get(_W + "ilvl")) or 0: Level(lvl) for lvl in abstract.findall(_W + "lvl")}


class Numbering:
    """The numbering part, and the counters while paragraphs are read in order."""

    def __init__(self, root: Any, styles: Any) -> None:
        self.abstracts: dict[str, Any] = {}  # abstractNumId → w:abstractNum
        self.levels: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, str] = {}  # numId → abstractNumId
        self.num_elements: dict[str, Any] = {}
        self.starts: dict[str, dict[int, int]] = {}  # numId → ilvl → startOverride
        self.own_levels: dict[str, dict[int, Level]] = {}  # numId → ilvl → a whole w:lvl override
        self.counters: dict[str, list[int | None]] = {}  # abstractNumId → 9 counters
        self.started: set[str] = set()
        self.style_num: dict[str, tuple[str | None, int | None]] = {}  # styleId → (numId, ilvl)
        self.based: dict[str, str] = {}
        if styles is not None:
            for st in styles.iter(_W + "style"):
                sid = st.get(_W + "styleId")
                if not sid:
                    continue
                parent = val(st, "basedOn")
                if parent:
                    self.based[sid] = parent
                ppr = st.find(_W + "pPr")
                numpr = ppr.find(_W + "numPr") if ppr is not None else None
                if numpr is not None:
                    lvl = val(numpr, "ilvl")
                    self.style_num[sid] = (val(numpr, "numId"), level_value(lvl))
        if root is None:
            return
        for a in root.iter(_W + "abstractNum"):
            aid = str(a.get(_W + "abstractNumId"))
            self.abstracts[aid] = a
            self.levels[aid] = _levels(a)
        for num in root.iter(_W + "num"):
            nid = str(num.get(_W + "numId"))
            self.nums[nid] = str(val(num, "abstractNumId"))
            self.num_elements[nid] = num
            for ov in num.iter(_W + "lvlOverride"):
                ilvl = level_value(ov.get(_W + "ilvl")) or 0
                start = val(ov, "startOverride")
                if start is not None:
                    self.starts.setdefault(nid, {})[ilvl] = number_value(start, 1)
                lvl = ov.find(_W + "lvl")
                if lvl is not None:
                    self.own_levels.setdefault(nid, {})[ilvl] = Level(lvl)
        self.level_of_style = {lv.style: (nid, ilvl) for nid, aid in self.nums.items()
                               for ilvl, lv in self.levels.get(aid, {}).items() if lv.style}

    def abstract_of(self, num_id: str) -> str | None:
        """The abstract definition a list uses, through a list style (numStyleLink) if it has one."""
        aid = self.nums.get(num_id)
        seen: set[str] = set()
        while aid is not None and aid in self.abstracts and aid not in seen:
            seen.add(aid)
            link = val(self.abstracts[aid], "numStyleLink")
            if link is None:
                return aid
            linked = next((b for b, a in self.abstracts.items() if val(a, "styleLink") == link), None)
            if linked is None:
                style_num = self.style_num.get(link, (None, None))[0]
                linked = self.nums.get(style_num) if style_num else None
            aid = linked
        return aid if aid in self.abstracts else None

    def level(self, num_id: str, ilvl: int) -> Level:
        own = self.own_levels.get(num_id, {}).get(ilvl)
        if own is not None:
            return own
        aid = self.abstract_of(num_id)
        return self.levels.get(aid, {}).get(ilvl, Level()) if aid else Level()

    def numbering_of(self, ppr: Any) -> tuple[str, int] | None:
        """The list and level of a paragraph: its own numPr, else its style chain's."""
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        if numpr is not None:
            num_id = val(numpr, "numId")
            ilvl = level_value(val(numpr, "ilvl"))
        style = val(ppr, "pStyle") if ppr is not None else None
        seen: set[str] = set()
        while num_id is None and style and style not in seen:
            seen.add(style)
            if style in self.style_num:
                num_id, style_lvl = self.style_num[style]
                if ilvl is None:
                    ilvl = style_lvl if style_lvl is not None else self.level_of_style.get(style, (None, None))[1]
            style = self.based.get(style)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        return num_id, ilvl or 0

    def render(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (list, level) and return the label Word shows."""
        aid = self.abstract_of(num_id)
        if aid is None:
            return ""
        counters = self.counters.setdefault(aid, [None] * _LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in self.starts.get(num_id, {}).items():
                counters[lv] = start - 1
        level = self.level(num_id, ilvl)
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):  # lvlRestart: 0 never, N after level N or higher
            restart = self.level(num_id, deeper).restart
            if restart is None or (restart != 0 and ilvl + 1 <= restart):
                counters[deeper] = None

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            ref = self.level(num_id, k)
            value = counters[k]
            if value is None:
                value = ref.start
            fmt = ref.fmt
            if level.legal and fmt not in _LEGAL_DECIMAL:
                fmt = "decimal"  # isLgl: every level shown in Arabic numerals
            return format_number(value, fmt)

        return _LEVEL_REF.sub(number, level.text)

    def users(self, num_id: str) -> int:
        """How many lists (w:num) use the same definition as ``num_id``."""
        aid = self.abstract_of(num_id)
        return sum(1 for n in self.nums if self.abstract_of(n) == aid)
