"""What a check reports: a :class:`Diagnostic` with an optional :class:`Fix`."""

from typing import Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Edit(BaseModel):
    """Replace ``text[start:end]`` (a :class:`~speechparse.models.Span`'s place) by ``replacement``."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    replacement: str


class Fix(BaseModel):
    model_config = ConfigDict(frozen=True)

    description: str
    edits: list[Edit]


class Diagnostic(BaseModel):
    """One finding, located at the marker or text at fault."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    message: str
    path: str = "-"
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None
