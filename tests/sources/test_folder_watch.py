"""FolderGuard on real folders with a real inotify observer: complete files only, once per content, new files
only, folders that appear later, bursts summarised, bad files never fatal."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from guard.files import FileScanner
from guard.sources.completion import is_transient
from tests.sources.conftest import MARKED, PLAIN, docx_bytes, until


def wechat4_tree(tmp_path: Path) -> Path:
    root = tmp_path / "xwechat_files" / "calm-wu_9d75" / "msg" / "file"
    (root / "2026-11").mkdir(parents=True)
    return root


def test_a_marked_docx_dropped_into_a_wechat_4_tree_is_blocked_within_3_seconds(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    guard, rec = watch(root)
    path = root / "2026-11" / "通知.docx"
    path.write_bytes(docx_bytes(*MARKED))
    closed = time.monotonic()
    assert rec.wait(lambda: rec.hits, 3.0)
    hit = rec.hits[0]
    assert (hit.path, hit.result.verdict, hit.root.client) == (path, "block", "wechat4")
    assert rec.arrived[0] - closed < 3.0
    assert closed <= hit.completed <= hit.scanned
    assert len(hit.content_hash) == 64
    assert guard.pending() == 0


def test_a_file_written_in_chunks_over_two_seconds_is_scanned_once_after_it_completes(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    _guard, rec = watch(root)
    data = docx_bytes(*MARKED)
    path = root / "2026-11" / "slow.docx"
    with open(path, "wb") as fh:
        for i in range(8):  # 8 chunks, 0.25 s apart: each pause is shorter than no pause at all would suggest
            fh.write(data[i * len(data) // 8:(i + 1) * len(data) // 8])
            fh.flush()
            time.sleep(0.25)
    closed = time.monotonic()
    assert rec.wait(lambda: rec.hits, 3.0)
    time.sleep(1.0)
    assert [h.result.verdict for h in rec.hits] == ["block"]  # one verdict, on the whole document
    assert rec.hits[0].completed >= closed


def test_a_file_written_under_a_temp_name_and_renamed_is_scanned_under_its_final_name(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    _guard, rec = watch(root)
    part = root / "2026-11" / "报告.docx.part"
    part.write_bytes(docx_bytes(*MARKED))
    time.sleep(0.8)  # longer than the quiet time: a temp name must still not be scanned
    assert rec.hits == []
    part.rename(root / "2026-11" / "报告.docx")
    assert rec.wait(lambda: rec.hits, 3.0)
    assert [h.path.name for h in rec.hits] == ["报告.docx"]


def test_a_file_copied_in_with_shutil_is_scanned(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    source = tmp_path / "outside.docx"
    source.write_bytes(docx_bytes(*MARKED))
    _guard, rec = watch(root)
    shutil.copy2(source, root / "2026-11" / "copy.docx")
    assert rec.wait(lambda: rec.hits, 3.0)
    assert rec.hits[0].result.verdict == "block"


def test_a_month_folder_created_mid_run_is_watched(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    _guard, rec = watch(root)
    month = root / "2026-12"
    month.mkdir()
    time.sleep(0.2)
    (month / "new.docx").write_bytes(docx_bytes(*MARKED))
    assert rec.wait(lambda: rec.hits, 3.0)
    assert rec.hits[0].path.parent == month


def test_a_root_that_appears_after_start_is_picked_up(watch, tmp_path: Path) -> None:
    account = tmp_path / "xwechat_files" / "wxid_late_0a13"
    (tmp_path / "xwechat_files").mkdir()
    root = account / "msg" / "file"
    guard, rec = watch(root)
    assert guard.watched() == []
    (root / "2026-11").mkdir(parents=True)
    assert until(lambda: guard.watched() != [], 3.0)
    (root / "2026-11" / "a.docx").write_bytes(docx_bytes(*MARKED))
    assert rec.wait(lambda: rec.hits, 4.0)
    assert [r.path for r in guard.watched()] == [root]


def test_a_root_deleted_and_created_again_is_watched_again(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    guard, rec = watch(root)
    shutil.rmtree(root)
    assert until(lambda: guard.watched() == [], 4.0)
    (root / "2026-12").mkdir(parents=True)
    assert until(lambda: guard.watched() != [], 4.0)
    (root / "2026-12" / "again.docx").write_bytes(docx_bytes(*MARKED))
    assert rec.wait(lambda: rec.hits, 4.0)
    assert rec.hits[0].path.name == "again.docx"


def test_files_present_before_start_are_not_scanned_but_a_later_change_is(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    old = root / "2026-11" / "old.docx"
    old.write_bytes(docx_bytes(*PLAIN))
    (root / "2026-11" / "history.docx").write_bytes(docx_bytes(*MARKED))
    _guard, rec = watch(root)
    time.sleep(1.5)
    assert rec.hits == []
    old.write_bytes(docx_bytes(*MARKED, "后来改过的内容"))
    assert rec.wait(lambda: rec.hits, 3.0)
    assert [(h.path, h.result.verdict) for h in rec.hits] == [(old, "block")]


def test_the_same_content_under_a_second_name_is_alerted_once(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    _guard, rec = watch(root)
    data = docx_bytes(*MARKED)
    (root / "2026-11" / "x.docx").write_bytes(data)
    assert rec.wait(lambda: rec.hits, 3.0)
    (root / "2026-11" / "x(1).docx").write_bytes(data)
    (root / "2026-11" / "other.docx").write_bytes(docx_bytes(*PLAIN))
    assert rec.wait(lambda: len(rec.hits) >= 2, 3.0)
    time.sleep(0.8)
    assert sorted(h.path.name for h in rec.hits) == ["other.docx", "x.docx"]


def test_without_close_events_a_file_counts_as_complete_after_two_quiet_seconds(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    _guard, rec = watch(root, polling=True)  # polling reports no close events, like Windows and shares
    time.sleep(0.3)
    (root / "2026-11" / "share.docx").write_bytes(docx_bytes(*MARKED))
    written = time.monotonic()
    assert rec.wait(lambda: rec.hits, 6.0)
    assert rec.hits[0].completed - written >= 2.0
    assert rec.hits[0].result.verdict == "block"


def test_a_damaged_file_is_an_error_hit_and_the_guard_goes_on(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    _guard, rec = watch(root)
    (root / "2026-11" / "broken.docx").write_bytes(docx_bytes(*MARKED)[:900])
    assert rec.wait(lambda: rec.hits, 3.0)
    assert rec.hits[0].result.verdict == "error"
    (root / "2026-11" / "fine.docx").write_bytes(docx_bytes(*MARKED))
    assert rec.wait(lambda: len(rec.hits) == 2, 3.0)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_an_error_hit_not_a_crash(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    _guard, rec = watch(root)
    path = root / "2026-11" / "locked.docx"
    path.write_bytes(docx_bytes(*MARKED))
    path.chmod(0)
    assert rec.wait(lambda: rec.hits, 3.0)
    assert rec.hits[0].result.verdict == "error"


class DeletingScanner(FileScanner):
    """The real scanner, but the file is deleted just before the guard reads it (a user cleaning up)."""

    def sniff(self, path: Path) -> str | None:  # type: ignore[override]
        kind = super().sniff(path)
        if path.name.startswith("gone"):
            path.unlink(missing_ok=True)
        return kind


def test_a_file_deleted_mid_scan_gives_no_hit_and_no_crash(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    with DeletingScanner(ocr=None) as files:
        guard, rec = watch(root, files=files)
        (root / "2026-11" / "gone.docx").write_bytes(docx_bytes(*MARKED))
        time.sleep(1.0)
        (root / "2026-11" / "stays.docx").write_bytes(docx_bytes(*MARKED, "另一份"))
        assert rec.wait(lambda: rec.hits, 3.0)
        assert [h.path.name for h in rec.hits] == ["stays.docx"]
        assert guard.pending() == 0


def test_a_burst_of_2000_files_is_scanned_and_summarised_once(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    guard, rec = watch(root, burst_threshold=20)
    staging = tmp_path / "staging"
    staging.mkdir()
    for i in range(2000):
        plain = f"第{i}条聊天记录里的普通文件，内容无关紧要。\n"
        text = f"机密★1年\n关于第{i}项工作的通知\n" if i % 500 == 7 else plain
        (staging / f"记录{i:04d}.txt").write_text(text, encoding="utf-8")
    started = time.monotonic()
    staging.rename(root / "2026-11" / "history")  # a history sync lands a whole folder at once
    assert rec.wait(lambda: rec.summaries, 60.0), guard.pending()
    assert time.monotonic() - started < 60
    assert len(rec.summaries) == 1
    assert "拦截 4 个" in rec.summaries[0] and "2000" in rec.summaries[0]
    blocks = [h for h in rec.hits if h.result.verdict == "block"]
    assert len(blocks) == 4
    assert len(rec.hits) - len(blocks) <= 20  # at most the files before the burst was recognised
    time.sleep(2.5)
    assert len(rec.summaries) == 1


@pytest.mark.parametrize("name", ["a.tmp", "b.docx.crdownload", "~$报告.docx", ".~lock.报告.docx#", ".hidden",
                                  "c.part", "5d41402abc4b2a76_t.dat"])
def test_temporary_names_are_not_candidates(name: str, tmp_path: Path) -> None:
    assert is_transient(tmp_path / name, tmp_path)


def test_files_in_a_hidden_folder_below_the_root_are_not_candidates(tmp_path: Path) -> None:
    assert is_transient(tmp_path / "dataline" / ".tmp" / "报告.docx", tmp_path)
    assert not is_transient(tmp_path / "2026-11" / "报告(1).docx", tmp_path)


@pytest.mark.slow
def test_a_photo_of_a_marked_page_saved_as_a_screenshot_is_blocked_after_ocr(watch, tmp_path: Path) -> None:
    from guard.sources.im_folders import WatchRoot
    from tests.ocr.images import document_screen, photo_of

    shots = tmp_path / "Pictures" / "Screenshots"
    shots.mkdir(parents=True)
    with FileScanner() as files:
        if files.ocr_worker() is None:
            pytest.skip("no OCR engine")
        _guard, rec = watch(WatchRoot(shots, "screenshots", "截图", "test", True), files=files)
        (shots / "IMG_2026.jpg").write_bytes(photo_of(document_screen()))
        assert rec.wait(lambda: rec.hits, 30.0)
        assert rec.hits[0].result.verdict == "block"


def test_a_wechat_4_v2_picture_is_reported_unreadable_not_passed(watch, tmp_path: Path) -> None:
    attach = tmp_path / "xwechat_files" / "wxid_x_0a13" / "msg" / "attach"
    (attach / "9e107d9d372bb682" / "2026-11" / "Img").mkdir(parents=True)
    _guard, rec = watch(attach)
    dat = attach / "9e107d9d372bb682" / "2026-11" / "Img" / "e4d909c290d0fb1ca068ffaddf22cbd0.dat"
    dat.write_bytes(b"\x07\x08V2\x08\x07" + bytes(range(256)) * 8)
    assert rec.wait(lambda: rec.hits, 3.0)
    assert rec.hits[0].result.verdict == "error"
    assert any(w in (rec.hits[0].result.error or "") for w in ("V2", "新版微信"))  # the reason, in either language


def test_a_folder_the_admin_ignores_inside_a_watched_root_is_not_scanned(watch, tmp_path: Path) -> None:
    root = wechat4_tree(tmp_path)
    (root / "2026-11" / "private").mkdir()
    _, rec = watch(root, ignore=(root / "2026-11" / "private",))
    (root / "2026-11" / "private" / "a.docx").write_bytes(docx_bytes(*MARKED))
    (root / "2026-11" / "b.docx").write_bytes(docx_bytes(*MARKED))
    assert rec.wait(lambda: rec.hits, 3.0)
    time.sleep(1.0)
    assert [h.path.name for h in rec.hits] == ["b.docx"]
