"""Chat messages that pass on a draft and ask to keep it internal: confirm; the same requests about
anything else, or a document mentioned without the request, stay below confirm."""

from __future__ import annotations

import pytest

from guard.engine import scan_text

HELD = [
    "李科长：讲话稿初稿发你了，先内部看看，别外传。",
    "群里的附件是改革方案征求意见稿，仅限内部，不要转发。",
    "刚才发群里的是明年的工作方案，还没定，大家先别往外发哈",
    "张主任 09:12\n附件：督查通报（草稿）\n先内部看看，有问题跟我说，别扩散",
    "各位领导，送审稿已上传到群文件，内部掌握，不要外传。",
    # material passed on and declared not for outside eyes (domain: work secrets are protected too); this was a
    # notice while marker words in prose were all mentions
    "各位同事：\n这份材料是工作秘密，请勿外传。",
    "群公告：以下是下周例会材料，内部资料，请勿转发到其他群。\n1．三季度招商引资完成情况",
]
NOT_HELD = [
    "这事先别外传，等结果出来再说。",
    "小道消息别转发，以官方发布为准。",
    "附件是会议室使用登记表，大家按时填写。",
    "方案已经在官网公开了，欢迎转发扩散！",
    "我们小区内部先统计一下团购人数，别忘了接龙。",
]


@pytest.mark.parametrize("text", HELD)
def test_a_draft_passed_on_with_a_request_to_keep_it_internal_is_held(text: str) -> None:
    result = scan_text(text)
    assert result.verdict == "confirm", [(f.rule, f.severity.label) for f in result.findings]
    assert any(f.rule == "internal.shared_draft" for f in result.findings)


@pytest.mark.parametrize("text", NOT_HELD)
def test_requests_about_other_things_or_published_documents_are_not_held(text: str) -> None:
    assert scan_text(text).verdict in ("allow", "notice")


def test_the_why_names_the_request_and_the_document() -> None:
    f = next(f for f in scan_text(HELD[0]).findings if f.rule == "internal.shared_draft")
    assert "先内部看看" in f.why_zh and "讲话稿" in f.why_zh
    weights = {b.name: b.weight for b in f.basis}
    assert weights["keep_internal"] > 0 and weights["document"] > 0
