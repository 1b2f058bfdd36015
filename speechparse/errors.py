"""Errors a user can act on; the CLI prints them as ``path: reason``."""

from __future__ import annotations


class InputError(Exception):
    """The input cannot be read as a text (binary, unknown encoding, missing file)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
