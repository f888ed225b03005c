"""Readers that turn content (text, HTML, office documents, PDF, zip, pictures, WeChat .dat) into parts
for the engine.

    extract_file(path, limits) -> Extracted     read a file (size checked first), sniff, extract
    extract_bytes(data, name, limits) -> Extracted
    detect_kind(path_or_bytes) -> str            "docx", "pdf", "zip", "png", "wechat_dat", "text", ...

Every failure is an ExtractError with a plain reason. Loaded lazily: importing guard.extract.base or
guard.extract.text (the engine does) loads no office, PDF or image library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from guard.extract.dispatch import extract_bytes, extract_file
    from guard.extract.sniff import detect_kind

__all__ = ["detect_kind", "extract_bytes", "extract_file"]


def __getattr__(name: str) -> Any:
    if name in ("extract_file", "extract_bytes"):
        from guard.extract import dispatch

        return getattr(dispatch, name)
    if name == "detect_kind":
        from guard.extract.sniff import detect_kind

        return detect_kind
    raise AttributeError(f"module 'guard.extract' has no attribute {name!r}")
