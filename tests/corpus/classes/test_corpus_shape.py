"""The class corpus itself is sound (size, coverage, labels); detection rates belong to bench_quality.py."""

from __future__ import annotations

from collections import Counter

from tests.corpus.classes._item import KINDS, SOURCES, VERDICTS
from tests.corpus.classes.items import CLASS_NAMES, all_items


def test_corpus_has_at_least_300_items_with_unique_ids() -> None:
    items = all_items()
    assert len(items) >= 300
    counts = Counter(item.id for item in items)
    assert [name for name, n in counts.items() if n > 1] == []


def test_every_class_has_positives_and_negatives() -> None:
    pairs = {(item.cls, item.kind) for item in all_items()}
    missing = [(cls, kind) for cls in CLASS_NAMES for kind in KINDS if (cls, kind) not in pairs]
    assert missing == []


def test_labels_are_valid_and_consistent_with_kind() -> None:
    for item in all_items():
        assert item.cls in CLASS_NAMES, item.id
        assert item.kind in KINDS and item.source in SOURCES and item.expected in VERDICTS, item.id
        assert item.text.strip(), item.id
        # a positive carries something to hold; a negative is harmless by definition (at most notice)
        if item.kind == "positive":
            assert item.expected in ("confirm", "block"), item.id
        else:
            assert item.expected in ("allow", "notice"), item.id


def test_ocr_class_is_marked_as_ocr_and_long_texts_are_long() -> None:
    items = all_items()
    assert {item.source for item in items if item.cls == 1} == {"ocr"}
    long_negatives = [item for item in items if item.cls == 7 and len(item.text.encode()) >= 200 * 1024]
    assert len(long_negatives) >= 8
