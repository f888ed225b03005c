"""CLIPGUARD_ADMIN_CONFIG: honoured in a source checkout (and shown), refused by an installed build unless the
file is one only an administrator controls; refused means the standard file and a warning, never no settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guard import admin_source
from guard.admin_source import is_installed_build
from guard.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="only root can make a file owned by root")


@pytest.fixture
def standard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The standard admin file, moved out of /etc for the test: it says allow_quit = false."""
    path = tmp_path / "etc" / "config.toml"
    path.parent.mkdir()
    path.write_text("allow_quit = false\n", encoding="utf-8")
    monkeypatch.setattr(admin_source, "standard_admin_path", lambda: path)
    monkeypatch.setenv("CLIPGUARD_CONFIG_DIR", str(tmp_path / "user"))
    monkeypatch.delenv(admin_source.FORCE_INSTALLED, raising=False)
    return path


def own_file(tmp_path: Path, text: str = "allow_quit = true\n") -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    if os.geteuid() == 0:
        os.chown(path, 65534, 65534)  # what any user can make: a file of their own
    return path


def test_this_checkout_is_not_an_installed_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(admin_source.FORCE_INSTALLED, raising=False)
    assert (ROOT / "pyproject.toml").is_file() and is_installed_build() is False


def test_what_counts_as_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(admin_source.FORCE_INSTALLED, raising=False)
    checkout = tmp_path / "src" / "guard"
    checkout.mkdir(parents=True)
    (tmp_path / "src" / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    assert is_installed_build(checkout) is False
    wheel = tmp_path / "lib" / "python3.11" / "site-packages" / "guard"
    wheel.mkdir(parents=True)
    (wheel.parent / "pyproject.toml").write_text("[project]\n", encoding="utf-8")  # even with one beside it
    assert is_installed_build(wheel) is True
    bare = tmp_path / "opt" / "guard"
    bare.mkdir(parents=True)
    assert is_installed_build(bare) is True
    monkeypatch.setenv(admin_source.FORCE_INSTALLED, "1")
    assert is_installed_build(checkout) is True


def test_a_source_checkout_takes_the_override_and_says_so(tmp_path: Path, standard: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    mine = own_file(tmp_path)
    monkeypatch.setenv("CLIPGUARD_ADMIN_CONFIG", str(mine))
    s = load_settings()
    assert s.admin_path == mine and s.admin_override == str(mine) and s.allow_quit is True and s.warnings == ()


@pytest.mark.parametrize("target", ["own", "devnull", "missing", "folder"])
def test_an_installed_build_refuses_an_override_it_cannot_trust(tmp_path: Path, standard: Path,
                                                               monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    path = {"own": lambda: own_file(tmp_path), "devnull": lambda: Path("/dev/null"),
            "missing": lambda: tmp_path / "nowhere.toml", "folder": lambda: tmp_path}[target]()
    monkeypatch.setenv("CLIPGUARD_ADMIN_CONFIG", str(path))
    monkeypatch.setenv(admin_source.FORCE_INSTALLED, "1")
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    s = load_settings()
    assert s.admin_path == standard and s.admin_override is None
    assert s.allow_quit is False and "allow_quit" in s.locked  # the standard file still rules
    assert len(s.warnings) == 1 and "refused" in s.warnings[0] and str(path) in s.warnings[0]
    reason = {"own": "not by root", "devnull": "not a regular file", "missing": "does not exist",
              "folder": "not a regular file"}[target]
    assert reason in s.warnings[0]


@as_root
def test_an_installed_build_takes_a_root_owned_override(tmp_path: Path, standard: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "root.toml"
    path.write_text("allow_quit = true\n", encoding="utf-8")
    path.chmod(0o644)
    monkeypatch.setenv("CLIPGUARD_ADMIN_CONFIG", str(path))
    monkeypatch.setenv(admin_source.FORCE_INSTALLED, "1")
    s = load_settings()
    assert s.admin_path == path and s.admin_override == str(path) and s.allow_quit is True
    path.chmod(0o666)  # root's, but anyone may write it: not an administrator's file any more
    s = load_settings()
    assert s.admin_path == standard and s.admin_override is None and "writable" in s.warnings[0]


@pytest.mark.skipif(Path("/etc/clipguard/config.toml").exists(), reason="this machine has a real admin file")
def test_clipguard_settings_reports_a_refused_override(tmp_path: Path) -> None:
    env = dict(os.environ, CLIPGUARD_ADMIN_CONFIG="/dev/null", CLIPGUARD_CONFIG_DIR=str(tmp_path / "user"),
               CLIPGUARD_LANG="en", **{admin_source.FORCE_INSTALLED: "1"})
    proc = subprocess.run([sys.executable, "-m", "guard", "settings", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    data = json.loads(proc.stdout)
    assert data["admin_override"] is None and data["admin_path"] != "/dev/null"
    assert any("refused" in w and "/dev/null" in w for w in data["warnings"])
    assert "refused" in proc.stderr
