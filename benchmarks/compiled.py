"""bench.py against the wheel a user installs: the parsing modules compiled by mypyc.

A checkout installed with ``pip install -e .`` runs the Python sources (so that
edits take effect at once); ``pip install .`` or a wheel from ``pip wheel .``
has the modules listed in pyproject.toml compiled (see hatch_build.py).  This
builds that wheel into a temporary folder, unpacks it, and runs ``bench.py``
with it first on the path, from a folder where the checkout's sources are not.

    python benchmarks/compiled.py [bench.py options]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from corpus import ROOT


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wheels = Path(tmp) / "wheel"
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                       check=True)
        unpacked = Path(tmp) / "unpacked"
        with zipfile.ZipFile(next(wheels.glob("*.whl"))) as wheel:
            wheel.extractall(unpacked)
        # Bytecode for the modules left in Python, as pip writes it when it installs a wheel.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(unpacked)], check=True)
        compiled = sorted(p.relative_to(unpacked).as_posix() for p in unpacked.rglob("speechparse/**/*.so"))
        print(f"wheel: {len(compiled)} compiled modules" if compiled else
              "wheel: pure Python (no C compiler here: see hatch_build.py)")
        env = {**os.environ, "PYTHONPATH": str(unpacked)}
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), *sys.argv[1:]], env=env,
                       cwd=tmp, check=True)


if __name__ == "__main__":
    main()
