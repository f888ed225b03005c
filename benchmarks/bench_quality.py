"""Detection quality by the eight shapes of issue 10: block/confirm recall and false alarms per class and per
source kind (text, image, office).

Run: .venv/bin/python benchmarks/bench_quality.py [--kinds text,image,office]   (always exits 0)
The text pass scans the whole class corpus; the image and office passes scan a deterministic one-page subset
(classes 1, 2, 5, 6, 8, at most 25 lines) rendered to a PNG (real OCR) and to a .docx through the product's
file scanner, and the text pass is shown on that subset too, so the kinds compare on the same items.
Goals (issue 10): block recall >= 0.98, confirm recall >= 0.95, harmless at >= confirm <= 3%, blocked <= 0.5%.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guard.engine import Engine
from guard.files import FileScanner
from tests.corpus.classes.items import CLASS_NAMES, all_items
from tests.corpus.kinds import KINDS, one_page, scan_files, scan_texts
from tests.corpus.measure import Outcome, print_misses, print_rate_table


def per_class(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in sorted(outcomes, key=lambda o: o.sample.cls):
        groups[f"{o.sample.cls} {CLASS_NAMES[o.sample.cls]}"].append(o)
    groups["overall"] = outcomes
    return dict(groups)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated source kinds (default all)")
    kinds = [k for k in parser.parse_args(argv).kinds.split(",") if k]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        parser.error(f"unknown kinds {unknown}; choose from {','.join(KINDS)}")
    items, engine = all_items(), Engine()

    t0 = time.perf_counter()
    text = scan_texts(engine, items)
    seconds = time.perf_counter() - t0
    print_rate_table("Per class (text, whole corpus)", per_class(text))
    by_arrival: dict[str, list[Outcome]] = defaultdict(list)
    for o in text:
        by_arrival[o.sample.source].append(o)
    print_rate_table("Per arrival of the text (whole corpus)", dict(sorted(by_arrival.items())))
    print_misses(text)
    size = sum(len(item.text.encode()) for item in items) / 1048576
    print(f"\n{len(items)} items, {size:.1f} MB, scanned as text in {seconds:.2f} s")

    subset = one_page(items)
    subset_ids = {s.id for s in subset}
    by_kind = {"text": [o for o in text if o.sample.id in subset_ids]}
    timing = {"text": ""}
    with FileScanner(engine, "auto") as scanner, tempfile.TemporaryDirectory(prefix="bench-quality-") as tmp:
        for kind in (k for k in kinds if k != "text"):
            t0 = time.perf_counter()
            by_kind[kind] = scan_files(scanner, subset, kind, Path(tmp))
            taken = time.perf_counter() - t0
            timing[kind] = f", {taken:.1f} s ({taken / max(1, len(subset)):.2f} s an item)"
            print_rate_table(f"Per class ({kind}, one-page subset)", per_class(by_kind[kind]))
            print_misses(by_kind[kind])
    shown = [k for k in KINDS if k in kinds or k == "text"]
    print_rate_table(f"Per source kind (one-page subset: {len(subset)} items of classes 1, 2, 5, 6, 8)",
                     {k: by_kind[k] for k in shown})
    for k in shown:
        errors = sum(o.verdict == "error" for o in by_kind[k])
        print(f"  {k:6} {len(by_kind[k])} items{timing[k]}{f', {errors} errors' if errors else ''}")


if __name__ == "__main__":
    main()
