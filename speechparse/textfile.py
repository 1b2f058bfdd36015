"""A text file's bytes to text: BOM, then strict UTF-8, then strict GB18030, with a sanity check.

Scraped speeches arrive as UTF-8 (with or without BOM), UTF-16 from Windows
tools, or GB18030/GBK from older Chinese sites.  GB18030 decodes almost any
byte string, so a result is accepted only if it looks like Chinese text;
otherwise the user is told to name the encoding.  Line ends are left as
they are (CRLF, CR, U+2028 are all understood by :mod:`speechparse.lines`),
so every offset reported refers to the decoded original.  Only regular files
are read, and no more bytes than a bound (the other readers keep it too).
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path
from typing import NamedTuple

from .errors import InputError

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MIN_HAN_SHARE = 0.2
_MAX_PRIVATE_SHARE = 0.05


class Decoded(NamedTuple):
    text: str
    encoding: str  # a name ``str.encode`` accepts to write the text back
    bom: bytes  # the byte-order mark the file started with, written back before the text

    def encode(self, text: str) -> bytes:
        """``text`` as the file stored its original: same encoding, same BOM."""
        return self.bom + text.encode(self.encoding)


# What a binary file says it is by its first bytes (the hint for UTF-16 is kept for what may be text).
_MAGIC = (
    (b"\x89PNG", "PNG 图片", "a PNG image"), (b"\xff\xd8\xff", "JPEG 图片", "a JPEG image"),
    (b"GIF8", "GIF 图片", "a GIF image"), (b"\x7fELF", "可执行程序", "an executable"),
    (b"MZ", "可执行程序", "an executable"),
    (b"PK\x03\x04", "ZIP 压缩包；如是 Word 文件，请用 .docx 扩展名", "a ZIP archive; a Word file needs the .docx name"),
    (b"\xd0\xcf\x11\xe0", "旧版 Office 文件（.doc/.xls），请另存为 .docx",
     "an old Office file (.doc): save it as .docx"),
)
_SAMPLE = 400


def _looks_utf16(data: bytes) -> str | None:
    """Read as UTF-16 (either byte order), the first bytes are text: printable characters, line ends
    (an image's or a program's NUL bytes read so give control characters and unpaired halves)."""
    sample = data[:_SAMPLE - _SAMPLE % 2] if len(data) > _SAMPLE else data[:len(data) - len(data) % 2]
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        if text and sum(ch.isprintable() or ch in "\r\n\t" for ch in text) * 10 >= len(text) * 9:
            return name
    return None


def decode(data: bytes, encoding: str | None = None, path: str = "<stdin>") -> Decoded:
    """Decode ``data``; raise :class:`InputError` with a reason in Chinese (and English)."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding, b"")
        except LookupError:
            raise InputError(path, f"未知的编码名称「{encoding}」", f"unknown encoding name '{encoding}'") from None
        except UnicodeDecodeError as e:
            raise InputError(path, f"按 {encoding} 解码失败（第 {e.start} 字节）",
                             f"cannot be decoded as {encoding} (byte {e.start})") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name, bom)
            except UnicodeDecodeError:
                raise InputError(path, f"文件以 {name} 字节序标记开头，但内容无法按 {name} 解码",
                                 f"starts with a {name} byte-order mark but is not {name}") from None
    if b"\x00" in data:
        kind = next(((zh, en) for magic, zh, en in _MAGIC if data.startswith(magic)), None)
        if kind is not None:
            raise InputError(path, f"二进制文件（{kind[0]}），不是文本", f"a binary file ({kind[1]}), not text")
        if (utf16 := _looks_utf16(data)) is not None:
            raise InputError(path, "二进制文件（含 NUL 字节），不是文本；"
                                   f"如为无 BOM 的 UTF-16 文本，请用 --encoding {utf16} 指定",
                             "a binary file (NUL bytes), not text; for UTF-16 without a byte-order mark "
                             f"use --encoding {utf16}")
        raise InputError(path, "二进制文件（含 NUL 字节），不是文本", "a binary file (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(path, "无法识别文本编码（既不是 UTF-8 也不是 GB18030），请用 --encoding 指定",
                         "unknown text encoding (neither UTF-8 nor GB18030); name it with --encoding") from None
    if not looks_chinese(text):
        raise InputError(path, "不是 UTF-8；按 GB18030 解码的结果不像中文文本，请用 --encoding 指定编码",
                         "not UTF-8, and as GB18030 it does not read as Chinese; name the encoding "
                         "with --encoding")
    return Decoded(text, "gb18030", b"")


def looks_chinese(text: str) -> bool:
    """Enough Han characters and few private-use ones among the visible characters.

    ``regex`` knows ``\\p{Han}`` in all CJK blocks (extensions included), which a
    hand-written range would miss; lark imports it anyway, so it costs nothing.
    """
    import regex

    visible = len(regex.findall(r"\S", text))
    if not visible:
        return True
    han = len(regex.findall(r"\p{Han}", text))
    private = len(regex.findall(r"\p{Co}", text))
    return han / visible >= _MIN_HAN_SHARE and private / visible <= _MAX_PRIVATE_SHARE


DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # far above any speech; the bound on what is read


def read_file(path: str | Path, encoding: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode a file; ``-`` reads standard input.

    Only regular files are read: a FIFO, a device (``/dev/zero``) or a socket
    is refused before it is opened, so nothing hangs, and no more than
    ``max_bytes`` are ever read.
    """
    name = str(path)
    if name == "-":
        import sys

        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise too_large(name, len(data), max_bytes)
        return decode(data, encoding, "<stdin>")
    p = Path(path)
    check_regular_file(p, max_bytes)
    suffix = p.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise InputError(name, f"不支持 {suffix} 格式，请在 Word/WPS 中另存为 .docx（或 .txt）后再试",
                         f"{suffix} files are not supported; save the draft as .docx (or .txt) in Word/WPS")
    try:
        with p.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise _os_error(name, e) from None
    if len(data) > max_bytes:
        raise too_large(name, len(data), max_bytes)
    return decode(data, encoding, name)


def check_regular_file(p: Path, max_bytes: int) -> os.stat_result:
    """The file's status, if it is a regular file of at most ``max_bytes``; else InputError."""
    name = str(p)
    try:
        st = p.stat()
    except OSError as e:
        raise _os_error(name, e) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "是目录，不是文件", "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, "不是普通文件（管道、设备或套接字），不读取",
                         "not a regular file (a pipe, a device or a socket); not read")
    if st.st_size > max_bytes:
        raise too_large(name, st.st_size, max_bytes)
    return st


def too_large(name: str, size: int, limit: int) -> InputError:
    return InputError(name, f"文件过大（{human_size(size)}，上限 {human_size(limit)}），可用 --max-size 调整",
                      f"too large ({human_size(size)}, limit {human_size(limit)}); see --max-size")


def human_size(n: int) -> str:
    """``n`` bytes as a person reads it: 「512 B」「3.5 KB」「100 MB」."""
    for unit, size in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) or value >= 100 else f"{value:.1f} {unit}"
    return f"{n} B"


def _os_error(name: str, e: OSError) -> InputError:
    if isinstance(e, FileNotFoundError):
        return InputError(name, "文件不存在", "no such file")
    if isinstance(e, IsADirectoryError):
        return InputError(name, "是目录，不是文件", "is a folder, not a file")
    if isinstance(e, PermissionError):
        return InputError(name, "没有读取权限", "permission denied")
    return InputError(name, f"无法读取（{e.strerror}）", f"cannot be read ({e.strerror})")


_UNSUPPORTED = (".doc", ".wps", ".rtf", ".odt", ".pages")
