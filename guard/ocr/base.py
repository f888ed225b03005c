"""What every OCR engine returns (lines with boxes) and how lines become a `Part` the engine can scan.

Engines differ (rapidocr gives one box per line, tesseract one per word with spaces between hanzi); the
text engine should not care, so both are reduced to `OcrLine`s and joined here in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np
from PIL import Image

from guard.errors import GuardError
from guard.extract.base import Box, Part

ImageInput = Image.Image | np.ndarray  # RGB


class OcrUnavailable(GuardError):
    """No usable OCR engine (package missing, binary or language data absent); the message says which."""


class OcrTimeout(GuardError):
    """An OCR request got no answer by its deadline: it waited that long for the busy worker, or the worker
    was killed for being late (it restarts with the next request). Never retried: it would be late again."""


class OcrFailed(GuardError):
    """The OCR engine or its worker process failed on a request (crash, engine exception)."""


class OcrWorkerDied(OcrFailed):
    """The worker process died under a request (crash, SIGKILL, the out-of-memory killer), was restarted,
    and died again on the one retry (or no time was left for it): the picture was not read."""


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line of text as read, with its axis-aligned box (x, y, w, h) in the pixels of the image given."""

    text: str
    box: Box
    confidence: float = 1.0

    def moved(self, dx: float, dy: float, scale: float = 1.0) -> OcrLine:
        """The same line in other coordinates: (x + dx, y + dy) * scale (crop offset, then downscale undone)."""
        x, y, w, h = self.box
        box = (round((x + dx) * scale), round((y + dy) * scale), round(w * scale), round(h * scale))
        return OcrLine(self.text, box, self.confidence)


@runtime_checkable
class OcrEngine(Protocol):
    """An OCR engine adapter. `available()` must be cheap and must not load the engine (no cv2 import)."""

    name: str
    max_side: int  # long side the engine reads best at; larger images are downscaled before OCR

    def available(self) -> bool: ...

    def version(self) -> str: ...

    def read(self, image: ImageInput) -> list[OcrLine]: ...


# Hanzi, CJK punctuation, full-width forms, and the ★ of a classification mark: tesseract separates these
# with spaces ("机 密 太 1 年") that mean nothing in Chinese; spaces between Latin words are kept.
_CJK = "\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2605\u2606"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")


def tidy_spaces(text: str) -> str:
    """Drop spaces that touch a CJK character; collapse the rest (Latin words keep one space)."""
    return re.sub(r"[ \t]{2,}", " ", _SPACE_NEAR_CJK.sub("", text)).strip()


def _rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """Group lines whose vertical centres fall within each other's height (same baseline), top to bottom."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1] + ln.box[3] / 2, ln.box[0])):
        centre = line.box[1] + line.box[3] / 2
        if rows:
            last = rows[-1]
            top = min(ln.box[1] for ln in last)
            bottom = max(ln.box[1] + ln.box[3] for ln in last)
            last_centre = (top + bottom) / 2
            if top <= centre <= bottom and line.box[1] <= last_centre <= line.box[1] + line.box[3]:
                last.append(line)
                continue
        rows.append([line])
    return rows


def _union(boxes: list[Box]) -> Box:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def ordered_lines(lines: list[OcrLine], max_gap: float = 3.0) -> list[OcrLine]:
    """Lines in reading order, same-baseline pieces merged with a space.

    Pieces further apart than `max_gap` line heights stay separate lines (left first): in a screenshot of a
    chat beside a document, the chat list must not be glued onto "机密★1年", which has to stay a line of
    its own for the position rules to recognise it as a mark.
    """
    out: list[OcrLine] = []
    for row in _rows([ln for ln in lines if ln.text.strip()]):
        row.sort(key=lambda ln: ln.box[0])
        group = [row[0]]
        for line in row[1:]:
            prev = group[-1]
            height = max(prev.box[3], line.box[3], 1)
            if line.box[0] - (prev.box[0] + prev.box[2]) <= max_gap * height:
                group.append(line)
            else:
                out.append(_merge(group))
                group = [line]
        out.append(_merge(group))
    return _main_column_first(out)


def _main_column_first(lines: list[OcrLine], min_lines: int = 3) -> list[OcrLine]:
    """A screen split by a gutter no line crosses (a chat's contact list beside its conversation, a file
    tree beside a document) is read column by column, the column with the most text first: the marks of
    a page shown in the main pane must stand near the top of what is read, not after fifty contact names."""
    if len(lines) < 2 * min_lines:
        return lines
    spans = sorted((ln.box[0], ln.box[0] + ln.box[2]) for ln in lines)
    best, reach = None, spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    if best is None:
        return lines
    cut = (best[0] + best[1]) / 2
    left = [ln for ln in lines if ln.box[0] < cut]
    right = [ln for ln in lines if ln.box[0] >= cut]
    if len(left) < min_lines or len(right) < min_lines or _rows_align(left, right):
        return lines
    def mass(col: list[OcrLine]) -> int:
        return sum(ln.box[2] * ln.box[3] for ln in col)
    first, second = (left, right) if mass(left) >= mass(right) else (right, left)
    return _main_column_first(first, min_lines) + _main_column_first(second, min_lines)


def _rows_align(left: list[OcrLine], right: list[OcrLine]) -> bool:
    """Columns of one table (cells side by side on shared baselines) are read row by row, not split."""
    def centre(ln: OcrLine) -> float:
        return ln.box[1] + ln.box[3] / 2

    shared = sum(any(abs(centre(a) - centre(b)) <= max(a.box[3], b.box[3]) / 4 for a in left) for b in right)
    return shared >= 0.6 * max(len(left), len(right))


def _merge(group: list[OcrLine]) -> OcrLine:
    text = tidy_spaces(" ".join(ln.text for ln in group))
    confidence = min(ln.confidence for ln in group)
    return OcrLine(text, _union([ln.box for ln in group]), confidence)


def lines_to_part(lines: list[OcrLine], where: dict[str, Any]) -> Part:
    """A `Part` whose text is the lines in reading order joined by "\\n", with one box per line; its
    source is "ocr" (every picture, rendered page and screen read ends here)."""
    ordered = [ln for ln in ordered_lines(lines) if ln.text]
    return Part("\n".join(ln.text for ln in ordered), dict(where), [ln.box for ln in ordered], source="ocr")
