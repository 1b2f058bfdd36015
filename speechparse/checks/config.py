"""Settings: ``[tool.speechparse]`` in pyproject.toml, or speechparse.toml.

The nearest file at or above the checked file wins (speechparse.toml before
pyproject.toml in the same folder); command-line options override it.

    [tool.speechparse]
    profile = "speech"          # auto (default: from the genre) | speech | summary | article | other
    select = ["S", "N2"]        # codes or prefixes; default: all
    ignore = ["H303"]
    fail-on = "warning"         # lowest severity that makes the exit code 1
    lang = "zh"                 # zh | en
    allow-two-level = false     # N205: accept 「1.」 right under 「一、」
    parallel-length = 12        # H303: allowed length difference of sibling titles
    [tool.speechparse.severity]
    N207 = "warning"
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# ``report`` is the former name of a speech read to a congress: the same as ``speech``.
PROFILES = ("auto", "speech", "report", "summary", "article", "other")
SEVERITIES = ("error", "warning", "info")


class ConfigError(Exception):
    """A settings file or option that cannot be used; the message says why."""


@dataclass(frozen=True)
class Config:
    profile: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    lang: str = "zh"
    allow_two_level: bool = False
    parallel_length: int = 12
    severity: dict[str, str] = field(default_factory=dict)
    source: str = ""  # the file the settings came from, if any

    def enabled(self, code: str) -> bool:
        if self.select and not code.startswith(self.select):
            return False
        return not (self.ignore and code.startswith(self.ignore))

    def merged(self, **options: Any) -> Config:
        """These settings with the options that are not None put over them."""
        given = {k: v for k, v in options.items() if v is not None}
        return validate(replace(self, **given), "命令行")


def validate(c: Config, where: str) -> Config:
    if c.profile not in PROFILES:
        raise ConfigError(f"{where}: profile 应为 {'/'.join(PROFILES)} 之一，实为「{c.profile}」")
    if c.fail_on not in SEVERITIES:
        raise ConfigError(f"{where}: fail-on 应为 {'/'.join(SEVERITIES)} 之一，实为「{c.fail_on}」")
    if c.lang not in ("zh", "en"):
        raise ConfigError(f"{where}: lang 应为 zh 或 en，实为「{c.lang}」")
    from .registry import RULES

    for code in (*c.select, *c.ignore, *c.severity):
        if not any(r.startswith(code) for r in RULES):
            raise ConfigError(f"{where}: 未知的规则代码「{code}」")
    for code, sev in c.severity.items():
        if sev not in SEVERITIES:
            raise ConfigError(f"{where}: 规则 {code} 的级别应为 {'/'.join(SEVERITIES)} 之一")
    return c


def from_table(table: dict[str, Any], where: str) -> Config:
    known = {f.name.replace("_", "-"): f.name for f in fields(Config) if f.name != "source"}
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = known.get(key)
        if name is None:
            raise ConfigError(f"{where}: 未知的设置项「{key}」")
        if name in ("select", "ignore"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: {key} 应为字符串列表")
            value = tuple(value)
        elif name == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: severity 应为表")
        elif name == "allow_two_level" and not isinstance(value, bool):
            raise ConfigError(f"{where}: {key} 应为 true 或 false")
        elif name == "parallel_length" and (not isinstance(value, int) or value < 0):
            raise ConfigError(f"{where}: {key} 应为非负整数")
        elif name in ("profile", "fail_on", "lang") and not isinstance(value, str):
            raise ConfigError(f"{where}: {key} 应为字符串")
        values[name] = value
    return validate(Config(source=where, **values), where)


def _read(path: Path, section: list[str]) -> dict[str, Any] | None:
    try:
        data: Any = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: 无法读取（{e}）") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: TOML 格式错误（{e}）") from None
    for key in section:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [{'.'.join(section)}] 应为表")
    return data


def load_file(path: Path) -> Config:
    """Settings from a named file: a pyproject.toml, or a speechparse.toml."""
    if not path.is_file():
        raise ConfigError(f"{path}: 配置文件不存在")
    section = ["tool", "speechparse"] if path.name == "pyproject.toml" else []
    return from_table(_read(path, section) or {}, str(path))


def discover(start: Path) -> Config:
    """The settings that apply to a file at ``start`` (a file or a folder)."""
    folder = start if start.is_dir() else start.parent
    for d in [folder.resolve(), *folder.resolve().parents]:
        own = d / "speechparse.toml"
        if own.is_file():
            table = _read(own, [])
            return from_table(table or {}, str(own))
        pyproject = d / "pyproject.toml"
        if pyproject.is_file():
            table = _read(pyproject, ["tool", "speechparse"])
            if table is not None:
                return from_table(table, str(pyproject))
    return Config()
