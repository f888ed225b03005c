"""The tray app starts and keeps guarding whatever its surroundings are like: an event log it cannot write to,
a user settings file with nonsense in it, admin rules that cannot be compiled. Each time the status window
says what is wrong, and a marked copy is still held."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guard.audit import EventLog
from guard.settings import load_settings
from tests.ui.conftest import XClip
from tests.ui.test_app import write_admin
from ui.app import GuardApp

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。".encode()
ZERO_WIDTH_RULES = '''[meta]
name = "县保密办"
version = "3"

[[rules]]
id = "county.invisible"
category = "keyword"
severity = "block"
message = { zh = "不可见的词", en = "an invisible word" }
keywords = ["\u200b"]
'''


@pytest.fixture
def apps(qapp: object) -> Iterator[list[GuardApp]]:
    made: list[GuardApp] = []
    yield made
    for app in made:
        app.close()


def held_within(qtbot: object, app: GuardApp, xclip: XClip) -> None:
    decisions: list[object] = []
    app.guard.decide.connect(decisions.append)
    xclip.copy(MARKED)
    qtbot.waitUntil(lambda: bool(decisions), timeout=3000)  # type: ignore[attr-defined]
    assert "保密卫士" in xclip.paste().decode()


def test_an_event_log_in_the_way_does_not_stop_the_guard(apps, qtbot, xclip: XClip, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "events.sqlite3").mkdir(parents=True)  # a folder where the log file should be: never writable
    write_admin(tmp_path)
    app = GuardApp(load_settings(), EventLog(data / "events.sqlite3"))
    apps.append(app)
    held_within(qtbot, app, xclip)
    assert app.log.flush(5)
    assert app.log.path != data / "events.sqlite3"  # moved on to a file beside it
    assert any(e.choice == "held" for e in app.log.recent())


def test_nonsense_in_the_users_settings_is_ignored_with_a_warning(apps, qtbot, xclip: XClip,
                                                                  tmp_path: Path) -> None:
    write_admin(tmp_path)
    user = tmp_path / "config" / "settings.toml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text("language = 5\nrepeat_window_seconds = \"soon\"\n", encoding="utf-8")
    app = GuardApp(load_settings(), EventLog())
    apps.append(app)
    assert app.settings.warnings
    assert "language" in app.tray.status.problems.text()
    held_within(qtbot, app, xclip)


def test_admin_rules_with_a_zero_width_keyword_start_on_the_defaults(apps, qtbot, xclip: XClip,
                                                                     tmp_path: Path) -> None:
    rules = tmp_path / "county.toml"
    rules.write_text(ZERO_WIDTH_RULES, encoding="utf-8")
    write_admin(tmp_path, rules_files=[str(rules)])
    app = GuardApp(load_settings(), EventLog())
    apps.append(app)
    assert app.tray.state == "rules_problem" and "county.invisible" in (app.rules.error or "")
    held_within(qtbot, app, xclip)  # the default rules still guard
