"""Fields of configuration and data syntax: YAML (front matter too), TOML/INI, JSON, shell `case` patterns.

A scalar under a key is a FIELD (`classification: 机密` describes the document); the same scalar in a list,
or among siblings that are themselves levels (`1: 秘密`, `2: 机密`), is DATA: a table of levels, not a marking.
"""

from __future__ import annotations

import re

from . import Role, Unit

LEVELS = re.compile(r"绝密|机密|秘密|内部|非密|公开|商密|敏感|受限|top.?secret|secret|confidential|internal|public"
                    r"|restricted", re.I)
_LEVEL = re.compile(r"(?:" + LEVELS.pattern + r")(?:[★*].{0,6})?", re.I)
_YAML = re.compile(r"^(?P<ind>[ \t]*)(?P<dash>-[ \t]+)?"
                   r"(?:(?P<key>[^\s:#'\"][^:#]*?|\"[^\"]*\"|'[^']*')[ \t]*:(?=\s|$))?"
                   r"[ \t]*(?P<val>[^#\n]*?)[ \t]*(?P<com>#.*)?$")
_TOML = re.compile(r"^[ \t]*(?P<key>[\w.\-\"' ]+?)[ \t]*[=:][ \t]*(?P<val>.*?)[ \t]*(?P<com>[#;].*)?$")
_JSON = re.compile(r'"(?:\\.|[^"\\])*"|[{}\[\]:,]')


def _comment(pos: int, line: str, at: int) -> Unit:
    """A comment's text without its marker and surrounding blanks."""
    body = line[at + 1:]
    return Unit(Role.COMMENT, pos + at + 1 + len(body) - len(body.lstrip()), pos + len(line.rstrip()))


def _value_span(line_start: int, m: re.Match, group: str = "val") -> tuple[int, int]:
    s, e = m.span(group)
    v = m.group(group)
    q = 1 if len(v) > 1 and v[0] == v[-1] and v[0] in "'\"" else 0
    return line_start + s + q, line_start + e - q


def settle(groups: dict[object, list[tuple[Unit, str]]]) -> list[Unit]:
    """A group of sibling values with two or more levels among them is a table of levels: DATA."""
    out = []
    for items in groups.values():
        table = len({v for _, v in items if _LEVEL.fullmatch(v.strip("'\" "))}) >= 2
        out += [Unit(Role.DATA, u.start, u.end) if table and u.role is Role.FIELD else u for u, _ in items]
    return out


def yaml_units(text: str, start: int, end: int) -> list[Unit]:
    groups: dict[object, list[tuple[Unit, str]]] = {}
    stack: list[tuple[int, bool, int]] = []  # (indent, is a list item, line) of the open parents
    pos = start
    for n, line in enumerate(text[start:end].split("\n")):
        m = _YAML.match(line)
        if line.lstrip().startswith("#"):
            groups.setdefault("c", []).append((_comment(pos, line, line.find("#")), ""))
        elif m and line.strip():
            ind = len(m.group("ind")) + (len(m.group("dash")) if m.group("dash") else 0)
            own = len(m.group("ind")) if m.group("dash") else ind  # open parents end at this indent
            while stack and stack[-1][0] >= own:
                stack.pop()
            if m.group("dash"):
                stack.append((len(m.group("ind")), True, n))
            in_list = any(is_list for _, is_list, _ in stack)
            parent = stack[-1][2] if stack else -1
            val = m.group("val")
            if val:
                s, e = _value_span(pos, m)
                key = (m.group("key") or "").strip("'\" ").lower()
                flow = val.startswith("[") or not key
                role = Role.DATA if in_list or flow else Role.FIELD
                groups.setdefault(parent, []).append((Unit(role, s, e, key if role is Role.FIELD else ""), val))
            elif m.group("key"):
                stack.append((ind, False, n))
            if m.group("com"):
                groups.setdefault("c", []).append((_comment(pos, line, m.start("com")), ""))
        pos += len(line) + 1
    return settle(groups)


def toml_units(text: str, start: int, end: int) -> list[Unit]:
    groups: dict[object, list[tuple[Unit, str]]] = {}
    section, pos = "", start
    for line in text[start:end].split("\n"):
        s = line.strip()
        if s.startswith("[") and s.endswith("]"):
            section = s
        elif s.startswith(("#", ";")):
            groups.setdefault("c", []).append((_comment(pos, line, line.find(s)), ""))
        elif (m := _TOML.match(line)) and m.group("val"):
            a, b = _value_span(pos, m)
            role = Role.DATA if m.group("val").startswith(("[", "{")) else Role.FIELD
            key = m.group("key").strip("'\" ").lower() if role is Role.FIELD else ""
            groups.setdefault(section, []).append((Unit(role, a, b, key), m.group("val")))
        pos += len(line) + 1
    return settle(groups)


def json_units(text: str, start: int, end: int) -> list[Unit]:
    """Values under a key are FIELDs; array elements and tables of levels are DATA."""
    groups: dict[object, list[tuple[Unit, str]]] = {}
    stack: list[tuple[str, int]] = []
    key, expect_value = "", False
    for m in _JSON.finditer(text, start, end):
        t = m.group()
        if t in "{[":
            stack.append((t, m.start()))
            expect_value = False
        elif t in "}]":
            stack and stack.pop()
        elif t == ":":
            expect_value = True
        elif t == ",":
            expect_value = False
        elif stack:
            inner = (m.start() + 1, m.end() - 1)
            if stack[-1][0] == "[":
                groups.setdefault(stack[-1][1], []).append((Unit(Role.DATA, *inner), t))
            elif expect_value:
                numeric = key.isdigit()
                u = Unit(Role.DATA if numeric else Role.FIELD, *inner, "" if numeric else key.lower())
                groups.setdefault(stack[-1][1], []).append((u, t))
            else:
                key = t[1:-1]
                groups.setdefault(stack[-1][1], []).append((Unit(Role.DATA, *inner), ""))
    return settle(groups)


def shell_cases(text: str, start: int, end: int) -> list[Unit]:
    """The patterns of a `case ... in` arm (`秘密|机密|绝密)`) enumerate values: DATA."""
    out = []
    for block in re.finditer(r"\bcase\b[^\n]*\bin\b([\s\S]*?)\besac\b", text[start:end]):
        for arm in re.finditer(r"^[ \t]*\(?([^()\n;]+)\)", block.group(1), re.M):
            s = start + block.start(1) + arm.start(1)
            out.append(Unit(Role.DATA, s, s + len(arm.group(1).rstrip())))
    return out
