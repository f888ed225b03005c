"""Every rule id the engine can emit, and every settings key, has a title for people (ids stay in the JSON).

The walk is over what the code and the default rules file hold, so a new recognizer, a new kind of finding id
or a new settings key without a title fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from guard.detect import REGISTRY
from guard.detect.personal import PersonalDataRecognizer
from guard.engine import Engine
from guard.policy import load_policy
from guard.rule_titles import TITLES, rule_title, rule_titles
from guard.settings import KEYS
from guard.settings_titles import ORIGINS, origin_title, setting_title, value_text

DETECT = Path(__file__).resolve().parents[1] / "guard" / "detect"
# the ways a finding's rule id is made today; another one needs its titles in guard/rule_titles.py
KNOWN_ID_FORMS = {"rule or self.id", "rule.id", "f'{self.id}.bulk'"}


def test_every_recognizer_and_its_bulk_finding_has_a_title() -> None:
    for rid, cls in REGISTRY.items():
        assert rid in TITLES, f"{rid} has no title in guard/rule_titles.py"
        if issubclass(cls, PersonalDataRecognizer):
            assert f"{rid}.bulk" in TITLES, f"{rid}.bulk has no title"


def test_every_rule_of_the_default_rules_file_has_a_title() -> None:
    policy = load_policy()
    assert policy.rules
    for rule in policy.rules:
        assert rule.id in TITLES, f"{rule.id} (default rules file) has no title"


def test_rule_ids_are_made_only_in_the_known_ways() -> None:
    forms = set()
    for path in DETECT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "rule":
                forms.add(ast.unparse(node.value))
    assert forms, "no rule= found: the walk is broken"
    assert forms <= KNOWN_ID_FORMS, f"a new way to name a finding: {forms - KNOWN_ID_FORMS}; give its ids titles"


def test_what_the_examples_and_a_contact_list_emit_has_titles() -> None:
    engine = Engine()
    texts = [t for cls in REGISTRY.values() for ts in cls.examples.values() for t in ts]
    texts.append("\n".join(f"联系人{i}：手机 1381234{i:04d}" for i in range(12)))  # a list: the bulk finding
    emitted = {f.rule for text in texts for f in engine.scan_text(text).findings}
    assert "pii.mobile.bulk" in emitted and "secret.classification_mark" in emitted
    assert emitted <= set(TITLES), emitted - set(TITLES)


def test_titles_follow_the_language_and_an_unknown_id_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    assert rule_title("pii.mobile") == "手机号码"
    assert rule_titles(["secret.classification_mark", "office.own-rule"]) == "密级标志、office.own-rule"
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    assert rule_titles(["pii.mobile", "pii.mobile.bulk"]) == "mobile number, many mobile numbers"


def test_every_settings_key_has_a_title_and_every_origin_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    for key in KEYS:
        assert setting_title(key) != key, f"settings key {key} has no title in guard/settings_titles.py"
    assert setting_title("allow_pause") == "允许暂停保护"
    assert [origin_title(o) for o in ("admin", "user", "default")] == ["管理员设定（已锁定）", "本人设定", "默认值"]
    assert set(ORIGINS) == {"admin", "user", "default"}
    assert [value_text(v) for v in (True, False, "", (), ("/a", "/b"), 5.0, 64, "tesseract")] == \
        ["是", "否", "跟随系统", "（无）", "/a, /b", "5", "64", "tesseract"]
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    assert setting_title("allow_pause") == "pausing allowed" and origin_title("user") == "set by you"
    assert value_text(False) == "no"


def test_an_empty_contact_or_advice_says_not_set_not_as_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    assert value_text("", "language") == "跟随系统"
    assert value_text("", "secrecy_contact") == "（未设置）"
    assert value_text("", "block_advice") == "（使用内置文字）"
    assert value_text("保密办 张三 8123", "secrecy_contact") == "保密办 张三 8123"
