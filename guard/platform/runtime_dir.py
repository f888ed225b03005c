"""A folder only this user can create things in, for the tray's single-instance lock and socket (POSIX).

A predictable name in a shared /tmp can be taken first by any local user, who then decides whether our tray
starts. So the lock lives in the session's runtime folder ($XDG_RUNTIME_DIR: made by the system, 0700, ours),
else in a 0700 folder we create ourselves. A folder that exists but is not ours, is a symlink, or lets anyone
else in is refused (someone could have planted or may swap what is inside), and the next place is tried.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on the BSDs and macOS; keep a margin
SOCKET_NAME = "clipguard-tray-x0123456789ab.sock"  # the longest name: the session tag is at most 13 chars


class UnsafeFolder(Exception):
    """No folder for the lock that only this user controls; the message lists each place and why not."""


def problem(path: Path) -> str | None:
    """Why `path` is not a private folder of this user (None: it is). Does not follow a symlink."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    if stat.S_ISLNK(info.st_mode):
        return f"{path} is a symbolic link"
    if not stat.S_ISDIR(info.st_mode):
        return f"{path} is not a folder"
    if info.st_uid != os.getuid():
        return f"{path} belongs to uid {info.st_uid}, not to this user (uid {os.getuid()})"
    if info.st_mode & 0o077:
        return f"{path} is open to other users (mode {stat.S_IMODE(info.st_mode):o}, needs 700)"
    if len(str(path / SOCKET_NAME).encode()) > MAX_SOCKET_PATH:
        return f"{path} is too long a path for a local socket"
    return None


def _made_private(path: Path) -> str | None:
    """Create `path` as 0700 (parents as needed) unless it exists; then check it. None when usable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.mkdir(path, 0o700)  # umask can only take bits away, never add group/other access
    except FileExistsError:
        pass
    except OSError as exc:
        return f"{path}: cannot create it ({exc.strerror or exc})"
    return problem(path)


def candidates() -> list[tuple[Path, bool]]:
    """Places in order of preference, each with whether we may create it (the system makes the first)."""
    places: list[tuple[Path, bool]] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime):
        places.append((Path(runtime), False))
    places.append((Path(tempfile.gettempdir()) / f"clipguard-{os.getuid()}", True))
    try:
        import platformdirs

        places.append((Path(platformdirs.user_cache_dir("clipguard", appauthor=False)) / "run", True))
    except ImportError:  # a core dependency; only a broken install lacks it
        pass
    return places


def private_runtime_dir() -> Path:
    """The first usable place; UnsafeFolder (saying why for each) when there is none."""
    refused = []
    for path, create in candidates():
        why = _made_private(path) if create else problem(path)
        if why is None:
            return path
        refused.append(why)
    raise UnsafeFolder("; ".join(refused))


def owner_of(path: Path) -> int | None:
    """The uid that owns `path` itself (not a symlink's target); None when it does not exist."""
    try:
        return os.lstat(path).st_uid
    except OSError:
        return None
