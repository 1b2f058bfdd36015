"""N210: run-in points that are not consecutive (「一是……三是」「二是……二是」「一是……一是」).

Reported once per slip: a point whose number is neither the one after its
predecessor's nor its place in the run.  After 「一是、三是」 the writer's own
「三是」 is in its place again and gets nothing; a real gap (「一是、二是、四是、五是」)
is reported at 「四是」 only.  A paragraph that opens with 「一是」 starts a new run (unless
the point after it is 「三是」: then it is the run's 「二是」 typed as 「一是」); a run
that opens at 「第二」 with no 「第一」 before it is reported at its first point.

The fix gives the point its number back (「二是、二是、四是」: the second 「二是」
becomes 「三是」, safe); where the points after it count on from it (「一是、二是、
四是、五是」, a run started at 「第二」), it renumbers that stretch, which is unsafe.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lazyre import lazy_compile
from ...numerals import int_to_cn
from ..context import Context, block_span, sub_span
from ..registry import Finding, rule

if TYPE_CHECKING:
    from ...models import Block, Point, Span


@rule("N210", "warning", "段中序数不连续（「一是……三是」）", {
    "zh": "「{prev}」之后应为「{want}」，实为「{got}」",
    "zh:first": "段中序数应从「{want}」开始，实为「{got}」",
    "en": "after 「{prev}」 comes 「{want}」, not 「{got}」",
    "en:first": "run-in points start at 「{want}」, not 「{got}」",
    "zh:typed": "「{prev}」之后应为「{want}」，实为「{got}」（第{line}行的「{seen}」可能就是「{want}」，未自动修复）",
    "zh:sound": "「{prev}」之后的「{got}」应为「{want}」",
    "en:sound": "「{got}」 after 「{prev}」 should be 「{want}」",
    "fix:zh:sound": "「{got}」改为「{want}」",
    "fix:en:sound": "「{got}」 becomes 「{want}」",
    "en:typed": "after 「{prev}」 comes 「{want}」, not 「{got}」 (line {line}'s 「{seen}」 may be the 「{want}」; "
                "not fixed)",
    "zh:dropped": "「{prev}」之后应为「{want}」，实为「{got}」（其间另有一项，可能漏写了「{want}」，未自动修复）",
    "en:dropped": "after 「{prev}」 comes 「{want}」, not 「{got}」 (another item stands between: 「{want}」 may be "
                  "missing; not fixed)",
    "zh:kin": "「{prev}」之后的「{got}」应为「{want}」",
    "en:kin": "「{got}」 after 「{prev}」 should be 「{want}」",
    "fix:zh:kin": "「{got}」改为「{want}」",
    "fix:en:kin": "「{got}」 becomes 「{want}」",
}, fixable=True, summary_en="run-in points not consecutive (「一是……三是」)")
def check(ctx: Context) -> Iterator[Finding]:
    yield from _run(ctx, ctx.speech.points)
    for h in ctx.headings():
        yield from _run(ctx, h.points)


def _run(ctx: Context, points: list[Point]) -> Iterator[Finding]:
    last: dict[tuple[str, int], Point] = {}
    runs: dict[tuple[str, int], list[Point]] = {}  # the run going on, as far as read
    slips: list[tuple[list[Point], int, int, dict[str, str], str]] = []  # (run, place, number wanted, …)
    nxt = _next_of_kind(points)
    kin = _kin(points)
    for j, p in enumerate(points):
        key = (kin[j].family if j in kin else p.family, p.level)
        prev = last.get(key)
        after = nxt[j]
        if prev is not None and (p.number != 1 or p.span.line == prev.span.line or (
                after is not None and after.number == prev.number + 2)):
            # (「其一」「其一」「其三」 opening paragraphs: the second 「其一」 is the run's 「其二」
            # typed again, as the 「其三」 after it says; a new run would go on at 「其二」)
            # A number that is neither the next one nor the next place in the run is the slip;
            # one that takes up the count again after a slip (一是、三是、三是) is not another.
            run = runs[key]
            k = len(run) + 1  # the place this point takes in the run
            if p.number != prev.number + 1 and p.number != k:
                want = prev.marker.replace(_numeral(prev), int_to_cn(prev.number + 1), 1)
                args = {"prev": prev.marker, "want": want, "got": p.marker}
                typed = _typed_between(ctx, prev, p) if p.number > prev.number + 1 else None
                if typed is not None and typed[1][-1:] == _KIN.get(prev.marker[-1:]):
                    # 「一是……；二要……；三是……」: the run's 二是, its word typed as the other run's (unread)
                    kin_span = block_span(typed[2], typed[3] + 1, typed[3] + 2)
                    yield Finding(kin_span, {"prev": prev.marker, "got": typed[1], "want": want},
                                  ((kin_span, prev.marker[-1]),), "kin")
                elif typed is not None:  # 「一是……。二时……。三是……」: the 二是 is there, mistyped
                    slips.append((run, len(run), 0, {**args, "line": str(typed[0]), "seen": typed[1]}, "typed"))
                elif p.number == prev.number + 2 and _item_between(ctx, prev, p):
                    slips.append((run, len(run), 0, args, "dropped"))  # 「一是A；B；三是C」: 二是 lost
                else:
                    slips.append((run, len(run), prev.number + 1, args, ""))
            run.append(p)
        else:
            runs[key] = [p]  # a run starts (a paragraph that opens with 一是 starts a new one)
            if prev is None and p.number != 1:  # 「第二，」「第三，」 with no 第一 before them
                want = p.marker.replace(_numeral(p), int_to_cn(1), 1)
                slips.append((runs[key], 0, 1, {"want": want, "got": p.marker}, "first"))
        last[key] = p
        for deeper in [k for k in last if k[0] == p.family and k[1] > p.level]:
            del last[deeper]  # the outer run goes on: the run inside its point is over
    for j, before in kin.items():  # 「一是……二要……三是」: the run's 二是, its word typed as another run's
        q, family = points[j], before.family
        span = sub_span(q.span, len(q.marker) - 1, len(q.marker))
        yield Finding(q.span, {"prev": before.marker, "got": q.marker, "want": q.marker[:-1] + family},
                      ((span, family),), "kin")
    for run, i, number, args, variant in slips:
        yield Finding(run[i].span, args, _renumbered(run, i, number) if number else (), variant)
    for run in runs.values():
        if len(run) == 1 and run[0].number == 1 and run[0].marker.endswith("是"):
            yield from _second_by_sound(ctx, run[0])


def _second_by_sound(ctx: Context, p: Point) -> Iterator[Finding]:
    """A lone 「一是」 and, later in its paragraph, 「二」 with a word that sounds as 是 (「，二时成本……」): the run's
    「二是」 typed by its sound, so read as no point.  Fixed in its two characters."""
    for blk in ctx.blocks_between(p.span.start, p.span.end):
        at = p.span.end - blk.content_start
        m = _SECOND_BY_SOUND_RE.search(blk.text, max(0, at))
        if m is not None:
            span = block_span(blk, m.start("m"), m.end("m"))
            want = p.marker.replace("一", "二", 1)
            yield Finding(span, {"prev": p.marker, "got": m.group("m"), "want": want}, ((span, want),), "sound")
        return


# 「二」 after a clause's end with a word that sounds as 是 (shì), not 「二十」「二季度」.
_SECOND_BY_SOUND_RE = lazy_compile(r"[，,；;。][ \u3000]?(?P<m>二[时事市式士世试视适示势实识使])")


def _typed_between(ctx: Context, prev: Point, p: Point) -> tuple[int, str, Block, int] | None:
    """The missing point's numeral typed with another word after it, 「。二时……」 between ``prev`` and ``p``
    (a 「一是」 run's): the point is there, its marker mistyped; to renumber ``p`` would be wrong."""
    if not prev.marker.endswith(("是", "要")) and prev.family not in ("第", "其"):
        return None
    pattern = _TYPED.get(prev.number + 1)
    if pattern is None:
        return None
    a, b = prev.span.end, p.span.start
    for blk in ctx.blocks_between(a, b):
        m = pattern.search(blk.text, max(0, a - blk.content_start), max(0, b - blk.content_start))
        if m is None:
            continue
        g = "m" if m.group("m") else "k" if m.group("k") else "o"
        seen = m.group(g)
        if (seen[0] != prev.marker[0]) if g == "o" else (prev.family in "是要" and seen[-1] != prev.marker[-1]):
            return blk.span.line, seen, blk, m.start(g)
    return None


# The numeral after a sentence's end (or a paragraph's start) with a word after it: not the run's own
# (that would be its point), maybe the other run's (「一是……；二要……」, after a comma too: 「一是……，二要……」).
# (or an ordinal of the other kind, 「一是……。第二，……。三是」「其一……第二，……其三」: the point in other words)
_TYPED = {n: lazy_compile(rf"(?:^|(?<=[。！？；]))[ \u3000]?(?:(?P<m>{int_to_cn(n)}[\u4e00-\u9fff])"
                          rf"|(?P<o>[第其]{int_to_cn(n)}[，,、]))"
                          rf"|(?<=[，,])[ \u3000]?(?P<k>{int_to_cn(n)}[是要])") for n in range(2, 11)}


_KIN = {"是": "要", "要": "是"}


def _kin(points: list[Point]) -> dict[int, Point]:
    """Points whose word is the other run's, between two of that run that lack them: 「一是……二要……三是」
    (by index: the run's point before them).  Not a run of their own: none of their word counts up to them."""
    out: dict[int, Point] = {}
    before, after = _beside(points, range(len(points))), _beside(points, range(len(points) - 1, -1, -1))
    for j, q in enumerate(points):  # (one pass each way: a speech may hold thousands of points)
        other = _KIN.get(q.family)
        b, a = before[j], after[j]
        if other is not None and q.number >= 2 and b is not None and a is not None \
                and b.family == other == a.family and b.number == q.number - 1 and a.number == q.number + 1:
            out[j] = b
    return out


def _beside(points: list[Point], order: range) -> list[Point | None]:
    """For each point of a 是/要 run, the nearest such point at its level in ``order`` before it."""
    out: list[Point | None] = [None] * len(points)
    last: dict[int, Point] = {}
    for j in order:
        q = points[j]
        if q.family in _KIN:
            out[j] = last.get(q.level)
            last[q.level] = q
    return out


def _item_between(ctx: Context, prev: Point, p: Point) -> bool:
    """Another item stands between points ``prev`` and ``p``, no point of its own: two clause ends
    between them on one line (「一是A；B；三是C」), or a paragraph of its own between theirs."""
    blocks = list(ctx.blocks_between(prev.span.end, p.span.start))
    if prev.span.line == p.span.line:
        blk = blocks[0] if blocks else None
        return blk is not None and blk.text.count(
            "；", prev.span.end - blk.content_start, p.span.start - blk.content_start) >= 2
    return any(blk.kind == "paragraph" and blk.span.line not in (prev.span.line, p.span.line) for blk in blocks)


def _next_of_kind(points: list[Point]) -> list[Point | None]:
    """For each point, the next point of its family and level (one pass from the end)."""
    out: list[Point | None] = [None] * len(points)
    seen: dict[tuple[str, int], Point] = {}
    for j in range(len(points) - 1, -1, -1):
        key = (points[j].family, points[j].level)
        out[j] = seen.get(key)
        seen[key] = points[j]
    return out


def _renumbered(run: list[Point], i: int, number: int) -> tuple[tuple[Span, str], ...]:
    """The edits that number ``run[i]`` ``number`` and the points after it that count on from it."""
    k = i + 1
    while k < len(run) and run[k].number == run[k - 1].number + 1 and run[k].number != number + k - i:
        k += 1
    # (the marker alone: a 「第二，」's span takes in its 「，」, which stays)
    return tuple((sub_span(p.span, 0, len(p.marker)), p.marker.replace(_numeral(p), int_to_cn(number + j), 1))
                 for j, p in enumerate(run[i:k]))


def _numeral(p: Point) -> str:
    return p.marker[1:] if p.family in ("第", "其") else p.marker[:-1]

