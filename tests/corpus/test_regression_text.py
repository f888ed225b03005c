"""Detection quality on the text regression sets (tests/corpus/regression_text.py, regression_text_b.py).

Targets, per set (labels follow docs/labels.md, not the engine):
- regression_text:   block blocked >= 0.97, confirm at confirm or block >= 0.90,
                     harmless blocked <= 0.02, harmless at confirm or above <= 0.10
- regression_text_b: no targets (it had none as the held-out set); its rates are printed with -s

Run with `-s` to see the per-kind table and the misses.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from . import regression_text
from .generators import id_check_digit, is_valid_id
from .measure import Outcome, print_misses, print_verdict_table, rates

BLOCK_RECALL_MIN = 0.97
CONFIRM_RECALL_MIN = 0.90
HARMLESS_BLOCKED_MAX = 0.02
HARMLESS_HELD_MAX = 0.10


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    from guard import scan_text

    return [Outcome(s, scan_text(s.text).verdict) for s in regression_text.build_corpus()]


@pytest.fixture(scope="module")
def set_rates(outcomes: list[Outcome]) -> dict[str, float]:
    r = rates(outcomes)
    print("\n" + "=" * 100)
    print("ClipGuard detection quality (tests/corpus/regression_text.py)")
    print(f"  block recall (verdict block)           {r['block_recall']:.3f}   target >= {BLOCK_RECALL_MIN}")
    print(f"  confirm recall (confirm or block)      {r['confirm_recall']:.3f}   target >= {CONFIRM_RECALL_MIN}"
          f"   (of which block: {r['confirm_blocked']:.3f})")
    print(f"  harmless blocked                       {r['harmless_blocked']:.3f}   target <= {HARMLESS_BLOCKED_MAX}")
    print(f"  harmless at confirm or above           {r['harmless_held']:.3f}   target <= {HARMLESS_HELD_MAX}")
    print(f"  harmless at notice (informational)     {r['harmless_notice']:.3f}")
    print_verdict_table(outcomes, lambda s: f"{s.label:9} {s.kind}")
    print_misses(outcomes)
    print("=" * 100)
    return r


def test_corpus_is_deterministic_and_balanced() -> None:
    a, b = regression_text.build_corpus(), regression_text.build_corpus()
    assert a == b
    counts = Counter(s.label for s in a)
    assert dict(counts) == regression_text.EXPECTED_COUNTS
    assert len({s.text for s in a}) == len(a), "duplicate texts in the corpus"
    assert len({s.id for s in a}) == len(a), "duplicate ids in the corpus"
    assert all(s.kind and s.text.strip() for s in a)
    assert regression_text.build_corpus(seed=1) != a  # the seed is really used


def test_corpus_personal_data_is_what_it_claims() -> None:
    assert id_check_digit("11010519491231002") == "X"  # GB 11643 worked example
    assert is_valid_id("11010519491231002X")
    ids_pat = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
    for s in regression_text.build_corpus():
        found = ids_pat.findall(s.text)
        if s.kind == "id-table":
            assert len(found) >= 8 and all(is_valid_id(x) for x in found), s.id
        if s.kind == "order-number":
            assert found and not any(is_valid_id(x) for x in found), s.id
        if s.kind == "phone-table":
            assert len(re.findall(r"1[3-9]\d[ -]?\d{4}[ -]?\d{4}", s.text)) >= 8
        if s.kind == "signature-phone":
            assert len(re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", s.text)) == 1


def test_block_recall(set_rates: dict[str, float]) -> None:
    assert set_rates["block_recall"] >= BLOCK_RECALL_MIN, (
        f"block recall {set_rates['block_recall']:.3f} < {BLOCK_RECALL_MIN} (see the table printed with -s)")


def test_confirm_recall(set_rates: dict[str, float]) -> None:
    assert set_rates["confirm_recall"] >= CONFIRM_RECALL_MIN, (
        f"confirm-or-block recall on confirm samples {set_rates['confirm_recall']:.3f} < {CONFIRM_RECALL_MIN}")


def test_harmless_not_blocked(set_rates: dict[str, float]) -> None:
    assert set_rates["harmless_blocked"] <= HARMLESS_BLOCKED_MAX, (
        f"harmless blocked {set_rates['harmless_blocked']:.3f} > {HARMLESS_BLOCKED_MAX} "
        f"(harmless held at confirm or above: {set_rates['harmless_held']:.3f})")


def test_harmless_rarely_held(set_rates: dict[str, float]) -> None:
    assert set_rates["harmless_held"] <= HARMLESS_HELD_MAX, (
        f"harmless at confirm or above {set_rates['harmless_held']:.3f} > {HARMLESS_HELD_MAX} "
        f"(blocked: {set_rates['harmless_blocked']:.3f})")


def test_second_set_is_deterministic_with_unique_ids() -> None:
    from . import regression_text_b

    a = regression_text_b.build_corpus()
    assert a == regression_text_b.build_corpus()
    assert len({s.id for s in a}) == len(a)  # texts may repeat: some of its generators draw few variants
    assert {s.label for s in a} == {"block", "confirm", "harmless"}
