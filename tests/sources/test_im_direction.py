"""Sent or received from what the layout and the clerk's own recent copy say; the account id never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.sources.im_direction import RECEIVED, SENT, UNKNOWN, RecentFiles, direction, elide_middle, masked
from guard.sources.im_folders import WatchRoot


def root(path: Path, client: str) -> WatchRoot:
    return WatchRoot(path, client, "x", "test", True)


def put(path: Path, data: bytes = b"report") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("tail, client", [
    ("Tencent Files/364528149/FileRecv", "qq"),
    ("Tencent Files/364528149/nt_qq/nt_data/File", "qq"),
    ("Downloads", "qq"),
    ("Documents/DingDing", "dingtalk"),
])
def test_receive_folders_hold_received_files(tmp_path: Path, tail: str, client: str) -> None:
    file = put(tmp_path / tail / "通知.docx")
    recent = RecentFiles()
    recent.saw([put(tmp_path / "Desktop" / "通知.docx")])  # a receive-only folder wins over a recent copy
    assert direction(file, root(tmp_path / tail, client), recent) == RECEIVED


@pytest.mark.parametrize("tail, client", [
    ("WeChat Files/wxid_a1/FileStorage/File", "wechat3"),
    ("xwechat_files/wxid_a1_9d75/msg/file", "wechat4"),
    ("WXWork/1688850000000000/Cache/File", "wecom"),
    ("DingTalk/abc_v2/ImageFiles", "dingtalk"),
])
def test_mixed_folders_cannot_tell_without_a_recent_copy(tmp_path: Path, tail: str, client: str) -> None:
    file = put(tmp_path / tail / "2026-12" / "通知.docx")
    assert direction(file, root(tmp_path / tail, client)) == UNKNOWN
    assert direction(file, root(tmp_path / tail, client), RecentFiles()) == UNKNOWN


def test_a_file_the_clerk_just_copied_is_the_one_sent(tmp_path: Path) -> None:
    where = tmp_path / "xwechat_files/wxid_a1/msg/file"
    file = put(where / "2026-12" / "通知.docx", b"same bytes")
    recent = RecentFiles(within=600)
    recent.saw([put(tmp_path / "Desktop" / "通知.docx", b"same bytes"), tmp_path / "gone.docx"], now=1000.0)
    assert recent.matches(file, now=1100.0)
    assert direction(file, root(where, "wechat4"), recent, now=1100.0) == SENT
    assert not recent.matches(file, now=1700.0)  # too long ago
    other = put(where / "2026-12" / "通知(1).docx", b"same bytes")
    assert not recent.matches(other, now=1100.0)  # another name
    put(file, b"other size!")
    assert not recent.matches(file, now=1100.0)


@pytest.mark.parametrize("tail, client, secret", [
    ("WeChat Files/wxid_k3l9x2m4/FileStorage/File", "wechat3", "wxid_k3l9x2m4"),
    ("WeChat Files/calm-wu_9d75/FileStorage/MsgAttach", "wechat3", "calm-wu_9d75"),  # alias: by structure
    ("xwechat_files/zhang-san_1a2b/msg/file", "wechat4", "zhang-san_1a2b"),
    ("WXWork/1688850123456789/Cache/File", "wecom", "1688850123456789"),
    ("Tencent Files/364528149/FileRecv", "qq", "364528149"),
    ("Tencent Files/myqq/nt_qq/nt_data/File", "qq", "myqq"),
    (".config/QQ/nt_qq_5f2e9c1d/nt_data/File", "qq", "nt_qq_5f2e9c1d"),
    ("DingTalk/manager7_v2/ImageFiles", "dingtalk", "manager7"),
])
def test_the_account_folder_is_masked(tmp_path: Path, tail: str, client: str, secret: str) -> None:
    file = tmp_path / tail / "2026-12" / "关于年度考核的通知.docx"
    shown = masked(file, root(tmp_path / tail, client), "〔账号〕")
    assert secret not in shown
    assert "〔账号〕" in shown
    assert shown.endswith("2026-12/关于年度考核的通知.docx")


def test_chat_ids_below_the_root_are_masked_too(tmp_path: Path) -> None:
    where = tmp_path / "WeChat Files/wxid_k3l9/FileStorage/MsgAttach"
    talker = "9e20f478899dc29eb19741386f9343c8"
    shown = masked(where / talker / "File" / "2026-12" / "a.docx", root(where, "wechat3"), "*")
    assert talker not in shown and "wxid_k3l9" not in shown
    assert shown.endswith("MsgAttach/*/File/2026-12/a.docx")


def test_a_folder_outside_any_account_is_shown_as_it_is(tmp_path: Path) -> None:
    file = tmp_path / "Downloads" / "a.docx"
    assert masked(file, root(tmp_path / "Downloads", "qq"), "*") == str(file)


def test_middle_elision_keeps_the_file_name() -> None:
    path = "C:/Users/clerk/Documents/WeChat Files/〔账号〕/FileStorage/File/2026-12/关于年度考核的通知.docx"
    short = elide_middle(path, 40)
    assert len(short) == 40 and "…" in short
    assert short.startswith("C:/Users") and short.endswith("关于年度考核的通知.docx")
    assert elide_middle("a/b.docx", 40) == "a/b.docx"
