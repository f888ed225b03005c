"""Zip containers read with bounds. Office Open XML and ODF files are zips too, so a zip bomb or an XML
bomb can hide in a .docx as well as in a .zip: every member is read in chunks that stop at the budget, and
XML is parsed with defusedxml (no DTDs, no entities)."""

from __future__ import annotations

import io
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from guard.errors import ExtractError
from guard.extract.base import Limits
from guard.extract.readbytes import mb
from guard.messages import t

CHUNK = 1 << 20
RATIO_FLOOR = 1 << 20  # small members of repeated bytes compress very well and are harmless


class LimitError(ExtractError):
    """A bound was hit in a way that marks the whole item as hostile (zip bomb): nothing of it is trusted."""


@dataclass(slots=True)
class Budget:
    """What one item (an archive with all it contains) may still unpack, shared by nested archives."""

    bytes_left: int
    entries_left: int
    deadline: float = field(default=0.0)

    @classmethod
    def of(cls, limits: Limits) -> Budget:
        return cls(limits.max_unpacked_bytes, limits.max_entries, time.monotonic() + limits.seconds)

    def timed_out(self) -> bool:
        return time.monotonic() > self.deadline


def open_zip(data: bytes, what: str = "zip") -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractError(t("file.corrupt_package", what=what, error=exc)) from None


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget, limits: Limits,
                name: str = "") -> bytes:
    """The member's bytes, counted as they unpack (headers can lie); LimitError past the budget or ratio."""
    name = name or info.filename
    if info.flag_bits & 0x1:
        raise ExtractError(t("zip.entry_encrypted"))
    if info.file_size > budget.bytes_left:
        raise LimitError(t("zip.member_too_big", name=name, size=mb(info.file_size),
                           limit=mb(limits.max_unpacked_bytes)))
    _check_ratio(info, info.file_size, limits, name)
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                out += chunk
                if len(out) > budget.bytes_left:
                    raise LimitError(t("zip.member_past_limit", name=name, limit=mb(limits.max_unpacked_bytes)))
                _check_ratio(info, len(out), limits, name)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise ExtractError(t("zip.entry_damaged", error=exc)) from None
    budget.bytes_left -= len(out)
    return bytes(out)


def _check_ratio(info: zipfile.ZipInfo, size: int, limits: Limits, name: str = "") -> None:
    ratio = size / max(info.compress_size, 1)
    if size > RATIO_FLOOR and ratio > limits.max_ratio:
        raise LimitError(t("zip.ratio", name=name or info.filename, ratio=ratio, limit=limits.max_ratio))


def check_package(zf: zipfile.ZipFile, limits: Limits, what: str) -> None:
    """Refuse a document package whose declared sizes are already too big (zipfile never yields more than
    the declared size of a member, so this bounds what the office libraries will unpack)."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise ExtractError(t("package.too_many_parts", what=what, n=len(infos), limit=limits.max_entries))
    total = sum(i.file_size for i in infos)
    if total > limits.max_unpacked_bytes:
        raise LimitError(t("package.too_big", what=what, size=mb(total), limit=mb(limits.max_unpacked_bytes)))
    for info in infos:
        _check_ratio(info, info.file_size, limits)
        if info.filename.endswith((".xml", ".rels")) and info.file_size:
            try:
                with zf.open(info) as fh:
                    head = fh.read(4096)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
                raise ExtractError(t("package.part_damaged", what=what, part=info.filename, error=exc)) from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ExtractError(t("package.part_dtd", what=what, part=info.filename))


def parse_xml(data: bytes, name: str = "") -> Element:
    try:
        return SafeET.fromstring(data)
    except DefusedXmlException:
        raise ExtractError(t("xml.bomb", name=name or "XML")) from None
    except SafeET.ParseError as exc:
        raise ExtractError(t("xml.corrupt", name=name or "document", error=exc)) from None


def member_xml(zf: zipfile.ZipFile, name: str, budget: Budget, limits: Limits) -> Element | None:
    """The parsed member, or None when the package has no such part."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return parse_xml(read_member(zf, info, budget, limits), name)
