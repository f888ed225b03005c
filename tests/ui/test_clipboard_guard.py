"""The clipboard guard on the real X11 clipboard (Xvfb), driven from other processes (xclip, a Qt program
offering several formats): held within a second, placeholder in place, released byte for byte, clean
content untouched, own writes never looping."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from guard.engine import Engine
from guard.sources.decision import AuditRecord
from tests.ocr.images import document_screen
from tests.ui.conftest import XClip
from ui.clipboard import MARKER
from ui.clipboard_guard import ClipboardGuard, Held
from ui.scanning import Scanner

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。".encode()
INTERNAL = "内部资料 注意保存\n2027年工作要点（讨论稿）\n一、总体要求".encode()
CLEAN = "周五下午三点在三楼会议室开会，请准时参加。".encode()
HERE = Path(__file__).resolve().parent


def settings(**kw: object) -> SimpleNamespace:
    base = {"repeat_window_seconds": 20.0, "hold_images_while_scanning": True, "watch_selection": True}
    return SimpleNamespace(**{**base, **kw})


@pytest.fixture
def guard(xclip: XClip, qapp: object) -> Iterator[ClipboardGuard]:
    scanner = Scanner(Engine())
    guard = ClipboardGuard(scanner, settings())
    guard.decisions: list[Held] = []  # type: ignore[attr-defined]
    guard.notes: list[tuple[str, str]] = []  # type: ignore[attr-defined]
    guard.events: list[AuditRecord] = []  # type: ignore[attr-defined]
    guard.decide.connect(guard.decisions.append)  # type: ignore[attr-defined]
    guard.notify.connect(lambda a, b: guard.notes.append((a, b)))  # type: ignore[attr-defined]
    guard.event.connect(guard.events.append)  # type: ignore[attr-defined]
    yield guard
    guard.close()
    scanner.close()


def wait_held(qtbot: object, guard: ClipboardGuard, n: int = 1, timeout: int = 3000) -> Held:
    qtbot.waitUntil(lambda: len(guard.decisions) >= n, timeout=timeout)  # type: ignore[attr-defined]
    return guard.decisions[n - 1]  # type: ignore[attr-defined]


def test_marked_text_is_held_within_a_second(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    t0 = time.monotonic()
    xclip.copy(MARKED)
    held = wait_held(qtbot, guard, timeout=1000)
    assert time.monotonic() - t0 < 1.0
    assert held.result.verdict == "block"
    pasted = xclip.paste().decode()
    assert "保密卫士" in pasted and "机密★1年" not in pasted
    assert MARKER in xclip.targets()


def test_discard_gives_back_what_was_there_before(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    xclip.copy(CLEAN)
    qtbot.waitUntil(lambda: any(e.choice == "allowed" for e in guard.events), timeout=2000)  # type: ignore
    xclip.copy(MARKED)
    held = wait_held(qtbot, guard)
    assert "保密卫士" in xclip.paste().decode()
    guard.discard(held)
    assert xclip.paste() == CLEAN  # no placeholder left standing for a decision already made
    assert MARKER not in xclip.targets()
    assert held.snapshot.formats == {}  # the content left memory
    assert guard.events[-1].choice == "discarded"  # type: ignore[attr-defined]
    qtbot.wait(300)  # type: ignore[attr-defined]
    assert len(guard.decisions) == 1 and not guard.in_flight  # type: ignore[attr-defined]  # our own write


def test_discard_with_nothing_before_clears_the_clipboard(qtbot: object, guard: ClipboardGuard,
                                                          xclip: XClip) -> None:
    guard.clipboard.clear()
    qtbot.wait(100)  # type: ignore[attr-defined]
    xclip.copy(MARKED)
    guard.discard(wait_held(qtbot, guard))
    assert xclip.paste() == b"" and xclip.targets() == []


def test_released_text_comes_back_byte_for_byte(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    xclip.copy(INTERNAL)
    held = wait_held(qtbot, guard)
    assert held.result.verdict == "confirm"
    guard.release(held, "已经领导审核同意")
    assert xclip.paste() == INTERNAL
    # our own write is not a new copy: no second hold, no scan in flight
    qtbot.wait(300)  # type: ignore[attr-defined]
    assert len(guard.decisions) == 1 and not guard.in_flight  # type: ignore[attr-defined]
    assert guard.events[-1].choice == "released" and guard.events[-1].reason  # type: ignore[attr-defined]


def test_clean_text_is_left_alone(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    xclip.copy(CLEAN)
    qtbot.waitUntil(lambda: any(e.choice == "allowed" for e in guard.events), timeout=2000)  # type: ignore
    assert xclip.paste() == CLEAN
    assert guard.decisions == []  # type: ignore[attr-defined]


def test_a_second_copy_while_deciding_is_queued_not_nested(qtbot: object, guard: ClipboardGuard,
                                                           xclip: XClip) -> None:
    xclip.copy(MARKED)
    first = wait_held(qtbot, guard)
    xclip.copy(INTERNAL)
    qtbot.waitUntil(lambda: len(guard.queue) == 1, timeout=2000)  # type: ignore[attr-defined]
    assert len(guard.decisions) == 1  # type: ignore[attr-defined]
    guard.discard(first)
    second = wait_held(qtbot, guard, n=2)
    assert second.result.verdict == "confirm"


def test_discarded_content_copied_again_opens_the_dialog_again(qtbot: object, guard: ClipboardGuard,
                                                               xclip: XClip) -> None:
    xclip.copy(CLEAN)
    qtbot.waitUntil(lambda: any(e.choice == "allowed" for e in guard.events), timeout=2000)  # type: ignore
    xclip.copy(MARKED)
    guard.discard(wait_held(qtbot, guard))
    xclip.copy(MARKED)  # within the repeat window: the clerk may have changed their mind
    again = wait_held(qtbot, guard, n=2)
    assert again.result.verdict == "block" and guard.current is again
    assert "保密卫士" in xclip.paste().decode()
    guard.release(again, "test")
    assert xclip.paste() == MARKED  # and it can be released


def _png(marked: bool) -> bytes:
    if marked:
        return document_screen().png()
    image = Image.new("RGB", (800, 300), "white")
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.slow
def test_marked_screenshot_is_held(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    png = _png(marked=True)
    xclip.copy(png, target="image/png")
    held = wait_held(qtbot, guard, timeout=30000)
    assert held.result.verdict == "block"
    assert any("box" in f.where for f in held.result.findings)
    assert xclip.paste("image/png") != png
    guard.release(held, "test")
    assert xclip.paste("image/png") == png


@pytest.mark.slow
def test_clean_picture_comes_back_unchanged(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    png = _png(marked=False)
    xclip.copy(png, target="image/png")
    # held while it is read, so a fast paste cannot beat the OCR
    qtbot.waitUntil(lambda: "保密卫士" in xclip.paste().decode(errors="replace"), timeout=2000)  # type: ignore
    qtbot.waitUntil(lambda: any(e.choice in ("allowed", "notified") for e in guard.events),  # type: ignore
                    timeout=30000)
    assert xclip.paste("image/png") == png
    assert guard.decisions == []  # type: ignore[attr-defined]


@pytest.fixture
def owner(x_display: str, tmp_path: Path) -> Iterator[callable]:
    procs: list[subprocess.Popen[str]] = []

    def start(**formats: bytes) -> None:
        args = []
        for i, (name, data) in enumerate(formats.items()):
            path = tmp_path / f"format{i}"
            path.write_bytes(data)
            args.append(f"{name.replace('__', '/').replace('_', '-')}={path}")
        proc = subprocess.Popen([sys.executable, str(HERE / "clip_owner.py"), *args], text=True,
                                env={**os.environ, "DISPLAY": x_display}, stdout=subprocess.PIPE)
        assert proc.stdout is not None and "ready" in proc.stdout.readline()
        procs.append(proc)

    yield start
    for proc in procs:
        proc.kill()
        proc.wait()


def test_html_and_text_survive_a_release(qtbot: object, guard: ClipboardGuard, xclip: XClip, owner) -> None:
    html = "<html><body><p>内部资料 注意保存</p><p>2027年工作要点（讨论稿）</p></body></html>".encode()
    owner(text__plain=INTERNAL, text__html=html)
    held = wait_held(qtbot, guard)
    assert {"text/plain", "text/html"} <= set(held.snapshot.formats)
    guard.release(held, "test")
    assert xclip.paste("text/html") == html
    assert xclip.paste() == INTERNAL


def test_a_copied_file_is_scanned_and_its_list_survives(qtbot: object, guard: ClipboardGuard, xclip: XClip,
                                                        owner, tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "秘密★5年"
    doc.add_paragraph("关于某项工作的通知")
    path = tmp_path / "通知.docx"
    doc.save(path)
    uris = f"{path.as_uri()}\r\n".encode()  # percent-encoded, as file managers write it
    owner(text__uri_list=uris)
    held = wait_held(qtbot, guard, timeout=10000)
    assert held.result.verdict == "block"
    assert held.result.findings[0].where["file"] == "通知.docx"
    guard.release(held, "test")
    assert xclip.paste("text/uri-list") == uris


def test_a_file_list_pointing_at_a_missing_file_is_held_with_the_reason(qtbot: object, guard: ClipboardGuard,
                                                                        owner, tmp_path: Path) -> None:
    owner(text__uri_list=f"file://{tmp_path}/gone.docx\r\n".encode())
    held = wait_held(qtbot, guard, timeout=5000)
    assert held.unjudged and held.result.verdict == "error" and held.result.error


def test_risky_selection_is_replaced_with_a_notice(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    xclip.copy(MARKED, selection="primary")
    qtbot.waitUntil(lambda: len(guard.notes) >= 1, timeout=3000)  # type: ignore[attr-defined]
    assert "机密" not in xclip.paste(selection="primary").decode()
    assert guard.decisions == []  # type: ignore[attr-defined]


def test_a_huge_text_copy_keeps_the_gui_responsive(qtbot: object, guard: ClipboardGuard, xclip: XClip) -> None:
    """50 MB copied: judged (in a helper process), nothing lost, and the event loop keeps turning."""
    from PySide6.QtCore import QTimer

    body = ("为深入贯彻落实安全生产工作部署，进一步压实各级各部门责任，现将有关事项通知如下。" * 400 + "\n").encode()
    data = "内部资料 注意保存\n".encode() + body * (50 * 1024 * 1024 // len(body))
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    xclip.copy(data)
    held = wait_held(qtbot, guard, timeout=120000)
    timer.stop()
    assert held.result.verdict == "confirm"
    assert len(held.snapshot.text or "") == len(data.decode())
    # reading 50 MB over X11 takes the event loop itself; the check afterwards must not stall it
    scan_gaps = gaps[len(gaps) // 2:]
    assert scan_gaps and max(scan_gaps) < 2.0, max(scan_gaps)
    guard.release(held, "test")
    assert len(xclip.paste()) == len(data)


def test_a_picture_too_large_to_decode_is_held_not_lost(qtbot: object, guard: ClipboardGuard,
                                                        xclip: XClip) -> None:
    from tests.ocr.images import png_bomb_header

    bomb = png_bomb_header(20000, 20000)
    xclip.copy(bomb, target="image/png")
    held = wait_held(qtbot, guard, timeout=10000)
    assert held.unjudged and held.result.verdict == "error"
    assert xclip.paste("image/png") != bomb  # held: the user decides in the dialog
    guard.release(held, "test")
    assert xclip.paste("image/png") == bomb  # and nothing of it was lost


@pytest.mark.slow
def test_a_check_that_never_answers_is_held_not_given_back(qtbot: object, guard: ClipboardGuard,
                                                           xclip: XClip) -> None:
    """A picture whose check outlasts the guard's patience is held as unjudged, with the reason."""
    from tests.ocr.images import dense_screen

    guard.give_up_seconds = 0.2
    png = dense_screen().png()
    xclip.copy(png, target="image/png")
    held = wait_held(qtbot, guard, timeout=5000)
    assert held.unjudged and held.result.verdict == "error"
    assert "保密卫士" in xclip.paste().decode(errors="replace")
    assert xclip.paste("image/png") != png


