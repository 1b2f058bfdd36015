"""Lines that only point elsewhere: a file to download, its row in a download list, a link to a page
that explains the text.

What such a line names is not on the page: it is page furniture wherever it stands, never a title
(page.head keeps a file named as a title over the text: 「……工作总结.docx」), and never the head of a
document appended below (page.tail).
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .vocab import DOCUMENT_FILE_EXTENSIONS

_SHORT_LINK = 80  # (as page.noise's short line)
# A link to a page that explains the text (a government site's 政策解读), or its label alone.
_READING_LINK_RE = lazy_compile(
    r"^(?:[【\[](?:图文|政策|视频|专家|图解|动漫|媒体|相关|权威|文字|数说)?解读[】\]][^。！？!?]{0,60}|(?:图文|政策|相关)解读[:：]?"
    r"|一图(?:读懂|看懂|速览|了解)[^。！？!?]{2,40}"
    r"|[【\[](?:延伸|相关|推荐|拓展|扩展)阅读[】\]][^。！？!?]{2,60}|(?:延伸|相关|推荐|拓展)阅读[:：][^。！？!?]{2,60})$")
# A file's row in a page's download list: its type and size in brackets, or its download count.
_DOWNLOAD_ROW_RE = lazy_compile(
    rf"[（(](?i:{DOCUMENT_FILE_EXTENSIONS}|zip|rar)[，,、 ]{{0,2}}\d{{1,5}}(?:\.\d{{1,2}})?"
    r"[ ]?[KkMm]B[）)]|下载(?:次数|量)[:：][ \u3000]?\d")
# A file offered for download: 「参会回执.docx」「附件2：申报表.xls」「附件：讲话全文.pdf（下载）」 (a line that only
# names it, its page, its button or its size 「（28.6KB）」).
_FILE_LINE_RE = lazy_compile(
    r"^[^。！？；，,]{1,80}\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|pptx?|jpe?g|png|gif|bmp|webp)[)）]?"
    r"(?:[_\-]第\d{1,4}页|[ \u3000]{0,2}[（(【\[](?:点击)?(?:下载|预览|在线预览|查看)[)）】\]]"
    r"|[ \u3000]{0,2}[（(]\d{1,5}(?:\.\d{1,2})?[ ]?[KkMm]B[）)]"
    # (a file's row: its size and the buttons beside it, 「…….docx　36.2KB　预览　下载」「…….docx　点击查看」)
    r"|(?:[ \u3000]{1,3}\d{1,5}(?:\.\d{1,2})?[ ]?[KkMm]B)?"
    r"(?:[ \u3000]{1,3}(?:点击)?(?:预览|下载|查看|在线预览)){1,3})?$",
    flags=re.I)


# A placeholder for what the copy left out: 「【此处为手写签名】」「（此处插入图表：……）」.
_PLACEHOLDER_RE = lazy_compile(r"^[【\[（(]此处(?:为|是|有|插入|应有)[^】\]）)。，]{1,20}[】\]）)]$")
# A database's button in brackets: 「【下载PDF】」「【法宝联想】」「【在线阅读】」.
_BUTTON_RE = lazy_compile(r"^【(?:下载PDF|下载全文|在线阅读|引用本文|法宝联想|相关文献)】$")


def is_download_row(content: str) -> bool:
    """「附件1：会议讲话全文（PDF，1.2MB）　下载次数：35」: a file's row in a page's download list."""
    return _DOWNLOAD_ROW_RE.search(content) is not None


def is_file_line(content: str) -> bool:
    """A line that names a file to download: page furniture (a sentence that names one is text)."""
    return content[-1] in "cCdDfFgGpPrRsStTxX)）页】]载览看" and _FILE_LINE_RE.match(content) is not None


def refers_elsewhere(content: str) -> bool:
    """A line that only points at another file or page: a file to download 「附件：讲话全文.pdf（下载）」, a
    link to a page that explains the text 「【政策解读】」, a placeholder for what the copy left out
    「【此处为手写签名】」.  What it names is not on the page, so it never heads a document appended
    below (page.tail)."""
    return is_file_line(content) or (("解读" in content or "一图" in content or "阅读" in content)
                                     and len(content) <= _SHORT_LINK
                                     and _READING_LINK_RE.match(content) is not None) or (
        "此处" in content[:3] and _PLACEHOLDER_RE.match(content) is not None) or (
        content[:1] == "【" and _BUTTON_RE.match(content) is not None) or (
        content[:1].isdigit() and len(content) <= _SHORT_LINK * 8 and _LISTED_RE.match(content) is not None)


# An entry of a list of other articles: its number, then a link to it (「1. [我校召开……会议](../info/1002/1234.htm)」),
# or a two-digit number and a bar before its headline (「02 | 这些民生实事，今年要办好」).
_LISTED_RE = lazy_compile(
    r"^(?:\d{1,2}[.、．][ \u3000]?\[[^\[\]]{2,80}\]\([^()\s]{1,500}\)"
    r"|\d{2}[ \u3000]?[|｜][ \u3000]?[^|｜。！？]{4,40})$")
