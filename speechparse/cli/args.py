"""The command line's grammar: the subcommands, their options, and the values read from them.

Option values are read as they are parsed (a size such as 「100M」, a list of
rule codes), so that a mistake is a usage error (exit 2) before any file is opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import NoReturn

from ..lazyre import lazy_compile

# argparse's own words, as a Chinese help page and error message say them.  (argparse reads
# them through gettext's default domain, which the process shares: they are put into Chinese
# here, on the way out, not by installing a catalog for every library in the process.)
_ERRORS = (
    (lazy_compile(r"^the following arguments are required: (.*)$"), "缺少必需的参数：{0}"),
    (lazy_compile(r"^argument (\S+): invalid choice: (.*) \(choose from (.*)\)$"),
     "参数 {0} 的值 {1} 无效（可选：{2}）"),
    (lazy_compile(r"^argument (\S+): expected one argument$"), "参数 {0} 需要一个值"),
    (lazy_compile(r"^argument (\S+): invalid \S+ value: (.*)$"), "参数 {0} 的值 {1} 无效"),
    (lazy_compile(r"^unrecognized arguments: (.*)$"), "无法识别的参数：{0}"),
    (lazy_compile(r"^argument (\S+): (.*)$"), "参数 {0}：{1}"),  # (our own messages are Chinese already)
)


_HEADING_RE = lazy_compile(r"(?m)^([^\x00-\x7f][^\n:]{0,40}):$")  # 「选项:」 at the left margin


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def format_help(self) -> str:
        # argparse ends a section's heading with an ASCII 「:」; a Chinese heading takes 「：」.
        return _HEADING_RE.sub(r"\1：", super().format_help())


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help page and errors are in Chinese throughout."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        for pattern, zh in _ERRORS:
            m = pattern.match(message)
            if m is not None:
                message = zh.format(*m.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{message}\n")


def parser() -> argparse.ArgumentParser:
    """``speechparse`` and its subcommands: outline, schema, rules, check."""
    from .. import __version__

    ap = _Parser(
        prog="speechparse",
        description="解析讲话稿、工作报告的结构，并按公文标准检查文稿。",
        allow_abbrev=False,  # 「--output x.sarif」 must not become --output-format
    )
    ap.add_argument("--version", action="version", version=f"speechparse {__version__}", help="显示版本号并退出")
    sub = ap.add_subparsers(dest="command", required=True, title="命令")
    o = sub.add_parser("outline", help="输出提纲（JSON / Markdown / 树形）", allow_abbrev=False)
    o.add_argument("files", nargs="+", metavar="FILE",
                   help="文本文件（.txt/.md）、Word 文件（.docx）、PDF、网页（.html）或目录；- 表示标准输入")
    o.add_argument("--format", "-f", choices=["json", "markdown", "tree", "html"], default="json",
                   help="输出格式（默认 json）")
    o.add_argument("--encoding", help="指定输入编码（默认自动识别 UTF-8 / GB18030）")
    o.add_argument("--jobs", "-j", type=int, help="批量模式：工作进程数（默认全部 CPU 核）")
    o.add_argument("--output", "-o", help="批量模式：写入 JSON Lines 文件（默认标准输出）；"
                                          "html 格式：写入的网页文件")
    _common(o)
    sub.add_parser("schema", help="输出提纲 JSON 的 JSON Schema")
    r = sub.add_parser("rules", help="列出所有检查规则，或说明一条规则", allow_abbrev=False)
    r.add_argument("code", nargs="?", metavar="CODE", help="规则代码，如 N201：说明这条规则")
    r.add_argument("--lang", choices=["zh", "en"], default="zh", help="说明的语言（默认 zh）")
    c = sub.add_parser("check", help="按公文标准检查文稿结构", allow_abbrev=False,
                       description="检查称谓、编号、层级、标题等结构问题。"
                                   "退出码：0 无问题，1 有达到 fail-on 级别的问题，2 用法、配置或输入错误。")
    c.add_argument("files", nargs="+", metavar="FILE",
                   help="文本文件、Word 文件（.docx）、PDF、网页（.html）或目录；- 表示标准输入")
    c.add_argument("--fix", action="store_true", help="自动修复可修复的问题（保留编码、换行、链接和属主）")
    c.add_argument("--unsafe-fixes", action=argparse.BooleanOptionalAction, default=None,
                   help="--fix 也做不安全的修复（改动其他行的编号、改层级样式或改字词）；"
                        "默认只做安全修复（只改所报告之处）")
    c.add_argument("--diff", action="store_true",
                   help="只显示修复差异，不写入（安全和不安全的修复都显示；加 --no-unsafe-fixes 只显示安全修复）")
    c.add_argument("--annotate", metavar="OUT.docx",
                   help="把每个问题作为 Word 批注写入这份副本（仅 .docx）；与 --fix 同用时修改以修订形式写入")
    c.add_argument("--select", type=_codes, help="只检查这些规则（逗号分隔，可用前缀，如 N2）")
    c.add_argument("--ignore", type=_codes, help="不检查这些规则")
    c.add_argument("--profile", choices=["auto", "speech", "report", "summary", "article", "other"],
                   help="按哪种体裁检查（默认 auto：按解析出的体裁；summary、article 不要求称谓和结束语，"
                        "other 不做结构检查）")
    c.add_argument("--output-format", "--format", dest="output_format",
                   choices=["concise", "full", "json", "github", "sarif"], default="concise",
                   help="输出格式（默认 concise：每个问题一行）")
    c.add_argument("--fail-on", choices=["error", "warning", "info"],
                   help="达到哪一级的问题使退出码为 1（默认 warning，可在配置中设定）")
    c.add_argument("--exit-zero", action="store_true", help="有问题也以 0 退出")
    c.add_argument("--quiet", "-q", action="store_true", help="只输出问题，不输出汇总和修复说明")
    c.add_argument("--summary", action=argparse.BooleanOptionalAction, default=None,
                   help="在问题之后输出汇总行（默认：输出到终端时才有）")
    c.add_argument("--statistics", action="store_true", help="只按规则统计问题个数")
    c.add_argument("--output", "-o", metavar="FILE", help="把检查结果写入此文件（默认标准输出）")
    c.add_argument("--exclude", action="append", metavar="PATTERN",
                   help="遍历目录时跳过的文件或目录（可重复；.git、.venv、node_modules 等目录"
                        "和 .gitignore 忽略的文件总是跳过）")
    c.add_argument("--verbose", "-v", action="store_true",
                   help="在标准错误上说明每个文件按哪种体裁检查、依据是什么")
    c.add_argument("--encoding", help="指定输入编码")
    c.add_argument("--config", type=str, help="配置文件（speechparse.toml 或 pyproject.toml）")
    _common(c)
    return ap


def _common(p: argparse.ArgumentParser) -> None:
    """The options outline and check share: which files of a folder, the messages' language, the size bound."""
    p.add_argument("--glob", action="append", metavar="PATTERN",
                   help="目录中要处理的文件，可重复或用逗号分隔（默认 *.txt,*.md,*.docx,*.pdf,*.html,*.htm）")
    p.add_argument("--lang", choices=["zh", "en"], help="信息语言（默认 zh）")
    p.add_argument("--max-size", type=_size, metavar="SIZE",
                   help="单个文件的大小上限，如 100M、2G（默认 100M）")


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v.strip().upper() for v in value.split(",") if v.strip())


def _size(value: str) -> int:
    units = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
    v = value.strip().upper().removesuffix("B")
    unit = v[-1:] if v[-1:] in "KMG" else ""
    try:
        n = float(v[:len(v) - len(unit)])
    except ValueError:
        raise argparse.ArgumentTypeError(f"无法识别的大小「{value}」（例如 100M）") from None
    if n <= 0:
        raise argparse.ArgumentTypeError("大小应为正数")
    return int(n * units[unit])


def globs_of(args: argparse.Namespace) -> tuple[str, ...]:
    """The ``--glob`` patterns given (repeated or comma-separated), else the default ones."""
    from ..batch import DEFAULT_GLOBS

    given = [p.strip() for value in (args.glob or []) for p in value.split(",") if p.strip()]
    return tuple(given) or DEFAULT_GLOBS


def max_bytes_of(args: argparse.Namespace) -> int:
    """The bound on one file's size: ``--max-size``, else the default."""
    from ..textfile import DEFAULT_MAX_BYTES

    return args.max_size or DEFAULT_MAX_BYTES


def lang_of(args: argparse.Namespace) -> str:
    """The language of the messages: ``--lang``, else Chinese."""
    return getattr(args, "lang", None) or "zh"
