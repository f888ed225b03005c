"""Sizing a window of wrapped labels to its content: the folder alert and the status window share it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fitted(widget: QWidget, room: int) -> QSize:
    """Width from the widest line (within `room`), height from what the wrapped labels need at that width.
    adjustSize() takes the labels' height at a narrower guess and the layout spreads the surplus as gaps."""
    width = min(max(widget.minimumWidth(), widget.sizeHint().width()), room)
    height = widget.heightForWidth(width)
    return QSize(width, height if height > 0 else widget.sizeHint().height())
