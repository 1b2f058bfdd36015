"""Word drafts (.docx): paragraphs become lines, Word's own list numbers become text.

In many drafts 「一、」「（一）」「1.」 are not typed: Word generates them from the
numbering definitions, so the paragraph's text lacks them.  This module
renders them as a reader sees them (numbering part: ``w:num`` → ``w:abstractNum``
→ ``w:lvl`` with ``w:start``, ``w:numFmt``, ``w:lvlText`` such as ``%1、`` or
``（%2）``, ``w:lvlRestart``; ``w:lvlOverride/w:startOverride``; numbering
attached directly or through the paragraph style and its ``basedOn`` chain),
so a Word draft gives the same outline as the same text typed by hand.
Line N of the result is paragraph N of the document (table cells included,
in document order).

Needs the optional extra: ``pip install 'speechparse[docx]'``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .numerals import CIRCLED, PAREN_DIGITS, int_to_cn

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVEL_REF = re.compile(r"%([1-9])")
_CN_UPPER = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's ``w:numFmt`` formats."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional_zh",
               "taiwaneseCounting", "taiwaneseCountingThousand"):
        return int_to_cn(n)
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return "".join(_CN_UPPER[int(d)] for d in str(n)) if n >= 10 else _CN_UPPER[n]
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return PAREN_DIGITS[n - 1] if 1 <= n <= len(PAREN_DIGITS) else f"({n})"
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
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


def _val(el: Any, tag: str) -> str | None:
    child = el.find(_W + tag) if el is not None else None
    return None if child is None else child.get(_W + "val")


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # restart after this level (1-based); None: after any higher
    suffix: str = "tab"
    style: str | None = None  # w:pStyle linked to this level


@dataclass
class _Numbering:
    """The numbering part, and the counters while paragraphs are read in order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId → ilvl
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start
    counters: dict[str, list[int | None]] = field(default_factory=dict)  # abstractNumId → 9 counters
    started: set[str] = field(default_factory=set)  # numIds whose overrides were applied

    @classmethod
    def read(cls, root: Any) -> _Numbering:
        n = cls()
        if root is None:
            return n
        for a in root.iter(_W + "abstractNum"):
            aid = a.get(_W + "abstractNumId")
            lv: dict[int, _Level] = {}
            for lvl in a.iter(_W + "lvl"):
                level = _Level()
                level.start = int(_val(lvl, "start") or 1)
                level.fmt = _val(lvl, "numFmt") or "decimal"
                level.text = _val(lvl, "lvlText") or ""
                restart = _val(lvl, "lvlRestart")
                level.restart = int(restart) if restart is not None else None
                level.suffix = _val(lvl, "suff") or "tab"
                level.style = _val(lvl, "pStyle")
                lv[int(lvl.get(_W + "ilvl") or 0)] = level
            n.levels[str(aid)] = lv
        for num in root.iter(_W + "num"):
            nid = str(num.get(_W + "numId"))
            n.nums[nid] = str(_val(num, "abstractNumId"))
            for ov in num.iter(_W + "lvlOverride"):
                start = _val(ov, "startOverride")
                if start is not None:
                    n.overrides.setdefault(nid, {})[int(ov.get(_W + "ilvl") or 0)] = int(start)
        return n

    def render(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (num, level) and return the label Word shows."""
        aid = self.nums.get(num_id)
        if aid is None or aid not in self.levels:
            return ""
        levels = self.levels[aid]
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in self.overrides.get(num_id, {}).items():
                counters[lv] = start - 1
        level = levels.get(ilvl, _Level())
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):  # lvlRestart: 0 never, N after level N or higher
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart != 0 and ilvl + 1 <= restart):
                counters[deeper] = None

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            value = counters[k]
            if value is None:
                value = levels.get(k, _Level()).start
            return format_number(value, levels.get(k, _Level()).fmt)

        label = _LEVEL_REF.sub(number, level.text)
        return label + (" " if level.suffix == "space" and label else "")


def _style_numbering(doc: Any) -> tuple[dict[str, tuple[str, int | None]], dict[str, str]]:
    """numPr of each paragraph style (following basedOn), and each style's basedOn."""
    own: dict[str, tuple[str, int | None]] = {}
    based: dict[str, str] = {}
    styles = doc.styles.element
    for st in styles.iter(_W + "style"):
        sid = st.get(_W + "styleId")
        parent = _val(st, "basedOn")
        if parent:
            based[sid] = parent
        ppr = st.find(_W + "pPr")
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        if numpr is not None:
            nid = _val(numpr, "numId")
            lvl = _val(numpr, "ilvl")
            if nid is not None:
                own[sid] = (nid, int(lvl) if lvl is not None else None)
    return own, based


def read_docx(path: str | Path) -> str:
    """The text of a .docx as a reader sees it, one line per paragraph."""
    name = str(path)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise InputError(name, "读取 .docx 需要 python-docx：pip install 'speechparse[docx]'") from None
    try:
        doc = docx.Document(name)
    except PackageNotFoundError:
        raise InputError(name, "不是有效的 .docx 文件（如为 .doc，请在 Word/WPS 中另存为 .docx）") from None
    except Exception as e:
        raise InputError(name, f"无法读取 .docx（{type(e).__name__}: {e}）") from None
    try:
        root = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        root = None
    numbering = _Numbering.read(root)
    style_num, based = _style_numbering(doc)
    level_of_style = {lv.style: (nid, ilvl) for nid, aid in numbering.nums.items()
                      for ilvl, lv in numbering.levels.get(aid, {}).items() if lv.style}
    from docx.text.paragraph import Paragraph

    lines = []
    for p in doc.element.body.iter(_W + "p"):
        text = Paragraph(p, doc).text
        label = ""
        ppr = p.find(_W + "pPr")
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            lvl = _val(numpr, "ilvl")
            ilvl = int(lvl) if lvl is not None else None
        style = _val(ppr, "pStyle") if ppr is not None else None
        seen: set[str] = set()
        while num_id is None and style and style not in seen:  # numbering from the style chain
            seen.add(style)
            if style in style_num:
                num_id, ilvl = style_num[style]
                if ilvl is None and style in level_of_style:
                    ilvl = level_of_style[style][1]
            style = based.get(style)
        if num_id is not None and num_id != "0":
            label = numbering.render(num_id, ilvl or 0)
        lines.append(label + text)
    return "\n".join(lines)
