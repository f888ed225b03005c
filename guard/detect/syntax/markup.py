"""Units of markup: Markdown and AsciiDoc lines, LaTeX commands and environments, HTML elements.

A heading, a front-matter field or a key/value table cell describes the document; a code span, a fenced
program or an `<option>` list only shows characters. Offsets are those of the visible content.
"""

from __future__ import annotations

import re

from . import Role, Unit
from .config import yaml_units
from .latex_html import html_units, latex_units
from .markup_table import table_units

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([\w+#.-]*)")
_HEADING = re.compile(r"^[ \t]{0,3}(?:#{1,6}|={1,6})[ \t]+(.*?)[ \t#=]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:={2,}|-{2,})[ \t]*$")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+(.*?)[ \t]*$")
_ATTR = re.compile(r"^:([\w-]+):[ \t]+(.*?)[ \t]*$")
_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_INLINE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)|\*\*(?=\S)([^*\n]+?)\*\*|__(?=\S)([^_\n]+?)__")
_LANGS = {"py": "python", "python": "python", "js": "js", "javascript": "js", "ts": "js", "typescript": "js",
          "sh": "shell", "bash": "shell", "shell": "shell", "zsh": "shell", "sql": "sql", "json": "json",
          "yaml": "yaml", "yml": "yaml", "toml": "toml", "ini": "toml", "pycon": "doctest"}


def scan(text: str, start: int, end: int, lang: str) -> list[Unit]:
    units: list[Unit] = []
    lines = text[start:end].split("\n")
    offs = [start]
    for ln in lines:
        offs.append(offs[-1] + len(ln) + 1)
    i = 0
    if lines and lines[0].strip() == "---":  # YAML front matter
        close = next((j for j in range(1, len(lines)) if lines[j].strip() in ("---", "...")), 0)
        if close:
            units += yaml_units(text, offs[1], offs[close] - 1)
            i = close + 1
    table: list[int] = []
    while i < len(lines):
        line = lines[i]
        if fence := _FENCE.match(line):
            close = next((j for j in range(i + 1, len(lines)) if lines[j].strip().startswith(fence.group(1))),
                         len(lines))
            units += _fenced(text, offs[i + 1], offs[close] - 1, fence.group(2).lower())
            i = close + 1
            continue
        if _ROW.match(line):
            table.append(i)
        else:
            units += table_units(lines, offs, table)
            table = []
            units += _line(text, lines, offs, i)
        i += 1
    units += table_units(lines, offs, table)
    if lang == "latex":
        units += latex_units(text, start, end)
    if lang == "html" or re.search(r"<[a-zA-Z][^>]*>", text[start:end]):
        units += html_units(text, start, end)
    return units


def _span(off: int, line: str, m: re.Match, g: int = 1) -> Unit | None:
    return None if m.start(g) == m.end(g) else Unit(Role.TEXT, off + m.start(g), off + m.end(g))


def _line(text: str, lines: list[str], offs: list[int], i: int) -> list[Unit]:
    line, off = lines[i], offs[i]
    out: list[Unit] = []
    prev = lines[i - 1] if i else ""
    if _SETEXT.match(line) and prev.strip() and not _ROW.match(prev) and not _HEADING.match(prev):
        s = len(prev) - len(prev.lstrip())
        return [Unit(Role.HEADING, offs[i - 1] + s, offs[i - 1] + len(prev.rstrip()))]
    heading = _HEADING.match(line)
    if heading and heading.group(1) and not _SETEXT.match(line):
        out.append(Unit(Role.HEADING, off + heading.start(1), off + heading.end(1)))
    elif (m := _ATTR.match(line)) and m.group(2):
        out.append(Unit(Role.FIELD, off + m.start(2), off + m.end(2), m.group(1).lower()))
    elif (m := _QUOTE.match(line)) and (u := _span(off, line, m)):
        out.append(u)
    for m in _INLINE.finditer(line):
        if m.group(2) is not None:
            out.append(Unit(Role.LITERAL, off + m.start(2), off + m.end(2)))
        elif not heading:
            g = 3 if m.group(3) is not None else 4
            out.append(Unit(Role.TEXT, off + m.start(g), off + m.end(g)))
    return out


def _fenced(text: str, start: int, end: int, info: str) -> list[Unit]:
    """A fenced block of a program is code; one of plain text is visible text, line by line."""
    from . import code, detect_kind

    if end <= start:
        return []
    kind, lang, _, _ = detect_kind.guess(text[start:end])
    lang = _LANGS.get(info, lang if kind == "code" else "")
    if lang or info:
        return code.scan(text, start, end, lang or "cfamily")
    out, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            s = len(line) - len(line.lstrip())
            out.append(Unit(Role.TEXT, pos + s, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out
