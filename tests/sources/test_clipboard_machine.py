"""The clipboard decisions without Qt: every path that used to give content back on a fault now holds it, in
milliseconds, with the real engine judging real texts."""

from __future__ import annotations

import pytest

from guard.engine import Engine
from guard.model import ScanResult
from guard.sources.clip_actions import Ask, Check, Dismiss, Notify, Record, Write
from guard.sources.clip_content import MARKER, Content, placeholder
from guard.sources.clipboard import CLIPBOARD, HOLD_TEXT_BYTES, SELECTION, ClipboardMachine, Options, State

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。"
INTERNAL = "内部资料 注意保存\n2027年工作要点（讨论稿）\n一、总体要求"
CLEAN = "周五下午三点在三楼会议室开会，请准时参加。"
ENGINE = Engine()


def say(key: str, **kw: object) -> str:
    if key.startswith("category.") and key not in ("category.state_secret", "category.internal",
                                                   "category.draft", "category.other"):
        raise KeyError(key)
    return f"[{key}]"


def text(s: str, **extra: bytes) -> Content:
    return Content({"text/plain": s.encode(), **extra})


def of(actions: list, kind: type) -> list:
    return [a for a in actions if isinstance(a, kind)]


def judge(machine: ClipboardMachine, actions: list, now: float = 0.0) -> list:
    """Answer every Check with the real engine, as the scan thread would."""
    out = []
    for check in of(actions, Check):
        job = check.job
        result = ENGINE.scan_text("\n".join(s for _, s in job.content.texts()), source="<clipboard>")
        out += machine.checked(job.id, result, now)
    return out


@pytest.fixture
def machine() -> ClipboardMachine:
    return ClipboardMachine(say, Options(deadline_seconds=40))


def test_marked_text_is_held_and_asked(machine: ClipboardMachine) -> None:
    actions = judge(machine, machine.copied(CLIPBOARD, text(MARKED), False, "WeChat", 0.0))
    writes, asks = of(actions, Write), of(actions, Ask)
    assert len(asks) == 1 and asks[0].held.result.verdict == "block"
    assert writes[-1].content.claims_placeholder and "机密" not in writes[-1].content.text
    assert [r.record.choice for r in of(actions, Record)] == ["held"]


def test_clean_text_is_not_touched(machine: ClipboardMachine) -> None:
    actions = judge(machine, machine.copied(CLIPBOARD, text(CLEAN), False, "", 0.0))
    assert of(actions, Write) == [] and of(actions, Ask) == []
    assert of(actions, Record)[0].record.choice == "allowed"


def test_a_foreign_copy_offering_our_marker_is_checked(machine: ClipboardMachine) -> None:
    fake = text(MARKED, **{MARKER: b"1"})
    actions = judge(machine, machine.copied(CLIPBOARD, fake, False, "", 0.0))
    assert of(actions, Ask) and of(actions, Ask)[0].held.result.verdict == "block"


def test_our_own_placeholder_is_ignored_only_while_we_own_it(machine: ClipboardMachine) -> None:
    actions = judge(machine, machine.copied(CLIPBOARD, text(MARKED), False, "", 0.0))
    written = of(actions, Write)[-1].content
    assert machine.copied(CLIPBOARD, written, True, "", 0.1) == []
    # the same bytes offered by another program (it copied our placeholder) are a new copy
    assert of(machine.copied(CLIPBOARD, written, False, "", 0.2), Check)


def test_text_offered_with_a_file_list_is_checked_too(machine: ClipboardMachine, tmp_path) -> None:
    clean_file = tmp_path / "a.txt"
    clean_file.write_text(CLEAN, encoding="utf-8")
    content = text(MARKED, **{"text/uri-list": clean_file.as_uri().encode()})
    assert content.texts() and content.files == [str(clean_file)]
    actions = machine.copied(CLIPBOARD, content, False, "", 0.0)
    assert of(actions, Write), "file lists are held while they are checked"
    assert of(actions, Check)[0].job.kind == "files"


