"""Held-out quality check: run the guard on tests/heldout/corpus.py and print rates and misses.

Run:  cd /work/main && .venv/bin/python -m tests.heldout.measure
"""

from __future__ import annotations

from collections import defaultdict

from guard import scan_text

from .corpus import Sample, build_heldout

RANK = {"allow": 0, "notice": 1, "confirm": 2, "block": 3}


def ok(sample: Sample, verdict: str) -> bool:
    r = RANK.get(verdict, -1)
    if sample.label == "block":
        return r == 3
    if sample.label == "confirm":
        return r >= 2
    return 0 <= r <= 1  # harmless: allow or notice; "error" counts as a miss


def rate(hit: int, total: int) -> str:
    return f"{hit}/{total} = {100.0 * hit / total:.1f}%" if total else "n/a"


def main() -> None:
    samples = build_heldout()
    results = []
    for s in samples:
        res = scan_text(s.text)
        results.append((s, res.verdict, sorted({f.rule for f in res.findings})))

    by_label: dict[str, list] = defaultdict(list)
    for row in results:
        by_label[row[0].label].append(row)

    blk = by_label["block"]
    con = by_label["confirm"]
    harm = by_label["harmless"]
    print(f"samples: {len(samples)}  (block {len(blk)}, confirm {len(con)}, harmless {len(harm)})")
    print(f"block recall (verdict block):            {rate(sum(v == 'block' for _, v, _ in blk), len(blk))}")
    print(f"confirm recall (confirm or block):       {rate(sum(RANK.get(v, -1) >= 2 for _, v, _ in con), len(con))}")
    print(f"harmless blocked:                        {rate(sum(v == 'block' for _, v, _ in harm), len(harm))}")
    print(f"harmless at confirm or above:            {rate(sum(RANK.get(v, -1) >= 2 for _, v, _ in harm), len(harm))}")
    errors = [r for r in results if r[1] == "error"]
    if errors:
        print(f"verdict error on {len(errors)} samples")

    print()
    cols = ("allow", "notice", "confirm", "block", "error")
    print(f"{'label':9} {'kind':24} {'n':>4} {'ok':>4} " + " ".join(f"{c:>7}" for c in cols))
    table: dict[tuple[str, str], list] = defaultdict(list)
    for row in results:
        table[(row[0].label, row[0].kind)].append(row)
    for (label, kind), rows in table.items():
        counts = defaultdict(int)
        for _, v, _ in rows:
            counts[v] += 1
        good = sum(ok(s, v) for s, v, _ in rows)
        flag = "" if good == len(rows) else "  <"
        print(f"{label:9} {kind:24} {len(rows):4d} {good:4d} " + " ".join(f"{counts[c]:7d}" for c in cols) + flag)

    misses = [r for r in results if not ok(r[0], r[1])]
    print()
    print(f"misses: {len(misses)}")
    for s, v, rules in misses:
        excerpt = s.text[:70].replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
        print(f"- {s.kind} expected={s.label} got={v} rules={','.join(rules) or '-'}\n    {excerpt}")


if __name__ == "__main__":
    main()
