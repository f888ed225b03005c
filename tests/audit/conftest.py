"""The faults an event log meets on a desktop, made for real: another process holding SQLite's write lock,
immutable files (root ignores chmod, not `chattr +i`), read-only bind mounts and small tmpfs disks (both need
mount rights; the tests that need them skip with the reason when the machine refuses)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from guard.audit import Event, EventLog

LOCK_HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
"""


def event(**over: object) -> Event:
    base: dict[str, object] = dict(time="", source="clipboard-text", item="<clipboard>", verdict="block",
                                   rules=["secret.classification_mark"], excerpt="机密★1年", content_hash="ab" * 32,
                                   choice="held")
    base.update(over)
    return Event(**base)  # type: ignore[arg-type]


def stored(path: Path) -> list[tuple[str, str, str]]:
    """(item, choice, reason) of every row of one file, in the order written, read by plain sqlite3."""
    db = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return db.execute("SELECT item, choice, reason FROM events ORDER BY id").fetchall()
    finally:
        db.close()


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")


@pytest.fixture
def make_log() -> Iterator[Callable[..., EventLog]]:
    """EventLogs that are closed (their writer threads stopped) when the test ends."""
    logs: list[EventLog] = []

    def make(path: Path, **options: object) -> EventLog:
        log = EventLog(path, **options)  # type: ignore[arg-type]
        logs.append(log)
        return log

    yield make
    for log in logs:
        log.close(timeout=1.0)


class LockHolder:
    """Another process holding the write lock of a SQLite file (BEGIN EXCLUSIVE) until released."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=30)


@pytest.fixture
def lock_holder() -> Iterator[Callable[[Path], LockHolder]]:
    holders: list[LockHolder] = []

    def hold(path: Path) -> LockHolder:
        holders.append(LockHolder(path))
        return holders[-1]

    yield hold
    for holder in holders:
        holder.release()


def _run(*argv: str) -> bool:
    return subprocess.run(argv, capture_output=True, timeout=30).returncode == 0


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    """`chattr +i`: a file even root cannot write (ext4, xfs, btrfs; not tmpfs or overlayfs)."""
    marked: list[Path] = []

    def mark(path: Path) -> None:
        if not _run("chattr", "+i", str(path)):
            pytest.skip(f"chattr +i is not supported for {path} here (needs ext4/xfs/btrfs and the right)")
        marked.append(path)

    yield mark
    for path in marked:
        _run("chattr", "-i", str(path))


@pytest.fixture
def mounts() -> Iterator[Callable[..., None]]:
    """Run `mount` with the given arguments (the last one is the mount point); all undone at the end."""
    points: list[Path] = []

    def mount(*args: str) -> None:
        point = Path(args[-1])
        if not _run("mount", *args):
            pytest.skip(f"mount {' '.join(args[:-1])} is not permitted here")
        points.append(point)

    yield mount
    for point in reversed(points):
        _run("umount", "-l", str(point))


@pytest.fixture
def small_disk(tmp_path: Path, mounts: Callable[..., None]) -> Callable[[int], Path]:
    """A real tmpfs of the given size in bytes."""

    def make(size: int) -> Path:
        point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
        point.mkdir()
        mounts("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point))
        return point

    return make


def fill(folder: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to give the space back)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY | os.O_APPEND)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == 28, exc  # ENOSPC
    finally:
        os.close(fd)
    return filler
