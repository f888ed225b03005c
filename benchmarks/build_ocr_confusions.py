"""Rebuild resources/ocr/confusions.toml: what the product's two OCR engines really print for each character
of a classification mark (level★period), measured on rendered, degraded marks.

Each render goes the product's way (encoded bytes -> guard.ocr.child.read_bytes -> lines in reading order),
is read by rapidocr and by tesseract, and every true line is aligned with the line it became. Prints figures;
writes the table (only confusions seen at least MIN_COUNT times; field reports not reproduced go into a
separate [reported] table). Run: .venv/bin/python benchmarks/build_ocr_confusions.py [--quick] [--dry-run]
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing as mp
import os
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ocr_marks import Spec, align, fonts, match_lines, render  # noqa: E402
from toml_out import write_table  # noqa: E402

from guard.normalize import normalize, normalize_light  # noqa: E402

SEED = 20261202
MIN_COUNT = 2
ENGINES = ("rapidocr", "tesseract")
LEVELS = ("绝密", "机密", "秘密")
PERIODS = ("1年", "2年", "3年", "5年", "10年", "15年", "20年", "30年", "6个月", "3个月", "长期", "启用前",
           "考试结束前", "2027年6月30日前", "2026年12月31日前")
SIZES = (12, 13, 14, 15, 16, 17, 18, 20)
BLURS = (0.5, 0.7, 0.9, 1.0, 1.2, 1.5)
RESCALES = (0.5, 0.6, 0.7, 0.8)
QUALITIES = (10, 15, 20, 30, 45, 60)
FULL, QUICK = (1200, 160), (110, 12)  # (crops, pages): ~10 min and ~1 min on 2 cores
_engines: dict[str, Any] = {}


def plan(crops: int, pages: int, seed: int = SEED) -> list[Spec]:
    """Every level x period in turn, conditions drawn at random (each degradation present or not)."""
    rng = random.Random(seed)
    marks = [f"{lv}★{p}" for lv in LEVELS for p in PERIODS]
    rng.shuffle(marks)
    names = sorted(fonts())
    specs = []
    for i in range(crops + pages):
        specs.append(Spec(
            mark=marks[i % len(marks)], copy_no=f"{rng.randint(1, 99999):06d}",
            urgency=rng.choice(("特急", "加急", "")), font=names[i % len(names)], size=rng.choice(SIZES),
            blur=rng.choice(BLURS) if rng.random() < 0.6 else 0.0,
            rescale=rng.choice(RESCALES) if rng.random() < 0.4 else 1.0,
            jpeg=rng.choice(QUALITIES) if rng.random() < 0.7 else 0, layout="page" if i >= crops else "crop"))
    return specs


def _init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from guard.ocr.engines import get_engine

    for name in ENGINES:
        _engines[name] = get_engine(name)


def read_spec(spec: Spec) -> tuple[Spec, dict[str, list[str]], dict[str, float]]:
    """The lines each engine printed for one render, in the product's reading order."""
    from guard.extract.base import Limits
    from guard.ocr.base import ordered_lines
    from guard.ocr.child import read_bytes

    data = render(spec)
    texts, secs = {}, {}
    for name, engine in _engines.items():
        t0 = time.monotonic()
        texts[name] = [ln.text for ln in ordered_lines(read_bytes(engine, data, None, Limits()))]
        secs[name] = time.monotonic() - t0
    return spec, texts, secs


class Tally:
    """Counts per engine: true char -> printed -> n, insertions, marks read exactly, lines not found."""

    def __init__(self) -> None:
        self.subs: dict[str, dict[str, Counter[str]]] = {e: defaultdict(Counter) for e in ENGINES}
        self.seen: dict[str, Counter[str]] = {e: Counter() for e in ENGINES}
        self.inserted: dict[str, Counter[str]] = {e: Counter() for e in ENGINES}
        self.stats: dict[str, Counter[str]] = {e: Counter() for e in ENGINES}
        self.secs: Counter[str] = Counter()

    def add(self, spec: Spec, texts: dict[str, list[str]], secs: dict[str, float]) -> None:
        truth = spec.truth()
        for engine, reads in texts.items():
            self.secs[engine] += secs[engine]
            st = self.stats[engine]
            for (kind, true), read in zip(truth, match_lines([t for _, t in truth], reads), strict=True):
                st["lines"] += 1
                if kind == "mark":
                    st["marks"] += 1
                    st["mark_exact"] += read == true
                    st["mark_norm"] += read is not None and normalize(read) == normalize(true)
                if read is None:
                    st["not_found"] += 1
                    continue
                for op, t, r in align(true, read):
                    if op == "insert":
                        self.inserted[engine][r] += 1
                    elif op == "garbled":
                        st["garbled"] += 1
                    else:
                        self.seen[engine].update(t)  # each true character, also those of a 2:1 block
                        if op != "equal":
                            self.subs[engine][t]["dropped" if op == "drop" else r] += 1


