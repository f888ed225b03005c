"""Screenshots of every tray surface at the screen sizes and scalings clerks have (issue 11): block text,
confirm text, unjudged file, picture, file list, folder alert, events window, settings/status window, screen
check. Each size and scale gets its own Xvfb, window manager (openbox, when installed) and app process, since
QT_SCALE_FACTOR must be set before Qt starts. Prints whether each window fits the screen's available area.

Run: .venv/bin/python benchmarks/screens.py OUTDIR [--sizes 1366x768,1920x1080] [--scales 1,1.25,1.5]
  [--surfaces block,...] [--picture 1080x1600] [--json FILE] [--no-shots]
Exits non-zero when a surface did not appear (a window that does not fit is reported, not fatal).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._screens_drive import SURFACES  # noqa: E402
from tests.xvfb import xvfb  # noqa: E402


def prepare(work: Path) -> dict[str, str]:
    """A private HOME with a WeChat 4.x tree for discovery to find, the files to copy, and the app's own
    settings, admin configuration and event log folders: never the machine's."""
    from docx import Document

    month = work / "home" / "Documents" / "xwechat_files" / "zhang-san_9d75" / "msg" / "file" / "2026-12"
    month.mkdir(parents=True)
    (month.parents[2] / "db_storage").mkdir()
    files = work / "files"
    files.mkdir()
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "机密★5年"
    doc.add_paragraph("关于做好防汛工作的通知")
    doc.add_paragraph("各区县人民政府：现将有关事项通知如下。")
    doc.save(files / "关于防汛工作的通知.docx")
    (files / "会议纪要.txt").write_text("内部资料 注意保存\n会议纪要\n一、会议议定事项", encoding="utf-8")
    (files / "损坏的报告.docx").write_bytes(b"PK\x03\x04 damaged")
    (work / "admin.toml").write_text("dialog_timeout_seconds = 120\n", encoding="utf-8")
    runtime = work / "run"
    runtime.mkdir(mode=0o700)
    home = work / "home"
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_RUNTIME_DIR": str(runtime), "CLIPGUARD_DATA_DIR": str(work / "data"),
            "CLIPGUARD_CONFIG_DIR": str(work / "config"), "CLIPGUARD_ADMIN_CONFIG": str(work / "admin.toml"),
            "CLIPGUARD_LANG": "zh", "QT_QPA_PLATFORM": "xcb", "PYTHONIOENCODING": "utf-8"}


def run_one(size: str, scale: str, outdir: Path | None, surfaces: str, picture: str) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="clipguard-screens-") as tmp, xvfb(f"{size}x24") as display:
        env = {**os.environ, **prepare(Path(tmp)), "DISPLAY": display, "QT_SCALE_FACTOR": scale}
        wm = None
        if shutil.which("openbox"):
            wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
        try:
            cmd = [sys.executable, str(ROOT / "benchmarks" / "_screens_drive.py"), tmp, "--surfaces", surfaces,
                   "--picture", picture]
            if outdir is not None:
                cmd += ["--outdir", str(outdir / f"{size}@{scale}")]
            proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        finally:
            if wm is not None:
                wm.terminate()
                wm.wait(10)
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if not rows or "Traceback" in proc.stderr:
        rows.append({"surface": "<app>", "error": proc.stderr[-1500:] or f"exit {proc.returncode}"})
    return [{**r, "size": size, "scale": scale} for r in rows]


def table(rows: list[dict[str, Any]]) -> None:
    print(f"{'surface':10} {'size':10} {'scale':5} {'window (x,y,w,h)':22} {'available':22} fits")
    for r in rows:
        if "error" in r:
            print(f"{r['surface']:10} {r['size']:10} {r['scale']:5} NOT SHOWN: {r['error']}")
            continue
        fits = "yes" if r["fits"] and not r["buttons_outside"] else f"NO {r['buttons_outside'] or ''}"
        print(f"{r['surface']:10} {r['size']:10} {r['scale']:5} {tuple(r['frame'])!s:22} "
              f"{tuple(r['avail'])!s:22} {fits}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--scales", default="1,1.25,1.5")
    parser.add_argument("--surfaces", default=",".join(SURFACES))
    parser.add_argument("--picture", default="1080x1600", help="size of the copied picture (a tall one tests fit)")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--no-shots", action="store_true", help="measure only")
    args = parser.parse_args(argv)
    if not shutil.which("openbox"):
        print("openbox is not installed: no window manager, so no window frames (measured without them)",
              file=sys.stderr)
    rows: list[dict[str, Any]] = []
    for size in args.sizes.split(","):
        for scale in args.scales.split(","):
            rows += run_one(size, scale, None if args.no_shots else args.outdir, args.surfaces, args.picture)
    table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
