"""Text of WordprocessingML (the XML inside .docx) in reading order. python-docx skips text boxes, content
controls and headers' tables, so the XML is walked here: a paragraph is a line, a table row is a line of
tab-separated cells (a list of people stays a list), a text box's lines follow the paragraph holding it.
Deleted text of tracked changes is kept: it is still inside the file that leaves the PC."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, SDT, SDT_CONTENT = W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt", W + "sdtContent"
TXBX = W + "txbxContent"
TEXT = {W + "t": None, W + "delText": None, W + "tab": "\t", W + "br": "\n", W + "cr": "\n",
        W + "noBreakHyphen": "-", W + "softHyphen": ""}
SKIP = {MC_FALLBACK, TXBX, W + "instrText", W + "delInstrText", W + "pPr", W + "rPr"}
WRAPPERS = {SDT, SDT_CONTENT, W + "customXml", W + "smartTag", W + "ins", W + "del", W + "moveTo", W + "moveFrom",
            "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
            "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"}

Line = tuple[str, str]  # (where: "body" | "textbox", text)


def paragraph_text(p: Element) -> str:
    return "".join(_runs(p))


def _runs(el: Element) -> Iterator[str]:
    for child in el:
        if child.tag in SKIP:
            continue
        if child.tag in TEXT:
            yield (child.text or "") if TEXT[child.tag] is None else TEXT[child.tag]
        else:
            yield from _runs(child)


def textboxes(el: Element) -> Iterator[Element]:
    """Text box contents inside el (DrawingML or VML), once each: mc:Fallback repeats the mc:Choice."""
    for child in el:
        if child.tag == MC_FALLBACK:
            continue
        if child.tag == TXBX:
            yield child
        else:
            yield from textboxes(child)


def paragraphs(el: Element) -> Iterator[Element]:
    """Every paragraph inside el, text boxes and nested tables included, Fallback copies left out."""
    for child in el:
        if child.tag == MC_FALLBACK:
            continue
        if child.tag == P:
            yield child
        yield from paragraphs(child)


def cell_text(tc: Element) -> str:
    return " ".join(t for t in (paragraph_text(p).strip() for p in paragraphs(tc)) if t)


def block_lines(container: Element, where: str = "body") -> Iterator[Line]:
    """Lines of a body, header, footer, note or text box, in document order."""
    for el in container:
        if el.tag == P:
            yield where, paragraph_text(el)
            for box in textboxes(el):
                yield from block_lines(box, "textbox")
        elif el.tag == TBL:
            for tr in _rows(el):
                yield where, "\t".join(cell_text(tc) for tc in tr if tc.tag in (TC, SDT))
        elif el.tag in WRAPPERS:
            yield from block_lines(el, where)


def _rows(tbl: Element) -> Iterator[Element]:
    for child in tbl:
        if child.tag == TR:
            yield child
        elif child.tag in WRAPPERS:
            yield from _rows(child)


def text_of(container: Element) -> str:
    return "\n".join(text for _, text in block_lines(container)).strip("\n")