def test_a_big_text_is_held_while_it_is_checked(machine: ClipboardMachine) -> None:
    big = text(CLEAN * (HOLD_TEXT_BYTES // len(CLEAN.encode()) + 1))
    actions = machine.copied(CLIPBOARD, big, False, "", 0.0)
    assert of(actions, Write) and of(actions, Write)[0].content.claims_placeholder
    job = of(actions, Check)[0].job
    back = machine.checked(job.id, ScanResult("<clipboard>", "allow"), 1.0)
    assert of(back, Write)[0].content is big  # clean: given back byte for byte


def test_an_error_is_held_not_given_back(machine: ClipboardMachine) -> None:
    job = of(machine.copied(CLIPBOARD, Content({"image/png": b"\x89PNG broken"}), False, "", 0.0), Check)[0].job
    actions = machine.checked(job.id, ScanResult("<clipboard image>", "error", error="damaged"), 0.5)
    asks = of(actions, Ask)
    assert asks and asks[0].held.unjudged
    assert all(w.content.claims_placeholder for w in of(actions, Write))


def test_a_partial_read_is_held_as_unjudged(machine: ClipboardMachine) -> None:
    job = of(machine.copied(CLIPBOARD, text(CLEAN), False, "", 0.0), Check)[0].job
    partial = ScanResult("<clipboard>", "notice", notes=["only 20 of 150 frames read"])
    assert of(machine.checked(job.id, partial, 0.5), Ask)[0].held.unjudged


def test_the_admin_may_choose_to_release_what_could_not_be_judged() -> None:
    machine = ClipboardMachine(say, Options(on_error="release"))
    content = Content({"image/png": b"\x89PNG broken"})
    job = of(machine.copied(CLIPBOARD, content, False, "", 0.0), Check)[0].job
    actions = machine.checked(job.id, ScanResult("<clipboard image>", "error", error="damaged"), 0.5)
    assert of(actions, Ask) == [] and of(actions, Write)[0].content is content
    assert of(actions, Notify)


def test_a_check_past_its_deadline_is_held_and_a_late_block_replaces_it(machine: ClipboardMachine) -> None:
    job = of(machine.copied(CLIPBOARD, Content({"image/png": b"png"}), False, "", 0.0), Check)[0].job
    assert machine.next_wake() == pytest.approx(40.0)
    assert machine.tick(39.0) == []
    overdue = machine.tick(40.0)
    held = of(overdue, Ask)[0].held
    assert held.unjudged and job.state == State.DECIDING
    late = machine.checked(job.id, ENGINE.scan_text(MARKED), 41.0)
    assert of(late, Dismiss)[0].held is held
    assert of(late, Ask)[0].held.result.verdict == "block" and not of(late, Ask)[0].held.unjudged


def test_a_late_clean_answer_gives_the_content_back(machine: ClipboardMachine) -> None:
    content = Content({"image/png": b"png"})
    job = of(machine.copied(CLIPBOARD, content, False, "", 0.0), Check)[0].job
    machine.tick(40.0)
    late = machine.checked(job.id, ScanResult("<clipboard image>", "allow"), 42.0)
    assert of(late, Dismiss) and of(late, Write)[-1].content is content and machine.current is None


def test_a_late_block_after_release_is_reported(machine: ClipboardMachine) -> None:
    job = of(machine.copied(CLIPBOARD, Content({"image/png": b"png"}), False, "", 0.0), Check)[0].job
    held = of(machine.tick(40.0), Ask)[0].held
    machine.released(held, "赶时间", False, 45.0)
    late = machine.checked(job.id, ENGINE.scan_text(MARKED), 50.0)
    assert of(late, Notify)[0].what == "late_risky"
    assert of(late, Record)[0].record.choice == "late_verdict"


def test_a_second_copy_while_deciding_is_queued(machine: ClipboardMachine) -> None:
    first = of(judge(machine, machine.copied(CLIPBOARD, text(MARKED), False, "", 0.0)), Ask)[0].held
    second = judge(machine, machine.copied(CLIPBOARD, text(INTERNAL), False, "", 1.0))
    assert of(second, Ask) == [] and len(machine.queue) == 1
    after = machine.discarded(first, False, 2.0)
    assert of(after, Ask)[0].held.result.verdict == "confirm"
    assert first.snapshot.empty  # the discarded content left memory


def test_release_puts_back_every_format(machine: ClipboardMachine) -> None:
    content = text(INTERNAL, **{"text/html": "<p>内部资料 注意保存</p>".encode()})
    held = of(judge(machine, machine.copied(CLIPBOARD, content, False, "", 0.0)), Ask)[0].held
    actions = machine.released(held, "已审核", False, 1.0)
    assert of(actions, Write)[0].content is content
    assert machine.copied(CLIPBOARD, content, True, "", 1.1) == []  # our write
    # released moments ago and copied again: no second check
    again = machine.copied(CLIPBOARD, content, False, "", 2.0)
    assert of(again, Check) == [] and of(again, Record)[0].record.choice == "allowed"


def test_what_was_copied_while_paused_is_checked_on_resume(machine: ClipboardMachine) -> None:
    machine.pause(900, 0.0)
    assert machine.copied(CLIPBOARD, text(MARKED), False, "", 1.0) == []
    actions = judge(machine, machine.resume(2.0))
    assert of(actions, Ask)[0].held.result.verdict == "block"


def test_a_risky_selection_is_replaced_after_it_settles(machine: ClipboardMachine) -> None:
    assert machine.copied(SELECTION, text(MARKED), False, "", 0.0) == []
    assert machine.copied(SELECTION, text(MARKED + "。"), False, "", 0.1) == []
    assert machine.tick(0.2) == []
    actions = judge(machine, machine.tick(0.45))
    assert of(actions, Ask) == []
    assert of(actions, Write)[0].mode == SELECTION and of(actions, Write)[0].content.claims_placeholder
    assert of(actions, Notify)[0].what == "selection"


def test_a_stale_answer_is_ignored(machine: ClipboardMachine) -> None:
    assert machine.checked(999, ScanResult("<clipboard>", "allow"), 0.0) == []


def test_a_missing_result_is_an_error_not_an_allow(machine: ClipboardMachine) -> None:
    job = of(machine.copied(CLIPBOARD, text(CLEAN), False, "", 0.0), Check)[0].job
    assert of(machine.checked(job.id, None, 0.1), Ask)[0].held.unjudged


def test_placeholders_never_quote_the_content(machine: ClipboardMachine) -> None:
    actions = judge(machine, machine.copied(CLIPBOARD, text(MARKED), False, "", 0.0))
    written = of(actions, Write)[-1].content
    assert written.formats.keys() == placeholder("x").formats.keys()
    assert "机密★1年" not in (written.text or "")


# -- issue 11: nothing the user copied is lost, no placeholder outlives its decision -------------------------

def hold(machine: ClipboardMachine, content: Content, now: float) -> object:
    return of(judge(machine, machine.copied(CLIPBOARD, content, False, "", now), now), Ask)[0].held


@pytest.mark.parametrize("timeout", [False, True])
def test_a_discard_gives_back_what_was_there_before(machine: ClipboardMachine, timeout: bool) -> None:
    before = text(CLEAN)
    assert of(judge(machine, machine.copied(CLIPBOARD, before, False, "", 0.0)), Record)[0].record.choice == "allowed"
    held = hold(machine, text(MARKED), 1.0)
    actions = machine.discarded(held, timeout, 2.0)
    assert of(actions, Write)[-1].content is before and of(actions, Write)[-1].mode == CLIPBOARD
    assert of(actions, Record)[0].record.choice == ("timeout" if timeout else "discarded")
    assert machine.copied(CLIPBOARD, before, True, "", 2.1) == []  # our own write, not a new copy


def test_a_block_reported_as_a_false_positive_is_logged_for_the_admin_and_not_released(
        machine: ClipboardMachine) -> None:
    before = text(CLEAN)
    judge(machine, machine.copied(CLIPBOARD, before, False, "", 0.0))
    actions = machine.discarded(hold(machine, text(MARKED), 1.0), False, 2.0, reported="这是公开的通知")
    record = of(actions, Record)[0].record
    assert (record.choice, record.false_positive, record.reason) == ("reported", True, "这是公开的通知")
    assert [w.content for w in of(actions, Write)] == [before]  # what was there before, never the marked text
    assert of(machine.discarded(hold(machine, text(MARKED), 3.0), False, 4.0, reported=""), Record)[0] \
        .record.choice == "reported"  # no note is still a report


def test_a_discard_with_nothing_before_clears_the_clipboard(machine: ClipboardMachine) -> None:
    actions = machine.discarded(hold(machine, text(MARKED), 0.0), False, 1.0)
    assert [w.content.empty for w in of(actions, Write)] == [True]


def test_a_cleared_clipboard_or_a_password_is_not_brought_back(machine: ClipboardMachine) -> None:
    judge(machine, machine.copied(CLIPBOARD, text(CLEAN), False, "", 0.0))
    machine.copied(CLIPBOARD, Content(), False, "", 1.0)  # another program emptied it
    assert of(machine.discarded(hold(machine, text(MARKED), 2.0), False, 3.0), Write)[0].content.empty
    password = text("Tr0ub4dor&3", **{"x-kde-passwordManagerHint": b"secret"})
    judge(machine, machine.copied(CLIPBOARD, password, False, "", 4.0))
    assert of(machine.discarded(hold(machine, text(INTERNAL), 5.0), False, 6.0), Write)[0].content.empty


def test_released_content_is_what_a_later_discard_gives_back(machine: ClipboardMachine) -> None:
    internal = text(INTERNAL)
    machine.released(hold(machine, internal, 0.0), "已审核", False, 1.0)
    assert of(machine.discarded(hold(machine, text(MARKED), 2.0), False, 3.0), Write)[0].content is internal


def test_a_discard_after_a_newer_copy_leaves_the_clipboard_alone(machine: ClipboardMachine) -> None:
    judge(machine, machine.copied(CLIPBOARD, text(CLEAN), False, "", 0.0))
    first = hold(machine, text(MARKED), 1.0)
    newer = text("下周一例会改到九点。")
    judge(machine, machine.copied(CLIPBOARD, newer, False, "", 2.0))
    assert of(machine.discarded(first, False, 3.0), Write) == []
    # and the newer clean copy is now what a later discard gives back
    assert of(machine.discarded(hold(machine, text(INTERNAL), 4.0), False, 5.0), Write)[0].content is newer


def test_a_slow_clean_check_does_not_replace_a_newer_allowed_copy(machine: ClipboardMachine) -> None:
    big = text(CLEAN * (HOLD_TEXT_BYTES // len(CLEAN.encode()) + 1))
    slow = of(machine.copied(CLIPBOARD, big, False, "", 0.0), Check)[0].job
    small = text("下周一例会改到九点。")
    judge(machine, machine.copied(CLIPBOARD, small, False, "", 1.0))
    assert of(machine.checked(slow.id, ScanResult("<clipboard>", "allow"), 2.0), Write) == []  # not current
    assert of(machine.discarded(hold(machine, text(MARKED), 3.0), False, 4.0), Write)[0].content is small


def test_discarded_content_copied_again_opens_the_dialog_again(machine: ClipboardMachine) -> None:
    marked = text(MARKED)
    machine.discarded(hold(machine, marked, 0.0), False, 1.0)
    again = judge(machine, machine.copied(CLIPBOARD, text(MARKED), False, "", 2.0), 2.0)
    assert of(again, Ask) and of(again, Ask)[0].held.result.verdict == "block"
    assert of(again, Notify) == [] and of(again, Write)[0].content.claims_placeholder


def test_resume_checks_what_is_on_the_clipboard_now(machine: ClipboardMachine) -> None:
    judge(machine, machine.copied(CLIPBOARD, text(CLEAN), False, "", 0.0))
    machine.pause(900, 1.0)
    # the adapter reads the clipboard at resume: what is there counts, even if no change was seen
    actions = judge(machine, machine.resume(2.0, "", {CLIPBOARD: (text(MARKED), False)}), 2.0)
    assert of(actions, Ask)[0].held.result.verdict == "block"
    assert of(actions, Write)[0].content.claims_placeholder


def test_resume_leaves_alone_what_was_judged_before_the_pause(machine: ClipboardMachine) -> None:
    internal = text(INTERNAL)
    machine.released(hold(machine, internal, 0.0), "已审核", False, 1.0)
    machine.pause(900, 2.0)
    assert machine.resume(600.0, "", {CLIPBOARD: (internal, True)}) == []  # no second dialog for it
    assert machine.resume(610.0, "", {CLIPBOARD: (internal, False)}) == []  # nor when another owns it now
    assert machine.current is None and not machine.jobs


def test_a_pause_that_runs_out_checks_the_clipboard(machine: ClipboardMachine) -> None:
    machine.pause(900, 0.0)
    assert machine.copied(CLIPBOARD, text(MARKED), False, "", 1.0) == []
    assert machine.next_wake() == pytest.approx(900.0)
    assert machine.tick(899.0) == []
    actions = judge(machine, machine.tick(900.0, {CLIPBOARD: (text(MARKED), False)}), 900.0)
    assert of(actions, Ask)[0].held.result.verdict == "block" and not machine.paused(900.0)
    assert machine.next_wake() is None


def test_selections_in_one_document_raise_one_bubble_a_minute_and_every_one_is_still_held(
        machine: ClipboardMachine) -> None:
    bubbles, held = 0, 0
    for i in range(5):  # five selections in the same internal document, ten seconds apart
        t = i * 10.0
        machine.copied(SELECTION, text(MARKED + "。" * i), False, "某县文件.docx - WPS", t)
        actions = judge(machine, machine.tick(t + 0.5), t + 0.5)
        bubbles += len(of(actions, Notify))
        held += sum(r.record.choice == "held" for r in of(actions, Record))
    assert held == 5 and bubbles == 1
    machine.copied(SELECTION, text(MARKED + "！"), False, "某县文件.docx - WPS", 100.0)
    assert of(judge(machine, machine.tick(100.5), 100.5), Notify)  # a minute later: told again
    machine.copied(SELECTION, text(MARKED + "？"), False, "另一份.docx - WPS", 101.0)
    assert of(judge(machine, machine.tick(101.5), 101.5), Notify)  # another document: told at once