def test_a_copy_offering_our_marker_format_is_still_checked(qtbot: object, guard: ClipboardGuard, owner) -> None:
    """Another program can offer `application/x-clipguard-placeholder` too; only what we wrote is ours."""
    owner(text__plain=MARKED, application__x_clipguard_placeholder=b"1")
    held = wait_held(qtbot, guard)
    assert held.result.verdict == "block"


def test_marked_text_travelling_with_a_file_list_is_checked(qtbot: object, guard: ClipboardGuard, owner,
                                                            tmp_path: Path) -> None:
    clean = tmp_path / "会议通知.txt"
    clean.write_bytes(CLEAN)
    owner(text__plain=MARKED, text__uri_list=f"{clean.as_uri()}\r\n".encode())
    held = wait_held(qtbot, guard, timeout=5000)
    assert held.result.verdict == "block"
    assert any(f.rule == "secret.classification_mark" and "file" not in f.where for f in held.result.findings)


def test_marked_rich_text_behind_clean_plain_text_is_held(qtbot: object, guard: ClipboardGuard, owner) -> None:
    """Word and WPS offer RTF beside the plain text; a program that pastes the RTF gets what the RTF says."""
    rtf = (br"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fnil SimSun;}}\f0 \'bb\'fa\'c3\'dc\u9733?1\'c4\'ea\par "
           br"\'b9\'d8\'d3\'da\'d7\'f6\'ba\'c3\'b7\'c0\'d1\'b4\'b9\'a4\'d7\'f7\'b5\'c4\'cd\'a8\'d6\'aa\par}")
    owner(text__plain=CLEAN, text__rtf=rtf)
    held = wait_held(qtbot, guard)
    assert held.result.verdict == "block"


