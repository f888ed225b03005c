"""`clipguard log`, `clipguard tray` and `clipguard` alone, as a user runs them, over a real event log file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guard.audit import Event, EventLog

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None, code: str | None = None) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-c", code] if code else [sys.executable, "-m", "guard", *args]
    return subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    out = {**os.environ, "CLIPGUARD_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8",
           "COLUMNS": "200"}
    out.pop("CLIPGUARD_LANG", None)
    log = EventLog(tmp_path / "data" / "events.sqlite3")
    now = datetime.now(UTC)
    for minutes, item, verdict, choice in [(600, "旧报告.docx", "confirm", "released"),
                                           (90, "<clipboard>", "block", "held"),
                                           (89, "<clipboard>", "block", "timeout"),
                                           (5, "截图.png", "notice", "notified")]:
        log.record(Event(time=(now - timedelta(minutes=minutes)).isoformat(), source="clipboard-text", item=item,
                         verdict=verdict, rules=["secret.classification_mark"], excerpt="机密★1年",
                         content_hash="c" * 64, choice=choice, window="微信"))
    log.close()
    return out


def test_json_prints_one_event_per_line_newest_first(env: dict[str, str]) -> None:
    proc = run("log", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [e["item"] for e in events] == ["截图.png", "<clipboard>", "<clipboard>", "旧报告.docx"]
    keys = {"time", "source", "item", "verdict", "rules", "excerpt", "content_hash", "choice", "window", "config"}
    assert keys <= set(events[0])
    assert [e["choice"] for e in events if e["verdict"] == "block"] == ["timeout", "held"]


def test_since_relative_and_limit(env: dict[str, str]) -> None:
    recent = [json.loads(x)["choice"] for x in run("log", "--json", "--since", "2h", env=env).stdout.splitlines()]
    assert recent == ["notified", "timeout", "held"]
    limited = run("log", "--json", "--limit", "1", env=env).stdout.splitlines()
    assert [json.loads(x)["choice"] for x in limited] == ["notified"]


def test_since_an_absolute_time(env: dict[str, str]) -> None:
    since = (datetime.now(UTC) - timedelta(minutes=30)).isoformat()
    events = run("log", "--json", "--since", since, env=env).stdout.splitlines()
    assert [json.loads(x)["item"] for x in events] == ["截图.png"]


def test_a_bad_since_exits_2(env: dict[str, str]) -> None:
    proc = run("log", "--since", "last tuesday", env=env)
    assert proc.returncode == 2 and "last tuesday" in proc.stderr


def test_human_table_shows_local_time_and_the_columns(env: dict[str, str]) -> None:
    proc = run("log", env={**env, "CLIPGUARD_LANG": "zh", "COLUMNS": "220"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    # what was done and where, in the reader's words (the JSON keeps `timeout`, `clipboard-text` ...)
    for word in ("时间", "来源", "结论", "截图.png", "旧报告.docx", "超时自动丢弃", "拦截", "密级标志", "机密★1年"):
        assert word in out
    # rule titles and excerpts for people; the ids, the names and `<clipboard>` only in the JSON
    for name in ("timeout", "secret.classification_mark", "clipboard-text", "<clipboard>"):
        assert name not in out
    assert "secret.classification_mark" in run("log", "--json", env=env).stdout
    newest = json.loads(run("log", "--json", "--limit", "1", env=env).stdout)["time"]
    assert datetime.fromisoformat(newest).astimezone().strftime("%Y-%m-%d %H:%M:%S") in out
    assert "+00:00" not in out


def test_english_titles_when_the_language_is_english(env: dict[str, str]) -> None:
    out = run("log", env={**env, "CLIPGUARD_LANG": "en", "COLUMNS": "220"}).stdout
    assert "classification mark" in out and "discarded on timeout" in out and "clipboard text" in out
    assert "secret.classification_mark" not in out


def test_an_empty_log_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "CLIPGUARD_DATA_DIR": str(tmp_path), "CLIPGUARD_LANG": "en"}
    proc = run("log", env=env)
    assert proc.returncode == 0 and "no matching events" in proc.stdout


def test_the_config_override_shows_in_json(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "events.sqlite3")
    log.record(Event(time="", source="clipboard-text", item="<clipboard>", verdict="block", rules=["r"], excerpt="",
                     content_hash="c" * 64, choice="held", config="/srv/clipguard/override.toml"))
    assert log.close()
    proc = run("log", "--json", env={**os.environ, "CLIPGUARD_DATA_DIR": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["config"] == "/srv/clipguard/override.toml"


def test_a_damaged_log_is_reported_left_alone_and_the_rest_shown(tmp_path: Path) -> None:
    damaged = tmp_path / "events.sqlite3"
    damaged.write_bytes(b"garbage" * 500)
    log = EventLog(damaged)  # what a tray does with it: writes events-2.sqlite3 beside it
    log.record(Event(time="", source="clipboard-text", item="<clipboard>", verdict="block", rules=["r"], excerpt="",
                     content_hash="c" * 64, choice="held"))
    assert log.close()
    env = {**os.environ, "CLIPGUARD_DATA_DIR": str(tmp_path), "CLIPGUARD_LANG": "en"}
    proc = run("log", "--json", env=env)
    assert proc.returncode == 3
    assert f"cannot read event log file {damaged}" in proc.stderr and "damaged" in proc.stderr
    assert [json.loads(x)["choice"] for x in proc.stdout.splitlines()] == ["log_moved", "held"]
    assert damaged.read_bytes() == b"garbage" * 500
    assert sorted(p.name for p in tmp_path.glob("*.sqlite3")) == ["events-2.sqlite3", "events.sqlite3"]
    zh = run("log", env={**env, "CLIPGUARD_LANG": "zh"})
    assert zh.returncode == 3 and "无法读取事件日志文件" in zh.stderr and "已暂扣" in zh.stdout


TRAY = """
import sys
from guard.audit import Event, EventLog
log = EventLog()
for line in sys.stdin:
    log.record(Event(time="", source="clipboard-text", item=line.strip(), verdict="block", rules=["r"],
                     excerpt="", content_hash="c" * 64, choice="held"))
    print("ok" if log.flush(10) else "stuck", log.path.name, flush=True)
