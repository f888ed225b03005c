"""Shape of the third blind issue-10 set: enough items per class and label, sound ids and fields.

Only the set's shape is checked here; its rates are measured by hand and reported, never asserted.
"""

from __future__ import annotations

from collections import Counter

from .blind_issue10_c import AUTHORS, build_corpus
from .sample import LABELS, RANK

CORPUS = build_corpus()


def test_ten_positives_and_ten_negatives_per_class() -> None:
    pos = Counter(s.cls for s in CORPUS if s.label != "harmless")
    neg = Counter(s.cls for s in CORPUS if s.label == "harmless")
    assert set(pos) == set(neg) == set(range(1, 9))
    assert min(pos.values()) >= 10 and min(neg.values()) >= 10
    assert len(CORPUS) >= 160


def test_ids_are_unique_and_name_class_and_polarity() -> None:
    ids = [s.id for s in CORPUS]
    assert len(ids) == len(set(ids))
    for s in CORPUS:
        polarity = "n" if s.label == "harmless" else "p"
        assert s.id.startswith(f"bk{s.cls}-{polarity}"), s.id


def test_fields_are_consistent() -> None:
    for s in CORPUS:
        assert s.label in LABELS and s.expected in RANK and s.expected != "error"
        harmless = s.expected in ("allow", "notice")
        assert (s.label == "harmless") == harmless, s.id
        assert s.group in AUTHORS, s.id
        assert s.source in ("text", "ocr", "code", "markup")
        assert (s.source == "ocr") == (s.cls == 1), s.id
        assert s.text.strip()


def test_long_public_texts_are_50_to_300_kb() -> None:
    long = [s for s in CORPUS if s.kind == "long-public"]
    assert len(long) >= 10
    assert all(50_000 <= len(s.text.encode()) <= 310_000 for s in long)


def test_deterministic() -> None:
    assert [s.text for s in build_corpus()] == [s.text for s in CORPUS]
