"""Read one flat settings file (`key = value` lines) and keep what is good, with every problem on the side.

A file that is not valid TOML as a whole is read statement by statement: a typo on one line of the admin
file must not cost the admin's other settings (its `rules_files` above all). The caller decides what a
problem means: ignored with a warning for the user's file, the strictest values for the admin's.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guard.config_read import read_config_text
from guard.errors import SettingsError

MAX_SETTINGS_BYTES = 1024 * 1024  # real settings files are a few hundred bytes
_STATEMENT = re.compile(r"^[ \t]*([A-Za-z0-9_-]+)[ \t]*=", re.M)


@dataclass(slots=True)
class SettingsFile:
    present: bool = False  # the file exists (a missing file is no problem)
    values: dict[str, Any] = field(default_factory=dict)  # valid keys, checked and converted
    bad: set[str] = field(default_factory=set)  # keys the file sets to something invalid (or garbled)
    problems: list[SettingsError] = field(default_factory=list)  # in file order
    partial: bool = False  # some of it could not be read or parsed: what it meant to set is not fully known


def line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _reason(exc: tomllib.TOMLDecodeError) -> tuple[str, int | None]:
    """The parser's message without its position, and the line it names (1-based), if any."""
    m = re.search(r"line (\d+)", str(exc))
    return re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(exc)), int(m.group(1)) if m else None


def _salvage(text: str, path: Path, out: SettingsFile) -> dict[str, Any]:
    """The statements that parse on their own; each one that does not is a problem naming its line."""
    starts = [m.start() for m in _STATEMENT.finditer(text)]
    table: dict[str, Any] = {}
    for begin, end in zip([0, *starts], [*starts, len(text)], strict=True):
        chunk = text[begin:end]
        first_line = text.count("\n", 0, begin)
        statement = _STATEMENT.match(chunk)
        key = statement.group(1) if statement else None
        try:
            part = tomllib.loads(chunk)
        except tomllib.TOMLDecodeError as exc:
            reason, line = _reason(exc)
            out.problems.append(SettingsError(f"not valid TOML: {reason}", path=str(path),
                                              line=first_line + (line or 1), key=key))
            if key:
                out.bad.add(key)
            continue
        for name, value in part.items():
            if name in table:
                out.problems.append(SettingsError("set twice", path=str(path), line=line_of(text, name), key=name))
                out.bad.add(name)
            table[name] = value
    return table


def read_settings_file(path: Path, check: Callable[[str, Any, Path, str], Any]) -> SettingsFile:
    """Every key checked with `check(key, value, path, text)` (which raises SettingsError)."""
    out = SettingsFile()
    try:
        text = read_config_text(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return out
    except (OSError, ValueError) as exc:  # ValueError: not UTF-8, or a NUL in the path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        out.present, out.partial = True, True
        out.problems.append(SettingsError(f"cannot read: {reason}", path=str(path)))
        return out
    out.present = True
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        out.partial = True
        table = _salvage(text, path, out)
        if not out.problems:  # every statement parses alone: the file as a whole does not (a key set twice ...)
            reason, line = _reason(exc)
            out.problems.append(SettingsError(f"not valid TOML: {reason}", path=str(path), line=line))
    for key, value in table.items():
        if key in out.bad:
            continue
        try:
            out.values[key] = check(key, value, path, text)
        except SettingsError as exc:
            out.problems.append(exc)
            out.bad.add(key)
    return out
