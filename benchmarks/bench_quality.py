"""Detection quality by the eight shapes of issue 10: block/confirm recall and false alarms per class and source.

Run: .venv/bin/python benchmarks/bench_quality.py   (prints figures and the misses by id; always exits 0)
Goals (issue 10): block recall >= 0.98, confirm recall >= 0.95, harmless at >= confirm <= 3%, blocked <= 0.5%.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guard.engine import Engine
from tests.corpus_classes.items import CLASS_NAMES, all_items

RANK = {"allow": 0, "notice": 1, "confirm": 2, "block": 3}


def _masked(text: str) -> str:
    """A short excerpt for the misses list: the first 6 characters of the first line, the rest masked."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:6] + ("…" if len(first) > 6 else "")


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def _row(results: list[tuple]) -> list[str]:
    blocks = [got for item, got in results if item.expected == "block"]
    confirms = [got for item, got in results if item.expected == "confirm"]
    harmless = [got for item, got in results if item.expected in ("allow", "notice")]
    return [
        _rate(sum(g == "block" for g in blocks), len(blocks)),
        _rate(sum(RANK[g] >= 2 for g in confirms), len(confirms)),
        _rate(sum(RANK[g] >= 2 for g in harmless), len(harmless)),
        _rate(sum(g == "block" for g in harmless), len(harmless)),
    ]


def _print_table(title: str, rows: dict[str, list[str]]) -> None:
    head = ["", "block recall", "confirm recall", "harmless>=confirm", "harmless blocked"]
    widths = [max(len(head[i]), *(len(r[i]) for r in ([k, *v] for k, v in rows.items()))) for i in range(5)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    for name, cells in rows.items():
        print("  ".join(c.ljust(w) for c, w in zip([name, *cells], widths, strict=True)))


def main() -> None:
    items = all_items()
    engine = Engine()
    t0 = time.perf_counter()
    results = [(item, engine.scan_text(item.text).verdict) for item in items]
    seconds = time.perf_counter() - t0

    by_class, by_source = defaultdict(list), defaultdict(list)
    for item, got in results:
        by_class[item.cls].append((item, got))
        by_source[item.source].append((item, got))
    class_rows = {f"{cls} {CLASS_NAMES[cls]}": _row(by_class[cls]) for cls in sorted(by_class)}
    class_rows["overall"] = _row(results)
    _print_table("Per class", class_rows)
    _print_table("Per source kind", {src: _row(by_source[src]) for src in sorted(by_source)})

    print("\nMisses (id  expected -> got  masked excerpt)")
    for item, got in results:
        missed = (item.expected == "block" and got != "block") or (item.expected == "confirm" and RANK[got] < 2)
        false_alarm = item.expected in ("allow", "notice") and RANK[got] >= 2
        if missed or false_alarm:
            tag = "miss " if missed else "alarm"
            print(f"  {tag} {item.id:<14} {item.expected:>7} -> {got:<7} {_masked(item.text)}")
    size = sum(len(item.text.encode()) for item in items) / 1048576
    print(f"\n{len(items)} items, {size:.1f} MB, scanned in {seconds:.2f} s")


if __name__ == "__main__":
    main()
