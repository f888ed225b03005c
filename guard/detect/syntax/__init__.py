"""What a span of pasted text is, syntactically: a heading, a field value, a literal, a comment ...

A mark in a document's heading or metadata field marks the document; the same characters in a regex, a
string literal or a table of levels in source code only mention it. Text from the clipboard has no file
name, so the shape is read from the text alone (`detect_kind`), then scanned into units (`code`, `markup`,
`config`). Most texts are prose: the pre-check costs a few milliseconds on megabytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guard.normalize import Document

_BUCKET = 256  # offsets per index bucket: a query looks at the few units that touch its bucket


class Role(StrEnum):
    """What a span of text is, syntactically."""

    HEADING = "heading"  # markdown #/setext, asciidoc `= x`, LaTeX \section{..}/\title{..}, HTML <h1-6>/<title>
    FIELD = "field"  # a value of a key: front matter, YAML/TOML/INI, key/value table cell, JSON metadata
    TEXT = "text"  # visible text of markup: element text, LaTeX environment line, blockquote, **x**
    LITERAL = "literal"  # a string literal in code, an inline `code span`, a doctest output
    COMMENT = "comment"  # a comment in code
    PATTERN = "pattern"  # a regex literal or the argument of re.compile / new RegExp / ...
    DATA = "data"  # an element of a collection: list/tuple/dict/enum/SQL VALUES/YAML list/<option>/case
    CODE = "code"  # other code


@dataclass(frozen=True)
class Unit:
    role: Role
    start: int  # original offsets of the unit's visible content (no '#', tags, pipes or quotes)
    end: int
    key: str = ""  # for FIELD: the key, lower case (also kept for a list table's DATA cell: its column header)


@dataclass(frozen=True)
class Shape:
    kind: str  # "prose" | "markup" | "code"
    units: tuple[Unit, ...] = ()
    lang: str = ""  # best guess: python, cfamily, js, shell, sql, json, yaml, toml, markdown, html, latex ...
    _index: dict[int, list[Unit]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for u in self.units:
            for b in range(u.start // _BUCKET, max(u.start, u.end - 1) // _BUCKET + 1):
                self._index.setdefault(b, []).append(u)

    def unit(self, start: int, end: int) -> Unit | None:
        """The innermost unit enclosing the original span [start, end); None for plain prose lines."""
        best = None
        for u in self._index.get(start // _BUCKET, ()):
            if u.start <= start and end <= u.end and (best is None or u.end - u.start < best.end - best.start):
                best = u
        return best


PROSE = Shape("prose")


def shape_of(text: str) -> Shape:
    """The shape of a text (no caching): kind, language and units."""
    from . import code, detect_kind, markup

    kind, lang, start, end = detect_kind.guess(text)
    if kind == "prose":
        return PROSE
    units = markup.scan(text, start, end, lang) if kind == "markup" else code.scan(text, start, end, lang)
    return Shape(kind, tuple(sorted(units, key=lambda u: (u.start, -u.end))), lang)


def text_shape(doc: Document) -> Shape:
    """The document's shape, computed once and kept in `doc.cache["shape"]`."""
    shape = doc.cache.get("shape")
    if not isinstance(shape, Shape):
        shape = doc.cache["shape"] = shape_of(doc.original)
    return shape
