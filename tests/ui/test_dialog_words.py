"""The hold dialog's words (issue 11): what was found, why it matters, what happens now, what to do instead,
that it was recorded and whom to ask; the admin's contact, link, advice and reasons from the admin file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from guard.engine import Engine
from guard.settings import load_settings
from tests.ui.test_dialog import INTERNAL, MARKED, held, make
from ui.dialog import REASONS, HoldDialog
from ui.text import tr

PHONES = "\n".join(f"{name} 1381234567{i}" for i, name in enumerate(["张三", "李四", "王五", "赵六", "钱七", "孙八"]))
ADVICE = "如确需传递，请通过涉密网络或机要渠道传递，并联系本单位保密员。"
RECORDED = "本次操作已记入保密卫士事件日志。"


@pytest.fixture
def outcome() -> dict[str, object]:
    return {}


def admin(tmp_path: Path, text: str) -> object:
    path = tmp_path / "admin" / "config.toml"  # where tests/ui/conftest.py points CLIPGUARD_ADMIN_CONFIG
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_settings()


@pytest.mark.parametrize(("text", "title", "found", "why", "now"), [
    (MARKED, "已拦截：内容含国家秘密标志", "国家秘密标志", "dialog.why.state_secret", "不能发送"),
    (INTERNAL, "请确认：内容可能含内部材料标识", "内部材料标识", "dialog.why.internal", "选择理由后可以放行"),
    (PHONES, "请确认：内容可能含批量个人信息", "批量个人信息", "dialog.why.personal_data", "选择理由后可以放行"),
], ids=["state_secret", "internal", "personal_data"])
def test_the_words_say_what_why_and_what_happens_now(qtbot, outcome, text, title, found, why, now) -> None:
    dialog = make(qtbot, held(text), outcome)
    assert dialog.windowTitle().startswith(title)
    lead = dialog.lead.text()
    assert found in lead and tr(why) in lead and now in lead
    assert dialog.advice.text().splitlines() == [ADVICE, RECORDED]  # nothing the admin did not set


def test_the_admins_contact_link_and_advice_are_shown(qtbot, outcome, tmp_path: Path) -> None:
    settings = admin(tmp_path, 'secrecy_contact = "办公室 张三 分机 8012"\npolicy_link = "http://oa.example/bm"\n'
                               'block_advice = "请交机要室处理。"\nconfirm_advice = "请先问科长。"\n')
    assert settings.warnings == ()
    dialog = HoldDialog(held(MARKED), settings)
    qtbot.addWidget(dialog)
    lines = dialog.advice.text().splitlines()
    assert lines == ["请交机要室处理。", RECORDED, "如有疑问请联系：办公室 张三 分机 8012", "保密规定：http://oa.example/bm"]
    # the link is text to select and copy: plain, no anchor, no browser launch
    assert dialog.advice.textFormat() == Qt.TextFormat.PlainText and not dialog.advice.openExternalLinks()
    assert dialog.advice.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    confirm = HoldDialog(held(INTERNAL), settings)
    qtbot.addWidget(confirm)
    assert confirm.advice.text().splitlines()[0] == "请先问科长。"


def test_a_wrong_type_is_refused_with_a_warning_not_a_crash(tmp_path: Path) -> None:
    settings = admin(tmp_path, 'release_reasons = "公开"\nsecrecy_contact = 8012\n')
    assert settings.release_reasons == () and settings.secrecy_contact == ""
    text = " ".join(settings.warnings)
    assert "release_reasons" in text and "secrecy_contact" in text


def test_the_admins_reasons_replace_the_presets_with_other_last(qtbot, outcome, tmp_path: Path) -> None:
    settings = admin(tmp_path, 'release_reasons = ["已在政府网站公开", "经分管领导批准"]\n'
                               "release_countdown_seconds = 0\n")
    dialog = HoldDialog(held(INTERNAL), settings)
    qtbot.addWidget(dialog)
    dialog.released.connect(lambda reason, fp: outcome.update(released=reason, fp=fp))
    dialog.open()
    items = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert items == ["已在政府网站公开", "经分管领导批准", "其他（请填写）"]
    dialog.reason.setCurrentIndex(2)
    assert not dialog.release_button.isEnabled()  # "other" still needs words
    dialog.reason.setCurrentIndex(1)
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert outcome == {"released": "经分管领导批准", "fp": False}


def test_no_preset_approves_the_internal_work_group(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome)
    assert "internal_channel" not in REASONS
    items = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert "发送到单位内部工作群" not in items and items[-1] == "其他（请填写）"


def test_the_placeholder_is_no_reason(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome)
    assert dialog.reason.currentIndex() == -1 and dialog.reason.placeholderText() == "请选择放行理由"
    assert dialog.reason_text.placeholderText() == "补充说明（选择“其他”时必填）"
    dialog.reason_text.setText("给同事看看")  # words without a chosen reason are not a reason
    assert not dialog.release_button.isEnabled()
    dialog._release()
    assert outcome == {}


def test_file_list_findings_name_their_file(qtbot, outcome) -> None:
    result = Engine().scan_text(MARKED)
    for f in result.findings:
        f.where = {"file": "关于防汛工作的通知.docx", **f.where}  # as guard/sources/clip_check.py marks them
    from ui.clipboard import Snapshot
    from ui.clipboard_guard import Held, Job

    item = Held(Job(1, "clipboard", 1, "files", Snapshot({"text/uri-list": b"file:///tmp/a.docx\r\n"})), result)
    dialog = make(qtbot, item, outcome)
    assert "文件“关于防汛工作的通知.docx”：" in dialog.findings.text()
    assert "文件“" not in make(qtbot, held(MARKED), outcome).findings.text()


def test_english_words(qtbot, outcome, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    dialog = make(qtbot, held(MARKED), outcome)
    assert dialog.windowTitle() == "Blocked: state-secret marks"
    assert dialog.advice.text().splitlines()[1] == "This has been recorded in the ClipGuard event log."
    assert dialog.report_button.text() == "I think this is a false positive"
    assert dialog.discard_button.text() == "Got it"
    assert dialog.timeout_label.text() == "This window closes in 30 s"



def test_content_that_could_not_be_checked_gets_no_advice_on_sending(qtbot, outcome) -> None:
    item = held(INTERNAL)
    item.unjudged = True
    dialog = make(qtbot, item, outcome)
    assert dialog.windowTitle() == "未能完成检查，内容已暂扣"
    assert dialog.advice.text().splitlines() == [RECORDED]
