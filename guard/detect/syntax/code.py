"""Units of source code: string literals, comments, regexes and the collections that enumerate values.

A light scanner of our own: one token regex per language family (comments, whole string literals, regex
literals, brackets), a bracket stack that says what each literal sits in (a call, a block, a list/tuple/
dict/enum/VALUES), and the call before a bracket (`re.compile(`, `new RegExp(`) that makes it a pattern.
"""

from __future__ import annotations

import re

from . import Role, Unit
from .config import json_units, shell_cases, toml_units, yaml_units

_DQ, _SQ, _BT = r'"(?:\\.|[^"\\\n])*"?', r"'(?:\\.|[^'\\\n])*'?", r"`(?:\\.|[^`\\])*`?"
_TRIPLE = r'"""[\s\S]*?(?:"""|\Z)|' + r"'''[\s\S]*?(?:'''|\Z)"
_BLOCK = r"/\*[\s\S]*?(?:\*/|\Z)"
_OC = r"|(?P<o>[(\[{])|(?P<c>[)\]}])"
_RX = r"|(?<=[=(,:\[!&|?{};])[ \t]*(?P<rx>/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n\[])+/)[dgimsuy]*"
# complete tokens, so that one finditer walks the code
_TOKENS = {
    "python": re.compile(r"(?P<com>#[^\n]*)|(?P<s>(?:\b[rRbBuUfF]{1,2})?(?:" + _TRIPLE + "|" + _DQ + "|" + _SQ + "))"
                         + _OC),
    "shell": re.compile(r"(?P<com>(?<![\w$#{])#[^\n]*)|(?P<s>" + _DQ + "|" + _SQ + ")" + _OC),
    "sql": re.compile(r"(?P<com>--[^\n]*|" + _BLOCK + r")|(?P<s>'(?:''|[^'\n])*'?|" + _DQ + ")" + _OC),
    "cfamily": re.compile(r"(?P<com>//[^\n]*|" + _BLOCK + r")|(?P<s>@?" + _DQ + "|" + _SQ + "|" + _BT + ")"
                          + _RX + _OC),
}
_PATTERN_CALL = re.compile(r"(?:\bre\.\w+|\bregex\.\w+|RegExp|compile|MustCompile|Regex|matches|replaceAll|split|grep"
                           r"(?:\s+-\w+)*|sed|awk|\w*[Pp]attern\w*\s*=?)\s*\(?\s*$")
_DATA_BEFORE = re.compile(r"(?:^|[=(,:\[{!&|?;+]|\breturn|\bin|\bvalues|=>|\byield)\s*$", re.I)
_PATTERN_NAME = re.compile(r"(?:pattern|regexp?|_re|_rx)\w*\s*[:=]\s*[rR]?$"
                           r"|(?:^|[|;&(]\s*)(?:e?grep|rg|sed|awk)\b[^|;&]*$|\b(?:i?like|regexp|rlike|~)\s*$", re.I)
_ENUM_CLASS = re.compile(r"^([ \t]*)class\s+\w+\s*\([^)]*Enum[^)]*\)\s*:[^\n]*\n"
                         r"((?:\1[ \t]+[^\n]*(?:\n|\Z)|[ \t]*\n)*)", re.M)
_CASE = re.compile(r"(?:^|[\s;{:(])(?:case|when)\s*$")


def scan(text: str, start: int, end: int, lang: str) -> list[Unit]:
    """Units of the code in text[start:end]; a CODE unit spans the whole region."""
    if lang == "doctest":
        return _doctest(text, start, end)
    units = [Unit(Role.CODE, start, end)]
    if lang in ("json", "yaml", "toml"):
        return units + {"json": json_units, "yaml": yaml_units, "toml": toml_units}[lang](text, start, end)
    fam = lang if lang in _TOKENS else "cfamily"
    units += _literals(text, start, end, fam)
    if fam == "python":  # the members of an Enum class enumerate values
        enums = [m.span(2) for m in _ENUM_CLASS.finditer(text, start, end)]
        units = [Unit(Role.DATA, u.start, u.end) if u.role is Role.LITERAL and any(a <= u.start < b for a, b in enums)
                 else u for u in units]
    if fam == "shell":
        units += shell_cases(text, start, end)
    return units


