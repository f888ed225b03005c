"""Reload the rules when the admin's files change, without ever leaving the guard without a policy.

The Qt side calls `check()` from a timer and a file watcher (network shares send no change events), so a
check that finds nothing new costs one `stat` per file. A broken or half-written file keeps the last good
policy running and says why in `.error`; the next change that loads clears it. Each change is parsed and
compiled once, here: the engine built from it comes with it (`.engine`), so nobody loads the files again.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from guard.config_read import ConfigReadError, read_config_bytes
from guard.engine import Engine
from guard.errors import RulesError
from guard.policy.limits import MAX_FILE_BYTES
from guard.policy.loader import default_rules_path, load_policy
from guard.policy.schema import Policy
from guard.settings import Settings

_Stat = tuple[int, int] | None  # (mtime_ns, size), None when the file cannot be stat'ed


def _stat(path: Path) -> _Stat:
    try:
        st = path.stat()
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return None
    return st.st_mtime_ns, st.st_size


def _digest(path: Path) -> str:
    """sha256 of the bytes, or a marker that says why there are none (the marker changes when the cause does)."""
    try:
        return hashlib.sha256(read_config_bytes(path, MAX_FILE_BYTES)).hexdigest()
    except FileNotFoundError:
        return "missing"
    except ConfigReadError as exc:  # too large, a FIFO: never read, but a change of size or time is a change
        return f"refused:{exc}:{_stat(path)}"
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        return f"unreadable:{getattr(exc, 'errno', None)}"


def _build(*admin: Path) -> tuple[Policy, Engine]:
    """The policy and its engine, or RulesError: an engine that cannot be built is a policy that cannot run."""
    policy = load_policy(*admin)
    try:
        return policy, Engine(policy)
    except Exception as exc:  # validation should make this impossible; if not, the file is still refused
        raise RulesError(f"cannot build the rules engine: {type(exc).__name__}: {exc}",
                         path=policy.sources[-1]) from exc


class PolicyWatcher:
    """The current policy and whether the files under it changed; no threads, no Qt."""

    def __init__(self, settings: Settings, *, settle_seconds: float = 10.0) -> None:
        self.settings = settings
        self.settle_seconds = settle_seconds  # a failed load of a file this fresh is retried: it may be mid-write
        self._admin = [Path(p) for p in settings.rules_files]
        self._files = [default_rules_path(), *self._admin]
        self._seen: dict[Path, tuple[_Stat, str]] = {}
        self.error: str | None = None
        self.policy, self.engine, self._used = self._first_load()
        self._complete = self.error is None  # built from every configured file
        self._good = self._snapshot()  # the files as they were when the current policy loaded
        self._tried: dict[Path, str] | None = self._good
        self._unsettled = self.error is not None and self._fresh(self._admin)
        self.version_label = self._make_label()

    @property
    def sources(self) -> list[str]:
        """Every rules file the policy is built from, the defaults first (for a file-system watcher)."""
        return [str(p) for p in self._files]

    def _first_load(self) -> tuple[Policy, Engine, list[Path]]:
        """All admin files if they load; else leave out the one that fails, and so on, down to the defaults."""
        used = list(self._admin)
        while True:
            try:
                return *_build(*used), used
            except RulesError as exc:
                self.error = self.error or str(exc)
                bad = next((p for p in used if str(p) == exc.path), None)
                if bad is None:
                    return *_build(), []
                used.remove(bad)

    def _snapshot(self) -> dict[Path, str]:
        """Each file's digest; re-read only when its (mtime, size) moved since the last look."""
        out = {}
        for path in self._files:
            stat = _stat(path)
            seen = self._seen.get(path)
            # a fresh file is re-read even with the same (mtime, size): shares keep mtime to a second or two
            if seen is None or seen[0] != stat or stat is None or time.time() - stat[0] / 1e9 < self.settle_seconds:
                seen = (stat, _digest(path))
                self._seen[path] = seen
            out[path] = seen[1]
        return out

    def _fresh(self, paths: list[Path]) -> bool:
        """Written within the settle time: a failure to load may be a half-written file, so try again."""
        stats = [s for s in map(_stat, paths) if s]
        return any(time.time() - s[0] / 1e9 < self.settle_seconds for s in stats)

    def _make_label(self) -> str:
        """`ClipGuard 默认策略 2026.11.23 + county.toml 2026.12.01`, from the files as they were loaded."""
        metas = self.policy.file_meta
        default_name = metas[0][0].split(" / ")[0] or self._files[0].name
        parts = [f"{default_name} {metas[0][1]}".strip()]
        parts += [f"{p.name} {version}".strip() for p, (_, version) in zip(self._used, metas[1:], strict=True)]
        return " + ".join(parts)

    def check(self) -> bool:
        """True when a new policy was loaded. Cheap when nothing changed."""
        now = self._snapshot()
        if now == self._tried and not self._unsettled:
            return False
        changed = [p for p in self._files if self._tried is None or now[p] != self._tried.get(p)]
        self._tried = now
        if now == self._good and self._complete:  # back to what is running (a file restored): nothing to load
            self.error, self._unsettled = None, False
            return False
        try:
            policy, engine = _build(*self._admin)
        except RulesError as exc:
            self.error = str(exc)
            self._unsettled = self._fresh(changed or self._files)
            return False
        if self._snapshot() != now:  # a file changed while it was read: load again on the next check
            self._tried = None
        self.policy, self.engine, self._used, self._complete = policy, engine, list(self._admin), True
        self._good, self.error, self._unsettled = now, None, False
        self.version_label = self._make_label()
        return True
