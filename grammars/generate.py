"""Writes speechparse/_tables.py to standard output: the LALR tables of speech.lark, as data.

    python grammars/generate.py > speechparse/_tables.py

Lark (a development dependency) builds the LALR(1) automaton of the grammar;
this script writes only what :func:`speechparse.grammar.parse_tokens` reads:
each state's actions, each rule's length, left side and the node it makes.
No parser runtime is shipped, and parsing imports nothing of Lark's.

Lark numbers states and rules in an order that changes from run to run, so
both are renumbered canonically (states breadth-first from the start state,
transitions by symbol name; rules by their text): the same grammar always
gives the same file, and a test regenerates it and compares.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

GRAMMAR = Path(__file__).resolve().parent / "speech.lark"


def _node(callback: Any) -> tuple[str, tuple[tuple[int, bool], ...] | None]:
    """How a rule's callback makes its node: (name, None) keeps every child; (name, include)
    keeps or expands in place the children Lark's child filter lists (index, expand)."""
    from lark import Tree
    from lark.parse_tree_builder import ChildFilterLALR_NoPlaceholders

    if isinstance(callback, partial) and callback.func is Tree and len(callback.args) == 1:
        return (str(callback.args[0]), None)
    builder = getattr(callback, "node_builder", None)
    if type(callback) is ChildFilterLALR_NoPlaceholders and isinstance(builder, partial) \
            and builder.func is Tree and len(builder.args) == 1:
        return (str(builder.args[0]), tuple((i, bool(expand)) for i, expand in callback.to_include))
    sys.exit(f"grammars/generate.py: a rule's node is made by {callback!r}, which the driver cannot do")


def tables() -> str:
    """The module's source."""
    import lark
    from lark.parsers.lalr_analysis import Shift

    parser = lark.Lark(GRAMMAR.read_text(encoding="utf-8"), parser="lalr", lexer="basic").parser.parser
    table, callbacks = parser._parse_table, parser.parser.callbacks

    def text(rule: Any) -> str:
        return f"{rule.origin.name}: {' '.join(s.name for s in rule.expansion)}"

    rules = sorted({text(arg): arg for row in table.states.values() for kind, arg in row.values()
                    if kind is not Shift}.items())
    rule_no = {name: k for k, (name, _) in enumerate(rules)}
    start, end = table.start_states["start"], table.end_states["start"]
    order = {start: 0}
    queue = [start]
    rows: list[list[tuple[str, int]]] = []
    while queue:
        state = queue.pop(0)
        row = []
        for symbol, (kind, arg) in sorted(table.states[state].items()):
            if kind is Shift:
                if arg not in order:
                    order[arg] = len(order)
                    queue.append(arg)
                row.append((symbol, order[arg]))
            else:
                row.append((symbol, -1 - rule_no[text(arg)]))
        rows.append(row)
    symbols = sorted({str(s) for row in rows for s, _ in row})
    number = {s: k for k, s in enumerate(symbols)}
    out = [
        f'"""The LALR(1) tables of grammars/speech.lark, written by grammars/generate.py (Lark '
        f'{lark.__version__}): do not edit."""',
        "",
        "from __future__ import annotations",
        "",
        "# The grammar's symbols (terminals, rules' left sides, $END); rows name them by index.",
        f"SYMBOLS: tuple[str, ...] = {tuple(symbols)!r}",
        "# A rule: (children it takes, its left side, the node it makes, and which children the node",
        "# keeps: None for all, else (index, expand in place) pairs), as Lark's tree builder would.",
        "# (Declared types: mypy and mypyc read the rows as data, not as a thousand tuple types.)",
        "RULES: tuple[tuple[int, str, str, tuple[tuple[int, bool], ...] | None], ...] = (",
        *(f"    {(len(rule.expansion), str(rule.origin.name), *_node(callbacks[rule]))!r},  # {name}"
          for name, rule in rules),
        ")",
        "# STATES[s]: (symbol, action) pairs; an action n >= 0 shifts to (or, after a reduction to",
        "# the symbol, goes to) state n, and n < 0 reduces by RULES[-1 - n].",
        "STATES: tuple[tuple[tuple[int, int], ...], ...] = (",
        *(f"    {tuple((number[str(s)], a) for s, a in row)!r}," for row in rows),
        ")",
        "START: int = 0",
        f"END: int = {order[end]}",
        "",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.buffer.write(tables().encode("utf-8"))
