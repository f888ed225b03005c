"""Word documents (.docx, .docm, WPS saved as docx) in reading order: page headers first (the secrecy mark
often sits only there), then the body with tables and text boxes, notes, comments and footers."""

from __future__ import annotations

import zipfile
from xml.etree.ElementTree import Element

from guard.errors import ExtractError
from guard.extract.base import Extracted, Limits, Part
from guard.extract.ooxml import main_part, media_images, relationships
from guard.extract.safezip import Budget, check_package, member_xml, open_zip
from guard.extract.wordml import W, block_lines, text_of
from guard.messages import t

REF_ORDER = {"first": 0, "default": 1, "even": 2}  # the first-page header is what page 1 shows


def read_docx(data: bytes, limits: Limits) -> Extracted:
    zf = open_zip(data, "Word (.docx)")
    check_package(zf, limits, "Word document")
    budget = Budget.of(limits)
    main = main_part(zf, budget, limits, "word/document.xml")
    doc = member_xml(zf, main, budget, limits)
    body = None if doc is None else doc.find(W + "body")
    if body is None:
        raise ExtractError(t("file.no_body"))
    rels = relationships(zf, main, budget, limits)
    out = Extracted(kind="docx")
    for path in _referenced(body, rels, "header"):
        _add(out, zf, path, "header", budget, limits)
    out.parts += _body_parts(body)
    for name, tag in (("footnotes", "footnote"), ("endnotes", "endnote")):
        path = next((p for k, p in rels.values() if k == name), None)
        root = member_xml(zf, path, budget, limits) if path else None
        notes = [text_of(n) for n in ([] if root is None else root.iter(W + tag)) if n.get(W + "type") is None]
        if any(notes):
            out.parts.append(Part("\n".join(n for n in notes if n), {"part": name[:-1]}))
    comments_path = next((p for k, p in rels.values() if k == "comments"), None)
    root = member_xml(zf, comments_path, budget, limits) if comments_path else None
    for comment in [] if root is None else root.iter(W + "comment"):
        if text := text_of(comment):
            out.parts.append(Part(text, {"part": "comment", "author": comment.get(W + "author", "")}))
    for path in _referenced(body, rels, "footer"):
        _add(out, zf, path, "footer", budget, limits)
    out.images, notes = media_images(zf, main.rsplit("/", 1)[0] + "/media/", budget, limits)
    out.notes += notes
    return out


def _referenced(body: Element, rels: dict[str, tuple[str, str]], kind: str) -> list[str]:
    """Header or footer parts of all sections in order (first-page, default, even), then any unreferenced."""
    paths: list[str] = []
    for sect in body.iter(W + "sectPr"):
        refs = sorted(sect.findall(f"{W}{kind}Reference"), key=lambda r: REF_ORDER.get(r.get(W + "type", ""), 3))
        for ref in refs:
            rid = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", "")
            if rid in rels and rels[rid][1] not in paths:
                paths.append(rels[rid][1])
    return paths + [p for k, p in rels.values() if k == kind and p not in paths]


def _add(out: Extracted, zf: zipfile.ZipFile, path: str, kind: str, budget: Budget, limits: Limits) -> None:
    root = member_xml(zf, path, budget, limits)
    if root is not None and (text := text_of(root)):
        out.parts.append(Part(text, {"part": kind}))


def _body_parts(body: Element) -> list[Part]:
    """Body lines, with each text box as its own part right after the paragraph that anchors it."""
    groups: list[tuple[str, list[str]]] = []
    for where, text in block_lines(body):
        if groups and groups[-1][0] == where:
            groups[-1][1].append(text)
        else:
            groups.append((where, [text]))
    parts = [Part("\n".join(lines).strip("\n"), {"part": where}) for where, lines in groups]
    return [p for p in parts if p.text]
