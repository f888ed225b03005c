"""tesseract through pytesseract: the system-binary fallback when rapidocr is not installed.

Weaker on what matters (★ comes out as a look-alike hanzi such as 太/女/妇/雪, 〔〕 never, photos lose lines),
so it is second choice; the text engine already accepts the look-alikes in a mark position.
"""

from __future__ import annotations

import os
import re
import shutil
from typing import Any

from guard.ocr.base import ImageInput, OcrLine, tidy_spaces

LANG = "chi_sim+eng"
_HANZI = re.compile("[\u4e00-\u9fff]")
STRIP_HEIGHT = 600  # pixels: at most this tall is a region strip, not a page or a screen


def _pytesseract() -> Any:
    import pytesseract

    return pytesseract


class TesseractEngine:
    """tesseract 5 with `chi_sim+eng`; words are grouped back into its own lines, each with a union box."""

    name = "tesseract"
    max_side = 2500  # beyond this tesseract gains nothing on screen text and only gets slower

    def __init__(self, timeout: float = 0) -> None:
        self.timeout = timeout  # passed to pytesseract (0 = none); the worker enforces its own limit anyway

    def why_unavailable(self) -> str:
        try:
            pytesseract = _pytesseract()
        except ImportError:
            return "the pytesseract package is not installed"
        if not shutil.which(pytesseract.pytesseract.tesseract_cmd):
            return "the tesseract program is not installed (Debian: apt install tesseract-ocr)"
        try:
            langs = set(pytesseract.get_languages(config=""))
        except Exception as exc:  # a broken install reports itself here, not in the middle of a scan
            return f"tesseract does not run: {exc}"
        if "chi_sim" not in langs:
            return "tesseract has no chi_sim data (Debian: apt install tesseract-ocr-chi-sim)"
        return ""

    def available(self) -> bool:
        return not self.why_unavailable()

    def version(self) -> str:
        try:
            return str(_pytesseract().get_tesseract_version())
        except Exception:
            return ""

    def read(self, image: ImageInput) -> list[OcrLine]:
        pytesseract = _pytesseract()
        # With its default OpenMP threads tesseract is 5x slower on 2 cores; the child process inherits this.
        os.environ["OMP_THREAD_LIMIT"] = "1"
        data = pytesseract.image_to_data(image, lang=LANG, output_type=pytesseract.Output.DICT,
                                         timeout=self.timeout)
        height = image.shape[0] if hasattr(image, "shape") else image.size[1]
        if height <= STRIP_HEIGHT and not any(_HANZI.search(str(word)) for word in data["text"]):
            # A strip cut around the mark (a short line or two in white space) can come back empty or as
            # Latin noise ("NEALE") from the automatic page layout (psm 3); as one block of text (psm 6) it
            # gives "绝密女5年".
            data = pytesseract.image_to_data(image, lang=LANG, config="--psm 6",
                                             output_type=pytesseract.Output.DICT, timeout=self.timeout)
        return group_words(data)


def group_words(data: dict[str, list[Any]]) -> list[OcrLine]:
    """tesseract's word table (block, paragraph, line numbers) back into lines with union boxes."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if str(word).strip() and float(data["conf"][i]) >= 0:
            groups.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    lines = []
    for idx in groups.values():
        x0 = min(data["left"][i] for i in idx)
        y0 = min(data["top"][i] for i in idx)
        x1 = max(data["left"][i] + data["width"][i] for i in idx)
        y1 = max(data["top"][i] + data["height"][i] for i in idx)
        text = tidy_spaces(" ".join(str(data["text"][i]).strip() for i in idx))  # "机 密" -> "机密"
        confidence = sum(float(data["conf"][i]) for i in idx) / len(idx) / 100
        lines.append(OcrLine(text, (x0, y0, x1 - x0, y1 - y0), confidence))
    return lines
