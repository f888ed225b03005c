"""What is on the clipboard, byte for byte, and how to put it back.

A hold must lose nothing: every MIME format the owner offered is copied out (Qt's own synthesised
`application/x-qt-*` conversions excepted, they are rebuilt from the real ones), kept in memory only, and
written back unchanged on release. The content itself, and what is checked in it, is Qt-free
(guard/sources/clip_content.py); this module only moves it in and out of Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QClipboard, QImage

from guard.sources.clip_content import MARKER, Content, placeholder

Snapshot = Content  # the Qt side's name for one clipboard content
__all__ = ["MARKER", "Snapshot", "encode_png", "modes", "placeholder", "take", "to_mime"]


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


def modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
    """The clipboard, and on X11 the PRIMARY selection (select, then middle-click) as well."""
    out = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        out.append(QClipboard.Mode.Selection)
    return out
