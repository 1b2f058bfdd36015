"""Errors a user can act on; the CLI prints them as ``path: reason``, in Chinese or English."""

from __future__ import annotations


class InputError(Exception):
    """The input cannot be read (binary, unknown encoding, missing, not a file, too large)
    or the result cannot be written back (read-only, not encodable)."""

    def __init__(self, path: str, reason: str, reason_en: str = "") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.reason_en = reason_en or reason

    def message(self, lang: str = "zh") -> str:
        return self.reason_en if lang == "en" else self.reason
