"""The Chinese side of every catalogue reads as Chinese: no Latin words but product names, units and what the
reader must type as it is (a command, a settings line, a time format); `{placeholders}` are filled in later."""

from __future__ import annotations

import re

import pytest

from guard import rule_titles, settings_titles
from guard.messages import CATALOGUE
from ui.text import UI

# product and system names, units, and terms the reader knows only in this form
WORDS = {
    "ClipGuard",  # the product's name beside 保密卫士
    "QQ",  # a chat client's name
    "OCR",  # beside 文字识别, as the settings and the doctor name it
    "Linux", "xclip", "xsel",  # the system and the packages to install, by their names
    "MB",  # the unit
    "uid",  # the system's word for a user's number, as `ls -n` shows it
}
# what the reader types or finds in a file exactly so: a command, an environment variable, settings lines,
# the forms a time may be given in
VERBATIM = ("pip install 'clipguard[gui]'", "CLIPGUARD_ADMIN_CONFIG", "watch_im_folders = false",
            "allow_quit = false", "2026-12-01T08:00", "2h", "3d")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*")


def latin_words(zh: str) -> list[str]:
    text = _PLACEHOLDER.sub("", zh)
    for literal in VERBATIM:
        text = text.replace(literal, "")
    return [w for w in _LATIN.findall(text) if w not in WORDS]


CATALOGUES = {
    "guard.messages": CATALOGUE, "ui.text": UI, "guard.rule_titles": rule_titles.TITLES,
    "guard.settings_titles": {**settings_titles.TITLES, **settings_titles.ORIGINS,
                              **{str(k): v for k, v in settings_titles._VALUES.items()}},
}
ENTRIES = [(name, key, pair[0]) for name, cat in CATALOGUES.items() for key, pair in cat.items()]


@pytest.mark.parametrize(("where", "key", "zh"), ENTRIES, ids=[f"{w}:{k}" for w, k, _ in ENTRIES])
def test_the_chinese_side_has_no_latin_words(where: str, key: str, zh: str) -> None:
    assert not latin_words(zh), f"{where} {key}: {zh!r}"


def test_the_check_can_fail() -> None:
    assert latin_words("检查超过 {seconds} 秒 timeout") == ["timeout"]
    assert latin_words("需要 {x}，见 ClipGuard 的 OCR 设置") == []
    assert latin_words("已关闭（watch_im_folders = true）") == ["watch_im_folders", "true"]


def test_every_entry_has_both_languages() -> None:
    for where, key, zh in ENTRIES:
        assert zh.strip(), f"{where} {key} has no Chinese"
    for cat in CATALOGUES.values():
        assert all(len(pair) == 2 and pair[1].strip() for pair in cat.values())
