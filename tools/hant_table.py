"""Write ``speechparse/_hant_table.py``: the traditional characters the page reader simplifies.

    python tools/hant_table.py PATH/TO/TSCharacters.txt

The source is OpenCC's character table (``data/dictionary/TSCharacters.txt``,
Apache License 2.0, https://github.com/BYVoid/OpenCC; the copy read for the
table in the repository came with opencc-python-reimplemented 0.1.7).  Kept:
one character for one (the key keeps the text's offsets), both in the basic
CJK block, the first of several simplified forms, and only characters that
are traditional only: a character GB 2312 encodes is one simplified text
writes too (「乾」「著」「於」), and stays.  ``speechparse/hant.py`` adds the
pairs it knows besides.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "speechparse" / "_hant_table.py"


def _simplified_too(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def pairs(source: Path) -> str:
    out: list[str] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0]
        if len(trad) == 1 and len(first) == 1 and trad != first and "\u4e00" <= trad <= "\u9fff" \
                and "\u4e00" <= first <= "\u9fff" and not _simplified_too(trad):
            out.append(trad + first)
    return "".join(sorted(out))


def main() -> None:
    text = pairs(Path(sys.argv[1]))
    rows = [text[i:i + 100] for i in range(0, len(text), 100)]
    body = "\n".join(f'    "{row}"' for row in rows)
    OUT.write_text(
        '"""Traditional characters and their simplified forms, in pairs: written by tools/hant_table.py\n'
        "from OpenCC's TSCharacters.txt (Apache License 2.0, https://github.com/BYVoid/OpenCC).\n"
        '"""\n\nPAIRS = (\n' + body + "\n)\n", encoding="utf-8")


if __name__ == "__main__":
    main()
