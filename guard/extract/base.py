"""What readers produce: text parts with their place in the file, and images still to be read by OCR.

One engine serves every source: a reader turns a file into parts (page header, body, a sheet, a slide,
an OCR'd page) and the engine scans them as one text in reading order, so a mark in a page header is on
the first line of the page, and every finding points back to its part (and box, for OCR text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Box = tuple[int, int, int, int]  # x, y, width, height in image pixels


@dataclass(slots=True)
class Part:
    """A run of text and where it sits: {"part": "header"|"body"|"sheet"|"slide"|"page"|..., "page": 1, ...}.

    `line_boxes`, for OCR text, holds one box per line of `text`, so findings on images carry their box.
    `source` says where the characters came from: "text" (a text layer, typed or stored) or "ocr" (read
    from pixels). Recognizers tolerate OCR misreads only on lines that came from OCR.
    """

    text: str
    where: dict[str, Any] = field(default_factory=dict)
    line_boxes: list[Box] | None = None
    source: str = "text"  # "text" | "ocr"


@dataclass(slots=True)
class Embedded:
    """An image found inside a document (a photo of a classified page is a classified page)."""

    data: bytes
    where: dict[str, Any] = field(default_factory=dict)
    scale: float = 1.0  # pixels of the original per pixel of `data` (a frame reduced to fit the pixel cap)


@dataclass(slots=True)
class Extracted:
    parts: list[Part] = field(default_factory=list)
    images: list[Embedded] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was left unread and why: the verdict is at least confirm
    kind: str = ""  # the detected type: "docx", "pdf", "png", ...
    degraded: list[str] = field(default_factory=list)  # read, but less well (heavily downscaled): at least notice


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or huge file from taking the guard down. Each overrun is a clear
    `error` (nothing read) or a note (partly read: the verdict is then at least `confirm`), never a crash
    and never a clean verdict."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_text_chars: int = 20_000_000
    max_unpacked_bytes: int = 300 * 1024 * 1024  # zip bombs: the sum of what an archive unpacks to
    max_ratio: int = 200  # per entry compression ratio above which an entry is refused
    max_entries: int = 5000
    max_depth: int = 3  # nested archives
    max_pages: int = 50  # PDF pages read; pages without text layer rendered for OCR: max_ocr_pages
    max_ocr_pages: int = 10
    max_pixels: int = 60_000_000  # pictures and renders larger than this are scaled down to fit before OCR
    max_decode_pixels: int = 150_000_000  # decompression bombs: a picture whose header claims more is refused
    max_images: int = 20  # embedded images sent to OCR per document
    max_frames: int = 20  # different frames (GIF, APNG, WebP) or pages (TIFF) of one picture read by OCR
    max_frames_examined: int = 1000  # frames decoded (and hashed, so repeats cost no OCR) per picture
    seconds: float = 30.0  # per item
    read_seconds: float = 30.0  # reading one file (a network share that stops answering must not hang a scan)
