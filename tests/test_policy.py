"""Rules files: a bad file is rejected whole with file, line and rule id; an admin file extends the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.engine import Engine
from guard.errors import RulesError
from guard.model import Severity
from guard.policy import load_policy


def _write(tmp_path: Path, text: str, name: str = "admin.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_default_rules_load_and_enable_every_recognizer() -> None:
    policy = load_policy()
    from guard.detect import REGISTRY

    assert {r.id for r in policy.recognizers} == set(REGISTRY)
    assert policy.version
    assert policy.min_confidence[Severity.BLOCK] > policy.min_confidence[Severity.CONFIRM]


@pytest.mark.parametrize(
    ("text", "line", "rule", "fragment"),
    [
        ('[[rules]]\nid = "a"\nkeywords = [\n', 3, None, "not valid TOML"),
        ('[meta]\nname="x"\n\n[[rules]]\nid = "kw.bad"\nkeywords = ["x"]\npatterns = ["(a"]\n', 5, "kw.bad", "RE2"),
        ('[[rules]]\nid = "kw.sev"\nseverity = "panic"\nkeywords = ["x"]\n', 2, "kw.sev", "severity"),
        ('[[rules]]\nid = "kw.typo"\nkeyword = ["x"]\n', 2, "kw.typo", "unknown key"),
        ('[[rules]]\nid = "kw.empty"\n', 2, "kw.empty", "at least one keyword"),
        ('[[rules]]\nid = "kw.cat"\ncategory = "misc"\nkeywords = ["x"]\n', 2, "kw.cat", "category"),
        ('\n[recognizers."no.such"]\nenabled = true\n', 2, None, "unknown recognizer"),
        ('[recognizers."pii.resident_id"]\nbulk_threshold = "five"\n', 1, None, "must be a whole number"),
        ('[recognizers."pii.resident_id"]\nbulk_treshold = 3\n', 1, None, "unknown setting"),
        ('[[allow]]\nid = "al.x"\nphrases = ["x"]\nmax_severity = "block"\n', 2, "al.x", "max_severity"),
        ('[[allow]]\nid = "al.scope"\nphrases = ["x"]\nscope = "page"\n', 2, "al.scope", "scope"),
        ('[[rules]]\nid = "Bad Id"\nkeywords = ["x"]\n', 2, "Bad Id", "id"),
        ('[policy]\nmin_confidence = { block = 2 }\n', 1, None, "between 0 and 1"),
        ('[bogus]\nx = 1\n', 1, None, "unknown top-level"),
    ],
)
def test_invalid_rules_name_file_line_and_rule(tmp_path: Path, text: str, line: int, rule: str | None,
                                               fragment: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(RulesError) as err:
        load_policy(path)
    message = str(err.value)
    assert str(path) in message
    assert err.value.line == line, message
    assert fragment in message
    if rule:
        assert f"[{rule}]" in message


def test_missing_and_undecodable_files_are_rules_errors(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="not found"):
        load_policy(tmp_path / "nope.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'[meta]\nname = "\xff\xfe"\n')
    with pytest.raises(RulesError, match="cannot read"):
        load_policy(bad)


def test_admin_keyword_rule_extends_the_defaults(tmp_path: Path) -> None:
    path = _write(tmp_path, """
[meta]
name = "县政府规则"
version = "7"

[[rules]]
id = "county.project"
category = "keyword"
severity = "confirm"
message = { zh = "涉及未公开项目代号", en = "unpublished project code name" }
keywords = ["青山工程"]
patterns = ['项目代号[:：]?[A-Z]{2}\\d{3}']
""")
    engine = Engine(load_policy(path))
    assert engine.policy.name == "县政府规则"
    for text in ("关于青山工程的安排", "關於青山工程", "青 山 工 程", "项目代号：AB123"):
        result = engine.scan_text(text)
        assert result.verdict == "confirm", text
        assert result.findings[0].rule == "county.project"
        assert result.findings[0].why_zh == "涉及未公开项目代号"
    assert engine.scan_text("青山绿水").verdict == "allow"
    # the defaults still run
    assert engine.scan_text("机密★1年\n正文\n").verdict == "block"


def test_rule_allow_phrase_clears_hits_on_that_line_only(tmp_path: Path) -> None:
    path = _write(tmp_path, """
