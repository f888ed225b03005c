"""Admin and user settings from real TOML files: the admin's keys win and are locked, errors name file and line."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from guard.errors import GuardError, SettingsError
from guard.settings import KEYS, admin_config_path, load_settings, save_user_setting, user_settings_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "admin" / "config.example.toml"


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    admin, user_dir = tmp_path / "admin" / "config.toml", tmp_path / "user"
    admin.parent.mkdir()
    monkeypatch.setenv("CLIPGUARD_ADMIN_CONFIG", str(admin))
    monkeypatch.setenv("CLIPGUARD_CONFIG_DIR", str(user_dir))
    return admin, user_dir / "settings.toml"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_without_files_the_defaults_apply(paths: tuple[Path, Path]) -> None:
    s = load_settings()
    assert (s.poll_seconds, s.dialog_timeout_seconds, s.repeat_window_seconds) == (5, 30, 20)
    assert s.allow_block_release is False and s.allow_pause and s.rules_files == () and s.locked == frozenset()
    assert s.admin_path == paths[0] and s.user_path == paths[1]


def test_admin_keys_are_applied_and_locked(paths: tuple[Path, Path]) -> None:
    admin, _ = paths
    write(admin, 'allow_quit = false\ndialog_timeout_seconds = 45\nrules_files = ["county.toml", "/srv/x.toml"]\n')
    s = load_settings()
    assert s.allow_quit is False and s.dialog_timeout_seconds == 45.0
    assert s.rules_files == (str(admin.parent / "county.toml"), "/srv/x.toml")  # relative to the admin file
    assert s.locked == {"allow_quit", "dialog_timeout_seconds", "rules_files"}


def test_user_settings_apply_where_the_admin_is_silent(paths: tuple[Path, Path]) -> None:
    write(paths[1], 'language = "en"\nwatch_selection = false\n')
    s = load_settings()
    assert s.language == "en" and s.watch_selection is False and s.from_user == {"language", "watch_selection"}


def test_the_user_cannot_override_an_admin_key(paths: tuple[Path, Path]) -> None:
    admin, user = paths
    write(admin, 'ocr_engine = "tesseract"\n')
    write(user, 'ocr_engine = "off"\nallow_block_release = true\nrepeat_window_seconds = 60\n')
    s = load_settings()
    assert s.ocr_engine == "tesseract"
    assert s.allow_block_release is False  # never the user's to set
    assert s.repeat_window_seconds == 60
    assert set(s.ignored) == {"ocr_engine", "allow_block_release"}


@pytest.mark.parametrize(("text", "line", "key"), [
    ("allow_pause = true\npoll_seconds = \"fast\"\n", 2, "poll_seconds"),
    ("\n\nallow_quit = 1\n", 3, "allow_quit"),
    ("ocr_engine = \"paddle\"\n", 1, "ocr_engine"),
    ("max_clipboard_mb = 2.5\n", 1, "max_clipboard_mb"),
    ("dialog_timeout_seconds = 0\n", 1, "dialog_timeout_seconds"),
    ("# x\npoll_secs = 5\n", 2, "poll_secs"),
    ("rules_files = [1]\n", 1, "rules_files"),
])
def test_a_bad_admin_value_names_file_line_and_key(paths: tuple[Path, Path], text: str, line: int,
                                                   key: str) -> None:
    write(paths[0], text)
    with pytest.raises(SettingsError) as err:
        load_settings(strict=True)
    assert (err.value.path, err.value.line, err.value.key) == (str(paths[0]), line, key)
    assert f"{paths[0]}:{line} [{key}]" in str(err.value)
    assert isinstance(err.value, GuardError)
    s = load_settings()  # the guard itself starts, failing closed, and says why
    assert s.admin_error == str(err.value) and any(f"{paths[0]}:{line} [{key}]" in w for w in s.warnings)
    assert s.allow_quit is False and s.allow_pause is ("allow_pause = true" in text)  # what is valid still applies
    assert {"allow_quit", "allow_pause", "allow_block_release"} <= s.locked and (key not in KEYS or key in s.locked)


def test_invalid_toml_names_the_line(paths: tuple[Path, Path]) -> None:
    write(paths[1], 'language = "zh"\nwatch_selection = \n')
    with pytest.raises(SettingsError) as err:
        load_settings(strict=True)
    assert err.value.path == str(paths[1]) and err.value.line == 2


def test_save_user_setting_writes_a_file_that_loads_back(paths: tuple[Path, Path]) -> None:
    s = save_user_setting("language", "en")
    s = save_user_setting("repeat_window_seconds", 45)
    assert s.language == "en" and s.repeat_window_seconds == 45
    assert tomllib.loads(paths[1].read_text(encoding="utf-8")) == {"language": "en", "repeat_window_seconds": 45}


def test_save_user_setting_refuses_locked_and_admin_only_keys(paths: tuple[Path, Path]) -> None:
    write(paths[0], 'language = "zh"\n')
    with pytest.raises(SettingsError, match="locked"):
        save_user_setting("language", "en")
    with pytest.raises(SettingsError, match="administrator"):
        save_user_setting("allow_block_release", True)
    with pytest.raises(SettingsError):
        save_user_setting("ocr_engine", "paddle")
    assert not paths[1].exists()


def test_the_shipped_example_is_valid_and_documents_every_key(paths: tuple[Path, Path]) -> None:
    write(paths[0], EXAMPLE.read_text(encoding="utf-8"))
    s = load_settings()
    assert s.allow_quit is False  # what the example recommends for managed PCs
    keys = list(KEYS)
    text, doc = EXAMPLE.read_text(encoding="utf-8"), (ROOT / "docs" / "admin.md").read_text(encoding="utf-8")
    assert [k for k in keys if f"{k} =" not in text] == []
    assert [k for k in keys if f"`{k}`" not in doc] == []


def test_platform_default_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CLIPGUARD_ADMIN_CONFIG", raising=False)
    monkeypatch.delenv("CLIPGUARD_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert admin_config_path() == Path("/etc/clipguard/config.toml")
    assert user_settings_path() == tmp_path / "clipguard" / "settings.toml"


def test_cli_settings_shows_values_and_who_set_them(paths: tuple[Path, Path]) -> None:
    import json
    import os
    import subprocess
    import sys

    write(paths[0], "allow_quit = false\n")
    write(paths[1], 'language = "en"\nallow_quit = true\n')
    proc = subprocess.run([sys.executable, "-m", "guard", "settings", "--json"], cwd=ROOT, env=dict(os.environ),
                          capture_output=True, text=True, timeout=60)
    data = json.loads(proc.stdout)
    assert data["settings"]["allow_quit"] is False and data["origin"]["allow_quit"] == "admin"
    assert data["origin"]["language"] == "user" and data["origin"]["poll_seconds"] == "default"
    assert data["ignored"] == ["allow_quit"]
    write(paths[0], "allow_quit = maybe\n")
    bad = subprocess.run([sys.executable, "-m", "guard", "settings"], cwd=ROOT, env=dict(os.environ),
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and f"{paths[0]}:1" in bad.stderr
