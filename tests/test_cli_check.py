"""``speechparse check`` as writers, scripts and pre-commit use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

DRAFT = "同志们:\n我讲两点意见。\n一、统一思想\n要统一思想。\n三、狠抓落实\n要狠抓落实。\n同志们，让我们努力奋斗！\n"


def run(*args: str, cwd: Path = ROOT, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([sys.executable, "-m", "speechparse", "check", *args], input=stdin,
                       capture_output=True, cwd=cwd)
    return subprocess.CompletedProcess(r.args, r.returncode, r.stdout.decode("utf-8"),
                                       r.stderr.decode("utf-8"))


def draft(tmp_path: Path, text: str = DRAFT, name: str = "draft.txt",
          encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_concise_output_and_exit_code(tmp_path: Path) -> None:
    p = draft(tmp_path)
    r = run(str(p))
    assert r.returncode == 1
    assert r.stdout.splitlines() == [
        f"{p}:1:4: S102 称谓「同志们」后应为全角冒号「：」，实为「:」",
        f"{p}:5:1: N201 编号「一、」之后应为「二、」，实为「三、」",
    ]


def test_clean_file_exits_zero_and_exit_zero_flag(tmp_path: Path) -> None:
    clean = draft(tmp_path, DRAFT.replace(":", "：").replace("三、", "二、"))
    assert run(str(clean)).returncode == 0
    assert run(str(draft(tmp_path, name="b.txt")), "--exit-zero").returncode == 0


def test_fail_on_error_ignores_warnings(tmp_path: Path) -> None:
    p = draft(tmp_path, DRAFT.replace("三、", "二、"))  # only S102, a warning, is left
    assert run(str(p)).returncode == 1
    assert run(str(p), "--fail-on", "error").returncode == 0


def test_the_help_names_the_default_fail_on_the_settings_have() -> None:
    from speechparse.checks import Config

    help_text = " ".join(run("check", "--help").stdout.split())
    assert f"默认 {Config().fail_on}" in help_text


def test_select_ignore_and_english(tmp_path: Path) -> None:
    p = draft(tmp_path)
    r = run(str(p), "--select", "N2", "--lang", "en")
    assert r.stdout.splitlines() == [
        f"{p}:5:1: N201 after 「一、」 the next number should be 「二、」, not 「三、」"]
    r = run(str(p), "--ignore", "N201,S102")
    assert r.stdout == "" and r.returncode == 0


def test_json_and_github_formats(tmp_path: Path) -> None:
    p = draft(tmp_path)
    out = json.loads(run(str(p), "--output-format", "json").stdout)
    assert [(d["code"], d["severity"], d["line"], d["column"]) for d in out] == [
        ("S102", "warning", 1, 4), ("N201", "error", 5, 1)]
    assert out[1]["fix"]["edits"][0]["replacement"] == "二、"
    assert out[1]["end_column"] == 3
    gh = run(str(p), "--format", "github").stdout.splitlines()
    assert gh[1] == (f"::error file={p},line=5,col=1,endLine=5,endColumn=3,title=N201::"
                     "编号「一、」之后应为「二、」，实为「三、」")


def test_full_format_shows_the_line_and_a_caret(tmp_path: Path) -> None:
    p = draft(tmp_path)
    lines = run(str(p), "--output-format", "full").stdout.splitlines()
    assert lines[4:7] == [f"{p}:5:1: N201 编号「一、」之后应为「二、」，实为「三、」",
                          "    5 | 三、狠抓落实",
                          "      | ^^^^"]


def test_fix_rewrites_atomically_keeping_encoding_and_line_ends(tmp_path: Path) -> None:
    text = DRAFT.replace("\n", "\r\n")
    p = draft(tmp_path, text, encoding="gb18030")
    r = run(str(p), "--fix")
    assert r.returncode == 0, r.stdout
    assert "已修复 2 处（N201, S102）" in r.stderr
    assert p.read_bytes() == text.replace(":", "：").replace("三、", "二、").encode("gb18030")
    assert [f.name for f in tmp_path.iterdir()] == ["draft.txt"]  # no temp file left


def test_fix_keeps_a_utf8_bom(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + DRAFT.encode())
    run(str(p), "--fix")
    assert p.read_bytes().startswith(b"\xef\xbb\xbf\xe5\x90\x8c")


def test_diff_shows_and_does_not_write(tmp_path: Path) -> None:
    p = draft(tmp_path)
    r = run(str(p), "--diff")
    assert "-三、狠抓落实\n+二、狠抓落实\n" in r.stdout
    assert p.read_text(encoding="utf-8") == DRAFT


def test_stdin_with_fix_writes_the_fixed_text_to_stdout() -> None:
    r = run("-", "--fix", "--select", "N201", stdin=DRAFT.encode())
    assert r.stdout.startswith("同志们:\n我讲两点意见。\n一、统一思想\n要统一思想。\n二、狠抓落实")


def test_config_in_pyproject_is_found_above_the_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.speechparse]\nignore = ["S102"]\n',
                                             encoding="utf-8")
    sub = tmp_path / "drafts"
    sub.mkdir()
    p = draft(sub)
    assert [line.split()[1] for line in run(str(p)).stdout.splitlines()] == ["N201"]


def test_speechparse_toml_and_profile(tmp_path: Path) -> None:
    (tmp_path / "speechparse.toml").write_text('profile = "article"\n', encoding="utf-8")
    p = draft(tmp_path, "一、统一思想\n要统一思想。\n二、狠抓落实\n要落实。\n")
    assert run(str(p)).returncode == 0  # an article needs no salutation or closing
    assert "S101" in run(str(p), "--profile", "speech").stdout


def test_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "speechparse.toml").write_text('fail-on = "sometimes"\nnope = 1\n',
                                               encoding="utf-8")
    r = run(str(draft(tmp_path)))
    assert r.returncode == 2
    assert "speechparse.toml" in r.stderr and "未知的设置项「nope」" in r.stderr
    (tmp_path / "speechparse.toml").write_text("profile = [", encoding="utf-8")
    r = run(str(draft(tmp_path)))
    assert r.returncode == 2 and "TOML 格式错误" in r.stderr


def test_a_named_config_in_pyproject_form_is_read_and_its_typos_named(tmp_path: Path) -> None:
    """``--config team.toml`` holding 「[tool.speechparse]」 (copied from a pyproject.toml) is read as its table,
    and a typo inside it is named as the typo, not as an unknown 「tool」."""
    config = tmp_path / "team.toml"
    config.write_text('[tool.speechparse]\nignore = ["N201"]\n', encoding="utf-8")
    r = run("--config", str(config), str(draft(tmp_path)))
    assert "N201" not in r.stdout and r.returncode in (0, 1), r.stderr
    config.write_text('[tool.speechparse]\nignoer = ["N201"]\n', encoding="utf-8")
    r = run("--config", str(config), str(draft(tmp_path)))
    assert r.returncode == 2 and "未知的设置项「ignoer」" in r.stderr
    config.write_text('ignore = ["N201"]\n', encoding="utf-8")  # (near case: the plain form, as before)
    r = run("--config", str(config), str(draft(tmp_path)))
    assert "N201" not in r.stdout and r.returncode in (0, 1), r.stderr


def test_unreadable_input_is_exit_2_and_others_still_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    good = draft(tmp_path)
    r = run(str(bad), str(good))
    assert r.returncode == 2
    assert r.stderr.startswith(f"{bad}: 二进制文件")
    assert "N201" in r.stdout


def test_pre_commit_hook_file() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: speechparse-check" in text and "entry: speechparse check" in text


def test_rules_command_and_readme_list_every_rule() -> None:
    from speechparse.checks import RULES

    r = subprocess.run([sys.executable, "-m", "speechparse", "rules"], capture_output=True,
                       cwd=ROOT)
    listed = [line.split()[0] for line in r.stdout.decode("utf-8").splitlines()]
    assert listed == sorted(RULES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, rule in RULES.items():
        row = next(line for line in readme.splitlines() if line.startswith(f"| {code} |"))
        assert rule.severity in row and ("✓" in row) == rule.fixable, code


def test_files_that_are_not_drafts_are_quiet(tmp_path: Path) -> None:
    readme = draft(tmp_path, "# tool\n\nA command-line tool.\n\n1、Install it.\n3. Run it.\n", "README.md")
    reqs = draft(tmp_path, "lark>=1.1.9\npydantic>=2.6\nregex\n", "requirements.txt")
    r = run(str(readme), str(reqs))
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")
    r = run(str(readme), "--verbose")
    assert r.stdout == ""
    assert r.stderr == f"{readme}: 体裁 other（汉字只占可见字符的 0%，不是中文讲话或报告），按 other 检查\n"


def test_verbose_names_the_genre_and_why(tmp_path: Path) -> None:
    p = draft(tmp_path, "2025年度个人工作总结\n一年来，我认真履行岗位职责，较好地完成了各项工作任务。\n"
                        "一、主要工作\n认真学习。\n")
    r = run(str(p), "--verbose")
    assert r.returncode == 0 and r.stdout == ""
    assert r.stderr == (f"{p}: 体裁 summary（标题「2025年度个人工作总结」中有「工作总结」，"
                        "是写给人读的材料，不是讲话），按 summary 检查\n")
    r = run(str(p), "--verbose", "--profile", "speech", "--lang", "en")
    assert "S101" in r.stdout
    assert r.stderr.endswith("; checked as speech\n")


def test_diff_shows_unsafe_fixes_unless_told_not_to(tmp_path: Path) -> None:
    p = draft(tmp_path, "同志们：\n今天召开会议。\n一、统一思想\n要统一思想。\n二、狠抓落实\n要狠抓落实。\n"
                        "四、强化保障\n要强化保障。\n五、严明纪律\n要严明纪律。\n")
    diff = run(str(p), "--diff").stdout.splitlines()
    changed = [ln for ln in diff if ln[:1] in "+-" and ln[:3] not in ("+++", "---")]
    assert changed == ["-四、强化保障", "+三、强化保障", "-五、严明纪律", "+四、严明纪律"]  # (renumbering: unsafe)
    assert run(str(p), "--diff", "--no-unsafe-fixes").stdout == ""


def test_a_marker_after_a_lines_text_accepts_its_finding(tmp_path: Path) -> None:
    """The README's own example: 「三、狠抓落实 【speechparse: 忽略 N201】」 accepts N201 there, and only there."""
    text = "同志们：\n下面我讲两点。\n一、抓学习\n内容。\n三、狠抓落实{mark}\n内容。\n同志们，让我们共同努力！\n"
    marked = draft(tmp_path, text.format(mark=" 【speechparse: 忽略 N201】"), name="marked.txt")
    r = run(str(marked))
    assert (r.returncode, r.stdout) == (0, ""), r.stdout + r.stderr
    bare = draft(tmp_path, text.format(mark=""), name="bare.txt")
    r = run(str(bare))
    assert r.returncode == 1 and ":5:1: N201 " in r.stdout


