"""What every rule gets: the parsed speech, the settings, and tree helpers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from ..markers import STYLE_BY_NAME, Style
from ..models import Heading, Span, Speech
from .config import Config


@dataclass
class Context:
    speech: Speech
    config: Config
    profile: str  # "speech" (or its alias "report"), "summary" or "article"
    _restyled: set[int] | None = field(default=None, repr=False)

    def groups(self) -> Iterator[tuple[Heading | None, list[Heading]]]:
        """Each parent (None for the document) with its list of child headings."""
        yield None, self.speech.sections
        for h in self.speech.headings():
            if h.children:
                yield h, h.children

    def mixed_levels(self) -> Iterator[tuple[list[Heading], Style]]:
        """Sibling groups that write one level in two styles, with the style to keep.

        The majority style is kept; on a tie, the one that fits the ladder under
        the parent, then the higher one.
        """
        for parent, siblings in self.groups():
            if not one_level_in_two_styles(siblings):
                continue
            counts = Counter(h.style for h in siblings)
            fits = parent.rank + 1 if parent is not None else min(h.rank for h in siblings)
            keep = max(counts, key=lambda s: (counts[s], STYLE_BY_NAME[s].rank == fits,
                                              -STYLE_BY_NAME[s].rank))
            yield siblings, STYLE_BY_NAME[keep]

    def restyled(self, h: Heading) -> bool:
        """Whether N206 rewrites this heading's whole marker (other marker rules then hold back)."""
        if self._restyled is None:
            self._restyled = {x.marker_span.start for siblings, keep in self.mixed_levels()
                              for x in siblings if x.style != keep.name}
        return h.marker_span.start in self._restyled

    def expects_salutation_and_closing(self) -> bool:
        return self.profile in ("speech", "report")


def sub_span(span: Span, a: int, b: int) -> Span:
    """Characters ``a``..``b`` of a one-line span."""
    return Span.make(start=span.start + a, end=span.start + b, line=span.line,
                     column=span.column + a, end_line=span.line, end_column=span.column + b)


def end_span(span: Span, k: int) -> Span:
    """The last ``k`` characters of ``span`` (on its last line; may be empty)."""
    return Span.make(start=span.end - k, end=span.end, line=span.end_line,
                     column=span.end_column - k, end_line=span.end_line, end_column=span.end_column)


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
