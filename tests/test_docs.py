"""The full example in docs/rules.md is a valid rules file whose examples behave as written."""

from __future__ import annotations

import re
from pathlib import Path

from guard.engine import Engine
from guard.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]


def test_rules_doc_example_is_valid_and_proves_itself(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", doc, re.S)
    assert block, "docs/rules.md has no toml example"
    path = tmp_path / "example.toml"
    path.write_text(block.group(1), encoding="utf-8")
    engine = Engine(load_policy(path))
    assert engine.policy_examples_failures() == []
    assert "secrecy.terms" not in {r.id for r in engine.policy.rules}
    assert engine.scan_text("附件：某县2026年度防汛工作预案").verdict == "block"


def test_every_recognizer_is_documented() -> None:
    from guard.detect import REGISTRY

    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [rid for rid in REGISTRY if f"`{rid}`" not in doc]
    assert not missing


def test_rules_doc_settings_table_is_generated_from_the_specs() -> None:
    """What docs/rules.md lists is what the loader accepts and the recognizers read."""
    from guard.detect.settings_doc import block

    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert block() in doc, "run: python -m guard.detect.settings_doc docs/rules.md"
