"""PowerPoint decks (.pptx): one part per slide with its text boxes top to bottom, tables as rows of
cells, and the speaker notes (notes are where a presenter pastes what must not be on the slide)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import Any

from pptx import Presentation
from pptx.shapes.group import GroupShape

from guard.extract.base import Extracted, Limits, Part
from guard.extract.ooxml import media_images
from guard.extract.safezip import Budget, check_package, open_zip
from guard.messages import t


def shape_lines(shapes: Iterable[Any]) -> Iterator[str]:
    """Shapes in visual order (top, then left), groups opened, tables row by row."""
    ordered = sorted(shapes, key=lambda s: (s.top or 0, s.left or 0))
    for shape in ordered:
        if isinstance(shape, GroupShape):
            yield from shape_lines(shape.shapes)
        elif getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                yield "\t".join(cell.text.replace("\n", " ").strip() for cell in row.cells)
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            yield shape.text_frame.text.replace("\v", "\n")


def read_pptx(data: bytes, limits: Limits) -> Extracted:
    zf = open_zip(data, "PowerPoint (.pptx)")
    check_package(zf, limits, "PowerPoint deck")
    out = Extracted(kind="pptx")
    deck = Presentation(io.BytesIO(data))
    left = limits.max_text_chars
    for n, slide in enumerate(deck.slides, start=1):
        lines = [t for t in shape_lines(slide.shapes) if t.strip()]
        notes = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
        if notes is not None and notes.text.strip():
            lines.append(notes.text)
        text = "\n".join(lines)
        left -= len(text)
        if left < 0:
            out.notes.append(t("pptx.text_cut", n=n))
            break
        if text:
            out.parts.append(Part(text, {"part": "slide", "slide": n}))
    out.images, notes = media_images(zf, "ppt/media/", Budget.of(limits), limits)
    out.notes += notes
    return out
