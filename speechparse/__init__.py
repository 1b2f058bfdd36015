"""speechparse: the structure of Chinese official speeches and work reports.

    >>> from speechparse import parse
    >>> speech = parse("同志们：\\n下面，我讲两点意见。\\n一、统一思想\\n二、狠抓落实\\n")
    >>> [h.title for h in speech.sections], speech.announced.count
    (['统一思想', '狠抓落实'], 2)

The public names are loaded lazily so that ``import speechparse`` (and the
command line) starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .batch import parse_many
    from .checks import check, fix
    from .checks.diagnostic import Diagnostic
    from .errors import InputError
    from .models import Block, Heading, Point, Span, Speech
    from .parser import parse, parse_file, parse_outline
    from .word.fixes import fix_docx
    from .word.review import annotate_docx

__all__ = [
    "Block",
    "Diagnostic",
    "Heading",
    "InputError",
    "Point",
    "Span",
    "Speech",
    "annotate_docx",
    "check",
    "fix",
    "fix_docx",
    "parse",
    "parse_file",
    "parse_many",
    "parse_outline",
]

_LAZY = {
    "parse_many": "batch", "annotate_docx": "word.review", "fix_docx": "word.fixes",
    "check": "checks", "fix": "checks", "Diagnostic": "checks",
    "parse": "parser", "parse_file": "parser", "parse_outline": "parser", "InputError": "errors",
    "Block": "models", "Heading": "models", "Point": "models", "Span": "models",
    "Speech": "models",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'speechparse' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"speechparse.{module}"), name)
