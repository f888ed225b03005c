"""The held picture's preview with what was found framed in red, and keeping the dialog out of screen capture."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget


def thumbnail(image: bytes, boxes: list[list[int]], width: int = 520, height: int = 100_000) -> QPixmap:
    """The picture, scaled down to fit `width` x `height`, with a red frame around each place something was
    found."""
    img = QImage.fromData(image)
    if img.isNull():
        return QPixmap()
    scale = min(1.0, width / max(1, img.width()), height / max(1, img.height()))
    shown = img.scaled(max(1, round(img.width() * scale)), max(1, round(img.height() * scale)),
                       Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(shown)
    painter.setPen(QPen(QColor(220, 0, 0), 3))
    for x, y, w, h in boxes:
        painter.drawRect(QRect(round(x * scale) - 3, round(y * scale) - 3, round(w * scale) + 6, round(h * scale) + 6))
    painter.end()
    return QPixmap.fromImage(shown)


def exclude_from_capture(widget: QWidget) -> None:
    """Keep the dialog (it shows the snippet) out of screenshots and screen sharing where the OS allows:
    Windows 10 2004+ `WDA_EXCLUDEFROMCAPTURE`. X11 has no such control."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.SetWindowDisplayAffinity(int(widget.winId()), 0x11)  # type: ignore[attr-defined]
    except Exception:  # older Windows: the dialog stays visible to capture, nothing else changes
        pass
