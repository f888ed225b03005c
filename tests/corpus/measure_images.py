"""Image regression check: scan tests/corpus/regression_images.py with an OCR engine, print rates and misses.

Run from the project root:  .venv/bin/python -m tests.corpus.measure_images [--engine NAME] [--n N]
(NAME: rapidocr, tesseract, or rapidocr-1.4, the engine before issue 12, where installed)

Targets (issue 3): marked screen-like images blocked in >= 95 %, photo-like in >= 85 %, harmless images
blocked in <= 2 %. Misses are listed by sample name, mark style and what the OCR saw of the mark, not by the
page's text (`--show-text` prints the OCR lines of misses when debugging; `--dump DIR` writes the images).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from guard.engine import Engine
from guard.extract.base import Limits
from guard.ocr.base import lines_to_part
from guard.ocr.engines import KNOWN
from guard.ocr.pipeline import scan_image
from guard.ocr.worker import OcrWorker

from .measure import rate
from .regression_images import build_corpus
from .sample import RANK, Sample, is_miss

TARGET = {"screen": 95.0, "photo": 85.0}
HARMLESS_MAX_BLOCKED = 2.0
JPEG_MAGIC = b"\xff\xd8"
_CLUES = {"level": re.compile("绝密|机密|秘密"), "star": re.compile("★"), "telegram": re.compile("密码电报|密电"),
          "urgency": re.compile("等级[:：]?"), "docnum": re.compile("密(?:发|字)?[〔\\[【(（{]"),
          "copy no": re.compile(r"^\d{6}$", re.M)}


def ok(sample: Sample, verdict: str) -> bool:
    """On a picture only a block is a false alarm (confirm is tolerated); an error is never right."""
    return not is_miss(sample.label, verdict, harmless_ceiling="confirm")


def pick(samples: list[Sample], n: int | None) -> list[Sample]:
    """An even spread of n samples over the corpus (keeps every kind's share)."""
    if not n or n >= len(samples):
        return samples
    return [samples[i * len(samples) // n] for i in range(n)]


def clues(text: str) -> str:
    """What of a mark the OCR text holds, without the text itself: `level@2 star@2 copy no@1`."""
    lines = text.splitlines()
    found = []
    for name, pattern in _CLUES.items():
        where = [i + 1 for i, ln in enumerate(lines) if pattern.search(ln)]
        if where:
            found.append(f"{name}@{','.join(map(str, where[:3]))}")
    return " ".join(found) or "no mark clue read"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=list(KNOWN), default="rapidocr")
    parser.add_argument("--n", type=int, default=None, help="measure an even spread of N samples")
    parser.add_argument("--kind", default=None, help="only samples whose name starts with this")
    parser.add_argument("--dump", type=Path, default=None, help="write every rendered image into this folder")
    parser.add_argument("--show-text", action="store_true", help="print the OCR lines of misses (debugging)")
    parser.add_argument("--quiet", action="store_true", help="no progress line per sample")
    args = parser.parse_args(argv)

    samples = [s for s in build_corpus() if not args.kind or s.id.startswith(args.kind)]
    samples = pick(samples, args.n)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    engine, limits = Engine(), Limits()
    rows: list[tuple[Sample, str, list[str], float, str]] = []
    t_start = time.monotonic()
    with OcrWorker(args.engine, idle_seconds=600, max_requests=100_000) as worker, \
            ThreadPoolExecutor(1) as pool:
        print(f"engine {args.engine} {worker.version or ''}, {len(samples)} samples, "
              f"worker start {worker.start():.2f} s", flush=True)
        ahead = pool.submit(samples[0].render) if samples else None
        for i, sample in enumerate(samples):
            assert ahead is not None
            data = ahead.result()
            if i + 1 < len(samples):
                ahead = pool.submit(samples[i + 1].render)  # render the next one while this one is read
            if args.dump:
                suffix = "jpg" if data[:2] == JPEG_MAGIC else "png"
                (args.dump / f"{sample.id}.{suffix}").write_bytes(data)
            result = scan_image(engine, data, {"source": sample.id}, worker, limits)
            path = "regions" if any(f.where.get("ocr") == "regions" for f in result.findings) else "full"
            rules = sorted({f.rule for f in result.findings if RANK.get(str(f.severity), 0) >= 2}
                           or {f.rule for f in result.findings})
            rows.append((sample, result.verdict, rules, result.ms, path))
            if not args.quiet:
                flag = "" if ok(sample, result.verdict) else "  MISS"
                print(f"  [{i + 1:3d}/{len(samples)}] {sample.id:18} {sample.mark:9} {result.verdict:8} "
                      f"{result.ms / 1000:5.2f} s {path}{flag}", flush=True)
            if result.error and result.verdict == "error":
                print(f"    error: {result.error}")
        report(rows, time.monotonic() - t_start)
        misses = [r for r in rows if not ok(r[0], r[1])]
        if misses:
            print(f"\nmisses: {len(misses)}")
        for sample, verdict, rules, ms, _path in misses:
            lines = worker.read(sample.render(), timeout=120)
            text = lines_to_part(lines, {}).text
            print(f"- {sample.id} ({sample.group}/{sample.kind}, mark {sample.mark}) expected {sample.label}, got "
                  f"{verdict} in {ms / 1000:.2f} s; rules {','.join(rules) or '-'}; OCR: {clues(text)}")
            if args.show_text:
                for ln in text.splitlines()[:14]:
                    print(f"      | {ln}")
    return 0


def report(rows: list[tuple[Sample, str, list[str], float, str]], seconds: float) -> None:
    by_group: dict[str, list] = defaultdict(list)
    for row in rows:
        by_group[row[0].group].append(row)
    print(f"\n{len(rows)} samples in {seconds:.0f} s")
    for group in ("screen", "photo"):
        got = by_group.get(group, [])
        if got:
            hit = sum(v == "block" for _, v, *_ in got)
            verdict = "ok" if 100.0 * hit / len(got) >= TARGET[group] else "BELOW TARGET"
            print(f"{group:8} marked, blocked:        {rate(hit, len(got))}   "
                  f"(target >= {TARGET[group]:.0f}%: {verdict})")
    harm = by_group.get("harmless", [])
    if harm:
        blocked = sum(v == "block" for _, v, *_ in harm)
        verdict = "ok" if 100.0 * blocked / len(harm) <= HARMLESS_MAX_BLOCKED else "ABOVE LIMIT"
        print(f"harmless blocked:                {rate(blocked, len(harm))}   (limit <= 2%: {verdict})")
        print(f"harmless at confirm or above:    {rate(sum(RANK.get(v, -1) >= 2 for _, v, *_ in harm), len(harm))}")
    print()
    cols = ("allow", "notice", "confirm", "block", "error")
    print(f"{'group':8} {'kind':13} {'mark':9} {'n':>4} {'ok':>4} " + " ".join(f"{c:>7}" for c in cols)
          + "   p50 s   p95 s  regions")
    table: dict[tuple[str, str, str], list] = defaultdict(list)
    for row in rows:
        table[(row[0].group, row[0].kind, row[0].mark)].append(row)
    for (group, kind, mark), got in sorted(table.items()):
        counts: dict[str, int] = defaultdict(int)
        for _, v, *_ in got:
            counts[v] += 1
        good = sum(ok(s, v) for s, v, *_ in got)
        times = sorted(ms / 1000 for *_, ms, _ in got)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        early = sum(p == "regions" for *_, p in got)
        flag = "" if good == len(got) else "  <"
        print(f"{group:8} {kind:13} {mark:9} {len(got):4d} {good:4d} " + " ".join(f"{counts[c]:7d}" for c in cols)
              + f"  {statistics.median(times):6.2f}  {p95:6.2f}  {early:7d}{flag}")


if __name__ == "__main__":
    sys.exit(main())
