"""Per-client discovery rules (docs/admin.md, Watched folders): derive each client's data root from its own
config and the real Documents folder, then find accounts by structure. Both WeChat generations are looked for
every time: after an upgrade the old `WeChat Files` stays next to the new `xwechat_files`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from guard.sources import im_layouts as lay
from guard.sources.user_dirs import SCREENSHOTS_GUID, SHELL_FOLDERS, documents_dirs, pictures_dirs, registry_value

if TYPE_CHECKING:
    from guard.sources.im_folders import Discovery

MAC_WECHAT = Path("Library/Containers/com.tencent.xinWeChat/Data")


def from_processes(found: Discovery) -> None:
    from guard.sources.im_process import running_accounts

    for client, account, name in running_accounts():
        if client == "screenshots":
            found.add(account, client, f"running {name} keeps its history here")
            continue
        roots = lay.wechat3_roots(account) if client == "wechat3" else \
            lay.wechat4_roots(account) if client == "wechat4" else [account / "Cache" / "File"]
        for root in roots:
            found.add(root, client, f"running {name} has files open in {account}", anchor=account)


def find_all(found: Discovery, home: Path, env: Mapping[str, str], registry: bool) -> None:
    docs = documents_dirs(home, env, registry)
    appdata = Path(env["APPDATA"]) if env.get("APPDATA") else None
    _wechat3(found, home, docs, appdata, registry)
    _wechat4(found, home, docs, appdata)
    _wecom(found, home, docs, registry)
    _qq(found, home, env, docs)
    _dingtalk(found, docs, appdata)
    _screenshots(found, home, env, registry)


def _wine_docs(home: Path, name: str) -> list[tuple[Path, str]]:
    """deepin-wine prefixes map *My Documents* somewhere under ~/.deepinwine/<app>/drive_c/users/<user>/."""
    hits = list(home.glob(f".deepinwine/*/drive_c/users/*/Documents/{name}"))
    hits += home.glob(f".deepinwine/*/drive_c/users/*/My Documents/{name}")
    return [(p, "deepin-wine prefix") for p in sorted(hits)]


def _wechat3(found: Discovery, home: Path, docs: list[tuple[Path, str]], appdata: Path | None,
             registry: bool) -> None:
    first_doc = docs[0][0] if docs else None
    containers: list[tuple[Path, str]] = []
    saved = registry_value(r"Software\Tencent\WeChat", "FileSavePath") if registry else None
    for parent in lay.parse_root_ini(saved or "", home, first_doc):
        containers.append((parent / "WeChat Files", "registry FileSavePath"))
    if appdata:
        ini = appdata / "Tencent" / "WeChat" / "All Users" / "config" / "3ebffe94.ini"
        found.look("wechat3", ini)
        for parent in lay.parse_root_ini(lay.read_small(ini), home, first_doc):
            containers.append((parent / "WeChat Files", "3ebffe94.ini"))
    containers += [(d / "WeChat Files", why) for d, why in docs]
    containers += [(home / "WeChat Files", "~/WeChat Files (deepin-wine)"), *_wine_docs(home, "WeChat Files")]
    for container, why in containers:
        found.look("wechat3", container)
        for account in lay.wechat3_accounts(container):
            for root in lay.wechat3_roots(account):
                found.add(root, "wechat3", f"{why}: {container}", anchor=account)
    mac = home / MAC_WECHAT / "Library/Application Support/com.tencent.xinWeChat"
    found.look("wechat3", mac)
    for temp in sorted(mac.glob("*/*/Message/MessageTemp")):
        found.add(temp, "wechat3", "macOS WeChat 3.x container")


def _wechat4(found: Discovery, home: Path, docs: list[tuple[Path, str]], appdata: Path | None) -> None:
    first_doc = docs[0][0] if docs else None
    containers: list[tuple[Path, str]] = []
    config_dirs = [home / ".xwechat" / "config"] + ([appdata / "Tencent" / "xwechat" / "config"] if appdata else [])
    for config in config_dirs:
        found.look("wechat4", config / "*.ini")
        for ini in sorted(config.glob("*.ini")):
            for parent in lay.parse_root_ini(lay.read_small(ini), home, first_doc):
                root = parent if parent.name.lower() == "xwechat_files" else parent / "xwechat_files"
                containers.append((root, f"{ini.name}"))
    for d, why in docs:
        containers += [(d / "xwechat_files", why), (d / "WeChat_Data" / "xwechat_files", f"{why} (bwrap build)")]
    containers += [(home / "xwechat_files", "~/xwechat_files"),
                   (home / MAC_WECHAT / "Documents" / "xwechat_files", "macOS container")]
    for container, why in containers:
        found.look("wechat4", container)
        for account in lay.wechat4_accounts(container):
            for root in lay.wechat4_roots(account):
                found.add(root, "wechat4", f"{why}: {container}", anchor=account)


def _wecom(found: Discovery, home: Path, docs: list[tuple[Path, str]], registry: bool) -> None:
    containers: list[tuple[Path, str]] = []
    custom = registry_value(r"Software\Tencent\WXWork", "DataLocationPath") if registry else None
    if custom:
        path = Path(custom)
        containers.append((path if path.name.lower() == "wxwork" else path / "WXWork", "registry DataLocationPath"))
    containers += [(d / "WXWork", why) for d, why in docs] + _wine_docs(home, "WXWork")
    for container, why in containers:
        found.look("wecom", container)
        for account in lay.wecom_accounts(container):
            found.add(account / "Cache" / "File", "wecom", f"{why}: {container}", anchor=account)
    profiles = home / "Library/Containers/com.tencent.WeWorkMac/Data/Documents/Profiles"
    found.look("wecom", profiles)
    for caches in sorted(profiles.glob("*/Caches")):
        found.add(caches / "Files", "wecom", "macOS WeCom container")


def _qq(found: Discovery, home: Path, env: Mapping[str, str], docs: list[tuple[Path, str]]) -> None:
    containers = [(d / "Tencent Files", why) for d, why in docs] + _wine_docs(home, "Tencent Files")
    if env.get("PUBLIC"):
        ini = Path(env["PUBLIC"]) / "Documents" / "Tencent" / "QQ" / "UserDataInfo.ini"
        found.look("qq", ini)
        m = re.search(r"^\s*UserDataSavePath\s*=\s*(.+?)\s*$", lay.read_small(ini), re.M)
        if m:
            custom = Path(m.group(1))
            containers += [(custom, "UserDataInfo.ini"), (custom / "Tencent Files", "UserDataInfo.ini")]
    for container, why in containers:
        found.look("qq", container)
        for account in lay.children(container):
            for root in lay.qq_roots(account):
                found.add(root, "qq", f"{why}: {container}", anchor=account)
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    linux = False
    for base in (config / "QQ", home / ".var/app/com.qq.QQ/config/QQ",
                 home / "Library/Containers/com.tencent.qq/Data/Library/Application Support/QQ"):
        found.look("qq", base / "nt_qq_*")
        for nt in sorted(base.glob("nt_qq_*")):
            linux = linux or "Library" not in nt.parts
            found.add(nt / "nt_data" / "File", "qq", f"QQ NT data folder {nt}", anchor=nt)
    if linux:
        from guard.sources.user_dirs import xdg_user_dir

        downloads = xdg_user_dir("DOWNLOAD", home, env) or home / "Downloads"
        found.add(downloads, "qq", "QQ NT on Linux saves received files to Downloads by default (unverified)")


def _dingtalk(found: Discovery, docs: list[tuple[Path, str]], appdata: Path | None) -> None:
    if appdata is None:
        found.look("dingtalk", Path("%APPDATA%/DingTalk (Windows)"))
        return
    data = appdata / "DingTalk"
    found.look("dingtalk", data)
    if not data.is_dir():
        return
    for account in lay.children(data):
        if re.search(r"_v\d+$", account.name):
            found.add(account / "ImageFiles", "dingtalk", f"DingTalk data folder {data}", anchor=account)
    for d, _why in docs[:1]:
        found.add(d / "DingDing", "dingtalk", "DingTalk download folder candidate (default unverified)")


def _screenshots(found: Discovery, home: Path, env: Mapping[str, str], registry: bool) -> None:
    known = registry_value(SHELL_FOLDERS, SCREENSHOTS_GUID) if registry else None
    if known:
        found.add(Path(known), "screenshots", "KnownFolder Screenshots")
    for pictures, why in pictures_dirs(home, env, registry):
        found.look("screenshots", pictures / "Screenshots")
        found.add(pictures / "Screenshots", "screenshots", f"{why}/Screenshots")
    cache = Path(env.get("XDG_CACHE_HOME") or home / ".cache") / "deepin" / "dde-clipboard-daemon"
    found.look("screenshots", cache / "clipboard-pix")
    found.add(cache / "clipboard-pix", "screenshots", "deepin clipboard daemon keeps every copied picture here")
    conf = home / ".config/deepin/deepin-screen-recorder/deepin-screen-recorder.conf"
    m = re.search(r"^\s*save_dir\s*=\s*(.+?)\s*$", lay.read_small(conf), re.M)
    if m and m.group(1):
        found.add(Path(m.group(1).replace("~", str(home), 1)), "screenshots", "deepin-screen-recorder save_dir")
