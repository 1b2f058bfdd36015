"""The worst .docx a reader meets under the part size cap: time and peak memory.

Builds three documents whose ``word/document.xml`` is just under
:data:`speechparse.word.package.MAX_PART` (or ``--mb``) and runs
``speechparse check`` (or ``outline``, ``check --fix --unsafe-fixes``,
``check --annotate``: ``--command``) on each in a fresh process, printing
wall time and the process's peak resident memory:

* ``paragraphs``: short heading and body paragraphs, one run each (the most
  paragraphs per byte);
* ``runs``: every character in a run of its own, as revision-heavy drafts are
  (the most elements per byte);
* ``one paragraph``: a single paragraph of plain runs (the longest line).

The cap is chosen so that the worst of these stays under 10 s and 500 MB::

    python benchmarks/docx_size.py            # at the cap
    python benchmarks/docx_size.py --mb 8     # at another size
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from speechparse.word.package import MAX_PART

_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
_TAIL = "</w:body></w:document>"
_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
          'main+xml"/></Types>')


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def body(kind: str, size: int) -> str:
    """A document.xml of about ``size`` bytes (UTF-8) of the given kind."""
    budget = size - len(_HEAD) - len(_TAIL) - 64
    pieces: list[str] = []
    used = 0
    k = 0
    if kind == "one paragraph":
        run = "<w:r><w:t>各地区各部门要认真贯彻落实会议精神。</w:t></w:r>"
        n = budget // len(run.encode())
        return _HEAD + "<w:p>" + run * (n - 1) + "</w:p>" + _TAIL
    while used < budget:
        k += 1
        if kind == "paragraphs":
            piece = _paragraph(f"{k}.统筹推进") + _paragraph("要落实。")
        else:  # runs: one character a run
            piece = "<w:p>" + "".join(f"<w:r><w:t>{ch}</w:t></w:r>" for ch in f"{k}.统筹推进各项工作。") + "</w:p>"
        pieces.append(piece)
        used += len(piece.encode())
    return _HEAD + "".join(pieces) + _TAIL


def build(path: Path, kind: str, size: int) -> int:
    xml = body(kind, size).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("word/document.xml", xml)
    return len(xml)


_WRAPPER = ("import resource, subprocess, sys; "
            "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")


def measure(path: Path, command: str) -> tuple[float, float, int]:
    """Wall seconds, peak MB and exit code of ``speechparse <command> path`` in a fresh process."""
    fmt = {"outline": ["--format", "json"], "check": ["--output-format", "json"],
           "fix": ["--fix", "--unsafe-fixes"], "annotate": ["--annotate", str(path.with_suffix(".out.docx"))]}[command]
    command = "outline" if command == "outline" else "check"
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "speechparse", command,
                           str(path), *fmt], capture_output=True, text=True, check=True)
    spent = time.perf_counter() - t0
    peak_kb, code = (int(x) for x in done.stdout.split())
    return spent, peak_kb / 1024, code


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=MAX_PART / 2**20, help="document.xml size in MB (default: the cap)")
    ap.add_argument("--command", default="check", choices=["check", "outline", "fix", "annotate"])
    a = ap.parse_args(argv)
    size = int(a.mb * 2**20) - 1024
    worst = (0.0, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("paragraphs", "runs", "one paragraph"):
            path = Path(tmp) / "big.docx"
            xml_size = build(path, kind, size)
            spent, peak, code = measure(path, a.command)
            worst = (max(worst[0], spent), max(worst[1], peak))
            print(f"{kind:14} document.xml {xml_size / 2**20:5.1f} MB  {a.command}: {spent:5.1f} s, "
                  f"peak {peak:6.0f} MB, exit {code}")
    print(f"worst: {worst[0]:.1f} s, {worst[1]:.0f} MB (goal: under 10 s and 500 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
