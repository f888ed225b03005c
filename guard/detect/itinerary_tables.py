"""A leader's schedule kept as a table (a Word table pasted, a spreadsheet row, a CSV export): the columns say
time and place, so no sentence carries the moves the prose test looks for.

`| 时间 | 地点 | 领导 | 内容 |` with two rows or more that give a clock time, beside a leader's title in the
cells or in the lines just above the header (`王书记调研日程`), is an itinerary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.detect.tables import Table, tables

_HEADER = re.compile("时间|时刻|日期时间|具体时间|地点|活动地点|地址|场所|行程")
_TIME_COLUMN = re.compile("时间|时刻|日期时间|具体时间")
_PLACE_COLUMN = re.compile("地点|活动地点|地址|场所|行程|路线")
_CLOCK = re.compile(r"(?<![0-9])(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9](?![0-9])|[上下]午"
                    r"|[0-9一二三四五六七八九十]{1,2}[点时]")


@dataclass(frozen=True, slots=True)
class ScheduleTable:
    first_line: int  # 0-based original line of the header
    last_line: int
    leader: str
    timed_rows: int


def schedule_tables(lines: list[str], leaders: re.Pattern[str], min_rows: int = 2) -> list[ScheduleTable]:
    """Tables with a time column and a place column, `min_rows` timed rows, and a leader named in them or
    in the three lines above the header."""
    out = []
    for table in tables(lines, _HEADER):
        when, where = table.column(_TIME_COLUMN), table.column(_PLACE_COLUMN)
        if when is None or where is None:
            continue
        timed = [cells for _, cells in table.rows if _CLOCK.search(cells[when]) and cells[where].strip()]
        if len(timed) < min_rows:
            continue
        leader = _leader(table, lines, leaders)
        if leader:
            out.append(ScheduleTable(table.header_line, table.rows[-1][0], leader, len(timed)))
    return out


def _leader(table: Table, lines: list[str], leaders: re.Pattern[str]) -> str:
    for _, cells in table.rows:
        for cell in cells:
            m = leaders.search(cell)
            if m:
                return m.group()
    for line in lines[max(0, table.header_line - 3):table.header_line]:
        m = leaders.search(line)
        if m:
            return m.group()
    return ""
