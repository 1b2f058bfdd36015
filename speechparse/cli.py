"""The ``speechparse`` command.

Imports are lazy: ``speechparse --help`` must not pay for lark and pydantic.
Exit codes: 0 fine; 1 findings at or above the failing severity (``check``) or
files that failed in a batch (``outline`` on folders, ``--jobs``, ``--output``);
2 usage, settings or input error; 141 (128 + SIGPIPE) when the reader of
standard output went away, as for any Unix filter.

Standard output carries only the result: the outline, the findings, or, with
``check --fix -`` and ``--diff``, the fixed text or the diff (the findings
then go to standard error).  Everything else goes to standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TextIO, TypeVar

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_BROKEN_PIPE = 0, 1, 2, 141


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    ap = argparse.ArgumentParser(
        prog="speechparse",
        description="解析讲话稿、工作报告的结构，并按公文标准检查文稿。",
        allow_abbrev=False,  # 「--output x.sarif」 must not become --output-format
    )
    ap.add_argument("--version", action="version", version=f"speechparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    o = sub.add_parser("outline", help="输出提纲（JSON / Markdown / 树形）", allow_abbrev=False)
    o.add_argument("files", nargs="+", metavar="FILE",
                   help="文本文件（.txt/.md）、Word 文件（.docx）、PDF、网页（.html）或目录；- 表示标准输入")
    o.add_argument("--format", "-f", choices=["json", "markdown", "tree", "html"], default="json")
    o.add_argument("--encoding", help="指定输入编码（默认自动识别 UTF-8 / GB18030）")
    o.add_argument("--jobs", "-j", type=int, help="批量模式：工作进程数（默认全部 CPU 核）")
    o.add_argument("--output", "-o", help="批量模式：写入 JSON Lines 文件（默认标准输出）；"
                                          "html 格式：写入的网页文件")
    _common(o)
    sub.add_parser("schema", help="输出提纲 JSON 的 JSON Schema")
    r = sub.add_parser("rules", help="列出所有检查规则，或说明一条规则", allow_abbrev=False)
    r.add_argument("code", nargs="?", metavar="CODE", help="规则代码，如 N201：说明这条规则")
    r.add_argument("--lang", choices=["zh", "en"], default="zh")
    c = sub.add_parser("check", help="按公文标准检查文稿结构", allow_abbrev=False,
                       description="检查称谓、编号、层级、标题等结构问题。"
                                   "退出码：0 无问题，1 有达到 fail-on 级别的问题，2 用法、配置或输入错误。")
    c.add_argument("files", nargs="+", metavar="FILE",
                   help="文本文件、Word 文件（.docx）、PDF、网页（.html）或目录；- 表示标准输入")
    c.add_argument("--fix", action="store_true", help="自动修复可修复的问题（保留编码、换行、链接和属主）")
    c.add_argument("--unsafe-fixes", action=argparse.BooleanOptionalAction, default=None,
                   help="--fix 也做不安全的修复（改动其他行的编号、改层级样式或改字词）；"
                        "默认只做安全修复（只改所报告之处）")
    c.add_argument("--diff", action="store_true", help="只显示修复差异（安全和不安全的修复都显示），不写入")
    c.add_argument("--annotate", metavar="OUT.docx",
                   help="把每个问题作为 Word 批注写入这份副本（仅 .docx）；与 --fix 同用时修改以修订形式写入")
    c.add_argument("--select", type=_codes, help="只检查这些规则（逗号分隔，可用前缀，如 N2）")
    c.add_argument("--ignore", type=_codes, help="不检查这些规则")
    c.add_argument("--profile", choices=["auto", "speech", "report", "summary", "article", "other"],
                   help="按哪种体裁检查（默认 auto：按解析出的体裁；summary、article 不要求称谓和结束语，"
                        "other 不做结构检查）")
    c.add_argument("--output-format", "--format", dest="output_format",
                   choices=["concise", "full", "json", "github", "sarif"], default="concise")
    c.add_argument("--fail-on", choices=["error", "warning", "info"])
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


def _globs(args: argparse.Namespace) -> tuple[str, ...]:
    from .batch import DEFAULT_GLOBS

    given = [p.strip() for value in (args.glob or []) for p in value.split(",") if p.strip()]
    return tuple(given) or DEFAULT_GLOBS


def _max_bytes(args: argparse.Namespace) -> int:
    from .textfile import DEFAULT_MAX_BYTES

    return args.max_size or DEFAULT_MAX_BYTES


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "zh"


def _fail(path: str, reason: str) -> None:
    print(f"{path}: {reason}", file=sys.stderr)


T = TypeVar("T")


def _attempt(path: str, work: Callable[[], T], lang: str,
             errors: list[tuple[str, str]] | None = None) -> T | None:
    """``work()``, or None after telling why on stderr (and in ``errors``): one bad file never
    stops the rest."""
    from .errors import InputError

    try:
        return work()
    except InputError as e:
        where, reason = e.path, e.message(lang)
    except Exception as e:  # never a traceback
        where, reason = path, (f"internal error: {type(e).__name__}: {e}" if lang == "en"
                               else f"内部错误：{type(e).__name__}: {e}")
    _fail(where, reason)
    if errors is not None:
        errors.append((where, reason))
    return None


# --- outline -------------------------------------------------------------------


def _batch(args: argparse.Namespace) -> int:
    """Many files on worker processes, JSON Lines out, a summary at the end."""
    from pathlib import Path

    from .batch import Progress, iter_paths, parse_many

    en = _lang(args) == "en"
    if args.format != "json":
        print("speechparse: batch mode (folders, --jobs, --output) writes --format json only" if en else
              "speechparse: 批量模式（目录、--jobs、--output）只支持 --format json", file=sys.stderr)
        return EXIT_ERROR
    if args.jobs is not None and args.jobs < 1:
        print("speechparse: --jobs must be a positive number" if en else "speechparse: --jobs 应为正整数",
              file=sys.stderr)
        return EXIT_ERROR
    out = Path(args.output).open("w", encoding="utf-8") if args.output else sys.stdout
    progress = Progress(enabled=sys.stderr.isatty())
    # Listed lazily: the workers start on the first files while the folders are still walked.
    paths = progress.listed(iter_paths(args.files, _globs(args)))
    failed: list[tuple[str, str]] = []
    try:
        for result in parse_many(paths, jobs=args.jobs, encoding=args.encoding, lang=_lang(args),
                                 max_bytes=_max_bytes(args)):
            out.write(result.line + "\n")
            if result.error is not None:
                failed.append((result.path, result.error))
            progress.update(result)
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    for path, error in sorted(failed):
        _fail(path, error)
    print(f"{progress.done} files, {len(failed)} failed, {progress.chars} characters, "
          f"{progress.rate() / 1e6:.2f} M characters/s" if en else
          f"共 {progress.done} 个文件，失败 {len(failed)} 个，{progress.chars} 字，"
          f"{progress.rate() / 1e6:.2f} M 字/秒", file=sys.stderr)
    return EXIT_FINDINGS if failed else EXIT_OK


def _read_and_outline(path: str, args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """The outline, and the text if the page needs it (else "": the text is freed at once)."""
    from .parser import parse_outline
    from .reading import read_source

    text, pages = read_source(path, args.encoding, _max_bytes(args))
    result = parse_outline(text)
    if pages is not None:
        from .outline import add_pages

        add_pages(result, pages)
    return (text if args.format == "html" else ""), result


def _outline(args: argparse.Namespace) -> int:
    from pathlib import Path

    if args.jobs is not None or (args.output and args.format == "json") or any(
            f != "-" and Path(f).is_dir() for f in args.files):
        return _batch(args)
    from .outline import to_markdown, to_tree, write_json

    rc = EXIT_OK
    many = len(args.files) > 1
    if args.format == "html" and many:
        _fail(", ".join(args.files), "--format html makes one page of one file: give one file "
              "(or use --format json for many)" if _lang(args) == "en"
              else "html 格式一次只生成一个文件的网页：请只给一个文件（多个文件请用 --format json）")
        return EXIT_ERROR
    out = Path(args.output).open("w", encoding="utf-8") if args.output else sys.stdout
    color = out.isatty() and not os.environ.get("NO_COLOR")
    try:
        for path in args.files:
            got = _attempt(path, partial(_read_and_outline, path, args), _lang(args))
            if got is None:
                rc = EXIT_ERROR
                continue
            text, result = got
            if args.format == "html":
                from .html_page import to_html

                out.write(to_html(text, result, "" if path == "-" else path))
            elif args.format == "json":
                if many:
                    out.write(json.dumps({"path": path, **result}, ensure_ascii=False) + "\n")
                else:
                    write_json(result, out)
            else:
                if many:
                    out.write(f"==> {path} <==\n")
                out.write(to_markdown(result) if args.format == "markdown"
                          else to_tree(result, color))
    finally:
        if out is not sys.stdout:
            out.close()
    return rc


# --- check ---------------------------------------------------------------------


class _Checker:
    """One ``speechparse check`` run: where each kind of output goes, and the exit code."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        # With --diff, or --fix on standard input, stdout carries the text: findings go to stderr.
        self.report: TextIO = sys.stderr if args.diff or (args.fix and "-" in args.files) else sys.stdout
        self.rc = EXIT_OK
        self.collected: list[Any] = []
        self.stats: list[Any] = []
        self.unreadable: list[tuple[str, str]] = []  # (path, reason): shown in SARIF as well
        self.found = self.fixable = self.unsafe = 0

    def run(self) -> int:
        from pathlib import Path

        from .batch import iter_paths
        from .checks.config import ConfigError, discover, load_file

        args = self.args
        options = {"profile": args.profile, "select": args.select, "ignore": args.ignore,
                   "lang": args.lang, "fail_on": args.fail_on, "unsafe_fixes": args.unsafe_fixes}
        folders = [f for f in args.files if f != "-" and Path(f).is_dir()]
        try:
            walk_settings = load_file(Path(args.config)) if args.config else discover(Path.cwd())
        except ConfigError as e:
            print(str(e), file=sys.stderr)
            return EXIT_ERROR
        skip = None
        if folders:
            from .walk_filter import make_skip

            patterns = (*walk_settings.exclude, *walk_settings.extend_exclude, *(
                p.strip() for value in (args.exclude or []) for p in value.split(",") if p.strip()))
            skip = make_skip(folders, patterns, walk_settings.source)
        if args.output:
            try:
                self.report = open(args.output, "w", encoding="utf-8")  # (closed below)
            except OSError as e:
                _fail(args.output, f"无法写入（{e.strerror}）" if _lang(args) == "zh"
                      else f"cannot be written ({e.strerror})")
                return EXIT_ERROR
        try:
            return self._run_files(iter_paths(args.files, _globs(args), skip), options, folders)
        finally:
            if args.output:
                self.report.close()

    def _run_files(self, paths: Any, options: dict[str, Any], folders: list[str]) -> int:
        from pathlib import Path

        from .checks.config import ConfigError, discover, load_file

        args = self.args
        seen = 0
        lang = _lang(args)
        for path in paths:
            seen += 1
            try:
                base = load_file(Path(args.config)) if args.config else discover(
                    Path.cwd() if path == "-" else Path(path))
                config = base.merged(**options).for_file(path)
            except ConfigError as e:
                print(str(e), file=sys.stderr)
                return EXIT_ERROR
            lang = config.lang
            got = _attempt(path, partial(self.one, path, config), config.lang, self.unreadable)
            if got is None:
                self.rc = EXIT_ERROR
                continue
            text, diagnostics = got
            self.emit(text, diagnostics, config)
        if not seen and folders:
            globs = ",".join(_globs(args))
            _fail(", ".join(folders), f"没有找到要检查的文件（--glob {globs}）" if lang == "zh"
                  else f"no files to check (--glob {globs})")
            return EXIT_ERROR
        fmt = args.output_format
        if args.statistics:
            self.statistics(lang)
        elif fmt == "json":
            from .checks.report import as_json

            print(as_json(self.collected), file=self.report)
        elif fmt == "sarif":
            from . import __version__
            from .checks import RULES
            from .checks.report import sarif

            print(sarif(self.collected, RULES, __version__, lang, self.unreadable), file=self.report)
        wanted = args.summary if args.summary is not None else self.report.isatty()
        if fmt in ("concise", "full") and wanted and not args.quiet and not args.statistics:
            self.summary(lang)
        return self.rc

    def summary(self, lang: str) -> None:
        """「共 3 个问题，其中 2 个可用 --fix 修复」 after the findings, as ruff ends its report.

        For people: on a terminal, or with ``--summary``; a pipe gets the findings alone
        unless asked, so that scripts reading ``path:line:col: CODE`` lines see nothing else.
        """
        n = self.found
        if not n:
            return
        fixable, unsafe = self.fixable, self.unsafe
        if lang == "en":
            line = f"Found {n} problem{'s' if n != 1 else ''}" + (
                f" ({fixable} fixable with --fix)" if fixable else "") + (
                f" ({unsafe} more with --unsafe-fixes)" if unsafe else "") + "."
        else:
            line = f"共 {n} 个问题" + (f"，其中 {fixable} 个可用 --fix 修复" if fixable else "") + (
                f"，另有 {unsafe} 个需加 --unsafe-fixes 修复" if unsafe else "")
        print(line, file=self.report)

    def statistics(self, lang: str) -> None:
        """One line per rule: how many findings, the code, whether fixable, what it is."""
        from collections import Counter

        from .checks import RULES

        counts = Counter(d.code for d in self.stats)
        fixable = Counter(d.code for d in self.stats if d.fix is not None and d.fix.safe)
        unsafe = Counter(d.code for d in self.stats if d.fix is not None and not d.fix.safe)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = RULES[code]
            mark = "[*]" if fixable[code] else "[-]" if unsafe[code] else "   "
            print(f"{n:>5}  {code}  {mark} {rule.summary if lang == 'zh' else rule.summary_en}", file=self.report)

    def emit(self, text: str, diagnostics: list[Any], config: Any) -> None:
        from .checks import failing
        from .checks.report import concise, full, github

        fmt = self.args.output_format
        self.found += len(diagnostics)
        from .checks import allows_unsafe

        unsafe = allows_unsafe(config)
        self.fixable += sum(1 for d in diagnostics if d.fix is not None and (unsafe or d.fix.safe))
        self.unsafe += sum(1 for d in diagnostics if d.fix is not None and not (unsafe or d.fix.safe))
        if self.args.statistics:
            self.stats.extend(diagnostics)
        elif fmt in ("json", "sarif"):
            self.collected.extend(diagnostics)
        else:
            lines = text.splitlines() if fmt == "full" else []
            for d in diagnostics:
                print(full(d, lines, config.lang) if fmt == "full"
                      else github(d) if fmt == "github" else concise(d), file=self.report)
        if self.rc == EXIT_OK and failing(diagnostics, config.fail_on) and not self.args.exit_zero:
            self.rc = EXIT_FINDINGS

    def one(self, path: str, config: Any) -> tuple[str, list[Any]]:
        """Fix (if asked) and check one file; returns the text checked and its findings."""
        from .textfile import read_file

        args = self.args
        if path.lower().endswith(".docx"):
            return self.docx(path, config)
        from .reading import PAGE_SUFFIXES

        if path.lower().endswith(PAGE_SUFFIXES):
            return self.page(path, config)
        if args.annotate:
            from .errors import InputError

            raise InputError(path, "--annotate 只用于 .docx 文件", "--annotate works on .docx files only")
        decoded = read_file(path, args.encoding, _max_bytes(args))
        text = decoded.text
        if args.fix or args.diff:
            text = self.fix(path, decoded, config)
        return text, self.checked(path, text, config)

    def page(self, path: str, config: Any) -> tuple[str, list[Any]]:
        """A PDF or a saved web page: checked as read; never rewritten."""
        from .errors import InputError
        from .reading import read_input

        args = self.args
        if args.fix or args.diff or args.annotate:
            option = "--fix" if args.fix else "--diff" if args.diff else "--annotate"
            raise InputError(path, f"{option} 不用于 PDF 或网页：请修改原稿（.docx 或 .txt）后再导出",
                             f"{option} does not work on a PDF or a web page: fix the source (.docx or .txt) "
                             "and export it again")
        text = read_input(path, args.encoding, _max_bytes(args))
        return text, self.checked(path, text, config)

    def docx(self, path: str, config: Any) -> tuple[str, list[Any]]:
        """A Word draft: checked; fixed in its runs (--fix), or reviewed into a copy (--annotate)."""

        from .reading import read_input

        args = self.args
        text = read_input(path, max_bytes=_max_bytes(args))
        en = config.lang == "en"
        if args.annotate:
            from .word.review import annotate_docx

            found = self.checked(path, text, config)
            n = annotate_docx(path, args.annotate, found, tracked=args.fix, config=config, lang=config.lang)
            print(f"{args.annotate}: {n} comments" + (", fixes as tracked changes" if args.fix else "") if en
                  else f"{args.annotate}: 写入批注 {n} 条" + ("，修改以修订形式写入" if args.fix else ""),
                  file=sys.stderr)
            return text, found
        if args.fix or args.diff:
            from .word.fixes import fix_docx

            new_text, applied, refused = fix_docx(path, config, write=not args.diff,
                                                  unsafe=True if args.diff else None)
            for r in refused:
                d = r.diagnostic
                print(f"{path}:{d.line}:{d.column}: {d.code} not fixed in Word form: {r.reason_en}" if en
                      else f"{path}:{d.line}:{d.column}: {d.code} 无法在 Word 文件中修改：{r.reason}", file=sys.stderr)
            if args.diff:
                sys.stdout.writelines(_diff(text, new_text, path))
                return text, self.checked(path, text, config)
            if applied:
                self.fixed_note(path, applied, config.lang)
            text = new_text
        return text, self.checked(path, text, config)

    def fix(self, path: str, decoded: Any, config: Any) -> str:
        """The text to check after ``--fix``/``--diff``: fixed if it was written, else as it was."""

        from .checks import fix
        from .errors import InputError
        from .writing import write_back

        text: str = decoded.text
        # --diff shows every fix, unsafe ones too; --fix makes them only with --unsafe-fixes.
        new_text, applied = fix(text, config, path, unsafe=True if self.args.diff else None)
        if self.args.diff:
            sys.stdout.writelines(_diff(text, new_text, path))
            return text
        if path == "-":
            sys.stdout.write(new_text)  # the whole text, fixed or not: a filter
            if applied:
                self.fixed_note(path, applied, config.lang)
            return new_text
        if not applied:
            return text
        try:
            write_back(path, decoded, new_text)
        except InputError as e:
            _fail(e.path, e.message(config.lang))
            self.rc = EXIT_ERROR
            return text
        self.fixed_note(path, applied, config.lang)
        return new_text

    def fixed_note(self, path: str, applied: list[Any], lang: str) -> None:
        """「draft.txt: 已修复 3 处（N201, S102）」: the places changed, not the findings fixed
        (one renumbering changes every number after it)."""
        if self.args.quiet:
            return
        places = sum(len(d.fix.edits) for d in applied if d.fix is not None)
        codes = ", ".join(sorted({d.code for d in applied}))
        print(f"{path}: 已修复 {places} 处（{codes}）" if lang == "zh" else
              f"{path}: fixed {places} place{'s' if places != 1 else ''} ({codes})", file=sys.stderr)

    def checked(self, path: str, text: str, config: Any) -> list[Any]:
        """Parse and check ``text``; with ``--verbose``, say which genre was taken and why."""
        from .checks import check, detect_profile
        from .parser import parse_plain

        speech = parse_plain(text)
        if self.args.verbose:
            profile = detect_profile(speech) if config.profile == "auto" else config.profile
            if config.lang == "en":
                print(f"{path}: genre {speech.genre} ({speech.genre_reason}); checked as {profile}",
                      file=sys.stderr)
            else:
                print(f"{path}: 体裁 {speech.genre}（{speech.genre_reason}），按 {profile} 检查",
                      file=sys.stderr)
        return check(speech, config, path)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        rc = _run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return rc
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as a Unix filter does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130


