"""Discovery on temporary home folders laid out like each client's tree (Linux and Windows-style layouts)."""

from __future__ import annotations

from pathlib import Path

from guard.doctor import folder_rows
from guard.messages import t
from guard.settings import Settings
from guard.sources.im_folders import discover, explore
from guard.sources.im_layouts import account_from_open_file, parse_root_ini


def mk(*paths: Path) -> None:
    for p in paths:
        p.mkdir(parents=True, exist_ok=True)


def by_client(roots, client: str) -> dict[Path, bool]:
    return {r.path: r.exists for r in roots if r.client == client}


def test_a_wechat_4_account_is_found_by_structure_not_by_wxid_prefix_in_the_xdg_documents_folder(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    mk(home / ".config")
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/文档"\n', encoding="utf-8")
    account = home / "文档" / "xwechat_files" / "calm-wu_9d75"
    mk(account / "msg" / "file" / "2026-11", account / "db_storage", home / "文档" / "xwechat_files" / "all_users")
    roots = discover(home=home, env={}, running=False)
    assert by_client(roots, "wechat4") == {account / "msg" / "file": True, account / "msg" / "attach": False}
    assert all(r.label == "微信" and "XDG_DOCUMENTS_DIR" in r.why for r in roots if r.client == "wechat4")


def test_both_wechat_generations_are_watched_when_they_coexist(tmp_path: Path) -> None:
    home = tmp_path / "home"
    old = home / "Documents" / "WeChat Files" / "qq364528149"
    new = home / "Documents" / "xwechat_files" / "wxid_1m6tbo4n26m522_0a13"
    mk(old / "FileStorage" / "File" / "2023-05", old / "FileStorage" / "MsgAttach", new / "msg" / "file",
       new / "msg" / "attach", home / "Documents" / "WeChat Files" / "All Users" / "config")
    roots = discover(home=home, env={}, running=False)
    assert by_client(roots, "wechat3") == {old / "FileStorage" / "File": True, old / "FileStorage" / "MsgAttach": True,
                                           old / "FileStorage" / "Image": False}
    assert set(by_client(roots, "wechat4")) == {new / "msg" / "file", new / "msg" / "attach"}


def test_linux_xwechat_ini_with_a_home_relative_root_is_followed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mk(home / ".xwechat" / "config")
    (home / ".xwechat" / "config" / "0c8d7b.ini").write_text("MyDocument:.local/share/wechat", encoding="utf-8")
    account = home / ".local" / "share" / "wechat" / "xwechat_files" / "happydpc_b2ec"
    mk(account / "msg")
    roots = discover(home=home, env={}, running=False)
    assert by_client(roots, "wechat4") == {account / "msg" / "file": False, account / "msg" / "attach": False}
    assert "0c8d7b.ini" in roots[0].why


def test_windows_custom_roots_from_3ebffe94_ini_and_the_xwechat_config_ini(tmp_path: Path) -> None:
    home, appdata = tmp_path / "Users" / "li", tmp_path / "Users" / "li" / "AppData" / "Roaming"
    config3 = appdata / "Tencent" / "WeChat" / "All Users" / "config"
    config4 = appdata / "Tencent" / "xwechat" / "config"
    mk(config3, config4)
    (config3 / "3ebffe94.ini").write_text(str(tmp_path / "D" / "weixinhuancun"), encoding="utf-8")
    (config4 / "a1b2c3.ini").write_text(str(tmp_path / "E" / "TencentRecord"), encoding="utf-8")
    old = tmp_path / "D" / "weixinhuancun" / "WeChat Files" / "wxid_5zk2tbe173ua22"
    new = tmp_path / "E" / "TencentRecord" / "xwechat_files" / "wxid_5zk2tbe173ua22_1c2d"
    mk(old / "FileStorage" / "File", new / "msg" / "file")
    roots = discover(home=home, env={"APPDATA": str(appdata), "USERPROFILE": str(home)}, running=False)
    assert old / "FileStorage" / "File" in by_client(roots, "wechat3")
    assert by_client(roots, "wechat4")[new / "msg" / "file"] is True
    assert any("3ebffe94.ini" in r.why for r in roots)


def test_root_ini_forms_default_relative_and_absolute() -> None:
    home, docs = Path("/home/li"), Path("/home/li/文档")
    assert parse_root_ini("MyDocument:", home, docs) == [docs]
    assert parse_root_ini("MyDocument:.local/share/wechat\nAppdata:x", home, docs) == [home / ".local/share/wechat"]
    assert parse_root_ini("D:\\weixinhuancun\r\n", home, docs) == [Path("D:\\weixinhuancun")]


def test_wecom_qq_and_screenshot_folders_are_found_and_the_desktop_is_not(tmp_path: Path) -> None:
    home = tmp_path / "home"
    docs = home / "Documents"
    wecom = docs / "WXWork" / "1688853079763804"
    mk(wecom / "Cache" / "File" / "2026-11", docs / "WXWork" / "Global" / "Image", home / "Desktop")
    nt, classic = docs / "Tencent Files" / "364528149", docs / "Tencent Files" / "10001"
    mk(nt / "nt_qq" / "nt_data" / "File", classic / "FileRecv", docs / "Tencent Files" / "All Users")
    linux_qq = home / ".config" / "QQ" / "nt_qq_5a1b2c"
    mk(linux_qq / "nt_data" / "Pic", home / "Downloads")
    real_shots = tmp_path / "elsewhere" / "Screenshots"
    mk(real_shots, home / "Pictures", home / ".cache" / "deepin" / "dde-clipboard-daemon" / "clipboard-pix")
    (home / "Pictures" / "Screenshots").symlink_to(real_shots)
    roots = discover(home=home, env={}, running=False)
    assert by_client(roots, "wecom") == {wecom / "Cache" / "File": True}
    assert by_client(roots, "qq") == {nt / "nt_qq" / "nt_data" / "File": True, classic / "FileRecv": True,
                                      linux_qq / "nt_data" / "File": False, home / "Downloads": True}
    shots = by_client(roots, "screenshots")
    assert real_shots.resolve() in shots
    assert home / ".cache" / "deepin" / "dde-clipboard-daemon" / "clipboard-pix" in shots
    assert not any(r.path.name == "Desktop" for r in roots)
    assert {r.label for r in roots if r.client == "wecom"} == {"企业微信"}


def test_a_home_without_any_client_finds_nothing_and_says_where_it_looked(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mk(home / "Documents")
    found = explore(home=home, env={}, running=False)
    assert found.roots == []
    rows = {r["name"]: r for r in folder_rows(found)}
    assert rows["WeChat 4.x"]["ok"] is False
    assert str(home / "Documents" / "xwechat_files") in rows["WeChat 4.x"]["detail"]
    assert str(home / "xwechat_files") in rows["WeChat 4.x"]["detail"]


def test_admin_folders_are_added_and_ignored_folders_removed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    old = home / "Documents" / "WeChat Files" / "wxid_a"
    new = home / "Documents" / "xwechat_files" / "wxid_b_1234"
    mk(old / "FileStorage" / "File", new / "msg" / "file")
    extra = tmp_path / "D" / "共享文件"
    settings = Settings(watch_folders=(str(extra),), ignore_folders=(str(home / "Documents" / "WeChat Files"),))
    found = explore(settings, home=home, env={}, running=False)
    assert by_client(found.roots, "wechat3") == {}
    assert by_client(found.roots, "admin") == {extra: False}
    assert set(by_client(found.roots, "wechat4")) == {new / "msg" / "file", new / "msg" / "attach"}
    assert {r.path for r in found.ignored} >= {old / "FileStorage" / "File"}
    rows = {r["name"]: r for r in folder_rows(found)}
    assert str(old / "FileStorage" / "File") in rows["ignored folders"]["detail"]
    assert t("folders.waiting") in rows["Admin folders"]["detail"]


def test_turning_im_folders_off_leaves_only_the_admin_folders(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mk(home / "Documents" / "xwechat_files" / "wxid_b_1234" / "msg" / "file", tmp_path / "share")
    settings = Settings(watch_im_folders=False, watch_folders=(str(tmp_path / "share"),))
    roots = discover(settings, home=home, env={}, running=False)
    assert [(r.client, r.path, r.exists) for r in roots] == [("admin", tmp_path / "share", True)]


def test_open_files_of_a_running_client_name_its_account_folder() -> None:
    assert account_from_open_file(r"D:\wx\WeChat Files\qq364528149\Msg\Misc.db") == \
        ("wechat3", Path(r"D:\wx\WeChat Files\qq364528149"))
    assert account_from_open_file("/home/li/文档/xwechat_files/calm-wu_9d75/db_storage/session/session.db") == \
        ("wechat4", Path("/home/li/文档/xwechat_files/calm-wu_9d75"))
    assert account_from_open_file("/usr/lib/x86_64-linux-gnu/libc.so.6") is None


def test_discovery_with_the_running_processes_never_fails(tmp_path: Path) -> None:
    roots = discover(home=tmp_path, env={}, running=True)  # whatever runs here, denied access is not an error
    assert isinstance(roots, list)


def test_deepin_wine_wechat_files_in_the_home_folder_are_found(tmp_path: Path) -> None:
    home = tmp_path / "home"
    account = home / "WeChat Files" / "wxid_deepin01"
    mk(account / "FileStorage" / "File" / "2024-03")
    roots = discover(home=home, env={}, running=False)
    assert by_client(roots, "wechat3")[account / "FileStorage" / "File"] is True
