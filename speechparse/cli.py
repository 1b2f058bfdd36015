"""The ``speechparse`` command.

Imports are lazy: ``speechparse --help`` must not pay for lark and pydantic.
Exit codes: 0 fine, 1 problems found (``check``), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="speechparse",
        description="解析讲话稿、工作报告的结构，并按公文标准检查文稿。",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    o = sub.add_parser("outline", help="输出提纲（JSON / Markdown / 树形）")
    o.add_argument("files", nargs="+", metavar="FILE", help="文本文件；- 表示标准输入")
    o.add_argument("--format", "-f", choices=["json", "markdown", "tree"], default="json")
    o.add_argument("--encoding", help="指定输入编码（默认自动识别 UTF-8 / GB18030）")
    sub.add_parser("schema", help="输出提纲 JSON 的 JSON Schema")
    return ap


def _fail(path: str, reason: str) -> None:
    print(f"{path}: {reason}", file=sys.stderr)


def _outline(args: argparse.Namespace) -> int:
    from .errors import InputError
    from .outline import to_markdown, to_tree
    from .parser import parse_outline
    from .reading import read_file

    rc = EXIT_OK
    many = len(args.files) > 1
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    for path in args.files:
        try:
            text = read_file(path, args.encoding).text
            result: dict[str, Any] = parse_outline(text)
        except InputError as e:
            _fail(e.path, e.reason)
            rc = EXIT_ERROR
            continue
        except Exception as e:  # never a traceback for one bad file
            _fail(path, f"内部错误：{type(e).__name__}: {e}")
            rc = EXIT_ERROR
            continue
        if args.format == "json":
            if many:
                print(json.dumps({"path": path, **result}, ensure_ascii=False))
            else:
                print(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            if many:
                print(f"==> {path} <==")
            sys.stdout.write(to_markdown(result) if args.format == "markdown"
                             else to_tree(result, color))
    return rc


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "outline":
            return _outline(args)
        if args.command == "schema":
            from .outline import outline_schema

            print(json.dumps(outline_schema(), ensure_ascii=False, indent=2))
            return EXIT_OK
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return EXIT_ERROR
