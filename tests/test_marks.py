"""Classification marks (密级和保密期限, GB/T 9704): blocked by form and position, not by the words alone.

A mark such as `机密★1年` on a line of its own, at the top, under a 份号 or next to 特急 is `block`, however it
is disguised (traditional script, spaces, separators, zero-width characters, full-width digits, other star
shapes, OCR look-alikes). The same words inside a sentence, in quotes or in a title are at most a mention.
Every finding points at the user's own characters.
"""

from __future__ import annotations

import pytest

from guard import Finding, ScanResult, Severity, scan_text

BODY = "\n关于做好防汛应急物资调拨工作的通知\n各县（市、区）人民政府：\n现将有关事项通知如下。\n"
RULE = "secret.classification_mark"


def _marks(result: ScanResult) -> list[Finding]:
    return [f for f in result.findings if f.rule == RULE]


def _blocking_mark(result: ScanResult) -> Finding:
    blocking = [f for f in _marks(result) if f.severity is Severity.BLOCK]
    assert blocking, f"no blocking classification mark in {result.findings!r}"
    return blocking[0]


# (text, the user's own characters of the mark)
POSITIVES = [
    pytest.param("机密★1年" + BODY, "机密★1年", id="own-line-top"),
    pytest.param("000123\n机密★1年" + BODY, "机密★1年", id="under-copy-number"),
    pytest.param("份号：000123\n秘密★6个月\n特急" + BODY, "秘密★6个月", id="under-labelled-copy-number"),
    pytest.param("机密★1年 特急" + BODY, "机密★1年", id="with-urgency-on-the-line"),
    pytest.param("000123 绝密★长期 特急" + BODY, "绝密★长期", id="copy-number-mark-urgency-one-line"),
    pytest.param("  机密★1年  " + BODY, "机密★1年", id="padded-with-spaces"),
    pytest.param("（机密★1年）" + BODY, "机密★1年", id="in-brackets"),
    pytest.param("密级和保密期限：机密★1年" + BODY, "机密★1年", id="labelled-field-with-period"),
    pytest.param("机密★1年\r\n关于做好有关工作的通知\r\n各单位：\r\n正文。\r\n", "机密★1年", id="crlf-lines"),
]

PERIODS = [
    pytest.param("机密★1年", id="1-year"),
    pytest.param("机密★10年", id="10-years"),
    pytest.param("绝密★30年", id="30-years"),
    pytest.param("秘密★6个月", id="6-months"),
    pytest.param("绝密★长期", id="long-term"),
    pytest.param("绝密★启用前", id="before-use-exam"),
    pytest.param("绝密★考试结束前", id="until-the-exam-ends"),
    pytest.param("机密★五年", id="chinese-numeral-5"),
    pytest.param("机密★十年", id="chinese-numeral-10"),
    pytest.param("秘密★壹年", id="financial-numeral"),
    pytest.param("绝密★2027年6月30日前", id="until-a-date"),
]

EVASIONS = [
    pytest.param("機密★1年", id="traditional"),
    pytest.param("机 密★1年", id="space-inside-level"),
    pytest.param("机　密★1年", id="ideographic-space-inside-level"),
    pytest.param("机-密★1年", id="hyphen-inside-level"),
    pytest.param("机*密★1年", id="asterisk-inside-level"),
    pytest.param("机\n密★1年", id="line-break-inside-level"),
    pytest.param("机\u200b密★1年", id="zero-width-space"),
    pytest.param("机\u200d密\u200b★1年", id="zero-width-joiner-and-space"),
    pytest.param("机密★１年", id="full-width-digit"),
    pytest.param("機 密★１年", id="traditional-space-full-width"),
    pytest.param("机密☆1年", id="white-star"),
    pytest.param("机密✩1年", id="stress-outlined-star"),
    pytest.param("机密✭1年", id="outlined-black-star"),
    pytest.param("机密⭐1年", id="emoji-star"),
    pytest.param("机密*1年", id="ascii-asterisk"),
    pytest.param("机密＊1年", id="full-width-asterisk"),
    pytest.param("机密※1年", id="reference-mark"),
    pytest.param("机密太1年", id="ocr-tai"),
    pytest.param("机密女1年", id="ocr-nv"),
    pytest.param("机密妇1年", id="ocr-fu"),
    pytest.param("机密雪1年", id="ocr-xue"),
    pytest.param("机 密 ★ 1 年", id="ocr-spacing"),
    pytest.param("机密 ☆ 1 年", id="ocr-spacing-white-star"),
    pytest.param("\t机密\t★\t1年", id="tabs"),
]


@pytest.mark.parametrize(("text", "mark"), POSITIVES)
def test_mark_in_header_position_blocks(text: str, mark: str) -> None:
    result = scan_text(text)
    assert result.verdict == "block"
    f = _blocking_mark(result)
    assert f.category == "state_secret"
    assert f.confidence >= 0.75
    assert text[f.start:f.end] == mark


