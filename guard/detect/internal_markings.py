"""Internal and draft markings (内部资料, 工作秘密, 征求意见稿 ...): `confirm` where they mark the text.

The word lists live in `default.toml` (`markers`, `top_only`), so an office adds its own house markings
without a release; the position logic is the shared one of marker_words.py.
"""

from __future__ import annotations

from typing import ClassVar

from guard.detect.base import register
from guard.detect.marker_words import MarkerRecognizer, marker_settings


@register
class InternalMarker(MarkerRecognizer):
    id = "internal.marker"
    category = "internal"
    name_zh, name_en = "内部标识", "internal marking"
    defaults: ClassVar = marker_settings([], [], "confirm", 0.85)
    examples: ClassVar = {
        "confirm": ["内部资料 注意保存\n正文", "（此件不公开）", "工作秘密\n关于某事的报告",
                    "内部\n关于某事的通报\n正文", "仅供领导参阅\n某县经济运行情况分析",
                    "某市财政局内部资料，请勿外传\n关于某事的通知", "# 内部资料，请勿外传\n\n## 工作方案"],
        "notice": ["请勿将内部资料带出办公室", "《内部资料》"],
        "allow": ["内部装修已完成", "单位内部\n正文", "公司内部培训报名开始啦"],
    }


@register
class DraftMarker(MarkerRecognizer):
    id = "internal.draft"
    category = "draft"
    name_zh, name_en = "未定稿标识", "draft marking"
    defaults: ClassVar = marker_settings([], [], "confirm", 0.8)
    examples: ClassVar = {
        "confirm": ["关于2027年工作要点的意见（征求意见稿）\n各科室：", "讨论稿\n某某实施方案",
                    "【送审稿】某某实施方案\n一、总体要求"],
        "notice": ["请对讨论稿提出修改意见"],
        "allow": ["今天天气很好"],
    }
