"""Tray icons drawn at run time, one colour per state, so the state reads at a glance and no image file can
go missing: a shield with 密 on it, green protecting, grey paused, red alert, amber rules problem."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

STATES = {"protected": "#1e8e3e", "paused": "#80868b", "alert": "#d93025", "rules_problem": "#f29900"}


def state_icon(state: str, size: int = 64) -> QIcon:
    colour = QColor(STATES.get(state, STATES["protected"]))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size
    shield = QPainterPath(QPointF(s * 0.5, s * 0.04))
    shield.lineTo(s * 0.92, s * 0.2)
    shield.quadTo(QPointF(s * 0.9, s * 0.75), QPointF(s * 0.5, s * 0.97))
    shield.quadTo(QPointF(s * 0.1, s * 0.75), QPointF(s * 0.08, s * 0.2))
    shield.closeSubpath()
    p.fillPath(shield, QBrush(colour))
    p.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(round(s * 0.46))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, s * 0.08, s, s * 0.8), Qt.AlignmentFlag.AlignCenter, "密")
    if state == "paused":
        p.fillRect(QRectF(s * 0.62, s * 0.62, s * 0.12, s * 0.34), QColor("black"))
        p.fillRect(QRectF(s * 0.82, s * 0.62, s * 0.12, s * 0.34), QColor("black"))
    p.end()
    return QIcon(pixmap)