def field_reports() -> dict[str, tuple[list[str], bool]]:
    """What users reported (true char -> misreads, may be dropped); written only where not reproduced."""
    digits = {"0": ["O", "o"], "1": ["l", "I"]}
    star = ["太", "女", "妇", "雪", "·", "."]
    words = {"月": ["目", "日"], "年": ["牟", "午", "车"], "用": ["甩"], "启": ["后"], "★": star}
    levels = {ch: ([], True) for ch in "绝机秘密"}
    return {**{k: (v, False) for k, v in {**digits, **words}.items()}, **levels}


def report(tally: Tally, n: int, wall: float) -> None:
    print(f"renders: {n} ({wall:.0f} s wall); fonts: {', '.join(sorted(fonts()))}")
    for e in ENGINES:
        st = tally.stats[e]
        chars = sum(tally.seen[e].values())
        wrong = sum(sum(c.values()) for c in tally.subs[e].values())
        print(f"{e}: marks read exactly {st['mark_exact']}/{st['marks']} ({st['mark_exact'] / st['marks']:.1%}), "
              f"after normalisation {st['mark_norm'] / st['marks']:.1%}; lines not found "
              f"{st['not_found']}/{st['lines']}; characters misread or dropped {wrong}/{chars} "
              f"({wrong / max(chars, 1):.1%}); garbled blocks {st['garbled']}; {tally.secs[e] / n:.2f} s per render")
        top = Counter({(t, r): c for t, rs in tally.subs[e].items() for r, c in rs.items()}).most_common(25)
        print("  top: " + "  ".join(f"{t}->{r or '∅'} {c}" for (t, r), c in top))
        ins = tally.inserted[e].most_common(8)
        print("  inserted: " + "  ".join(f"{r!r} {c}" for r, c in ins))


def _reads(specs: list[Spec], procs: int) -> Iterator[tuple[Spec, dict[str, list[str]], dict[str, float]]]:
    t0 = time.monotonic()
    with mp.get_context("fork").Pool(procs, initializer=_init) as pool:
        for i, row in enumerate(pool.imap_unordered(read_spec, specs, chunksize=4), 1):
            if i % 100 == 0:
                print(f"  {i}/{len(specs)} renders, {time.monotonic() - t0:.0f} s", file=sys.stderr)
            yield row


def _saved(path: Path) -> Iterator[tuple[Spec, dict[str, list[str]], dict[str, float]]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        spec, texts, secs = json.loads(line)
        yield Spec(**spec), texts, secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a ~1 minute run (the table is still written)")
    ap.add_argument("--dry-run", action="store_true", help="print figures, do not write the table")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "ocr" / "confusions.toml")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--save-reads", type=Path, help="also keep what the engines printed (JSON lines)")
    ap.add_argument("--from-reads", type=Path, help="rebuild the table from saved reads, without OCR")
    args = ap.parse_args()
    specs = plan(*(QUICK if args.quick else FULL))
    tally, t0, n = Tally(), time.monotonic(), 0
    if args.save_reads:
        args.save_reads.write_text("", encoding="utf-8")
    for spec, texts, secs in (_saved(args.from_reads) if args.from_reads else _reads(specs, args.procs)):
        tally.add(spec, texts, secs)
        n += 1
        if args.save_reads:
            with args.save_reads.open("a", encoding="utf-8") as f:
                f.write(json.dumps([asdict(spec), texts, secs], ensure_ascii=False) + "\n")
    wall = time.monotonic() - t0
    report(tally, n, wall)
    if not args.dry_run:
        meta = {"generated": datetime.date.today().isoformat(), "script": "benchmarks/build_ocr_confusions.py",
                "seed": SEED, "renders": n, "min_count": MIN_COUNT, "engines": versions(),
                "fonts": sorted(fonts()), "sizes_px": list(SIZES), "blur_sigma": list(BLURS),
                "rescale": list(RESCALES), "jpeg_quality": list(QUALITIES), "layouts": ["crop", "page"],
                "levels": list(LEVELS), "periods": list(PERIODS)}
        write_table(args.out, meta, tally, field_reports(), MIN_COUNT, normalize_light)
        print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


def versions() -> list[str]:
    from guard.ocr.engines import engine_report

    rows = {row["name"]: row for row in engine_report()}
    # rapidocr's version names its runtime and models: "rapidocr 3.10.0 · openvino 2026.4.1 · PP-OCRv6 small"
    return [rows["rapidocr"]["version"], f"tesseract {rows['tesseract']['version']} chi_sim+eng"]


if __name__ == "__main__":
    main()
