"""The shipped LALR tables are the grammar's, and our driver parses as Lark's own does.

``speechparse/_tables.py`` is regenerated from grammars/speech.lark and
compared; the trees our driver makes from it are compared with those Lark
makes with the grammar itself (Lark is a development dependency), on every
corpus text and on streams of any tokens.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse import grammar
from speechparse.classify import classify
from speechparse.lines import split_lines
from speechparse.parser import tokens

from .conftest import FIXTURES, ROOT

SHIPPED = ROOT / "speechparse" / "_tables.py"
lark = pytest.importorskip("lark")


@pytest.mark.slow
def test_regenerating_from_the_grammar_reproduces_the_shipped_tables() -> None:
    fresh = subprocess.run([sys.executable, *grammar.GENERATE], capture_output=True, cwd=ROOT,
                           check=True).stdout.decode("utf-8")
    shipped = SHIPPED.read_text(encoding="utf-8")
    # (the first line names the Lark that wrote it; the tables must not depend on it)
    assert fresh.split("\n", 1)[1] == shipped.split("\n", 1)[1], \
        "grammars/speech.lark changed: regenerate speechparse/_tables.py (see speechparse/grammar.py)"


def test_no_parser_runtime_is_shipped() -> None:
    """The package holds tables, not a copy of Lark: no module defines a parser class."""
    import ast

    for path in (ROOT / "speechparse").rglob("*.py"):
        names = {n.name for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(n, ast.ClassDef)}
        assert not names & {"Lark_StandAlone", "LALR_Parser", "ParserState", "Lexer"}, path
    assert not (ROOT / "speechparse" / "_lalr.py").exists()


def test_the_parser_reads_tokens_as_the_grammar_says() -> None:
    t = grammar.LineToken
    tree = grammar.parse_tokens([t("SALUTATION", "同志们："), t("PARAGRAPH", "x"), t("SECTION_HEAD", "一、"),
                                 t("CLAUSE_HEAD", "1."), t("SECTION_HEAD", "二、"), t("CLOSING", "谢谢")])
    body = next(c for c in tree.children if c.data == "body")
    assert [c.data for c in body.children] == ["section", "section"]
    assert body.children[0].children[1].data == "clause"



@lru_cache(maxsize=1)
def _lark() -> Any:
    """Lark's own LALR parser of the grammar, reading our line tokens as they are."""

    class Stream(lark.lexer.Lexer):  # type: ignore[misc]
        def __init__(self, conf: Any) -> None:
            pass

        def lex(self, data: Any) -> Any:
            return iter(data)

    return lark.Lark(grammar.grammar_text(), parser="lalr", lexer=Stream)


def _plain(node: Any) -> Any:
    """A tree of either kind as nested tuples; a token as itself."""
    if hasattr(node, "data") and hasattr(node, "children"):
        return (str(node.data), tuple(_plain(c) for c in node.children))
    return node


def _lark_tree(tokens: list[Any]) -> Any:
    return _plain(_lark().parse(tokens))


@pytest.mark.slow
def test_our_driver_makes_the_tree_lark_makes_on_every_corpus_text() -> None:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((FIXTURES / "devset").glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        toks, _ = tokens(classify(split_lines(text), text))
        assert _plain(grammar.parse_tokens(toks)) == _lark_tree(toks), path.name


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


@pytest.mark.slow
@given(st.one_of(_PAGE, st.lists(st.sampled_from(_ALL), max_size=30)))
@settings(max_examples=500, deadline=None)
def test_our_driver_accepts_and_rejects_what_lark_does(types: list[str]) -> None:
    toks = [grammar.LineToken(name, name, i) for i, name in enumerate(types)]
    try:
        expected = _lark_tree(toks)
    except lark.exceptions.UnexpectedInput:
        with pytest.raises(grammar.GrammarError):
            grammar.parse_tokens(toks)
        return
    assert _plain(grammar.parse_tokens(toks)) == expected


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
        gc.disable()  # (the collector's pauses, and a loaded machine, are the noise: best of five without it)
        try:
            for _ in range(5):
                start = time.perf_counter()
                tree = grammar.parse_tokens(toks)
                times.append(time.perf_counter() - start)
        finally:
            gc.enable()
        body = next(c for c in tree.children if c.data == "body")
        assert len(body.children) == n
        return min(times)

    small, large = best(3000), best(48000)
    # (the square would be 256 times; 64 leaves room for a shared machine's noise)
    assert large < 64 * small + 0.05, f"{small:.3f}s for 3000 sections, {large:.3f}s for 48000"
