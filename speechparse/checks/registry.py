"""The rule registry: the single list of rule codes, severities and messages.

A rule is a generator ``check(ctx) -> Iterator[Finding]`` registered with
:func:`rule`; its module is listed in :mod:`speechparse.checks.rules`.
Codes are stable API.  Messages are templates in Chinese and English,
filled with the finding's arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import Span
    from .context import Context
    from .diagnostic import Severity


@dataclass(frozen=True)
class Finding:
    """What a rule found, before it is turned into a :class:`Diagnostic`."""

    span: Span
    args: dict[str, Any] = field(default_factory=dict)
    # (span, replacement) pairs; empty when the rule cannot fix this finding
    edits: tuple[tuple[Span, str], ...] = ()
    variant: str = ""  # picks an alternative message: "<lang>:<variant>"


CheckFn = Callable[["Context"], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    fixable: bool
    summary: str  # one line, Chinese, for the README and --help
    messages: dict[str, str]  # "zh", "en", "zh:variant", "en:variant", "fix:zh", "fix:en"
    check: CheckFn


RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, summary: str, messages: dict[str, str],
         fixable: bool = False) -> Callable[[CheckFn], CheckFn]:
    """Register a check under ``code``."""

    def register(fn: CheckFn) -> CheckFn:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, severity, fixable, summary, messages, fn)
        return fn

    return register


def message(r: Rule, lang: str, finding: Finding) -> str:
    key = f"{lang}:{finding.variant}" if finding.variant else lang
    template = r.messages.get(key) or r.messages.get(lang) or r.messages["zh"]
    return template.format(**finding.args)
