"""Every built-in recognizer and every default data rule proves itself on its own table of examples."""

from __future__ import annotations

import pytest

from guard.detect import REGISTRY
from guard.engine import Engine
from guard.model import Severity
from guard.normalize import Document
from guard.policy import load_policy

CASES = [(rid, expected, text) for rid, cls in sorted(REGISTRY.items())
         for expected, texts in cls.examples.items() for text in texts]
OCR_CASES = [(rid, expected, text) for rid, cls in sorted(REGISTRY.items())
             for expected, texts in cls.ocr_examples.items() for text in texts]


def test_every_recognizer_has_positive_and_negative_examples() -> None:
    for rid, cls in REGISTRY.items():
        assert any(k != "allow" for k in cls.examples), f"{rid} has no positive example"
        assert cls.examples.get("allow"), f"{rid} has no negative example"


@pytest.mark.parametrize(("rid", "expected", "text"), CASES, ids=[f"{r}-{e}-{i}" for i, (r, e, _) in enumerate(CASES)])
def test_recognizer_example(rid: str, expected: str, text: str) -> None:
    rec = next(r for r in load_policy().recognizers if r.id == rid)
    findings = rec.analyze(Document(text))
    got = max((f.severity for f in findings), default=Severity.ALLOW)
    assert got.label == expected, [(f.why_en, round(f.confidence, 2)) for f in findings]


def test_default_data_rules_prove_themselves() -> None:
    engine = Engine()
    failures = engine.policy_examples_failures()
    assert not failures, failures


@pytest.mark.parametrize(("rid", "expected", "text"), OCR_CASES,
                         ids=[f"{r}-ocr-{e}-{i}" for i, (r, e, _) in enumerate(OCR_CASES)])
def test_recognizer_ocr_example(rid: str, expected: str, text: str) -> None:
    """The same tables for texts read by OCR, where the confusion table applies."""
    rec = next(r for r in load_policy().recognizers if r.id == rid)
    findings = rec.analyze(Document(text, [(0, text.count("\n") + 1)]))
    got = max((f.severity for f in findings), default=Severity.ALLOW)
    assert got.label == expected, [(f.why_en, round(f.confidence, 2)) for f in findings]
