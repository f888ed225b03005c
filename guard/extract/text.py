"""Text-like files: decode what Chinese office PCs write (UTF-8, UTF-16 with BOM, GBK/GB18030), refuse
binaries and oversized files with a clear reason, and turn HTML into its visible text."""

from __future__ import annotations

import codecs
import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from guard.errors import ExtractError
from guard.extract.readbytes import read_file_bytes
from guard.messages import t

TEXT_SUFFIXES = {".txt", ".md", ".csv", ".html", ".htm", ".xml", ".json", ".log"}
MAX_TEXT_BYTES = 64 * 1024 * 1024


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises ExtractError for content that is not text."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
                     (codecs.BOM_UTF32_LE, "utf-32")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ExtractError(f"invalid {enc} text: {exc.reason} at byte {exc.start}") from None
    head = data[:65536]
    if b"\x00" in head:
        raise ExtractError(t("text.binary_nul"))
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls / len(head) > 0.05:
        raise ExtractError(t("text.binary_controls"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        # neither: keep what decodes, mark the rest; the scan still gives a verdict
        return data.decode("utf-8", errors="replace"), "utf-8 (invalid bytes replaced)"


class _Visible(HTMLParser):
    """Visible text of an HTML page with block elements as line breaks (marks are told by line position)."""

    BLOCKS: ClassVar = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
              "header", "footer", "blockquote", "pre", "ul", "ol", "title", "td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n" if tag not in ("td", "th") else "\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*", lambda m: "\n" if m.group().count("\n") < 3 else "\n\n", text)
    return html.unescape(text).strip("\n")


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:html|body|p|div|span|table|br)\b", text[:4096], re.I))


def read_text_file(path: Path, max_bytes: int = MAX_TEXT_BYTES) -> str:
    data = read_file_bytes(path, max_bytes)
    text, _ = decode(data)
    if path.suffix.lower() in (".html", ".htm") or (path.suffix.lower() == ".xml" and looks_like_html(text)):
        text = html_to_text(text)
    return text
