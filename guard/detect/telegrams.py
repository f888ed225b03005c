"""Telegram headers: 密码电报 / 密电 (state secret, `block`) and 内部明电 / 明传电报 (internal, `confirm`).

A telegram's form fields (等级：特急, 发电单位, 签发人) add to a header's weight; a new text that passes on
what a cipher telegram said (`根据省委密电精神`) needs derived classification (docs/labels.md, laundering).
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import register
from guard.detect.marker_words import MarkerRecognizer, marker_settings
from guard.detect.marking.evidence import Evidence
from guard.model import Basis, Finding, Severity
from guard.normalize import Document

_RELAY = re.compile("(?:根据|按照|依据|落实|传达|贯彻|遵照)[^。\n]{0,12}密(?:码)?电(?:报)?(?:的)?"
                    "(?:精神|要求|内容|指示|部署)")
_TELEGRAM_FIELDS = re.compile(
    "等级[:=]?(?:特提|特急|加急|平急)|发电单位|收电单位|签发人?[:=]|签批|(?:明|密)电(?:编)?号|电报(?:编)?号|"
    "发电字号|发电时间"
)
_LINE_TOKENS = ["等级", "发电单位", "签发", "签批", "盖章", "编号", "电报"]


def telegram_fields(doc: Document) -> int:
    cached = doc.cache.get("telegram_fields")
    if not isinstance(cached, int):
        cached = len({m.group()[:2] for m in _TELEGRAM_FIELDS.finditer(doc.text)})
        doc.cache["telegram_fields"] = cached
    return cached


class _Telegram(MarkerRecognizer):
    def document_evidence(self, doc: Document, ev: Evidence) -> None:
        if telegram_fields(doc):
            ev.add("fields", "有电报版头字段", "telegram form fields")


@register
class CipherTelegram(_Telegram):
    id = "secret.cipher_telegram"
    category = "state_secret"
    name_zh, name_en = "密码电报标识", "cipher telegram header"
    defaults: ClassVar = {**marker_settings([], [], "block", 0.97), "line_tokens": _LINE_TOKENS}
    examples: ClassVar = {
        "block": ["密码电报\n等级：特急\n发电单位：某市委办公室", "密 电\n等级：加急\n正文", "密电\n正文"],
        "confirm": ["根据省委密电精神，现将有关要求转发如下"],
        "notice": ["严禁用普通传真发送密码电报"],
        "allow": ["收到密电后", "明传电报"],
    }

    def analyze(self, doc: Document) -> list[Finding]:
        out = super().analyze(doc)
        for m in _RELAY.finditer(doc.text):
            out.append(self.finding(
                doc, m.span(), Severity.CONFIRM, 0.7, "转述密码电报的内容（需派生定密）",
                "passes on the content of a cipher telegram (derived classification needed)", ("relay",),
                basis=(Basis("relay", 0.7, "转述密码电报", "relays a cipher telegram"),)))
        return out


@register
class PlainTelegram(_Telegram):
    id = "internal.plain_telegram"
    category = "internal"
    name_zh, name_en = "明电标识", "plain telegram header"
    defaults: ClassVar = {**marker_settings([], [], "confirm", 0.85), "line_tokens": _LINE_TOKENS}
    examples: ClassVar = {
        "confirm": ["明传电报\n等级：平急\n发电单位：某县政府办公室", "内部明电\n关于某事的通知"],
        "notice": ["可通过明传电报报送"],
        "allow": ["电报大楼"],
    }
