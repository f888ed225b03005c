"""Classification marks as they really arrive, by shape (issue 10), in wordings of their own: each shape
blocks where it marks a document and stays a mention where it only talks about one."""

from __future__ import annotations

import pytest

from guard.engine import scan_text

BODY = "\n为切实做好今冬明春森林防火工作，现将有关事项通知如下。\n一、压实责任\n二、加强巡查"

MARKED = {
    "exam-title-on-one-line": "绝密★启用前 2027年全省初中学业水平考试 道德与法治\n注意事项：\n1．本试卷共6页。",
    "exam-no-star-traditional": "絕密 啟用前\n2027年高職單獨招生考試\n語文試卷",
    "exam-two-periods": "绝密★启用前　考试结束前\n2027年春季高考模拟（B卷）\n英语",
    "bullet-before-mark": "· 秘密★6个月\n关于调整值班安排的通知" + BODY,
    "list-number-before-mark": "二、机密★3年\n关于整改情况的报告" + BODY,
    "split-over-lines": "绝\n密\n★\n启用前\n2027年教师招聘考试笔试试题",
    "star-on-next-line": "机密\n★5年\n关于有关问题的请示" + BODY,
    "period-on-next-line": "秘密★\n10年\n关于有关问题的请示" + BODY,
    "blank-period": "机密★××年\n关于有关问题的请示" + BODY,
    "space-for-period": "秘密★　年\n关于有关问题的请示" + BODY,
    "briefing-number-beside": "机密　　　　　　　　　总第118期\n防汛抗旱工作快报\n县防汛办编" + BODY,
    "briefing-number-below": "秘密\n信息专报\n〔2027〕第7期\n县委办公室　2027年1月5日" + BODY,
    "markdown-heading": "# 机密★1年\n\n## 关于有关问题的请示\n" + BODY,
    "field-in-front-matter-like-header": "密级和保密期限：秘密★1年\n标题：某县森林防火方案" + BODY,
    "bracketed-before-title": "【机密】关于森林防火督查情况的通报" + BODY,
    "trained-but-itself-marked": "秘密★1年\n保密教育培训讲义（内部使用）\n示例：机密★2年的标注位置见下图。",
}

MENTIONED = {
    "example-after-label": "课件第5页\n标志示例：绝密★30年\n密级标志标在版头左上角。",
    "levels-listed": "密级共三级：绝密、机密、秘密；机密★5年表示保密期限五年。",
    "quiz-options": "单选题：下列写法规范的是（　）\nA．秘密★1年　B．秘密1年　C．秘密(1年)",
    "quoted-in-news": "通报指出，该干部将标有“秘密★1年”的文件拍照后发到家人群。",
    "in-a-sentence": "请把这份机密★2年的材料锁进保密柜。",
    "boxed-on-a-slide": "下图为正确样式：\n╔════════╗\n║ 机密★1年 ║\n╚════════╝",
    "bracketed-list-in-prose": "国家秘密分为三个等级（绝密★30年、机密★20年、秘密★10年），期限为最长期限。",
    "template-with-blanks": "XXX〔20XX〕XX号\n秘密★X年\nXXXX关于XXXX的通知\nXXX：\n　　XXXXXX。",
    "python-literal": 'SAMPLE = "机密★1年\\n关于某事的通知"\nassert scan(SAMPLE) == "block"\n',
    "regex": 'MARK = re.compile(r"(绝密|机密|秘密)★\\d+年")\n',
    "sql-values": "INSERT INTO secret_level (id, name) VALUES (1, '秘密'), (2, '机密'), (3, '绝密');\n",
}


@pytest.mark.parametrize("text", MARKED.values(), ids=MARKED.keys())
def test_marked_shapes_block(text: str) -> None:
    result = scan_text(text)
    assert result.verdict == "block", [(f.rule, f.severity.label, f.why_en) for f in result.findings]


@pytest.mark.parametrize("text", MENTIONED.values(), ids=MENTIONED.keys())
def test_mentions_stay_below_confirm(text: str) -> None:
    result = scan_text(text)
    assert result.verdict in ("allow", "notice"), [(f.rule, f.severity.label, f.why_en) for f in result.findings]


def test_a_marked_document_wrapped_in_a_string_or_a_comment_still_blocks() -> None:
    doc = "机密★1年\n关于森林防火督查情况的通报\n各乡镇：\n　　现将督查情况通报如下。"
    for wrapped in (f'NOTE = """\n{doc}\n"""\n', f"/*\n{doc}\n*/\nint main() {{ return 0; }}\n",
                    f"<!--\n{doc}\n-->\n<p>hello</p>\n"):
        assert scan_text(wrapped).verdict == "block", wrapped


@pytest.mark.parametrize("text", ["机密★1年关于做好森林防火工作的通知\n各乡镇：",
                                  "绝密★启用前2027年全市中考数学试卷\n一、选择题"])
def test_a_title_run_into_the_mark_blocks(text: str) -> None:
    assert scan_text(text).verdict == "block"


def test_a_sentence_opening_with_a_mark_is_still_a_mention() -> None:
    assert scan_text("机密★1年内的文件要定期清点，这是保密室的规定。").verdict in ("allow", "notice")


def test_an_exam_header_with_blanks_for_the_candidate_is_not_a_template() -> None:
    text = "绝密★启用前 姓名：________ 准考证号：____________\n2027年全市初中毕业考试 物理\n注意事项："
    assert scan_text(text).verdict == "block"


def test_levels_listed_with_bullets_are_a_list_not_a_mark() -> None:
    assert scan_text("密级分为：\n• 绝密\n• 机密\n• 秘密\n考试会考到。").verdict in ("allow", "notice")
