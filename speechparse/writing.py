"""Write a file back atomically, in its original encoding and with its own line ends.

The fixed text keeps every line end it had (the parser never normalises
them), so only the encoding needs restoring.  The new content goes to a
temporary file in the same folder, is flushed to disk, and replaces the
original in one rename: a crash leaves either the old file or the new one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .errors import InputError
from .reading import Decoded


def write_atomic(path: str | Path, original: Decoded, text: str) -> None:
    p = Path(path)
    try:
        data = original.encode(text)
    except UnicodeEncodeError as e:
        raise InputError(str(p), f"修复后的文本无法按 {original.encoding} 编码（{e.reason}），未写入") from None
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        shutil.copymode(p, tmp)
        os.replace(tmp, p)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(str(p), f"无法写入（{e.strerror}）") from None
