"""Another program that owns the clipboard with several formats at once (text, HTML, a file list), as a
browser or a file manager does; xclip can offer only one. Run: python clip_owner.py FORMAT=FILE ...
It serves the clipboard until it loses ownership or is killed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication


def main() -> None:
    app = QGuiApplication(["clip-owner", "-platform", "xcb"])
    mime = QMimeData()
    for arg in sys.argv[1:]:
        name, _, path = arg.partition("=")
        mime.setData(name, QByteArray(Path(path).read_bytes()))
    clipboard = app.clipboard()
    clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
    print("owner ready", flush=True)
    # once somebody else owns the clipboard (the guard's placeholder), this program's job is done
    timer = QTimer()
    timer.timeout.connect(lambda: None if clipboard.ownsClipboard() else app.quit())
    timer.start(200)
    app.exec()


if __name__ == "__main__":
    main()
