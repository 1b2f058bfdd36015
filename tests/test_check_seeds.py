"""The seeds' findings, written out: what a writer sees for each of them.

Seed 004 is a 交流材料 (genre ``summary``): no salutation or closing is asked of it.
Nor of seed 002, an account of a county's work with numbered parts and no salutation,
speech title, closing appeal or spoken words: numbered headings alone do not make a speech.
"""

from __future__ import annotations

from speechparse.checks import Config, check
from speechparse.textfile import read_file

from .conftest import ROOT

EXPECTED = """\
000_cfe80b72b2db905b.txt:9:4: S102 称谓「同志们」后应为全角冒号「：」，实为「:」
001_8acc964e36995502.txt:24:1: N204 序号「(一)」应使用全角括号「（一）」
001_8acc964e36995502.txt:25:1: N204 序号「(二)」应使用全角括号「（二）」
001_8acc964e36995502.txt:26:1: N204 序号「(三)」应使用全角括号「（三）」
001_8acc964e36995502.txt:27:1: N204 序号「(四)」应使用全角括号「（四）」
001_8acc964e36995502.txt:28:1: N204 序号「(五)」应使用全角括号「（五）」
001_8acc964e36995502.txt:29:1: N204 序号「(六)」应使用全角括号「（六）」
001_8acc964e36995502.txt:31:1: N204 序号「(一)」应使用全角括号「（一）」
001_8acc964e36995502.txt:32:1: N204 序号「(二)」应使用全角括号「（二）」
001_8acc964e36995502.txt:33:1: N204 序号「(三)」应使用全角括号「（三）」
002_778b67f263c8f6b8.txt:35:1: H303 「六、长治久安促和谐」与同级标题句式不一致（其余均以「……平安」结尾）
003_55e763167173406e.txt:8:4: S102 称谓「同志们」后应为全角冒号「：」，实为「:」
004_6b22edf84ef1ae66.txt:29:1: N206 同级标题混用「1、」与「(三)」两种样式，应统一为「（一）」式
004_6b22edf84ef1ae66.txt:37:1: N204 序号「(三)」应使用全角括号「（三）」
004_6b22edf84ef1ae66.txt:41:1: N204 序号「(四)」应使用全角括号「（四）」
004_6b22edf84ef1ae66.txt:49:1: N204 序号「(一)」应使用全角括号「（一）」
004_6b22edf84ef1ae66.txt:53:1: N204 序号「(二)」应使用全角括号「（二）」
"""


def test_seed_findings() -> None:
    got = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = read_file(seed).text
        got += [f"{seed.name}:{d.line}:{d.column}: {d.code} {d.message}"
                for d in check(text, Config(fail_on="info"))]
    assert "\n".join(got) + "\n" == EXPECTED


def test_seed_004_profile_and_english_messages() -> None:
    text = read_file(ROOT / "seeds" / "004_6b22edf84ef1ae66.txt").text
    found = check(text, Config(lang="en", select=("N206",)))
    assert [d.message for d in found] == [
        "siblings mix the 「1、」 and 「(三)」 styles; use 「（一）」 throughout"]
    assert found[0].fix is not None
    assert [e.replacement for e in found[0].fix.edits] == ["（一）", "（二）"]