[[rules]]
id = "kw.crossing"
severity = "confirm"
keywords = ["路口"]
allow = ["交通"]
""")
    engine = Engine(load_policy(path))
    assert engine.scan_text("路口交通管制").verdict == "allow"
    assert engine.scan_text("交通\n北门路口集合").verdict == "confirm"


def test_min_count_needs_distinct_hits(tmp_path: Path) -> None:
    path = _write(tmp_path, """
[[rules]]
id = "kw.names"
severity = "confirm"
keywords = ["甲项目", "乙项目", "丙项目"]
min_count = 2
""")
    engine = Engine(load_policy(path))
    assert engine.scan_text("甲项目 甲项目 甲项目").verdict == "allow"
    assert engine.scan_text("甲项目和乙项目").verdict == "confirm"


def test_admin_file_overrides_settings_replaces_and_disables_by_id(tmp_path: Path) -> None:
    ids = "\n".join(["11010519491231002X"] * 1)
    path = _write(tmp_path, """
disable = ["secrecy.terms", "allow.everyday-secret-words"]

[recognizers."pii.resident_id"]
bulk_threshold = 1

[[rules]]
id = "secrecy.terms"
keywords = ["never-used-keyword"]
enabled = false
""")
    policy = load_policy(path)
    assert "secrecy.terms" not in {r.id for r in policy.rules}
    assert "allow.everyday-secret-words" not in {a.id for a in policy.allow}
    result = Engine(policy).scan_text("身份证：" + ids)
    assert result.verdict == "confirm"  # a threshold of 1 makes one ID a list
    assert any(f.rule.endswith(".bulk") for f in result.findings)


def test_disabling_a_recognizer_turns_it_off(tmp_path: Path) -> None:
    path = _write(tmp_path, '[recognizers."secret.classification_mark"]\nenabled = false\n')
    assert Engine(load_policy(path)).scan_text("机密★1年\n正文\n").verdict != "block"


def test_document_scope_allow_rule_caps_the_category(tmp_path: Path) -> None:
    path = _write(tmp_path, """
[[allow]]
id = "allow.training"
phrases = ["培训材料"]
scope = "document"
categories = ["internal"]
max_severity = "notice"
""")
    engine = Engine(load_policy(path))
    text = "内部资料 注意保存\n正文\n"
    assert engine.scan_text(text).verdict == "confirm"
    allowed = engine.scan_text(text + "本件为培训材料\n")
    assert allowed.verdict == "notice"
    assert any("allow:allow.training" in f.evidence for f in allowed.findings)


def test_confidence_thresholds_are_policy(tmp_path: Path) -> None:
    strict = _write(tmp_path, "[policy]\nmin_confidence = { block = 0.999 }\n")
    result = Engine(load_policy(strict)).scan_text("机密★1年\n正文\n")
    assert result.verdict == "confirm"  # below the block threshold the finding drops one level


def test_a_bad_admin_file_leaves_the_last_good_policy_usable(tmp_path: Path) -> None:
    good = Engine(load_policy())
    bad = _write(tmp_path, "[[rules]]\nid = 'x'\n")
    with pytest.raises(RulesError):
        Engine(load_policy(bad))
    assert good.scan_text("机密★1年\n正文\n").verdict == "block"


def test_admin_patterns_run_in_linear_time(tmp_path: Path) -> None:
    # (a+)+$ backtracks exponentially in `re`; RE2 answers at once
    path = _write(tmp_path, '[[rules]]\nid = "kw.redos"\npatterns = ["(a+)+$"]\nseverity = "notice"\n')
    engine = Engine(load_policy(path))
    result = engine.scan_text("a" * 5000 + "!")
    assert result.verdict == "allow"
    assert result.ms < 2000
    assert engine.scan_text("a" * 5000).verdict == "notice"
