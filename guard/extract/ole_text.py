"""Text of legacy binary Office files without LibreOffice. For Word/WPS the piece table says exactly where
the text is (UTF-16LE for Chinese, cp1252 for "compressed" pieces); when it cannot be followed, and for
.xls/.ppt, runs of UTF-16LE CJK/ASCII code units are scanned for: best effort, and said so."""

from __future__ import annotations

import io
import re
import struct

import olefile

from guard.errors import ExtractError
from guard.messages import t

STREAMS = {"doc": ("WordDocument",), "wps": ("WordDocument",), "xls": ("Workbook", "Book"),
           "ppt": ("PowerPoint Document",)}
# characters of Chinese office text: CJK, CJK and full-width punctuation, printable ASCII, tab/newline
RUN = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2014-\u201d\u2605\x20-\x7e\t\r\n]{4,}")
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f]")


def ole_streams(data: bytes) -> olefile.OleFileIO:
    try:
        return olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, EOFError, IndexError, struct.error) as exc:
        raise ExtractError(t("legacy.damaged", error=exc)) from None


def word_encrypted(ole: olefile.OleFileIO) -> bool:
    fib = ole.openstream("WordDocument").read(12)
    return len(fib) >= 12 and bool(struct.unpack_from("<H", fib, 10)[0] & 0x0100)


def word_text(ole: olefile.OleFileIO) -> str:
    """Text along the piece table (MS-DOC 2.8.35: FIB -> fcClx -> PlcPcd)."""
    word = ole.openstream("WordDocument").read()
    flags, = struct.unpack_from("<H", word, 10)
    table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    clx, i = table[fc_clx:fc_clx + lcb_clx], 0
    while i < len(clx) and clx[i] == 1:  # Prc: property modifiers to skip
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 2:
        raise ValueError("no piece table")
    lcb, = struct.unpack_from("<I", clx, i + 1)
    plc = clx[i + 5:i + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for k in range(n):
        fc, = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)
        length = cps[k + 1] - cps[k]
        if fc & 0x40000000:
            start = (fc & 0x3FFFFFFF) // 2
            out.append(word[start:start + length].decode("cp1252", "replace"))
        else:
            out.append(word[fc:fc + 2 * length].decode("utf-16-le", "replace"))
    return clean("".join(out))


def clean(text: str) -> str:
    """Word's marks: paragraph end \\r, cell end \\x07, field codes \\x13 code \\x14 result \\x15."""
    text = re.sub(r"\x13[^\x13\x14\x15]*\x14?", "", text).replace("\x15", "")
    text = text.replace("\r", "\n").replace("\x07", "\t").replace("\x0b", "\n").replace("\x0c", "\n")
    return CONTROLS.sub("", text).strip()


def utf16_runs(data: bytes) -> str:
    """Runs of at least 4 plausible UTF-16LE code units, one per line (both byte alignments)."""
    found = []
    for offset in (0, 1):
        units = data[offset:len(data) - (len(data) - offset) % 2].decode("utf-16-le", "replace")
        for m in RUN.finditer(units):
            text = clean(m.group())
            if len(text) >= 4 and not text.isspace():
                found.append((2 * m.start() + offset, text))
    return "\n".join(t for _, t in sorted(found))


def best_effort_text(data: bytes, kind: str) -> str:
    with ole_streams(data) as ole:
        names = [s for s in STREAMS[kind] if ole.exists(s)]
        if not names:
            raise ExtractError(t("legacy.no_stream", kind=kind, stream=STREAMS[kind][0]))
        if kind in ("doc", "wps"):
            if word_encrypted(ole):
                raise ExtractError(t("file.legacy_encrypted", kind=kind))
            try:
                return word_text(ole)
            except (ValueError, struct.error, OSError, IndexError):
                pass
        return utf16_runs(ole.openstream(names[0]).read())
