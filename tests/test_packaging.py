"""The wheel carries the grammar and py.typed, compiles the parsing modules, and works outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

# builds wheels (one with mypyc): about 100 s; with pytest-xdist the builds share one worker,
# one after another (they build from the same checkout)
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _wheel(tmp_path: Path, **env: str) -> Path:
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                        str(tmp_path), str(ROOT)], capture_output=True, env={**os.environ, **env})
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    return next(tmp_path.glob("speechparse-*.whl"))


def _compiled_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile"])


def test_wheel_ships_grammar_and_marker(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path, SPEECHPARSE_PURE="1")  # (what is compiled is the next test's)
    names = zipfile.ZipFile(wheel).namelist()
    assert "speechparse/grammars/speech.lark" in names
    assert "speechparse/py.typed" in names
    assert wheel.name.endswith("-py3-none-any.whl") and not [n for n in names if n.endswith(".so")]
    packaged = zipfile.ZipFile(wheel).read("speechparse/grammars/speech.lark").decode("utf-8")
    assert packaged == (ROOT / "grammars" / "speech.lark").read_text(encoding="utf-8")


def test_the_modules_listed_for_compiling_are_the_parsing_path() -> None:
    listed = _compiled_modules()
    assert all((ROOT / m).is_file() for m in listed)
    assert {"speechparse/lines.py", "speechparse/classify.py", "speechparse/tree.py"} <= set(listed)
    # pydantic models, mixin classes and the lazy patterns' class swap are not for mypyc
    assert not {"speechparse/models.py", "speechparse/plain.py", "speechparse/lazyre.py"} & set(listed)


@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc"))
                    or not Path(sysconfig.get_paths()["include"], "Python.h").is_file(),
                    reason="no C compiler or Python headers here: the wheel is built pure Python")
def test_wheel_compiles_the_listed_modules_beside_their_sources(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not wheel.name.endswith("-none-any.whl")  # a platform wheel
    for module in _compiled_modules():
        stem = module[:-len(".py")]
        assert module in names  # the source stays
        assert any(n.startswith(stem + ".") and n.endswith((".so", ".pyd")) for n in names), module


def test_without_a_working_compiler_the_wheel_is_pure_python(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path, CC="false")  # setuptools compiles with $CC: every compile fails
    names = zipfile.ZipFile(wheel).namelist()
    assert wheel.name.endswith("-py3-none-any.whl") and not [n for n in names if n.endswith(".so")]
    assert "speechparse/lines.py" in names
