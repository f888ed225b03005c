"""One GuardApp on one X display at one scale (QT_SCALE_FACTOR is set by the caller before Qt starts): each
surface is brought up the way a user brings it up (another program copies with xclip, a file lands in the fake
WeChat folder, the tray's handlers), found as the new top-level window, measured, grabbed and closed.

Finding the window by "what appeared" rather than by attribute names keeps this working while the surfaces
change. One JSON line per surface on stdout. Run by benchmarks/screens.py, which prepares the environment.
Usage: _screens_drive.py WORKDIR [--outdir DIR] [--surfaces a,b] [--picture 800x2400]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import shiboken6  # noqa: E402
from PySide6.QtCore import QEventLoop, QRect  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton, QWidget  # noqa: E402

BLOCK = "机密★1年\n×政发〔2026〕12号\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。"
CONFIRM = "内部资料 注意保存\n2027年工作要点（讨论稿）\n一、总体要求\n坚持稳中求进工作总基调。"
SURFACES = ("block", "confirm", "unjudged", "picture", "files", "folder", "events", "settings", "screen")


def pump(seconds: float, until: Callable[[], Any] | None = None) -> Any:
    """Run Qt's loop until `until()` is truthy or the time is up (a QEventLoop instance: see tests/ui/conftest)."""
    loop = QEventLoop()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        got = until() if until else None
        if got:
            return got
        time.sleep(0.01)
    return None


def xclip(data: bytes, target: str) -> None:
    subprocess.run(["xclip", "-selection", "clipboard", "-t", target, "-i"], input=data, check=True, timeout=10)


def shown() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow() and w.windowTitle()}


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def measure(win: QWidget) -> dict[str, Any]:
    """Frame (with the window manager's decorations, when there is one) against the screen's available area,
    and every visible button of the window against it too."""
    screen = win.screen() or QGuiApplication.primaryScreen()
    avail = screen.availableGeometry()
    frame = win.frameGeometry()
    outside = [b.text() for b in win.findChildren(QPushButton) if b.isVisible()
               and not avail.contains(QRect(b.mapToGlobal(b.rect().topLeft()), b.size()))]
    return {"title": win.windowTitle(), "frame": rect(frame), "avail": rect(avail),
            "fits": avail.contains(frame), "buttons_outside": outside}


def grab(path: Path) -> None:
    """The whole screen (root window), so the window manager's frame and what is behind show too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["sh", "-c", "command -v import"], capture_output=True).returncode == 0:
        subprocess.run(["import", "-window", "root", str(path)], check=True, timeout=20)
    else:
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path), "PNG")


def trigger(name: str, app: Any, work: Path, picture: tuple[int, int]) -> None:
    if name == "block":
        xclip(BLOCK.encode(), "UTF8_STRING")
    elif name == "confirm":
        xclip(CONFIRM.encode(), "UTF8_STRING")
    elif name == "unjudged":  # a damaged document cannot be read: held as "could not be judged"
        xclip((work / "files" / "损坏的报告.docx").as_uri().encode() + b"\r\n", "text/uri-list")
    elif name == "picture":
        from tests.ocr.images import document_screen

        xclip(document_screen(size=picture).png(), "image/png")
    elif name == "files":
        uris = [(work / "files" / n).as_uri() for n in ("关于防汛工作的通知.docx", "会议纪要.txt")]
        xclip("\r\n".join(uris).encode() + b"\r\n", "text/uri-list")
    elif name == "folder":
        month = next((work / "home" / "Documents" / "xwechat_files").glob("*/msg/file/*"))
        (month / "通知.docx").write_bytes((work / "files" / "关于防汛工作的通知.docx").read_bytes())
    elif name == "events":
        app.show_events()
    elif name == "settings":
        app.tray.show_status()
    elif name == "screen":
        app.scan_screen()


def run_surface(name: str, app: Any, work: Path, outdir: Path | None, picture: tuple[int, int]) -> dict[str, Any]:
    before = shown()
    trigger(name, app, work, picture)
    wait = 20 if name in ("screen", "picture", "folder") else 10
    new = pump(wait, lambda: sorted(shown() - before, key=lambda w: -w.width() * w.height()))
    out: dict[str, Any] = {"surface": name}
    if not new:
        return {**out, "error": "did not appear"}
    win = new[0]
    pump(0.6 if outdir is not None else 0.25)  # mapped, laid out, painted, placed by the window manager
    out.update(measure(win))
    if outdir is not None:
        grab(outdir / f"{name}.png")
        out["shot"] = str(outdir / f"{name}.png")
    win.close()  # a hold dialog closed is a discard; the app deletes it then
    pump(5, lambda: not shiboken6.isValid(win) or not win.isVisible())
    pump(0.2)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("work", type=Path)
    parser.add_argument("--outdir", type=Path)
    parser.add_argument("--surfaces", default=",".join(SURFACES))
    parser.add_argument("--picture", default="1080x1600")
    args = parser.parse_args()
    picture = tuple(int(v) for v in args.picture.split("x"))
    qt = QApplication(["clipguard-screens"])
    qt.setQuitOnLastWindowClosed(False)
    from ui.app import GuardApp

    guard_app = GuardApp()
    guard_app.start()
    pump(1.0)  # folder watchers up, status window (no tray under Xvfb) shown
    guard_app.tray.status.hide()  # it would sit behind every other surface; it has its own turn
    pump(0.3)
    failed = 0
    for name in args.surfaces.split(","):
        try:
            row = run_surface(name, guard_app, args.work, args.outdir, picture)  # type: ignore[arg-type]
        except Exception as exc:  # one broken surface must not hide the others
            row = {"surface": name, "error": f"{type(exc).__name__}: {exc}"}
        failed += "error" in row
        print(json.dumps(row, ensure_ascii=False), flush=True)
    guard_app.close()
    del qt
    os._exit(1 if failed else 0)  # no teardown races with the scanner threads


if __name__ == "__main__":
    sys.exit(main())
