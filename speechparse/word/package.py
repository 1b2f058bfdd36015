"""A .docx as a zip of XML parts: read safely, written back changing only what changed.

Reading refuses what no word processor writes and what would cost without
bound: a part whose uncompressed size is over the limit (a zip bomb is
refused before it is inflated), too many parts, an XML part with a DOCTYPE
(entities), external entities or network access.  Writing copies every
member that did not change byte for byte (with its compression and date),
and the whole new file is made in memory before anything is written (see
:mod:`speechparse.writing`), so a failure leaves the original as it was.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..textfile import human_size as _mb

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
DOCUMENT = "word/document.xml"
NUMBERING = "word/numbering.xml"
STYLES = "word/styles.xml"
# Uncompressed bytes of one XML part.  A speech's document.xml is well under 1 MB and a
# 300-page report's a few MB; at 8 MB the costliest document (every paragraph a heading,
# or every character a run of its own) still reads, checks and fixes in under 10 s and
# 500 MB (benchmarks/docx_size.py).
MAX_PART = 8 * 1024 * 1024
MAX_TOTAL = 256 * 1024 * 1024
MAX_MEMBERS = 2000


def w(tag: str) -> str:
    """A WordprocessingML element or attribute name as lxml spells it: ``{namespace}tag``."""
    return "{" + W + "}" + tag


def _lxml(path: str = "-") -> Any:
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml comes with the docx extra
        raise InputError(path, "读取 .docx 需要 lxml：pip install 'speechparse[docx]'",
                         "reading .docx needs lxml: pip install 'speechparse[docx]'") from None
    return etree


class Package:
    """The members of a .docx, and the XML parts read so far."""

    def __init__(self, path: str | Path, max_part: int = MAX_PART) -> None:
        self.path = str(path)
        self.max_part = max_part
        name = self.path
        try:
            self.zip = zipfile.ZipFile(name)
        except (zipfile.BadZipFile, OSError, ValueError):
            raise InputError(name, "不是有效的 .docx 文件（如为 .doc，请在 Word/WPS 中另存为 .docx）",
                             "not a valid .docx file (save a .doc as .docx in Word/WPS)") from None
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InputError(name, f".docx 内文件过多（{len(infos)} 个），不读取",
                             f"too many parts in the .docx ({len(infos)}); not read")
        self.infos = {i.filename: i for i in infos}
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL:
            raise InputError(name, f".docx 解压后过大（{total // 2**20} MB），不读取",
                             f"the .docx inflates to {total // 2**20} MB; not read")
        if DOCUMENT not in self.infos:
            raise InputError(name, "不是有效的 .docx 文件（缺少 word/document.xml）",
                             "not a valid .docx file (no word/document.xml)")
        self.trees: dict[str, Any] = {}

    def raw(self, member: str) -> bytes:
        info = self.infos[member]
        if info.file_size > self.max_part:
            size, cap = _mb(info.file_size), _mb(self.max_part)
            raise InputError(self.path, f"{member} 解压后过大（{size}，上限 {cap}），不读取",
                             f"{member} inflates to {size} (limit {cap}); not read")
        with self.zip.open(info) as f:
            data = f.read(self.max_part + 1)  # the header may lie: never read more than the limit
        if len(data) > self.max_part:
            raise InputError(self.path, f"{member} 解压后过大（上限 {_mb(self.max_part)}），不读取",
                             f"{member} inflates past the limit of {_mb(self.max_part)}; not read")
        return data

    def xml(self, member: str) -> Any:
        """The parsed part (cached), or None if the package has no such part."""
        if member in self.trees:
            return self.trees[member]
        if member not in self.infos:
            return None
        data = self.raw(member)
        if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
            raise InputError(self.path, f"{member} 含 DOCTYPE 或实体声明，Word 不会这样写，不读取",
                             f"{member} declares a DOCTYPE or entities, which Word never writes; not read")
        etree = _lxml(self.path)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                 remove_blank_text=False)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as e:
            raise InputError(self.path, f"{member} 不是有效的 XML（{e}）",
                             f"{member} is not valid XML ({e})") from None
        self.trees[member] = root
        return root

    def serialize(self, member: str) -> bytes:
        root = self.trees[member]
        etree = _lxml(self.path)
        out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return out

    def build(self, changed: dict[str, bytes]) -> bytes:
        """The package with ``changed`` members (new or replaced); every other member as it was."""
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as dst:
            for info in self.zip.infolist():
                if info.filename in changed:
                    new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                    new.compress_type = info.compress_type
                    new.external_attr = info.external_attr
                    dst.writestr(new, changed[info.filename])
                else:
                    with self.zip.open(info) as src:
                        dst.writestr(info, src.read())
            for name, data in changed.items():
                if name not in self.infos:
                    dst.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                                 compress_type=zipfile.ZIP_DEFLATED)
        return buf.getvalue()

    def close(self) -> None:
        self.zip.close()
