"""Admin and user settings. The admin file decides: every key it sets is locked, and the user's own file can
only change the few comfort settings the admin left open. Both are flat TOML files.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from guard.errors import SettingsError

# what a user may change for themselves (when the admin has not set it); everything else is the admin's
USER_KEYS = frozenset({"language", "ocr_engine", "watch_selection", "hold_images_while_scanning",
                       "repeat_window_seconds"})
_CHOICES = {"ocr_engine": ("auto", "rapidocr", "tesseract", "off"), "language": ("", "zh", "en")}
_RANGES = {"poll_seconds": (1, 3600), "dialog_timeout_seconds": (1, 3600), "release_countdown_seconds": (0, 60),
           "repeat_window_seconds": (0, 3600), "max_clipboard_mb": (1, 4096)}
_PATH_LISTS = ("rules_files", "watch_folders", "ignore_folders")  # relative paths: relative to the file


@dataclass(frozen=True)
class Settings:
    rules_files: tuple[str, ...] = ()  # admin rules on top of the defaults, in order (may be on a share)
    poll_seconds: float = 5  # how often the rules files are checked for changes
    allow_pause: bool = True
    allow_quit: bool = True
    allow_block_release: bool = False  # may a user release a `block` with a reason?
    dialog_timeout_seconds: float = 30  # nobody answers: the held content is discarded
    release_countdown_seconds: float = 3  # the release button waits this long (no reflex clicks)
    repeat_window_seconds: float = 20  # the same content again within this time: no new pop-up
    hold_images_while_scanning: bool = True
    watch_selection: bool = True  # X11 PRIMARY (select + middle-click)
    ocr_engine: str = "auto"
    max_clipboard_mb: int = 64
    language: str = ""  # "" follows the system
    watch_im_folders: bool = True  # find and watch the IM clients' file folders and screenshot folders
    watch_folders: tuple[str, ...] = ()  # extra folders the admin wants watched
    ignore_folders: tuple[str, ...] = ()  # folders (and everything below) never watched
    admin_path: Path | None = field(default=None, compare=False)
    user_path: Path | None = field(default=None, compare=False)
    locked: frozenset[str] = frozenset()  # keys the admin set
    from_user: frozenset[str] = frozenset()  # keys the user's own file set
    ignored: tuple[str, ...] = ()  # user keys overruled by the admin or not the user's to set


KEYS = {f.name: f for f in fields(Settings)
        if f.name not in ("admin_path", "user_path", "locked", "from_user", "ignored")}


def admin_config_path() -> Path:
    forced = os.environ.get("CLIPGUARD_ADMIN_CONFIG")
    if forced:
        return Path(forced)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "ClipGuard" / "config.toml"
    return Path("/etc/clipguard/config.toml")


def user_settings_path() -> Path:
    folder = os.environ.get("CLIPGUARD_CONFIG_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_config_dir("clipguard", appauthor=False)
    return Path(folder) / "settings.toml"


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _read(path: Path) -> tuple[dict[str, Any], str]:
    """The file's table (empty when there is no file) and its text, for line numbers."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}, ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read: {exc}", path=str(path)) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise SettingsError(f"not valid TOML: {exc}", path=str(path), line=int(m.group(1)) if m else None) from None


def check_value(key: str, value: Any, path: Path | None = None, text: str = "") -> Any:
    """The value in its Python type, or SettingsError naming the file, line and key."""
    def fail(message: str) -> SettingsError:
        return SettingsError(message, path=str(path or ""), line=_line_of(text, key), key=key)

    if key not in KEYS:
        raise fail(f"unknown setting; known: {', '.join(KEYS)}")
    kind = KEYS[key].type
    if key in _PATH_LISTS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail("must be a list of file paths" if key == "rules_files" else "must be a list of folder paths")
        base = path.parent if path else Path.cwd()
        return tuple(str(base / os.path.expandvars(os.path.expanduser(v))) for v in value)
    if kind == "bool" and not isinstance(value, bool):
        raise fail("must be true or false")
    if kind in ("float", "int") and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise fail("must be a number")
    if kind == "int" and value != int(value):
        raise fail("must be a whole number")
    if kind == "str" and not isinstance(value, str):
        raise fail("must be a string")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise fail(f"must be one of {', '.join(repr(c) for c in _CHOICES[key])}")
    if key in _RANGES and not _RANGES[key][0] <= value <= _RANGES[key][1]:
        raise fail(f"must be from {_RANGES[key][0]} to {_RANGES[key][1]}")
    return {"float": float, "int": int}.get(str(kind), lambda v: v)(value)


def load_settings() -> Settings:
    """Defaults, then the user's own keys, then the admin's keys, which win and are locked."""
    admin_path, user_path = admin_config_path(), user_settings_path()
    admin, admin_text = _read(admin_path)
    user, user_text = _read(user_path)
    values = {k: check_value(k, v, admin_path, admin_text) for k, v in admin.items()}
    ignored, mine = [], set()
    for key, value in user.items():
        checked = check_value(key, value, user_path, user_text)
        if key in values or key not in USER_KEYS:
            ignored.append(key)
        else:
            values[key] = checked
            mine.add(key)
    return replace(Settings(), **values, admin_path=admin_path, user_path=user_path, locked=frozenset(admin),
                   from_user=frozenset(mine), ignored=tuple(ignored))


def save_user_setting(key: str, value: Any) -> Settings:
    """Write one of the user's own settings (atomically) and return the settings now in force."""
    if key not in USER_KEYS:
        raise SettingsError("only the administrator can change this setting", key=key)
    current = load_settings()
    if key in current.locked:
        raise SettingsError("locked by the administrator", path=str(current.admin_path), key=key)
    path = user_settings_path()
    check_value(key, value, path)
    data, _ = _read(path)
    data[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    lines = ["# ClipGuard 用户设置 / user settings (written by ClipGuard; the admin file takes precedence)"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in sorted(data.items())]
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
    return load_settings()


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)  # numbers, and strings (JSON escapes are valid TOML)
