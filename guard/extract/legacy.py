"""Legacy binary Office files (.doc/.xls/.ppt and WPS .wps), still common on government PCs. With
LibreOffice installed they are converted headless to their Open XML twin and read in full; without it
their text is pulled out of the OLE streams (no headers, no pictures) and the result says so. An
unreadable legacy file is an error, never an empty clean result."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from guard.errors import ExtractError
from guard.extract.base import Extracted, Limits, Part
from guard.extract.ole_text import best_effort_text
from guard.messages import t

TARGET = {"doc": "docx", "wps": "docx", "xls": "xlsx", "ppt": "pptx"}
BEST_EFFORT = "read without LibreOffice: text only, best effort"


def read_legacy(data: bytes, kind: str, limits: Limits) -> Extracted:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        converted = convert(soffice, data, kind, limits)
        if converted is not None:
            from guard.extract.dispatch import extract_bytes

            out = extract_bytes(converted, f"converted.{TARGET[kind]}", limits)
            out.kind = kind  # a whole read: nothing to note (a note would mean "not read" and hold every .doc)
            return out
    text = best_effort_text(data, kind)
    if not text.strip():
        raise ExtractError(t("legacy.no_converter", kind=kind))
    # read, but less well (no tables, headers or pictures): at least `notice`, not "unread"
    return Extracted(parts=[Part(text, {"part": "body"})], degraded=[BEST_EFFORT], kind=kind)


def convert(soffice: str, data: bytes, kind: str, limits: Limits) -> bytes | None:
    """The converted file's bytes, or None when LibreOffice failed or ran out of time (then best effort).
    A private profile keeps it apart from a LibreOffice the user has open."""
    with tempfile.TemporaryDirectory(prefix="clipguard-") as tmp:
        source = Path(tmp, f"in.{kind if kind != 'wps' else 'doc'}")
        source.write_bytes(data)
        profile = Path(tmp, "profile").as_uri()
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
               "--convert-to", TARGET[kind], "--outdir", tmp, str(source)]
        try:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
        except OSError:
            return None
        try:
            proc.wait(timeout=limits.seconds)
        except subprocess.TimeoutExpired:
            _kill(proc)
            return None
        result = Path(tmp, f"in.{TARGET[kind]}")
        return result.read_bytes() if result.is_file() else None


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """LibreOffice starts a child (soffice.bin): end the whole session we started, nothing else."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.wait()