"""


def test_log_never_moves_the_file_a_running_tray_writes(tmp_path: Path) -> None:
    env = {**os.environ, "CLIPGUARD_DATA_DIR": str(tmp_path), "CLIPGUARD_LANG": "en"}
    tray = subprocess.Popen([sys.executable, "-c", TRAY], cwd=REPO, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert tray.stdin is not None and tray.stdout is not None

    def copy(item: str) -> str:
        tray.stdin.write(item + "\n")
        tray.stdin.flush()
        return tray.stdout.readline().strip()

    try:
        assert copy("before") == "ok events.sqlite3"
        with open(tmp_path / "events.sqlite3", "r+b") as f:  # damaged while the tray has it open
            f.write(b"GARBAGE!" * 16)
        proc = run("log", "--json", env=env)
        assert proc.returncode == 3 and "events.sqlite3" in proc.stderr
        assert sorted(p.name for p in tmp_path.glob("*.sqlite3")) == ["events.sqlite3"]  # not renamed
        assert copy("after") == "ok events-2.sqlite3"
        proc = run("log", "--json", env=env)
        assert proc.returncode == 3
        assert [json.loads(x)["item"] for x in proc.stdout.splitlines()] == ["events.sqlite3", "after"]
    finally:
        tray.stdin.close()
        tray.wait(timeout=30)
    assert (tmp_path / "events.sqlite3").read_bytes().startswith(b"GARBAGE!")


# --- clipguard tray, clipguard alone -----------------------------------------------------------------------

BLOCK_UI_APP = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "ui.app":
            raise ImportError("No module named 'ui.app'")
sys.meta_path.insert(0, Block())
import guard.cli
raise SystemExit(guard.cli.main(sys.argv[1:]))
"""


def test_tray_without_the_gui_parts_says_what_is_missing() -> None:
    env = {**os.environ, "CLIPGUARD_LANG": "en"}
    proc = subprocess.run([sys.executable, "-c", BLOCK_UI_APP, "tray"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2
    assert "cannot start the tray app" in proc.stderr and "clipguard[gui]" in proc.stderr


def test_no_arguments_without_a_display_prints_help() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-m", "guard"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0
    assert "usage: clipguard" in proc.stdout and "tray" in proc.stdout


def test_no_arguments_with_a_display_but_no_gui_falls_back_to_help() -> None:
    env = {**os.environ, "DISPLAY": ":259", "CLIPGUARD_LANG": "en"}
    proc = subprocess.run([sys.executable, "-c", BLOCK_UI_APP], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and "usage: clipguard" in proc.stdout and "clipguard[gui]" in proc.stderr


def test_help_still_works() -> None:
    proc = subprocess.run([sys.executable, "-m", "guard", "--help"], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and "log" in proc.stdout and "autostart" in proc.stdout
