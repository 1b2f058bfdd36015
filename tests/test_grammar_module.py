"""The shipped LALR parser is Lark's stand-alone parser of grammars/speech.lark, regenerated here.

Lark numbers the parser's states in an order that changes from run to run,
so the regenerated tables are compared after renumbering the states of both
canonically (breadth-first from the start state, transitions by token name);
the runtime code around them must be identical when the same Lark made them.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse import grammar
from speechparse.classify import classify
from speechparse.lines import split_lines
from speechparse.parser import tokens

from .conftest import FIXTURES, ROOT

SHIPPED = ROOT / "speechparse" / "_lalr.py"


def _split(source: str) -> tuple[str, dict[str, Any], dict[int, Any]]:
    """The runtime code, and the DATA and MEMO literals of a generated module."""
    i = source.index("\nDATA = (")
    j = source.index("\nMEMO = (")
    k = source.index("\nShift = 0")
    return source[:i], ast.literal_eval(source[i + 8:j]), ast.literal_eval(source[j + 8:k])


def _canonical(data: dict[str, Any], memo: dict[int, Any]) -> list[Any]:
    """The LALR automaton with states renumbered breadth-first and tokens and rules by name."""
    tables = data["parser"]["parser"]
    names = tables["tokens"]

    def rule(ref: dict[str, int]) -> str:
        r = memo[ref["@"]]
        return r["origin"]["name"] + " -> " + " ".join(s["name"] for s in r["expansion"])

    start = tables["start_states"]["start"]
    order = {start: 0}
    queue = [start]
    out = []
    while queue:
        state = queue.pop(0)
        row = []
        for tok, (action, arg) in sorted(tables["states"][state].items(), key=lambda kv: names[kv[0]]):
            if action == 0:  # shift: to a state
                if arg not in order:
                    order[arg] = len(order)
                    queue.append(arg)
                row.append((names[tok], "shift", order[arg]))
            else:
                row.append((names[tok], "reduce", rule(arg)))
        out.append(row)
    out.append(("end", order.get(tables["end_states"]["start"])))
    return out


def test_regenerating_from_the_grammar_reproduces_the_shipped_parser() -> None:
    lark = pytest.importorskip("lark")
    fresh = subprocess.run([sys.executable, *grammar.GENERATE], capture_output=True, cwd=ROOT,
                           check=True).stdout.decode("utf-8")
    shipped = SHIPPED.read_text(encoding="utf-8")
    code, data, memo = _split(shipped)
    fresh_code, fresh_data, fresh_memo = _split(fresh)
    assert _canonical(fresh_data, fresh_memo) == _canonical(data, memo), \
        "grammars/speech.lark changed: regenerate speechparse/_lalr.py (see speechparse/grammar.py)"
    version = re.search(r'__version__ = "([^"]+)"', shipped)
    assert version is not None
    if lark.__version__ != version.group(1):
        pytest.skip(f"Lark {lark.__version__} is installed, the module was made by {version.group(1)}: "
                    "only the tables were compared")
    assert fresh_code == code


def test_the_parser_reads_tokens_as_the_grammar_says() -> None:
    t = grammar.LineToken
    tree = grammar.parse_tokens([t("SALUTATION", "同志们："), t("PARAGRAPH", "x"), t("SECTION_HEAD", "一、"),
                                 t("CLAUSE_HEAD", "1."), t("SECTION_HEAD", "二、"), t("CLOSING", "谢谢")])
    body = next(c for c in tree.children if c.data == "body")
    assert [c.data for c in body.children] == ["section", "section"]
    assert body.children[0].children[1].data == "clause"



class _Stream:
    """Lark's driver reads tokens from a lexer: ours, as they are."""

    def __init__(self, tokens: list[Any]) -> None:
        self.tokens = tokens

    def lex(self, state: Any) -> Any:
        return iter(self.tokens)


def _lark_tree(tokens: list[Any]) -> Any:
    return grammar.parser().parse(_Stream(tokens), "start")


def test_our_driver_makes_the_tree_lark_makes_on_every_corpus_text() -> None:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((FIXTURES / "devset").glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        toks, _ = tokens(classify(split_lines(text), text))
        assert grammar.parse_tokens(toks) == _lark_tree(toks), path.name


_HEADS = ["PART_HEAD", "SECTION_HEAD", "SUBSECTION_HEAD", "CLAUSE_HEAD", "ITEM_HEAD", "CIRCLED_HEAD"]
_ALL = sorted({*_HEADS, "TITLE", "META", "BYLINE", "SALUTATION", "PARAGRAPH", "CLOSING", "SIGNATURE",
               "DATE", "APPENDIX"})
# Streams shaped like a page (most of them parse), and streams of anything (most do not).
_PAGE = st.builds(
    lambda *parts: [t for part in parts for t in part],
    st.lists(st.sampled_from(["TITLE", "META", "BYLINE"]), max_size=3),
    st.lists(st.just("SALUTATION"), max_size=1),
    st.lists(st.sampled_from([*_HEADS, "PARAGRAPH", "PARAGRAPH"]), max_size=30),
    st.lists(st.just("CLOSING"), max_size=2),
    st.lists(st.sampled_from(["SIGNATURE", "DATE"]), max_size=2),
    st.lists(st.sampled_from(["APPENDIX", "PARAGRAPH", *_HEADS]), max_size=8),
)


@given(st.one_of(_PAGE, st.lists(st.sampled_from(_ALL), max_size=30)))
@settings(max_examples=500, deadline=None)
def test_our_driver_accepts_and_rejects_what_lark_does(types: list[str]) -> None:
    toks = [grammar.LineToken(name, name, i) for i, name in enumerate(types)]
    try:
        expected = _lark_tree(toks)
    except grammar._lalr.UnexpectedInput:
        with pytest.raises(grammar.GrammarError):
            grammar.parse_tokens(toks)
        return
    assert grammar.parse_tokens(toks) == expected


def test_every_rule_of_the_grammar_makes_its_node_without_lark_code() -> None:
    states, _, _ = grammar._table()
    shapes = [arg[2] for row in states.values() for shift, arg in row.values() if not shift]
    assert shapes and all(type(shape) is tuple for shape in shapes)


def test_a_long_run_of_siblings_parses_in_linear_time() -> None:
    """Sixteen times the sections take about sixteen times as long, never the square.

    A list rule (``section*``) is left-recursive in the tables: each item is one
    reduction that puts the list so far in its place; copying that list on every
    item made 200,000 headings take three minutes.
    """
    def best(n: int) -> float:
        toks = [grammar.LineToken("SALUTATION", "同志们：", 0)] + [
            grammar.LineToken("SECTION_HEAD", "一、", i + 1) for i in range(n)]
        times = []
        for _ in range(3):
            start = time.perf_counter()
            tree = grammar.parse_tokens(toks)
            times.append(time.perf_counter() - start)
        body = next(c for c in tree.children if c.data == "body")
        assert len(body.children) == n
        return min(times)

    small, large = best(3000), best(48000)
    assert large < 40 * small + 0.05, f"{small:.3f}s for 3000 sections, {large:.3f}s for 48000"
