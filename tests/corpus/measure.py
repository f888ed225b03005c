"""Rates, tables and misses for any set: every set is measured and printed by the same functions.

Excerpts in the misses list are masked (the first characters of the first line): no sample is printed whole.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .sample import RANK, Sample, is_miss

VERDICT_COLUMNS = ("block", "confirm", "notice", "allow", "error")
RATE_COLUMNS = ("block recall", "confirm recall", "harmless>=confirm", "harmless blocked")


@dataclass(frozen=True, slots=True)
class Outcome:
    sample: Sample
    verdict: str
    rules: tuple[str, ...] = ()

    @property
    def rank(self) -> int:
        return RANK[self.verdict]


def rates(outcomes: Iterable[Outcome]) -> dict[str, float]:
    """Shares per label; a label with no samples has no rate (NaN), so no threshold passes on nothing."""
    by_label: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_label[o.sample.label].append(o)

    def share(label: str, hit: Callable[[Outcome], bool]) -> float:
        got = by_label[label]
        return sum(1 for o in got if hit(o)) / len(got) if got else float("nan")

    return {
        "block_recall": share("block", lambda o: o.verdict == "block"),
        "confirm_recall": share("confirm", lambda o: o.rank >= RANK["confirm"]),
        "confirm_blocked": share("confirm", lambda o: o.verdict == "block"),
        "harmless_blocked": share("harmless", lambda o: o.verdict == "block"),
        "harmless_held": share("harmless", lambda o: o.rank >= RANK["confirm"]),
        "harmless_notice": share("harmless", lambda o: o.verdict == "notice"),
    }


def rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def rate_cells(outcomes: list[Outcome]) -> list[str]:
    """The four RATE_COLUMNS as "share (hits/total)" cells."""
    blocks = [o for o in outcomes if o.sample.label == "block"]
    confirms = [o for o in outcomes if o.sample.label == "confirm"]
    harmless = [o for o in outcomes if o.sample.label == "harmless"]
    return [
        rate(sum(o.verdict == "block" for o in blocks), len(blocks)),
        rate(sum(o.rank >= RANK["confirm"] for o in confirms), len(confirms)),
        rate(sum(o.rank >= RANK["confirm"] for o in harmless), len(harmless)),
        rate(sum(o.verdict == "block" for o in harmless), len(harmless)),
    ]


def print_table(title: str, head: Iterable[str], rows: dict[str, list[str]]) -> None:
    """Left-aligned columns as wide as their widest cell."""
    head = ["", *head]
    lines = [head, *([name, *cells] for name, cells in rows.items())]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    print(f"\n{title}")
    for line in lines:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def print_rate_table(title: str, groups: dict[str, list[Outcome]]) -> None:
    print_table(title, RATE_COLUMNS, {name: rate_cells(got) for name, got in groups.items()})


def print_verdict_table(outcomes: list[Outcome], key: Callable[[Sample], str],
                        harmless_ceiling: str = "notice") -> None:
    """Per group (`key` of the sample): how many, how many missed, and the verdicts given."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[key(o.sample)].append(o)
    rows = {}
    for name, got in groups.items():
        counts = Counter(o.verdict for o in got)
        missed = sum(is_miss(o.sample.label, o.verdict, harmless_ceiling) for o in got)
        rows[name] = [str(len(got)), str(missed), *(str(counts[v]) for v in VERDICT_COLUMNS)]
    print_table("Per group", ("n", "miss", *VERDICT_COLUMNS), rows)


def masked(text: str, keep: int = 6) -> str:
    """The first `keep` characters of the first line, the rest left out."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:keep] + ("…" if len(first) > keep else "")


def print_misses(outcomes: list[Outcome], harmless_ceiling: str = "notice") -> None:
    """Misses of recall and false alarms by id, with a masked excerpt and the rules that fired."""
    misses = [o for o in outcomes if is_miss(o.sample.label, o.verdict, harmless_ceiling)]
    print(f"\nMisses: {len(misses)}  (id  kind  expected -> got  rules  masked excerpt)")
    for o in misses:
        s = o.sample
        tag = "alarm" if s.label == "harmless" else "miss "
        print(f"  {tag} {s.id:<18} {s.kind:<24} {s.label:>8} -> {o.verdict:<7} "
              f"{','.join(o.rules) or '-'}  {masked(s.text)}")
