"""The hold dialog on the available screen, whole: at 1366x768 with 150 % scaling a screen is about 911x512 of
Qt's pixels, and the decision (reason, buttons) must stay on it. The picture preview shrinks first, then the
list of findings shows fewer entries ("另有 n 处").

The height is the layout's height for the chosen width, not `adjustSize()`, which caps a window at 2/3 of the
screen and so cut the picture dialog short at 150 %.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QScreen

from ui.dialog_picture import thumbnail
from ui.dialog_words import MAX_SHOWN, findings_html

WIDTH = 640  # wide enough that the lead and the findings wrap into few lines
FRAME = 60  # the window manager's title bar and frame
MIN_PICTURE = 80  # below this a preview shows nothing a clerk can recognise
_UNSET = 16777215  # QWIDGETSIZE_MAX


def fit_on_screen(dialog: Any, screen: QScreen | None) -> None:
    """Size `dialog` (a HoldDialog) to fit `screen`, centre it there and fix its size."""
    dialog.setMinimumSize(0, 0)  # a size fixed before (a revealed field) may change now
    dialog.setMaximumSize(_UNSET, _UNSET)
    if screen is None:
        dialog.adjustSize()
        dialog.setFixedSize(dialog.size())
        return
    geo = screen.availableGeometry()
    width = max(320, min(WIDTH, geo.width() - 20))
    room = geo.height() - FRAME
    height = _height(dialog, width)
    image = dialog.held.snapshot.image
    for _ in range(3):  # the preview's width changes with its height: settle in a few steps
        if dialog.thumbnail is None or not image:
            break
        shown = dialog.thumbnail.pixmap().height()
        # a long screenshot never takes more than half the screen: the frame shows where the mark is
        target = max(MIN_PICTURE, min(shown - max(0, height - room), geo.height() // 2))
        if target >= shown:
            break
        dialog.thumbnail.setPixmap(thumbnail(image, dialog._boxes, width=width - 40, height=target))
        height = _height(dialog, width)
    shown = MAX_SHOWN
    while height > room and shown > 1:
        shown -= 1
        dialog.findings.setText(findings_html(dialog.held, dialog.unjudged, shown))
        height = _height(dialog, width)
    height = min(height, geo.height())
    dialog.setFixedSize(width, height)  # nothing to gain by resizing: window managers then offer no maximise
    dialog.move(geo.left() + (geo.width() - width) // 2, max(geo.top(), geo.top() + (geo.height() - height) // 2))


def _height(dialog: Any, width: int) -> int:
    layout = dialog.layout()
    layout.activate()
    if layout.hasHeightForWidth():
        return max(layout.totalMinimumSize().height(), layout.totalHeightForWidth(width))
    return layout.totalSizeHint().height()
