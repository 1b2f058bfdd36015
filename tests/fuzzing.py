"""The project's own fuzz harness: random drafts, and what must hold for every one.

Inputs are made of the pieces speeches and pages are made of (markers,
salutations, points, dates, page junk, odd line ends, traditional characters),
of random Unicode, and of both repeated past 100 KB.  For every input:

* ``parse`` never raises, its blocks tile the text (lossless) and its spans
  lie inside it;
* ``parse_outline(text) == parse(text).outline()``;
* the outline is valid under ``speechparse schema`` (jsonschema, a
  development dependency), and every line number in it and in the findings is
  the README's: lines as ``str.splitlines`` ends them;
* ``fix`` (unsafe fixes too) keeps every line break: no edit removes or adds
  one, and the fixed text is exactly the text with the reported edits made;
  fixing the fixed text changes nothing, and ``check(fix(t))`` never has more
  findings than ``check(t)``;
* some inputs also go through Word: a .docx made from the text is read back
  with the same paragraphs, checked, fixed in Word form and annotated
  (``check --annotate``), and the annotated copy still reads the same; the
  copy reviewed with tracked changes (``--fix --annotate``) reads as the
  draft fixed in Word form (insertions in, deletions out).

CI runs a few hundred inputs through :func:`run` in seconds
(``tests/test_fuzz.py``).  The long mode is run by hand before a release::

    python -m tests.fuzzing --inputs 1000000 --large 200 --docx 500 --seed 1

It prints the count of each kind of input, the slowest ones, and exits 1 on
the first input that breaks an invariant, writing it to ``fuzz-failure.txt``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from speechparse import parse, parse_outline
from speechparse.checks import check, fix, fix_pass, makes
from speechparse.outline import outline_schema

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")  # str.splitlines's
_schema_check: Callable[[object], None] | None = None


def _valid(outline: dict[str, object]) -> None:
    global _schema_check
    if _schema_check is None:
        from jsonschema import Draft202012Validator

        _schema_check = Draft202012Validator(outline_schema()).validate
    _schema_check(outline)


def _lines_in(outline: dict[str, object]) -> list[int]:
    """Every ``line`` the outline gives, at any depth."""
    found: list[int] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "line" and isinstance(v, int):
                    found.append(v)
                else:
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(outline)
    return found

PIECES = [
    "一、", "二、", "三、", "（一）", "(二)", "（三)", "1.", "2、", "３．", "（1）", "⑴", "①", "㈠", "⒈",
    "第一部分", "第二章", "第三节", "第五条", "【第一部分】", "一是", "二是", "四是", "第一，", "其一，", "一要",
    "同志们：", "同志們：", "各位代表：", "尊敬的各位领导、各位来宾：", "同志们！", "我讲三点意见。", "講兩點",
    "谢谢大家！", "让我们共同努力！", "2006年3月20日", "（二〇二六年四月二十三日）", "2026年02月30日",
    "相关报道：", "---", "# ", "## ", "**", "> ", "![图](a.png)", "[链接](http://x)", "\ue004", "\xa0",
    "\u3000\u3000", "\n", "\n\n", "\r\n", "\r", "\u2028", "\x85", "\x0c", "。", "，", "；", "：", "、",
    "标题", "工作", "讲话", "在全县工作会议上的讲话", "——在……上的讲话", "附件", "附：", "目录", "……1",
    "3.5亿", "1、2月份", "时间:2022-06-04", "来源：", "责任编辑：", "第3页", "- 2 -", " ", "\x00", "\ufeff",
    "新华社北京1月1日电", "（记者 某某）", "摄", "县委书记　某某", "以上意见，请认真贯彻落实。", "二点意见",
]


@dataclass
class Tally:
    inputs: int = 0
    large: int = 0
    docx: int = 0
    slowest: list[tuple[float, str]] = field(default_factory=list)


def text_of(rnd: random.Random, large: bool = False) -> str:
    """One input: pieces, random code points, or a mix; repeated past 100 KB if ``large``."""
    kind = rnd.random()
    if kind < 0.6:
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(0, 120)))
    elif kind < 0.8:
        text = "".join(chr(rnd.choice((rnd.randrange(32, 0x3000), rnd.randrange(0x3000, 0xA000),
                                       rnd.randrange(0, 0x110000))))
                       for _ in range(rnd.randrange(0, 200))).replace("\ud800", "")
        text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    else:
        text = "".join(rnd.choice(PIECES) if rnd.random() < 0.8 else chr(rnd.randrange(0x4E00, 0x9FA5))
                       for _ in range(rnd.randrange(0, 200)))
    if large and text:
        text = text * (100_000 // len(text) + 1)
    return text


def invariants(text: str) -> None:
    """Everything that must hold for ``text``; an AssertionError says what did not."""
    speech = parse(text)
    pos = 0
    for block in speech.blocks():
        assert block.span.start == pos, f"blocks not lossless at {pos}"
        pos = block.span.end
    assert pos == len(text), "blocks do not reach the end of the text"
    for h in speech.headings():
        assert 0 <= h.span.start <= h.span.end <= len(text), "a heading span outside the text"
    outline = speech.outline()
    assert parse_outline(text) == outline, "parse_outline differs from parse().outline()"
    _valid(outline)
    n_lines = max(1, len(text.splitlines()) + 1)  # (a heading may sit on the empty last line)
    assert all(1 <= n <= n_lines for n in _lines_in(outline)), "an outline line outside the text"
    lines_before = [0]  # the offset each line starts at, as str.splitlines cuts
    for line in text.splitlines(keepends=True):
        lines_before.append(lines_before[-1] + len(line))
    for h in speech.headings():
        line = h.span.line
        assert lines_before[line - 1] <= h.span.start <= lines_before[min(line, len(lines_before) - 1)], \
            f"heading at offset {h.span.start} is not on line {line}"
    found = check(speech)
    assert [d.model_dump() for d in found] == [d.model_dump() for d in check(text)], "check(parse(t)) ≠ check(t)"
    for d in found:
        assert 1 <= d.line <= n_lines, f"{d.code} at line {d.line}"
    # fix's passes made by hand: every edit keeps the line breaks; the result is fix's.
    now, passes, now_found = text, 0, found
    while passes < 8 and (fixable := [d for d in now_found if makes(d, True)]):
        after, applied, after_found = fix_pass(now, now_found, fixable)
        if not applied:
            break
        assert len(after_found) <= len(now_found), "a pass of fixes left more findings"
        for d in applied:
            assert d.fix is not None
            for e in d.fix.edits:
                assert not _LINE_BREAKS.intersection(now[e.start:e.end]), f"{d.code}'s fix removes a line break"
                assert not _LINE_BREAKS.intersection(e.replacement), f"{d.code}'s fix adds a line break"
        now, passes, now_found = after, passes + 1, after_found
    fixed, done = fix(text, unsafe=True)
    assert fixed == now, "fix gives another text than its reported edits"
    assert len(fixed.splitlines()) == len(text.splitlines()), "a fix changed the number of lines"
    assert len(now_found) <= len(found), "the fixed text has more findings than the text"
    if done:
        assert fix(fixed, unsafe=True)[0] == fixed, "fix is not idempotent"
        assert len(check(fixed)) <= len(found), "the fixed text has more findings than the text"


def word_file(paragraphs: list[str], path: Path) -> None:
    """A .docx with one plain paragraph per string, as Word saves one.

    Made with python-docx's blank document, but the paragraphs go in through
    lxml: its ``add_paragraph`` looks for the section properties on every call,
    which costs a 100 KB draft of short lines minutes.
    """
    import docx  # python-docx, a development dependency
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    body = d.element.body
    end = body.sectPr
    for text in paragraphs:
        p = OxmlElement("w:p")
        if text:
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = text
            t.set(qn("xml:space"), "preserve")
            r.append(t)
            p.append(r)
        if end is not None:
            end.addprevious(p)
        else:
            body.append(p)
    d.save(str(path))


def through_word(text: str, folder: Path) -> None:
    """A .docx of ``text``: read back the same, checked, fixed in Word form and annotated."""
    from speechparse.checks.config import Config
    from speechparse.docx_input import read_docx
    from speechparse.word.fixes import fix_docx
    from speechparse.word.review import annotate_docx

    paragraphs = [p for p in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    clean = ["".join(ch for ch in p if ch.isprintable() or ch == "\u3000") for p in paragraphs]
    path = folder / "fuzz.docx"
    word_file(clean, path)
    read = read_docx(path)
    found = check(read)
    annotate_docx(path, folder / "annotated.docx", found)
    assert read_docx(folder / "annotated.docx") == read, "--annotate changed the text"
    annotate_docx(path, folder / "tracked.docx", found, tracked=True,
                  config=Config(unsafe_fixes=True))
    fix_docx(path, unsafe=True)
    assert read_docx(folder / "tracked.docx") == read_docx(path), \
        "the tracked changes do not read as the draft fixed in Word form"


def run(inputs: int, large: int = 0, docx_every: int = 0, seed: int = 0, report: bool = False) -> Tally:
    rnd = random.Random(seed)
    tally = Tally()
    big_every = max(1, inputs // large) if large else 0
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(inputs):
            is_large = bool(big_every) and k % big_every == 0
            text = text_of(rnd, is_large)
            t0 = time.perf_counter()
            try:
                invariants(text)
                if docx_every and k % docx_every == 0:
                    through_word(text, Path(tmp))
                    tally.docx += 1
            except Exception:
                Path("fuzz-failure.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
                raise
            spent = time.perf_counter() - t0
            tally.inputs += 1
            tally.large += is_large and len(text) >= 100_000
            tally.slowest = sorted([*tally.slowest, (spent, text[:40])], reverse=True)[:5]
            if report and k and k % 10_000 == 0:
                print(f"{k} inputs, {tally.large} large, {tally.docx} through Word", file=sys.stderr)
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="speechparse's fuzz harness (see tests/fuzzing.py)")
    ap.add_argument("--inputs", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=20, help="how many inputs are 100 KB or more")
    ap.add_argument("--docx", type=int, default=0, help="every Nth input also goes through Word")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    try:
        t = run(a.inputs, a.large, a.docx and max(1, a.inputs // a.docx), a.seed, report=True)
    except AssertionError as e:
        print(f"invariant broken: {e} (input written to fuzz-failure.txt)", file=sys.stderr)
        return 1
    print(f"{t.inputs} inputs ({t.large} of 100 KB or more, {t.docx} through Word): every invariant held")
    for spent, head in t.slowest:
        print(f"  {spent:.2f} s  {head!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
