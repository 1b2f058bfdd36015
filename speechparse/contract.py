"""The outline contract: the dict ``Speech.outline()`` and ``parse_outline`` return.

``outline_dict`` is the contract (title, salutation, announced_count,
sections, closing, date; since schema 2 the page-level genre, speaker,
occasion, place and appendices) plus extra keys that never change the
meaning of those: ``format``, ``level``/``style`` on headings, ``points`` of
the preamble, ``genre_reason``.  It is made from a tree (the typed one of
:mod:`speechparse.models` and the plain one of :mod:`speechparse.plain` alike,
hence ``Any``: this module sits below both), or directly while the parser
reads the text (``outline_nodes``); both are here, so that they agree.  The
schema and the renderings are :mod:`speechparse.outline`'s.
"""

from __future__ import annotations

from typing import Any

OUTLINE_FORMAT = "speechparse.outline/2"


def _point(p: Any) -> dict[str, Any]:
    return {"marker": p.marker, "number": p.number, "title": p.title, "line": p.span.line}


def _heading(h: Any) -> dict[str, Any]:
    return {
        "marker": h.marker,
        "number": h.number,
        "title": h.title,
        "line": h.marker_span.line,
        "level": h.depth,
        "style": h.style,
        "children": [_heading(c) for c in h.children],
        "points": [_point(p) for p in h.points],
    }


def outline_dict(speech: Any) -> dict[str, Any]:
    """Works on the pydantic tree and on the plain tree of the fast path alike."""
    return {
        "format": OUTLINE_FORMAT,
        "title": speech.title,
        "salutation": speech.salutation.text if speech.salutation else None,
        "announced_count": speech.announced.count if speech.announced else None,
        "sections": [_heading(h) for h in speech.sections],
        "closing": ({"line": speech.closing.line, "text": speech.closing.text}
                    if speech.closing else None),
        "date": speech.date,
        "genre": speech.genre,
        "genre_reason": speech.genre_reason,
        "speaker": speech.speaker,
        "occasion": speech.occasion,
        "place": speech.place,
        "appendices": [{"title": a.title, "line": a.line, "sections": [_heading(h) for h in a.sections]}
                       for a in speech.appendices],
        "document": _document(speech.document),
        "points": [_point(p) for p in speech.points],
    }


_DOCUMENT_KEYS = ("kind", "number", "addressee", "attachments", "issuer", "copy_to")


def _document(doc: Any) -> dict[str, Any] | None:
    return None if doc is None else {k: getattr(doc, k) for k in _DOCUMENT_KEYS}


# --- the outline built directly, without a tree (parse_outline) ----------------------------


def _outline_point(**kw: Any) -> dict[str, Any]:
    return {"marker": kw["marker"], "number": kw["number"], "title": kw["title"], "line": kw["span"].line}


def _outline_heading(**kw: Any) -> dict[str, Any]:
    return {"marker": kw["marker"], "number": kw["number"], "title": kw["title"],
            "line": kw["marker_span"].line, "level": kw["depth"], "style": kw["style"],
            "children": kw["children"], "points": kw["points"]}


def _outline_appendix(**kw: Any) -> dict[str, Any]:
    return {"title": kw["title"], "line": kw["line"], "sections": kw["sections"]}


def _outline_speech(**kw: Any) -> dict[str, Any]:
    sal, ann, closing = kw["salutation"], kw["announced"], kw["closing"]
    return {
        "format": OUTLINE_FORMAT,
        "title": kw["title"],
        "salutation": sal.text if sal else None,
        "announced_count": ann.count if ann else None,
        "sections": kw["sections"],
        "closing": {"line": closing.line, "text": closing.text} if closing else None,
        "date": kw["date"],
        "genre": kw["genre"],
        "genre_reason": kw["genre_reason"],
        "speaker": kw["speaker"],
        "occasion": kw["occasion"],
        "place": kw["place"],
        "appendices": kw["appendices"],
        "document": kw["document"],
        "points": kw["points"],
    }


def _outline_document(**kw: Any) -> dict[str, Any]:
    return {k: kw[k] for k in _DOCUMENT_KEYS}


def _outline_part(**kw: Any) -> None:
    return None  # the outline reports the fields, not the parts


def outline_nodes(plain: Any) -> Any:
    """Node constructors that build the outline's dicts directly (see :mod:`speechparse.nodes`).

    ``parse_outline`` needs no tree: each heading becomes its outline entry as
    it is read, which saves the time and memory of the tree in between.
    """
    return plain._replace(blocks=None, point=_outline_point, heading=_outline_heading,
                          appendix=_outline_appendix, speech=_outline_speech, document=_outline_document,
                          document_part=_outline_part)
