"""How far apart a page sets its lines: some scrapes put the same run of blank lines after every line.

On such a page (「\\r\\n\\r\\n\\r\\n」 after each line) the blank lines set nothing
apart: two halves of a title, a wrapped piece and the marker under it, stand
as far apart as any two lines.  The readers that ask whether two lines touch
skip that many blank lines.
"""

from __future__ import annotations

from ..lines import Line

_TOP = 60  # the lines at the top a page's spacing is read from
_SHARE = 0.8  # of the runs between two lines there, the share that must be of one length


def page_spacing(lines: list[Line]) -> int:
    """The blank lines between two of the page's lines when it spaces (nearly) every line alike
    by more than one; 1 on any other page (one blank line is a paragraph's gap)."""
    usual = _usual_run(lines)
    return usual if usual > 1 else 1


def lines_apart(lines: list[Line]) -> bool:
    """The page sets (nearly) every line apart alike, by one blank line or more: a blank line
    there parts no more than a line end does."""
    return _usual_run(lines) >= 1


def _usual_run(lines: list[Line]) -> int:
    """The run of blank lines that stands between (nearly) all the top lines, or 0."""
    runs: dict[int, int] = {}
    run = total = 0
    for ln in lines[:_TOP]:
        if ln.is_blank:
            run += 1
        else:
            if total:
                runs[run] = runs.get(run, 0) + 1
            total += 1
            run = 0
    if not runs:
        return 0
    usual = max(runs, key=lambda r: runs[r])
    return usual if runs[usual] >= _SHARE * sum(runs.values()) else 0


def neighbour(lines: list[Line], i: int, step: int, spacing: int) -> int | None:
    """The line next to line ``i`` (``step`` -1: above, 1: below) when no more blank lines than the
    page's ``spacing`` (see :func:`page_spacing`; 1 or less: none) stand between them; else None."""
    k = i + step
    gap = 0
    while 0 <= k < len(lines) and lines[k].is_blank:
        gap += 1
        k += step
    if not 0 <= k < len(lines) or (gap and (spacing <= 1 or gap > spacing)):
        return None
    return k
