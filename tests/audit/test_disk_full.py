"""A full disk (a real small tmpfs) and a file-size limit (RLIMIT_FSIZE in a child process): events wait in
memory, are retried, reach the file once there is room again, and the wait is reported meanwhile."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

from tests.audit.conftest import event, fill, stored

REPO = Path(__file__).resolve().parents[2]


def test_a_full_disk_keeps_events_until_space_returns(make_log, small_disk) -> None:
    disk = small_disk(512 * 1024)
    path = disk / "events.sqlite3"
    reports: list[str | None] = []
    changed = threading.Event()
    log = make_log(path, retry_seconds=0.1, on_problem=lambda m: (reports.append(m), changed.set()))
    log.record(event(item="before"))
    assert log.flush(10)
    filler = fill(disk)
    for i in range(40):
        log.record(event(item=f"full-{i:02d}", excerpt="机密★1年 " * 20))
    assert changed.wait(10), "no report of the full disk"
    assert not log.flush(0.5)
    assert reports[0] and "disk is full" in reports[0] and "kept in memory" in reports[0]
    assert log.pending == 40 and "40 event(s)" in (log.problem or "")
    assert [r[0] for r in stored(path)] == ["before"]
    changed.clear()
    filler.unlink()
    assert log.flush(10)
    assert [r[0] for r in stored(path)] == ["before", *(f"full-{i:02d}" for i in range(40))]
    assert changed.wait(10) and reports[-1] is None and log.problem is None
    assert log.path == path  # a full disk is waited out, not a reason for a new file


def test_no_room_for_a_new_file_either(make_log, small_disk) -> None:
    """A damaged file on a full disk: the move to a new file waits for space too, and nothing is lost."""
    disk = small_disk(256 * 1024)
    path = disk / "events.sqlite3"
    path.write_bytes(b"garbage" * 100)
    filler = fill(disk)
    log = make_log(path, retry_seconds=0.1)
    log.record(event(item="waiting"))
    assert not log.flush(1.0)
    assert log.problem and "disk is full" in log.problem
    filler.unlink()
    assert log.flush(10)
    assert [r[:2] for r in stored(log.path)] == [("waiting", "held"), ("events.sqlite3", "log_moved")]


CHILD = """
import json, resource, signal, sys
from pathlib import Path
from guard.audit import Event, EventLog

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing us
path = Path(sys.argv[1])

def event(i):
    return Event(time="", source="clipboard-text", item=f"big-{i:03d}", verdict="block", rules=["r"],
                 excerpt="机密★1年 " * 30, content_hash="c" * 64, choice="held")

log = EventLog(path, retry_seconds=0.1)
log.record(event(-1))
assert log.flush(10)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 32 * 1024, hard))
for i in range(300):
    log.record(event(i))
out = {"flushed_while_limited": log.flush(1.0), "problem": log.problem, "pending": log.pending}
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
out["flushed_after"] = log.flush(10)
out["problem_after"] = log.problem
out["path"] = str(log.path)
log.close()
print(json.dumps(out))
"""


def test_a_file_size_limit_keeps_events_until_it_is_lifted(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite3"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=120, env={"CLIPGUARD_LANG": "en", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["flushed_while_limited"] is False and out["pending"] > 0
    assert "file size limit" in out["problem"] and "kept in memory" in out["problem"]
    assert out["flushed_after"] is True and out["problem_after"] is None and out["path"] == str(path)
    assert [r[0] for r in stored(path)] == [f"big-{i:03d}" for i in range(-1, 300)]
