"""IM folder watching on a real inotify observer: time from a file's close to on_hit for a 1-page marked .docx
and for a phone photo (JPEG) of a marked page, then the process CPU time while 2,000 small files land in a
watched tree (the guard's share: the same files written into an unwatched folder are measured first).

Prints figures, asserts nothing. Targets (issue 5): .docx p95 <= 1 s, photo p95 <= 2.5 s (quiet_seconds 0.5).
Run: .venv/bin/python benchmarks/bench_folders.py [--runs 20] [--photos 10] [--files 2000]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402

from guard.files import FileScanner  # noqa: E402
from guard.sources.folder_watch import FolderGuard, FolderHit  # noqa: E402
from guard.sources.im_folders import WatchRoot  # noqa: E402
from tests.ocr.images import document_screen, photo_of  # noqa: E402


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def marked_docx(i: int) -> bytes:
    doc = Document()
    for line in ("机密★1年", f"关于做好第{i}批安全生产检查工作的通知", "各区县人民政府，市政府各部门：",
                 "为进一步压实各级各部门责任，切实防范化解重大风险，现将有关事项通知如下。"):
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


class Hits:
    def __init__(self) -> None:
        self.arrived: dict[Path, tuple[float, FolderHit]] = {}
        self.summaries: list[str] = []
        self.cond = threading.Condition()

    def on_hit(self, hit: FolderHit) -> None:
        with self.cond:
            self.arrived[hit.path] = (time.monotonic(), hit)
            self.cond.notify_all()

    def on_summary(self, text: str) -> None:
        with self.cond:
            self.summaries.append(text)
            self.cond.notify_all()


def latency(files: FileScanner, name: str, make: callable, runs: int, suffix: str) -> None:  # type: ignore[valid-type]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "xwechat_files" / "wxid_bench_0a13" / "msg" / "file"
        (root / "2026-11").mkdir(parents=True)
        hits = Hits()
        guard = FolderGuard([WatchRoot(root, "wechat4", "微信", "bench", True)], files, hits.on_hit, hits.on_summary,
                            quiet_seconds=0.5)
        guard.start()
        waits, scans, verdicts = [], [], []
        try:
            for i in range(runs):
                path = root / "2026-11" / f"{name}{i}{suffix}"
                data = make(i)
                with open(path, "wb") as fh:
                    fh.write(data)
                closed = time.monotonic()
                with hits.cond:
                    hits.cond.wait_for(lambda p=path: p in hits.arrived, 30)
                if path in hits.arrived:
                    arrived, hit = hits.arrived[path]
                    waits.append(arrived - closed)
                    scans.append(hit.scanned - hit.completed)
                    verdicts.append(hit.result.verdict)
                time.sleep(0.2)
        finally:
            guard.stop()
    if waits:
        print(f"{name:<6} close -> on_hit: p50 {_p(waits, .5):.3f} s  p95 {_p(waits, .95):.3f} s  "
              f"max {max(waits):.3f} s"
              f"  (scan alone p50 {_p(scans, .5):.3f} s; {len(waits)}/{runs} hits, verdicts {sorted(set(verdicts))})")
    else:
        print(f"{name:<6} no hits")


def write_files(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"记录{i:05d}.txt").write_text(f"第{i}条聊天记录里的普通文件，内容无关紧要。\n" * 5, encoding="utf-8")


def burst_cpu(files: FileScanner, n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cpu0, t0 = time.process_time(), time.monotonic()
        write_files(Path(tmp) / "unwatched", n)
        base_cpu, base_wall = time.process_time() - cpu0, time.monotonic() - t0
        root = Path(tmp) / "xwechat_files" / "wxid_bench_0a13" / "msg" / "file"
        root.mkdir(parents=True)
        hits = Hits()
        guard = FolderGuard([WatchRoot(root, "wechat4", "微信", "bench", True)], files, hits.on_hit, hits.on_summary,
                            quiet_seconds=0.5)
        guard.start()
        time.sleep(0.5)
        cpu0, t0 = time.process_time(), time.monotonic()
        write_files(root / "2026-11", n)
        written = time.monotonic() - t0
        with hits.cond:
            hits.cond.wait_for(lambda: hits.summaries, 120)
        cpu, wall = time.process_time() - cpu0, time.monotonic() - t0
        idle0 = time.process_time()
        time.sleep(5)
        idle = time.process_time() - idle0
        guard.stop()
    print(f"{n} files written one by one: alone {base_cpu:.2f} s CPU ({base_wall:.2f} s wall); watched "
          f"{cpu:.2f} s CPU until the summary ({wall:.2f} s wall, writing took {written:.2f} s) -> guard share "
          f"~{cpu - base_cpu:.2f} s CPU, {1000 * (cpu - base_cpu) / n:.2f} ms per file; "
          f"idle afterwards {100 * idle / 5:.2f} % of a core")
    print(f"summary: {hits.summaries[0] if hits.summaries else '(none)'}; individual hits: {len(hits.arrived)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    photo = photo_of(document_screen())
    with FileScanner() as files:
        files.ocr_worker()
        files.scan_bytes(photo, "warm.jpg")  # a warm OCR worker, as in a guard that has been running
        latency(files, "docx", marked_docx, args.runs, ".docx")
        latency(files, "photo", lambda i: photo + bytes(i + 1), args.photos, ".jpg")  # unique bytes, same picture
        burst_cpu(files, args.files)


if __name__ == "__main__":
    main()
