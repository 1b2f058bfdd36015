"""``speechparse rules``: every rule in one line each, or what one rule looks for."""

from __future__ import annotations

import argparse

from .exits import EXIT_ERROR, EXIT_OK, fail


def run(args: argparse.Namespace) -> int:
    """Run ``speechparse rules [CODE]``; the exit code."""
    from ..checks import RULES

    if args.code:
        return explain(args.code.upper(), args.lang)
    for code in sorted(RULES):
        rule = RULES[code]
        fixable = " ✓" if rule.fixable else ""
        text = rule.summary if args.lang == "zh" else rule.summary_en
        print(f"{code}  {rule.severity:<7}{fixable:2}  {text}")
    return EXIT_OK


def explain(code: str, lang: str) -> int:
    """``speechparse rules N201``: what the rule looks for, its level, whether it fixes."""
    from ..checks import RULES
    from ..checks.registry import rule_doc

    rule = RULES.get(code)
    if rule is None:
        fail(code, "unknown rule code; `speechparse rules` lists them" if lang == "en"
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
