"""Marker words whose meaning depends on where they stand: cipher and plain telegrams, internal markings, drafts.

A 密码电报 header is a state secret (`block`); 明传电报 / 内部明电, `内部资料 注意保存`, `（此件不公开）`, 工作秘密 and
a title ending in `（征求意见稿）` are internal (`confirm`). The same words in a sentence are only a mention.
"""

from __future__ import annotations

import pytest

from guard import ScanResult, Severity, scan_text

BODY = "\n关于做好有关工作的通知\n各单位：\n现将有关事项通知如下。\n"


def _rules(result: ScanResult, severity: Severity) -> set[str]:
    return {f.rule for f in result.findings if f.severity >= severity}


# --- cipher telegrams (state secrets) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("密码电报\n等级：特急\n发电单位：某省委办公厅\n关于做好有关工作的通知\n各市委：现将有关事项通知如下。",
                     "密码电报", id="header-with-urgency-field"),
        pytest.param("密码电报\n\n等级：特提    签发：张三\n发电单位：某省委办公厅\n正文", "密码电报",
                     id="header-with-signer"),
        pytest.param("密电\n关于某事项的通知\n正文。", "密电", id="short-form-alone-at-top"),
        pytest.param("密电\r\n等级：特急\r\n正文", "密电", id="short-form-crlf"),
        pytest.param("密 码 电 报\n等级：加急\n正文。", "密 码 电 报", id="ocr-spaced"),
        pytest.param("密碼電報\n等級：特急\n正文。", "密碼電報", id="traditional"),
    ],
)
def test_cipher_telegram_header_blocks(text: str, word: str) -> None:
    result = scan_text(text)
    assert result.verdict == "block"
    f = next(f for f in result.findings if f.rule == "secret.cipher_telegram" and f.severity is Severity.BLOCK)
    assert f.category == "state_secret"
    assert text[f.start:f.end] == word
    assert f.where["line"] == 1


def test_cipher_telegram_form_fields_raise_confidence() -> None:
    bare = scan_text("密码电报\n关于某事项的通知\n正文。")
    fielded = scan_text("密码电报\n等级：特急\n发电单位：某省委办公厅\n关于某事项的通知\n正文。")
    bare_conf, fielded_conf = (next(f.confidence for f in r.findings if f.rule == "secret.cipher_telegram")
                               for r in (bare, fielded))
    assert fielded_conf > bare_conf


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("严禁用普通传真发送密码电报", id="rule-one-line"),
        pytest.param("严禁用普通传真发送密码电报。", id="rule-sentence"),
        pytest.param("严禁用普通传真发送密码电报\n各单位要严格执行。", id="rule-top-line"),
        pytest.param("他收到一份密电，连夜赶回单位。", id="short-form-in-a-sentence"),
        pytest.param("关于加强密码电报管理的通知\n各单位：\n请严格执行。", id="title-about-telegrams"),
    ],
)
def test_cipher_telegram_mentioned_in_prose_does_not_block(text: str) -> None:
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")


# --- plain telegrams and internal markings (confirm) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "word"),
    [
        pytest.param("明传电报\n等级：加急\n关于做好有关工作的通知\n正文。", "internal.plain_telegram", "明传电报",
                     id="plain-telegram-header"),
        pytest.param("内部明电" + BODY, "internal.plain_telegram", "内部明电", id="internal-plain-telegram"),
        pytest.param("明电\n等级：平急\n正文", "internal.plain_telegram", "明电", id="short-plain-telegram-at-top"),
        pytest.param("内部资料 注意保存" + BODY, "internal.marker", "内部资料", id="internal-material-keep-safe"),
        pytest.param("内部资料　注意保存\r\n关于做好有关工作的通知\r\n正文。\r\n", "internal.marker", "内部资料",
                     id="internal-material-crlf-ideographic-space"),
        pytest.param("关于做好有关工作的通知\n正文内容。\n（此件不公开）", "internal.marker", "此件不公开",
                     id="not-for-publication-note"),
        pytest.param("关于做好有关工作的通知\r\n正文内容。\r\n（此件不公开）\r\n", "internal.marker", "此件不公开",
                     id="not-for-publication-crlf"),
        pytest.param("工作秘密" + BODY, "internal.marker", "工作秘密", id="work-secret"),
        pytest.param("内部传阅" + BODY, "internal.marker", "内部传阅", id="internal-circulation"),
        pytest.param("关于2027年重点工作安排的意见（征求意见稿）\n各科室：请于本周五前反馈修改意见。", "internal.draft",
                     "征求意见稿", id="title-ending-consultation-draft"),
        pytest.param("关于2027年重点工作安排的意见（征求意见稿）\r\n各科室：请反馈。\r\n", "internal.draft",
                     "征求意见稿", id="draft-title-crlf"),
        pytest.param("某县乡村振兴实施方案（讨论稿）\n一、总体要求\n二、主要任务", "internal.draft", "讨论稿",
                     id="discussion-draft-title"),
        pytest.param("讨论稿\n关于机构调整的方案\n正文。", "internal.draft", "讨论稿", id="draft-word-alone-at-top"),
    ],
)
def test_internal_marking_in_position_needs_confirmation(text: str, rule: str, word: str) -> None:
    result = scan_text(text)
    assert result.verdict == "confirm"
    f = next(f for f in result.findings if f.rule == rule and f.severity is Severity.CONFIRM)
    assert text[f.start:f.end].startswith(word)  # a second marking on its line ("注意保存") joins the finding
    assert "marking" in f.evidence


