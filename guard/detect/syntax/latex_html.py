"""LaTeX and HTML units: a sectioning command or <h1> is a heading, an environment line or an element's
text is visible text, a macro definition or an `<option>` list only holds characters."""

from __future__ import annotations

import re

from . import Role, Unit
from .config import settle

_LX_HEAD = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection|paragraph|title|subtitle)\*?"
                      r"(?:\[[^\]]*\])?\{")
_LX_DEF = re.compile(r"\\(?:newcommand|renewcommand|providecommand|def|newenvironment|DeclareRobustCommand)\b[^\n]*")
_LX_CMD = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{")
_LX_ENV = re.compile(r"^[ \t]*\\(begin|end)\{([\w*]+)\}[^\n]*$", re.M)
_LX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_LX_SKIP = ("begin", "end", "usepackage", "documentclass", "label", "ref", "cite", "input", "include")
_VERBATIM = ("verbatim", "lstlisting", "minted", "comment", "Verbatim", "code")
_H_SPECIAL = re.compile(r"<(h[1-6]|title|option|script|style|textarea|pre|code)\b[^>]*>([\s\S]*?)</\1\s*>", re.I)
_H_ROLE = {"option": Role.DATA, "script": Role.CODE, "style": Role.CODE, "textarea": Role.LITERAL,
           "pre": Role.LITERAL, "code": Role.LITERAL}
_H_TEXT = re.compile(r">([^<>]+)<")
_H_COMMENT = re.compile(r"<!--([\s\S]*?)-->")
_H_META = re.compile(r"<meta\b[^>]*?\bname\s*=\s*[\"']([^\"']+)[\"'][^>]*?\bcontent\s*=\s*[\"']([^\"']*)[\"']", re.I)
_H_ATTR = re.compile(r"<[a-zA-Z][^>]*>")
_H_ROW = re.compile(r"<tr\b[^>]*>([\s\S]*?)</tr>", re.I)
_H_LEAF = re.compile(r"<([A-Za-z][\w:.-]*)\b[^>]*>([^<>]*)</\1\s*>")
_HTML_TAGS = re.compile(r"a|abbr|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|div|dl|dt|em|font|"
                        r"footer|form|h[1-6]|head|header|html|i|img|input|ins|kbd|label|legend|li|main|mark|nav|ol|"
                        r"option|p|pre|q|s|samp|section|select|small|span|strong|sub|sup|table|tbody|td|textarea|"
                        r"tfoot|th|thead|title|tr|tt|u|ul|var", re.I)
_H_CELL = re.compile(r"<t[dh]\b[^>]*>([\s\S]*?)</t[dh]>", re.I)


def _trim(s: int, e: int, text: str) -> tuple[int, int]:
    seg = text[s:e]
    return s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())


def _brace(text: str, pos: int, end: int) -> int:
    """The offset of the brace that closes the group opened just before pos."""
    depth = 1
    for i in range(pos, min(end, pos + 2000)):
        c = text[i]
        depth += (c == "{") - (c == "}")
        if not depth:
            return i
    return pos


def latex_units(text: str, start: int, end: int) -> list[Unit]:
    out = [Unit(Role.COMMENT, m.start() + 1, m.end()) for m in _LX_COMMENT.finditer(text, start, end)]
    out += [Unit(Role.LITERAL, m.start(), m.end()) for m in _LX_DEF.finditer(text, start, end)]
    for m in _LX_CMD.finditer(text, start, end):
        name = text[m.start() + 1: m.end()].split("{")[0].split("[")[0].rstrip("*")
        if name in _LX_SKIP:
            continue
        role = Role.HEADING if _LX_HEAD.match(text, m.start()) else Role.TEXT
        close = _brace(text, m.end(), end)
        if close > m.end():
            out.append(Unit(role, *_trim(m.end(), close, text)))
    stack: list[tuple[str, int]] = []
    for m in _LX_ENV.finditer(text, start, end):
        if m.group(1) == "begin":
            stack.append((m.group(2), m.end() + 1))
        elif stack:
            env, body = stack.pop()
            if env.rstrip("*") == "document" or m.start() <= body:
                continue
            role = Role.LITERAL if env.rstrip("*") in _VERBATIM else Role.TEXT
            pos = body
            for line in text[body: m.start()].split("\n"):
                if line.strip() and (role is Role.LITERAL or not line.lstrip().startswith("\\begin")):
                    out.append(Unit(role, *_trim(pos, pos + len(line), text)))
                pos += len(line) + 1
    return out


def html_units(text: str, start: int, end: int) -> list[Unit]:
    out: list[Unit] = []
    taken: list[tuple[int, int]] = []
    for m in _H_COMMENT.finditer(text, start, end):
        out.append(Unit(Role.COMMENT, *_trim(*m.span(1), text)))
        taken.append(m.span())
    for m in _H_SPECIAL.finditer(text, start, end):
        role = _H_ROLE.get(m.group(1).lower(), Role.HEADING)
        inner = re.sub(r"<[^>]*>", lambda t: " " * len(t.group()), m.group(2))  # tags inside a heading
        s = m.start(2) + len(inner) - len(inner.lstrip())
        out.append(Unit(role, s, m.start(2) + len(inner.rstrip())))
        taken.append(m.span(2))
    for m in _H_META.finditer(text, start, end):
        out.append(Unit(Role.FIELD, *m.span(2), m.group(1).strip().lower()))
    for m in _H_ROW.finditer(text, start, end):
        cells = list(_H_CELL.finditer(m.group(1)))
        if len(cells) == 2:
            key = re.sub(r"<[^>]*>|\s", "", cells[0].group(1)).lower()
            s = m.start(1) + cells[1].start(1)
            out.append(Unit(Role.FIELD, *_trim(s, s + len(cells[1].group(1)), text), key))
    for m in _H_ATTR.finditer(text, start, end):
        for a in re.finditer(r"=\s*\"([^\"]*)\"|=\s*'([^']*)'", m.group()):
            g = 1 if a.group(1) is not None else 2
            out.append(Unit(Role.LITERAL, m.start() + a.start(g), m.start() + a.end(g)))
    groups: dict[object, list[tuple[Unit, str]]] = {}
    for m in _H_LEAF.finditer(text, start, end):  # XML: <classification>机密</classification> is a field
        tag = m.group(1)
        if not _HTML_TAGS.fullmatch(tag) and m.group(2).strip():
            s, e = _trim(*m.span(2), text)
            groups.setdefault(tag, []).append((Unit(Role.FIELD, s, e, tag.lower()), m.group(2).strip()))
            taken.append((s, e))
    out += settle(groups)
    for m in _H_TEXT.finditer(text, start, end):
        s, e = _trim(*m.span(1), text)
        if e > s and not any(a <= s and e <= b for a, b in taken):
            out.append(Unit(Role.TEXT, s, e))
    return out
