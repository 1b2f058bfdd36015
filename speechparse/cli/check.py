"""``speechparse check``: each file read, fixed if asked, and checked; the exit code.

Text files are fixed in place (``--fix``), on standard output (``--fix -``)
or shown as a diff (``--diff``); Word drafts are fixed in their runs or
reviewed into a copy (``--annotate``); PDFs and web pages are only checked.
The settings are found for each file (:mod:`speechparse.checks.config`); the
findings are written by :class:`.findings.Findings`.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from typing import Any

from .args import globs_of, lang_of, max_bytes_of
from .exits import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, attempt, fail
from .findings import Findings


def run(args: argparse.Namespace) -> int:
    """Run ``speechparse check``; the exit code."""
    return _Checker(args).run()


def _annotate_refusal(files: list[str], folders: list[str], out: str, lang: str) -> str | None:
    """Why ``--annotate OUT`` cannot be done, if it cannot: one copy is written for one draft (several would
    each overwrite the last), and never over the draft itself (the README promises it is not touched)."""
    import os

    if len(files) != 1 or folders:
        return ("--annotate 只能用于一个 .docx 文件（每份草稿各写一份带批注的副本）" if lang == "zh"
                else "--annotate takes one .docx file (one reviewed copy for each draft)")
    if files[0] != "-" and os.path.exists(out) and os.path.exists(files[0]) and os.path.samefile(files[0], out):
        return ("--annotate 的输出不能是草稿本身：请另起一个文件名" if lang == "zh"
                else "--annotate cannot write over the draft itself: name another file")
    return None


class _Checker:
    """One ``speechparse check`` run: the files it reads, fixes and checks, and the exit code."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.findings = Findings(args)
        self.rc = EXIT_OK
        self.unreadable: list[tuple[str, str]] = []  # (path, reason): shown in SARIF as well
        self.shown: dict[Any, str] | None = None  # a page's text lines as read, by finding (see emit)

    def run(self) -> int:
        """The files named, folders walked (less what is excluded); settings or output errors stop it."""
        from pathlib import Path

        from ..batch import iter_paths
        from ..checks.config import ConfigError, discover, load_file

        args = self.args
        options = {"profile": args.profile, "select": args.select, "ignore": args.ignore,
                   "lang": args.lang, "fail_on": args.fail_on, "unsafe_fixes": args.unsafe_fixes}
        folders = [f for f in args.files if f != "-" and Path(f).is_dir()]
        if args.annotate and (refusal := _annotate_refusal(args.files, folders, args.annotate, lang_of(args))):
            fail(args.annotate, refusal)
            return EXIT_ERROR
        try:
            walk_settings = load_file(Path(args.config)) if args.config else discover(Path.cwd())
        except ConfigError as e:
            print(str(e), file=sys.stderr)
            return EXIT_ERROR
        skip = None
        if folders:
            from ..walk_filter import make_skip

            patterns = (*walk_settings.exclude, *walk_settings.extend_exclude, *(
                p.strip() for value in (args.exclude or []) for p in value.split(",") if p.strip()))
            skip = make_skip(folders, patterns, walk_settings.source)
        if args.output:
            try:
                self.findings.report = open(args.output, "w", encoding="utf-8")  # (closed below)
            except OSError as e:
                fail(args.output, f"无法写入（{e.strerror}）" if lang_of(args) == "zh"
                     else f"cannot be written ({e.strerror})")
                return EXIT_ERROR
        try:
            return self._run_files(iter_paths(args.files, globs_of(args), skip), options, folders)
        finally:
            if args.output:
                self.findings.report.close()

    def _run_files(self, paths: Any, options: dict[str, Any], folders: list[str]) -> int:
        """Each file with its own settings (found from where it is), then the findings kept for the end."""
        from pathlib import Path

        from ..checks.config import ConfigError, discover, load_file

        args = self.args
        seen = 0
        lang = lang_of(args)
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
            self.shown = None
            got = attempt(path, partial(self.one, path, config), config.lang, self.unreadable)
            if got is None:
                self.rc = EXIT_ERROR
                continue
            text, diagnostics = got
            self.emit(text, diagnostics, config)
        if not seen and folders:
            globs = ",".join(globs_of(args))
            fail(", ".join(folders), f"没有找到要检查的文件（--glob {globs}）" if lang == "zh"
                 else f"no files to check (--glob {globs})")
            return EXIT_ERROR
        self.findings.finish(lang, self.unreadable)
        return self.rc

    def emit(self, text: str, diagnostics: list[Any], config: Any) -> None:
        """Write one file's findings; they fail the run if one is at or above ``fail-on``."""
        from ..checks import failing

        self.findings.add(text, diagnostics, config, self.shown)
        if self.rc == EXIT_OK and failing(diagnostics, config.fail_on) and not self.args.exit_zero:
            self.rc = EXIT_FINDINGS

    def one(self, path: str, config: Any) -> tuple[str, list[Any]]:
        """Fix (if asked) and check one file; returns the text checked and its findings."""
        from ..textfile import read_file

        args = self.args
        from ..reading import kind_of

        kind = kind_of(path)
        if kind == ".docx":
            return self.docx(path, config)
        if kind in (".pdf", ".html"):
            return self.page(path, config, kind)
        if args.annotate:
            from ..errors import InputError

            raise InputError(path, "--annotate 只用于 .docx 文件", "--annotate works on .docx files only")
        decoded = read_file(path, args.encoding, max_bytes_of(args))
        text = decoded.text
        from ..reading import looks_like_markup

        if looks_like_markup(text):  # a page's HTML saved under a text name: checked as the page reads
            from ..html_input import html_lines

            if args.fix or args.diff:  # fixed in the markup where the words stand as read
                text = self.fix(path, decoded, config, markup=True)
            text, stored = html_lines(text)
            return text, self.on_stored_lines(self.checked(path, text, config), stored, text)
        if args.fix or args.diff:
            text = self.fix(path, decoded, config)
            return text, self.checked(path, text, config)
        from ..glosses import gloss_spans

        spans = gloss_spans(text)
        if not spans:
            return text, self.checked(path, text, config)
        # A converter's pinyin glosses, 「同志(zhì)們」, are read past (an address they cut is still one);
        # findings point at the text as written, and offer no fix (it is not rewritten).
        from dataclasses import replace

        from ..glosses import ColumnMap, without_glosses

        col = ColumnMap(text, spans)
        return text, [replace(d, column=col(d.line, d.column), end_column=col(d.end_line, d.end_column), fix=None)
                      for d in self.checked(path, without_glosses(text, spans), config)]

    def page(self, path: str, config: Any, kind: str) -> tuple[str, list[Any]]:
        """A PDF or a saved web page: checked as read; never rewritten."""
        from ..errors import InputError
        from ..reading import read_source

        args = self.args
        source = read_source(path, args.encoding, max_bytes_of(args), kind)
        if args.fix or args.diff or args.annotate:  # (a file not fixed: exit 2; its findings still reported)
            option = "--fix" if args.fix else "--diff" if args.diff else "--annotate"
            e = InputError(path, f"{option} 不用于 PDF 或网页：请修改原稿（.docx 或 .txt）后再导出；其问题照常列出",
                           f"{option} does not work on a PDF or a web page: fix the source (.docx or .txt) "
                           "and export it again; its findings are listed all the same")
            fail(e.path, e.message(config.lang))
            self.rc = EXIT_ERROR
        found = self.checked(path, source.text, config, title=source.title)
        if source.pages is not None:  # a PDF's lines are its paragraphs: its findings say their page too
            from dataclasses import replace

            pages, en = source.pages, config.lang == "en"
            found = [replace(d, page=(n := pages[d.line - 1]), message=d.message + (f" (page {n})" if en else
                                                                                    f"（第{n}页）"))
                     if 1 <= d.line <= len(pages) else d for d in found]
        return source.text, found if source.lines is None else self.on_stored_lines(found, source.lines,
                                                                                    source.text)

    def on_stored_lines(self, found: list[Any], stored: list[int], text: str) -> list[Any]:
        """Findings on a saved page at its stored lines; the text line each is on, as read, is kept
        to be shown under it (``--output-format full``)."""
        lines = text.splitlines()
        placed = _on_stored_lines(found, stored)
        self.shown = {(p.line, p.column, p.code): lines[d.line - 1]
                      for d, p in zip(found, placed, strict=True) if 1 <= d.line <= len(lines)}
        return placed

    def docx(self, path: str, config: Any) -> tuple[str, list[Any]]:
        """A Word draft: checked; fixed in its runs (--fix), or reviewed into a copy (--annotate)."""

        from ..reading import read_source
        from ..word.accept import accepted_in_docx

        args = self.args
        source = read_source(path, max_bytes=max_bytes_of(args), kind=".docx")
        text, title = source.text, source.title
        accepted = accepted_in_docx(path)  # replies 「忽略」 to earlier comments
        en = config.lang == "en"
        if args.annotate:
            from ..word.review import annotate_docx

            found = self.checked(path, text, config, accepted, title)
            n = annotate_docx(path, args.annotate, found, tracked=args.fix, config=config, lang=config.lang)
            print(f"{args.annotate}: {n} comments" + (", fixes as tracked changes" if args.fix else "") if en
                  else f"{args.annotate}: 写入批注 {n} 条" + ("，修改以修订形式写入" if args.fix else ""),
                  file=sys.stderr)
            return text, found
        if args.fix or args.diff:
            from ..word.fixes import fix_docx

            new_text, applied, refused = fix_docx(path, config, write=not args.diff,
                                                  unsafe=_diff_unsafe(args))
            for r in refused:
                d = r.diagnostic
                print(f"{path}:{d.line}:{d.column}: {d.code} not fixed in Word form: {r.reason_en}" if en
                      else f"{path}:{d.line}:{d.column}: {d.code} 无法在 Word 文件中修改：{r.reason}", file=sys.stderr)
            if args.diff:
                sys.stdout.writelines(_diff(text, new_text, path))
                return text, self.checked(path, text, config, accepted, title)
            if applied:
                self.fixed_note(path, applied, config.lang)
            text = new_text
        return text, self.checked(path, text, config, accepted, title)

    def fix(self, path: str, decoded: Any, config: Any, markup: bool = False) -> str:
        """The text to check after ``--fix``/``--diff``: fixed if it was written, else as it was
        (``markup``: a page's HTML, fixed in its markup)."""

        from ..checks import fix
        from ..errors import InputError
        from ..writing import write_back

        text: str = decoded.text
        # --diff shows every fix, unsafe ones too (unless --no-unsafe-fixes); --fix makes them only
        # with --unsafe-fixes.
        unplaced: list[Any] = []
        new_text, applied = fix(text, config, path, unsafe=_diff_unsafe(self.args), markup=markup, unplaced=unplaced)
        if unplaced:
            from ..html_input import html_lines

            _unplaced_note(path, _on_stored_lines(unplaced, html_lines(new_text)[1]), config.lang)
        if self.args.diff:
            sys.stdout.writelines(_diff(text, new_text, path))
            return text
        if path == "-":  # the whole text, fixed or not: a filter, in the encoding and BOM it came in
            out = getattr(sys.stdout, "buffer", None)
            if out is None:
                sys.stdout.write(new_text)
            else:
                sys.stdout.flush()
                out.write(decoded.encode(new_text))
                out.flush()
            if applied:
                self.fixed_note(path, applied, config.lang)
            return new_text
        if not applied:
            return text
        try:
            write_back(path, decoded, new_text)
        except InputError as e:
            fail(e.path, e.message(config.lang))
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

    def checked(self, path: str, text: str, config: Any, accepted: Any = None, title: str | None = None) -> list[Any]:
        """Parse and check ``text``; with ``--verbose``, say which genre was taken and why.

        ``accepted``: the codes a .docx's comments accept per line (「忽略」); ``title``: the line the file
        sets as its title (a .docx's).
        """
        from ..checks import check, detect_profile
        from ..parser import parse_plain

        speech = parse_plain(text, title)
        if self.args.verbose:
            profile = detect_profile(speech) if config.profile == "auto" else config.profile
            if config.lang == "en":
                print(f"{path}: genre {speech.genre} ({speech.genre_reason}); checked as {profile}",
                      file=sys.stderr)
            else:
                print(f"{path}: 体裁 {speech.genre}（{speech.genre_reason}），按 {profile} 检查",
                      file=sys.stderr)
        return check(speech, config, path, accepted, text)


