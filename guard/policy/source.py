"""One rules file as read: its parsed table, its text (to point errors at a line) and a digest of its bytes.

The file is refused from its size before it is read (a 50 MB file took 33 s and 2 GB to parse), and a FIFO
or device is refused before it is opened.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guard.config_read import read_config_bytes
from guard.errors import RulesError
from guard.policy.limits import MAX_ENTRIES, MAX_FILE_BYTES

TOP_KEYS = {"meta", "policy", "recognizers", "rules", "allow", "disable"}


class Source:
    """One file's text, to point errors at the line where a rule or table is written."""

    def __init__(self, path: str, text: str):
        self.path, self.text = path, text

    def line_of(self, *needles: str, nth: int = 1) -> int | None:
        for needle in needles:
            at = -1
            for _ in range(nth):
                at = self.text.find(needle, at + 1)
                if at < 0:
                    break
            if at >= 0:
                return self.text.count("\n", 0, at) + 1
        return None

    def id_line(self, rule: str, nth: int = 1) -> int | None:
        """The line of the nth `id = "rule"` in the file (any quoting and spacing), else of the bare id."""
        found = list(re.finditer(rf"""\bid\s*=\s*["']{re.escape(rule)}["']""", self.text))
        if len(found) >= nth:
            return self.text.count("\n", 0, found[nth - 1].start()) + 1
        return self.line_of(rule)

    def error(self, message: str, rule: str | None = None, table: str | None = None, nth: int = 1) -> RulesError:
        line = None
        if rule:
            line = self.id_line(rule, nth)
        elif table:
            head, _, name = table.partition(".")
            spellings = [f"[{table}]"]
            if name:
                spellings += [f'[{head}."{name}"]', f"[{head}.'{name}']", f'"{name}"']
            line = self.line_of(*spellings)
        return RulesError(message, path=self.path, line=line, rule=rule)


@dataclass(slots=True)
class RulesFile:
    data: dict[str, Any]
    source: Source
    sha256: str


def read_rules_file(path: Path) -> RulesFile:
    """Read, bound and parse one rules file; RulesError naming the file (and line) otherwise."""
    try:
        raw = read_config_bytes(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise RulesError("file not found", path=str(path)) from None
    except OSError as exc:
        raise RulesError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    except ValueError as exc:  # a NUL in the path
        raise RulesError(f"cannot read: {exc}", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RulesError(f"cannot read: not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path)) from None
    src = Source(str(path), text)
    # a cheap count before the parser builds anything: the parse of a huge list of tables is the costly part
    tables = len(re.findall(r"^[ \t]*\[\[[ \t]*(?:rules|allow)[ \t]*\]\]", text, re.M))
    if tables > MAX_ENTRIES:
        raise RulesError(f"too many [[rules]] and [[allow]] entries: {tables} (limit {MAX_ENTRIES})", path=str(path))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else len(text.rstrip().splitlines())  # "at end of document"
        raise RulesError(f"not valid TOML: {exc}", path=str(path), line=line) from None
    except RecursionError:
        raise RulesError("not valid TOML: nested too deeply", path=str(path)) from None
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise src.error(f"unknown top-level key(s): {', '.join(sorted(unknown))}", table=sorted(unknown)[0])
    return RulesFile(data, src, hashlib.sha256(raw).hexdigest())
