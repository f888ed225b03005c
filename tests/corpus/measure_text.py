"""Scan a text set with the guard and print its rates, the per-kind table and the misses (masked).

Run from the project root:  .venv/bin/python -m tests.corpus.measure_text [regression_text_b|regression_text|classes]
(default regression_text_b, the set that had this script as tests/heldout/measure.py).
"""

from __future__ import annotations

import argparse
import importlib

from guard.engine import default_engine

from .measure import Outcome, print_misses, print_rate_table, print_verdict_table, rates
from .sample import Sample

SETS = {"regression_text": "tests.corpus.regression_text", "regression_text_b": "tests.corpus.regression_text_b",
        "classes": "tests.corpus.classes.items",
        # written blind by three authors for issue 10, measured once each, then used to find classes of misses:
        # regression sets now, like the others
        "blind_issue10": "tests.corpus.blind_issue10", "blind_issue10_b": "tests.corpus.blind_issue10_b",
        "blind_issue10_c": "tests.corpus.blind_issue10_c"}


def load(name: str) -> list[Sample]:
    module = importlib.import_module(SETS[name])
    build = getattr(module, "build_corpus", None) or module.all_items
    return list(build())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", nargs="?", choices=sorted(SETS), default="regression_text_b")
    args = parser.parse_args(argv)
    outcomes = []
    for s in load(args.set):
        res = default_engine().scan_text(s.text, ocr=s.source == "ocr")
        outcomes.append(Outcome(s, res.verdict, tuple(sorted({f.rule for f in res.findings}))))
    r = rates(outcomes)
    print(f"{args.set}: {len(outcomes)} samples; block recall {r['block_recall']:.3f}, confirm recall "
          f"{r['confirm_recall']:.3f}, harmless blocked {r['harmless_blocked']:.3f}, "
          f"harmless at confirm or above {r['harmless_held']:.3f}")
    print_rate_table("Per label", {"overall": outcomes})
    print_verdict_table(outcomes, lambda s: f"{s.label:9} {s.kind}")
    print_misses(outcomes)


if __name__ == "__main__":
    main()
