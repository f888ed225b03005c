"""Document-level cues of the official-document format (GB/T 9704), computed once per text.

Several recognizers weigh the same cues: a 份号 line or 特急 near a bare 秘密 makes it a mark; a red
header and a 发文字号 make a text an official document. Patterns run on the normalised text
(NFKC: full-width brackets and colons are ASCII there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from guard.normalize import CJK, Document

# 发文字号: 国发〔2026〕5号 and the shapes OCR makes of the hexagonal brackets: [ ] 【 】 ( )
# 发文字号 `国发〔2026〕5号` and the shapes OCR makes of the hexagonal brackets: [ ] 【 】 ( ).
# Bracket first: a char-class start lets the regex engine skip ahead quickly.
_DOC_NUMBER_TAIL = re.compile("[〔\\[【(（{]\\s*(?:19|20)\\d{2}\\s*[〕\\]】)）}]\\s*第?\\d{1,5}号")
_CJK_BEFORE = re.compile(f"[{CJK}×]{{1,12}}$")  # × is the placeholder of published templates


def doc_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of 发文字号 in normalised text (issuer abbreviation, bracketed year, serial, 号)."""
    for m in _DOC_NUMBER_TAIL.finditer(text):
        head = _CJK_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if head:
            yield head.start(), m.end()
# 红头: ××市人民政府文件, 中共××委员会文件, ××局文件 (own line near the top)
RED_HEADER = re.compile(
    f"[{CJK}()×]{{2,30}}(?:人民政府|政府|委员会|委|办公室|办公厅|局|厅|部|院|党组|中心|公司|集团|署|会|处|所|校|大学|"
    f"法院|检察院)(?:办公室|办公厅)?文件"
)
URGENCY = re.compile("特急|加急|平急|特提|急件")
COPY_NUMBER = re.compile(r"\d{6}")
_ISSUE_DATE = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)
TOP_LINES = 8  # the top of the page: the first non-blank lines, where GB/T 9704 puts every header element


@dataclass(frozen=True, slots=True)
class DocCues:
    copy_number: bool  # a 6-digit 份号 alone on a top line
    urgency: bool  # 特急 / 加急 on a top line
    red_header: bool  # ××文件 alone on a top line
    doc_number: bool  # a 发文字号 alone on its line
    issue_date: bool  # 成文日期 alone on its line

    @property
    def header_score(self) -> int:
        return sum((self.copy_number, self.urgency, self.red_header, self.doc_number))


# GB/T 9704 puts the 签发人 of a 请示 or 报告 on the 发文字号 line, at its right end
_SIGNER_TAIL = re.compile(r"签\s*发\s*人\s*[:：]\s*\S{1,12}(?:\s+\S{1,12}){0,2}")


def _alone_on_line(doc: Document, span: tuple[int, int], slack: int, tail_ok: re.Pattern[str] | None = None) -> bool:
    s, e = doc.orig_span(*span)
    line_start, line_end = doc.line_bounds(doc.line_no(e - 1))
    tail = doc.original[e:line_end].strip()
    if tail and tail_ok is not None and tail_ok.fullmatch(tail):
        line_end, tail = e, ""
    line = doc.original[line_start:line_end].strip()
    return not tail and len(line) <= (e - max(s, line_start)) + slack


def doc_cues(doc: Document) -> DocCues:
    cached = doc.cache.get("cues")
    if isinstance(cached, DocCues):
        return cached
    top = [doc.light_lines[i] for i in doc.top_lines[:TOP_LINES]]
    copy_number = any(COPY_NUMBER.fullmatch(line.replace("份号", "").strip(":")) for line in top)
    urgency = any(URGENCY.search(line) and len(line) <= 12 for line in top)
    red_header = any(RED_HEADER.fullmatch(line) for line in top)
    doc_number = False
    issue_date = False
    # line-level tests over the whole text would cost a normalisation per line; search the normalised
    # text and check the original line instead.
    # Search the normalised text and check the original line the match ends on (lines of hanzi are
    # joined in the normalised text, so a match may start on the line above).
    for span in doc_numbers(doc.text):
        if _alone_on_line(doc, span, slack=12, tail_ok=_SIGNER_TAIL):
            doc_number = True
            break
    for m in _ISSUE_DATE.finditer(doc.text):
        if _alone_on_line(doc, m.span(), slack=4):
            issue_date = True
            break
    cues = DocCues(copy_number, urgency, red_header, doc_number, issue_date)
    doc.cache["cues"] = cues
    return cues
