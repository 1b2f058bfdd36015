"""``speechparse outline``: the outline of each file, or of many files on worker processes.

One file, or a few, is read here and written as JSON, Markdown, a tree or an
HTML page; folders, ``--jobs`` or ``--output`` with JSON make a batch
(:mod:`speechparse.batch`): JSON Lines as the results come, a summary at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from functools import partial
from typing import Any

from .args import globs_of, lang_of, max_bytes_of
from .exits import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, attempt, fail


def _batch(args: argparse.Namespace) -> int:
    """Many files on worker processes, JSON Lines out, a summary at the end."""
    from pathlib import Path

    from ..batch import Progress, iter_paths, parse_many

    en = lang_of(args) == "en"
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
    paths = progress.listed(iter_paths(args.files, globs_of(args)))
    failed: list[tuple[str, str]] = []
    try:
        for result in parse_many(paths, jobs=args.jobs, encoding=args.encoding, lang=lang_of(args),
                                 max_bytes=max_bytes_of(args)):
            out.write(result.line + "\n")
            if result.error is not None:
                failed.append((result.path, result.error))
            progress.update(result)
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    for path, error in sorted(failed):
        fail(path, error)
    print(f"{progress.done} files, {len(failed)} failed, {progress.chars} characters, "
          f"{progress.rate() / 1e6:.2f} M characters/s" if en else
          f"共 {progress.done} 个文件，失败 {len(failed)} 个，{progress.chars} 字，"
          f"{progress.rate() / 1e6:.2f} M 字/秒", file=sys.stderr)
    return EXIT_FINDINGS if failed else EXIT_OK


def _read_and_outline(path: str, args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """The outline, and the text if the page needs it (else "": the text is freed at once)."""
    from ..parser import parse_outline
    from ..reading import read_source

    source = read_source(path, args.encoding, max_bytes_of(args))
    result = parse_outline(source.text, source.title)
    if args.format == "html":  # (the page shows the text as read, and links to its lines)
        source = source._replace(lines=None)
    if source.pages is not None or source.lines is not None:
        from ..outline import add_source

        add_source(result, source)
    return (source.text if args.format == "html" else ""), result


def run(args: argparse.Namespace) -> int:
    """Run ``speechparse outline``; the exit code."""
    from pathlib import Path

    if args.jobs is not None or (args.output and args.format == "json") or any(
            f != "-" and Path(f).is_dir() for f in args.files):
        return _batch(args)
    from ..outline import to_markdown, to_tree, write_json

    rc = EXIT_OK
    many = len(args.files) > 1
    if args.format == "html" and many:
        fail(", ".join(args.files), "--format html makes one page of one file: give one file "
             "(or use --format json for many)" if lang_of(args) == "en"
             else "html 格式一次只生成一个文件的网页：请只给一个文件（多个文件请用 --format json）")
        return EXIT_ERROR
    out = Path(args.output).open("w", encoding="utf-8") if args.output else sys.stdout
    color = out.isatty() and not os.environ.get("NO_COLOR")
    try:
        for path in args.files:
            got = attempt(path, partial(_read_and_outline, path, args), lang_of(args))
            if got is None:
                rc = EXIT_ERROR
                continue
            text, result = got
            if args.format == "html":
                from ..html_page import to_html

                out.write(to_html(text, result, "" if path == "-" else path, lang_of(args)))
            elif args.format == "json":
                if many:
                    out.write(json.dumps({"path": path, **result}, ensure_ascii=False) + "\n")
                else:
                    write_json(result, out)
            else:
                if many:
                    out.write(f"==> {path} <==\n")
                out.write(to_markdown(result, lang_of(args)) if args.format == "markdown"
                          else to_tree(result, color, lang_of(args)))
    finally:
        if out is not sys.stdout:
            out.close()
    return rc