def test_a_huge_marked_text_is_not_pasteable_while_it_is_checked(qtbot: object, guard: ClipboardGuard,
                                                                 xclip: XClip) -> None:
    line = ("为深入贯彻落实安全生产工作部署，进一步压实各级各部门责任，现将有关事项通知如下。" * 40 + "\n").encode()
    data = "机密★1年\n".encode() + line * (8 * 1024 * 1024 // len(line))
    xclip.copy(data)
    # while the 8 MB are being checked, another program pasting gets the placeholder
    qtbot.waitUntil(lambda: bool(guard.in_flight), timeout=30000)  # type: ignore[attr-defined]
    assert "保密卫士" in xclip.paste().decode(errors="replace")
    held = wait_held(qtbot, guard, timeout=60000)
    assert held.result.verdict == "block"
    guard.release(held, "test")
    assert xclip.paste() == data


@pytest.mark.slow
def test_a_marked_picture_stays_held_when_the_ocr_worker_keeps_dying(qtbot: object, guard: ClipboardGuard,
                                                                     xclip: XClip) -> None:
    """SIGKILL the real OCR worker under every read: the retry dies too, and the picture is held as
    unjudged with the reason, never given back."""
    import signal
    import threading

    worker = guard.scanner.files.ocr_worker()
    assert worker is not None
    worker.start()
    stop = threading.Event()
    kills: list[int] = []

    def killer() -> None:
        while not stop.is_set():
            stats = worker.stats()
            if stats["reading"] and stats["pid"]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(stats["pid"], signal.SIGKILL)
                    kills.append(stats["pid"])
            time.sleep(0.01)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    png = _png(marked=True)
    try:
        xclip.copy(png, target="image/png")
        held = wait_held(qtbot, guard, timeout=60000)
    finally:
        stop.set()
        thread.join(2)
    assert len(kills) >= 2
    assert held.unjudged and held.result.verdict == "error"
    assert any(w in (held.result.error or "") for w in ("died", "意外退出"))
    assert xclip.paste("image/png") != png
    guard.release(held, "test")
    assert xclip.paste("image/png") == png


def test_file_lists_pointing_at_fifos_are_held_and_the_guard_stays_awake(qtbot: object, guard: ClipboardGuard,
                                                                         owner, xclip: XClip,
                                                                         tmp_path: Path) -> None:
    """A FIFO is never opened (opening one blocks until a writer comes): both copies are held as unjudged at
    once, and the next marked text is still held in well under its deadline."""
    for n in (1, 2):
        fifo = tmp_path / f"pipe{n}.docx"
        os.mkfifo(fifo)
        owner(text__uri_list=f"{fifo.as_uri()}\r\n".encode())
        held = wait_held(qtbot, guard, n=n, timeout=5000)
        assert held.unjudged and held.result.verdict == "error"
        guard.discard(held)
    xclip.copy(MARKED)
    held = wait_held(qtbot, guard, n=3, timeout=3000)
    assert held.result.verdict == "block"


def test_a_copied_file_seen_later_in_a_chat_folder_reads_as_sent(qtbot: object, guard: ClipboardGuard,
                                                                   owner, tmp_path: Path) -> None:
    """The folder alert's "sent" advice rests on this: the copy the clerk made is remembered (name, size)."""
    from guard.sources.im_direction import SENT, UNKNOWN, direction
    from guard.sources.im_folders import WatchRoot

    path = tmp_path / "汇报材料.txt"
    path.write_text("周五下午三点开会。", encoding="utf-8")
    chat = tmp_path / "WeChat Files" / "wxid_abc" / "FileStorage" / "File" / "2026-12"
    chat.mkdir(parents=True)
    (chat / path.name).write_bytes(path.read_bytes())
    (chat / "别的文件.txt").write_bytes(path.read_bytes())
    root = WatchRoot(chat.parent, "wechat3", "微信", "test", True)
    assert direction(chat / path.name, root, guard.recent_files) == UNKNOWN
    owner(text__uri_list=f"{path.as_uri()}\r\n".encode())
    qtbot.waitUntil(lambda: direction(chat / path.name, root, guard.recent_files) == SENT, timeout=5000)
    assert direction(chat / "别的文件.txt", root, guard.recent_files) == UNKNOWN  # same size, other name
