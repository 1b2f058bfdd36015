"""One self-contained HTML page: the outline beside the text, headings linked to lines.

No scripts, no external files: the page works from disk, in a mail
attachment or an archive.  Each line of the text has the anchor ``#L<n>``;
the outline links there, and the target line is highlighted with ``:target``.
"""

from __future__ import annotations

from html import escape
from typing import Any

_CSS = """
:root { --ink:#1f2328; --muted:#6e7781; --line:#d0d7de; --accent:#0b5cad; --mark:#fff3bf; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.7 "Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;
       color:var(--ink); background:#fff; }
header { padding:12px 20px; border-bottom:1px solid var(--line); }
header h1 { font-size:20px; margin:0; }
header .meta { color:var(--muted); font-size:13px; }
main { display:grid; grid-template-columns:minmax(260px,34%) 1fr; height:calc(100vh - 70px); }
nav { overflow:auto; padding:12px 16px; border-right:1px solid var(--line); background:#f6f8fa;
      font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
      font-size:14px; }
nav ul { list-style:none; margin:0; padding-left:1.1em; }
nav > ul { padding-left:0; }
nav a { color:var(--accent); text-decoration:none; }
nav a:hover { text-decoration:underline; }
nav .point { color:var(--muted); font-size:13px; }
nav .tag { display:inline-block; font-size:12px; color:#fff; background:var(--muted);
           border-radius:3px; padding:0 5px; margin-right:4px; }
article { overflow:auto; padding:12px 20px; }
.l { display:grid; grid-template-columns:3.5em 1fr; white-space:pre-wrap; word-break:break-all; }
.l .n { color:var(--muted); text-align:right; padding-right:.8em; user-select:none; font-size:12px; }
.l:target { background:var(--mark); }
.h1 .t { font-weight:700; font-size:17px; } .h2 .t { font-weight:700; }
.h3 .t, .h4 .t, .h5 .t, .h6 .t { font-weight:600; }
.sal .t, .clo .t { color:#7a3e00; }
"""


def to_html(text: str, outline: dict[str, Any], name: str = "", lang: str = "zh") -> str:
    """The page for ``text`` and its ``outline`` (from :func:`speechparse.parse_outline`)."""
    from .outline import labels

    t = labels(lang)
    lines = text.splitlines() or [""]
    kind: dict[int, str] = {}

    def mark(nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            kind.setdefault(n["line"], f"h{min(n.get('level', 1), 6)}")
            mark(n["children"])

    mark(outline["sections"])
    closing = outline.get("closing")
    if closing:
        for i in range(closing["line"], closing["line"] + closing["text"].count("\n") + 1):
            kind.setdefault(i, "clo")
    title = outline.get("title") or name or t["untitled"]
    nav: list[str] = ["<ul>"]
    if outline.get("salutation"):
        nav.append(f'<li><span class="tag">{t["salutation"]}</span>{escape(outline["salutation"])}</li>')

    def walk(nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            nav.append(f'<li><a href="#L{n["line"]}">{escape(n["marker"])}{escape(n["title"])}</a>')
            if n["points"] or n["children"]:
                nav.append("<ul>")
                for p in n["points"]:
                    nav.append(f'<li class="point"><a href="#L{p["line"]}">{escape(p["marker"])}</a>'
                               f' {escape(_clip(p["title"], 24))}</li>')
                walk(n["children"])
                nav.append("</ul>")
            nav.append("</li>")

    walk(outline["sections"])
    if closing:
        nav.append(f'<li><span class="tag">{t["closing"]}</span><a href="#L{closing["line"]}">'
                   f'{escape(_clip(closing["text"], 20))}</a></li>')
    nav.append("</ul>")
    meta = [escape(name)] if name else []
    if outline.get("announced_count") is not None:
        meta.append(t["announced"].format(n=outline["announced_count"]))
    if outline.get("date"):
        meta.append(escape(outline["date"]))
    body = []
    for i, line in enumerate(lines, 1):
        cls = kind.get(i, "")
        body.append(f'<div class="l {cls}" id="L{i}"><span class="n">{i}</span>'
                    f'<span class="t">{escape(line)}</span></div>')
    return (
        f'<!DOCTYPE html>\n<html lang="{t["html_lang"]}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f'<header><h1>{escape(title)}</h1><div class="meta">{" · ".join(meta)}</div></header>'
        f'<main><nav aria-label="{t["outline"]}">{"".join(nav)}</nav><article>{"".join(body)}</article>'
        "</main></body></html>\n"
    )


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
