"""Start the guard at login: an XDG autostart entry on Linux desktops, the per-user Run key on Windows.

Both are per user and need no administrator rights; an admin who wants it for everyone deploys the same
entry machine-wide (/etc/xdg/autostart, HKLM Run) with their usual tools.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from guard.errors import GuardError

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
VALUE_NAME = "ClipGuard"


def default_command() -> list[str]:
    """`clipguard tray` from the same installation as this Python (pythonw on Windows: no console window)."""
    exe = Path(sys.executable)
    if sys.platform == "win32":
        windowless = exe.with_name("pythonw.exe")
        return [str(windowless if windowless.exists() else exe), "-m", "guard", "tray"]
    script = exe.with_name("clipguard")
    return [str(script), "tray"] if script.exists() else [str(exe), "-m", "guard", "tray"]


def desktop_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / "clipguard.desktop"


def exec_line(command: list[str]) -> str:
    """The Exec value by the Desktop Entry rules: quote where needed, `%` doubled, then string escapes."""
    out = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if not arg or any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        out.append(arg)
    return " ".join(out).replace("\\", "\\\\")


def _desktop_entry(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=ClipGuard",
        "Name[zh_CN]=保密卫士",
        "Comment=Keeps classified and internal material out of chat apps",
        "Comment[zh_CN]=防止涉密和内部材料经微信、QQ等外泄",
        f"Exec={exec_line(command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def enable(command: list[str] | None = None) -> Path | str:
    """Register the command; returns the .desktop file, or the registry value's full name on Windows."""
    command = command or default_command()
    if sys.platform == "win32":
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, VALUE_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command))
        return rf"HKCU\{RUN_KEY}\{VALUE_NAME}"
    if sys.platform == "darwin":
        raise GuardError("autostart is not supported on macOS yet")
    path = desktop_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(_desktop_entry(command), encoding="utf-8")
    tmp.replace(path)
    return path


def disable() -> None:
    """Remove the entry; nothing to do when there is none."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, VALUE_NAME)
        except FileNotFoundError:
            pass
        return
    desktop_file().unlink(missing_ok=True)


def is_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, VALUE_NAME)
        except FileNotFoundError:
            return False
        return True
    try:
        lines = desktop_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    # a desktop may keep the file and switch it off instead of deleting it
    off = {"Hidden=true", "X-GNOME-Autostart-enabled=false"}
    return not off & {line.strip() for line in lines}