def _diff(old: str, new: str, path: str) -> list[str]:
    """A unified diff that ``patch`` and ``git apply`` take: a last line without its line end
    is marked 「\\ No newline at end of file」, as diff itself does."""
    import difflib

    out = []
    for line in difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                     f"a/{path}", f"b/{path}"):
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return out


def _explain(code: str, lang: str) -> int:
    """``speechparse rules N201``: what the rule looks for, its level, whether it fixes."""
    from .checks import RULES
    from .checks.registry import rule_doc

    rule = RULES.get(code)
    if rule is None:
        _fail(code, "unknown rule code; `speechparse rules` lists them" if lang == "en"
              else "未知的规则代码；`speechparse rules` 列出全部规则")
        return EXIT_ERROR
    if rule.fixable and rule.unsafe_fix:
        fix = ("fixable with --fix --unsafe-fixes (it changes wording or a level's style)" if lang == "en"
               else "可用 --fix --unsafe-fixes 修复（会改动字词或层级样式，属不安全修复）")
    elif rule.fixable:
        fix = "fixable with --fix" if lang == "en" else "可用 --fix 修复"
    else:
        fix = "not fixable" if lang == "en" else "不自动修复"
    print(f"{code}  {rule.summary if lang == 'zh' else rule.summary_en}")
    print(f"{'level' if lang == 'en' else '级别'}: {rule.severity}; {fix}")
    print()
    print(rule_doc(code))
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    if args.command == "outline":
        return _outline(args)
    if args.command == "check":
        return _Checker(args).run()
    if args.command == "rules":
        from .checks import RULES

        if args.code:
            return _explain(args.code.upper(), args.lang)
        for code in sorted(RULES):
            rule = RULES[code]
            fixable = " ✓" if rule.fixable else ""
            text = rule.summary if args.lang == "zh" else rule.summary_en
            print(f"{code}  {rule.severity:<7}{fixable:2}  {text}")
        return EXIT_OK
    if args.command == "schema":
        from .outline import outline_schema

        print(json.dumps(outline_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    return EXIT_ERROR