def _kind(text: str, stack: list[list], depth: int) -> str:
    """What the bracket at stack[depth] opens, worked out only when a literal asks (most never do)."""
    frame = stack[depth]
    if not frame[2]:
        frame[2] = _frame(text, frame[0], frame[1], _kind(text, stack, depth - 1) if depth else "")
    return frame[2]


def _frame(text: str, pos: int, ch: str, parent: str) -> str:
    """What the bracket at pos opens: 'data', 'pattern', 'enum', 'call' or 'block'."""
    before = text[max(text.rfind("\n", 0, pos) + 1, pos - 40): pos]  # the tail of the line is enough
    if ch == "(" and _PATTERN_CALL.search(before):
        return "pattern"
    if ch == "{" and re.search(r"\benum\s+\w+[\w\s:<>,]*$", before):
        return "enum"
    if parent == "enum" and ch == "(":
        return "data"  # an enum constant's arguments
    if _DATA_BEFORE.search(before) or (ch == "{" and not before.strip() and not parent):
        return "data" if ch != "{" or not re.search(r"\)\s*$|=>\s*$", before) else "block"
    if ch == "{" and before.rstrip().endswith("]"):
        return "data"  # new[] { ... }, new String[] { ... }
    return "call" if ch != "{" else "block"


def _literals(text: str, start: int, end: int, fam: str) -> list[Unit]:
    out: list[Unit] = []
    stack: list[list] = []  # [offset, bracket, kind or ""] of the open brackets
    for m in _TOKENS[fam].finditer(text, start, end):
        kind = m.lastgroup
        if kind == "o":
            stack.append([m.start(), m.group(), ""])
        elif kind == "c":
            if stack:
                stack.pop()
        elif kind == "com":
            g = m.group()
            out.append(Unit(Role.COMMENT, m.start() + len(g) - len(g.lstrip("#/-* \t")), m.end()))
        elif kind == "rx":
            out.append(Unit(Role.PATTERN, m.start("rx") + 1, m.end("rx") - 1))
        else:
            g = m.group()
            p = len(g) - len(g.lstrip("rRbBuUfF@"))
            q = 3 if g[p: p + 3] in ('"""', "'''") else 1
            closed = len(g) >= p + 2 * q and g.endswith(g[p: p + q])
            out.append(Unit(_role(text, m, stack, p), m.start() + p + q, m.end() - (q if closed else 0)))
    return out


def _role(text: str, m: re.Match, stack: list[list], prefix: int) -> Role:
    top = _kind(text, stack, len(stack) - 1) if stack else ""
    before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40): m.start()]
    raw = "r" in m.group()[:prefix].lower() or before.endswith(("r", "R"))
    if top == "pattern" or (raw and re.search(r"[|\\\[(]", m.group())) or _PATTERN_NAME.search(before):
        return Role.PATTERN
    if top in ("data", "enum") or _CASE.search(before):
        return Role.DATA
    return Role.LITERAL


def _doctest(text: str, start: int, end: int) -> list[Unit]:
    """`>>>` lines are Python; the lines after them, until a blank line or a prompt, are output literals."""
    out: list[Unit] = []
    pos, output = start, False
    for line in text[start:end].split("\n"):
        s = line.strip()
        if s.startswith((">>> ", "... ")) or s in (">>>", "..."):
            off = pos + line.find(s[:3]) + 4
            out.append(Unit(Role.CODE, pos, pos + len(line)))
            out += _literals(text, min(off, pos + len(line)), pos + len(line), "python")
            output = True
        elif s and output:
            lead = pos + line.find(s)
            q = 1 if len(s) > 1 and s[0] == s[-1] and s[0] in "'\"" else 0
            out.append(Unit(Role.LITERAL, lead + q, lead + len(s) - q))
        else:
            output = False
        pos += len(line) + 1
    return out
