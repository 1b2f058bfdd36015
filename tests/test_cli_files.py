"""``speechparse check`` in pipelines and on files: streams, formats, links, owners, refusals."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_cli_check import DRAFT, draft, run

FIXED = DRAFT.replace(":", "：").replace("三、", "二、")


def test_fix_on_stdin_writes_only_the_text_to_stdout() -> None:
    r = run("-", "--fix", stdin=DRAFT.encode())
    assert r.stdout == FIXED
    assert r.stderr == "-: 已修复 2 处（N201, S102）\n" and r.returncode == 0  # the note, as for a file
    r = run("-", "--fix", "--quiet", stdin=DRAFT.encode())
    assert r.stdout == FIXED and r.stderr == ""
    r = run("-", "--fix", "--select", "S1", stdin=FIXED.replace("同志们：", "同志们").encode())
    assert r.stdout == FIXED  # fixed again: 「同志们」 gets its colon
    r = run("-", "--fix", "--select", "N201", stdin=FIXED.encode())
    assert r.stdout == FIXED  # nothing to fix: the text as it came


def test_findings_that_remain_go_to_stderr_when_stdout_carries_the_text() -> None:
    text = DRAFT + "四、加强领导\n"  # S105 (no content) cannot be fixed
    r = run("-", "--fix", "--unsafe-fixes", stdin=text.encode())
    assert r.stdout == FIXED + "三、加强领导\n"
    assert r.stderr.splitlines() == [
        "-: 已修复 3 处（N201, S102）",
        "-:2:3: S103 开头说「我讲两点意见」，正文有三个一级标题",
        "-:8:1: S104 缺少结束语：最后一部分之后应有号召性的结束语（如「同志们，……而努力奋斗！」）",
        "-:8:1: S105 标题「三、加强领导」下没有内容"]
    assert r.returncode == 1


def test_diff_alone_on_stdout(tmp_path: Path) -> None:
    p = draft(tmp_path)
    r = run(str(p), "--diff")
    assert r.stdout.startswith(f"--- a/{p}\n+++ b/{p}\n")
    assert "-三、狠抓落实\n+二、狠抓落实\n" in r.stdout
    assert r.stderr.splitlines() == [
        f"{p}:1:4: S102 称谓「同志们」后应为全角冒号「：」，实为「:」",
        f"{p}:5:1: N201 编号「一、」之后应为「二、」，实为「三、」"]
    assert p.read_text(encoding="utf-8") == DRAFT


def test_a_closed_pipe_ends_quietly() -> None:
    big = "同志们:\n" + "一、统一思想\n要落实。\n" * 4000  # thousands of findings (H304)
    proc = subprocess.Popen([sys.executable, "-m", "speechparse", "check", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(big.encode())
    proc.stdin.close()
    proc.stdout.read(100)
    proc.stdout.close()
    assert proc.wait(timeout=120) == 141
    assert proc.stderr.read() == b""


def test_check_walks_folders_with_several_globs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    a = draft(tmp_path / "sub", name="a.txt")
    b = draft(tmp_path, name="b.md")
    draft(tmp_path, name="c.rst")
    r = run(str(tmp_path), "--select", "N201")
    assert sorted(line.split(":")[0] for line in r.stdout.splitlines()) == sorted([str(a), str(b)])
    r = run(str(tmp_path), "--select", "N201", "--glob", "*.rst,*.md")
    assert sorted(line.split(":")[0] for line in r.stdout.splitlines()) == sorted(
        [str(b), str(tmp_path / "c.rst")])
    r = run(str(tmp_path), "--select", "N201", "--glob", "*.txt", "--glob", "*.rst")
    assert len(r.stdout.splitlines()) == 2


def test_github_format_escapes_paths_and_messages(tmp_path: Path) -> None:
    p = draft(tmp_path, name="a,b:c%.txt")
    line = run(str(p), "--format", "github", "--select", "N201").stdout.strip()
    escaped = str(p).replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert line.startswith(f"::error file={escaped},line=5,col=1,")


def test_sarif_has_what_code_scanning_reads(tmp_path: Path) -> None:
    p = draft(tmp_path, name="讲话 稿.txt")
    log = json.loads(run(str(p), "--output-format", "sarif").stdout)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "speechparse" and driver["version"]
    assert [r["id"] for r in driver["rules"]] == ["N201", "S102"]
    assert run_["columnKind"] == "unicodeCodePoints"
    first, second = run_["results"]
    assert (first["ruleId"], first["level"], first["message"]["text"]) == (
        "S102", "warning", "称谓「同志们」后应为全角冒号「：」，实为「:」")
    assert driver["rules"][first["ruleIndex"]]["id"] == "S102"
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("%E8%AE%B2%E8%AF%9D%20%E7%A8%BF.txt")
    assert loc["region"] == {"startLine": 1, "startColumn": 4, "endLine": 1, "endColumn": 5}
    change = second["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert change["insertedContent"]["text"] == "二、" and change["deletedRegion"]["startLine"] == 5


def test_fix_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    target = draft(tmp_path, name="real.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    assert run(str(link), "--fix").returncode == 0
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_text(encoding="utf-8") == FIXED


def test_fix_keeps_hard_links_mode_and_owner(tmp_path: Path) -> None:
    p = draft(tmp_path)
    twin = tmp_path / "twin.txt"
    os.link(p, twin)
    p.chmod(0o640)
    if os.geteuid() == 0:
        os.chown(p, 4242, 4343)
    before = p.stat()
    assert run(str(p), "--fix").returncode == 0
    after = p.stat()
    assert twin.read_text(encoding="utf-8") == FIXED and after.st_ino == before.st_ino
    assert (after.st_nlink, stat.S_IMODE(after.st_mode), after.st_uid, after.st_gid) == (
        2, 0o640, before.st_uid, before.st_gid)


def test_fix_replaces_a_single_link_and_keeps_its_mode(tmp_path: Path) -> None:
    p = draft(tmp_path)
    p.chmod(0o604)
    assert run(str(p), "--fix").returncode == 0
    assert stat.S_IMODE(p.stat().st_mode) == 0o604 and p.read_text(encoding="utf-8") == FIXED
    assert sorted(f.name for f in tmp_path.iterdir()) == ["draft.txt"]


def test_a_write_killed_before_its_rename_leaves_nothing_after_the_next_fix(tmp_path: Path) -> None:
    """A ``kill -9`` between the temporary file and the rename: the next write beside it cleans up."""
    from speechparse.textfile import read_file
    from speechparse.writing import write_back

    draft = tmp_path / "draft.txt"
    draft.write_text("同志们:\n今天开会。\n", encoding="utf-8")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()  # a process that has ended
    leftover = tmp_path / f".draft.txt.speechparse-{gone}-k2j4.tmp"
    fresh = tmp_path / f".draft.txt.speechparse-{gone}-x9q1.tmp"  # (just written: may be a live run's)
    mine = tmp_path / f".draft.txt.speechparse-{os.getpid()}-a1b2.tmp"  # a live process's
    other = tmp_path / ".draft.txt.k2j4.tmp"  # not ours
    for p in (leftover, fresh, mine, other):
        p.write_bytes(b"x" * 100)
    old = os.stat(leftover).st_mtime - 3600
    for p in (leftover, mine, other):
        os.utime(p, (old, old))
    write_back(draft, read_file(draft), "同志们：\n今天开会。\n")
    assert draft.read_text(encoding="utf-8") == "同志们：\n今天开会。\n"
    assert not leftover.exists()
    assert fresh.exists() and mine.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["draft.txt", fresh.name, mine.name, other.name])  # and the write left no file of its own


def test_read_only_file_or_folder_is_refused_and_left_intact(tmp_path: Path) -> None:
    p = draft(tmp_path)
    p.chmod(0o444)
    r = run(str(p), "--fix")
    assert r.returncode == 2 and f"{p}: 文件只读，未修改" in r.stderr
    assert p.read_text(encoding="utf-8") == DRAFT
    folder = tmp_path / "ro"
    folder.mkdir()
    q = draft(folder)
    folder.chmod(0o555)
    try:
        r = run(str(q), "--fix", "--lang", "en")
        assert r.returncode == 2 and f"{q}: its folder is read-only; not changed" in r.stderr
        assert q.read_text(encoding="utf-8") == DRAFT
        assert "N201" in r.stdout  # the findings are still reported
    finally:
        folder.chmod(0o755)


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.txt"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    try:
        for path in (fifo, Path("/dev/zero"), sock_path):
            for cmd in (("check",), ("outline",)):
                r = subprocess.run([sys.executable, "-m", "speechparse", *cmd, str(path)],
                                   capture_output=True, timeout=60)
                assert r.returncode == 2
                assert r.stderr.decode() == f"{path}: 不是普通文件（管道、设备或套接字），不读取\n"
    finally:
        sock.close()


def test_input_size_is_capped(tmp_path: Path) -> None:
    p = draft(tmp_path, DRAFT * 200)
    r = run(str(p), "--max-size", "1K")
    assert r.returncode == 2 and "文件过大" in r.stderr and "--max-size" in r.stderr
    assert run(str(p), "--max-size", "1M", "--exit-zero").returncode == 0
    r = run("-", "--max-size", "1K", stdin=(DRAFT * 200).encode())
    assert r.returncode == 2 and r.stderr.startswith("-: 文件过大")


def test_file_errors_follow_the_language(tmp_path: Path) -> None:
    r = run(str(tmp_path / "missing.txt"), "--lang", "en")
    assert (r.returncode, r.stderr) == (2, f"{tmp_path / 'missing.txt'}: no such file\n")
    r = run(str(tmp_path / "missing.txt"))
    assert r.stderr == f"{tmp_path / 'missing.txt'}: 文件不存在\n"


def test_version() -> None:
    from speechparse import __version__

    r = subprocess.run([sys.executable, "-m", "speechparse", "--version"], capture_output=True, cwd=ROOT)
    assert r.stdout.decode().strip() == f"speechparse {__version__}"


@pytest.mark.parametrize("fmt", ["concise", "full", "json", "github", "sarif"])
def test_every_format_is_quiet_on_stderr(tmp_path: Path, fmt: str) -> None:
    r = run(str(draft(tmp_path)), "--output-format", fmt)
    assert r.stderr == "" and r.returncode == 1
