"""What is on the clipboard, byte for byte, and how to put it back.

A hold must lose nothing: every MIME format the owner offered is copied out (Qt's own synthesised
`application/x-qt-*` conversions excepted, they are rebuilt from the real ones), kept in memory only, and
written back unchanged on release. The guard's own writes are told apart from the user's by a private
marker format on placeholders and, for released content, by owning the clipboard with the same digest:
on Windows the change signal for our own write arrives later, so a re-entrancy flag is not enough.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QClipboard, QImage

MARKER = "application/x-clipguard-placeholder"
# password managers mark secrets so clipboard history tools skip them (KDE/KeePassXC, Windows)
SECRET_HINTS = {"x-kde-passwordManagerHint": b"secret", "ExcludeClipboardContentFromMonitorProcessing": None,
                "application/x-nspasteboard-concealed-type": None}


@dataclass(slots=True)
class Snapshot:
    """Every format of one clipboard content; `image_png` when the image is only offered as a Qt image
    (Windows DIB), encoded once so the scanner can read it."""

    formats: dict[str, bytes] = field(default_factory=dict)
    image_png: bytes | None = None

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for name in sorted(self.formats):
            h.update(name.encode() + b"\0" + hashlib.sha256(self.formats[name]).digest())
        if self.image_png and not self.formats:
            h.update(self.image_png)
        return h.hexdigest()

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.formats.values()) + len(self.image_png or b"")

    @property
    def is_placeholder(self) -> bool:
        return MARKER in self.formats

    @property
    def secret(self) -> bool:
        for name, value in SECRET_HINTS.items():
            if name in self.formats and (value is None or self.formats[name].strip() == value):
                return True
        return False

    @property
    def text(self) -> str | None:
        for name in ("text/plain;charset=utf-8", "text/plain", "UTF8_STRING", "STRING", "TEXT"):
            if name in self.formats:
                return self.formats[name].decode("utf-8", "replace")
        return None

    @property
    def html(self) -> str | None:
        data = self.formats.get("text/html")
        if data is None:
            return None
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Firefox on X11 offers UTF-16 HTML
            return data.decode("utf-16", "replace")
        return data.decode("utf-8", "replace")

    @property
    def image(self) -> bytes | None:
        """Encoded picture bytes (PNG, JPEG, BMP ...) as offered, else the PNG made from the Qt image."""
        for name in ("image/png", "image/jpeg", "image/bmp", "image/gif", "image/webp", "image/tiff"):
            if self.formats.get(name):
                return self.formats[name]
        return self.image_png

    @property
    def files(self) -> list[str]:
        """Local paths behind a file copy (`text/uri-list`, what file managers and Explorer offer)."""
        # GNOME and deepin file managers also offer "copy\nfile:///..." as x-special/gnome-copied-files
        data = self.formats.get("text/uri-list") or self.formats.get("x-special/gnome-copied-files")
        if not data:
            return []
        out = []
        for line in data.decode("utf-8", "replace").splitlines():
            line = line.strip()
            if not line or line.startswith("#") or line in ("copy", "cut"):
                continue
            url = urlparse(line)
            if url.scheme == "file":
                path = unquote(url.path)
                if len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/...
                    path = path[1:]
                out.append(path)
        return out


def take(mime: QMimeData | None) -> Snapshot:
    """Copy every format out of `mime` (the clipboard's data is only borrowed)."""
    snap = Snapshot()
    if mime is None:
        return snap
    for name in mime.formats():
        if name.startswith("application/x-qt-"):
            continue
        snap.formats[name] = bytes(mime.data(name).data())
    if mime.hasImage() and snap.image is None:
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            snap.image_png = encode_png(image)
    return snap


def encode_png(image: QImage) -> bytes:
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data().data())


def to_mime(snap: Snapshot) -> QMimeData:
    """QMimeData carrying every format of `snap` unchanged."""
    mime = QMimeData()
    for name, data in snap.formats.items():
        mime.setData(name, QByteArray(data))
    if snap.image_png and not any(n.startswith("image/") for n in snap.formats):
        mime.setImageData(QImage.fromData(snap.image_png))
    return mime


def placeholder(text: str) -> Snapshot:
    """What stays on the clipboard while the content is held: a plain explanation and the marker."""
    return Snapshot({"text/plain": text.encode("utf-8"), MARKER: b"1"})


def modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
    """The clipboard, and on X11 the PRIMARY selection (select, then middle-click) as well."""
    out = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        out.append(QClipboard.Mode.Selection)
    return out
