"""The outline: the JSON contract's schema, pages, and renderings for people.

The contract itself is made by :mod:`speechparse.contract`, from a tree or
directly.  Markdown and the terminal tree are built from the same dict, so
all formats agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from .contract import OUTLINE_FORMAT

if TYPE_CHECKING:
    from .reading import Source


def _nodes(outline: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node of the outline that has a line: headings, points, the closing, appendices."""
    def walk(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for h in nodes:
            yield h
            yield from h.get("points", [])
            yield from walk(h.get("children", []))

    yield from walk(outline.get("sections", []))
    yield from outline.get("points", [])
    if outline.get("closing"):
        yield outline["closing"]
    for a in outline.get("appendices", []):
        yield a
        yield from walk(a.get("sections", []))


def add_pages(outline: dict[str, Any], pages: list[int]) -> dict[str, Any]:
    """Give every heading, point, the closing and each appendix the page its line is on.

    For a PDF: ``pages[i]`` is the page of line i + 1 of the text read from it.
    """
    for node in _nodes(outline):
        line = node.get("line")
        if isinstance(line, int) and 1 <= line <= len(pages):
            node["page"] = pages[line - 1]
    return outline


def add_source(outline: dict[str, Any], source: Source) -> dict[str, Any]:
    """Pages and stored lines from what the reader says of its text (a PDF's pages, a page's lines).

    For a saved web page the lines are the stored file's (``source.lines[i]`` is the
    stored line of line i + 1 of the text read from it), as the contract counts them.
    """
    if source.pages is not None:
        add_pages(outline, source.pages)
    if source.lines is not None:
        stored = source.lines
        for node in _nodes(outline):
            line = node.get("line")
            if isinstance(line, int) and 1 <= line <= len(stored):
                node["line"] = stored[line - 1]
    return outline


_PAGE = {"type": "integer", "minimum": 1, "description": "read from a PDF: the page the line is on"}


def outline_schema() -> dict[str, Any]:
    """JSON Schema of :func:`speechparse.contract.outline_dict`'s result."""
    point = {
        "type": "object",
        "required": ["marker", "number", "title", "line"],
        "properties": {
            "marker": {"type": "string", "description": "as written: 一是, 一要, 第一, 其一"},
            "number": {"type": "integer", "minimum": 1},
            "title": {"type": "string"},
            "line": {"type": "integer", "minimum": 1},
            "page": _PAGE,
        },
    }
    heading = {
        "type": "object",
        "required": ["marker", "number", "title", "line", "children", "points"],
        "properties": {
            "marker": {"type": "string", "description": "as written, e.g. 一、 (三) 1、"},
            "number": {"type": "integer", "minimum": 0},
            "title": {"type": "string"},
            "line": {"type": "integer", "minimum": 1, "description": "1-based line"},
            "page": _PAGE,
            "level": {"type": "integer", "minimum": 1, "description": "depth in the outline"},
            "style": {"enum": ["part", "division", "article", "section", "subsection", "clause", "item",
                               "circled"]},
            "children": {"type": "array", "items": {"$ref": "#/$defs/heading"}},
            "points": {"type": "array", "items": {"$ref": "#/$defs/point"}},
        },
    }
    nullable_str = {"type": ["string", "null"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "speechparse outline",
        "type": "object",
        "required": ["title", "salutation", "announced_count", "sections", "closing", "date",
                     "genre", "speaker", "occasion", "place", "appendices"],
        "properties": {
            "format": {"const": OUTLINE_FORMAT},
            "path": {"type": "string", "description": "only when several files are given"},
            "title": nullable_str,
            "salutation": {**nullable_str, "description": "without the trailing colon"},
            "announced_count": {"type": ["integer", "null"]},
            "sections": {"type": "array", "items": {"$ref": "#/$defs/heading"}},
            "closing": {
                "oneOf": [
                    {"type": "null"},
                    {"type": "object", "required": ["line", "text"],
                     "properties": {"line": {"type": "integer"}, "text": {"type": "string"}, "page": _PAGE}},
                ]
            },
            "date": nullable_str,
            "genre": {"enum": ["speech", "summary", "article", "other"],
                      "description": "speech: spoken to an audience; summary: written to be read "
                                     "(工作总结, 述职, 汇报); article: signed article or commentary; "
                                     "other: not a Chinese speech or report"},
            "genre_reason": {"type": "string", "description": "why that genre, in Chinese"},
            "speaker": {**nullable_str, "description": "the name as written in a byline or the title"},
            "occasion": {**nullable_str, "description": "the meeting named by 在……上的讲话"},
            "place": {**nullable_str, "description": "from a dateline or a bracketed date"},
            "appendices": {
                "type": "array",
                "description": "documents appended after the speech; their headings are not sections",
                "items": {"type": "object", "required": ["title", "line", "sections"],
                          "properties": {"title": {"type": "string"},
                                         "line": {"type": "integer", "minimum": 1},
                                         "page": _PAGE,
                                         "sections": {"type": "array",
                                                      "items": {"$ref": "#/$defs/heading"}}}},
            },
            "document": {
                "description": "a 公文's parts (GB/T 9704), when its title names its kind; else null",
                "oneOf": [
                    {"type": "null"},
                    {"type": "object",
                     "required": ["kind", "number", "addressee", "attachments", "issuer", "copy_to"],
                     "properties": {
                         "kind": {"type": "string", "description": "文种: 通知, 请示, 纪要…"},
                         "number": {**nullable_str, "description": "发文字号"},
                         "addressee": {**nullable_str, "description": "主送机关, without the colon"},
                         "attachments": {"type": "array", "items": {"type": "string"},
                                         "description": "附件说明: the attachments' names"},
                         "issuer": {**nullable_str, "description": "发文机关署名"},
                         "copy_to": {**nullable_str, "description": "抄送机关"}}},
                ]
            },
            "points": {"type": "array", "items": {"$ref": "#/$defs/point"},
                       "description": "run-in points before the first heading"},
        },
        "$defs": {"heading": heading, "point": point},
    }


_INDENT_ALL_UP_TO = 2000  # headings and points: beyond this, sections are written one a line


def _size(nodes: list[dict[str, Any]]) -> int:
    return sum(1 + len(n.get("points", ())) + _size(n.get("children") or n.get("sections") or [])
               for n in nodes)


def write_json(outline: dict[str, Any], out: TextIO) -> None:
    """The outline as indented JSON, written as it is made.

    ``json`` indents only with its pure-Python encoder (about a microsecond
    a value); its C encoder writes compact JSON, ten times faster.  An
    outline of up to a few thousand nodes (any real speech) is indented in
    full.  A larger one keeps the top level indented and writes each
    section and appendix compactly on a line of its own, so that 200,000
    headings take a fraction of a second and are never one string in memory.
    """
    if _size(outline["sections"]) + _size(outline.get("appendices", [])) <= _INDENT_ALL_UP_TO:
        json.dump(outline, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    out.write("{")
    for i, (key, value) in enumerate(outline.items()):
        out.write(("," if i else "") + "\n  " + json.dumps(key) + ": ")
        if key in ("sections", "appendices") and value:
            out.write("[")
            for j, node in enumerate(value):
                out.write(("," if j else "") + "\n    " + json.dumps(node, ensure_ascii=False))
            out.write("\n  ]")
        else:
            out.write(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  "))
    out.write("\n}\n")


# Every label the human renderings show, in each ``--lang``: one table, so that a
# language never mixes into another's page.
LABELS: dict[str, dict[str, str]] = {
    "zh": {"untitled": "（无标题）", "salutation": "称谓", "count": "预告部分数", "announced": "预告 {n} 部分",
           "announced_tree": "预告：{n} 部分",
           "line": "第{n}行", "page": "第{n}页", "closing": "结束语", "appendix": "附：", "colon": "：",
           "list": "；", "date": "日期", "speaker": "讲话人", "occasion": "场合", "place": "地点",
           "genre": "体裁", "gongwen": "公文（{kind}）", "number": "发文字号", "addressee": "主送",
           "issuer": "发文机关", "copy_to": "抄送", "attachments": "附件", "outline": "提纲", "html_lang": "zh-CN",
           "speech": "讲话", "summary": "总结汇报", "article": "文章", "other": "非讲话稿"},
    "en": {"untitled": "(untitled)", "salutation": "Salutation", "count": "Parts announced",
           "announced": "{n} parts announced", "announced_tree": "{n} parts announced",
           "line": "line {n}", "page": "page {n}", "closing": "Closing",
           "appendix": "Appendix: ", "colon": ": ", "list": "; ", "date": "Date", "speaker": "Speaker",
           "occasion": "Occasion", "place": "Place", "genre": "Genre", "gongwen": "official document ({kind})",
           "number": "Document number", "addressee": "To", "issuer": "Issued by", "copy_to": "Copy to",
           "attachments": "Attachments", "outline": "Outline", "html_lang": "en",
           "speech": "speech", "summary": "report or summary", "article": "article", "other": "not a speech"},
}


def labels(lang: str = "zh") -> dict[str, str]:
    """The labels of ``lang`` (Chinese unless it is ``en``)."""
    return LABELS["en" if lang == "en" else "zh"]


def to_markdown(outline: dict[str, Any], lang: str = "zh") -> str:
    """Nested Markdown: headings as list items, points under them."""
    t = labels(lang)
    out: list[str] = [f"# {outline['title'] or t['untitled']}", ""]
    facts = _facts(outline, t)
    if facts:
        out += ["*" + ("　" if lang != "en" else " · ").join(facts) + "*", ""]
    if outline.get("salutation"):
        out += [f"**{t['salutation']}{t['colon'].rstrip()}** {outline['salutation']}", ""]
    if outline.get("announced_count") is not None:
        out += [f"**{t['count']}{t['colon'].rstrip()}** {outline['announced_count']}", ""]
    line = t["line"]

    def walk(nodes: list[dict[str, Any]], indent: int) -> None:
        pad = "  " * indent
        for n in nodes:
            out.append(f"{pad}- **{n['marker']}** {n['title']}  ·  {line.format(n=n['line'])}")
            for p in n["points"]:
                out.append(f"{pad}  - *{p['marker']}* {p['title']}")
            walk(n["children"], indent + 1)

    walk(outline["sections"], 0)
    if outline.get("closing"):
        c = outline["closing"]
        first = c["text"].split("\n", 1)[0]
        where = f"（{line.format(n=c['line'])}）" if lang != "en" else f" ({line.format(n=c['line'])})"
        out += ["", f"**{t['closing']}**{where}{t['colon']}{_clip(first, 60)}"]
    for a in outline.get("appendices", []):
        out += ["", f"## {t['appendix']}{a['title'] or t['untitled']}  ·  {line.format(n=a['line'])}", ""]
        walk(a["sections"], 0)
    return "\n".join(out) + "\n"


def _facts(outline: dict[str, Any], t: dict[str, str]) -> list[str]:
    """Date, speaker, occasion, place and genre, for the human renderings."""
    out = []
    colon = t["colon"]
    for key in ("date", "speaker", "occasion", "place"):
        if outline.get(key):
            out.append(f"{t[key]}{colon}{outline[key]}")
    doc = outline.get("document")
    if doc:
        out.append(f"{t['genre']}{colon}{t['gongwen'].format(kind=doc['kind'])}")
    elif outline.get("genre"):
        out.append(f"{t['genre']}{colon}{t.get(outline['genre'], outline['genre'])}")
    if doc:
        for key in ("number", "addressee", "issuer", "copy_to"):
            if doc.get(key):
                out.append(f"{t[key]}{colon}{doc[key]}")
        if doc.get("attachments"):
            out.append(f"{t['attachments']}{colon}" + t["list"].join(doc["attachments"]))
    return out


def _where(node: dict[str, Any], t: dict[str, str]) -> str:
    """「L12」, and for a PDF 「L12 第3页」."""
    return f"L{node['line']}" + (" " + t["page"].format(n=node["page"]) if "page" in node else "")


def to_tree(outline: dict[str, Any], color: bool = False, lang: str = "zh") -> str:
    """An indented tree for the terminal."""
    t = labels(lang)

    def paint(s: str, code: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if color else s

    out = [paint(outline["title"] or t["untitled"], "1")]
    meta = []
    if outline.get("salutation"):
        meta.append(f"{t['salutation']}{t['colon']}{outline['salutation']}")
    if outline.get("announced_count") is not None:
        meta.append(t["announced_tree"].format(n=outline["announced_count"]))
    meta += _facts(outline, t)
    if meta:
        out.append(paint("  ".join(meta), "2"))

    def walk(nodes: list[dict[str, Any]], prefix: str) -> None:
        for i, n in enumerate(nodes):
            last = i == len(nodes) - 1
            branch = "└─ " if last else "├─ "
            out.append(f"{prefix}{branch}{paint(n['marker'], '36')}{n['title']}  "
                       f"{paint(_where(n, t), '2')}")
            child_prefix = prefix + ("   " if last else "│  ")
            for p in n["points"]:
                out.append(f"{child_prefix}· {paint(p['marker'], '33')} {_clip(p['title'], 40)}")
            walk(n["children"], child_prefix)

    walk(outline["sections"], "")
    if outline.get("closing"):
        c = outline["closing"]
        out.append(paint(f"{t['closing']} {_where(c, t)}{t['colon']}", "35") + _clip(c["text"].split("\n")[0], 40))
    for a in outline.get("appendices", []):
        out.append(paint(f"{t['appendix']}{a['title'] or t['untitled']}  {_where(a, t)}", "2"))
        walk(a["sections"], "   ")
    return "\n".join(out) + "\n"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
