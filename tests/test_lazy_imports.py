"""Start-up stays fast: what each entry point imports (structure, not timing).

The outline path is read with ``python -X importtime``, whose report nests
each import under the module that made it: pydantic and regex must not be
imported at all, and ``dataclasses`` only by the generated LALR parser (its
own ``TextSlice`` is a dataclass); lark is not imported at run time.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


def modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, check=True, cwd=ROOT)
    return set(out.stdout.decode().split())


def import_tree(code: str) -> list[tuple[int, str]]:
    """(depth, module) for every import ``code`` makes, in the order ``-X importtime`` reports."""
    r = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True,
                       check=True, cwd=ROOT)
    rows = []
    for line in r.stderr.decode().splitlines():
        if not line.startswith("import time:") or "|" not in line or "cumulative" in line:
            continue
        name = line.rsplit("|", 1)[1]
        rows.append(((len(name) - len(name.lstrip())) // 2, name.strip()))
    return rows


def importer_of(rows: list[tuple[int, str]], module: str) -> str | None:
    """The module that imported ``module`` first (children are reported before their parent)."""
    for i, (depth, name) in enumerate(rows):
        if name == module:
            return next((n for d, n in rows[i + 1:] if d < depth), "<main>")
    return None


OUTLINE = ("from speechparse import parse_outline\n"
           "parse_outline('同志们：\\n一、统一思想\\n要统一。\\n')")


def test_outline_path_imports_only_what_it_uses() -> None:
    rows = import_tree(OUTLINE)
    assert "speechparse._tables" in {n for _, n in rows}
    assert importer_of(rows, "dataclasses") is None
    assert not {"pydantic", "regex", "lark", "docx"} & modules_after(OUTLINE)


def test_cli_module_imports_no_heavy_library() -> None:
    mods = modules_after("import speechparse.cli")
    assert not {"lark", "pydantic", "regex", "docx", "dask", "speechparse._tables"} & mods


@pytest.mark.parametrize(("command", "module"), [
    ("outline", "speechparse._tables"),
    # A pre-commit hook runs check on every save: the rules read the plain tree (their
    # annotations name the typed models, imported only for the type checker).
    ("check", "speechparse.checks.rules.h303_parallel"),
])
def test_commands_import_no_pydantic(command: str, module: str) -> None:
    rows = import_tree("import sys\nfrom speechparse.cli import main\n"
                       f"sys.argv = ['speechparse', '{command}', 'seeds/004_6b22edf84ef1ae66.txt']\n"
                       "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass")
    names = {n for _, n in rows}
    assert module in names and not {"pydantic", "lark"} & names


def test_typed_tree_uses_pydantic() -> None:
    assert "pydantic" in modules_after("import speechparse\nspeechparse.parse('一、甲')")


def test_page_patterns_are_compiled_only_when_a_text_needs_them() -> None:
    code = (
        "import speechparse.parser as p, speechparse.page.facts as h, speechparse.page.noise as n\n"
        "print(type(h._SPEAKER_RE).__name__, type(n._SHORT_NOISE_RE).__name__)\n"
        "p.parse_outline('返回顶部\\n同志们：\\n一、总体要求\\n')\n"  # a button: furniture is tried
        "print(type(h._SPEAKER_RE).__name__, type(n._SHORT_NOISE_RE).__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT)
    assert out.stdout.decode().split() == ["_LazyPattern", "_LazyPattern", "_LazyPattern", "_Compiled"]
