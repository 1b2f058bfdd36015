"""``speechparse rules``: every rule in one line each, or what one rule looks for."""

from __future__ import annotations

import argparse

from ..lazyre import lazy_compile
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
    print(f"level: {rule.severity}; {fix}" if lang == "en" else f"级别：{rule.severity}；{fix}")
    print()
    forms = [m for key, m in rule.messages.items() if key.split(":")[0] == lang]
    print("Messages it gives:" if lang == "en" else "提示的写法：")
    for m in forms:
        print(f"  {_PLACEHOLDER_RE.sub('…', m)}")
    print()
    if lang == "en":
        print(f"To accept one finding, end its line with 【speechparse: 忽略 {code}】; to turn the rule off, "
              f"--ignore {code} or ignore = [\"{code}\"] in the configuration.")
        print()
        print(rule_doc(code))
    else:
        print(f"接受某一处的提示：在那一行末尾写「【speechparse: 忽略 {code}】」；整条规则不用：--ignore {code}，"
              f"或在配置文件中写 ignore = [\"{code}\"]。")
        print()
        print("规则的详细说明（英文，供开发者参考）：")
        print(rule_doc(code))
    return EXIT_OK


_PLACEHOLDER_RE = lazy_compile(r"\{[a-z_]{1,20}\}")  # (compiled when a rule is explained, not at start)
