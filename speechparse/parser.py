"""The parsing pipeline: text → lines → classified lines → grammar → tree.

``parse`` accepts any ``str`` and never raises on its content: whatever the
classifier makes of a line, the token stream it produces fits the grammar,
so the worst a strange text can get is a poor outline, never a traceback.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import hant
from .classify import Layout, classify
from .contract import outline_nodes
from .gcpause import paused_gc
from .glosses import gloss_spans
from .grammar import LineToken, parse_tokens
from .lines import split_lines
from .nodes import PLAIN_NODES, Nodes, model_nodes
from .reading import read_source
from .tree import build_tree

if TYPE_CHECKING:
    from .models import Speech

_TOKEN_OF_KIND = {
    "title": "TITLE", "meta": "META", "byline": "BYLINE", "salutation": "SALUTATION",
    "paragraph": "PARAGRAPH", "closing": "CLOSING", "date": "DATE", "signature": "SIGNATURE",
    "appendix": "APPENDIX",
}


def tokens(layout: Layout) -> tuple[list[Any], list[int]]:
    """The grammar's tokens: one per heading, one per run of lines of any other kind.

    Blank lines and noise inside a run do not break it, and the trailer never
    reaches the grammar.  A run of paragraphs is one ``PARAGRAPH`` token:
    the grammar only cares that text stands there, and fewer tokens parse
    faster.  An appended document that starts right at a heading gets an
    empty ``APPENDIX`` token that owns no line.
    """
    out: list[Any] = []
    at: list[int] = []  # the line each token stands on
    last = ""
    headless = {a.start for a in layout.appendices if layout.lines[a.start].kind == "heading"}
    for ln in layout.lines[:layout.trailer_start]:
        kind = ln.kind
        if kind == "blank" or kind == "noise":  # trivia: most lines that make no token
            continue
        if ln.index in headless:
            out.append(LineToken("APPENDIX", "", len(out), ln.lineno, ln.col + 1))
            at.append(ln.index)
        if kind == "heading":
            if ln.index not in layout.headings:
                continue  # the second line of a broken marker belongs to its heading
            style = layout.nest_as.get(ln.index) or layout.headings[ln.index].style
            name = style.token
        else:
            name = _TOKEN_OF_KIND.get(kind, "")
            if not name or (name == last and name != "APPENDIX"):
                continue
        last = name
        out.append(LineToken(name, ln.content, len(out), ln.lineno, ln.col + 1))
        at.append(ln.index)
    return out, at


def _build(text: str, nodes: Nodes, title: str | None = None) -> Any:
    if not isinstance(text, str):
        raise TypeError(_not_text(text))
    with paused_gc():
        return _build_now(text, nodes, title)


def _not_text(value: object) -> str:
    """What a caller that passed something other than the text is told (not a message from deep inside)."""
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray)):
        return f"the text must be a str, not {kind}: decode it first, or read the file with parse_file(path)"
    if isinstance(value, Path):
        return "the text must be a str, not a path: read the file with parse_file(path)"
    return f"the text must be a str, not {kind}"


def _build_now(text: str, nodes: Nodes, title: str | None = None) -> Any:
    spans = gloss_spans(text)
    as_written = None
    if spans:  # a text with pinyin glosses is read without them; its nodes are made as written
        from .reglossed import Reglossed

        glossed = Reglossed(text, spans)
        text, nodes, as_written = glossed.read, glossed.nodes(nodes), glossed.as_written
    # A text in traditional characters is read through its simplified key (the same
    # length, so the same offsets); what the tree shows is taken from the text itself.
    key = hant.key(text)
    layout = classify(split_lines(key), key, as_written, hant.key(title) if title else None)
    if key is not text:
        _as_written(layout, text, key)
    toks, token_lines = tokens(layout)
    tree = parse_tokens(toks)
    del toks  # the tree holds the tokens now, and gives them up as it is built
    return build_tree(layout, tree, text, token_lines, nodes)


_BREAKS = frozenset(" \t\u3000\xa0\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _as_written(layout: Layout, text: str, key: str) -> None:
    """Put the text as written back where classify read the key: line contents, the
    page fields (each a piece of one line, found in the key at the same place),
    heading markers (「第三條」) and appendix titles."""
    for ln in layout.lines:
        if ln.content:
            a = ln.content_start
            ln.content = text[a:a + len(ln.content)]

    squeezed: list[tuple[str, list[int]]] = []  # the key without spaces and line ends, made once if needed

    def back(s: str | None) -> str | None:
        if not s:
            return s
        k = key.find(s)
        if k >= 0:
            return text[k:k + len(s)]
        if any(ch in _BREAKS for ch in s):
            return s
        # A field joined from several lines (a title wrapped in a PDF copy): found in the key
        # with its line ends and indentation taken out, each character taken from the text.
        if not squeezed:
            at = [i for i, ch in enumerate(key) if ch not in _BREAKS]
            squeezed.append(("".join(key[i] for i in at), at))
        flat, at = squeezed[0]
        k = flat.find(s)
        return "".join(text[i] for i in at[k:k + len(s)]) if k >= 0 else s

    title = back(layout.title)
    if title and title == layout.title and layout.title_lines:
        # (a title joined over lines with page noise between them, 「……服務」 / 「▲会议现场」 / 「規劃……」:
        # found in its own lines' key, taken from the same places of the text)
        spots = [(ln.content_start, len(ln.content)) for ln in (layout.lines[i] for i in layout.title_lines)]
        flat = "".join(key[a:a + n] for a, n in spots)
        k = flat.find(title)
        if k >= 0:
            title = "".join(text[a:a + n] for a, n in spots)[k:k + len(title)]
    layout.title = title
    layout.date = back(layout.date)
    layout.salutation_text = back(layout.salutation_text)
    layout.speaker = back(layout.speaker)
    layout.occasion = back(layout.occasion)
    layout.place = back(layout.place)
    if layout.salutation is not None:
        layout.salutation = layout.salutation._replace(text=back(layout.salutation.text) or "")
    for i, hm in layout.headings.items():
        content = layout.lines[i].content
        if not content.startswith(hm.marker):
            k = hant.key(content).find(hm.marker)
            if k >= 0:
                layout.headings[i] = hm._replace(marker=content[k:k + len(hm.marker)])
    layout.appendices = [a._replace(title=back(a.title) or a.title) for a in layout.appendices]
    if layout.document is not None:
        doc = layout.document
        layout.document = doc._replace(kind=back(doc.kind) or doc.kind,
                                       parts=[p._replace(text=back(p.text) or p.text) for p in doc.parts])


def parse(text: str, title: str | None = None) -> Speech:
    """Parse a speech or report given as text into the typed tree.

    ``title``: a line of ``text`` that the file it came from sets as its title (a Word document's
    Title style, or its size and place: :func:`speechparse.reading.read_source` gives it); weighed
    with the words of the page's other lines, not taken on trust."""
    speech: Speech = _build(text, model_nodes(), title)
    return speech


def parse_plain(text: str, title: str | None = None) -> Any:
    """The tree of :func:`parse` built from the slotted classes of :mod:`speechparse.plain` (no pydantic)."""
    return _build(text, PLAIN_NODES, title)


def parse_outline(text: str, title: str | None = None) -> dict[str, Any]:
    """The outline of ``text``, the same as ``parse(text).outline()``, built directly (no tree)."""
    result: dict[str, Any] = _build(text, _outline_nodes(), title)
    return result


@lru_cache(maxsize=1)
def _outline_nodes() -> Nodes:
    nodes: Nodes = outline_nodes(PLAIN_NODES)
    return nodes


def parse_file(path: str | Path, encoding: str | None = None) -> Speech:
    """Read ``path`` (encoding detected unless given) and parse it.

    Raises :class:`speechparse.errors.InputError` naming the file and the reason
    when the file cannot be read as text.
    """
    source = read_source(path, encoding)
    return parse(source.text, source.title)
