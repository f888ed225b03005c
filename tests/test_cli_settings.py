"""`clipguard settings` as a clerk or an admin reads it: titles, plain values and who set each, in Chinese (or
English); `--json` keeps the keys and the origin names. Real admin and user files, the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    admin, user = tmp_path / "admin.toml", tmp_path / "config" / "settings.toml"
    user.parent.mkdir()
    admin.write_text('allow_pause = false\nwatch_folders = ["/srv/共享"]\n', encoding="utf-8")
    user.write_text('ocr_engine = "off"\nallow_pause = true\n', encoding="utf-8")
    out = {**os.environ, "CLIPGUARD_ADMIN_CONFIG": str(admin), "CLIPGUARD_CONFIG_DIR": str(user.parent),
           "PYTHONIOENCODING": "utf-8", "COLUMNS": "160"}
    out.pop("CLIPGUARD_LANG", None)
    return out


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "guard", "settings", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def row(out: str, title: str) -> str:
    return next(line for line in out.splitlines() if title in line)


def test_titles_values_and_origins_in_chinese(env: dict[str, str]) -> None:
    proc = run({**env, "CLIPGUARD_LANG": "zh"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "管理员配置文件：" in out and "本人设置文件：" in out
    pause = row(out, "允许暂停保护")
    assert "否" in pause and "管理员设定（已锁定）" in pause
    assert "关闭" in row(out, "文字识别引擎") and "本人设定" in row(out, "文字识别引擎")
    assert "默认值" in row(out, "允许退出") and "跟随系统" in row(out, "界面语言")
    assert "/srv/共享" in row(out, "另外监视的文件夹")
    assert "未采用的项" in out and "允许暂停保护" in out.splitlines()[-1]
    table = "\n".join(out.splitlines()[2:])  # below the two file paths
    for key in ("allow_pause", "ocr_engine", "admin", "default", "false", "true"):
        assert key not in table, key


def test_english_when_the_language_is_english(env: dict[str, str]) -> None:
    out = run({**env, "CLIPGUARD_LANG": "en"}).stdout
    assert "set by the admin (locked)" in row(out, "pausing allowed") and "no" in row(out, "pausing allowed")
    assert "set by you" in row(out, "OCR engine") and "allow_pause" not in out


def test_json_keeps_the_keys_and_origin_names(env: dict[str, str]) -> None:
    data = json.loads(run({**env, "CLIPGUARD_LANG": "zh"}, "--json").stdout)
    assert data["settings"]["allow_pause"] is False and data["origin"]["allow_pause"] == "admin"
    assert data["origin"]["ocr_engine"] == "user" and data["ignored"] == ["allow_pause"]
