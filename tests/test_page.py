"""--format html: one self-contained page, headings linked to their lines."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from speechparse import parse_outline
from speechparse.html_page import to_html

from .conftest import ROOT

SEED = ROOT / "seeds" / "004_6b22edf84ef1ae66.txt"


def test_page_links_every_heading_to_its_line() -> None:
    text = SEED.read_text(encoding="utf-8")
    outline = parse_outline(text)
    page = to_html(text, outline, "004.txt")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "http" not in page.split("<body>")[1]  # self-contained
    anchors = set(re.findall(r'id="L(\d+)"', page))
    assert len(anchors) == len(text.splitlines())

    def lines(nodes: list[dict[str, object]]) -> list[int]:
        out: list[int] = []
        for n in nodes:
            out.append(n["line"])  # type: ignore[arg-type]
            out += lines(n["children"])  # type: ignore[arg-type]
        return out

    for line in lines(outline["sections"]):
        assert f'href="#L{line}"' in page and str(line) in anchors
    assert "<title>强化干部管理落实工作责任</title>" in page
    escaped = to_html("一、<b>标题", parse_outline("一、<b>标题")).split("<body>")[1]
    assert "<b>" not in escaped and "&lt;b&gt;标题" in escaped


def test_cli_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    r = subprocess.run([sys.executable, "-m", "speechparse", "outline", str(SEED), "-f", "html",
                        "-o", str(out)], capture_output=True, cwd=ROOT)
    assert r.returncode == 0
    assert 'href="#L37"' in out.read_text(encoding="utf-8")


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="no headless Chromium on this machine")
def test_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    text = SEED.read_text(encoding="utf-8")
    page.write_text(to_html(text, parse_outline(text), "004.txt"), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([BROWSER, *flags, "--dump-dom", page.as_uri()], capture_output=True,
                         timeout=120)  # type: ignore[list-item]
    html = dom.stdout.decode("utf-8")
    assert 'nav aria-label="提纲"' in html and 'href="#L25"' in html
    shot = tmp_path / "page.png"
    subprocess.run([BROWSER, *flags, "--window-size=1280,800", f"--screenshot={shot}",
                    page.as_uri() + "#L25"], capture_output=True, timeout=120)  # type: ignore[list-item]
    assert shot.exists() and shot.stat().st_size > 10_000