@pytest.mark.parametrize("mark", PERIODS)
def test_every_period_form_on_the_top_line_blocks(mark: str) -> None:
    text = mark + BODY
    result = scan_text(text)
    assert result.verdict == "block"
    f = _blocking_mark(result)
    assert text[f.start:f.end] == mark
    assert f.where["line"] == 1


@pytest.mark.parametrize("mark", EVASIONS)
def test_disguised_mark_still_blocks(mark: str) -> None:
    result = scan_text(mark + BODY)
    assert result.verdict == "block"


@pytest.mark.parametrize("mark", EVASIONS)
def test_disguised_mark_finding_points_at_the_users_own_characters(mark: str) -> None:
    text = "000123\n" + mark + BODY
    f = _blocking_mark(scan_text(text))
    span = text[f.start:f.end]
    # the span covers exactly the disguised mark as typed (leading layout aside), not its normalised form
    assert span == mark.strip(), (span, mark)
    assert f.where == {"line": 2, "column": f.start - len("000123\n") + 1, "start": f.start, "end": f.end}


@pytest.mark.parametrize("mark", PERIODS)
def test_finding_location_line_and_column(mark: str) -> None:
    text = "000123\n" + mark + "\n特急" + BODY
    f = _blocking_mark(scan_text(text))
    assert f.where["line"] == 2
    assert f.where["column"] == 1
    assert (f.where["start"], f.where["end"]) == (f.start, f.end) == (7, 7 + len(mark))


def test_finding_explains_itself_in_both_languages() -> None:
    f = _blocking_mark(scan_text("000123\n機密★１年" + BODY))
    assert "机密★1年" in f.why_zh  # the recognised (normalised) mark is named
    assert "第2行" in f.why_zh
    assert "line 2" in f.why_en
    assert f.excerpt and "機密★１年" in f.excerpt  # the excerpt shows what the user wrote
    assert f.severity.label == "block"


def test_findings_of_the_mark_do_not_repeat_for_one_mark() -> None:
    result = scan_text("机密★1年" + BODY)
    assert len(_marks(result)) == 1


# --- bare level (no star, no period) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("秘密" + BODY, id="bare-secret-top-line"),
        pytest.param("机密" + BODY, id="bare-confidential-top-line"),
        pytest.param("绝密\n关于某事项的通知\n正文。", id="bare-top-secret"),
        pytest.param("秘 密" + BODY, id="bare-spaced"),
        pytest.param("000123\n秘密\n正文内容在这里。", id="bare-under-copy-number"),
        pytest.param("份号：000123\r\n秘密\r\n特急\r\n正文", id="bare-crlf-with-urgency"),
        pytest.param("秘密\r\n关于做好有关工作的通知\r\n各单位：\r\n正文。\r\n", id="bare-crlf"),
    ],
)
def test_bare_level_alone_on_a_top_line_of_a_multi_line_text_blocks(text: str) -> None:
    result = scan_text(text)
    assert result.verdict == "block"
    f = _blocking_mark(result)
    assert text[f.start:f.end].replace(" ", "") in ("秘密", "机密", "绝密")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("秘密\n武器装备科研生产许可目录调整方案\n各单位：\n正文。", id="title-starting-with-weapon"),
        pytest.param("秘密\r\n武器装备采购计划\r\n各单位：\r\n正文。", id="title-starting-with-weapon-crlf"),
        pytest.param("000123\n秘密\n基地建设情况汇报\n正文。", id="title-starting-with-base"),
        pytest.param("商业\n秘密★1年\n正文。", id="line-above-ends-with-business"),
        pytest.param("秘密★5年\n通道改造工程实施方案\n正文", id="title-starting-with-passage"),
    ],
)
def test_everyday_phrase_formed_across_a_line_break_does_not_clear_a_mark(text: str) -> None:
    # 秘密 + 武器 on the next line is not the phrase 秘密武器: lines are joined only for matching
    assert scan_text(text).verdict == "block"


def test_bare_level_alone_deep_in_a_long_text_does_not_block() -> None:
    lines = ["这是一段很普通的正文内容，讲述本周的工作安排。"] * 20 + ["秘密"] + ["继续正文内容说明。"] * 5
    result = scan_text("\n".join(lines))
    assert result.verdict != "block"
    assert all(f.severity < Severity.BLOCK for f in result.findings)


@pytest.mark.parametrize("text", ["秘密", "秘密\n", "秘密\n\n\n", "机密"])
def test_one_line_text_of_a_bare_level_does_not_block(text: str) -> None:
    assert scan_text(text).verdict != "block"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        pytest.param("密级：机密" + BODY, "密级：机密", id="field-at-top"),
        pytest.param("密级：机密", "密级：机密", id="field-alone"),
        pytest.param("标题：年度工作安排\n密级：秘密\n姓名：张三", "密级：秘密", id="field-in-a-form"),
        pytest.param("密级:绝密" + BODY, "密级:绝密", id="ascii-colon"),
    ],
)
def test_classification_field_blocks(text: str, field: str) -> None:
    result = scan_text(text)
    assert result.verdict == "block"
    f = _blocking_mark(result)
    assert text[f.start:f.end] == field


