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


# The cache of compiled forms (see speechparse.lazyre): what comes back from it is what
# re.compile makes; a damaged, foreign or unwritable cache changes nothing but the time.

import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import pkgutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import speechparse  # noqa: E402
from speechparse import lazyre  # noqa: E402

from .conftest import ROOT  # noqa: E402

needs_cache = pytest.mark.skipif(sys.version_info < (3, 11), reason="the cache needs re._compiler (Python 3.11+)")


def package_patterns() -> list[tuple[str, int]]:
    """Every fixed pattern the package holds at module level, lazy or compiled."""
    found: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages(speechparse.__path__, "speechparse."):
        if info.name.rsplit(".", 1)[-1] in ("__main__",):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, lazyre._Compiled):
                found.add((value.pattern, int(getattr(value, "_flags"))))  # noqa: B009
            elif isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.add((value.pattern, int(value.flags) & ~re.UNICODE))
    return sorted(found)


def fresh_cache(monkeypatch: pytest.MonkeyPatch, folder: str) -> None:
    """A new run's cache, in ``folder`` ("" turns it off)."""
    monkeypatch.setenv("SPEECHPARSE_CACHE_DIR", folder)
    monkeypatch.setattr(lazyre, "_cache", lazyre._Cache())


@needs_cache
def test_every_package_pattern_comes_back_from_the_cache_as_re_compiles_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = package_patterns()
    assert len(patterns) > 200  # (the page readers' patterns are found)
    fresh_cache(monkeypatch, str(tmp_path))
    for source, flags in patterns:
        lazyre.cached_compile(source, flags)
    lazyre.save()
    fresh_cache(monkeypatch, str(tmp_path))  # a later run
    entries = lazyre._cache.load()
    lines = (ROOT / "seeds" / sorted(os.listdir(ROOT / "seeds"))[0]).read_text(encoding="utf-8").splitlines()
    for source, flags in patterns:
        assert entries[(source, flags)] == lazyre._compile_form(source, flags)
        got, want = lazyre.cached_compile(source, flags), re.compile(source, flags)
        assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == (
            want.pattern, want.flags, want.groups, dict(want.groupindex))
        for line in lines:
            assert [m.span() for m in got.finditer(line)] == [m.span() for m in want.finditer(line)], source


WARM_RUN = """
import contextlib, io, sys
import re._parser as parser
compiled = []
plain = parser.parse
def recording(p, flags=0, *rest):
    if isinstance(p, str) and not p.isascii():
        compiled.append(p)
    return plain(p, flags, *rest)
parser.parse = recording
from speechparse.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    main(["outline", sys.argv[1]])
print(len(compiled))
print(out.getvalue())
"""


def run_recorded(seed: Path, folder: str) -> tuple[int, str]:
    """(package patterns ``re`` compiled, the outline) for one CLI run with the cache in ``folder``."""
    env = {**os.environ, "SPEECHPARSE_CACHE_DIR": folder}
    r = subprocess.run([sys.executable, "-c", WARM_RUN, str(seed)], capture_output=True, text=True, env=env,
                       check=True, cwd=ROOT)
    count, _, outline = r.stdout.partition("\n")
    return int(count), outline


@needs_cache
def test_a_later_run_compiles_none_of_its_patterns(tmp_path: Path) -> None:
    seed = ROOT / "seeds" / sorted(os.listdir(ROOT / "seeds"))[0]
    cold, first = run_recorded(seed, str(tmp_path))
    warm, again = run_recorded(seed, str(tmp_path))
    off, plain = run_recorded(seed, "")
    assert cold > 20 and off > 20  # (near cases: a first run, and a run with the cache off, compile them)
    assert warm == 0
    assert json.loads(first) == json.loads(again) == json.loads(plain)
    assert [p.name for p in tmp_path.iterdir()] == [Path(str(lazyre.cache_file(_magic()))).name]


def _magic() -> int:
    return int(importlib.import_module("_sre").MAGIC)


@needs_cache
def test_a_damaged_file_or_entry_is_passed_over_and_written_anew(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"(?P<n>[一二三])、"
    fresh_cache(monkeypatch, str(tmp_path))
    path = lazyre.cache_file(_magic())
    assert path is not None
    Path(path).write_bytes(b"not a cache")
    m = lazyre.cached_compile(source).match("二、")
    assert m is not None and m.group("n") == "二"
    lazyre.save()
    fresh_cache(monkeypatch, str(tmp_path))
    assert (source, 0) in lazyre._cache.load()  # written anew
    lazyre._cache.entries[(source, 0)] = (0, [999999], 0, {}, (None,))  # type: ignore[index]
    m = lazyre.cached_compile(source).match("三、")  # (invalid code: compiled afresh)
    assert m is not None and m.group("n") == "三"


@needs_cache
def test_an_empty_folder_name_turns_the_cache_off_and_an_unwritable_folder_is_no_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh_cache(monkeypatch, "")
    assert lazyre.cached_compile("x+").match("xx") is not None
    lazyre.save()
    assert lazyre._cache.path is None and lazyre._cache.engine is None
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    fresh_cache(monkeypatch, str(blocker / "cache"))
    assert lazyre.cached_compile("y+").match("yy") is not None
    lazyre.save()  # (no error)
    assert blocker.read_text() == "a file where the folder should be"
    fresh_cache(monkeypatch, str(tmp_path / "cache"))  # near case: a folder it can make
    lazyre.cached_compile("y+")
    lazyre.save()
    assert [p.name.startswith("patterns-") for p in (tmp_path / "cache").iterdir()] == [True]
