"""How each IM client lays out its data tree, found by structure rather than by name.

Account folders are `wxid_...`, `wxid_..._ab12`, or a custom alias (`qq364528149`, `calm-wu_9d75`), so an
account is any child folder with the client's own sub-structure (`FileStorage`, `msg`, `nt_qq`, `Cache`).
See docs/admin.md (Watched folders) for the layouts and for what is unverified.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

from guard.errors import ExtractError
from guard.extract.readbytes import open_regular

LABELS = {"wechat3": "微信", "wechat4": "微信", "wecom": "企业微信", "qq": "QQ", "dingtalk": "钉钉",
          "screenshots": "截图", "admin": "管理员指定"}
NAMES = {"wechat3": "WeChat 3.x", "wechat4": "WeChat 4.x", "wecom": "WeCom", "qq": "QQ", "dingtalk": "DingTalk",
         "screenshots": "Screenshots", "admin": "Admin folders"}


def children(folder: Path) -> list[Path]:
    """Sub-folders, sorted; an unreadable folder (macOS TCC, permissions) simply has none."""
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return []


def wechat3_roots(account: Path) -> list[Path]:
    """Received documents (`File/YYYY-MM`), the 2022-06 `MsgAttach/<talker>/{File,Image}` layout, old images."""
    store = account / "FileStorage"
    return [store / "File", store / "MsgAttach", store / "Image"]


def wechat4_roots(account: Path) -> list[Path]:
    return [account / "msg" / "file", account / "msg" / "attach"]


def wechat3_accounts(container: Path) -> list[Path]:
    return [p for p in children(container) if (p / "FileStorage").is_dir()]


def wechat4_accounts(container: Path) -> list[Path]:
    return [p for p in children(container) if (p / "msg").is_dir() or (p / "db_storage").is_dir()]


def wecom_accounts(container: Path) -> list[Path]:
    return [p for p in children(container)
            if (p / "Cache").is_dir() and (p.name.isdigit() or (p / "Cache" / "File").is_dir())]


def qq_roots(account: Path) -> list[Path]:
    """QQ NT keeps received files in `nt_qq/nt_data/File`; classic QQ in `FileRecv`."""
    roots = []
    if (account / "nt_qq").is_dir():
        roots.append(account / "nt_qq" / "nt_data" / "File")
    if (account / "FileRecv").is_dir():
        roots.append(account / "FileRecv")
    return roots


def parse_root_ini(text: str, home: Path, documents: Path | None) -> list[Path]:
    """The parent folders named by a WeChat root .ini (3.x `3ebffe94.ini`, 4.x `xwechat/config/*.ini`,
    Linux `~/.xwechat/config/*.ini`). Forms: `MyDocument:` (the Documents folder), `MyDocument:<rel>`
    (relative to home, Linux), or an absolute path. Other `Key:value` lines are not roots."""
    found: list[Path] = []
    for raw in text.replace("\x00", "").splitlines():
        line = raw.strip().strip('"').strip()
        if not line:
            continue
        if line.lower().startswith("mydocument:"):
            rest = line.split(":", 1)[1].strip()
            if not rest:
                if documents is not None:
                    found.append(documents)
            elif _absolute(rest):
                found.append(Path(rest))
            else:
                found.append(home / rest)
        elif _absolute(line):
            found.append(Path(line))
    return found


def _absolute(text: str) -> bool:
    return text.startswith("/") or PureWindowsPath(text).is_absolute() or bool(re.match(r"^[A-Za-z]:[\\/]?$", text))


def read_small(path: Path, limit: int = 64 * 1024) -> str:
    """A small config file's text (GBK and UTF-16 tolerated), or "" when it cannot be read."""
    try:
        with open_regular(path) as (fh, _stat):  # a config path planted as a FIFO must not hang discovery
            data = fh.read(limit)
    except (OSError, ExtractError):
        return ""
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""


def account_from_open_file(path: str) -> tuple[str, Path] | None:
    """(client, account folder) for a file a running client holds open: `.../WeChat Files/<acct>/Msg/...`
    (3.x), `.../xwechat_files/<acct>/db_storage/...` (4.x), `.../WXWork/<digits>/...` (WeCom)."""
    parts = re.split(r"[\\/]", path)
    for i, part in enumerate(parts[:-1]):
        low = part.lower()
        client = {"wechat files": "wechat3", "xwechat_files": "wechat4", "wxwork": "wecom"}.get(low)
        if client and i + 2 < len(parts) and parts[i + 1]:
            if client == "wecom" and not parts[i + 1].isdigit():
                continue
            sep = "\\" if "\\" in path and "/" not in path else "/"
            return client, Path(sep.join(parts[: i + 2]) or sep)
    return None
