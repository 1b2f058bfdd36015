"""Pinyin glosses a converter left in a text: 「老鄉(xiāng)們」「54號(hào)」.

Some sites print a text through a tool that writes the reading of uncommon
(or all traditional) characters after them in brackets.  The glosses cut
the words the readers look for (「同志(zhì)們」 is no address), so a text
that carries several of them is read without them.  A gloss is a bracket
right after an ideograph holding one pinyin syllable with its tone mark; a
bracketed abbreviation (「(GDP)」「(pdf)」) has no tone mark and stays.
"""

from __future__ import annotations

from .lazyre import lazy_compile

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
_GLOSS_RE = lazy_compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü{_TONED}]{{1,7}}[)）]")
_TONED_RE = lazy_compile(f"[{_TONED}]")
# A gloss a hard wrap cut (a PDF copy breaks its lines anywhere): 「聯(li」/「án)絡」, 「聯(」/「lián)」,
# 「聯」/「(lián)」.  Its parts are two spans, one on each line, so that lines stay where they are.
_CUT_GLOSS_RE = lazy_compile(
    rf"(?<=[\u4e00-\u9fff])[(（](?P<a>[a-zü{_TONED}]{{0,7}})(?P<nl>\r?\n)(?P<b>[a-zü{_TONED}]{{0,7}})[)）]"
    rf"|(?<=[\u4e00-\u9fff]\n)[(（][a-zü{_TONED}]{{1,7}}[)）]")
_MIN_GLOSSES = 3  # fewer: a stray bracket, not a converter's habit
_SYLLABLE = 7


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s pinyin glosses stand, when it has at least three; else none.

    A gloss cut by a line end is two spans, its opening part ending the line (see _CUT_GLOSS_RE).
    """
    if ("(" not in text and "（" not in text) or _TONED_RE.search(text) is None:
        return []  # (most texts: no toned vowel anywhere, found by one scan in C)
    toned = [m.span() for m in _GLOSS_RE.finditer(text) if any(ch in _TONED for ch in m.group())]
    cut = 0
    for m in _CUT_GLOSS_RE.finditer(text):
        if not any(ch in _TONED for ch in m.group()):
            continue
        if m.group("nl") is None:
            toned.append(m.span())
        elif 0 < len(m.group("a")) + len(m.group("b")) <= _SYLLABLE:
            toned += [(m.start(), m.start("nl")), (m.end("nl"), m.end())]
            cut += 1  # (one gloss, two spans)
    toned.sort()
    return toned if len(toned) - cut >= _MIN_GLOSSES else []


def without_glosses(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` without its pinyin glosses (``spans``, or :func:`gloss_spans`'s); lines stay where they are."""
    spans = gloss_spans(text) if spans is None else spans
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts.append(text[last:a])
        last = b
    parts.append(text[last:])
    return "".join(parts)


class ColumnMap:
    """A column of the text read without its glosses, as the column of the text as written (1-based)."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.removed: dict[int, list[tuple[int, int]]] = {}  # line -> (read column of a gloss, its length)
        line, line_start, gone = 1, 0, 0
        for a, b in spans:
            while True:
                nl = text.find("\n", line_start, a)
                if nl == -1:
                    break
                line, line_start, gone = line + 1, nl + 1, 0
            read_col = a - line_start - gone + 1
            self.removed.setdefault(line, []).append((read_col, b - a))
            gone += b - a

    def __call__(self, line: int, column: int) -> int:
        return column + sum(n for at, n in self.removed.get(line, ()) if at <= column)
