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
    from .diagnostic import Severity


@dataclass(frozen=True)
class Finding:
    """What a rule found, before it is turned into a :class:`Diagnostic`."""

    span: Span
    args: dict[str, Any] = field(default_factory=dict)
    # (span, replacement) pairs; empty when the rule cannot fix this finding
    edits: tuple[tuple[Span, str], ...] = ()
    variant: str = ""  # picks an alternative message: "<lang>:<variant>"
    unsafe: bool = False  # the fix is a guess, though it changes only the span reported (see diagnostic.py)


# A check reads a :class:`speechparse.checks.context.Context`: the registry sits below the
# context (the settings, which the context holds, validate codes against the registry).
CheckFn = Callable[[Any], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    fixable: bool
    summary: str  # one line, Chinese, for the README and ``speechparse rules``
    summary_en: str  # the same in English (``speechparse rules --lang en``)
    # "zh", "en", "zh:variant", "en:variant"; and what a fix changes: "fix:zh", "fix:zh:variant", …
    messages: dict[str, str]
    check: CheckFn
    # The rule's fixes change wording or a level's style: unsafe even inside their span.
    unsafe_fix: bool = False


RULES: dict[str, Rule] = {}


def rule_doc(code: str) -> str:
    """What a rule looks for and why, in English: the docstring of its module."""
    import sys

    module = sys.modules.get(RULES[code].check.__module__)
    return ((module.__doc__ if module else None) or RULES[code].summary_en).strip()


def rule(code: str, severity: Severity, summary: str, messages: dict[str, str],
         fixable: bool = False, summary_en: str = "",
         unsafe_fix: bool = False) -> Callable[[CheckFn], CheckFn]:
    """Register a check under ``code``."""

    def register(fn: CheckFn) -> CheckFn:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, severity, fixable, summary, summary_en, messages, fn, unsafe_fix)
        return fn

    return register


def message(r: Rule, lang: str, finding: Finding) -> str:
    key = f"{lang}:{finding.variant}" if finding.variant else lang
    template = r.messages.get(key) or r.messages.get(lang) or r.messages["zh"]
    return template.format(**finding.args)


def fix_description(r: Rule, lang: str, finding: Finding, source: Callable[[int, int], str]) -> str:
    """What the fix changes, in the writer's terms: 「「(三)」改为「（三）」」, 「删去句末「。」」.

    A rule may say it (``fix:<lang>`` templates); otherwise each line's edits
    are shown as the text they touch, before and after.  ``source(a, b)`` is
    the original text at offsets ``a``..``b``.
    """
    key = f"fix:{lang}:{finding.variant}" if finding.variant else f"fix:{lang}"
    template = r.messages.get(key) or r.messages.get(f"fix:{lang}")
    if template is not None:
        return template.format(**finding.args)
    parts = []
    by_line: dict[int, list[tuple[Span, str]]] = {}
    for span, text in finding.edits:
        by_line.setdefault(span.line, []).append((span, text))
    for edits in by_line.values():
        a = min(s.start for s, _ in edits)
        b = max(s.end for s, _ in edits)
        old = source(a, b)
        new = old
        for s, text in sorted(edits, key=lambda e: e[0].start, reverse=True):
            new = new[:s.start - a] + text + new[s.end - a:]
        if not new:
            parts.append(f"删去「{old}」" if lang != "en" else f"delete 「{old}」")
        elif not old:
            parts.append(f"补上「{new}」" if lang != "en" else f"insert 「{new}」")
        else:
            parts.append(f"「{old}」改为「{new}」" if lang != "en" else f"「{old}」 becomes 「{new}」")
    return ("，" if lang != "en" else "; ").join(parts)
