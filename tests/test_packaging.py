"""The wheel carries the grammar and py.typed, and works outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_ships_grammar_and_marker(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                        str(tmp_path), str(ROOT)], capture_output=True)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    wheel = next(tmp_path.glob("speechparse-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "speechparse/grammars/speech.lark" in names
    assert "speechparse/py.typed" in names
    packaged = zipfile.ZipFile(wheel).read("speechparse/grammars/speech.lark").decode("utf-8")
    assert packaged == (ROOT / "grammars" / "speech.lark").read_text(encoding="utf-8")
