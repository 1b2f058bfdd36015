"""A document viewer's numbered chunks: 「1、……」「2、……」 over a text cut into pieces anywhere.

Document sites (文库, 文档 pages) show a text in chunks and number each one at
its start: 「1、-精品推荐- 2008年街道办工作总结一年来，……一、加大」 / 「2、道办事处
切实担负起……安装了4组健身」 / 「3、路径，填补了……」.  Each chunk's number reads
as a heading 「1、」「2、」 whose title is running text.  What tells the chunks from
a list of numbered paragraphs is where they are cut: a chunk ends wherever the
viewer's page did, mid-word (「一、加大」, 「4组健身」), where a paragraph of a
list ends a sentence.  A run of numbered lines counted on from one, each long,
most of them following a chunk that stopped mid-sentence, is the viewer's, and
its numbers are no headings.
"""

from __future__ import annotations

from ..lines import Line
from ..markers import HeadingMarker

_LONG = 60  # a chunk holds more than a line of running text


def viewer_chunks(lines: list[Line], headings: dict[int, HeadingMarker]) -> None:
    """Drop from ``headings`` the numbers of a document viewer's chunks (see above)."""
    numbered = sorted(i for i, hm in headings.items() if hm.marker[:1].isdigit())
    run: list[int] = []
    for i in numbered:
        hm = headings[i]
        if run and hm.number == headings[run[-1]].number + 1 and hm.style == headings[run[-1]].style:
            run.append(i)
            continue
        _drop_if_chunks(lines, headings, run)
        run = [i] if hm.number == 1 else []
    _drop_if_chunks(lines, headings, run)


def _drop_if_chunks(lines: list[Line], headings: dict[int, HeadingMarker], run: list[int]) -> None:
    if len(run) < 2 or any(len(lines[i].content) < _LONG for i in run[:-1]):
        return
    cut = sum(1 for i in run[:-1] if lines[i].content[-1].isalnum())  # (mid-word: no mark at all)
    if cut * 2 >= len(run) - 1:  # (most chunks stop mid-sentence: the viewer's cuts)
        for i in run:
            del headings[i]
