"""Where this user's Documents and Pictures really are. IM clients put their trees under the *real* Documents
folder, which is often not `~/Documents`: OneDrive redirection on Windows, `~/文档` under a Chinese locale on
Linux (XDG user-dirs). Every function takes home and env so tests can lay out a Windows or Linux home anywhere.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

SHELL_FOLDERS = r"Software\Microsoft\Windows\CurrentVersion\Explorer\User Shell Folders"
SCREENSHOTS_GUID = "{B7BEDE81-DF94-4682-A7D8-57A52620B86F}"  # KnownFolder "Screenshots"


def registry_value(key: str, name: str) -> str | None:
    """A HKCU string value with %VARS% expanded, or None (not Windows, no key, no access)."""
    if sys.platform != "win32":
        return None
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
            value, _kind = winreg.QueryValueEx(handle, name)
        return os.path.expandvars(str(value)) if value else None
    except OSError:
        return None


def xdg_user_dir(name: str, home: Path, env: Mapping[str, str]) -> Path | None:
    """$XDG_<NAME>_DIR from the environment or ~/.config/user-dirs.dirs (`XDG_DOCUMENTS_DIR="$HOME/文档"`)."""
    var = f"XDG_{name}_DIR"
    if env.get(var):
        return Path(env[var].replace("$HOME", str(home)))
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config") / "user-dirs.dirs"
    try:
        text = config.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    m = re.search(rf'^\s*{var}\s*=\s*"([^"]*)"', text, re.M)
    if not m or m.group(1) in ("$HOME", "$HOME/"):
        return None
    return Path(m.group(1).replace("$HOME", str(home)))


def documents_dirs(home: Path, env: Mapping[str, str], registry: bool) -> list[tuple[Path, str]]:
    """(folder, how it was found), most authoritative first; folders that do not exist are left out."""
    found: list[tuple[Path, str]] = []
    if registry:
        personal = registry_value(SHELL_FOLDERS, "Personal")
        if personal:
            found.append((Path(personal), "registry User Shell Folders\\Personal"))
    xdg = xdg_user_dir("DOCUMENTS", home, env)
    if xdg:
        found.append((xdg, "XDG_DOCUMENTS_DIR"))
    for var in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        if env.get(var):
            found.append((Path(env[var]) / "Documents", f"%{var}%\\Documents"))
    found += [(home / "Documents", "~/Documents"), (home / "文档", "~/文档"), (home / "My Documents", "~/My Documents")]
    return [(p, why) for p, why in _unique(found) if p.is_dir()]


def pictures_dirs(home: Path, env: Mapping[str, str], registry: bool) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    if registry:
        mine = registry_value(SHELL_FOLDERS, "My Pictures")
        if mine:
            found.append((Path(mine), "registry User Shell Folders\\My Pictures"))
    xdg = xdg_user_dir("PICTURES", home, env)
    if xdg:
        found.append((xdg, "XDG_PICTURES_DIR"))
    for var in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        if env.get(var):
            found.append((Path(env[var]) / "Pictures", f"%{var}%\\Pictures"))
    found += [(home / "Pictures", "~/Pictures"), (home / "图片", "~/图片")]
    return [(p, why) for p, why in _unique(found) if p.is_dir()]


def _unique(items: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    seen: set[str] = set()
    out = []
    for path, why in items:
        key = same_key(path)
        if key not in seen:
            seen.add(key)
            out.append((path, why))
    return out


def same_key(path: Path) -> str:
    """A comparison key: symlinks resolved where possible, case folded on Windows."""
    with contextlib.suppress(OSError):
        path = path.resolve()
    return os.path.normcase(str(path))
