"""Tables in plain text: CSV, tab-separated, markdown pipes, or columns aligned with runs of spaces.

Spreadsheets (cells joined by tabs), clipboard copies of Word tables and chat messages all reach the
engine as text. A list is told by its header row, and the rows under it that split into the same number
of cells. Used by the recognizers that judge lists (classified file registers, patient lists).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SPLITTERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("|", re.compile(r"\s*\|\s*")),
    ("\t", re.compile(r"\s*\t\s*")),
    (",", re.compile(r"\s*[,，]\s*")),
    ("  ", re.compile(r"[ \u3000]{2,}")),
)
_RULE_ROW = re.compile(r"[\s|:\-—=+]*")  # markdown |---|---| and ascii rules between rows


@dataclass(frozen=True, slots=True)
class Table:
    header_line: int  # 0-based line of the header row
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line, cells), same width as the header

    def column(self, names: re.Pattern[str]) -> int | None:
        """Index of the first header cell that is one of `names` (full match), if any."""
        for i, cell in enumerate(self.header):
            if names.fullmatch(cell.replace(" ", "")):
                return i
        return None


def _cells(line: str, splitter: re.Pattern[str], pipe: bool) -> list[str]:
    line = line.strip()
    if pipe:
        line = line.strip("|")
    return [c.strip() for c in splitter.split(line)]


def tables(lines: list[str], header: re.Pattern[str], max_gap: int = 1) -> Iterator[Table]:
    """Tables whose header row has a cell matching `header` (searched per line, cheap first).

    A row belongs to the table while it splits into as many cells as the header (one cell more or less is
    tolerated for a trailing or missing value); `max_gap` blank or rule lines may stand between rows.
    """
    for i, line in enumerate(lines):
        if not header.search(line):
            continue
        for sep, splitter in _SPLITTERS:
            if sep not in line:
                continue
            head = _cells(line, splitter, sep == "|")
            if len(head) < 2 or not any(header.fullmatch(c.replace(" ", "")) for c in head):
                continue
            rows: list[tuple[int, list[str]]] = []
            gap = 0
            for j in range(i + 1, min(len(lines), i + 5000)):
                row = lines[j]
                if not row.strip() or _RULE_ROW.fullmatch(row):
                    gap += 1
                    if gap > max_gap + (1 if not rows else 0):
                        break
                    continue
                cells = _cells(row, splitter, sep == "|")
                if abs(len(cells) - len(head)) > 1 or len(cells) < 2:
                    break
                gap = 0
                cells += [""] * (len(head) - len(cells))
                rows.append((j, cells))
            yield Table(i, head, rows)
            break
