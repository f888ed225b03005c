"""Rules reload on real files: a change loads, a broken file keeps the last good policy and says why, a fixed
file clears the error, and nothing is read again while nothing changes."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from guard.engine import Engine
from guard.policy import reload as reload_mod
from guard.policy.reload import PolicyWatcher
from guard.settings import Settings

TEXT = "附件：某县2026年度防汛工作预案"


def rules(version: str, keyword: str = "防汛工作预案", severity: str = "block") -> str:
    return f"""[meta]
name = "某县规则"
version = "{version}"

[[rules]]
id = "county.plans"
category = "internal"
severity = "{severity}"
message = {{ zh = "县内预案", en = "county plan" }}
keywords = ["{keyword}"]
"""


BROKEN = rules("2026.12.02").replace('severity = "block"', 'severity = "blocker"')


def write(path: Path, text: str, bump: int = 0) -> None:
    path.write_text(text, encoding="utf-8")
    if bump:  # a distinct mtime even on coarse file systems
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump * 1_000_000_000))


def verdict(watcher: PolicyWatcher) -> str:
    return Engine(watcher.policy).scan_text(TEXT).verdict


@pytest.fixture
def county(tmp_path: Path) -> Path:
    path = tmp_path / "county.toml"
    write(path, rules("2026.12.01"))
    return path


def test_the_admin_rules_load_and_the_label_names_both_versions(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)))
    assert w.error is None and verdict(w) == "block"
    assert w.version_label.startswith("ClipGuard 默认策略 ") and w.version_label.endswith(" + county.toml 2026.12.01")
    assert w.sources[1:] == [str(county)] and Path(w.sources[0]).name == "default.toml"


def test_unchanged_files_are_not_read_again(county: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    reads: list[Path] = []
    real = reload_mod._digest
    monkeypatch.setattr(reload_mod, "_digest", lambda p: reads.append(p) or real(p))
    assert w.check() is False and w.check() is False
    assert reads == []


def test_a_changed_file_reloads(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    write(county, rules("2026.12.05", severity="notice"), bump=5)
    assert w.check() is True
    assert verdict(w) == "notice" and w.version_label.endswith("county.toml 2026.12.05")
    assert w.check() is False


def test_a_touched_file_with_the_same_content_does_not_reload(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    write(county, rules("2026.12.01"), bump=5)
    assert w.check() is False


def test_a_broken_update_keeps_the_last_good_policy_until_fixed(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    good = w.policy
    write(county, BROKEN, bump=5)
    assert w.check() is False
    assert w.policy is good and verdict(w) == "block"
    assert w.error and str(county) in w.error and "county.plans" in w.error and ":6" in w.error
    assert w.check() is False and w.error  # stays until the file changes
    write(county, rules("2026.12.03", severity="confirm"), bump=10)
    assert w.check() is True
    assert w.error is None and verdict(w) == "confirm"


def test_restoring_the_running_file_clears_the_error_without_a_reload(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    write(county, BROKEN, bump=5)
    w.check()
    assert w.error
    write(county, rules("2026.12.01"), bump=10)
    assert w.check() is False and w.error is None


def test_a_half_written_file_is_retried_at_the_next_check(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=60)
    full = rules("2026.12.07", severity="notice")
    half = len(full.encode()) // 2
    # a copy tool that preallocates: the right size at once, zeros where the rest will go
    county.write_bytes(full.encode()[:half] + b"\0" * (len(full.encode()) - half))
    assert w.check() is False and w.error
    stamp = county.stat()
    county.write_bytes(full.encode())  # the copy finishes: same size, and the share keeps the same mtime
    os.utime(county, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert (county.stat().st_size, county.stat().st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)
    assert w.check() is True and w.error is None and verdict(w) == "notice"


def test_a_file_that_disappears_keeps_the_policy_and_comes_back(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    text = county.read_text(encoding="utf-8")
    county.unlink()
    assert w.check() is False
    assert w.error and "not found" in w.error and verdict(w) == "block"
    write(county, text)
    w.check()
    assert w.error is None and verdict(w) == "block"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_keeps_the_policy(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    county.chmod(0)
    try:
        assert w.check() is False and w.error and "cannot read" in w.error and verdict(w) == "block"
    finally:
        county.chmod(0o644)


def test_a_broken_file_at_start_runs_the_defaults_and_the_good_files(tmp_path: Path, county: Path) -> None:
    bad = tmp_path / "bad.toml"
    write(bad, BROKEN.replace("county.plans", "bad.plans"))
    w = PolicyWatcher(Settings(rules_files=(str(bad), str(county))))
    assert w.error and str(bad) in w.error
    assert verdict(w) == "block"  # county.toml still applies
    assert "county.toml" in w.version_label and "bad.toml" not in w.version_label
    assert w.check() is False and w.error  # nothing changed yet
    write(bad, rules("1").replace("county.plans", "bad.plans").replace("防汛工作预案", "别的词"), bump=5)
    assert w.check() is True and w.error is None and "bad.toml 1" in w.version_label


def test_a_missing_file_at_start_still_gives_a_usable_policy(tmp_path: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(tmp_path / "nowhere.toml"),)))
    assert w.error and "not found" in w.error
    assert Engine(w.policy).scan_text("机密★1年\n关于做好有关工作的通知\n正文。\n").verdict == "block"
    assert " + " not in w.version_label


def test_check_is_cheap_when_nothing_changed(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    t0 = time.perf_counter()
    for _ in range(200):
        w.check()
    assert (time.perf_counter() - t0) / 200 < 0.002


def test_a_path_that_turns_into_a_folder_is_unreadable_and_keeps_the_policy(county: Path) -> None:
    w = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    county.unlink()
    county.mkdir()  # what root meets where chmod 0 would not stop it
    assert w.check() is False and w.error and "cannot read" in w.error and verdict(w) == "block"
