"""Writes speechparse/_lalr.py to standard output: Lark's stand-alone parser of speech.lark.

    python grammars/generate.py > speechparse/_lalr.py

Lark's tool copies Lark's own runtime, in which two imports name Lark's
package: ``from . import __version__`` (to key a grammar cache we do not
use) and ``from .lexer import Token`` (in ``UnexpectedEOF``).  Inside
speechparse they would name speechparse's own modules: the package itself,
above every layer, and a module that does not exist.  They are left out:
the generated module defines both names itself.
"""

from __future__ import annotations

import subprocess
import sys

LARK = [sys.executable, "-m", "lark.tools.standalone", "grammars/speech.lark", "-l", "basic"]
PACKAGE_IMPORTS = ("from . import __version__", "from .lexer import Token")


def main() -> None:
    made = subprocess.run(LARK, capture_output=True, check=True).stdout.decode("utf-8")
    lines = made.splitlines(keepends=True)
    kept = [ln for ln in lines if ln.strip() not in PACKAGE_IMPORTS]
    if len(lines) - len(kept) != len(PACKAGE_IMPORTS):
        sys.exit(f"grammars/generate.py: Lark's runtime changed; expected {PACKAGE_IMPORTS} once each")
    sys.stdout.buffer.write("".join(kept).encode("utf-8"))


if __name__ == "__main__":
    main()
