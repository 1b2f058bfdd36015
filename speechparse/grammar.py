"""The LALR parser of ``grammars/speech.lark``, and the token stream it reads.

The parse tables are not built at run time: ``speechparse/_lalr.py`` is
Lark's stand-alone parser generated from the grammar by Lark's own tool,

    python -m lark.tools.standalone grammars/speech.lark -l basic -o speechparse/_lalr.py

so the grammar stays the one source of truth (a test regenerates the module
and compares), and parsing needs neither ``import lark`` nor the table
construction (about 100 ms and 250 ms of start-up).  The "text" handed to
the parser is the list of line tokens the classifier made: the parser reads
them as they are (see ``tokens`` in :mod:`speechparse.parser`), as Lark's
``examples/advanced/custom_lexer.py`` does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

GENERATE = ["-m", "lark.tools.standalone", "grammars/speech.lark", "-l", "basic"]


def _load() -> Any:
    """The generated module, without the ``regex`` import it tries for lexers we do not use."""
    had = "regex" in sys.modules
    if not had:
        sys.modules["regex"] = None  # type: ignore[assignment]  # makes ``import regex`` fail
    try:
        from . import _lalr
    finally:
        if not had:
            del sys.modules["regex"]
    return _lalr


_lalr = _load()
Tree: Any = _lalr.Tree


class LineToken:
    """A token of our lexer: one line, or one run of lines of a kind.

    Lark's own ``Token`` is a ``str`` subclass with a ``__dict__``: each copies
    its value and costs about 190 bytes.  The parser only reads ``type`` (and
    borrows the position attributes for its end token), so a slotted token
    that refers to the line's text without copying it does the same work in
    a third of the memory (200,000 heading lines are 200,000 tokens).
    ``index`` is the token's place in the stream: the tree builder looks up
    the lines each token owns by it.
    """

    __slots__ = ("column", "index", "line", "type", "value")
    start_pos = end_line = end_column = end_pos = None  # read by Lark when it makes its end token

    def __init__(self, type: str, value: str, index: int = 0, line: int = 1, column: int = 1) -> None:
        self.type = type
        self.value = value
        self.index = index
        self.line = line
        self.column = column

    def __repr__(self) -> str:
        return f"LineToken({self.type!r}, {self.value[:20]!r}, {self.index})"


class _TokenStream:
    """What the LALR parser reads tokens from: our list of line tokens, as it is."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: list[Any]) -> None:
        self.tokens = tokens

    def lex(self, state: Any) -> Iterator[Any]:
        return iter(self.tokens)


@lru_cache(maxsize=1)
def parser() -> Any:
    """The LALR parser (built once per process from the generated tables)."""
    return _lalr.Lark_StandAlone().parser.parser


def parse_tokens(tokens: list[Any]) -> Any:
    """The parse tree of a token stream (see :func:`speechparse.parser.tokens`)."""
    return parser().parse(_TokenStream(tokens), "start")


def grammar_text() -> str:
    """The grammar source: packaged copy first, else the checkout's ``grammars/``."""
    packaged = resources.files("speechparse").joinpath("grammars/speech.lark")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "grammars" / "speech.lark").read_text(
        encoding="utf-8")
