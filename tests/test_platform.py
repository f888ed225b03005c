"""Per-OS bits on the real thing: the active window's title read from a real X server (Xvfb) where this test
plays the window manager, and the XDG autostart entry written to a real config folder."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from guard.platform import autostart, foreground_window

REPO = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and XDG autostart are Linux")


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (bash .ci/setup installs it)")
    pytest.importorskip("Xlib")
    from tests.xvfb import xvfb

    with xvfb("640x480x24") as display:
        yield display


class WindowManager:
    """What a window manager does for the active window: set `_NET_ACTIVE_WINDOW` on the root."""

    def __init__(self, display: str) -> None:
        from Xlib import X
        from Xlib import display as xdisplay

        self.X = X
        self.d = xdisplay.Display(display)
        self.root = self.d.screen().root

    def window(self, net_name: str | None = None, wm_name: str | None = None) -> object:
        w = self.root.create_window(0, 0, 200, 100, 0, self.d.screen().root_depth)
        if net_name is not None:
            w.change_property(self.d.intern_atom("_NET_WM_NAME"), self.d.intern_atom("UTF8_STRING"), 8,
                              net_name.encode("utf-8"))
        if wm_name is not None:
            w.set_wm_name(wm_name)
        w.map()
        self.d.sync()
        return w

    def activate(self, window_id: int) -> None:
        from Xlib import Xatom

        self.root.change_property(self.d.intern_atom("_NET_ACTIVE_WINDOW"), Xatom.WINDOW, 32, [window_id])
        self.d.sync()


@pytest.fixture
def wm(x_display: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowManager]:
    monkeypatch.setenv("DISPLAY", x_display)
    manager = WindowManager(x_display)
    yield manager
    manager.d.close()


@linux_only
def test_the_active_windows_utf8_title_is_read(wm: WindowManager) -> None:
    w = wm.window(net_name="项目群（12）- 微信", wm_name="ignored when _NET_WM_NAME is set")
    wm.activate(w.id)
    assert foreground_window() == "项目群（12）- 微信"


@linux_only
def test_an_old_client_with_only_wm_name_is_read(wm: WindowManager) -> None:
    w = wm.window(wm_name="xterm")
    wm.activate(w.id)
    assert foreground_window() == "xterm"


@linux_only
def test_the_title_follows_the_active_window(wm: WindowManager) -> None:
    a, b = wm.window(net_name="QQ"), wm.window(net_name="钉钉")
    wm.activate(a.id)
    assert foreground_window() == "QQ"
    wm.activate(b.id)
    assert foreground_window() == "钉钉"


@linux_only
def test_no_active_window_or_a_closed_one_is_unknown(wm: WindowManager) -> None:
    wm.activate(0)
    assert foreground_window() is None
    w = wm.window(net_name="将关闭")
    wm.activate(w.id)
    w.destroy()
    wm.d.sync()
    assert foreground_window() is None
    w2 = wm.window(net_name="仍可读取")  # the connection still works after the X error
    wm.activate(w2.id)
    assert foreground_window() == "仍可读取"


def test_without_a_display_the_window_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert foreground_window() is None


@linux_only
def test_a_display_that_is_gone_is_unknown_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":259")  # nothing listens there
    assert foreground_window() is None


# --- autostart ----------------------------------------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    return tmp_path / "cfg" / "autostart" / "clipguard.desktop"


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def unescape_exec(value: str) -> list[str]:
    """Read an Exec value back the way a desktop does: string escapes first, then the quoting rules."""
    value = value.replace("\\\\", "\\")
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and value[i + 1] in '"`$\\':
            current, i = current + value[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
        i += 1
    if started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


@linux_only
def test_enable_writes_an_xdg_autostart_entry(xdg: Path) -> None:
    assert not autostart.is_enabled()
    where = autostart.enable(["/opt/clip guard/bin/clipguard", "tray"])
    assert where == xdg and xdg.is_file()
    entry = desktop_entry(xdg)
    assert entry["Type"] == "Application" and entry["Name[zh_CN]"] == "保密卫士"
    assert unescape_exec(entry["Exec"]) == ["/opt/clip guard/bin/clipguard", "tray"]
    assert autostart.is_enabled()


@linux_only
def test_exec_quoting_survives_awkward_paths(xdg: Path) -> None:
    command = ["/home/张 三/venv/bin/python", "-m", "guard", "tray", "100%", 'say "hi" $HOME `x` \\n']
    autostart.enable(command)
    assert unescape_exec(desktop_entry(xdg)["Exec"]) == command


@linux_only
def test_disable_removes_the_entry_and_is_idempotent(xdg: Path) -> None:
    autostart.enable()
    autostart.disable()
    assert not xdg.exists() and not autostart.is_enabled()
    autostart.disable()


@linux_only
def test_an_entry_switched_off_by_the_desktop_counts_as_disabled(xdg: Path) -> None:
    autostart.enable()
    xdg.write_text(xdg.read_text(encoding="utf-8") + "Hidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()


@linux_only
def test_the_default_command_starts_the_tray_from_this_installation(xdg: Path) -> None:
    autostart.enable()
    argv = unescape_exec(desktop_entry(xdg)["Exec"])
    assert argv[-1] == "tray" and Path(argv[0]).parent == Path(sys.executable).parent
    help_run = subprocess.run([*argv[:-1], "--help"], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert "autostart" in help_run.stdout  # it really is this clipguard


@linux_only
def test_cli_autostart_enable_status_disable(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "CLIPGUARD_LANG": "en"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "guard", "autostart", *args], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=60)

    assert "off" in cli("status").stdout
    enabled = cli("enable")
    assert enabled.returncode == 0 and str(tmp_path / "autostart" / "clipguard.desktop") in enabled.stdout
    assert "on" in cli("status").stdout
    assert cli("disable").returncode == 0
    assert "off" in cli("status").stdout and not (tmp_path / "autostart" / "clipguard.desktop").exists()