# --- mentions and everyday words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某单位工作人员将一份机密级文件拍照后发送至工作群，造成泄密。", id="news-one-secret-file"),
        pytest.param("警钟长鸣：一份机密级文件是如何被“随手”发到微信群的\n某单位工作人员为图方便，将文件拍照后发送至工作群。",
                     id="news-headline"),
        pytest.param("机密文件管理制度培训通知", id="training-notice-one-line"),
        pytest.param("机密文件管理制度培训通知\n各科室：\n定于下周一举行培训，请准时参加。",
                     id="training-notice-title-line"),
        pytest.param("保守秘密是每个公民的义务。", id="civic-duty"),
        pytest.param("保守秘密是每个公民的义务\n请大家牢记。", id="civic-duty-top-line"),
        pytest.param("涉密文件严禁通过微信、QQ等互联网通讯工具传递。", id="rule-sentence"),
        pytest.param("关于印发《国家秘密定密管理暂行规定》的通知\n各单位：\n现印发给你们。", id="title-of-regulation"),
    ],
)
def test_secrecy_words_in_prose_are_at_most_a_notice(text: str) -> None:
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("秘密花园", id="book-title"),
        pytest.param("秘密花园\n这是一本很好看的涂色书。\n推荐给大家。", id="book-title-top-line"),
        pytest.param("我最近在读《秘密》这本书。", id="quoted-title-in-sentence"),
        pytest.param("《秘密》\n作者：朗达·拜恩\n这本书讲述了吸引力法则。", id="quoted-title-top-line"),
        pytest.param("商业秘密", id="trade-secret"),
        pytest.param("商业秘密\n企业应当建立商业秘密保护制度。\n", id="trade-secret-top-line"),
        pytest.param("秘密武器\n团队的秘密武器是什么？", id="secret-weapon"),
        pytest.param("保守秘密是每个公民的义务。", id="civic-duty"),
    ],
)
def test_everyday_secret_words_are_allowed(text: str) -> None:
    result = scan_text(text)
    assert not _marks(result), result.findings
    assert result.verdict == "allow"


def test_one_secret_file_mention_is_no_more_than_a_notice_and_says_so() -> None:
    result = scan_text("某单位工作人员将一份机密级文件拍照后发送至工作群。")
    assert result.verdict == "notice"
    marks = _marks(result)
    assert marks and all(f.severity is Severity.NOTICE for f in marks)
    assert "mention" in marks[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("报道称，该文件标注“机密★10年”，却被发到微信群。", id="curly-quotes"),
        pytest.param("报道称，该文件标注“机密★10年”，却被发到微信群。\n记者调查发现，涉事人员已被处分。",
                     id="curly-quotes-multi-line"),
        pytest.param("他说：“机密★10年”这几个字很醒目。", id="quoted-speech"),
        pytest.param("一份机密★1年的文件被拍照发送到了家庭群。", id="inside-a-sentence"),
        pytest.param("该文件标注「绝密★启用前」，不得外传。", id="corner-brackets"),
    ],
)
def test_full_mark_quoted_or_inside_a_sentence_does_not_block(text: str) -> None:
    result = scan_text(text)
    assert result.verdict != "block"
    marks = _marks(result)
    assert marks, "a full mark in prose is still worth a note"
    assert all(f.severity < Severity.BLOCK for f in marks)


@pytest.mark.parametrize("text", ["秘密\n那天下午，我在公园里遇见了她。她悄悄告诉我一个秘密。\n后来我们成了好朋友。",
                                  "秘密\n词：某某 曲：某某\n我有一个小秘密，就是不告诉你"])
def test_a_story_or_song_titled_with_a_level_is_asked_about_not_blocked(text: str) -> None:
    assert scan_text(text).verdict == "confirm"


@pytest.mark.parametrize("after", ["关于做好有关工作的通知", "党组会议纪要", "各位领导：", "一、总体情况",
                                   "（一）基本情况"])
def test_a_bare_level_over_a_document_blocks(after: str) -> None:
    assert scan_text(f"秘密\n{after}\n正文内容如下。").verdict == "block"


@pytest.mark.parametrize("text", ["秘密 你猜我今天碰到谁了哈哈哈哈\n晚上告诉你",
                                  "机密 第一季 第三集 在线观看高清完整版\n主演：某某"])
def test_a_level_word_opening_a_chat_line_or_a_show_title_is_not_a_mark(text: str) -> None:
    assert scan_text(text).verdict != "block"


def test_a_flattened_header_still_blocks() -> None:
    assert scan_text("机密 2026年第一季度工作要点\n一、总体要求").verdict == "block"


def test_a_level_in_brackets_before_the_title_blocks() -> None:
    assert scan_text("（绝密）关于某事的报告\n正文内容").verdict == "block"
