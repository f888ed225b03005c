"""Real watchdog observers on real temporary folders; real .docx files from python-docx."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document

from guard.files import FileScanner
from guard.sources.folder_watch import FolderGuard, FolderHit
from guard.sources.im_folders import WatchRoot


def docx_bytes(*lines: str) -> bytes:
    import io

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


MARKED = ("机密★1年", "关于加强安全生产工作的通知", "各区县人民政府，市政府各部门：")
PLAIN = ("社区春季运动会将于下周六上午在中心广场举行，欢迎居民朋友踊跃报名参加。",)


class Recorder:
    """Collects hits and summaries as the guard's callbacks deliver them (from its worker threads)."""

    def __init__(self) -> None:
        self.hits: list[FolderHit] = []
        self.summaries: list[str] = []
        self.arrived: list[float] = []
        self._changed = threading.Condition()

    def on_hit(self, hit: FolderHit) -> None:
        with self._changed:
            self.hits.append(hit)
            self.arrived.append(time.monotonic())
            self._changed.notify_all()

    def on_summary(self, text: str) -> None:
        with self._changed:
            self.summaries.append(text)
            self._changed.notify_all()

    def wait(self, done: Callable[[], bool], timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(done, timeout)


def until(done: Callable[[], bool], timeout: float) -> bool:
    """Poll a condition that no callback announces (a folder being picked up)."""
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture(scope="session")
def scanner() -> Iterator[FileScanner]:
    with FileScanner(ocr=None) as files:
        yield files


@pytest.fixture
def watch(scanner: FileScanner) -> Iterator[Callable[..., tuple[FolderGuard, Recorder]]]:
    """Start a FolderGuard on the given roots (paths or WatchRoots); stopped at the end of the test."""
    started: list[FolderGuard] = []

    def start(*roots: Path | WatchRoot, files: FileScanner | None = None, **options: object) -> tuple[
            FolderGuard, Recorder]:
        recorder = Recorder()
        wrapped = [r if isinstance(r, WatchRoot) else WatchRoot(r, "wechat4", "微信", "test", r.is_dir())
                   for r in roots]
        guard = FolderGuard(wrapped, files or scanner, recorder.on_hit, recorder.on_summary, **options)  # type: ignore[arg-type]
        guard.start()
        started.append(guard)
        return guard, recorder

    yield start
    for guard in started:
        guard.stop()
