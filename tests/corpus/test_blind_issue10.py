"""Shape of the blind issue-10 set: unique ids, valid labels and fields, at least 15 items per class and side.

No rates are checked here: the set is measured by hand, so the guard is never tuned against a threshold on it.
"""

from __future__ import annotations

from collections import Counter

from .blind_issue10 import build_corpus
from .sample import LABELS

ITEMS = build_corpus()


def test_ids_are_unique() -> None:
    ids = [s.id for s in ITEMS]
    assert all(ids) and len(ids) == len(set(ids))


def test_labels_and_fields_are_valid() -> None:
    for s in ITEMS:
        assert s.label in LABELS, s.id
        assert s.kind == ("negative" if s.label == "harmless" else "positive"), s.id
        assert s.source in ("text", "ocr", "code", "markup"), s.id
        assert s.cls in range(1, 9), s.id
        allowed = ("allow", "notice") if s.label == "harmless" else (s.label,)
        assert s.expected in allowed, s.id
        assert s.text.strip(), s.id


def test_every_class_has_fifteen_per_side() -> None:
    counts = Counter((s.cls, s.kind) for s in ITEMS)
    for cls in range(1, 9):
        for kind in ("positive", "negative"):
            assert counts[cls, kind] >= 15, (cls, kind, counts[cls, kind])


def test_ocr_class_is_ocr_and_long_texts_are_long() -> None:
    assert all(s.source == "ocr" for s in ITEMS if s.cls == 1)
    long_ones = [s for s in ITEMS if s.cls == 7 and s.kind == "negative"]
    assert all(50_000 <= len(s.text.encode()) <= 300_000 for s in long_ones)


def test_build_is_deterministic() -> None:
    assert [s.text for s in build_corpus()] == [s.text for s in ITEMS]
