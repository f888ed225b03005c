"""Admin and user settings. The admin file decides: every key it sets is locked, and the user's own file can
only change the few comfort settings the admin left open. Both are flat TOML files.

Neither file can stop the guard. A bad value in the user's file is ignored with a warning. The admin file
fails closed: a key it sets badly is locked at its strictest value, any error in it also locks pause, quit
and the release of `block` content off (unless the file validly sets them), and a file that cannot be read
or parsed whole locks every setting. Everything that went wrong is in `Settings.warnings`.
"""

from __future__ import annotations

import json
import math
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from guard.admin_source import admin_source
from guard.config_read import read_config_text
from guard.errors import SettingsError
from guard.messages import CATALOGUE, language
from guard.settings_file import MAX_SETTINGS_BYTES, SettingsFile, line_of, read_settings_file

# what a user may change for themselves (when the admin has not set it); everything else is the admin's
USER_KEYS = frozenset({"language", "ocr_engine", "watch_selection", "hold_images_while_scanning",
                       "repeat_window_seconds"})
_CHOICES = {"ocr_engine": ("auto", "rapidocr", "tesseract", "off"), "language": ("", "zh", "en"),
            "on_error": ("hold", "release")}
_RANGES = {"poll_seconds": (1, 3600), "dialog_timeout_seconds": (1, 3600), "release_countdown_seconds": (0, 60),
           "repeat_window_seconds": (0, 3600), "max_clipboard_mb": (1, 4096)}
_PATH_LISTS = ("rules_files", "watch_folders", "ignore_folders")  # relative paths: relative to the file
_TEXT_LISTS = ("release_reasons",)  # lists of words for people


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
    on_error: str = "hold"  # content that could not be judged: "hold" it (with the reason) or "release" it
    secrecy_contact: str = ""  # who the dialog tells the clerk to ask (name, extension): "" says nothing
    policy_link: str = ""  # the unit's secrecy rules (shown as selectable text, never opened)
    block_advice: str = ""  # what to do instead, on a block ("" = the built-in advice)
    confirm_advice: str = ""  # the same on a confirm
    release_reasons: tuple[str, ...] = ()  # the unit's own preset reasons ("" = built-in); 其他 always comes last
    admin_path: Path | None = field(default=None, compare=False)
    user_path: Path | None = field(default=None, compare=False)
    locked: frozenset[str] = frozenset()  # keys the admin set (or that an admin file error locked)
    from_user: frozenset[str] = frozenset()  # keys the user's own file set
    ignored: tuple[str, ...] = ()  # user keys overruled by the admin or not the user's to set
    warnings: tuple[str, ...] = field(default=(), compare=False)  # what was ignored or refused, for people
    admin_error: str | None = field(default=None, compare=False)  # the admin file's first problem (amber icon)
    admin_override: str | None = field(default=None, compare=False)  # CLIPGUARD_ADMIN_CONFIG, when in force


_META = ("admin_path", "user_path", "locked", "from_user", "ignored", "warnings", "admin_error", "admin_override")
KEYS = {f.name: f for f in fields(Settings) if f.name not in _META}
# what an admin key takes when the admin file sets it badly or cannot be read: the strictest value
STRICTEST: dict[str, Any] = {"allow_pause": False, "allow_quit": False, "allow_block_release": False,
                             "hold_images_while_scanning": True, "watch_selection": True, "watch_im_folders": True,
                             "on_error": "hold"}
_LOCKDOWN = ("allow_pause", "allow_quit", "allow_block_release")  # any admin file error locks these


def admin_config_path() -> Path:
    """The admin configuration file in force (the standard one when an override is refused)."""
    return admin_source().path


def user_settings_path() -> Path:
    folder = os.environ.get("CLIPGUARD_CONFIG_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_config_dir("clipguard", appauthor=False)
    return Path(folder) / "settings.toml"


def _read(path: Path) -> tuple[dict[str, Any], str]:
    """The file's table (empty when there is no file) and its text, or SettingsError: for saving, where a
    file that cannot be read must not be overwritten."""
    try:
        text = read_config_text(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return {}, ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read: {exc}", path=str(path)) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"not valid TOML: {exc}", path=str(path)) from None


def check_value(key: str, value: Any, path: Path | None = None, text: str = "") -> Any:
    """The value in its Python type, or SettingsError naming the file, line and key."""
    def fail(message: str) -> SettingsError:
        return SettingsError(message, path=str(path or ""), line=line_of(text, key), key=key)

    if key not in KEYS:
        raise fail(f"unknown setting; known: {', '.join(KEYS)}")
    kind = KEYS[key].type
    if key in _PATH_LISTS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() and "\0" not in v for v in value):
            raise fail("must be a list of file paths" if key == "rules_files" else "must be a list of folder paths")
        base = path.parent if path else Path.cwd()
        return tuple(str(base / os.path.expandvars(os.path.expanduser(v))) for v in value)
    if key in _TEXT_LISTS:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail("must be a list of non-empty strings")
        return tuple(v.strip() for v in value)
    if kind == "bool" and not isinstance(value, bool):
        raise fail("must be true or false")
    if kind in ("float", "int") and (isinstance(value, bool) or not isinstance(value, int | float)
                                     or not math.isfinite(value)):
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


def _say(key: str, lang: str, **kwargs: object) -> str:
    zh, en = CATALOGUE[key]
    return (en if lang == "en" else zh).format(**kwargs)


def _admin_values(admin: SettingsFile) -> tuple[dict[str, Any], set[str]]:
    """The admin's values and the keys they lock, failing closed on every problem of the file."""
    values, locked = dict(admin.values), set(admin.values)
    if not admin.problems:
        return values, locked
    for key in admin.bad & set(KEYS):
        values[key] = STRICTEST.get(key, KEYS[key].default)
    locked |= admin.bad & set(KEYS)
    unknown = KEYS if admin.partial else _LOCKDOWN  # a garbled file may have meant to set any key
    for key in unknown:
        if key not in values and key != "language":
            values[key] = STRICTEST.get(key, KEYS[key].default)
            locked.add(key)
    return values, locked


def load_settings(*, strict: bool = False) -> Settings:
    """Defaults, then the user's own keys, then the admin's keys, which win and are locked. Never raises for a
    bad file (see the module docstring) unless `strict`, where the first problem raises SettingsError."""
    source, user_path = admin_source(), user_settings_path()
    admin = read_settings_file(source.path, check_value)
    user = read_settings_file(user_path, check_value)
    if strict and (admin.problems or user.problems):
        raise (admin.problems or user.problems)[0]
    values, locked = _admin_values(admin)
    ignored, mine = [], set()
    for key, value in user.values.items():
        if key in locked or key not in USER_KEYS:
            ignored.append(key)
        else:
            values[key] = value
            mine.add(key)
    lang = values.get("language") or language()
    warnings = []
    if source.refused:
        warnings.append(_say("settings.override_refused", lang, path=os.environ.get("CLIPGUARD_ADMIN_CONFIG", ""),
                             reason=source.refused, standard=source.path))
    for problem in admin.problems:
        warnings.append(_say("settings.admin_unreadable" if admin.partial else "settings.admin_error", lang,
                             error=problem))
    warnings += [_say("settings.user_ignored", lang, error=problem) for problem in user.problems]
    return replace(Settings(), **values, admin_path=source.path, user_path=user_path, locked=frozenset(locked),
                   from_user=frozenset(mine), ignored=tuple(ignored), warnings=tuple(warnings),
                   admin_error=str(admin.problems[0]) if admin.problems else None,
                   admin_override=source.override)


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
