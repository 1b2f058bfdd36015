"""Check a draft against the standard structure: rules, findings, fixes.

    >>> from speechparse import check, fix
    >>> [d.code for d in check("同志们：\\n一、统一思想\\n要统一。\\n三、狠抓落实\\n要落实。\\n")]
    ['N201', 'S104']
    >>> fix("同志们：\\n一、统一思想\\n要统一。\\n三、狠抓落实\\n要落实。\\n")[0].splitlines()[3]
    '二、狠抓落实'

Checks walk the parsed tree (they never re-read the text with regexes of
their own); every rule lives in its own module under ``rules/``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..gcpause import paused_gc
from ..lazyre import lazy_compile
from . import rules  # noqa: F401  (registers every rule)
from .config import Config
from .context import Context
from .diagnostic import SEVERITY_ORDER, Diagnostic, Edit, Fix
from .registry import RULES, Finding, Rule, fix_description, message
from .suppress import accepted, accepted_lines

if TYPE_CHECKING:
    from ..models import Speech
    from .markup import MarkupView

__all__ = ["RULES", "Config", "Diagnostic", "allows_unsafe", "apply_fixes", "check", "detect_profile", "fix",
           "fix_pass", "makes", "withheld"]

_FIX_PASSES = 8
_TRIALS = 16  # a pass that would leave more findings is redone one fix at a time, this many at most


def detect_profile(speech: Speech) -> str:
    """The profile ``auto`` takes: the genre the parser read (speech, summary, article, other)."""
    return speech.genre


def check(speech_or_text: Speech | str, config: Config | None = None,
          path: str = "-", accepted_by: Mapping[int, set[str]] | None = None,
          text: str | None = None) -> list[Diagnostic]:
    """All findings for a parsed speech (or a text, parsed first), sorted by position.

    Findings the draft's inline markers accept are left out, and so are those
    ``accepted_by`` accepts (codes per line, as a Word comment 「忽略」 gives
    them: :mod:`speechparse.word.accept`).  ``text``: the text ``speech`` was parsed from, where
    it is at hand (a rule may look at a line's lead, 「## 」, that the tree keeps out of its blocks).
    """
    from ..parser import parse_plain

    # A text is parsed into the plain tree: the same shape, without pydantic's cost.
    if not isinstance(speech_or_text, str) and not hasattr(speech_or_text, "headings"):
        raise TypeError(f"check() takes a text (str) or a tree from parse(), not {type(speech_or_text).__name__}")
    speech = parse_plain(speech_or_text) if isinstance(speech_or_text, str) else speech_or_text
    config = config or Config()
    profile = detect_profile(speech) if config.profile == "auto" else config.profile
    if profile == "other":
        return []  # not a draft at all: a README, a package list
    if isinstance(speech_or_text, str):
        text = speech_or_text
    elif text is None:
        text = getattr(speech, "source_text", None)  # (a tree made by hand has none)
    ctx = Context(speech, config, profile, text)
    out: list[Diagnostic] = []
    with paused_gc():  # (see gcpause: the rules' findings stay alive until the end)
        for code, r in RULES.items():
            if config.enabled(code):
                out.extend(_diagnostic(r, f, config, path, ctx.source) for f in r.check(ctx))
    if out:
        # (the markers after a line's text, 「三、狠抓落实 【speechparse: 忽略 N201】」, are in the text only:
        # the blocks' text leaves them out)
        marks = (accepted(text) if text is not None
                 else accepted_lines((blk.span.line, blk.text) for blk in speech.blocks()))
        if accepted_by:
            marks = marks.with_lines(accepted_by)
        if marks:
            out = [d for d in out if not marks.accepts(d.code, d.line)]
    out.sort(key=lambda d: (d.line, d.column, d.code))
    return out


def _diagnostic(r: Rule, f: Finding, config: Config, path: str,
                source: Callable[[int, int], str]) -> Diagnostic:
    fix_ = None
    if r.fixable and f.edits:
        edits = [Edit(start=s.start, end=s.end, line=s.line, column=s.column,
                      end_line=s.end_line, end_column=s.end_column, replacement=_replacement(source, s, text))
                 for s, text in f.edits]
        outside = [e for e in edits if e.start < f.span.start or e.end > f.span.end]
        description = fix_description(r, config.lang, f, source)
        others = sorted({e.line for e in outside} - {f.span.line})
        if others:
            shown = ("、" if config.lang != "en" else ", ").join(str(n) for n in others[:6])
            more = ("等" if config.lang != "en" else ", …") if len(others) > 6 else ""
            description += (f"（另改第{shown}{more}行）" if config.lang != "en"
                            else f" (also line{'s' if len(others) > 1 else ''} {shown}{more})")
        fix_ = Fix(description=description, edits=edits,
                   applicability="unsafe" if r.unsafe_fix or outside or f.unsafe else "safe")
    severity = config.severity.get(r.code, r.severity)
    return Diagnostic(code=r.code, severity=severity,  # type: ignore[arg-type]
                      message=message(r, config.lang, f), path=path, line=f.span.line,
                      column=f.span.column, end_line=f.span.end_line,
                      end_column=f.span.end_column, fix=fix_)


_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")  # str.splitlines's line ends


def _replacement(source: Callable[[int, int], str], s: Any, text: str) -> str:
    """What an edit writes: ``text``, with any line break the replaced text holds kept in
    place, whatever the rule took the span for (a fix never removes a line break)."""
    written = source(s.start, s.end)
    return keep_line_breaks(written, text) if _BREAKS.intersection(written) else text


# A line break and the white space after it; the spaces before it are found by reading back
# (a pattern that began with them would try every start of a long run of spaces).
_BREAK_RE = lazy_compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")


def keep_line_breaks(written: str, replacement: str) -> str:
    r"""``replacement`` with the line breaks of ``written`` kept where they stood.

    A marker broken over two lines by a scrape (「（」 / 「三）」) is fixed in place:
    the line break (and the spaces around it) stays after as many characters as
    it followed, so no later line changes its number.

    >>> keep_line_breaks("（\n三）", "（一）")
    '（\n一）'
    """
    out: list[str] = []
    taken = 0  # characters of the replacement placed so far
    seen = 0  # characters of the written text (breaks aside) before the current break
    pos = 0
    for m in _BREAK_RE.finditer(written):
        start = m.start()
        while start > pos and written[start - 1].isspace():
            start -= 1  # (not a break: the pattern's white space after the last one took those)
        seen += start - pos
        at = min(seen, len(replacement))
        out.append(replacement[taken:at])
        out.append(written[start:m.end()])
        taken = max(taken, at)
        pos = m.end()
    out.append(replacement[taken:])
    return "".join(out)


def allows_unsafe(config: Config | None, unsafe: bool | None = None) -> bool:
    """Whether unsafe fixes are made: ``unsafe`` if given, else the settings' ``unsafe-fixes``."""
    return (config.unsafe_fixes if config else False) if unsafe is None else unsafe


def withheld(found: list[Diagnostic]) -> set[tuple[str, int]]:
    """The findings a fixable rule reported without their fix (it may make the draft worse: the
    message says why), by code and line.  A later pass of ``--fix`` keeps off them, even where an
    earlier pass's fix took the evidence away (「（一）……。」 losing its 「。」 no longer shows the
    unmarked line under it as an item); a fix never moves a line, so the line still names them."""
    return {(d.code, d.line) for d in found if d.fix is None and (r := RULES.get(d.code)) is not None and r.fixable}


def makes(d: Diagnostic, unsafe: bool) -> bool:
    """Whether ``--fix`` makes ``d``'s fix: a safe one always, an unsafe one when allowed."""
    return d.fix is not None and (unsafe or d.fix.safe)


def apply_fixes(text: str, diagnostics: list[Diagnostic]) -> tuple[str, list[Diagnostic]]:
    """Apply the fixes that do not overlap one another; return the text and those applied.

    A fix is all or nothing: if one of its edits touches an edit already
    taken, the whole fix waits for the next pass.  The edits taken never
    overlap, so each new one is compared with its two neighbours in start
    order only, and the text is cut once: thousands of fixes cost no square.
    """
    starts: list[int] = []  # the taken edits' starts, sorted, and the edits in that order
    taken: list[Edit] = []
    applied: list[Diagnostic] = []
    for d in sorted((d for d in diagnostics if d.fix), key=lambda d: d.fix.edits[0].start):  # type: ignore[union-attr]
        assert d.fix is not None
        if any(_touches(e, starts, taken) for e in d.fix.edits):
            continue
        for e in d.fix.edits:
            k = bisect_right(starts, e.start)
            starts.insert(k, e.start)
            taken.insert(k, e)
        applied.append(d)
    pieces: list[str] = []
    at = 0
    for e in taken:
        pieces += (text[at:e.start], e.replacement)
        at = e.end
    pieces.append(text[at:])
    return "".join(pieces), applied


def _touches(e: Edit, starts: list[int], taken: list[Edit]) -> bool:
    """Whether ``e`` overlaps a taken edit, or starts where one starts (two insertions at a point)."""
    k = bisect_right(starts, e.start)
    if k > 0:
        before = taken[k - 1]  # starts at or before e
        if before.start == e.start or before.end > e.start:
            return True
    return k < len(taken) and taken[k].start < e.end


def fix_pass(text: str, found: list[Diagnostic], fixable: list[Diagnostic], config: Config | None = None,
             path: str = "-", accepted_by: Mapping[int, set[str]] | None = None,
             read: Callable[[str], str] | None = None,
             ) -> tuple[str, list[Diagnostic], list[Diagnostic]]:
    """One pass of fixes: the new text, the fixes made, and the new text's findings.

    ``found`` are all of ``text``'s findings and ``fixable`` those whose fixes
    may be made.  A fix that leaves the draft with more findings than it had
    is not made: when the pass as a whole would, its fixes are tried one at a
    time (the first ``_TRIALS`` of them) and each is kept only if the count
    does not rise.  So ``check(fix(t))`` never has more findings than
    ``check(t)``: a restyling that makes the page read another way is left to
    the writer, who sees the finding and its fix in ``check``.

    ``read``: how the text that is checked is read from ``text`` (a page's HTML).
    """
    new, applied = apply_fixes(text, fixable)
    if not applied:
        return text, [], found
    after = check(read(new) if read else new, config, path, accepted_by)
    if len(after) <= len(found):
        return new, applied, after
    kept: list[Diagnostic] = []
    best = (text, found)
    for d in applied[:_TRIALS]:
        trial, made = apply_fixes(text, [*kept, d])
        trial_found = check(read(trial) if read else trial, config, path, accepted_by)
        if len(made) == len(kept) + 1 and len(trial_found) <= len(found):
            kept, best = made, (trial, trial_found)
    return best[0], kept, best[1]


def fix(text: str, config: Config | None = None, path: str = "-",
        unsafe: bool | None = None, markup: bool = False,
        unplaced: list[Diagnostic] | None = None) -> tuple[str, list[Diagnostic]]:
    """``text`` with every fixable finding fixed, and the findings that were fixed.

    Only safe fixes are made unless ``unsafe`` (by default the config's
    ``unsafe_fixes``) says the unsafe ones may be made too.  Fixes are applied
    in passes (renumbering after restyling, say) until nothing fixable is left;
    a fix that would leave more findings than there were is not made
    (:func:`fix_pass`).

    ``markup``: ``text`` is a web page's HTML, checked as the page reads; each fix is
    made in the markup where its words stand there as read (:mod:`.markup`), and
    left to the writer where they do not; those findings are added to ``unplaced``.
    """
    unsafe = allows_unsafe(config, unsafe)
    view = _markup_view(text) if markup else None
    done: list[Diagnostic] = []
    found = check(view.text if view else text, config, path)
    held = withheld(found)
    for _ in range(_FIX_PASSES):
        fixable = [p for d in found if makes(d, unsafe) and (d.code, d.line) not in held
                   and (p := view.placed(d) if view else d) is not None]
        if view is not None and unplaced is not None and len(fixable) < sum(1 for d in found if makes(d, unsafe)):
            placed = {(d.line, d.column, d.code) for d in fixable}
            unplaced[:] = [d for d in found if makes(d, unsafe) and (d.line, d.column, d.code) not in placed]
        elif unplaced is not None:
            unplaced.clear()
        if not fixable:
            break
        text, applied, found = fix_pass(text, found, fixable, config, path, read=_page_text if view else None)
        if not applied:
            break
        done.extend(applied)
        held |= withheld(found)
        view = _markup_view(text) if markup else None
    return text, done


def _markup_view(markup: str) -> MarkupView:
    from .markup import MarkupView

    return MarkupView(markup)


def _page_text(markup: str) -> str:
    from ..html_input import html_lines

    return html_lines(markup)[0]


def failing(diagnostics: list[Diagnostic], fail_on: str) -> bool:
    bar = SEVERITY_ORDER[fail_on]
    return any(SEVERITY_ORDER[d.severity] >= bar for d in diagnostics)
