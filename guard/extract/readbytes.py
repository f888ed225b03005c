"""Read a file's bytes with bounds: only regular files are opened (a FIFO blocks the open itself, a device
never ends), the size is checked before reading (a 2 GB sparse file is refused at once), the read has a
deadline (a network share that stops answering must not hang a scan), and a file still being written (its
size changes while it is read) is refused, not half-scanned."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TypeVar

from guard.errors import ExtractError
from guard.messages import t

T = TypeVar("T")
READ_SECONDS = 30.0
# O_NONBLOCK: should a FIFO replace the file between the stat and the open, the open returns at once
# instead of waiting for a writer (the fstat after it then refuses the FIFO)
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
SPECIAL = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "char_device"), (stat.S_ISBLK, "block_device"),
           (stat.S_ISSOCK, "socket"))


def mb(n: int) -> str:
    return f"{n / 1048576:.1f} MB"


def special_kind(mode: int) -> str | None:
    """"fifo", "char_device", "block_device", "socket", "other" for what is neither a file nor a folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((name for test, name in SPECIAL if test(mode)), "other")


def special_reason(kind: str) -> str:
    """Why a file of a `special_kind` is not opened, in the user's language."""
    return t("file.not_regular", kind=t(f"file.kind.{kind}"))


def not_regular_reason(mode: int) -> str | None:
    """Why a file of this mode is not opened (FIFO, device, socket), or None for a regular file or folder."""
    kind = special_kind(mode)
    return special_reason(kind) if kind else None


def check_path(path: Path) -> os.stat_result:
    """stat (following symlinks: a link to a FIFO is a FIFO); ExtractError when it is not a regular file."""
    try:
        st = os.stat(path)
    except PermissionError:
        raise ExtractError(t("file.denied")) from None
    except (FileNotFoundError, NotADirectoryError):
        raise ExtractError(t("file.gone")) from None
    except OSError as exc:
        raise ExtractError(t("file.cannot_read", error=exc.strerror or exc)) from None
    _refuse(st.st_mode)
    return st


def _refuse(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ExtractError(t("file.is_dir"))
    reason = not_regular_reason(mode)
    if reason:
        raise ExtractError(reason)


@contextmanager
def open_regular(path: Path) -> Iterator[tuple[BinaryIO, os.stat_result]]:
    """The open file and its fstat, for a regular file only; never opens a FIFO, device or socket."""
    check_path(path)
    try:
        fd = os.open(path, OPEN_FLAGS)
    except PermissionError:
        raise ExtractError(t("file.denied")) from None
    except FileNotFoundError:
        raise ExtractError(t("file.gone")) from None
    except IsADirectoryError:
        raise ExtractError(t("file.is_dir")) from None
    except OSError as exc:
        raise ExtractError(t("file.cannot_read", error=exc.strerror or exc)) from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        _refuse(st.st_mode)  # what was opened, not what the name pointed at a moment earlier
        yield fh, st


def with_deadline(work: Callable[[], T], seconds: float | None) -> T:
    """`work()` in a helper thread; ExtractError when it has not returned after `seconds`. A read stuck in
    the kernel (a dead network share) cannot be interrupted, so the thread is left behind (daemon) and the
    scan goes on with an `error` for this file."""
    if not seconds or seconds <= 0:
        return work()
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc

    thread = threading.Thread(target=run, name="clipguard-read", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise ExtractError(t("file.read_timeout", seconds=seconds))
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def read_file_bytes(path: Path, max_bytes: int, seconds: float | None = READ_SECONDS) -> bytes:
    """The whole file, or ExtractError with a plain reason (not a regular file, too large, being written,
    permission denied, no answer within `seconds`)."""
    return with_deadline(lambda: _read(Path(path), max_bytes), seconds)


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        with open_regular(path) as (fh, st):
            before = st.st_size
            if before > max_bytes:
                raise ExtractError(t("file.too_large_read", size=mb(before), limit=mb(max_bytes)))
            data = fh.read(max_bytes + 1)
            after = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise ExtractError(t("file.cannot_read", error=exc.strerror or exc)) from None
    if len(data) > max_bytes:
        raise ExtractError(t("file.grew", limit=mb(max_bytes)))
    if after != before or len(data) != before:
        raise ExtractError(t("file.changing"))
    return data


def read_head(path: Path, size: int, seconds: float | None = READ_SECONDS) -> bytes:
    """The first `size` bytes of a regular file, with the same checks and deadline as `read_file_bytes`."""
    def head() -> bytes:
        try:
            with open_regular(Path(path)) as (fh, _):
                return fh.read(size)
        except OSError as exc:
            raise ExtractError(t("file.cannot_read", error=exc.strerror or exc)) from None

    return with_deadline(head, seconds)
