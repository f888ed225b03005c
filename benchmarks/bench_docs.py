"""Folder scan throughput: documents per second over 200 mixed office files with a text layer.

Files are made by the real libraries (python-docx, openpyxl, python-pptx, fpdf2, odfpy) with 2-6 pages of
official-document-like text; a tenth carry a mark. Prints figures for 1 and 2 worker processes, asserts
nothing. Target (issue 3): at least 20 documents/s with 2 workers on this 2-core machine.

Run: .venv/bin/python benchmarks/bench_docs.py [--files 200] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import glob
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import document

from guard.batch import scan_many

KINDS = ("docx", "xlsx", "pptx", "pdf", "odt", "txt", "html", "csv")


def _font() -> str | None:
    for pattern in ("/usr/share/fonts/**/NotoSansCJK*.otf", "/usr/share/fonts/**/*CJK*.otf",
                    "/usr/share/fonts/**/*CJK*.ttf"):
        found = sorted(glob.glob(pattern, recursive=True))
        if found:
            return found[0]
    return None


def _ttf_from_ttc(folder: Path) -> str | None:
    """fpdf2 needs one face: take it out of the Noto .ttc with fontTools when no .otf is installed."""
    found = sorted(glob.glob("/usr/share/fonts/**/NotoSansCJK-Regular.ttc", recursive=True))
    if not found:
        return None
    from fontTools.ttLib import TTFont

    out = folder / "cjk.otf"
    TTFont(found[0], fontNumber=0).save(out)
    return str(out)


def make_files(folder: Path, n: int) -> Counter[str]:
    from docx import Document
    from fpdf import FPDF
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    from openpyxl import Workbook
    from pptx import Presentation

    rng = random.Random(5)
    font = _font() or _ttf_from_ttc(folder)
    kinds: Counter[str] = Counter()
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        if kind == "pdf" and font is None:
            kind = "docx"
        kinds[kind] += 1
        text = document(rng.randint(3_000, 12_000), seed=i, marked=i % 10 == 0)
        lines = [ln for ln in text.split("\n") if ln.strip()]
        path = folder / f"file{i:03d}.{kind}"
        if kind == "docx":
            doc = Document()
            for line in lines:
                doc.add_paragraph(line)
            doc.save(path)
        elif kind == "xlsx":
            wb = Workbook()
            ws = wb.active
            for r, line in enumerate(lines, 1):
                ws.cell(r, 1, r)
                ws.cell(r, 2, line)
            wb.save(path)
        elif kind == "pptx":
            prs = Presentation()
            for k in range(0, len(lines), 6):
                slide = prs.slides.add_slide(prs.slide_layouts[1])
                slide.shapes.title.text = lines[k]
                slide.placeholders[1].text = "\n".join(lines[k + 1:k + 6])
            prs.save(path)
        elif kind == "pdf":
            pdf = FPDF()
            pdf.add_font("cjk", fname=font)
            pdf.set_font("cjk", size=11)
            pdf.add_page()
            for line in lines:
                pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
            pdf.output(str(path))
        elif kind == "odt":
            odt = OpenDocumentText()
            for line in lines:
                odt.text.addElement(P(text=line))
            odt.save(str(path))
        elif kind == "html":
            path.write_text("<html><body>" + "".join(f"<p>{ln}</p>" for ln in lines) + "</body></html>",
                            encoding="utf-8")
        elif kind == "csv":
            path.write_text("\n".join(f"{r},{ln}" for r, ln in enumerate(lines)), encoding="utf-8")
        else:
            path.write_text(text, encoding="utf-8")
    return kinds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        kinds = make_files(folder, args.files)
        size = sum(p.stat().st_size for p in folder.glob("file*")) / 1048576
        print(f"made {args.files} files ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}; "
              f"{size:.1f} MB) in {time.perf_counter() - t0:.1f} s")
        paths = sorted(folder.glob("file*"))
        for workers in (int(w) for w in args.workers.split(",")):
            t0 = time.perf_counter()
            verdicts = Counter(r.verdict for r in scan_many(paths, workers=workers, ocr=None))
            seconds = time.perf_counter() - t0
            print(f"{workers} worker(s): {len(paths) / seconds:.1f} documents/s ({seconds:.2f} s for {len(paths)}, "
                  f"start-up included; verdicts {dict(sorted(verdicts.items()))}; target >= 20/s with 2 workers)")


if __name__ == "__main__":
    main()
