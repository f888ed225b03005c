"""No settings file stops the guard: the user's bad entries are ignored with a warning, the admin's fail closed
(strictest values, locked), and every problem is in `Settings.warnings` naming file, line and key."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from guard.errors import SettingsError
from guard.settings import KEYS, USER_KEYS, load_settings, save_user_setting


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    admin, user = tmp_path / "admin" / "config.toml", tmp_path / "user" / "settings.toml"
    admin.parent.mkdir()
    user.parent.mkdir()
    monkeypatch.setenv("CLIPGUARD_ADMIN_CONFIG", str(admin))
    monkeypatch.setenv("CLIPGUARD_CONFIG_DIR", str(user.parent))
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    return admin, user


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_a_wrong_type_in_the_users_file_is_ignored_with_a_warning(paths: tuple[Path, Path]) -> None:
    write(paths[1], 'language = 5\nwatch_selection = false\n')
    s = load_settings()
    assert s.language == "" and s.watch_selection is False  # the good entry still applies
    assert len(s.warnings) == 1 and f"{paths[1]}:1 [language]" in s.warnings[0] and "已忽略" in s.warnings[0]
    assert s.admin_error is None


def test_an_unknown_key_in_the_users_file_is_a_warning(paths: tuple[Path, Path]) -> None:
    write(paths[1], 'colour = "blue"\n')
    s = load_settings()
    assert len(s.warnings) == 1 and "[colour]" in s.warnings[0]


def test_warnings_speak_the_language_the_user_chose(paths: tuple[Path, Path]) -> None:
    write(paths[1], 'language = "en"\nrepeat_window_seconds = -1\n')
    s = load_settings()
    assert s.language == "en" and s.warnings[0].startswith("ignored an error in the user settings")


def test_a_broken_user_file_keeps_its_good_statements(paths: tuple[Path, Path]) -> None:
    write(paths[1], 'language = "en"\nwatch_selection = \nrepeat_window_seconds = 45\n')
    s = load_settings()
    assert s.language == "en" and s.repeat_window_seconds == 45 and s.watch_selection is True
    assert len(s.warnings) == 1 and f"{paths[1]}:2 [watch_selection]" in s.warnings[0]


def test_a_user_file_that_is_not_utf8_is_ignored(paths: tuple[Path, Path]) -> None:
    paths[1].write_bytes(b'language = "\xff\xfe"\n')
    s = load_settings()
    assert s.language == "" and len(s.warnings) == 1 and "cannot read" in s.warnings[0]


def test_a_fifo_as_user_settings_is_refused_without_blocking(paths: tuple[Path, Path]) -> None:
    os.mkfifo(paths[1])
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.append(load_settings()), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():
        os.close(os.open(paths[1], os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("a FIFO as settings file blocked the start")
    assert "not a regular file" in got[0].warnings[0]


def test_saving_never_overwrites_a_user_file_that_cannot_be_read(paths: tuple[Path, Path]) -> None:
    write(paths[1], 'language = "en"\nwatch_selection = \n')
    with pytest.raises(SettingsError):
        save_user_setting("repeat_window_seconds", 30)
    assert paths[1].read_text(encoding="utf-8") == 'language = "en"\nwatch_selection = \n'


def test_a_bad_admin_value_is_locked_at_its_strictest(paths: tuple[Path, Path]) -> None:
    admin, user = paths
    write(admin, 'hold_images_while_scanning = "no"\npoll_seconds = 10\n')
    write(user, 'hold_images_while_scanning = false\n')
    s = load_settings()
    assert s.hold_images_while_scanning is True and "hold_images_while_scanning" in s.locked
    assert s.poll_seconds == 10  # what the admin wrote correctly applies
    assert (s.allow_pause, s.allow_quit, s.allow_block_release) == (False, False, False)
    assert s.admin_error and f"{admin}:1 [hold_images_while_scanning]" in s.admin_error
    assert any("最严格" in w for w in s.warnings) and "hold_images_while_scanning" in s.ignored


def test_a_misspelt_admin_key_locks_pause_and_quit(paths: tuple[Path, Path]) -> None:
    write(paths[0], "alow_quit = true\nallow_pause = true\n")
    s = load_settings()
    assert s.allow_quit is False and s.allow_pause is True and s.admin_error and "[alow_quit]" in s.admin_error


def test_a_broken_admin_file_keeps_what_reads_and_locks_everything_else(paths: tuple[Path, Path]) -> None:
    admin, user = paths
    write(admin, 'rules_files = ["county.toml"]\nallow_quit = flase\ndialog_timeout_seconds = 45\n')
    write(user, 'ocr_engine = "off"\nlanguage = "en"\nrepeat_window_seconds = 60\n')
    s = load_settings()
    assert s.rules_files == (str(admin.parent / "county.toml"),) and s.dialog_timeout_seconds == 45
    assert s.allow_quit is False and s.allow_pause is False
    assert s.ocr_engine == "auto" and s.repeat_window_seconds == 20  # the user's comfort keys are locked too
    assert s.language == "en"  # all but the language
    assert s.locked == set(KEYS) - {"language"}
    assert s.admin_error and f"{admin}:2 [allow_quit]" in s.admin_error
    assert s.warnings[0].startswith("the admin configuration cannot be read whole")


@pytest.mark.parametrize("kind", ["folder", "fifo", "binary", "huge"])
def test_an_admin_file_that_cannot_be_read_locks_every_key(paths: tuple[Path, Path], kind: str) -> None:
    admin, user = paths
    if kind == "folder":
        admin.mkdir()
    elif kind == "fifo":
        os.mkfifo(admin)
    elif kind == "binary":
        admin.write_bytes(b"allow_quit = true\n\xff\xfe\x00")
    else:
        with admin.open("wb") as fh:
            fh.truncate(2 * 1024 * 1024)
    write(user, 'watch_selection = false\n')
    s = load_settings()
    assert s.locked == set(KEYS) - {"language"} and s.watch_selection is True
    assert (s.allow_pause, s.allow_quit, s.allow_block_release, s.on_error) == (False, False, False, "hold")
    assert s.admin_error and str(admin) in s.admin_error


def test_on_error_is_admin_only_and_validated(paths: tuple[Path, Path]) -> None:
    admin, user = paths
    assert load_settings().on_error == "hold" and "on_error" not in USER_KEYS
    write(user, 'on_error = "release"\n')
    s = load_settings()
    assert s.on_error == "hold" and s.ignored == ("on_error",)
    write(admin, 'on_error = "release"\n')
    assert load_settings().on_error == "release"
    write(admin, 'on_error = "maybe"\n')
    s = load_settings()
    assert s.on_error == "hold" and "on_error" in s.locked and "[on_error]" in (s.admin_error or "")
    with pytest.raises(SettingsError, match="must be one of 'hold', 'release'"):
        load_settings(strict=True)


@pytest.mark.parametrize("value", ["inf", "nan", "-inf"])
def test_infinite_and_nan_numbers_are_bad_values_not_crashes(paths: tuple[Path, Path], value: str) -> None:
    write(paths[1], f"max_clipboard_mb = {value}\nrepeat_window_seconds = {value}\n")
    s = load_settings()
    assert (s.max_clipboard_mb, s.repeat_window_seconds) == (64, 20) and len(s.warnings) == 2


def test_a_rules_path_with_a_nul_is_a_bad_admin_value(paths: tuple[Path, Path]) -> None:
    write(paths[0], 'rules_files = ["county\\u0000.toml"]\n')
    s = load_settings()
    assert s.rules_files == () and s.admin_error and "[rules_files]" in s.admin_error and s.allow_quit is False
