"""Judge one clipboard content by everything it offers: each distinct text, the HTML, RTF, the files behind a
file list, every picture, and any other format that reads as a document. The worst part decides.

A part that could not be read (a file list pointing at a FIFO, a picture the OCR could not finish, a text cut
at the size limit) is kept in the result as an error or a note, so the caller can tell "nothing found" from
"not read" and hold what it could not judge. The engine is taken once per content: a rules reload in the
middle of a check cannot mix two policies in one decision.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from guard.engine import Engine
from guard.extract import detect_kind
from guard.extract.text import html_to_text
from guard.files import FileScanner
from guard.messages import t
from guard.model import ScanResult
from guard.sources.clip_content import Content, decode_text

TextScan = Callable[[str, str, bool], ScanResult]  # (text, source, is_html) -> result
_RTF = ("text/rtf", "text/richtext", "application/rtf", "Rich Text Format")
_NOT_DOCUMENTS = ("binary", "text")  # others that sniff as these carry nothing the text parts do not


def check_content(content: Content, files: FileScanner, *, selection: bool = False,
                  scan_text: TextScan | None = None, engine: Engine | None = None) -> ScanResult:
    """One verdict for `content`; `scan_text` lets the caller judge huge texts in a helper process."""
    engine = engine or files.engine
    scan_text = scan_text or (lambda text, source, is_html: engine.scan_text(
        html_to_text(text) if is_html else text, source=source))
    t0 = time.perf_counter()
    limit = files.limits.max_text_chars
    results: list[ScanResult] = []
    texts = [("text/plain", content.text)] if selection and content.text else content.texts()
    for name, text in texts:
        results.append(_capped(scan_text(text[:limit], "<clipboard>", False), len(text), limit, name))
    if not selection:
        for name, data in content.formats.items():
            if name in _RTF:
                results.append(scan_text(rtf_text(data), "<clipboard rtf>", False))
        html = content.html
        if html:
            results.append(_capped(scan_text(html[:limit * 4], "<clipboard html>", True), len(html), limit * 4,
                                   "text/html"))
        for path in content.files:
            results.append(_file(files, path, engine))
        for n, image in enumerate(content.images(), 1):
            results.append(files.scan_bytes(image, f"clipboard-{n}.png", source="<clipboard image>", engine=engine))
        for name, data in content.others():
            if name in _RTF:
                continue
            kind = detect_kind(data[:65536] if len(data) > 65536 else data, name)
            if kind not in _NOT_DOCUMENTS:
                results.append(files.scan_bytes(data, name, source=f"<clipboard {name}>", engine=engine))
    merged = merge(results, source="<selection>" if selection else "<clipboard>")
    merged.ms = (time.perf_counter() - t0) * 1000
    return merged


def _file(files: FileScanner, path: str, engine: Engine) -> ScanResult:
    result = files.scan(Path(path), engine=engine)
    for f in result.findings:
        f.where = {"file": Path(path).name, **f.where}
    if result.skipped:  # a program or a video: not a document, but it still leaves with the paste
        result.notes = []
        result.verdict = "allow"
    # with several files on the clipboard, the clerk must see which one could not be read
    name = Path(path).name
    result.notes = [t("extract.inside", name=name, note=n) for n in result.notes]
    if result.error:
        result.error = t("extract.inside", name=name, note=result.error)
    return result


def _capped(result: ScanResult, length: int, limit: int, name: str) -> ScanResult:
    if length > limit:
        result.notes.append(t("clip.text_cut", format=name, read=limit, total=length))
    return result


def rtf_text(data: bytes) -> str:
    """The text of an RTF copy (Word, WPS); its \\'xx bytes are in the code page it declares."""
    from striprtf.striprtf import rtf_to_text

    raw = decode_text(data)
    page = re.search(r"\\ansicpg(\d+)", raw[:4096])
    encoding = {"936": "gbk", "950": "big5", "65001": "utf-8"}.get(page.group(1), f"cp{page.group(1)}") \
        if page else "cp1252"
    try:
        return rtf_to_text(raw, encoding=encoding, errors="replace")
    except (LookupError, ValueError, IndexError):
        return raw  # a broken RTF is still checked as the characters it holds


_DIGITS = re.compile(r"\d+")


def merge(results: list[ScanResult], source: str) -> ScanResult:
    """The worst part wins; an unreadable part is never hidden by a clean one: it stays the verdict (error)
    unless something was found, and then its reason stays in the notes."""
    if not results:
        return ScanResult(source, "allow")
    findings, seen = [], set()
    for f in (f for r in results for f in r.findings):  # plain text and its HTML twin find the same things
        # two findings on one short line share an excerpt (内部资料 and 注意保存): their why tells them apart;
        # the twin's why differs at most in its line number
        key = (f.rule, f.excerpt, _DIGITS.sub("", f.why_en), f.where.get("file"))
        if key not in seen:
            seen.add(key)
            findings.append(f)
    errors = [r.error for r in results if r.verdict == "error" and r.error]
    notes = [n for r in results for n in r.notes]
    judged = [r for r in results if r.verdict != "error"]
    worst = max(judged, key=lambda r: r.severity).verdict if judged else "error"
    if errors and worst in ("allow", "notice"):
        worst = "error"
    out = ScanResult(source, worst, findings=findings, notes=list(dict.fromkeys(notes + errors[1:])))
    out.error = errors[0] if errors else None
    return out
