"""The "running" marker against real processes: a run killed with SIGKILL is reported once at the next start
with its last heartbeat, a run still going (another session's tray) is left alone, a reused pid is not
mistaken for the old run, and a marker that cannot be written never stops the start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guard.audit import EventLog
from guard.lifecycle import PREFIX, Marker, RunMarker, quit_event, signal_stop_event, unexpected_stop_event

REPO = Path(__file__).resolve().parents[1]
HOLDER = """
import sys, time
from guard.lifecycle import RunMarker
marker = RunMarker(sys.argv[1])
marker.start()
marker.beat()
print("ready", flush=True)
time.sleep(120)
"""


def start_holder(folder: Path) -> subprocess.Popen[str]:
    """Another tray's lifecycle in its own process: it writes its marker and keeps running."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_a_run_killed_with_sigkill_is_reported_once_at_the_next_start(tmp_path: Path) -> None:
    holder = start_holder(tmp_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    marker = RunMarker(tmp_path)
    leftovers = marker.start()
    assert [m.pid for m in leftovers] == [holder.pid]
    heartbeat = datetime.fromisoformat(leftovers[0].heartbeat)
    assert abs(datetime.now(UTC) - heartbeat) < timedelta(minutes=1)
    assert [p.name for p in tmp_path.glob(f"{PREFIX}*.json")] == [f"{PREFIX}{os.getpid()}.json"]
    assert RunMarker(tmp_path, pid=os.getpid() + 1).leftovers() == []  # reported once: the file is gone
    marker.stop()
    assert list(tmp_path.glob(f"{PREFIX}*")) == []


def test_a_running_tray_of_another_session_is_left_alone(tmp_path: Path) -> None:
    holder = start_holder(tmp_path)
    try:
        assert RunMarker(tmp_path).start() == []
        assert (tmp_path / f"{PREFIX}{holder.pid}.json").exists()
    finally:
        holder.kill()
        holder.wait(10)


def test_a_reused_pid_is_not_the_old_run(tmp_path: Path) -> None:
    """The pid runs again, but as another process (started at another time): the old run is gone."""
    alive = os.getppid()
    (tmp_path / f"{PREFIX}{alive}.json").write_text(json.dumps(
        {"pid": alive, "created": 1000.0, "started": "2026-01-01T08:00:00+00:00",
         "heartbeat": "2026-01-01T09:00:00+00:00"}), encoding="utf-8")
    assert [m.pid for m in RunMarker(tmp_path).start()] == [alive]


def test_a_half_written_marker_still_counts_with_its_file_time(tmp_path: Path) -> None:
    (tmp_path / f"{PREFIX}4242.json").write_text('{"pid": 42', encoding="utf-8")
    (leftover,) = RunMarker(tmp_path).start()
    assert leftover.pid == 0 and leftover.heartbeat  # the file's time stands in for the heartbeat


def test_the_heartbeat_moves_on(tmp_path: Path) -> None:
    marker = RunMarker(tmp_path)
    marker.start()
    path = tmp_path / f"{PREFIX}{os.getpid()}.json"
    first = json.loads(path.read_text(encoding="utf-8"))["heartbeat"]
    time.sleep(1.1)
    marker.beat()
    assert json.loads(path.read_text(encoding="utf-8"))["heartbeat"] > first


def test_a_marker_that_cannot_be_written_never_stops_the_start(tmp_path: Path) -> None:
    """The state folder's place is taken by a file (root is not stopped by permissions, this stops anyone)."""
    blocked = tmp_path / "state"
    blocked.write_text("not a folder", encoding="utf-8")
    marker = RunMarker(blocked)
    assert marker.start() == []
    assert marker.warning and str(blocked) in marker.warning
    marker.beat()
    marker.stop()


def test_the_events_say_what_happened_without_content(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "events.sqlite3")
    killed = Marker(pid=4242, created=1.0, started="2026-12-01T00:00:00+00:00", heartbeat="2026-12-01T08:30:00+00:00")
    log.record(unexpected_stop_event(killed, rules_version="rules 1", config="/srv/admin.toml"))
    log.record(signal_stop_event("SIGTERM", quit_allowed=False))
    getattr(log, "flush", lambda _seconds: None)(2)  # a log that writes off the caller's thread
    stopped, unexpected = log.recent()
    local = datetime.fromisoformat(killed.heartbeat).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert (unexpected.source, unexpected.choice) == ("app", "stopped_unexpectedly")
    assert (unexpected.rules_version, unexpected.config) == ("rules 1", "/srv/admin.toml")
    assert local in unexpected.reason and "not by the menu" in unexpected.reason and "4242" in unexpected.reason
    assert stopped.choice == "stopped" and "SIGTERM" in stopped.reason and "allow_quit = false" in stopped.reason
    assert stopped.excerpt == unexpected.excerpt == "" and stopped.rules == []
    assert "quit from the menu" in quit_event().reason and "session ended" in quit_event(session_ended=True).reason
    log.close()
