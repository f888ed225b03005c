"""The one position classifier shared by every marking recognizer.

Where a candidate stands decides whether it marks the text or only mentions it: on a line of its own, at
the start of a line, in brackets, as a field value or a heading (of markup) it marks; inside a sentence,
in quotes, after `示例：` or inside code it is a mention. Code and markup are told by their shape
(`guard.detect.syntax`), since clipboard text has no file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from guard.detect.position import Placement, place
from guard.detect.syntax import text_shape
from guard.normalize import CJK, Document, normalize_light

# what may share a line with a mark in a real header: 份号, urgency, issue numbers, list numbers, the mark's
# own parts; the period grammar comes from the one definition in grammar.py
_LIST_NUMBER = "[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[a-d][.、]"
HEADER_WORDS = ("份号|编号|no\\.?|第|份|共|页|期|密级和保密期限|密级|保密期限|紧急程度|等级|特急|加急|平急|特提|急件|"
                "绝密|机密|秘密")
_FIELD_LABEL = re.compile("(?:密级和保密期限|密级|保密期限|密级标志|classification|security|secrecy|level|标密|定密|"
                          "marking|markings|标识|文件标识|保密标识)$")
_EXAMPLE_LABEL = re.compile("(?:示例|例如|举例|例|比如|如|样例|范例|样式|格式|写法|示范|答案|答|正确|错误|正确写法|"
                            "错误写法|标注方法|e\\.g\\.)$")
_BOX = re.compile("[\u2500-\u257f]")
# a line that ends with a marking begins with an issuer's name or a document's title, not a sentence
_TITLE_HEAD = re.compile(r"[^,.;:!?，。；：！？是为的了把请给看这那我你他她在吗呢吧啊]{1,40}"
                         "(?:局|厅|委|办|办公室|办公厅|政府|部|院|中心|公司|集团|党组|委员会|处|科|室|所|站|队|司|会|署|"
                         "方案|通知|报告|意见|规划|纪要|材料|汇报|讲话|要点|办法|细则|计划|总结|请示|决定|条例|规定|预案|"
                         "简报|专报|资料|文件|草案|说明|清单|名单|稿)[,，、\\s]*")
_CLOSE = ")]】〕〉>}］"
_FILLER = re.compile(r"[\s\W\d_★]*")
_OPEN_TITLE = re.compile("[【〔\\[]")  # 【送审稿】某某方案: a bracket tag before the title
# inline markup around a unit: LaTeX commands and braces, HTML tags, Markdown emphasis and code marks
_MARKUP = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?|[{}]|<[^<>]{1,80}>|[*_`]")
_CJK_RUN = re.compile(f"[{CJK}]{{2}}")
# what opens an inline unit inside a sentence (a block element such as <p> or <h1> stands as a line of its own)
_INLINE_OPEN = re.compile(r"(?:\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{"
                          r"|<(?:b|i|u|em|strong|span|code|font|a|tt|kbd|mark)\b[^>]*>|`|\*\*?|__?)$")
_QUOTES = "\"'“‘「『"
_CODE_ROLES = {"literal", "comment", "pattern", "data", "code"}


# how each position reads in a finding's why: where it marks the text, and where it is only a mention
POSITION_WORDS = {
    "own_line": ("单独成行", "on a line of its own"), "field": ("作为字段值", "as a field value"),
    "heading": ("作为文档标题", "as a heading"), "line_start": ("位于行首", "opening a line"),
    "bracketed": ("标注在括号中", "in brackets"), "title_end": ("位于标题行末", "closing a title line"),
    "labelled": ("位于标签之后", "after a label"), "other": ("", ""),
}
MENTION_WORDS = {
    "prose": ("只在句子中提到，未单独标注", "only mentioned in a sentence, not standing as a marking"),
    "quoted": ("加了引号", "in quotes"), "quoted_prose": ("在句子中加引号提到", "quoted inside a sentence"),
    "example": ("作为示例", "given as an example"), "code": ("位于程序代码或数据中", "inside program code or data"),
}


@dataclass(frozen=True, slots=True)
class Position:
    name: str  # own_line | field | heading | line_start | bracketed | title_end | labelled | example |
    #            quoted | quoted_prose | prose | code | other
    placement: Placement
    boxed: bool = False  # box-drawing characters on the line: a boxed example on a slide
    label: str = ""  # the `xx：` before the candidate, if any


def line_tokens(words: str) -> re.Pattern[str]:
    """Tokens that may stand beside a marking on its line, as one pattern."""
    from guard.detect.marking.grammar import PERIOD

    return re.compile(f"{words}|{HEADER_WORDS}|{PERIOD}|{_LIST_NUMBER}")


def _syntax_unit(doc: Document, start: int, end: int) -> Any:
    shape = text_shape(doc)
    return None if shape.kind == "prose" else shape.unit(start, end)


def _within(doc: Document, p: Placement, unit: Any, start: int, end: int) -> Placement:
    """The placement inside a markup unit (an HTML element's text, a cell): tags and pipes are not text.
    A unit inline in a sentence (`如\\texttt{机密★5年}。`) keeps the sentence around it, markup removed."""
    u0, u1 = unit.start, unit.end
    line0, line1 = doc.line_bounds(p.line)
    outside = _MARKUP.sub("", doc.original[line0:u0] + doc.original[u1:line1])
    inline = _INLINE_OPEN.search(doc.original, max(line0, u0 - 40), u0) is not None
    if inline and _CJK_RUN.search(outside):
        return Placement(p.line, p.top_rank, _MARKUP.sub("", p.before), _MARKUP.sub("", p.after))
    before = normalize_light(doc.original[max(u0, doc.line_bounds(p.line)[0]):start]) if u0 <= start else p.before
    after = normalize_light(doc.original[end:u1]) if end <= u1 else p.after
    return Placement(p.line, p.top_rank, before, after)


def classify(doc: Document, span: tuple[int, int], tokens: re.Pattern[str]) -> Position:
    """Where the normalised span stands, as one of the position names above."""
    p = place(doc, span)
    start, end = doc.orig_span(*span)
    boxed = bool(_BOX.search(doc.line_text(p.line)))
    unit = _syntax_unit(doc, start, end)
    if unit is not None:
        role = str(unit.role)
        if role in ("literal", "comment") and doc.original.count("\n", unit.start, unit.end) >= 2:
            role = "text"  # a whole document pasted inside a string or a comment is still that document
        if role in _CODE_ROLES:
            return Position("code", p, boxed)
        if role == "field":
            # `classification: 机密`, a table cell under 密级: a level field; `label: 机密★1年` in a data file
            # is a value like any other
            named = bool(_FIELD_LABEL.search(unit.key.lower())) if unit.key else True
            return Position("field" if named else "labelled", p, boxed, unit.key)
        if role == "heading" and p.top_rank < 8:
            return Position("heading", p, boxed)
        p = _within(doc, p, unit, start, end)
    before = p.before.rstrip()
    core = before.rstrip(_QUOTES).rstrip()  # `"密级": "机密"`: a quoted value of a quoted key is still a field
    if core.endswith(":") or core.endswith("="):
        key = core[:-1].rstrip().rstrip(_QUOTES)
        key = key[max(key.rfind(c) for c in "\"'“‘「『,{") + 1:] if core != before else key
        label = re.sub(r"^[\s\W\d_]+", "", key).strip()
        if _FIELD_LABEL.search(label.lower()):
            return Position("field", p, boxed, label)
        if _EXAMPLE_LABEL.search(label):
            return Position("example", p, boxed, label)
        rest_ok = Placement(p.line, p.top_rank, "", p.after).alone(tokens)
        return Position("labelled" if rest_ok else "prose", p, boxed, label)
    if p.quoted and not p.bracketed:
        prose = re.search(f"[{CJK}]{{4}}", p.before + p.after)
        return Position("quoted_prose" if prose else "quoted", p, boxed)
    if p.alone(tokens):
        return Position("own_line", p, boxed)
    if p.bracketed:
        closing = min((i for i in (p.after.find(c) for c in _CLOSE) if i >= 0), default=len(p.after))
        rest = p.after[closing + 1:]
        inline = not _FILLER.fullmatch(tokens.sub(" ", rest)) and not p.starts_line(tokens)
        opener = p.before.rstrip()[-1:]
        # `（征求意见稿）` closing a title, `【机密★1年】` opening one: a marking; `（秘密、机密）` mid-sentence: prose
        return Position("prose" if inline and not _OPEN_TITLE.match(opener) else "bracketed", p, boxed)
    if Placement(p.line, p.top_rank, "", p.after).alone(tokens) and _TITLE_HEAD.fullmatch(before.strip()):
        return Position("title_end", p, boxed)  # `某局内部资料`, `某某方案讨论稿`: the line ends with it
    if p.prose:
        return Position("prose", p, boxed)
    if p.starts_line(tokens):
        return Position("line_start", p, boxed)
    return Position("other", p, boxed)
