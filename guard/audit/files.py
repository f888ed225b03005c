"""Where the log lives: one base file (`events.sqlite3`) and, after a fault, numbered files beside it.

A damaged file is never deleted or renamed (a running tray, or an admin's tool, may have it open); the writer
moves on to the next number instead. So the rule for everyone is simple: the writer writes the highest-numbered
file (the base file counts as number 1), and readers read every file of the family and merge them by time.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


def default_path() -> Path:
    """CLIPGUARD_DATA_DIR (tests), else the per-user data folder (XDG_DATA_HOME on Linux)."""
    folder = os.environ.get("CLIPGUARD_DATA_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("clipguard", appauthor=False)
    return Path(folder) / "events.sqlite3"


def _number(base: Path, path: Path) -> int | None:
    """1 for the base file, N for `events-N.sqlite3`, None for anything else."""
    if path.name == base.name:
        return 1
    m = re.fullmatch(re.escape(base.stem) + r"-(\d{1,9})" + re.escape(base.suffix), path.name)
    return int(m.group(1)) if m and int(m.group(1)) > 1 else None


def numbered(base: Path) -> list[Path]:
    """The files the writer may write, lowest number first (the base file only if it exists)."""
    try:
        names = os.listdir(base.parent)
    except OSError:
        return []
    found = [(n, base.parent / name) for name in names if (n := _number(base, base.parent / name)) is not None]
    return [path for _n, path in sorted(found)]


def family(base: Path) -> list[Path]:
    """Every log file a reader should read: the numbered ones, plus files that earlier versions moved aside
    when they found them damaged (`events.corrupt-<time>.sqlite3`)."""
    aside = re.compile(re.escape(base.stem) + r"\.corrupt-[0-9-]+" + re.escape(base.suffix))
    try:
        older = sorted(base.parent / name for name in os.listdir(base.parent) if aside.fullmatch(name))
    except OSError:
        older = []
    return [*older, *numbered(base)]


def current(base: Path) -> Path:
    """The file a writer writes now: the highest-numbered one, or the base file when there is none yet."""
    files = numbered(base)
    return files[-1] if files else base


def create_next(base: Path) -> Path:
    """Create (exclusively, so two writers never share one) the file after the highest-numbered one.
    Raises OSError when the folder takes no new file (read-only, full, gone)."""
    files = numbered(base)
    n = max(2, (_number(base, files[-1]) or 1) + 1) if files else 2
    while True:
        path = base.with_name(f"{base.stem}-{n}{base.suffix}")
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # the user's own log
            return path
        except FileExistsError:
            n += 1
