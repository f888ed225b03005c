"""One clipboard content, every format byte for byte, without Qt: what the guard holds and what it checks.

A copy is judged by everything it offers, because the program it is pasted into picks the format, not us:
a chat may paste `UTF8_STRING` while `text/plain` is harmless, or take the HTML, an image, or the files
behind a `text/uri-list`. So the content yields every distinct text, every picture and every file path it
carries, and any other format big enough to be a document (an office program's embedded object) is handed
to the file readers as bytes. Nothing here trusts a format name to say "this is ours".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import unquote, urlparse

MARKER = "application/x-clipguard-placeholder"
# password managers mark secrets so clipboard history tools skip them (KDE/KeePassXC, Windows)
SECRET_HINTS = {"x-kde-passwordManagerHint": b"secret", "ExcludeClipboardContentFromMonitorProcessing": None,
                "application/x-nspasteboard-concealed-type": None}
TEXT_NAMES = ("text/plain;charset=utf-8", "text/plain", "UTF8_STRING", "STRING", "TEXT", "COMPOUND_TEXT")
IMAGE_NAMES = ("image/png", "image/jpeg", "image/bmp", "image/gif", "image/webp", "image/tiff")
FILE_LISTS = ("text/uri-list", "x-special/gnome-copied-files", "x-special/mate-copied-files")
# formats that only describe the others (or are ours): no content of their own to check
_DESCRIPTIVE = frozenset({MARKER, "TARGETS", "TIMESTAMP", "SAVE_TARGETS", "MULTIPLE", "DELETE",
                          "chromium/x-source-url", "text/x-moz-url-priv", *SECRET_HINTS})
OTHER_MIN_BYTES = 16  # a format shorter than this cannot carry a mark worth reading


@dataclass(slots=True)
class Content:
    """Every format of one clipboard content; `image_png` when the picture is only offered as a platform
    image (a Windows DIB), encoded once so the readers can take it."""

    formats: dict[str, bytes] = field(default_factory=dict)
    image_png: bytes | None = None

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for name in sorted(self.formats):
            h.update(name.encode() + b"\0" + hashlib.sha256(self.formats[name]).digest())
        if self.image_png and not self.formats:
            h.update(self.image_png)
        return h.hexdigest()

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.formats.values()) + len(self.image_png or b"")

    @property
    def empty(self) -> bool:
        return not self.formats and not self.image_png

    @property
    def claims_placeholder(self) -> bool:
        """Offers our marker format. Anyone can offer it: this alone never means the content is ours."""
        return MARKER in self.formats

    @property
    def secret(self) -> bool:
        for name, value in SECRET_HINTS.items():
            if name in self.formats and (value is None or self.formats[name].strip() == value):
                return True
        return False

    @property
    def text(self) -> str | None:
        """The plain text most programs paste (for display and for the selection)."""
        for name in TEXT_NAMES:
            if name in self.formats:
                return self.formats[name].decode("utf-8", "replace")
        return None

    @property
    def html(self) -> str | None:
        data = self.formats.get("text/html")
        return None if data is None else decode_text(data)

    @property
    def image(self) -> bytes | None:
        """The first encoded picture as offered, else the PNG made from the platform image."""
        return next(iter(self.images()), None)

    def texts(self) -> list[tuple[str, str]]:
        """(format, text) for every distinct text-like format except HTML and file lists."""
        out: list[tuple[str, str]] = []
        seen: set[str] = set()
        for name, data in self.formats.items():
            if name in FILE_LISTS or name == "text/html" or name in _DESCRIPTIVE:
                continue
            if name in TEXT_NAMES or name.startswith("text/"):
                text = decode_text(data)
                if text and text not in seen:
                    seen.add(text)
                    out.append((name, text))
        return out

    def images(self) -> list[bytes]:
        """Every distinct picture offered (a browser may offer a PNG and a different JPEG)."""
        out = [d for n, d in self.formats.items() if (n in IMAGE_NAMES or n.startswith("image/")) and d]
        if self.image_png and not out:
            out.append(self.image_png)
        return list(dict.fromkeys(out))

    def others(self) -> list[tuple[str, bytes]]:
        """Formats that are neither text, picture nor file list (an office program's embedded document,
        RTF under a private name): read by content, like a file."""
        return [(n, d) for n, d in self.formats.items()
                if n not in _DESCRIPTIVE and n not in FILE_LISTS and n not in TEXT_NAMES
                and not n.startswith(("text/", "image/", "application/x-qt-")) and len(d) >= OTHER_MIN_BYTES]

    @property
    def files(self) -> list[str]:
        """Local paths behind a file copy (`text/uri-list`, what file managers and Explorer offer)."""
        out: list[str] = []
        for name in FILE_LISTS:
            for line in decode_text(self.formats.get(name, b"")).splitlines():
                line = line.strip()
                if not line or line.startswith("#") or line in ("copy", "cut"):
                    continue
                url = urlparse(line)
                if url.scheme == "file":
                    path = unquote(url.path)
                    if len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/...
                        path = path[1:]
                    if path not in out:
                        out.append(path)
        return out


def decode_text(data: bytes) -> str:
    """UTF-8, or UTF-16 when it says so (Firefox offers UTF-16 HTML on X11); never raises."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8", "replace")


def placeholder(text: str) -> Content:
    """What stays on the clipboard while the content is held: a plain explanation and the marker."""
    return Content({"text/plain": text.encode("utf-8"), MARKER: b"1"})
