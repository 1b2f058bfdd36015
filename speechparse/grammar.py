"""The LALR parser of ``grammars/speech.lark``, and the token stream it reads.

The parse tables are not built at run time: ``speechparse/_tables.py`` holds
them as data, written from the grammar by Lark at development time,

    python grammars/generate.py > speechparse/_tables.py

so the grammar stays the one source of truth (a test regenerates the module
and compares), and parsing needs neither ``import lark`` nor a parser
runtime nor the table construction (about 100 ms and 250 ms of start-up).
The "text" handed to the parser is the list of line tokens the classifier
made (see ``tokens`` in :mod:`speechparse.parser`), read by a small driver
over the tables (:func:`parse_tokens`), which makes the tree Lark's own
driver makes from them (tested against Lark).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

GENERATE = ["grammars/generate.py"]


class Tree:
    """A node of the parse tree: the rule's name and its children (trees and line tokens)."""

    __slots__ = ("children", "data")

    def __init__(self, data: str, children: list[Any]) -> None:
        self.data = data
        self.children = children

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tree) and self.data == other.data and self.children == other.children

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return f"Tree({self.data!r}, {self.children!r})"


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
    # Read by Lark's own driver when it makes its end token (the tests compare with it).
    start_pos: ClassVar[None] = None
    end_line: ClassVar[None] = None
    end_column: ClassVar[None] = None
    end_pos: ClassVar[None] = None

    def __init__(self, type: str, value: str, index: int = 0, line: int = 1, column: int = 1) -> None:
        self.type = type
        self.value = value
        self.index = index
        self.line = line
        self.column = column

    def __repr__(self) -> str:
        return f"LineToken({self.type!r}, {self.value[:20]!r}, {self.index})"


class GrammarError(Exception):
    """A token the grammar does not allow where it stands (a bug of the classifier)."""


@lru_cache(maxsize=1)
def _table() -> tuple[list[dict[str, Any]], int, int]:
    """The generated tables, each action as the driver takes it.

    ``states[state][symbol]`` is ``(True, next state)`` for a shift (or the
    state to go to after a reduction to ``symbol``) and ``(False, (size, rule
    name, shape))`` for a reduce, where ``shape`` is ``(node name, include)``:
    ``include`` None keeps every child, else it lists (index, expand) pairs
    as Lark's child filter does.
    """
    from . import _tables

    symbols = _tables.SYMBOLS
    rules = [(size, origin, (node, include)) for size, origin, node, include in _tables.RULES]
    states = [{symbols[k]: (True, act) if act >= 0 else (False, rules[-1 - act]) for k, act in row}
              for row in _tables.STATES]
    return states, _tables.START, _tables.END


def warm() -> None:
    """Decode the tables now (a worker process does it once, when it starts)."""
    _table()


def parse_tokens(tokens: list[Any]) -> Any:
    """The parse tree of a token stream (see :func:`speechparse.parser.tokens`).

    The same tree as Lark's own driver makes from the same tables (tested), by
    a loop that does only what this grammar needs: no lexer, no interactive
    state, no error recovery (the classifier only makes streams the grammar
    accepts; a stream it does not accept raises :class:`GrammarError`).
    """
    states, start, end = _table()
    state_stack = [start]
    value_stack: list[Any] = []
    for tok in (*tokens, None):
        name = "$END" if tok is None else tok.type
        while True:
            try:
                shift, arg = states[state_stack[-1]][name]
            except KeyError:
                raise GrammarError(f"unexpected {name} at token {len(value_stack)}") from None
            if shift:
                state_stack.append(arg)
                value_stack.append(tok)
                break
            size, origin, shape = arg
            if size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                children = []
            if shape[1] is None:
                value = Tree(shape[0], children)
            else:  # Lark's child filter: keep some children, put others' children in their place
                kept: list[Any] = []
                for i, expand in shape[1]:
                    if not expand:
                        kept.append(children[i])
                    elif kept:
                        kept += children[i].children
                    else:  # the list so far of a left-recursive list rule: taken over, not
                        kept = children[i].children  # copied (a copy per item is a square)
                value = Tree(shape[0], kept)
            state_stack.append(states[state_stack[-1]][origin][1])
            value_stack.append(value)
            if tok is None and state_stack[-1] == end:
                return value
    raise GrammarError("the token stream ended where the grammar does not")


def grammar_text() -> str:
    """The grammar source: packaged copy first, else the checkout's ``grammars/``."""
    from importlib import resources  # (only tests and tools read the grammar: not at start-up)
    from pathlib import Path

    packaged = resources.files("speechparse").joinpath("grammars/speech.lark")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "grammars" / "speech.lark").read_text(
        encoding="utf-8")
