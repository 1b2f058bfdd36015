"""`check` as a project's tool: what a folder walk reads, accepting findings, summaries, output.

Each habit has a case that shows it and a near-identical one that must not.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SLIP = "在全县工作会议上的讲话\n同志们:\n一、甲\n要甲。\n三、乙\n要乙。\n同志们，让我们努力奋斗！\n"


def run(*args: str, cwd: Path | None = None, quiet: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "speechparse", *args, *(["--quiet"] if quiet else [])],
                          capture_output=True, text=True, timeout=120, cwd=cwd)


def project(tmp_path: Path) -> Path:
    for rel in ("drafts/a.txt", ".venv/lib/b.txt", "node_modules/x/c.txt", "archive/d.txt", "scratch.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(SLIP, encoding="utf-8")
    return tmp_path


def files_reported(r: subprocess.CompletedProcess[str]) -> set[str]:
    return {line.split(":", 1)[0].removeprefix("./") for line in r.stdout.splitlines() if ": " in line}


def test_a_folder_walk_leaves_out_tool_folders_and_what_git_ignores(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert files_reported(run("check", ".", cwd=root)) == {"drafts/a.txt", "archive/d.txt", "scratch.txt"}
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".gitignore").write_text("scratch.txt\n", encoding="utf-8")
    assert files_reported(run("check", ".", cwd=root)) == {"drafts/a.txt", "archive/d.txt"}
    # near miss: a file named on the command line is read whatever git ignores
    assert files_reported(run("check", "scratch.txt", cwd=root)) == {"scratch.txt"}


def test_exclude_from_the_settings_and_the_command_line(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "speechparse.toml").write_text('exclude = ["archive/**"]\n', encoding="utf-8")
    assert files_reported(run("check", ".", cwd=root)) == {"drafts/a.txt", "scratch.txt"}
    assert files_reported(run("check", ".", "--exclude", "scratch.txt", cwd=root)) == {"drafts/a.txt"}


def test_per_file_ignores_accept_a_finding_in_those_files_only(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "speechparse.toml").write_text('[per-file-ignores]\n"archive/*.txt" = ["N201"]\n', encoding="utf-8")
    r = run("check", "drafts", "archive", cwd=root, quiet=True)
    codes = {(line.split(":")[0], line.split(" ")[1]) for line in r.stdout.splitlines()}
    assert ("archive/d.txt", "N201") not in codes and ("archive/d.txt", "S102") in codes
    assert ("drafts/a.txt", "N201") in codes


def test_the_most_specific_selector_wins(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(SLIP, encoding="utf-8")
    r = run("check", str(p), "--ignore", "N2", "--select", "N201", quiet=True)
    assert [line.split(" ")[1] for line in r.stdout.splitlines()] == ["N201"]
    r = run("check", str(p), "--select", "N2,S", "--ignore", "N201", quiet=True)
    assert [line.split(" ")[1] for line in r.stdout.splitlines()] == ["S102"]


def test_a_summary_after_the_findings_and_quiet_without_it(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(SLIP, encoding="utf-8")
    r = run("check", str(p), "--summary")
    assert r.returncode == 1 and r.stderr == ""
    assert r.stdout.splitlines()[2:] == ["共 2 个问题，其中 2 个可用 --fix 修复"]
    r = run("check", str(p), "--summary", "--lang", "en")
    assert r.stdout.splitlines()[-1] == "Found 2 problems (2 fixable with --fix)."
    assert len(run("check", str(p), "--summary", "--quiet").stdout.splitlines()) == 2
    assert len(run("check", str(p)).stdout.splitlines()) == 2  # a pipe: the findings alone
    # near miss: a clean file says nothing at all
    p.write_text(SLIP.replace(":", "：").replace("三、", "二、"), encoding="utf-8")
    r = run("check", str(p), "--summary")
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_statistics_and_an_output_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(SLIP.replace("三、乙\n要乙。", "三、乙\n要乙。\n（1）子\n要子。\n（3）丑\n要丑。"), encoding="utf-8")
    r = run("check", str(p), "--statistics")
    assert [line.split()[:3] if "[*]" in line else line.split()[:2] for line in r.stdout.splitlines()] == [
        ["2", "N201", "[*]"], ["1", "N205"], ["1", "S102", "[*]"]]
    out = tmp_path / "report.sarif"
    r = run("check", str(p), "--output", str(out), "--output-format", "sarif")
    assert r.stdout == "" and json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    # near miss: an abbreviation of --output is no longer taken for --output-format
    r = run("check", str(p), "--outp", "x.sarif")
    assert r.returncode == 2 and "无法识别的参数：--outp" in r.stderr


def test_sarif_rules_carry_help_and_an_unreadable_file_is_a_notification(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(SLIP, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    r = run("check", str(p), str(bad), "--output-format", "sarif")
    run_ = json.loads(r.stdout)["runs"][0]
    rule = run_["tool"]["driver"]["rules"][0]
    assert rule["fullDescription"]["text"] and "speechparse rules" in rule["help"]["text"]
    notes = run_["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "bad.txt") and run_["invocations"][0]["executionSuccessful"] is False


def test_the_summary_counts_the_files_not_read(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(SLIP, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    r = run("check", str(p), str(bad), "--summary")
    assert r.returncode == 2 and r.stdout.splitlines()[-1].endswith("；1 个文件无法读取，未检查")
    assert run("check", str(bad), "--summary").stdout == "1 个文件无法读取，未检查\n"
    assert run("check", str(p), "--summary").stdout.splitlines()[-1].startswith("共 ")  # near miss: all read
    assert "无法读取" not in run("check", str(p), "--summary").stdout


def test_rules_code_explains_one_rule() -> None:
    r = run("rules", "n201")
    assert r.returncode == 0 and r.stdout.startswith("N201  同级编号不连续")
    assert "级别：error；可用 --fix 修复" in r.stdout
    # in Chinese: the forms its message takes and how to accept one, before the developers' notes in English
    assert "  编号「…」之后应为「…」，实为「…」…\n" in r.stdout and "【speechparse: 忽略 N201】" in r.stdout
    assert r.stdout.index("提示的写法") < r.stdout.index("（英文，供开发者参考）") < r.stdout.index("sibling numbers")
    en = run("rules", "N201", "--lang", "en").stdout
    assert "level: error; fixable with --fix" in en and "  after 「…」 the next number should be" in en
    assert "编号" not in en.replace("忽略", "")
    r = run("rules", "X999")
    assert r.returncode == 2 and "未知的规则代码" in r.stderr


def test_a_folder_with_nothing_to_check_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SLIP, encoding="utf-8")
    r = run("check", str(tmp_path), "--glob", "*.docx")
    assert r.returncode == 2 and r.stderr == f"{tmp_path}: 没有找到要检查的文件（--glob *.docx）\n"


def test_diff_of_a_file_without_a_final_newline_applies(tmp_path: Path) -> None:
    if shutil.which("patch") is None:
        pytest.skip("patch is not installed")
    p = tmp_path / "a.txt"
    p.write_text(SLIP.rstrip("\n"), encoding="utf-8")
    r = run("check", "--diff", "a.txt", cwd=tmp_path)
    assert r.stdout.endswith("\\ No newline at end of file\n")
    subprocess.run(["patch", "-p1", "-s"], input=r.stdout, text=True, cwd=tmp_path, check=True)
    assert p.read_text(encoding="utf-8") == SLIP.rstrip("\n").replace(":", "：").replace("三、", "二、")


def test_fix_says_how_many_places_changed_also_on_stdin(tmp_path: Path) -> None:
    text = SLIP.replace("三、乙", "三、乙\n要乙。\n四、丙")  # one N201 renumbers two headings
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", "--fix", "--unsafe-fixes", "-"],
                       input=text, capture_output=True, text=True, timeout=120)
    assert "-: 已修复 3 处（N201, S102）" in r.stderr
    # near miss: without --unsafe-fixes the renumbering is reported and left
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", "--fix", "-", "--summary"],
                       input=text, capture_output=True, text=True, timeout=120)
    assert r.stderr.splitlines() == [
        "-: 已修复 1 处（S102）",
        "-:5:1: N201 编号「一、」之后应为「二、」，实为「三、」",
        "共 1 个问题，另有 1 个需加 --unsafe-fixes 修复",
    ]
    assert "三、乙" in r.stdout and "四、丙" in r.stdout


def test_html_output_takes_one_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    for p in (a, b):
        p.write_text(SLIP, encoding="utf-8")
    r = run("outline", str(a), str(b), "--format", "html")
    assert r.returncode == 2 and r.stdout == "" and "html 格式一次只生成一个文件的网页" in r.stderr
    assert run("outline", str(a), "--format", "html").stdout.count("<html") == 1


def test_max_size_speaks_in_readable_units(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(SLIP, encoding="utf-8")
    r = run("check", str(p), "--max-size", "100")
    assert r.returncode == 2 and "上限 100 B" in r.stderr and "0.0 MB" not in r.stderr


@pytest.mark.parametrize("command", ["", "outline", "check", "rules", "schema"])
def test_help_is_chinese_throughout_and_every_option_says_what_it_does(command: str) -> None:
    """No argparse English in a Chinese page: 「用法：」, 「选项」, 「显示本帮助并退出」."""
    r = run(*([command] if command else []), "--help")
    assert r.returncode == 0 and r.stdout.startswith("用法：")
    for english in ("usage:", "show this help", "positional arguments", "options:", "show program's"):
        assert english not in r.stdout, english
    assert "选项：" in r.stdout and "选项:" not in r.stdout  # a Chinese heading ends in 「：」
    from speechparse.cli.args import parser

    def options(p: object) -> list[object]:
        acts = list(p._actions)
        subs = [a for a in acts if a.__class__.__name__ == "_SubParsersAction"]
        return [a for a in acts if a not in subs] + [x for s in subs for c in s.choices.values() for x in options(c)]

    assert [a.option_strings for a in options(parser()) if a.option_strings and not a.help] == []


def test_usage_errors_are_chinese_and_name_the_option() -> None:
    r = run("outline", "--format", "xml", "a.txt")
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1] == ("speechparse outline：错误：参数 --format/-f 的值 'xml' 无效"
                                         "（可选：'json', 'markdown', 'tree', 'html'）")
    r = run("outline")
    assert r.returncode == 2 and r.stderr.splitlines()[-1] == "speechparse outline：错误：缺少必需的参数：FILE"


_CHINESE_LABELS = ("称谓", "结束语", "预告", "体裁", "日期：", "无标题", "提纲", "行", "页")


@pytest.mark.parametrize("fmt", ["tree", "markdown", "html"])
def test_lang_en_labels_every_rendering_and_chinese_stays_the_default(fmt: str, tmp_path: Path) -> None:
    from speechparse.outline import labels

    text = ("在全县工作会议上的讲话\n同志们：\n今天讲两点意见。\n一、统一思想\n要统一。\n二、狠抓落实\n要落实。\n"
            "同志们，让我们共同努力！\n")
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    zh = run("outline", str(draft), "--format", fmt).stdout
    en = run("outline", str(draft), "--format", fmt, "--lang", "en").stdout
    for word in ("统一思想", "狠抓落实", "同志们"):  # the writer's own words are the same
        assert word in zh and word in en
    leaked = [w for w in _CHINESE_LABELS if w in en and not set(w) <= set(text)]
    assert leaked == [], en
    assert labels("en")["closing"] in en and labels("zh")["closing"] in zh and "称谓" in zh
