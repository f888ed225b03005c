"""The tray app as a whole: status window where there is no tray, state at a glance, rules reloaded when
the admin file changes (a broken file keeps the last good rules and says so), pause only when the policy
allows it, every decision in the event log without the content, and "scan the screen now"."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from guard.audit import EventLog
from guard.settings import load_settings
from tests.ui.conftest import XClip
from ui.app import GuardApp

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。".encode()
RULES = '''[meta]
name = "县保密办"
version = "{version}"

[[rules]]
id = "county.codename"
category = "keyword"
severity = "block"
message = {{ zh = "项目代号", en = "project code name" }}
keywords = ["{word}"]
'''


def write_admin(tmp_path: Path, **keys: object) -> Path:
    lines = []
    for key, value in keys.items():
        lines.append(f"{key} = {value!r}".replace("'", '"') if not isinstance(value, bool)
                     else f"{key} = {str(value).lower()}")
    admin = tmp_path / "admin" / "config.toml"
    admin.parent.mkdir(parents=True, exist_ok=True)
    admin.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return admin


@pytest.fixture
def make_app(qapp: object, tmp_path: Path) -> Iterator:
    apps: list[GuardApp] = []

    def make(**admin: object) -> GuardApp:
        write_admin(tmp_path, **admin)
        app = GuardApp(load_settings(), EventLog())
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def test_without_a_tray_the_status_window_shows(make_app, qtbot) -> None:
    app = make_app()
    app.start()
    assert not app.tray.has_tray  # plain Xvfb / offscreen: no tray host
    qtbot.waitUntil(app.tray.status.isVisible, timeout=2000)
    assert app.tray.state == "protected"
    assert "默认策略" in app.tray.status.rules.text() or "default" in app.tray.status.rules.text()


def test_rules_reload_when_the_admin_file_changes(make_app, qtbot, tmp_path: Path) -> None:
    rules = tmp_path / "county.toml"
    rules.write_text(RULES.format(version="1", word="青松工程"), encoding="utf-8")
    app = make_app(rules_files=[str(rules)], poll_seconds=1)
    assert app.scanner.files.engine.scan_text("关于青松工程的进展").verdict == "block"
    rules.write_text(RULES.format(version="2", word="翠柏工程"), encoding="utf-8")
    qtbot.waitUntil(lambda: "2" in app.rules.version_label and app.scanner.files.engine.scan_text(
        "翠柏工程").verdict == "block", timeout=15000)
    assert app.scanner.files.engine.scan_text("关于青松工程的进展").verdict != "block"


def test_a_broken_rules_file_keeps_the_last_good_rules(make_app, qtbot, tmp_path: Path) -> None:
    rules = tmp_path / "county.toml"
    rules.write_text(RULES.format(version="1", word="青松工程"), encoding="utf-8")
    app = make_app(rules_files=[str(rules)], poll_seconds=1)
    time.sleep(0.05)
    rules.write_text("[[rules]]\nid = \"broken\"\nseverity = \"nonsense\"\n", encoding="utf-8")
    qtbot.waitUntil(lambda: app.tray.state == "rules_problem", timeout=20000)
    assert str(rules) in (app.rules.error or "") or "county.toml" in (app.rules.error or "")
    assert app.scanner.files.engine.scan_text("关于青松工程的进展").verdict == "block"  # still the good rules
    assert "county.toml" in app.tray.status.problems.text() or str(rules) in app.tray.status.problems.text()


def test_pause_is_logged_and_only_when_allowed(make_app) -> None:
    app = make_app(allow_pause=False)
    app.pause()
    assert not app.guard.paused
    assert not app.tray.actions["pause"].isVisible()
    app2 = make_app(allow_pause=True)
    app2.pause()
    assert app2.guard.paused and app2.tray.state == "paused"
    app2.resume()
    choices = [e.choice for e in app2.log.recent()]
    assert choices[:2] == ["resumed", "paused"]


def test_quit_is_refused_when_the_admin_forbids_it(make_app) -> None:
    app = make_app(allow_quit=False)
    assert not app.tray.actions["quit"].isVisible()
    app.quit()  # a stray call changes nothing
    assert app._poll.isActive()


def test_a_hold_is_logged_without_the_content(make_app, qtbot, xclip: XClip) -> None:
    app = make_app(dialog_timeout_seconds=30)
    xclip.copy(MARKED)
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=3000)
    assert app.tray.state == "alert"
    app.dialog.reject()
    qtbot.waitUntil(lambda: app.dialog is None, timeout=2000)
    events = app.log.recent()
    assert [e.choice for e in events[:2]] == ["discarded", "held"]
    held = events[1]
    assert held.verdict == "block" and "secret.classification_mark" in held.rules
    assert held.source == "clipboard-text" and len(held.content_hash) == 64
    raw = Path(app.log.path).read_bytes()
    assert "关于做好防汛工作的通知".encode() not in raw


@pytest.mark.slow
def test_scan_the_screen_now_shows_what_it_found(make_app, qtbot, x_display) -> None:
    if x_display is None:
        pytest.skip("needs a real X display to grab")
    app = make_app()
    assert app.screen.start()
    qtbot.waitUntil(lambda: app.screen_window is not None, timeout=60000)
    assert app.screen_window.isVisible()
    assert app.log.recent()[0].source == "screen"


def test_password_manager_secrets_are_checked_but_not_excerpted(make_app, qtbot, x_display, tmp_path) -> None:
    """KeePassXC and KDE mark secrets with x-kde-passwordManagerHint: still judged, logged without excerpt."""
    import os
    import subprocess
    import sys

    if x_display is None:
        pytest.skip("needs the real X11 clipboard")
    app = make_app()
    text, hint = tmp_path / "t", tmp_path / "h"
    text.write_bytes(MARKED)
    hint.write_bytes(b"secret")
    owner = subprocess.Popen([sys.executable, str(Path(__file__).parent / "clip_owner.py"), f"text/plain={text}",
                              f"x-kde-passwordManagerHint={hint}"], env={**os.environ, "DISPLAY": x_display},
                             stdout=subprocess.PIPE, text=True)
    try:
        assert "ready" in owner.stdout.readline()
        qtbot.waitUntil(lambda: app.dialog is not None, timeout=3000)
        app.dialog.reject()
        held = next(e for e in app.log.recent() if e.choice == "held")
        assert held.secret and held.excerpt == "" and held.verdict == "block"
    finally:
        owner.kill()
        owner.wait()


def test_a_wechat_account_that_appears_later_is_watched(make_app, tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    app = make_app()
    app.start_folders()
    before = {r.path for r in app.folders.watched()}
    account = home / "Documents" / "xwechat_files" / "li-si_1a2b"
    (account / "msg" / "file").mkdir(parents=True)
    (account / "db_storage").mkdir()
    app.rediscover()
    after = {r.path for r in app.folders.watched()}
    assert any(str(p).startswith(str(account)) for p in after - before), (before, after)


def test_recent_events_window_lists_the_log(make_app, qtbot) -> None:
    app = make_app()
    app.pause()
    app.resume()
    app.show_events()
    table = app.events_window.table
    assert table.rowCount() >= 2
    assert table.horizontalHeaderItem(0).text() in ("时间", "Time")
    assert {table.item(0, 4).text(), table.item(1, 4).text()} & {"恢复保护", "resumed"}  # the reader's words


def test_tray_menu_has_every_entry(make_app) -> None:
    app = make_app()
    texts = [a.text() for a in app.tray.menu.actions()]
    assert len(texts) == 8 and any("15" in t for t in texts)
    assert app.tray.actions["rules"].text().endswith(app.rules.version_label)
