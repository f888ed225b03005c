"""Shape of the second blind issue-10 set: it must stay a fair, complete test before any rate means anything."""

from __future__ import annotations

from collections import Counter

from .blind_issue10_b import build_corpus
from .sample import LABELS

CORPUS = build_corpus()


def test_ids_are_unique_and_named_by_class_and_kind() -> None:
    ids = [s.id for s in CORPUS]
    assert len(ids) == len(set(ids))
    for s in CORPUS:
        assert s.id.startswith(f"bj{s.cls}-{s.kind[0]}"), s.id


def test_labels_and_expected_verdicts_are_valid() -> None:
    for s in CORPUS:
        assert s.label in LABELS, s.id
        assert s.kind in ("positive", "negative"), s.id
        assert s.source in ("text", "ocr", "code", "markup"), s.id
        assert s.group, s.id
        if s.label == "harmless":
            assert s.kind == "negative" and s.expected in ("allow", "notice"), s.id
        else:
            assert s.kind == "positive" and s.expected == s.label, s.id
        if s.cls == 1:
            assert s.source == "ocr", s.id


def test_every_class_has_twelve_positives_and_negatives() -> None:
    counts = Counter((s.cls, s.kind) for s in CORPUS)
    for cls in range(1, 9):
        assert counts[(cls, "positive")] >= 12, cls
        assert counts[(cls, "negative")] >= 12, cls


def test_long_public_texts_are_50_to_300_kb() -> None:
    for s in CORPUS:
        if s.cls == 7 and s.kind == "negative":
            assert 50_000 <= len(s.text.encode()) <= 300_000, s.id


def test_build_is_deterministic() -> None:
    assert [s.text for s in build_corpus()] == [s.text for s in CORPUS]
