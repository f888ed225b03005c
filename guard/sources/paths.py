"""Walk the paths given to `clipguard scan`: folders recursively, in a stable order, without following
symlinked folders (no loops), naming every file that is skipped and why."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Target:
    path: Path
    skip: str | None = None  # reason, when the file is listed but not scanned


def iter_targets(paths: list[str], can_scan: Callable[[Path], bool],
                 unsupported: Callable[[Path], str]) -> Iterator[Target]:
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for folder, dirs, files in os.walk(root, onerror=lambda e: None):
                dirs.sort()
                for name in sorted(files):
                    p = Path(folder) / name
                    yield Target(p) if can_scan(p) else Target(p, unsupported(p))
        elif root.exists() or root.is_symlink():
            yield Target(root) if can_scan(root) else Target(root, unsupported(root))
        else:
            yield Target(root)  # the engine reports it as an error result
