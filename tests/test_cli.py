"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

SEED = ROOT / "seeds" / "004_6b22edf84ef1ae66.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([sys.executable, "-m", "speechparse", *args], input=stdin,
                       capture_output=True, cwd=ROOT)
    return subprocess.CompletedProcess(r.args, r.returncode, r.stdout.decode("utf-8"),
                                       r.stderr.decode("utf-8"))


def test_outline_json_of_a_seed() -> None:
    r = run("outline", str(SEED))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["title"] == "强化干部管理落实工作责任"
    assert [s["marker"] for s in out["sections"]] == ["一、", "二、", "三、"]
    assert [c["marker"] for c in out["sections"][1]["children"]] == ["1、", "2、", "(三)", "(四)"]


def test_several_files_give_json_lines_and_a_bad_file_does_not_stop_them(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    r = run("outline", str(SEED), str(bad), str(ROOT / "seeds" / "000_cfe80b72b2db905b.txt"))
    assert r.returncode == 2
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [Path(row["path"]).name[:3] for row in rows] == ["004", "000"]
    assert r.stderr.startswith(f"{bad}: ")
    assert "Traceback" not in r.stderr


def test_stdin() -> None:
    r = run("outline", "-", stdin="同志们：\n一、统一思想\n".encode())
    assert r.returncode == 0
    assert json.loads(r.stdout)["salutation"] == "同志们"


def test_markdown_and_tree_formats() -> None:
    md = run("outline", str(SEED), "--format", "markdown")
    assert md.returncode == 0
    assert md.stdout.startswith("# 强化干部管理落实工作责任\n")
    assert "  - **(三)** 工作落实不够  ·  第37行" in md.stdout
    tree = run("outline", str(SEED), "-f", "tree")
    assert "├─ 二、情况分析  L25" in tree.stdout
    assert "\x1b[" not in tree.stdout  # no colour when not a terminal


def test_schema_is_json_schema() -> None:
    r = run("schema")
    schema = json.loads(r.stdout)
    assert schema["required"] == ["title", "salutation", "announced_count", "sections",
                                  "closing", "date", "genre", "speaker", "occasion", "place",
                                  "appendices"]
    assert schema["properties"]["format"]["const"] == "speechparse.outline/2"


def test_usage_error_exit_code() -> None:
    r = run("outline")
    assert r.returncode == 2
    r = run("nonsense")
    assert r.returncode == 2


def test_outline_matches_schema_shape() -> None:
    out = json.loads(run("outline", str(SEED)).stdout)

    def check(h: dict[str, object]) -> None:
        assert set(h) >= {"marker", "number", "title", "line", "children", "points"}
        for c in h["children"]:  # type: ignore[attr-defined]
            check(c)

    for h in out["sections"]:
        check(h)


def test_output_file_for_markdown_and_html(tmp_path: Path) -> None:
    md = tmp_path / "o.md"
    assert run("outline", str(SEED), "-f", "markdown", "-o", str(md)).returncode == 0
    assert md.read_text(encoding="utf-8").startswith("# 强化干部管理落实工作责任\n")
    r = run("outline", str(SEED), str(SEED), "-f", "html", "-o", str(tmp_path / "x.html"))
    assert r.returncode == 2 and "html 格式一次只生成一个文件的网页" in r.stderr


def test_tree_colour_is_optional() -> None:
    from speechparse import parse_outline
    from speechparse.outline import to_tree

    outline = parse_outline(SEED.read_text(encoding="utf-8"))
    assert "\x1b[36m" in to_tree(outline, color=True)
    plain = to_tree(outline)
    assert "\x1b[" not in plain and "└─ 三、下步工作建议  L45" in plain


def test_json_is_indented_in_full_for_a_speech_and_by_section_for_a_huge_outline() -> None:
    import io

    from speechparse import parse_outline
    from speechparse.outline import write_json

    small = parse_outline((ROOT / "seeds" / "004_6b22edf84ef1ae66.txt").read_text(encoding="utf-8"))
    out = io.StringIO()
    write_json(small, out)
    assert out.getvalue() == json.dumps(small, ensure_ascii=False, indent=2) + "\n"
    # 1,100 sections of two clauses each: 3,300 headings, past the limit for indenting in full.
    text = ("同志们：\n" + "一、甲\n1.乙\n2.丙\n" * 1100 + "同志们，让我们为完成全年目标任务而努力奋斗！\n"
            "附件：名词解释\n一、高质量发展：能够很好满足人民日益增长的美好生活需要的发展，是体现新发展理念的发展。\n")
    big = parse_outline(text)
    out = io.StringIO()
    write_json(big, out)
    written = out.getvalue()
    assert json.loads(written) == big
    lines = written.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    sections = [ln for ln in lines if ln.startswith('    {"marker": "一、"')]
    assert len(sections) == 1100  # one line each, their clauses inside
    assert '  "format": "speechparse.outline/2",' in lines
    assert len(big["appendices"]) == 1 and lines.count("  \"appendices\": [") == 1
    assert [ln for ln in lines if ln.startswith('    {"title": "名词解释"')]
