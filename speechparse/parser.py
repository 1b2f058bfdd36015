"""The parsing pipeline: text → lines → classified lines → grammar → tree.

``parse`` accepts any ``str`` and never raises on its content: whatever the
classifier makes of a line, the token stream it produces fits the grammar,
so the worst a strange text can get is a poor outline, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from lark import Token

from .classify import Layout, classify
from .grammar import parser
from .lines import split_lines
from .models import Speech
from .reading import read_file
from .tree import build_speech

_TOKEN_OF_KIND = {
    "title": "TITLE", "meta": "META", "salutation": "SALUTATION", "paragraph": "PARAGRAPH",
    "closing": "CLOSING", "date": "DATE", "signature": "SIGNATURE",
}


def tokens(layout: Layout) -> list[Token]:
    """One token per significant line; trivia and the trailer stay out."""
    out: list[Token] = []
    for ln in layout.lines[:layout.trailer_start]:
        kind = ln.kind
        if kind == "heading":
            name = layout.headings[ln.index].style.token
        else:
            name = _TOKEN_OF_KIND.get(kind, "")
            if not name:
                continue
        out.append(Token(name, ln.content, start_pos=ln.start, line=ln.lineno,
                         column=ln.col + 1))
    return out


def parse(text: str) -> Speech:
    """Parse a speech or report given as text."""
    layout = classify(split_lines(text))
    tree = parser().parse(tokens(layout))  # type: ignore[arg-type,unused-ignore]  # a token list, see grammar.py
    return build_speech(layout, tree, len(text))


def parse_file(path: str | Path, encoding: str | None = None) -> Speech:
    """Read ``path`` (encoding detected unless given) and parse it.

    Raises :class:`speechparse.errors.InputError` naming the file and the reason
    when the file cannot be read as text.
    """
    return parse(read_file(path, encoding).text)
