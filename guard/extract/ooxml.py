"""Shared bits of Office Open XML packages: relationships (which header belongs to the document) and the
pictures kept under */media/ (a photo of a classified page pasted into a document is a classified page;
an animated GIF or a multi-page TIFF in it counts with every frame)."""

from __future__ import annotations

import posixpath
import zipfile

from guard.errors import ExtractError
from guard.extract.base import Embedded, Limits
from guard.extract.safezip import Budget, member_xml, read_member
from guard.messages import t

RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
OCR_IMAGES = {"png", "jpg", "bmp", "gif", "webp", "tiff"}


def relationships(zf: zipfile.ZipFile, part: str, budget: Budget, limits: Limits) -> dict[str, tuple[str, str]]:
    """rId -> (type suffix such as "header", package path of the target) for one part."""
    folder, name = posixpath.split(part)
    root = member_xml(zf, posixpath.join(folder, "_rels", name + ".rels"), budget, limits)
    out: dict[str, tuple[str, str]] = {}
    for rel in [] if root is None else root.iter(RELS):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], path)
    return out


def main_part(zf: zipfile.ZipFile, budget: Budget, limits: Limits, default: str) -> str:
    for kind, path in relationships(zf, "", budget, limits).values():
        if kind == "officeDocument":
            return path
    return default


def media_images(zf: zipfile.ZipFile, folder: str, budget: Budget, limits: Limits) -> tuple[list[Embedded], list[str]]:
    """Pictures under folder (e.g. "word/media/"), at most limits.max_images; notes say what was left out."""
    from guard.extract.images import ANIMATED, read_image
    from guard.extract.sniff import detect_kind

    images: list[Embedded] = []
    notes: list[str] = []
    infos = [i for i in zf.infolist() if i.filename.startswith(folder) and not i.is_dir()]
    for info in infos:
        if len(images) >= limits.max_images:
            notes.append(t("office.pictures_cut", n=len(infos) - len(images), limit=limits.max_images))
            break
        try:
            data = read_member(zf, info, budget, limits)
        except ExtractError as exc:
            notes.append(t("office.picture_unread", name=info.filename, error=exc))
            continue
        kind = detect_kind(data[:65536])
        if kind in ANIMATED:  # every frame or page, each different one once
            try:
                frames = read_image(data, kind, limits)
            except ExtractError as exc:
                notes.append(t("office.picture_unread", name=info.filename, error=exc))
                continue
            for frame in frames.images:
                frame.where = {"part": "image", "name": info.filename,
                               **{k: v for k, v in frame.where.items() if k != "part"}}
            images += frames.images
            notes += [t("extract.inside", name=info.filename, note=note) for note in frames.notes]
        elif kind in OCR_IMAGES:
            images.append(Embedded(data, {"part": "image", "name": info.filename}))
    return images, notes
