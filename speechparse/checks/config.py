"""Settings: ``[tool.speechparse]`` in pyproject.toml, or speechparse.toml.

The nearest file at or above the checked file wins (speechparse.toml before
pyproject.toml in the same folder); command-line options override it.

    [tool.speechparse]
    profile = "speech"          # auto (default: from the genre) | speech | summary | article | other
    select = ["S", "N2"]        # codes or prefixes; default: all
    ignore = ["H303"]
    extend-select = ["H3"]      # added to select (and extend-ignore to ignore)
    exclude = ["archive/**"]    # files and folders a folder walk leaves out (as well as
                                # .git, .venv, node_modules… and what .gitignore ignores)
    fail-on = "warning"         # lowest severity that makes the exit code 1
    lang = "zh"                 # zh | en
    allow-two-level = false     # N205: accept 「1.」 right under 「一、」
    unsafe-fixes = false        # --fix also makes unsafe fixes (renumbering other lines, wording)
    parallel-length = 12        # H303: allowed length difference of sibling titles
    [tool.speechparse.severity]
    N207 = "warning"
    [tool.speechparse.per-file-ignores]
    "drafts/2024-*.txt" = ["N201"]   # accepted in these files only (paths from this file's folder)
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
    extend_select: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    fail_on: str = "warning"
    lang: str = "zh"
    allow_two_level: bool = False
    unsafe_fixes: bool = False  # --fix also makes the unsafe fixes (renumbering, restyling, wording)
    parallel_length: int = 12
    severity: dict[str, str] = field(default_factory=dict)
    source: str = ""  # the file the settings came from, if any

    def enabled(self, code: str) -> bool:
        """Whether rule ``code`` runs: the most specific selector that names it decides.

        As in ruff, 「--ignore N2 --select N201」 runs N201 and no other N2 rule, and
        「--select N2 --ignore N201」 runs every N2 rule but N201; at equal length the
        ignore wins.  With no selector naming it, a rule runs unless ``select`` is given.
        """
        chosen = max((len(p) for p in (*self.select, *self.extend_select) if code.startswith(p)), default=-1)
        dropped = max((len(p) for p in (*self.ignore, *self.extend_ignore) if code.startswith(p)), default=-1)
        if chosen < 0 and dropped < 0:
            return not self.select
        return chosen > dropped

    def for_file(self, path: str) -> Config:
        """These settings for one file: its ``per-file-ignores`` added to the ignored codes."""
        if not self.per_file_ignores or path == "-":
            return self
        rel = relative_to_settings(path, self.source)
        extra = tuple(code for pattern, codes in self.per_file_ignores.items()
                      if path_matches(rel, pattern) for code in codes)
        return replace(self, extend_ignore=self.extend_ignore + extra) if extra else self

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

    for code in (*c.select, *c.ignore, *c.extend_select, *c.extend_ignore, *c.severity,
                 *(code for codes in c.per_file_ignores.values() for code in codes)):
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
        if name in ("select", "ignore", "extend_select", "extend_ignore", "exclude", "extend_exclude"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: {key} 应为字符串列表")
            value = tuple(v.upper() for v in value) if "select" in name or "ignore" in name else tuple(value)
        elif name == "per_file_ignores":
            if not isinstance(value, dict) or not all(
                    isinstance(v, list) and all(isinstance(x, str) for x in v) for v in value.values()):
                raise ConfigError(f"{where}: per-file-ignores 应为表：路径模式 = [规则代码, …]")
            value = {str(k): tuple(x.upper() for x in v) for k, v in value.items()}
        elif name == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: severity 应为表")
        elif name in ("allow_two_level", "unsafe_fixes") and not isinstance(value, bool):
            raise ConfigError(f"{where}: {key} 应为 true 或 false")
        elif name == "parallel_length" and (not isinstance(value, int) or value < 0):
            raise ConfigError(f"{where}: {key} 应为非负整数")
        elif name in ("profile", "fail_on", "lang") and not isinstance(value, str):
            raise ConfigError(f"{where}: {key} 应为字符串")
        values[name] = value
    return validate(Config(source=where, **values), where)


def relative_to_settings(path: str, source: str) -> str:
    """``path`` as seen from the folder of the settings file ``source`` (POSIX separators)."""
    import os

    full = os.path.abspath(path)
    base = os.path.dirname(os.path.abspath(source)) if source and source != "命令行" else os.getcwd()
    rel = os.path.relpath(full, base)
    return (full if rel.startswith("..") else rel).replace(os.sep, "/")


def path_matches(rel: str, pattern: str) -> bool:
    """A glob over a relative path: 「*.txt」 matches a name anywhere, 「drafts/*.txt」 from
    the settings' folder, 「archive/**」 everything below a folder."""
    from fnmatch import fnmatchcase
    from pathlib import PurePosixPath

    pattern = pattern.removeprefix("./")
    if pattern.endswith("/**"):
        folder = pattern[:-3]
        return rel == folder or rel.startswith(folder + "/") or fnmatchcase(rel, pattern[:-3] + "/*")
    if "/" not in pattern:
        return fnmatchcase(PurePosixPath(rel).name, pattern) or any(
            fnmatchcase(part, pattern) for part in PurePosixPath(rel).parts[:-1])
    return fnmatchcase(rel, pattern) or PurePosixPath(rel).match(pattern)


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
    table = _read(path, section) or {}
    tool = table.get("tool") if not section and set(table) == {"tool"} else None
    if isinstance(tool, dict) and isinstance(tool.get("speechparse"), dict):
        table = tool["speechparse"]  # (a pyproject-style 「[tool.speechparse]」 in a file of another name)
    return from_table(table, str(path))


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
