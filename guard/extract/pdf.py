"""PDF: the text layer page by page (pypdf), and pages without one (scans, photos saved as PDF) rendered
by pdfium at a resolution OCR reads well. pdfium also opens what pypdf cannot decrypt (AES without the
cryptography package) and reads its text. Encrypted files are tried with the empty password only."""

from __future__ import annotations

import io
import logging
import re
import time

import pypdfium2 as pdfium
from pypdf import PdfReader

from guard.errors import ExtractError
from guard.extract.base import Embedded, Extracted, Limits, Part

DPI = 200
MIN_TEXT = 8  # fewer visible characters than this: a scanned page (perhaps with a page number "第1页共5页")
ENCRYPTED = "PDF is encrypted, cannot be read without the password"
# pypdf misreads some CID font encodings (NULs between hanzi, replacement characters): pdfium reads them
GARBLED = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, limits: Limits) -> Extracted:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ExtractError(ENCRYPTED if "password" in str(exc).lower() else f"corrupt PDF: {exc}") from None
    out = Extracted(kind="pdf")
    deadline = time.monotonic() + limits.seconds
    try:
        count = len(doc)
        pages = min(count, limits.max_pages)
        if count > pages:
            out.notes.append(f"PDF has {count} pages: pages {pages + 1}-{count} not read (limit {limits.max_pages})")
        texts = _pypdf_texts(data, pages)
        scanned: list[int] = []
        for i in range(pages):
            if time.monotonic() > deadline:
                out.notes.append(f"time limit reached: pages {i + 1}-{pages} not read")
                break
            text = texts[i] if texts is not None and not GARBLED.search(texts[i]) else _pdfium_text(doc, i)
            text = CONTROLS.sub("", text)
            if len("".join(text.split())) < MIN_TEXT:
                scanned.append(i)
            if text.strip():
                out.parts.append(Part(text.strip("\n"), {"part": "page", "page": i + 1}))
        for i in scanned[: limits.max_ocr_pages]:
            if time.monotonic() > deadline:
                out.notes.append(f"time limit reached: page {i + 1} onwards not rendered for OCR")
                break
            out.images.append(Embedded(_render(doc, i, limits), {"part": "page", "page": i + 1, "scanned": True}))
        if len(scanned) > limits.max_ocr_pages:
            out.notes.append(f"{len(scanned) - limits.max_ocr_pages} more pages without text not rendered for OCR "
                             f"(limit {limits.max_ocr_pages})")
    finally:
        doc.close()
    return out


def _pypdf_texts(data: bytes, pages: int) -> list[str] | None:
    """Text of the first pages, or None when pypdf cannot read the file (pdfium then reads the text)."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError(ENCRYPTED)
        out = []
        for i in range(pages):
            try:
                out.append(reader.pages[i].extract_text() or "")
            except Exception:  # one bad content stream: the other pages still count
                out.append("")
        return out
    except ExtractError:
        raise
    except Exception:  # pypdf parse or decryption dependency error: pdfium opened it, so use pdfium
        return None


def _pdfium_text(doc: pdfium.PdfDocument, i: int) -> str:
    page = doc[i]
    try:
        return page.get_textpage().get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
    finally:
        page.close()


def _render(doc: pdfium.PdfDocument, i: int, limits: Limits) -> bytes:
    page = doc[i]
    try:
        width, height = page.get_size()
        scale = min(DPI / 72, (limits.max_pixels / max(width * height, 1.0)) ** 0.5)
        image = page.render(scale=scale).to_pil()
    finally:
        page.close()
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()
