"""`clipguard settings` in the reader's words: a title per settings key, who set it, and the plain values.

The settings files and the JSON keep the keys (`allow_pause`); a clerk reads 允许暂停保护. Every key of
guard.settings.KEYS has a title (tests/test_rule_titles.py checks it, so a new key without one fails).
"""

from __future__ import annotations

from typing import Any

from guard.messages import language

TITLES: dict[str, tuple[str, str]] = {
    "rules_files": ("附加规则文件", "extra rules files"),
    "poll_seconds": ("规则文件检查间隔（秒）", "rules files checked every (s)"),
    "allow_pause": ("允许暂停保护", "pausing allowed"),
    "allow_quit": ("允许退出", "quitting allowed"),
    "allow_block_release": ("允许放行“拦截”内容", "release of block content allowed"),
    "dialog_timeout_seconds": ("无人处理时自动丢弃（秒）", "unanswered content discarded after (s)"),
    "release_countdown_seconds": ("放行按钮等待（秒）", "release button waits (s)"),
    "repeat_window_seconds": ("相同内容不再重复提示（秒）", "same content not asked again within (s)"),
    "hold_images_while_scanning": ("检查期间暂扣图片", "pictures held while checked"),
    "watch_selection": ("检查选中的文本", "selected text checked"),
    "ocr_engine": ("文字识别引擎", "OCR engine"),
    "max_clipboard_mb": ("剪贴板内容上限（MB）", "clipboard size limit (MB)"),
    "language": ("界面语言", "language"),
    "watch_im_folders": ("监视聊天软件文件夹", "chat client folders watched"),
    "watch_folders": ("另外监视的文件夹", "extra folders watched"),
    "ignore_folders": ("不监视的文件夹", "folders never watched"),
    "on_error": ("无法判断的内容", "content that cannot be judged"),
    "secrecy_contact": ("保密员联系方式", "secrecy officer contact"),
    "policy_link": ("保密规定链接", "secrecy rules link"),
    "block_advice": ("“拦截”时的处理建议", "advice on a block"),
    "confirm_advice": ("“需确认”时的处理建议", "advice on a confirm"),
    "release_reasons": ("放行理由选项", "release reasons offered"),
}

ORIGINS: dict[str, tuple[str, str]] = {
    "admin": ("管理员设定（已锁定）", "set by the admin (locked)"),
    "user": ("本人设定", "set by you"),
    "default": ("默认值", "default"),
}

# values a reader would otherwise see as code; names (rapidocr, tesseract) and numbers stay as they are
_VALUES: dict[object, tuple[str, str]] = {
    True: ("是", "yes"), False: ("否", "no"), "": ("跟随系统", "as the system"),
    "auto": ("自动", "automatic"), "off": ("关闭", "off"), "hold": ("暂扣", "hold"), "release": ("放行", "release"),
    "zh": ("中文", "Chinese"), "en": ("英文", "English"),
}
NONE = ("（无）", "(none)")


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if language() == "en" else pair[0]


def setting_title(key: str) -> str:
    """The reader's name for a settings key; an unknown key as it is."""
    return _pick(TITLES[key]) if key in TITLES else key


def origin_title(origin: str) -> str:
    return _pick(ORIGINS[origin]) if origin in ORIGINS else origin


NOT_SET = ("（未设置）", "(not set)")
BUILT_IN = ("（使用内置文字）", "(the built-in words)")
# what an empty string means, per key: the language follows the system, advice falls back to our own words
_EMPTY: dict[str, tuple[str, str]] = {"secrecy_contact": NOT_SET, "policy_link": NOT_SET,
                                      "block_advice": BUILT_IN, "confirm_advice": BUILT_IN}


def value_text(value: Any, key: str = "") -> str:
    """A value as a reader says it: 是/否, 跟随系统, a list of paths one after another."""
    if value == "" and key in _EMPTY:
        return _pick(_EMPTY[key])
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value) if value else _pick(NONE)
    if isinstance(value, bool | str) and value in _VALUES:
        return _pick(_VALUES[value])
    return f"{value:g}" if isinstance(value, float) else str(value)
