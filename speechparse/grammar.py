"""The LALR parser of ``grammars/speech.lark``, and the token stream it reads.

The parse tables are not built at run time: ``speechparse/_lalr.py`` is
Lark's stand-alone parser generated from the grammar by Lark's own tool
(less two imports of Lark's package, see the script),

    python grammars/generate.py > speechparse/_lalr.py

so the grammar stays the one source of truth (a test regenerates the module
and compares), and parsing needs neither ``import lark`` nor the table
construction (about 100 ms and 250 ms of start-up).  The "text" handed to
the parser is the list of line tokens the classifier made (see ``tokens`` in
:mod:`speechparse.parser`), read by a small driver over the generated tables
(:func:`parse_tokens`).
"""

from __future__ import annotations

import sys
from functools import lru_cache, partial
from typing import Any, ClassVar

GENERATE = ["grammars/generate.py"]


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
_new = object.__new__


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


@lru_cache(maxsize=1)
def parser() -> Any:
    """The LALR parser (built once per process from the generated tables)."""
    return _lalr.Lark_StandAlone().parser.parser


class GrammarError(Exception):
    """A token the grammar does not allow where it stands (a bug of the classifier)."""


@lru_cache(maxsize=1)
def _table() -> tuple[dict[Any, dict[str, Any]], Any, Any]:
    """The generated parse table, each reduce action with what carrying it out needs.

    ``states[state][token type]`` is ``(True, next state)`` for a shift and
    ``(False, (size, rule name, shape))`` for a reduce: Lark's driver reads
    these from the rule on every reduction (through Python-level ``__hash__``
    and ``__eq__`` of its rule objects), which cost more than the parse itself.
    ``shape`` is how the rule's node is made (see :func:`_shape`).
    """
    lalr = parser()
    table = lalr._parse_table
    callbacks = lalr.parser.callbacks
    states: dict[Any, dict[str, Any]] = {}
    for state, actions in table.states.items():
        row: dict[str, Any] = {}
        for name, (action, arg) in actions.items():
            if action is _lalr.Shift:
                row[name] = (True, arg)
            else:
                row[name] = (False, (len(arg.expansion), arg.origin.name, _shape(callbacks[arg])))
        states[state] = row
    return states, table.start_states["start"], table.end_states["start"]


def _shape(callback: Any) -> Any:
    """How a rule's callback makes its node, read off Lark's own callback.

    ``(name, None)``: a tree of that name with the children as they are;
    ``(name, include)``: one of the children kept or expanded in place, as
    Lark's child filter does (``include`` is its list of (index, expand));
    the callback itself for any other kind (none in this grammar, tested).
    """
    if isinstance(callback, partial) and callback.func is Tree and len(callback.args) == 1:
        return (callback.args[0], None)
    builder = getattr(callback, "node_builder", None)
    if type(callback) is _lalr.ChildFilterLALR_NoPlaceholders and isinstance(builder, partial) \
            and builder.func is Tree and len(builder.args) == 1:
        return (builder.args[0], tuple(callback.to_include))
    return callback


def _tree(data: str, children: list[Any]) -> Any:
    """``Tree(data, children)`` without a Python-level ``__init__`` call."""
    tree = _new(Tree)
    tree.data = data
    tree.children = children
    tree._meta = None
    return tree


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
            if type(shape) is not tuple:
                value = shape(children)
            elif shape[1] is None:
                value = _tree(shape[0], children)
            else:  # Lark's child filter: keep some children, put others' children in their place
                kept: list[Any] = []
                for i, expand in shape[1]:
                    if not expand:
                        kept.append(children[i])
                    elif kept:
                        kept += children[i].children
                    else:  # the list so far of a left-recursive list rule: taken over, not
                        kept = children[i].children  # copied (a copy per item is a square)
                value = _tree(shape[0], kept)
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
