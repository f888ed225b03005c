"""Walk the paths given to `clipguard scan`: folders recursively, in a stable order, without following
symlinked folders (no loops). Which files are skipped, and why, is the file scanner's call (by content)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def iter_files(paths: list[str]) -> Iterator[Path]:
    """Every file under the given paths; a path that does not exist is yielded too (reported as an error)."""
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for folder, dirs, files in os.walk(root, onerror=lambda e: None):
                dirs.sort()
                for name in sorted(files):
                    yield Path(folder) / name
        else:
            yield root
