"""Markdown tables: a two-column row is a key and its value (`| 密级 | 机密★1年 |`); in a wider table with
a header row, the header keys its column. The keyed cells are FIELDs, the others visible TEXT."""

from __future__ import annotations

import re

from . import Role, Unit

_RULE = re.compile(r"^[ \t|:-]+$")


def _cells(line: str, off: int) -> list[tuple[str, int, int]]:
    inner_start = line.index("|") + 1
    out, pos = [], inner_start
    for part in re.split(r"(?<!\\)\|", line[inner_start: line.rindex("|")]):
        s = len(part) - len(part.lstrip())
        out.append((part.strip(), off + pos + s, off + pos + s + len(part.strip())))
        pos += len(part) + 1
    return out


def table_units(lines: list[str], offs: list[int], rows: list[int]) -> list[Unit]:
    """Two columns: the first cell keys the second. Wider: a column's header keys its cells, which are the
    fields of one record (one data row) or DATA of a list (a list of files and their levels is no marking
    of the text itself; the key is kept for the caller)."""
    if not rows:
        return []
    grid = [(_cells(lines[r], offs[r]), bool(_RULE.match(lines[r]))) for r in rows]
    header = grid[0][0] if len(grid) > 1 and grid[1][1] else []
    listed = Role.DATA if sum(not rule for _, rule in grid) > 2 else Role.FIELD
    out = []
    for n, (cells, rule) in enumerate(grid):
        if rule:
            continue
        for c, (value, s, e) in enumerate(cells):
            if not value:
                continue
            if len(cells) == 2 and c == 1:
                out.append(Unit(Role.FIELD, s, e, cells[0][0].lower()))
            elif len(cells) > 2 and header and n > 1 and c < len(header):
                out.append(Unit(listed, s, e, header[c][0].lower()))
            else:
                out.append(Unit(Role.TEXT, s, e))
    return out