def test_fix_on_standard_input_writes_back_in_its_encoding_and_bom() -> None:
    """A filter keeps what it was given: GB18030 stays GB18030, UTF-16 keeps its BOM, CRLF stays."""
    text = "\r\n".join(("同志们：", "下面我讲两点。", "一、抓学习", "内容。", "三、狠抓落实", "内容。",
                       "同志们，让我们共同努力！", ""))
    fixed = text.replace("三、狠抓落实", "二、狠抓落实")
    for encoding, bom in (("gb18030", b""), ("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf"), ("utf-8", b"")):
        r = subprocess.run([sys.executable, "-m", "speechparse", "check", "--fix", "--unsafe-fixes", "-"],
                           input=bom + text.encode(encoding), capture_output=True, cwd=ROOT)
        assert r.stdout == bom + fixed.encode(encoding), encoding
        clean = subprocess.run([sys.executable, "-m", "speechparse", "check", "--fix", "-"],
                               input=bom + fixed.encode(encoding), capture_output=True, cwd=ROOT)
        assert clean.stdout == bom + fixed.encode(encoding), encoding  # (near case: nothing to fix, same bytes)


def test_a_binary_file_is_named_for_what_it_is(tmp_path: Path) -> None:
    """An image or a program is named as such (no hint to read it as UTF-16); UTF-16 text without its
    byte-order mark gets the hint, in its own byte order."""
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    r = run(str(png))
    assert r.returncode == 2 and r.stderr.strip() == f"{png}: 二进制文件（PNG 图片），不是文本"
    text = "同志们：\n一、抓学习\n三、抓落实\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        p = draft(tmp_path, text, name=f"{encoding}.txt", encoding=encoding)
        r = run(str(p))
        assert r.returncode == 2 and f"请用 --encoding {encoding} 指定" in r.stderr
        r = run("--encoding", encoding, str(p))  # (near case: read as told, it is checked)
        assert r.returncode == 1 and "N201" in r.stdout
