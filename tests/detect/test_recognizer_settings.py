"""Recognizer settings do what they say: the loader accepts what a recognizer reads and nothing else, and
`severity`, `confidence`, weights, bands and vetoes change verdicts as documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.detect import REGISTRY
from guard.detect.settings_spec import unspecified
from guard.engine import Engine
from guard.errors import RulesError
from guard.policy import load_policy

MARK = "机密★1年\n关于做好防汛工作的通知\n各乡镇：\n正文。"
QUOTED = "记者看到，该文件首页标注有“机密★10年”字样。"


def engine_with(tmp_path: Path, toml: str) -> Engine:
    path = tmp_path / "rules.toml"
    path.write_text(toml, encoding="utf-8")
    return Engine(load_policy(path))


@pytest.mark.parametrize("severity", ["notice", "confirm"])
def test_a_classification_mark_set_lower_reports_that_level(tmp_path: Path, severity: str) -> None:
    e = engine_with(tmp_path, f'[recognizers."secret.classification_mark"]\nseverity = "{severity}"\n')
    assert e.scan_text(MARK).verdict == severity


def test_internal_markings_can_be_raised_to_block(tmp_path: Path) -> None:
    e = engine_with(tmp_path, '[recognizers."internal.marker"]\nseverity = "block"\n')
    assert e.scan_text("内部资料 注意保存\n关于某事的通报\n正文").verdict == "block"
    assert e.scan_text("请勿将内部资料带出办公室").verdict == "notice"  # a mention stays a mention


def test_a_low_confidence_setting_lets_the_thresholds_lower_findings(tmp_path: Path) -> None:
    e = engine_with(tmp_path, '[recognizers."secret.classification_mark"]\nconfidence = 0.6\n')
    assert e.scan_text(MARK).verdict == "confirm"  # block needs 0.75 by [policy] min_confidence


def test_a_weight_and_a_veto_can_be_moved_and_the_rest_keep_their_defaults(tmp_path: Path) -> None:
    e = engine_with(tmp_path, '[recognizers."secret.classification_mark"]\n'
                              'vetoes = { quoted_prose = "confirm" }\nweights = { top = 0.4 }\n')
    assert e.scan_text(QUOTED).verdict == "confirm"
    assert e.scan_text(MARK).verdict == "block"


@pytest.mark.parametrize("toml, message", [
    ('[recognizers."secret.classification_mark"]\nweights = { nearby = 0.3 }\n', "unknown name(s) nearby"),
    ('[recognizers."secret.classification_mark"]\nvetoes = { prose = "never" }\n', "is not one of"),
    ('[recognizers."secret.classification_mark"]\nbands = { block = "high" }\n', "must be a number"),
    ('[recognizers."secret.classification_mark"]\ntop_lines = 0\n', "between 1 and 40"),
    ('[recognizers."secret.classification_mark"]\nseverity = "severe"\n', "is not one of"),
    ('[recognizers."internal.marker"]\nmentions = "yes"\n', "true or false"),
    ('[recognizers."internal.marker"]\nbulk_severity = "confirm"\n', "it reads:"),
])
def test_bad_settings_are_refused_with_the_reason(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(RulesError) as err:
        engine_with(tmp_path, toml)
    assert message in str(err.value)


def test_mentions_setting_is_read(tmp_path: Path) -> None:
    e = engine_with(tmp_path, '[recognizers."internal.marker"]\nmentions = false\n')
    assert e.scan_text("请勿将内部资料带出办公室").verdict == "allow"


def test_every_recognizer_reads_severity_and_confidence_and_describes_its_settings() -> None:
    for rid, cls in REGISTRY.items():
        assert {"severity", "confidence"} <= set(cls.defaults), f"{rid} would ignore severity/confidence"
        assert not unspecified(cls), f"{rid} reads settings it does not describe: {unspecified(cls)}"