def test_internal_material_line_reports_both_words_in_one_finding() -> None:
    text = "内部资料 注意保存" + BODY
    found = [f for f in scan_text(text).findings if f.rule == "internal.marker"]
    assert [text[f.start:f.end] for f in found] == ["内部资料 注意保存"]
    assert "内部资料" in found[0].why_zh and "注意保存" in found[0].why_zh


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("各单位要妥善保管内部资料，不得随意丢弃。", id="internal-material-in-a-sentence"),
        pytest.param("本刊为内部资料，注意保存。\n正文", id="journal-sentence"),
        pytest.param("会议讨论了征求意见稿的修改情况。", id="draft-in-a-sentence"),
        pytest.param("明传电报的办理时限一般为三个工作日。", id="plain-telegram-in-a-sentence"),
        pytest.param("新员工要了解什么是工作秘密，以及如何保护工作秘密。", id="work-secret-training"),
    ],
)
def test_marker_words_in_prose_are_at_most_a_notice(text: str) -> None:
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")
    assert not _rules(result, Severity.CONFIRM)


def test_marker_mention_is_reported_as_a_notice_with_its_evidence() -> None:
    result = scan_text("各单位要妥善保管内部资料，不得随意丢弃。")
    assert result.verdict == "notice"
    f = next(f for f in result.findings if f.rule == "internal.marker")
    assert f.severity is Severity.NOTICE
    assert "mention" in f.evidence


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("根据《某某市物业管理条例（征求意见稿）》的规定，小区业主可以提出意见。", id="cited-draft-law"),
        pytest.param("市民对《某某市养犬管理条例（征求意见稿）》提出了不少建议。\n记者了解到，意见征集将持续一个月。",
                     id="cited-draft-law-in-news"),
    ],
)
def test_draft_title_cited_in_prose_is_not_confirm(text: str) -> None:
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")


def test_public_consultation_notice_is_not_confirm() -> None:
    text = (
        "某市司法局关于公开征求《某市物业管理条例（征求意见稿）》意见的公告\n"
        "为广泛听取社会各界意见，现将条例（征求意见稿）全文公布，公开征求意见。\n"
        "某市物业管理条例（征求意见稿）\n"
        "第一条 为了规范物业管理活动，维护业主合法权益，制定本条例。\n"
    )
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")
    # the draft's own title line is still seen, only capped by the consultation allow rule
    capped = [f for f in result.findings
              if f.rule == "internal.draft" and "allow:allow.public-consultation" in f.evidence]
    assert capped


def test_the_same_draft_without_the_consultation_wording_needs_confirmation() -> None:
    text = "某市物业管理条例（征求意见稿）\n第一条 为了规范物业管理活动，维护业主合法权益，制定本条例。\n"
    assert scan_text(text).verdict == "confirm"


def test_markings_on_one_line_read_as_one_reason_naming_each_word_once() -> None:
    text = "内部资料 注意保存 内部资料" + BODY
    found = [f for f in scan_text(text).findings if f.rule == "internal.marker"]
    assert len(found) == 1
    assert found[0].why_zh.count("内部资料") == 1 and found[0].why_zh.count("（第1行）") == 1
