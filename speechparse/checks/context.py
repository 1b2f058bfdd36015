"""What every rule gets: the parsed speech, the settings, and tree helpers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from ..models import Heading, Span, Speech
from .config import Config


@dataclass
class Context:
    speech: Speech
    config: Config
    profile: str  # "speech", "report" or "article"

    def groups(self) -> Iterator[tuple[Heading | None, list[Heading]]]:
        """Each parent (None for the document) with its list of child headings."""
        yield None, self.speech.sections
        for h in self.speech.headings():
            if h.children:
                yield h, h.children

    def expects_salutation_and_closing(self) -> bool:
        return self.profile in ("speech", "report")


def sub_span(span: Span, a: int, b: int) -> Span:
    """Characters ``a``..``b`` of a one-line span."""
    return Span.make(start=span.start + a, end=span.start + b, line=span.line,
                     column=span.column + a, end_line=span.line, end_column=span.column + b)


def point_span(span: Span) -> Span:
    """An empty span at the start of ``span``: where something is missing."""
    return Span.make(start=span.start, end=span.start, line=span.line, column=span.column,
                     end_line=span.line, end_column=span.column)


def one_level_in_two_styles(siblings: list[Heading]) -> bool:
    """Siblings in two or more styles whose numbers run on across a change of style."""
    if len({h.style for h in siblings}) < 2:
        return False
    return any(h.style != prev.style and h.number == prev.number + 1
               for prev, h in pairwise(siblings))
