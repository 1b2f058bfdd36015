"""Word drafts (.docx) as text: line N is paragraph N, Word's own list numbers rendered.

See :mod:`speechparse.word` for how the text is read from the XML.
"""

from __future__ import annotations

from .word import read_docx, read_docx_titled
from .word.numbering import format_number

__all__ = ["format_number", "read_docx", "read_docx_titled"]
