"""What a file is, by its content, not its name: a .docx renamed to .txt is still a .docx, and a
classified file renamed to hide it is exactly the case the guard is for. The extension only breaks ties
(a WPS document is an OLE file with a WordDocument stream, like a .doc)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import BinaryIO

from guard.errors import ExtractError
from guard.extract.readbytes import READ_SECONDS, open_regular, with_deadline
from guard.extract.text import decode
from guard.extract.wechat_dat import is_wechat_dat
from guard.messages import t

HEAD = 65536
IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF87a", "gif"), (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OOXML = (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx"))
ODF = {"application/vnd.oasis.opendocument.text": "odt", "application/vnd.oasis.opendocument.spreadsheet": "ods",
       "application/vnd.oasis.opendocument.presentation": "odp"}


def detect_kind(path_or_head: Path | bytes, name: str = "", seconds: float | None = READ_SECONDS) -> str:
    """One of docx xlsx pptx odt ods odp pdf zip doc xls ppt wps ooxml_encrypted png jpg bmp gif webp tiff
    wechat_dat text binary. Give a path, or the bytes (the whole file for zips and OLE; a head is enough
    for the rest) and optionally the name for the tie-breakers. A path is read only if it is a regular
    file (ExtractError for a FIFO, a device, a socket) and within `seconds`."""
    if isinstance(path_or_head, Path):
        path = path_or_head
        return with_deadline(lambda: _detect_file(path, name or path.name), seconds)
    return _detect(path_or_head[:HEAD], path_or_head, name)


def _detect_file(path: Path, name: str) -> str:
    try:
        with open_regular(path) as (fh, _):
            return _detect(fh.read(HEAD), fh, name)  # zips and OLE read their directory from the same open file
    except OSError as exc:
        raise ExtractError(t("file.cannot_read", error=exc.strerror or exc)) from None


def _detect(head: bytes, source: BinaryIO | bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    for magic, kind in IMAGE_MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"BM") and head[6:10] == b"\0\0\0\0":
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(source, head)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(source, suffix)
    if is_wechat_dat(head):
        return "wechat_dat"
    try:
        decode(head)
    except ExtractError:
        return "pdf" if b"%PDF-" in head[:1024] else "binary"  # readers accept junk before the header
    return "text"


def _zip_kind(source: BinaryIO | bytes, head: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            names = zf.namelist()
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mime in ODF:
                    return ODF[mime]
            if "[Content_Types].xml" in names:
                for prefix, kind in OOXML:
                    if any(n.startswith(prefix) for n in names):
                        return kind
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, NotImplementedError):
        # only a head, or a damaged file: judge by the first entry's name, as the readers will report damage
        first = head[30:30 + int.from_bytes(head[26:28], "little")]
        if first == b"mimetype":
            mime = head[38:200].decode("ascii", "replace")
            for key, kind in ODF.items():
                if mime.startswith(key):
                    return kind
        if first == b"[Content_Types].xml":
            for prefix, kind in OOXML:
                if prefix.encode() in head:
                    return kind
            return "docx"
    return "zip"


def _ole_kind(source: BinaryIO | bytes, suffix: str) -> str:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(source) if isinstance(source, bytes) else source) as ole:
            streams = {"/".join(s) for s in ole.listdir()}
    except (OSError, ValueError, EOFError, IndexError, TypeError):
        return "ole"  # damaged: the dispatcher says so
    if "EncryptedPackage" in streams:
        return "ooxml_encrypted"
    if "WordDocument" in streams:
        return "wps" if suffix == ".wps" else "doc"
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    if "PowerPoint Document" in streams:
        return "ppt"
    return "ole"
