"""Start-up stays fast: what each entry point imports (structure, not timing)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, check=True, cwd=ROOT)
    return set(out.stdout.decode().split())


def test_cli_module_imports_no_heavy_library() -> None:
    mods = modules_after("import speechparse.cli")
    assert not {"lark", "pydantic", "regex", "docx", "dask"} & mods


def test_outline_path_never_imports_pydantic() -> None:
    mods = modules_after("from speechparse import parse_outline\n"
                         "parse_outline('同志们：\\n一、统一思想\\n要统一。\\n')")
    assert "lark" in mods
    assert "pydantic" not in mods


def test_typed_tree_uses_pydantic() -> None:
    assert "pydantic" in modules_after("import speechparse\nspeechparse.parse('一、甲')")
