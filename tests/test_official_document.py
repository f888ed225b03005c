"""Unpublished official documents (公文, GB/T 9704): several format elements in their places make a `confirm`.

One element alone is common in public text (a 发文字号 cited in a news article); a red header, a 发文字号 on its
own line, a 主送 line and a 成文日期 together are an official document. `（此件公开发布）` releases it.
"""

from __future__ import annotations

import pytest

from guard import Finding, ScanResult, Severity, scan_text
from guard.detect.cues import doc_numbers
from guard.normalize import normalize

RULE = "official.document"

DOC = """临江市人民政府文件

临政发〔2026〕12号

关于做好防汛应急物资调拨工作的通知

各县（市、区）人民政府，市政府各部门：
现将有关事项通知如下。
一、提高认识，加强领导。
二、统筹调度，保障供应。

临江市人民政府
2026年11月20日
"""


def _doc_finding(result: ScanResult) -> Finding:
    found = [f for f in result.findings if f.rule == RULE]
    assert len(found) == 1, result.findings
    return found[0]


def test_unpublished_official_document_needs_confirmation() -> None:
    result = scan_text(DOC)
    assert result.verdict == "confirm"
    f = _doc_finding(result)
    assert f.severity is Severity.CONFIRM
    assert f.category == "official_document"
    assert {"red_header", "doc_number", "addressee", "issue_date"} <= set(f.evidence)
    assert "发文机关标志" in f.why_zh and "发文字号" in f.why_zh


def test_official_document_finding_points_at_the_header() -> None:
    f = _doc_finding(scan_text(DOC))
    assert DOC[f.start:f.end] == "临江市人民政府文件"
    assert f.where["line"] == 1


def test_official_document_with_windows_line_ends_needs_confirmation() -> None:
    result = scan_text(DOC.replace("\n", "\r\n"))
    assert result.verdict == "confirm"
    assert "doc_number" in _doc_finding(result).evidence


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("（此件公开发布）", id="published"),
        pytest.param("（此件主动公开）", id="proactively-disclosed"),
        pytest.param("公开方式：主动公开", id="disclosure-field"),
    ],
)
def test_published_official_document_is_allowed_or_a_notice(note: str) -> None:
    result = scan_text(DOC + note + "\n")
    assert result.verdict in ("allow", "notice")
    assert all(f.severity < Severity.CONFIRM for f in result.findings)


def test_published_note_in_windows_text_also_releases_the_document() -> None:
    result = scan_text((DOC + "（此件公开发布）\n").replace("\n", "\r\n"))
    assert result.verdict in ("allow", "notice")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("新华社北京电 国务院日前印发《关于进一步优化营商环境的意见》（国发〔2025〕5号），提出多项举措。"
                     "各地要认真贯彻落实。", id="news-one-paragraph"),
        pytest.param("国务院印发《关于进一步优化营商环境的意见》\n"
                     "新华社北京11月20日电 国务院日前印发《关于进一步优化营商环境的意见》（国发〔2025〕5号）。\n"
                     "《意见》提出，要持续深化“放管服”改革。\n（记者 张某）", id="news-article"),
        pytest.param("根据《临江市人民政府关于印发防汛预案的通知》（临政发〔2024〕3号）精神，我街道开展了应急演练。",
                     id="work-report-citing-a-number"),
    ],
)
def test_document_number_cited_in_prose_is_not_an_official_document(text: str) -> None:
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")
    assert not [f for f in result.findings if f.rule == RULE and f.severity >= Severity.CONFIRM]


@pytest.mark.parametrize(
    ("number", "bracket"),
    [
        pytest.param("临政发[2026]12号", "[", id="square-brackets"),
        pytest.param("临政发【2026】12号", "【", id="lenticular-brackets"),
        pytest.param("临政发（2026）12号", "（", id="full-width-parentheses"),
        pytest.param("临政发(2026)12号", "(", id="ascii-parentheses"),
        pytest.param("临政发〔 2026 〕12号", "〔", id="ocr-spaces-inside"),
        pytest.param("临政发〔２０２６〕１２号", "〔", id="full-width-digits"),
    ],
)
def test_ocr_bracket_shapes_of_the_document_number_count(number: str, bracket: str) -> None:
    text = DOC.replace("临政发〔2026〕12号", number)
    assert number in text
    result = scan_text(text)
    assert result.verdict == "confirm"
    assert "doc_number" in _doc_finding(result).evidence


@pytest.mark.parametrize(
    "number",
    ["国发〔2025〕5号", "临政发[2026]12号", "临政发【2026】12号", "临政办发(2026)3号", "中办发〔2026〕第7号"],
)
def test_doc_number_shapes_are_found_in_normalised_text(number: str) -> None:
    text = normalize(number)
    spans = list(doc_numbers(text))
    assert spans == [(0, len(text))]


def test_document_number_alone_on_a_line_is_not_an_official_document() -> None:
    # a 发文字号 alone on its line (a cover sheet note) with ordinary text is one element only
    text = "临政发〔2026〕12号\n今天天气很好，我们去公园散步。\n"
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")


def test_header_elements_with_a_classification_mark_block() -> None:
    text = "000128\n机密★1年\n特急\n\n" + DOC
    result = scan_text(text)
    assert result.verdict == "block"
    rules = {f.rule for f in result.findings}
    assert {"secret.classification_mark", RULE} <= rules


def test_published_note_does_not_release_a_classified_document() -> None:
    text = "000128\n机密★1年\n特急\n\n" + DOC + "（此件公开发布）\n"
    result = scan_text(text)
    assert result.verdict == "block"
    assert not [f for f in result.findings if f.rule == RULE and f.severity >= Severity.CONFIRM]
