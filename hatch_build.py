"""Wheel build hook: the parsing modules compiled to C by mypyc, when a compiler is at hand.

The parser is plain, fully typed Python; mypyc (part of mypy) compiles such code
to C extension modules that do the same work in a fraction of the time: on the
benchmark corpus ``parse()`` → JSON drops from about 2.7× to about 1.8× the bare
baseline (``python benchmarks/compiled.py``).  The modules compiled are listed
in ``pyproject.toml`` (``[tool.hatch.build.targets.wheel.hooks.custom] compile``):
the reading of lines, the page, the grammar's driver and the tree; not the
pydantic models, the checks, Word or the command line.

The wheel keeps the Python sources beside the compiled modules.  It is pure
Python, as before, when the build is editable (a developer's edits must take
effect at once), when ``SPEECHPARSE_PURE=1`` is set, or when compiling fails
(no C compiler or Python headers): a warning says so and the build goes on.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._work: Path | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("SPEECHPARSE_PURE"):
            self.app.display_info("speechparse: SPEECHPARSE_PURE is set, the wheel is pure Python")
            return
        try:
            built = self._compile(list(self.config.get("compile", [])))
        except Exception as exc:  # no compiler, no headers, mypy refused a module: build pure
            self.app.display_warning(f"speechparse: not compiled, the wheel is pure Python ({exc})")
            return
        for path, target in built:
            build_data["force_include"][path] = target
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"speechparse: {len(built)} compiled modules in the wheel")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)

    def _compile(self, modules: list[str]) -> list[tuple[str, str]]:
        from mypyc.build import mypycify
        from setuptools import Distribution
        from setuptools.command.build_ext import build_ext

        if not modules:
            raise RuntimeError("no module listed to compile")
        # A copy of the package in a folder of its own: mypy reads no project settings there
        # (the project's type-checking settings are for checking, not for this build), and
        # the generated C and the objects stay out of the source tree.
        self._work = work = Path(tempfile.mkdtemp(prefix="speechparse-mypyc-"))
        shutil.copytree(Path(self.root) / "speechparse", work / "speechparse",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        here = os.getcwd()
        os.chdir(work)
        try:
            # Libraries the build does not install (pydantic, regex) are read as Any, and the
            # modules not compiled (the generated _tables.py among them) are read, not judged.
            extensions = mypycify(["--ignore-missing-imports", "--follow-imports=silent", *modules], opt_level="3")
            command = build_ext(Distribution({"name": "speechparse", "ext_modules": extensions}))
            command.build_lib = str(work / "lib")
            command.build_temp = str(work / "temp")
            command.ensure_finalized()
            command.run()
        finally:
            os.chdir(here)
        lib = work / "lib"
        built = [(str(p), p.relative_to(lib).as_posix()) for p in lib.rglob("*") if p.suffix in (".so", ".pyd")]
        if not built:
            raise RuntimeError("mypyc built nothing")
        return built
