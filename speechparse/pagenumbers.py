"""What a page number looks like on its own line (「- 3 -」「第3页」「3/12」「Page 3 of 9」).

Shared by the PDF reader (which knows where a page ends) and the text readers
(which meet page numbers inside copies of a PDF); it sits below both.
"""

from __future__ import annotations

from .lazyre import lazy_compile

PAGE_NUMBER_RE = lazy_compile(
    r"^(?:[-—–－·•~～\s]{0,3}\d{1,4}[-—–－·•~～\s]{0,3}"
    r"|第\s{0,2}\d{1,4}\s{0,2}页(?:\s{0,3}[,，/／]?\s{0,3}共\s{0,2}\d{1,4}\s{0,2}页)?"
    r"|\d{1,4}\s{0,2}[/／]\s{0,2}\d{1,4}"
    r"|[Pp](?:age|\.)?\s{0,2}\d{1,4}(?:\s{0,2}(?:of|/)\s{0,2}\d{1,4})?)$"
)


def is_page_number(content: str) -> bool:
    """``content`` (a line without its indentation) is a page number and nothing else."""
    return len(content) <= 24 and bool(PAGE_NUMBER_RE.match(content))