def _unplaced_note(path: str, found: list[Any], lang: str) -> None:
    """The fixes ``--fix`` could not make in a page's markup: their words are written otherwise
    there (character references, tags), and the writer makes them by hand."""
    for d in found:
        print(f"{path}:{d.line}:{d.column}: {d.code} not fixed in the page's HTML: its words are written "
              "otherwise there (character references or tags); fix it by hand" if lang == "en"
              else f"{path}:{d.line}:{d.column}: {d.code} 无法在网页源码中修改：该处文字在源码中另有写法"
              "（字符引用或标签），请手工修改", file=sys.stderr)


def _on_stored_lines(found: list[Any], stored: list[int]) -> list[Any]:
    """Findings on a saved page, at the lines of the file as stored (``stored[i]``: the
    stored line of line i + 1 of the text read from it); columns stay those of that text."""
    from dataclasses import replace

    def at(line: int) -> int:
        return stored[line - 1] if 1 <= line <= len(stored) else line

    return [replace(d, line=at(d.line), end_line=at(d.end_line)) for d in found]


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


def _diff_unsafe(args: Any) -> bool | None:
    """Which fixes to make: with --diff all of them, unless --no-unsafe-fixes says only the safe
    ones; with --fix as the settings say (None)."""
    if not args.diff:
        return None
    return args.unsafe_fixes is not False
