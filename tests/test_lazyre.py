"""A lazy pattern behaves as the compiled one, and becomes a plain holder of its methods."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse.lazyre import lazy_compile

SOURCES = [r"(?P<n>[一二三]{1,3})、", r"^(?:同志们|朋友们)[：:]$", r"a+b", r"[。！？]"]


@given(st.sampled_from(SOURCES), st.text(alphabet="一二三、同志们朋友：:ab。！？x", max_size=20))
@settings(max_examples=300, deadline=None)
def test_every_method_answers_as_the_compiled_pattern_does(source: str, text: str) -> None:
    lazy, compiled = lazy_compile(source), re.compile(source)
    assert lazy.pattern == source
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert bool(lazy.match(text)) == bool(compiled.match(text))
    assert bool(lazy.fullmatch(text)) == bool(compiled.fullmatch(text))
    assert bool(lazy.search(text)) == bool(compiled.search(text))
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("-", text) == compiled.sub("-", text)
    assert lazy.split(text) == compiled.split(text)


def test_it_compiles_once_on_first_use_with_its_flags() -> None:
    lazy = lazy_compile(r"^title:", re.IGNORECASE)
    assert type(lazy).__name__ == "_LazyPattern"
    assert lazy.match("TITLE: x") is not None
    assert type(lazy).__name__ == "_Compiled"  # no __getattr__ left on later reads
    assert lazy.match("Title: y") is not None
    assert repr(lazy) == "lazy_compile('^title:')"


def test_a_name_that_is_no_method_is_an_attribute_error() -> None:
    lazy = lazy_compile("x")
    try:
        lazy.groupindex  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("groupindex is not offered by a lazy pattern")
