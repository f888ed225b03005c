"""Where the single-instance lock may live: only in a folder this user owns that nobody else can write to.
A folder planted by another user (uid nobody, made here with chown as root), a symlink or an open mode is
refused and the next place is used; $XDG_RUNTIME_DIR comes first when it is sound."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from guard.platform.runtime_dir import UnsafeFolder, private_runtime_dir, problem

NOBODY = 65534


@pytest.fixture
def places(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """A private runtime dir, a shared temp folder (sticky, world-writable like /tmp) and a cache home,
    under a short base: a local socket's path has room for about 100 bytes, pytest's tmp_path is longer."""
    base = Path(tempfile.mkdtemp(prefix="cg-"))
    runtime, shared, cache = base / "run", base / "tmp", base / "cache"
    runtime.mkdir(mode=0o700)
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield {"runtime": runtime, "shared": shared, "cache": cache, "planted": shared / f"clipguard-{os.getuid()}"}
    shutil.rmtree(base)


def test_the_session_runtime_dir_comes_first(places: dict[str, Path]) -> None:
    assert private_runtime_dir() == places["runtime"]


def test_an_open_runtime_dir_is_refused(places: dict[str, Path]) -> None:
    places["runtime"].chmod(0o755)
    chosen = private_runtime_dir()
    assert chosen == places["planted"]  # created by us, 0700
    assert problem(chosen) is None and chosen.stat().st_mode & 0o777 == 0o700


def test_without_a_runtime_dir_a_private_folder_is_made(places: dict[str, Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert private_runtime_dir() == places["planted"]


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_a_folder_planted_by_another_user_is_refused(places: dict[str, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    places["planted"].mkdir(mode=0o700)
    os.chown(places["planted"], NOBODY, NOBODY)
    chosen = private_runtime_dir()
    assert chosen == places["cache"] / "clipguard" / "run"
    assert "belongs to uid 65534" in (problem(places["planted"]) or "")


def test_a_symlink_is_refused_even_to_a_private_folder(places: dict[str, Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoever made the link can point it elsewhere later."""
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    places["planted"].symlink_to(places["runtime"])
    assert private_runtime_dir() == places["cache"] / "clipguard" / "run"
    assert "symbolic link" in (problem(places["planted"]) or "")


def test_no_safe_place_at_all_says_why_for_each(places: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    places["runtime"].chmod(0o777)
    places["planted"].mkdir(mode=0o777)
    places["planted"].chmod(0o777)
    places["cache"].write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.raises(UnsafeFolder) as err:
        private_runtime_dir()
    text = str(err.value)
    assert str(places["runtime"]) in text and str(places["planted"]) in text and "cannot create" in text
