"""A clipboard content is judged by everything it offers, with one engine for the whole decision, and what
could not be read stays visible in the result (real engine, real office files, real file readers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.engine import Engine
from guard.extract.base import Limits
from guard.files import FileScanner
from guard.model import ScanResult
from guard.policy import load_policy
from guard.sources.clip_check import check_content, merge, rtf_text
from guard.sources.clip_content import MARKER, Content
from guard.sources.decision import Response, respond, unjudged

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。"
CLEAN = "周五下午三点在三楼会议室开会，请准时参加。"
RULES = '''[meta]
name = "县保密办"
version = "1"

[[rules]]
id = "county.codename"
category = "keyword"
severity = "block"
message = { zh = "项目代号", en = "project code name" }
keywords = ["青松工程"]
'''


@pytest.fixture
def files() -> FileScanner:
    with FileScanner(Engine(), ocr=None) as scanner:
        yield scanner


def test_every_distinct_text_format_counts(files: FileScanner) -> None:
    content = Content({"text/plain": CLEAN.encode(), "UTF8_STRING": MARKED.encode()})
    assert check_content(content, files).verdict == "block"


def test_utf16_html_is_read(files: FileScanner) -> None:
    html = f"<html><body><p>{MARKED.replace(chr(10), '</p><p>')}</p></body></html>".encode("utf-16")
    assert check_content(Content({"text/plain": CLEAN.encode(), "text/html": html}), files).verdict == "block"


def test_rtf_in_its_declared_code_page() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}\f0 \'bb\'fa\'c3\'dc\u9733?1\'c4\'ea\par}"
    assert rtf_text(rtf).strip() == "机密★1年"


def test_an_office_document_under_a_private_format_name_is_read(files: FileScanner, tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    for line in MARKED.splitlines():
        doc.add_paragraph(line)
    path = tmp_path / "embed.docx"
    doc.save(path)
    content = Content({"text/plain": CLEAN.encode(), "application/x-openoffice-embed-source;windows_formatname="
                       '"Embed Source"': path.read_bytes()})
    assert check_content(content, files).verdict == "block"


def test_our_marker_format_hides_nothing(files: FileScanner) -> None:
    assert check_content(Content({"text/plain": MARKED.encode(), MARKER: b"1"}), files).verdict == "block"


def test_a_text_cut_at_the_limit_is_unjudged() -> None:
    with FileScanner(Engine(), ocr=None, limits=Limits(max_text_chars=100)) as small:
        result = check_content(Content({"text/plain": (CLEAN * 20).encode()}), small)
    assert result.notes and unjudged(result) and respond(result) == Response.HOLD_UNJUDGED


def test_a_file_that_cannot_be_read_is_not_hidden_by_clean_text(files: FileScanner, tmp_path: Path) -> None:
    content = Content({"text/plain": CLEAN.encode(), "text/uri-list": (tmp_path / "gone.docx").as_uri().encode()})
    result = check_content(content, files)
    assert result.verdict == "error" and result.error


def test_the_whole_decision_uses_the_engine_it_was_given(files: FileScanner, tmp_path: Path) -> None:
    """The file behind a file list is judged by the engine taken for the decision, not by whatever the
    scanner holds by the time the file is read."""
    rules = tmp_path / "county.toml"
    rules.write_text(RULES, encoding="utf-8")
    doc = tmp_path / "进展.txt"
    doc.write_text("关于青松工程的进展", encoding="utf-8")
    content = Content({"text/uri-list": doc.as_uri().encode()})
    files.engine = Engine(load_policy(rules))
    assert check_content(content, files).verdict == "block"
    assert check_content(content, files, engine=Engine()).verdict == "allow"


def test_merge_keeps_an_error_above_a_notice() -> None:
    notice = ScanResult("a", "notice")
    error = ScanResult("b", "error", error="damaged")
    assert merge([notice, error], "<clipboard>").verdict == "error"
    confirm = ScanResult("c", "confirm")
    merged = merge([confirm, error], "<clipboard>")
    assert merged.verdict == "confirm" and merged.error == "damaged"


def test_two_markings_on_one_line_both_reach_the_dialog_and_the_html_twin_adds_none(files: FileScanner) -> None:
    text = "内部资料 注意保存\n关于调整值班安排的通知\n各科室：\n正文。"
    html = "<p>内部资料 注意保存</p><p>关于调整值班安排的通知</p><p>各科室：</p><p>正文。</p>"
    result = check_content(Content({"text/plain": text.encode(), "text/html": html.encode()}), files)
    markers = [f for f in result.findings if f.rule == "internal.marker"]
    assert len(markers) == 1  # one line, one finding: the dialog lists it once, its reason names both words
    assert "内部资料" in markers[0].why_zh and "注意保存" in markers[0].why_zh
    assert markers[0].excerpt.startswith("内部资料 注意保存")
