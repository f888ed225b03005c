"""The clipboard guard's decisions as a state machine without Qt: events in, actions out.

Every copy becomes a job: CHECKING (content taken off the clipboard first when it is big, a picture or files,
so a fast paste cannot beat the check), then DONE (clean: left or put back), or HELD (waiting for its turn)
and DECIDING (the dialog is open) until the user releases or discards it. The adapter (ui/clipboard_guard.py)
turns Qt's signals into these events and carries out the actions; timers are its `tick()` calls at
`next_wake()`.

Fail closed, everywhere: a check that fails, crashes, is cut short or does not answer by its deadline is held
with the reason (unless the admin chose `on_error = "release"`); a late answer that is worse than what was
decided still counts; our own placeholder is recognised only as what we wrote (we own the clipboard and the
digest is ours), never by a format anyone can offer.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from guard.messages import t
from guard.model import ScanResult
from guard.sources.clip_actions import Action, Ask, Check, Dismiss, Notify, Record, Write
from guard.sources.clip_content import Content, placeholder
from guard.sources.decision import AuditRecord, Response, respond

CLIPBOARD, SELECTION = "clipboard", "selection"
HOLD_TEXT_BYTES = 256 * 1024  # a text this big takes long enough to check that a quick paste could win
SELECTION_SETTLE = 0.3  # selections change on every mouse drag: check the one the user settles on
SELECTION_BUBBLE_EVERY = 60.0  # seconds between selection bubbles for one window
KEEP_DONE = 20  # decided-while-unjudged jobs remembered for a late answer


class State(Enum):
    CHECKING = "checking"
    HELD = "held"
    DECIDING = "deciding"
    DONE = "done"


@dataclass(eq=False)
class Job:
    id: int
    mode: str
    seq: int  # the mode's change counter when copied: "is it still on the clipboard?"
    kind: str  # text | image | files | selection
    content: Content
    window: str = ""
    deadline: float = 0.0
    held_while_checking: bool = False
    taken: bool = False  # a placeholder of ours replaced it: give it back if it turns out clean
    state: State = State.CHECKING
    result: ScanResult | None = None
    decision: str = ""  # what became of it (released, discarded ...)

    @property
    def snapshot(self) -> Content:  # the name the dialog and older callers use
        return self.content


@dataclass(eq=False)
class Held:
    """Content taken off the clipboard, waiting for the user's decision."""

    job: Job
    result: ScanResult
    unjudged: bool = False

    @property
    def snapshot(self) -> Content:
        return self.job.content

    @property
    def severity(self) -> Any:
        return self.result.severity


@dataclass
class Options:
    deadline_seconds: float = 40.0  # a check still running after this is held as unjudged
    repeat_window_seconds: float = 20.0
    hold_images_while_scanning: bool = True
    on_error: str = "hold"


