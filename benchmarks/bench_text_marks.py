"""Text verdict speed under issue 10's targets, new engine beside an older commit measured in the same run.

Texts: 10 KB of official prose with a mark (p95 <= 5 ms), 2 MB of it (p95 <= 200 ms), and 2 MB of yearbook
prose that mentions the level words thousands of times (every mention is a candidate the position
classifier must look at: the worst case of the evidence design).

Run: .venv/bin/python benchmarks/bench_text_marks.py [--old REF]   (REF defaults to 35a712d, before issue 10)
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROSE = (
    "全县认真贯彻落实保密工作责任制，组织开展保守国家秘密宣传教育，",
    "严格涉密载体管理，机密文件和秘密文件分类存放，",
    "会议强调要增强保密意识，防止失泄密事件发生，",
    "各乡镇要结合实际抓好森林防火和安全生产工作，",
    "县委书记到开发区调研，听取重点项目推进情况汇报。",
    "2019年3月，县政府召开常务会议研究部署有关工作。",
)


def texts() -> dict[str, str]:
    r = random.Random(10)
    def prose(size: int, mentions: bool) -> str:
        parts, n = [], 0
        pool = _PROSE if mentions else _PROSE[3:]
        while n < size:
            p = r.choice(pool) + ("\n" if r.random() < 0.2 else "")
            parts.append(p)
            n += len(p.encode())
        return "".join(parts)
    head = "000123\n机密★1年\n关于做好森林防火工作的通知\n各乡镇：\n"
    return {"10 KB marked": head + prose(10 * 1024, False), "2 MB marked": head + prose(2 * 1024 * 1024, False),
            "2 MB mentions": prose(2 * 1024 * 1024, True)}


def measure() -> dict[str, dict[str, float]]:
    sys.path.insert(0, str(Path.cwd()))
    from guard.engine import Engine

    engine = Engine()
    out = {}
    for name, text in texts().items():
        runs = 200 if name.startswith("10 KB") else 7
        engine.scan_text(text)
        lat = []
        for _ in range(runs):
            t0 = time.perf_counter()
            verdict = engine.scan_text(text).verdict
            lat.append((time.perf_counter() - t0) * 1000)
        lat.sort()
        out[name] = {"p50": statistics.median(lat), "p95": lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))],
                     "verdict": verdict}
    return out


def _old(ref: str) -> dict[str, dict[str, float]] | str:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "old"
        add = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), ref],
                             capture_output=True, text=True)
        if add.returncode:
            return f"cannot check out {ref}: {add.stderr.strip()}"
        try:
            proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure-here"], cwd=tree,
                                  capture_output=True, text=True, timeout=1800)
            return json.loads(proc.stdout) if proc.returncode == 0 else proc.stderr[-500:]
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", default="35a712d")
    ap.add_argument("--measure-here", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure_here:
        print(json.dumps(measure()))
        return
    new = measure()
    old = _old(args.old)
    targets = {"10 KB marked": 5, "2 MB marked": 200, "2 MB mentions": 200}
    print(f"{'text':<15} {'new p50':>9} {'new p95':>9} {'old p50':>9} {'old p95':>9}  target p95  verdict new/old")
    for name, fig in new.items():
        o = old.get(name, {}) if isinstance(old, dict) else {}
        print(f"{name:<15} {fig['p50']:>7.1f}ms {fig['p95']:>7.1f}ms {o.get('p50', float('nan')):>7.1f}ms "
              f"{o.get('p95', float('nan')):>7.1f}ms  <= {targets[name]} ms  {fig['verdict']}/{o.get('verdict', '-')}")
    if isinstance(old, str):
        print(f"old path not measured: {old}")


if __name__ == "__main__":
    main()
