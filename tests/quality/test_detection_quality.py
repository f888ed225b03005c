"""Detection quality on an independent, labelled corpus (tests/quality/corpus.py).

Targets (labels follow docs/domain.md, not the engine):
- block samples blocked                      >= 0.97
- confirm samples at confirm or block        >= 0.90
- harmless samples blocked                   <= 0.02
- harmless samples at confirm or above       <= 0.10

Run with `-s` to see the per-kind table and the misses.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import pytest

from .corpus import EXPECTED_COUNTS, Sample, build_corpus, id_check_digit, is_valid_id

RANK = {"allow": 0, "notice": 1, "error": 1, "confirm": 2, "block": 3}

BLOCK_RECALL_MIN = 0.97
CONFIRM_RECALL_MIN = 0.90
HARMLESS_BLOCKED_MAX = 0.02
HARMLESS_HELD_MAX = 0.10

@dataclass(frozen=True)
class Outcome:
    sample: Sample
    verdict: str

    @property
    def rank(self) -> int:
        return RANK[self.verdict]

    @property
    def miss(self) -> bool:
        label = self.sample.label
        if label == "block":
            return self.verdict != "block"
        if label == "confirm":
            return self.rank < RANK["confirm"]
        return self.rank >= RANK["confirm"]  # harmless held (confirm) or blocked

def _short(text: str, n: int = 60) -> str:
    return text[:n].replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")

@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    from guard import scan_text

    return [Outcome(s, scan_text(s.text).verdict) for s in build_corpus()]

@pytest.fixture(scope="module")
def rates(outcomes: list[Outcome]) -> dict[str, float]:
    by_label: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_label[o.sample.label].append(o)

    def share(label: str, pred) -> float:
        items = by_label[label]
        return sum(1 for o in items if pred(o)) / len(items)

    r = {
        "block_recall": share("block", lambda o: o.verdict == "block"),
        "confirm_recall": share("confirm", lambda o: o.rank >= RANK["confirm"]),
        "confirm_blocked": share("confirm", lambda o: o.verdict == "block"),
        "harmless_blocked": share("harmless", lambda o: o.verdict == "block"),
        "harmless_held": share("harmless", lambda o: o.rank >= RANK["confirm"]),
        "harmless_notice": share("harmless", lambda o: o.verdict == "notice"),
    }
    _report(outcomes, r)
    return r

def _report(outcomes: list[Outcome], r: dict[str, float]) -> None:
    print()
    print("=" * 100)
    print("ClipGuard detection quality (tests/quality/corpus.py)")
    print(f"  block recall (verdict block)           {r['block_recall']:.3f}   target >= {BLOCK_RECALL_MIN}")
    print(f"  confirm recall (confirm or block)      {r['confirm_recall']:.3f}   target >= {CONFIRM_RECALL_MIN}"
          f"   (of which block: {r['confirm_blocked']:.3f})")
    print(f"  harmless blocked                       {r['harmless_blocked']:.3f}   target <= {HARMLESS_BLOCKED_MAX}")
    print(f"  harmless at confirm or above           {r['harmless_held']:.3f}   target <= {HARMLESS_HELD_MAX}")
    print(f"  harmless at notice (informational)     {r['harmless_notice']:.3f}")
    print()
    print(f"{'label':9} {'kind':26} {'n':>4} {'miss':>5}  verdicts")
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[(o.sample.label, o.sample.kind)].append(o)
    for (label, kind), items in groups.items():
        verdicts = Counter(o.verdict for o in items)
        shown = " ".join(f"{v}={verdicts[v]}" for v in ("block", "confirm", "notice", "allow", "error") if verdicts[v])
        print(f"{label:9} {kind:26} {len(items):4d} {sum(o.miss for o in items):5d}  {shown}")
    misses = [o for o in outcomes if o.miss]
    print()
    print(f"misses: {len(misses)}  (kind | expected | got | text)")
    for o in misses:
        print(f"  {o.sample.kind:26} {o.sample.label:8} {o.verdict:8} {_short(o.sample.text)}")
    print("=" * 100)

def test_corpus_is_deterministic_and_balanced() -> None:
    a, b = build_corpus(), build_corpus()
    assert a == b
    counts = Counter(s.label for s in a)
    assert dict(counts) == EXPECTED_COUNTS
    assert len({s.text for s in a}) == len(a), "duplicate texts in the corpus"
    assert all(s.kind and s.text.strip() for s in a)
    assert build_corpus(seed=1) != a  # the seed is really used

def test_corpus_personal_data_is_what_it_claims() -> None:

    assert id_check_digit("11010519491231002") == "X"  # GB 11643 worked example
    assert is_valid_id("11010519491231002X")
    ids_pat = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
    for s in build_corpus():
        found = ids_pat.findall(s.text)
        if s.kind == "id-table":
            assert len(found) >= 8 and all(is_valid_id(x) for x in found), s.text[:80]
        if s.kind == "order-number":
            assert found and not any(is_valid_id(x) for x in found), s.text[:80]
        if s.kind == "phone-table":
            assert len(re.findall(r"1[3-9]\d[ -]?\d{4}[ -]?\d{4}", s.text)) >= 8
        if s.kind == "signature-phone":
            assert len(re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", s.text)) == 1

def test_block_recall(rates: dict[str, float]) -> None:
    assert rates["block_recall"] >= BLOCK_RECALL_MIN, (
        f"block recall {rates['block_recall']:.3f} < {BLOCK_RECALL_MIN} (see the table printed with -s)")

def test_confirm_recall(rates: dict[str, float]) -> None:
    assert rates["confirm_recall"] >= CONFIRM_RECALL_MIN, (
        f"confirm-or-block recall on confirm samples {rates['confirm_recall']:.3f} < {CONFIRM_RECALL_MIN}")

def test_harmless_not_blocked(rates: dict[str, float]) -> None:
    assert rates["harmless_blocked"] <= HARMLESS_BLOCKED_MAX, (
        f"harmless blocked {rates['harmless_blocked']:.3f} > {HARMLESS_BLOCKED_MAX} "
        f"(harmless held at confirm or above: {rates['harmless_held']:.3f})")

def test_harmless_rarely_held(rates: dict[str, float]) -> None:
    assert rates["harmless_held"] <= HARMLESS_HELD_MAX, (
        f"harmless at confirm or above {rates['harmless_held']:.3f} > {HARMLESS_HELD_MAX} "
        f"(blocked: {rates['harmless_blocked']:.3f})")
