"""Scan samples as each source kind: text through the engine, image (a rendered page, real OCR) and office
(a real .docx) through the product's file scanner, as `clipguard scan FILE` reads them.

OCR-source samples are OCR output given as text: as text they are scanned with OCR provenance, as a picture
they are rendered and read by OCR again, and as a .docx they are left out (typed into Word, OCR misreadings
are typed text, which the engine rightly does not read through the OCR confusion table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .measure import Outcome
from .render import docx_bytes, page_png
from .sample import RANK, Sample

KINDS = ("text", "image", "office")
WRITERS: dict[str, tuple[str, Callable[[str], bytes]]] = {"image": ("png", page_png), "office": ("docx", docx_bytes)}


def one_page(samples: Iterable[Sample], classes: tuple[int, ...] = (1, 2, 5, 6, 8),
             max_lines: int = 25, max_chars: int = 1500) -> list[Sample]:
    """The deterministic subset scanned as every kind: samples of `classes` short enough for one page."""
    return [s for s in samples if s.cls in classes and len(s.text.splitlines()) <= max_lines
            and len(s.text) <= max_chars]


def _rules(result) -> tuple[str, ...]:
    held = {f.rule for f in result.findings if RANK.get(str(f.severity), 0) >= RANK["confirm"]}
    return tuple(sorted(held or {f.rule for f in result.findings}))


def scan_texts(engine, samples: Iterable[Sample]) -> list[Outcome]:
    """Each sample's text through `engine.scan_text`, with OCR provenance for OCR-source samples."""
    out = []
    for s in samples:
        result = engine.scan_text(s.text, s.id, ocr=s.source == "ocr")
        out.append(Outcome(s, result.verdict, _rules(result)))
    return out


def scan_files(scanner, samples: Iterable[Sample], kind: str, folder: Path) -> list[Outcome]:
    """Each sample written as a real file of `kind` ("image" | "office") into `folder` and scanned by path."""
    suffix, write = WRITERS[kind]
    out = []
    for s in samples:
        if kind == "office" and s.source == "ocr":
            continue  # OCR output typed into a document is not OCR output any more (see the module docstring)
        path = folder / f"{s.id}.{suffix}"
        path.write_bytes(write(s.text))
        result = scanner.scan(path)
        out.append(Outcome(s, result.verdict, _rules(result)))
    return out
