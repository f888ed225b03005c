"""PDF: the text layer page by page (pypdf), pages without one (scans, photos saved as PDF) rendered by
pdfium at a resolution OCR reads well, and the pictures on pages that do have a text layer rendered too (a
few typed words over a scanned marked page must not hide it: see `pdf_pages`). pdfium also opens what pypdf
cannot decrypt (AES without the cryptography package) and reads its text. Encrypted files are tried with the
empty password only.

Renders for OCR (scanned pages and picture areas alike) are capped at `limits.max_ocr_pages`; what lies past
that cap, the page cap or the time limit is a note, and the verdict is then at least `confirm`.
"""

from __future__ import annotations

import io
import logging
import re
import time

import pypdfium2 as pdfium
from pypdf import PdfReader

from guard.errors import ExtractError
from guard.extract.base import Embedded, Extracted, Limits, Part
from guard.extract.pdf_pages import Pictures, page_box, render_page, render_pictures, scan_pictures, too_large_picture
from guard.messages import t

MIN_TEXT = 8  # fewer visible characters than this: a scanned page (perhaps with a page number "第1页共5页")
# pypdf misreads some CID font encodings (NULs between hanzi, replacement characters): pdfium reads them
GARBLED = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, limits: Limits) -> Extracted:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        encrypted = "password" in str(exc).lower()
        raise ExtractError(t("pdf.encrypted") if encrypted else t("pdf.corrupt", error=exc)) from None
    out = Extracted(kind="pdf")
    deadline = time.monotonic() + limits.seconds
    try:
        count = len(doc)
        pages = min(count, limits.max_pages)
        if count > pages:
            out.notes.append(t("pdf.pages_cut", count=count, first=pages + 1, last=count, limit=limits.max_pages))
        texts = _pypdf_texts(data, pages)
        renders: list[tuple[int, Pictures | None]] = []  # (page, None: the whole scanned page | its pictures)
        seen: set[bytes] = set()
        for i in range(pages):
            if time.monotonic() > deadline:
                out.notes.append(t("pdf.time_cut", first=i + 1, last=pages))
                break
            text = texts[i] if texts is not None and not GARBLED.search(texts[i]) else _pdfium_text(doc, i)
            text = CONTROLS.sub("", text)
            if len("".join(text.split())) < MIN_TEXT:
                renders.append((i, None))
            else:
                pictures = _on_page(doc, i, seen, limits, out)
                if pictures is not None:
                    renders.append((i, pictures))
            if text.strip():
                out.parts.append(Part(text.strip("\n"), {"part": "page", "page": i + 1}))
        _render_all(doc, renders, limits, deadline, out)
    finally:
        doc.close()
    return out


def _on_page(doc: pdfium.PdfDocument, i: int, seen: set[bytes], limits: Limits, out: Extracted) -> Pictures | None:
    """The pictures of a page with a text layer that still need reading, or None."""
    page = doc[i]
    try:
        pictures = scan_pictures(page, seen, limits)
    except pdfium.PdfiumError:  # objects that cannot be listed: render the whole page
        pictures = Pictures(box=page_box(page))
    finally:
        page.close()
    if pictures.too_large:
        out.notes.append(t("pdf.picture_too_large", page=i + 1, width=pictures.too_large[0],
                           height=pictures.too_large[1]))
        return None
    return pictures if pictures.box is not None else None


def _render_all(doc: pdfium.PdfDocument, renders: list[tuple[int, Pictures | None]], limits: Limits,
                deadline: float, out: Extracted) -> None:
    """Render what needs OCR, in page order, within the render cap and the time limit."""
    for n, (i, pictures) in enumerate(renders):
        if n >= limits.max_ocr_pages:
            out.notes.append(t("pdf.renders_cut", n=len(renders) - n, limit=limits.max_ocr_pages))
            return
        if time.monotonic() > deadline:
            out.notes.append(t("pdf.renders_time", page=i + 1))
            return
        if sum(len(image.data) for image in out.images) > limits.max_unpacked_bytes:
            out.notes.append(t("pdf.renders_memory", n=len(renders) - n, limit=limits.max_unpacked_bytes // 1048576))
            return
        page = doc[i]
        try:
            if pictures is None:
                too_large = too_large_picture(page, limits)
                if too_large:
                    out.notes.append(t("pdf.picture_too_large", page=i + 1, width=too_large[0], height=too_large[1]))
                    continue
                out.images.append(Embedded(render_page(page, limits), {"part": "page", "page": i + 1,
                                                                        "scanned": True}))
            else:
                out.images.append(Embedded(render_pictures(page, pictures, limits), {"part": "page", "page": i + 1,
                                                                                     "pictures": True}))
        finally:
            page.close()


def _pypdf_texts(data: bytes, pages: int) -> list[str] | None:
    """Text of the first pages, or None when pypdf cannot read the file (pdfium then reads the text)."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError(t("pdf.encrypted"))
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