@dataclass
class ClipboardMachine:
    say: Callable[..., str]  # words for placeholders: say("placeholder.held", what=...)
    options: Options = field(default_factory=Options)
    paused_until: float = 0.0

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self.seq = {CLIPBOARD: 0, SELECTION: 0}
        self.own: dict[str, str] = {}  # mode -> digest of what we last wrote
        self.latest: dict[str, Content] = {}  # mode -> what is on it now (checked or not)
        self.recent: dict[str, tuple[str, float]] = {}  # digest -> (released | discarded, when)
        self.jobs: dict[int, Job] = {}  # every job not yet forgotten (held ones too, for late answers)
        self.queue: deque[Held] = deque()
        self.current: Held | None = None
        self._settle: tuple[int, float, str] | None = None  # (selection seq, when, window)
        self._selection_told: dict[str, float] = {}  # window -> when its last selection bubble was shown
        self._unchecked: set[str] = set()  # modes copied to while paused
        # mode -> (seq, content) last seen as allowed: what a discard gives back. Memory only, never logged
        self.allowed: dict[str, tuple[int, Content]] = {}

    # -- events in ---------------------------------------------------------------------------------------

    def copied(self, mode: str, content: Content, owned: bool, window: str, now: float) -> list[Action]:
        """The clipboard (or the PRIMARY selection) changed; `owned`: the guard owns it now."""
        if owned and self.own.get(mode) == content.digest:
            return []  # our own write (a placeholder, or what the user released): not a new copy
        self.own.pop(mode, None)
        self.seq[mode] += 1
        self.latest[mode] = content
        if content.empty:
            self.allowed.pop(mode, None)  # emptied by someone else (a password manager): nothing to give back
            return []
        if self.paused(now):
            self._unchecked.add(mode)
            return []
        if mode == SELECTION:
            self._settle = (self.seq[mode], now + SELECTION_SETTLE, window)
            return []
        return self._start(mode, content, window, now)

    def checked(self, job_id: int, result: ScanResult | None, now: float) -> list[Action]:
        job = self.jobs.get(job_id)
        if job is None:
            return []
        result = result or ScanResult("<clipboard>", "error", error=t("clip.no_result"))
        if job.state == State.CHECKING:
            job.result = result
            return self._act(job, result, now)
        return self._late(job, result, now)

    def tick(self, now: float, current: dict[str, tuple[Content, bool]] | None = None,
             window: str = "") -> list[Action]:
        """Deadlines passed, selections settled, and a pause that ran out (checked as `resume` would,
        with `current`: what is on each mode now and whether we own it)."""
        out: list[Action] = []
        if self.paused_until and now >= self.paused_until:
            out += self.resume(now, window, current)
        for job in [j for j in self.jobs.values() if j.state == State.CHECKING and j.deadline <= now]:
            overdue = ScanResult("<clipboard>", "error",
                                 error=t("clip.too_slow", seconds=round(self.options.deadline_seconds)))
            job.result = overdue
            out += self._act(job, overdue, now)
        if self._settle and self._settle[1] <= now:
            seq, _, window = self._settle
            self._settle = None
            if self.seq[SELECTION] == seq and not self.paused(now):
                out += self._start(SELECTION, self.latest[SELECTION], window, now)
        return out

    def next_wake(self) -> float | None:
        times = [j.deadline for j in self.jobs.values() if j.state == State.CHECKING]
        if self._settle:
            times.append(self._settle[1])
        if self.paused_until:
            times.append(self.paused_until)
        return min(times, default=None)

    def released(self, held: Held, reason: str, false_positive: bool, now: float) -> list[Action]:
        """Put back every format, byte for byte."""
        if held.job.state not in (State.HELD, State.DECIDING):
            return []
        self.recent[held.snapshot.digest] = ("released", now)
        self._allow(held.job)
        out = [self._write(CLIPBOARD, held.snapshot),
               self._record(held.job, "released", held.result, reason=reason, false_positive=false_positive)]
        return out + self._finish(held, "released")

    def discarded(self, held: Held, timeout: bool, now: float, reported: str | None = None) -> list[Action]:
        """The clipboard gets back what it held before the risky copy (or is cleared): never a placeholder
        left standing for a decision already made. The held content leaves memory. `reported` (the clerk's
        note, maybe empty) marks a block the clerk called a false positive: logged for the admin, still
        not released."""
        job = held.job
        if job.state not in (State.HELD, State.DECIDING):
            return []
        self.recent[held.snapshot.digest] = ("discarded", now)
        choice = "reported" if reported is not None else "timeout" if timeout else "discarded"
        out: list[Action] = [self._record(job, choice, held.result, reason=reported or "",
                                          false_positive=reported is not None)]
        if job.taken and self.seq[job.mode] == job.seq:  # our placeholder still stands for it
            before = self.allowed.get(job.mode)
            out.append(self._write(job.mode, before[1] if before and before[0] < job.seq else Content()))
        out += self._finish(held, choice)
        held.job.content = Content()  # drop the content now, not when the last reference goes
        return out

    def pause(self, seconds: float, now: float) -> None:
        self.paused_until = now + seconds

    def resume(self, now: float, window: str = "",
               current: dict[str, tuple[Content, bool]] | None = None) -> list[Action]:
        """Back on guard: what is on the clipboard now is checked as a fresh copy, not waved through.
        `current` (mode -> (content, owned)) is read by the adapter at this moment; without it, the last
        change seen. A mode unchanged since it was last judged is left alone."""
        self.paused_until = 0.0
        out: list[Action] = []
        now_on = dict(current) if current is not None else {}
        for mode in self._unchecked:
            if mode not in now_on and mode in self.latest:
                now_on[mode] = (self.latest[mode], False)
        for mode, (content, owned) in sorted(now_on.items()):
            seen = self.latest.get(mode)
            if mode in self._unchecked or seen is None or seen.digest != content.digest:
                out += self.copied(mode, content, owned, window, now)
        self._unchecked.clear()
        return out

    def paused(self, now: float) -> bool:
        return now < self.paused_until

    # -- inside ----------------------------------------------------------------------------------------

    def _start(self, mode: str, content: Content, window: str, now: float) -> list[Action]:
        kind = _kind(content, mode)
        job = Job(next(self._ids), mode, self.seq[mode], kind, content, window,
                  deadline=now + self.options.deadline_seconds)
        decided = self.recent.get(content.digest)
        if decided and decided[0] == "released" and now - decided[1] < self.options.repeat_window_seconds:
            job.state = State.DONE
            self._allow(job)
            return [self._record(job, "allowed", None, reason="released moments ago")]
        out: list[Action] = []
        if mode == CLIPBOARD and self._hold_while_checking(job):
            job.held_while_checking = job.taken = True
            out.append(self._write(mode, placeholder(self.say("placeholder.checking"))))
        self.jobs[job.id] = job
        out.append(Check(job))
        return out

    def _hold_while_checking(self, job: Job) -> bool:
        if job.kind in ("image", "files"):
            return self.options.hold_images_while_scanning or job.kind == "files"
        return job.content.size > HOLD_TEXT_BYTES or bool(job.content.images() or job.content.others())

    def _act(self, job: Job, result: ScanResult, now: float) -> list[Action]:
        current = self.seq[job.mode] == job.seq
        response = respond(result, self.options.on_error)
        if response in (Response.ALLOW, Response.NOTIFY):
            job.state = State.DONE
            self.jobs.pop(job.id, None)
            self._allow(job)
            out = [self._write(job.mode, job.content)] if job.taken and current else []
            if response == Response.NOTIFY:
                return [*out, Notify("notice", result), self._record(job, "notified", result)]
            return [*out, self._record(job, "allowed", result)]
        unjudged = response == Response.HOLD_UNJUDGED
        if job.mode == SELECTION:
            job.state = State.DONE
            self.jobs.pop(job.id, None)
            out = [self._write(job.mode, placeholder(self.say("placeholder.selection")))] if current else []
            # selecting text in an internal document raises one bubble a minute for that window, not one per
            # drag: every selection is still held and logged
            last = self._selection_told.get(job.window)
            if last is None or now - last >= SELECTION_BUBBLE_EVERY:
                self._selection_told[job.window] = now
                out.append(Notify("selection", result))
            return [*out, self._record(job, "held", result)]
        out = []
        if current:
            # the placeholder names the kind of content only: pasted into a chat, it must not quote the mark
            key = "placeholder.unjudged" if unjudged else "placeholder.held"
            job.taken = True
            out.append(self._write(job.mode, placeholder(self.say(key, what=categories(result, self.say)))))
        # the same content again, just discarded, is a new decision: the user may have changed their mind
        job.state = State.HELD
        self.queue.append(Held(job, result, unjudged))
        return [*out, self._record(job, "held", result), *self._next()]

    def _late(self, job: Job, result: ScanResult, now: float) -> list[Action]:
        """An answer after the deadline: the item was held as unjudged. A real verdict replaces that."""
        held = next((h for h in [self.current, *self.queue] if h is not None and h.job is job), None)
        if held is None or not held.unjudged:
            self.jobs.pop(job.id, None)
            if job.decision == "released" and respond(result, self.options.on_error) == Response.HOLD:
                # released as "could not be judged", now known to be risky: the user and the admin must know
                return [Notify("late_risky", result), self._record(job, "late_verdict", result)]
            return []
        job.result = result
        response = respond(result, self.options.on_error)
        out: list[Action] = []
        if held is self.current:
            out.append(Dismiss(held))
            self.current = None
        else:
            self.queue.remove(held)
        job.state = State.CHECKING
        out += self._act(job, result, now)
        return out + self._next() if response != Response.HOLD else out

    def _next(self) -> list[Action]:
        if self.current is None and self.queue:
            self.current = self.queue.popleft()
            self.current.job.state = State.DECIDING
            return [Ask(self.current)]
        return []

    def _finish(self, held: Held, decision: str) -> list[Action]:
        held.job.decision = decision
        held.job.state = State.DONE
        if self.current is held:
            self.current = None
        elif held in self.queue:
            self.queue.remove(held)
        if not held.unjudged:
            self.jobs.pop(held.job.id, None)
        # an unjudged one stays known for its late answer; only the last few are kept
        for old in [j for j in self.jobs.values() if j.state == State.DONE][:-KEEP_DONE]:
            self.jobs.pop(old.id, None)
        return self._next()

    def _allow(self, job: Job) -> None:
        """Remember the newest content let through, for a later discard to give back. A password manager's
        secret is not brought back after it may have been cleared: it leaves nothing to give back."""
        before = self.allowed.get(job.mode)
        if before is not None and before[0] > job.seq:
            return  # a later copy was allowed first (checks finish out of order)
        if job.content.secret:
            self.allowed.pop(job.mode, None)
        else:
            self.allowed[job.mode] = (job.seq, job.content)

    def _write(self, mode: str, content: Content) -> Write:
        self.own[mode] = content.digest
        return Write(mode, content)

    def _record(self, job: Job, choice: str, result: ScanResult | None, reason: str = "",
                false_positive: bool = False) -> Record:
        item = ", ".join(p.rsplit("/", 1)[-1] for p in job.content.files) or "<clipboard>"
        return Record(AuditRecord(kind=job.kind, choice=choice, result=result, item=item,
                                  content_hash=job.content.digest, reason=reason, false_positive=false_positive,
                                  window=job.window, secret=job.content.secret))


def _kind(content: Content, mode: str) -> str:
    if mode == SELECTION:
        return "selection"
    if content.files:
        return "files"
    if content.texts() or content.html:
        return "text"
    return "image" if content.images() else "text"


def categories(result: ScanResult, say: Callable[..., str]) -> str:
    """The kinds of content found, worst first, in words (no excerpt)."""
    words: list[str] = []
    for f in sorted(result.findings, key=lambda f: -f.severity):
        try:
            word = say(f"category.{f.category}")
        except KeyError:
            word = say("category.other")
        if word not in words:
            words.append(word)
    return "、".join(words) or say("category.other")
