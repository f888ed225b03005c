"""Marking or mention: the position rules that several recognizers share."""

from __future__ import annotations

import pytest

from guard import scan_text
from guard.detect.position import place
from guard.normalize import Document


def _placement(text: str, needle: str):  # type: ignore[no-untyped-def]
    doc = Document(text)
    at = doc.text.index(needle)
    return place(doc, (at, at + len(needle)))


@pytest.mark.parametrize(
    ("text", "needle", "bracketed"),
    [
        ("方案（征求意见稿）", "征求意见稿", True),
        ("方案（第二次征求意见稿）", "征求意见稿", True),
        ("【机密★1年】", "机密★1年", True),
        ("（机密★1年）正文", "机密★1年", True),
        ("方案)征求意见稿(", "征求意见稿", False),  # closing before, opening after: not a group
        ("方案（第二次）征求意见稿", "征求意见稿", False),
        ("征求意见稿", "征求意见稿", False),
    ],
)
def test_bracket_groups(text: str, needle: str, bracketed: bool) -> None:
    assert _placement(text, needle).bracketed is bracketed


def test_prose_is_hanzi_running_into_the_match() -> None:
    assert _placement("一份机密级文件", "机密").prose
    assert not _placement("000123 机密 特急", "机密").prose


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("中共某市委办公室密码电报\n等级：特急\n正文", "block"),  # telegram type closing the title line
        ("某县人民政府办公室明传电报\n正文", "confirm"),
        ("某某实施方案讨论稿\n正文", "confirm"),
        ("某局内部资料\n正文", "confirm"),
        ("这是征求意见稿\n正文", "notice"),  # a chat line, not a title
        ("本刊为内部资料，注意保存。\n正文", "notice"),
        ("机密 文件请勿外传", "notice"),  # an instruction does not close a title
        ("绝密 关于某事项的请示 各单位：正文如下", "block"),  # a header flattened onto one line
        ("秘密 花园", "allow"),
        ("关于某方案的说明\n" + "正文。\n" * 9 + "某某实施方案讨论稿", "notice"),  # far from the top
    ],
)
def test_marker_position_decides(text: str, verdict: str) -> None:
    got = scan_text(text)
    assert got.verdict == verdict, [f.why_zh for f in got.findings]
