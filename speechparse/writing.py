"""Write a fixed file back, keeping what the file was.

The fixed text keeps every line end it had (the parser never normalises
them), and the bytes keep the original encoding and byte-order mark.  The
file keeps its identity:

* through a symbolic link, the target is written and the link stays;
* a file with a single link, in a folder we may write, whose owner we can
  keep, is replaced atomically: the new content goes to a temporary file
  beside it, is flushed to disk, gets the original mode, owner and group,
  and replaces the original in one rename (a crash leaves the old file or
  the new one, never a mix; a temporary file left by a run killed before
  the rename is removed by the next write beside it);
* otherwise (hard links, an owner or group we could not give back) the
  file is rewritten in place, after the whole new content has been encoded
  and checked to decode back to the fixed text: its inode, links, owner,
  group and mode stay exactly as they were.

A read-only file, or a file in a read-only folder, is refused and left as
it was (the write bits decide, so that this holds for root too).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from .errors import InputError
from .textfile import Decoded


def write_back(path: str | Path, original: Decoded, text: str) -> Path:
    """Write ``text`` to ``path`` as ``original`` was stored; returns the file written."""
    name = str(path)
    try:
        data = original.encode(text)
    except UnicodeEncodeError as e:
        raise InputError(name, f"修复后的文本无法按 {original.encoding} 编码（{e.reason}），未写入",
                         f"the fixed text cannot be encoded as {original.encoding} ({e.reason}); "
                         "not written") from None
    if data[len(original.bom):].decode(original.encoding) != text:
        raise InputError(name, "修复后的文本编码后无法还原，未写入", "the fixed text does not round-trip; not written")
    return write_bytes_back(path, data)


def write_bytes_back(path: str | Path, data: bytes) -> Path:
    """Replace the content of the existing file ``path`` by ``data``, keeping what the file was."""
    target = Path(os.path.realpath(path))
    name = str(path)
    try:
        st = target.stat()
    except OSError as e:
        raise InputError(name, f"无法写入（{e.strerror}）", f"cannot be written ({e.strerror})") from None
    if not os.access(target, os.W_OK) or not st.st_mode & 0o200:
        raise InputError(name, "文件只读，未修改", "the file is read-only; not changed")
    folder = target.parent.stat()
    if not os.access(target.parent, os.W_OK) or not folder.st_mode & 0o200:
        raise InputError(name, "所在目录只读，未修改", "its folder is read-only; not changed")
    try:
        if st.st_nlink == 1 and _can_replace(target, st):
            _replace(target, data, st)
        else:
            _rewrite(target, data)
    except OSError as e:
        raise InputError(name, f"无法写入（{e.strerror}），文件未改动",
                         f"cannot be written ({e.strerror}); the file is unchanged") from None
    return target


def _can_replace(target: Path, st: os.stat_result) -> bool:
    """A rename keeps the file as it was only if we may write the folder and keep the owner."""
    if not hasattr(os, "geteuid"):
        return True
    euid = os.geteuid()
    return euid == 0 or (st.st_uid == euid and (st.st_gid == os.getegid() or st.st_gid in os.getgroups()))


_STALE_SECONDS = 60.0


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.speechparse-"


def _sweep_leftovers(target: Path) -> None:
    """Remove what an earlier run killed mid-write left beside ``target``.

    Our temporary files are named 「.NAME.speechparse-PID-XXXX.tmp」: one whose
    process is gone and that has not changed for a minute is a leftover (a
    ``kill -9`` between writing it and the rename); nothing else is touched.
    """
    prefix = _temp_prefix(target)
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for n in names:
        pid_text = n[len(prefix):].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        leftover = target.parent / n
        try:
            if time.time() - leftover.lstat().st_mtime >= _STALE_SECONDS and leftover.is_file():
                leftover.unlink()
        except OSError:
            pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process, or no way to tell: leave its file alone
    return True


def _replace(target: Path, data: bytes, st: os.stat_result | None) -> None:
    _sweep_leftovers(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f"{_temp_prefix(target)}{os.getpid()}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if st is None:  # a new file: the usual mode, as open() would give it
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        else:
            os.chmod(tmp, st.st_mode & 0o7777)
            if hasattr(os, "chown"):
                os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _rewrite(target: Path, data: bytes) -> None:
    with target.open("r+b") as f:
        f.write(data)
        f.truncate()
        f.flush()
        os.fsync(f.fileno())


def write_new(path: str | Path, data: bytes) -> Path:
    """Write a new file (or replace one) atomically: a temporary file beside it, then a rename."""
    target = Path(os.path.realpath(path))
    if target.exists():
        return write_bytes_back(path, data)
    try:
        _replace(target, data, None)
    except OSError as e:
        raise InputError(str(path), f"无法写入（{e.strerror}）", f"cannot be written ({e.strerror})") from None
    return target
