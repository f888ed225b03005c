"""OpenDocument files (.odt/.ods/.odp: what LibreOffice and some WPS versions save), read with odfpy:
paragraphs and headings as lines, tables as rows of tab-separated cells, text frames after the paragraph
that holds them, for text documents the headers and footers of the master pages, and the pictures kept
under Pictures/ for OCR (a photo of a marked page pasted into a LibreOffice document is a marked page)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from odf.namespaces import DRAWNS, OFFICENS, STYLENS, TABLENS, TEXTNS
from odf.opendocument import load

from guard.extract.base import Extracted, Limits, Part
from guard.extract.ooxml import media_images
from guard.extract.safezip import Budget, check_package, open_zip

LINE = {(TEXTNS, "p"), (TEXTNS, "h")}
BLOCK_INSIDE_LINE = {(DRAWNS, "frame"), (OFFICENS, "annotation"), (TEXTNS, "note")}
ROW, CELLS = (TABLENS, "table-row"), {(TABLENS, "table-cell"), (TABLENS, "covered-table-cell")}
MAX_REPEAT = 50  # a repeated cell or space count is a compact form; hostile files repeat millions of times


def _inline(el: Any, blocks: list[Any]) -> Iterator[str]:
    for node in el.childNodes:
        if node.nodeType == node.TEXT_NODE:
            yield node.data
        elif node.qname in BLOCK_INSIDE_LINE:
            blocks.append(node)
        elif node.qname == (TEXTNS, "s"):
            yield " " * min(_int(node.attributes.get((TEXTNS, "c")), 1), MAX_REPEAT)
        elif node.qname == (TEXTNS, "tab"):
            yield "\t"
        elif node.qname == (TEXTNS, "line-break"):
            yield "\n"
        else:
            yield from _inline(node, blocks)


def _int(value: Any, default: int) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return default


def lines(el: Any) -> Iterator[str]:
    """Lines of any ODF element in document order."""
    for node in el.childNodes:
        if node.nodeType != node.ELEMENT_NODE:
            continue
        if node.qname in LINE:
            blocks: list[Any] = []
            yield "".join(_inline(node, blocks))
            for block in blocks:
                yield from lines(block)
        elif node.qname == ROW:
            cells = []
            for cell in (c for c in node.childNodes if c.nodeType == c.ELEMENT_NODE and c.qname in CELLS):
                text = " ".join(t.strip() for t in lines(cell) if t.strip())
                repeat = _int(cell.attributes.get((TABLENS, "number-columns-repeated")), 1)
                cells += [text] * (min(repeat, MAX_REPEAT) if text else 1)
            if row := "\t".join(cells).rstrip("\t"):
                yield row
        else:
            yield from lines(node)


def _text(el: Any) -> str:
    return "\n".join(lines(el)).strip("\n")


def read_odf(data: bytes, kind: str, limits: Limits) -> Extracted:
    zf = open_zip(data, f"OpenDocument (.{kind})")
    check_package(zf, limits, "OpenDocument file")
    doc = load(io.BytesIO(data))
    out = Extracted(kind=kind)
    if kind == "odt":
        masters = [m for m in doc.masterstyles.childNodes if m.qname == (STYLENS, "master-page")]
        heads = ("header-first", "header", "header-left")
        out.parts += [Part(t, {"part": "header"}) for m in masters for h in heads for t in _children(m, h)]
        if body := _text(doc.text):
            out.parts.append(Part(body, {"part": "body"}))
        feet = ("footer-first", "footer", "footer-left")
        out.parts += [Part(t, {"part": "footer"}) for m in masters for f in feet for t in _children(m, f)]
    elif kind == "ods":
        for table in (t for t in doc.spreadsheet.childNodes if t.qname == (TABLENS, "table")):
            if text := _text(table):
                out.parts.append(Part(text, {"part": "sheet", "sheet": table.attributes.get((TABLENS, "name"), "")}))
    else:
        pages = [p for p in doc.presentation.childNodes if p.qname == (DRAWNS, "page")]
        for n, page in enumerate(pages, start=1):
            if text := _text(page):
                out.parts.append(Part(text, {"part": "slide", "slide": n}))
    out.images, out.notes = media_images(zf, "Pictures/", Budget.of(limits), limits)
    return out


def _children(master: Any, local: str) -> Iterator[str]:
    for node in master.childNodes:
        if node.qname == (STYLENS, local) and (text := _text(node)):
            yield text

