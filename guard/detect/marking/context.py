"""Document-level evidence around a candidate, each computed the same way for every recognizer.

"Top of the page" is defined once here; so are the lines that make a text read like an official document,
a briefing (简报 with its 第N期), an exam paper, a template with blanks, or a training handout.
"""

from __future__ import annotations

import re

from guard.detect.cues import TOP_LINES, DocCues, doc_cues
from guard.normalize import CJK, Document, normalize_light

_GENRE = ("通知|通报|报告|请示|意见|决定|方案|纪要|函|办法|规定|预案|计划|要点|总结|汇报|材料|讲话|批复|公告|通告|"
          "决议|命令|清单|名单|情况|说明|电报|简报|提纲|细则|安排|专报|快报|信息|动态|要情|摘报|参阅|试题|试卷|"
          "考试|答题卡|承诺书|协议|合同|规划|条例|汇编")
# what follows a mark in a document: a title, an addressee, an outline, a genre, an exam paper's head
_DOC_LINE = re.compile(
    f"^关于.{{2,60}}的|^.{{0,50}}(?:{_GENRE})(?:[(（].{{1,12}}[)）])?$|^.{{1,30}}[:：]$|"
    "^[一二三四五六七八九十]+[、.]|^[(（][一二三四五六七八九十]+[)）]|^第[一二三四五六七八九十]+[章条部分]|"
    "^.{0,40}(?:考试|试卷|试题|测试|联考|统考|月考|期末|期中|[(（][a-d]卷[)）]).{0,20}$|^注意事项|^本试卷"
)
_ISSUE = re.compile("第[0-9一二三四五六七八九十百〇零]{1,4}期|总第[0-9]+期"
                    "|[〔(（\\[](?:19|20)[0-9]{2}[〕)）\\]]第?[0-9]{1,4}期")
_BRIEFING = re.compile("简报|专报|快报|信息|动态|要情|摘报|参阅|情况反映|工作通讯|内参")
_TEACHING = re.compile("示例|例如|举例|培训|课件|讲义|幻灯片|板书|测试题|练习|改错|指出下列|判断下列|知识问答|知识竞赛|"
                       "问[:：]|答[:：]|常见错误|正确写法|错误写法|标注方法|怎样标注|如何标注|上图|下图|图示|样式|案例")
# a template's blanks (not `姓名：____`, which exam papers and signed forms have too)
_PLACEHOLDER = re.compile("x{2,}|×{2,}|20xx|20××|[{]{2}|（正文）|\\(正文\\)|○{2,}|□{2,}")
_LEVEL_WORD = re.compile("绝密|机密|秘密")
_COLUMNS = re.compile("[ \t\u00a0]{3,}|\u3000{2,}")
# a mark opening its line after list numbers, bullets or data punctuation (a parallel item, not a sentence)
_MARKISH = "(?:绝密|机密|秘密)(?:★|☆|[0-9一二三四五六七八九十]+(?:年|个月)|长期|启用前)"
_MARK_LIKE = re.compile(f"^[^{CJK}]*{_MARKISH}")
_ITEM = "(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）.、]|[a-d][.、)]|[•·\\-*●○◆■▪►√])"
_NUMBERED = re.compile(f"^{_ITEM}{_MARKISH}")
_NUMBERED_BARE = re.compile(f"^{_ITEM}(?:绝密|机密|秘密)(?:级)?$")  # `• 绝密` `• 机密`: the levels listed


def near_top(doc: Document, line: int, lines: int = TOP_LINES) -> bool:
    return doc.top_rank(line) < lines


def header_cues(doc: Document) -> DocCues:
    return doc_cues(doc)


def _below(doc: Document, line: int, lines: int) -> list[str]:
    return [doc.light_lines[i] for i in doc.top_lines if i > line][:lines]


def document_follows(doc: Document, line: int, rest: str = "", lines: int = 6) -> bool:
    """The rest of the candidate's line or the lines under it read like an official document or an exam
    paper, not prose or verse."""
    rest = re.sub(r"^[\s)\]）】〕>]+", "", rest)
    return bool(rest and _DOC_LINE.search(rest)) or any(_DOC_LINE.search(text) for text in _below(doc, line, lines))


def briefing(doc: Document, line: int) -> bool:
    """An issue number (第N期) on the candidate's line or just below, in a text of a briefing's genre."""
    near = [doc.light_lines[line], *_below(doc, line, 3)]
    if not any(_ISSUE.search(text) for text in near):
        return False
    top = [doc.light_lines[i] for i in doc.top_lines[:TOP_LINES]]
    return any(_BRIEFING.search(text) for text in top) or bool(_ISSUE.search(doc.light_lines[line]))


def teaching_above(doc: Document, line: int, before: str) -> bool:
    """A teaching cue on the candidate's line before it or in the three lines above: an example on a slide."""
    above = [doc.light_lines[i] for i in doc.top_lines if i < line][-3:]
    return bool(_TEACHING.search(before)) or any(_TEACHING.search(text) for text in above)


def template(doc: Document) -> bool:
    """Blanks to fill in at the top (`XXX〔20XX〕X号`, `____`, `{{标题}}`): a template, not a document."""
    top = "\n".join(doc.light_lines[i] for i in doc.top_lines[:12]).lower()
    return len(_PLACEHOLDER.findall(top)) >= 2


def enumeration(doc: Document, line: int, in_code: bool = False) -> bool:
    """Two or more levels on one line (`秘密、机密、绝密`), or marks on the lines around it too (an exercise's
    `（1）秘密☆1年 （2）机密★一年`, a data file's list of levels): the levels are listed, nothing is marked."""
    # columns set apart by wide spacing are separate texts (two pages side by side in a screenshot)
    if any(len(_LEVEL_WORD.findall(normalize_light(part))) >= 2 for part in _COLUMNS.split(doc.line_text(line))):
        return True
    if doc.from_ocr(line):
        return False  # a screenshot of pages side by side puts their marks on neighbouring lines
    # across lines only for numbered items (an exercise) or data (a program's table of levels): two real
    # documents pasted one after the other still mark, each of them
    listed = _NUMBERED if not in_code else _MARK_LIKE
    if _NUMBERED_BARE.match(doc.light_lines[line]):
        listed = _NUMBERED_BARE
    elif not listed.match(doc.light_lines[line]):
        return False
    rank = doc.top_rank(line)
    near = doc.top_lines[max(0, rank - 2):rank] + doc.top_lines[rank + 1:rank + 3]
    return any(listed.match(doc.light_lines[i]) for i in near)
