"""What a folder walk leaves out besides the usual tool folders: settings and .gitignore.

``check .`` in a project should read the drafts, not what git ignores or
what the settings exclude.  The settings' ``exclude`` and ``extend-exclude``
patterns are read from the folder of the settings file (see
:mod:`speechparse.checks.config`); what git ignores is asked of git itself
(``git ls-files --others --cached --exclude-standard``, once per folder walked),
so that every rule of .gitignore, nested files and global excludes included,
holds as git reads it.  Without git, or outside a repository, nothing more
is left out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterable


def make_skip(folders: Iterable[str], patterns: tuple[str, ...], source: str) -> Callable[[str], bool] | None:
    """A test for the walk of ``folders``: excluded by ``patterns`` or ignored by git."""
    from .checks.config import path_matches, relative_to_settings

    tracked = _git_files(folders)
    if not patterns and tracked is None:
        return None

    def skip(path: str) -> bool:
        if patterns:
            rel = relative_to_settings(path, source)
            if any(path_matches(rel, p) for p in patterns):
                return True
        if tracked is not None:
            full = os.path.abspath(path)
            repo = next((r for r in tracked if full.startswith(r + os.sep)), None)
            if repo is not None and os.path.isfile(full):
                return full not in tracked[repo]
        return False

    return skip


def _git_files(folders: Iterable[str]) -> dict[str, set[str]] | None:
    """For each git work tree the folders are in: the files git does not ignore."""
    git = shutil.which("git")
    if git is None:
        return None
    out: dict[str, set[str]] = {}
    for folder in folders:
        try:
            top = subprocess.run([git, "-C", folder, "rev-parse", "--show-toplevel"], capture_output=True,
                                 text=True, timeout=30)
            if top.returncode != 0:
                continue
            root = os.path.abspath(top.stdout.strip())
            if root in out:
                continue
            listed = subprocess.run([git, "-C", root, "ls-files", "-z", "--cached", "--others",
                                     "--exclude-standard"], capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError):
            continue
        if listed.returncode == 0:
            out[root] = {os.path.join(root, p) for p in os.fsdecode(listed.stdout).split("\0") if p}
    return out or None
