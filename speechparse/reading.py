"""Bytes to text: BOM, then strict UTF-8, then strict GB18030, with a sanity check.

Scraped speeches arrive as UTF-8 (with or without BOM), UTF-16 from Windows
tools, or GB18030/GBK from older Chinese sites.  GB18030 decodes almost any
byte string, so a result is accepted only if it looks like Chinese text;
otherwise the user is told to name the encoding.  Line ends are left as
they are (CRLF, CR, U+2028 are all understood by :mod:`speechparse.lines`),
so every offset reported refers to the decoded original.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MIN_HAN_SHARE = 0.2
_MAX_PRIVATE_SHARE = 0.05


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a name ``str.encode`` accepts to write the text back
    bom: bytes  # the byte-order mark the file started with, written back before the text

    def encode(self, text: str) -> bytes:
        """``text`` as the file stored its original: same encoding, same BOM."""
        return self.bom + text.encode(self.encoding)


def decode(data: bytes, encoding: str | None = None, path: str = "<stdin>") -> Decoded:
    """Decode ``data``; raise :class:`InputError` with a reason in Chinese."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding, b"")
        except LookupError:
            raise InputError(path, f"未知的编码名称「{encoding}」") from None
        except UnicodeDecodeError as e:
            raise InputError(path, f"按 {encoding} 解码失败（第 {e.start} 字节）") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name, bom)
            except UnicodeDecodeError:
                raise InputError(path, f"文件以 {name} 字节序标记开头，但内容无法按 {name} 解码") from None
    if b"\x00" in data:
        raise InputError(path, "二进制文件（含 NUL 字节），不是文本；"
                               "如为无 BOM 的 UTF-16 文本，请用 --encoding utf-16-le 指定")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(path, "无法识别文本编码（既不是 UTF-8 也不是 GB18030），请用 --encoding 指定") from None
    if not looks_chinese(text):
        raise InputError(path, "不是 UTF-8；按 GB18030 解码的结果不像中文文本，请用 --encoding 指定编码")
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


def read_file(path: str | Path, encoding: str | None = None) -> Decoded:
    """Read and decode a file; ``-`` reads standard input."""
    name = str(path)
    if name == "-":
        import sys

        return decode(sys.stdin.buffer.read(), encoding, "<stdin>")
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "文件不存在") from None
    except IsADirectoryError:
        raise InputError(name, "是目录，不是文件") from None
    except PermissionError:
        raise InputError(name, "没有读取权限") from None
    except OSError as e:
        raise InputError(name, f"无法读取（{e.strerror}）") from None
    suffix = p.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise InputError(name, f"不支持 {suffix} 格式，请在 Word/WPS 中另存为 .docx（或 .txt）后再试")
    return decode(data, encoding, name)


_UNSUPPORTED = (".doc", ".wps", ".pdf", ".rtf", ".odt", ".pages")


def read_input(path: str | Path, encoding: str | None = None) -> str:
    """The text of any supported input: a text file, or a .docx (one line per paragraph)."""
    if str(path).lower().endswith(".docx"):
        from .docx_input import read_docx

        return read_docx(path)
    return read_file(path, encoding).text
