"""One entry point for every file: sniff the kind from the content, hand it to its reader, and turn every
way a reader can fail into an ExtractError with a plain reason (the scan result is then `error`, never a
silent `allow`). Readers are imported when needed, so scanning plain text loads no office library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from guard.errors import ExtractError
from guard.extract.base import Extracted, Limits, Part
from guard.extract.readbytes import read_file_bytes
from guard.extract.safezip import Budget, LimitError
from guard.extract.sniff import detect_kind
from guard.extract.text import decode, html_to_text, looks_like_html
from guard.messages import t

IMAGES = {"png", "jpg", "bmp", "gif", "webp", "tiff"}
UNSUPPORTED = {"ooxml_encrypted": "file.office_encrypted", "ole": "file.ole_unknown", "binary": "file.binary"}


DEFAULT_LIMITS = Limits()
PLAIN_SUFFIXES = {".txt", ".csv", ".md", ".json", ".log"}


def extract_file(path: Path, limits: Limits = DEFAULT_LIMITS, *, kind: str | None = None) -> Extracted:
    """Read and extract one file; ExtractError with a reason when it cannot be read. `kind`: the type
    already sniffed from the file (so it is not sniffed twice)."""
    data = read_file_bytes(Path(path), limits.max_file_bytes, limits.read_seconds)
    return extract_bytes(data, Path(path).name, limits, kind=kind)


def extract_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS, *, depth: int = 0,
                  budget: Budget | None = None, kind: str | None = None) -> Extracted:
    """Extract content already in memory (a clipboard file, a zip entry). `name` only breaks ties."""
    if len(data) > limits.max_file_bytes:
        raise ExtractError(t("file.too_large", size=len(data) / 1048576, limit=limits.max_file_bytes / 1048576))
    known, kind = kind, "file"
    try:
        kind = known or detect_kind(data, name)
        if kind in UNSUPPORTED:
            raise ExtractError(t(UNSUPPORTED[kind]))
        if kind == "zip":
            from guard.extract.archive import read_zip

            out = read_zip(data, limits, depth, budget)
        else:
            out = _reader(kind, name)(data, limits)
    except ExtractError:
        raise
    except (MemoryError, RecursionError):
        raise LimitError(t("file.too_complex", kind=kind)) from None
    except Exception as exc:  # third-party parsers raise anything on damaged input
        raise ExtractError(t("file.damaged", kind=kind, error=f"{type(exc).__name__}: {exc}")[:300]) from None
    out.kind = out.kind or kind
    _cap_text(out, limits)
    return out


def _reader(kind: str, name: str) -> Callable[[bytes, Limits], Extracted]:
    if kind == "text":
        return lambda data, limits: _read_text(data, name)
    if kind in IMAGES:
        from guard.extract.images import read_image

        return lambda data, limits: read_image(data, kind, limits)
    if kind == "wechat_dat":
        from guard.extract.wechat_dat import read_wechat_dat

        return lambda data, limits: read_wechat_dat(data, limits)
    if kind in ("doc", "xls", "ppt", "wps"):
        from guard.extract.legacy import read_legacy

        return lambda data, limits: read_legacy(data, kind, limits)
    module = {"docx": "docx", "xlsx": "xlsx", "pptx": "pptx", "pdf": "pdf", "odt": "odf", "ods": "odf",
              "odp": "odf"}.get(kind)
    if module is None:
        raise ExtractError(f"unsupported file type: {kind}")
    import importlib

    reader = getattr(importlib.import_module(f"guard.extract.{module}"), f"read_{module}")
    return (lambda data, limits: reader(data, kind, limits)) if module == "odf" else reader


def _read_text(data: bytes, name: str) -> Extracted:
    """Through the text reader's decoder: UTF-8, UTF-16 with BOM, GBK/GB18030; HTML as its visible text."""
    text, _ = decode(data)
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm") or (suffix not in PLAIN_SUFFIXES and looks_like_html(text)):
        text = html_to_text(text)
    return Extracted(parts=[Part(text, {"part": "body"})], kind="text")


def _cap_text(out: Extracted, limits: Limits) -> None:
    """Keep the first limits.max_text_chars characters; say what was cut."""
    left = limits.max_text_chars
    for i, part in enumerate(out.parts):
        if len(part.text) > left:
            part.text = part.text[:left]
            dropped = len(out.parts) - i - 1
            del out.parts[i + 1:]
            out.notes.append(t("extract.text_cut_parts" if dropped else "extract.text_cut",
                               limit=limits.max_text_chars, dropped=dropped))
            return
        left -= len(part.text)
