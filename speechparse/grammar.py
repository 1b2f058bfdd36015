"""Load ``grammars/speech.lark`` and build the LALR parser that reads line tokens.

The custom lexer follows Lark's ``examples/advanced/custom_lexer.py``: the
"text" handed to the parser is the list of line tokens the classifier made,
and the lexer just yields them.  The parser is built once per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from lark import Lark, Token
from lark.lexer import Lexer


class LineLexer(Lexer):
    """Hands the grammar one token per significant line."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        yield from data


def grammar_text() -> str:
    """The grammar source: packaged copy first, else the checkout's ``grammars/``."""
    packaged = resources.files("speechparse").joinpath("grammars/speech.lark")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "grammars" / "speech.lark").read_text(
        encoding="utf-8")


@lru_cache(maxsize=1)
def parser() -> Lark:
    return Lark(grammar_text(), parser="lalr", lexer=LineLexer, maybe_placeholders=False,
                cache=True)
