"""The tray's "running" marker: how the next start learns that the guard was stopped without a trace.

SIGKILL (or a crash, a power cut) gives the app no chance to log anything, so the app leaves a small file
in the user's state folder while it runs (pid, start time, a heartbeat every minute) and removes it on a
clean stop. A marker found at start whose process is gone is an unexplained stop; the app logs it as an
event ("stopped at <last heartbeat>, not by the menu") so an admin sees the gap. One file per process: a
user logged in twice runs two trays, and neither mistakes the other's marker for a leftover.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from guard import __version__
from guard.audit import Event
from guard.messages import both

HEARTBEAT_SECONDS = 60
PREFIX = "running-"
ITEM = "<app>"  # the event log's item for the app's own events (as for pause and resume)
NO_CONTENT = hashlib.sha256(b"").hexdigest()


def state_dir() -> Path:
    """CLIPGUARD_DATA_DIR (tests, portable installs) beside the event log, else the per-user state folder."""
    folder = os.environ.get("CLIPGUARD_DATA_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_state_dir("clipguard", appauthor=False)
    return Path(folder)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _created(pid: int) -> float | None:
    """When process `pid` started (None: no such process), to tell a reused pid from the one we wrote."""
    import psutil

    try:
        return float(psutil.Process(pid).create_time())
    except psutil.Error:
        return None


@dataclass
class Marker:
    pid: int
    created: float  # the process's start time as the OS reports it (seconds since the epoch)
    started: str  # ISO-8601 UTC
    heartbeat: str  # ISO-8601 UTC: the last moment the app was known to run
    version: str = __version__

    def running(self) -> bool:
        if self.pid <= 0:
            return False  # an unreadable marker: its process cannot be told, so it is reported
        created = _created(self.pid)
        return created is not None and abs(created - self.created) < 1.0

    def heartbeat_local(self) -> str:
        """The heartbeat in the user's local time, for the event's reason."""
        try:
            return datetime.fromisoformat(self.heartbeat).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return self.heartbeat or "?"


def _read(path: Path) -> Marker:
    """A marker file as written; an unreadable or half-written one still counts (pid 0, file time)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Marker(int(data["pid"]), float(data["created"]), str(data["started"]), str(data["heartbeat"]),
                      str(data.get("version", "")))
    except (OSError, ValueError, KeyError, TypeError):
        try:
            when = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
        except OSError:
            when = ""
        return Marker(0, 0.0, when, when, "")


class RunMarker:
    """This process's marker. `start()` returns the leftovers of earlier runs that did not stop cleanly."""

    def __init__(self, folder: Path | None = None, pid: int | None = None) -> None:
        self.folder = Path(folder) if folder is not None else state_dir()
        self.pid = pid or os.getpid()
        self.path = self.folder / f"{PREFIX}{self.pid}.json"
        self.warning: str | None = None  # why the marker could not be written (the guard runs anyway)
        self._marker: Marker | None = None

    def leftovers(self) -> list[tuple[Path, Marker]]:
        """Markers whose process no longer runs (a running one is another session's tray: left alone)."""
        found = []
        with contextlib.suppress(OSError):
            for path in sorted(self.folder.glob(f"{PREFIX}*.json")):
                marker = _read(path)
                if path != self.path and not marker.running():
                    found.append((path, marker))
        return found

    def start(self) -> list[Marker]:
        """Claim the leftovers (removed, so each is reported once) and write this run's marker."""
        stale = self.leftovers()
        for path, _marker in stale:
            with contextlib.suppress(OSError):
                path.unlink()
        now = _now()
        self._marker = Marker(self.pid, _created(self.pid) or 0.0, now, now)
        self._write()
        return [marker for _path, marker in stale]

    def beat(self) -> None:
        """Refresh the heartbeat (cheap: one small file replaced); call about once a minute."""
        if self._marker is not None:
            self._marker.heartbeat = _now()
            self._write()

    def stop(self) -> None:
        """A clean stop: nothing to report next time."""
        self._marker = None
        with contextlib.suppress(OSError):
            self.path.unlink()

    def _write(self) -> None:
        assert self._marker is not None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            scratch = self.path.with_suffix(".tmp")
            scratch.write_text(json.dumps(asdict(self._marker)), encoding="utf-8")
            os.replace(scratch, self.path)  # never a half-written marker, even when killed mid-write
            self.warning = None
        except OSError as exc:  # a read-only or full disk costs the unclean-stop report, never the guard
            self.warning = f"cannot write {self.path}: {exc}"


def app_event(choice: str, reason: str, verdict: str = "notice", **context: str) -> Event:
    """An event about the app itself (source "app"): no content, so no excerpt and the empty content's hash.
    `context`: what every event carries (rules_version, config)."""
    return Event(time="", source="app", item=ITEM, verdict=verdict, rules=[], excerpt="", content_hash=NO_CONTENT,
                 choice=choice, reason=reason, **context)


def unexpected_stop_event(marker: Marker, **context: str) -> Event:
    """The event for a run that ended without a clean stop: killed, crashed or the machine went down."""
    reason = both("app.stopped_unexpectedly", time=marker.heartbeat_local(), pid=marker.pid or "?")
    return app_event("stopped_unexpectedly", reason, **context)


def signal_stop_event(signal_name: str, quit_allowed: bool, **context: str) -> Event:
    """The event for SIGTERM/SIGINT/SIGHUP: the session or someone asked the process to end."""
    reason = both("app.stopped_by_signal", signal=signal_name)
    if not quit_allowed:
        reason += " " + both("app.quit_not_allowed")
    return app_event("stopped", reason, **context)


def quit_event(session_ended: bool = False, reason: str = "", **context: str) -> Event:
    """The event for a quit from the menu, or for the end of the session (the session manager asked).
    `reason`: the clerk's own, asked for at the click; kept after the app's words."""
    said = both("app.session_ended" if session_ended else "app.quit")
    return app_event("stopped", f"{said} — {reason}" if reason else said, verdict="allow", **context)
