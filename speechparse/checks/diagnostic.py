"""What a check reports: a :class:`Diagnostic` with an optional :class:`Fix`.

Slotted dataclasses, not pydantic models: a draft may get thousands of
findings (a heading without text in a list of thousands), each with its
edits, and they are only ever read.  ``model_dump()`` gives the JSON shape,
as the pydantic models these replaced did.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
# As in ruff: a safe fix changes only the span its finding reports; an unsafe one
# renumbers other lines, restyles a level or changes wording, or is a guess (one of two
# numbering slips in a run), and needs --unsafe-fixes.
Applicability = Literal["safe", "unsafe"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (a :class:`~speechparse.models.Span`'s place) by ``replacement``."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    description: str  # what changes, in the writer's terms: 「「(三)」改为「（三）」」
    edits: list[Edit]
    applicability: Applicability = "safe"

    @property
    def safe(self) -> bool:
        return self.applicability == "safe"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding, located at the marker or text at fault (lines and columns 1-based)."""

    code: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None
    page: int | None = None  # a PDF's page the finding is on (a PDF's lines are its paragraphs)

    def model_dump(self) -> dict[str, Any]:
        """The finding as the ``json`` output format writes it (its page only where it has one)."""
        out = asdict(self)
        if self.page is None:
            del out["page"]
        return out
