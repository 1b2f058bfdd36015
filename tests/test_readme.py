"""Every example in the README runs as written, and shows what really comes out.

Each fenced ``python`` block is saved to a file in a fresh folder that holds a
``corpus/`` (the seeds and the dev set) and run as a script, as a reader would
run it.  What it prints is checked where the block says (``print(...)  #
expected``), and what it writes is checked against ``parse_outline``.  Each
shell example (a fenced block whose lines start with ``$ ``) is run in a copy
of the repository's seeds, and every line it shows must be in the real output,
in order (``…`` stands for lines left out, a trailing ``…`` for the rest of a
line).  The settings and pre-commit blocks are loaded by what reads them.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from speechparse import parse_outline

from .conftest import FIXTURES, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```$", README, flags=re.M | re.S)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]
SHELL = [code for lang, code in BLOCKS if lang == "" and code.startswith("$ ")]
CORPUS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((FIXTURES / "devset").glob("*.txt"))


def _block(needle: str) -> str:
    found = [code for code in PYTHON if needle in code]
    assert len(found) == 1, f"one README python block with {needle!r}"
    return found[0]


def _run_script(code: str, folder: Path, env: dict[str, str] | None = None,
                timeout: float = 300) -> subprocess.CompletedProcess[str]:
    script = folder / "example.py"
    script.write_text(code, encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], cwd=folder, capture_output=True, text=True,
                       timeout=timeout, env={**os.environ, **(env or {})})
    assert r.returncode == 0, r.stderr[-3000:]
    return r


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "corpus").mkdir()
    for src in CORPUS:
        shutil.copyfile(src, tmp_path / "corpus" / src.name)
    return tmp_path


def _expect_records(records: list[dict[str, object]], folder: Path) -> None:
    assert sorted(str(r["path"]) for r in records) == sorted(f"corpus/{p.name}" for p in CORPUS)
    for r in records:
        text = (folder / str(r["path"])).read_text(encoding="utf-8")
        assert {k: v for k, v in r.items() if k != "path"} == parse_outline(text)


def test_every_python_block_is_tested_here() -> None:
    needles = ("speech = parse(text)", "parse_many(", "dask.bag", "pyspark")
    assert sorted(next(i for i, c in enumerate(PYTHON) if n in c) for n in needles) == list(range(len(PYTHON)))


def test_library_example_prints_what_its_comments_say(folder: Path) -> None:
    code = _block("speech = parse(text)")
    expected = [m.group(1).strip() for m in re.finditer(r"^print\(.*\)\s+# (.+)$", code, flags=re.M)]
    assert len(expected) >= 3
    out = _run_script(code, folder).stdout.splitlines()
    assert out[:len(expected)] == expected
    assert len(out) > len(expected)  # the loop over check() printed its findings


def test_batch_example_outlines_the_corpus(folder: Path) -> None:
    out = _run_script(_block("parse_many("), folder).stdout.splitlines()
    by_path = dict(line.split(" ", 1) for line in out)
    assert sorted(by_path) == sorted(f"corpus/{p.name}" for p in CORPUS)
    for path, count in by_path.items():
        outline = parse_outline((folder / path).read_text(encoding="utf-8"))
        assert count == str(len(outline["sections"]))


@pytest.mark.slow
def test_dask_example_on_a_local_cluster(folder: Path) -> None:
    pytest.importorskip("dask.distributed")
    _run_script(_block("dask.bag"), folder)
    parts = sorted((folder / "outlines").glob("part-*.jsonl"))
    assert parts
    texts = [p.read_text(encoding="utf-8") for p in parts]
    assert all(t.endswith("\n") for t in texts if t)  # parts that concatenate into one JSON Lines file
    _expect_records([json.loads(line) for line in "".join(texts).splitlines()], folder)


@pytest.mark.slow
def test_spark_example_in_local_mode(folder: Path) -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime: the Spark recipe needs one (CI installs default-jre-headless)")
    # Local mode on two cores.  PYSPARK_PYTHON is not set here: the recipe itself must make the
    # executors run this interpreter (where speechparse is installed), not the system python3.
    env = {"PYSPARK_SUBMIT_ARGS": "--master local[2] pyspark-shell"}
    _run_script(_block("pyspark"), folder, env=env, timeout=600)
    out = folder / "outlines-spark"
    assert (out / "_SUCCESS").exists()
    _expect_records([json.loads(line) for p in sorted(out.glob("part-*"))
                     for line in p.read_text(encoding="utf-8").splitlines()], folder)


def _commands(block: str) -> list[tuple[str, list[str]]]:
    """The ``$ command`` lines of a shell example, each with the output lines shown under it."""
    runs: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], []))
        else:
            runs[-1][1].append(line)
    return runs


def _shown_in(shown: list[str], real: list[str]) -> bool:
    """Every shown line is a real line, in order; ``…`` skips lines, a trailing ``…`` the rest of one."""
    i = 0
    skipping = False
    for want in shown:
        if want == "…":
            skipping = True
            continue
        prefix = want[:-1] if want.endswith("…") else None
        while i < len(real) and not (real[i].startswith(prefix) if prefix is not None else real[i] == want):
            if not skipping:
                return False
            i += 1
        if i == len(real):
            return False
        i += 1
        skipping = False
    return True


@pytest.mark.parametrize("block", SHELL, ids=[b.splitlines()[0][2:40] for b in SHELL])
def test_shell_example_shows_real_output(block: str, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    for command, shown in _commands(block):
        argv = shlex.split(command)
        assert argv[0] == "speechparse"
        r = subprocess.run([sys.executable, "-m", "speechparse", *argv[1:]], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})
        real = (r.stdout + r.stderr).splitlines()
        assert shown, command
        assert _shown_in(shown, real), f"{command}\n--- shown:\n" + "\n".join(shown) + \
            "\n--- real:\n" + "\n".join(real)


def test_settings_example_is_valid(tmp_path: Path) -> None:
    from speechparse.checks.config import load_file

    code = next(code for lang, code in BLOCKS if lang == "toml")
    (tmp_path / "pyproject.toml").write_text(code, encoding="utf-8")
    config = load_file(tmp_path / "pyproject.toml")  # raises ConfigError on any unknown key or value
    assert config.merged().profile == "auto"


def test_pre_commit_example_names_real_hooks() -> None:
    yaml = pytest.importorskip("yaml")
    code = next(code for lang, code in BLOCKS if lang == "yaml")
    hooks = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    example = yaml.safe_load(code.replace("<this repository>", "x").replace("<tag or commit>", "v1"))
    used = [h["id"] for repo in example["repos"] for h in repo["hooks"]]
    assert used and set(used) <= hooks
    assert "speechparse-fix" in hooks  # named in the example's comment


def test_rule_count_and_rules_table_match_the_registry() -> None:
    import speechparse.checks  # noqa: F401  (registers every rule)
    from speechparse.checks.registry import RULES

    count = re.search(r"(\d+) rules with stable codes", README)
    assert count is not None and int(count.group(1)) == len(RULES)
    listed = set(re.findall(r"^\| (?:`)?([SNHWG]\d{3})", README, flags=re.M))
    assert listed == set(RULES)
