"""Inline markers that accept a finding in one draft, as ruff's ``# noqa`` does.

A writer who has decided that a finding is right as written (a skipped
number that follows a deleted part, a 「二」 in a quotation) types a marker in
the draft itself, so that the decision travels with the file and no rule is
turned off anywhere else::

    三、狠抓落实 【speechparse: 忽略 N201】       this line, N201 only
    <!-- speechparse: ignore N201, H303 -->        (a line of its own) the next line that has text
    speechparse: 全文忽略 W401                      the whole file, W401
    speechparse: ignore                            the next line, every rule

The marker is 「speechparse:」 followed by 「ignore」/「忽略」 (or, for the whole
file, 「ignore-file」/「全文忽略」) and optionally the codes or prefixes it
accepts, separated by commas, 「、」 or spaces; with no code it accepts every
rule.  Whatever surrounds it (an HTML/Markdown comment 「<!-- -->」, 「【】」,
brackets, 「#」) is the writer's choice: a line that holds nothing but the
marker and such wrapping applies to the next line with text, any other line
to itself.  Markers are read from the text as it is checked: the same in a
.txt, a Markdown or HTML export, and a .docx paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..lazyre import lazy_compile
from ..page.marks import ACCEPT_MARK_RE, is_accept_mark_line

_SEPARATORS_RE = lazy_compile(r"[\s,，、:：]+")


@dataclass
class Accepted:
    """The codes accepted in one file: for every line (1-based), and for the whole file.

    A code set holds code prefixes; the empty string stands for every rule.
    """

    lines: dict[int, set[str]] = field(default_factory=dict)
    file: set[str] = field(default_factory=set)

    def accepts(self, code: str, line: int) -> bool:
        return any(code.startswith(p) for p in self.file) or any(
            code.startswith(p) for p in self.lines.get(line, ()))

    def __bool__(self) -> bool:
        return bool(self.lines or self.file)

    def with_lines(self, more: Mapping[int, set[str]]) -> Accepted:
        """These marks and ``more`` (codes per line, from outside the text: Word comments)."""
        lines = {n: set(codes) for n, codes in self.lines.items()}
        for n, codes in more.items():
            lines.setdefault(n, set()).update(codes)
        return Accepted(lines, set(self.file))


def accepted(text: str) -> Accepted:
    """The inline markers of ``text`` (see the module's docstring)."""
    if "speechparse" not in text.lower():  # most drafts: one scan, no line split
        return Accepted()
    # (str.splitlines ends lines at exactly the characters lines.py does, CR LF as one)
    return accepted_lines(enumerate(text.splitlines(), start=1))


def accepted_lines(lines: Iterable[tuple[int, str]]) -> Accepted:
    """The inline markers of the numbered lines ``lines`` (a parsed tree's blocks, say)."""
    out = Accepted()
    waiting: set[str] | None = None  # a marker line's codes, for the next line with text
    for lineno, line in lines:
        marks = list(ACCEPT_MARK_RE.finditer(line)) if "speechparse" in line.lower() else []
        own_line = bool(marks) and is_accept_mark_line(line.strip())
        if waiting is not None and line.strip() and not own_line:
            out.lines.setdefault(lineno, set()).update(waiting)
            waiting = None
        for mk in marks:
            codes = {c.upper() for c in _SEPARATORS_RE.split(mk.group("codes")) if c} or {""}
            if mk.group("verb").lower() in ("ignore-file", "全文忽略"):
                out.file |= codes
            elif own_line:
                waiting = (waiting or set()) | codes
            else:
                out.lines.setdefault(lineno, set()).update(codes)
    return out
