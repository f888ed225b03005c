"""The gate in front of the OCR worker: the clipboard's reads go before queued folder reads, a waiter leaves at
its deadline without blocking the ones behind it, and the priority of a scan is set once for the thread."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from guard.ocr.priority import BACKGROUND, INTERACTIVE, PriorityGate, current_priority, ocr_priority

from .polling import wait_until


def queue_up(gate: PriorityGate, pool: ThreadPoolExecutor, served: list[str], name: str, priority: int,
             hold: float = 0.0) -> None:
    """A thread that waits at the gate, notes when it got in, and lets the next one in."""
    before = sum(gate.waiting().values())

    def enter() -> None:
        assert gate.acquire(priority, time.monotonic() + 30)
        served.append(name)
        time.sleep(hold)
        gate.release()

    pool.submit(enter)
    wait_until(lambda: sum(gate.waiting().values()) == before + 1)  # queued in this order


def test_waiting_interactive_requests_go_before_waiting_background_ones_in_arrival_order() -> None:
    gate = PriorityGate(grace=0)
    served: list[str] = []
    assert gate.acquire(BACKGROUND)  # a folder read in progress
    with ThreadPoolExecutor(5) as pool:
        for name, priority in [("folder-1", BACKGROUND), ("folder-2", BACKGROUND), ("paste-1", INTERACTIVE),
                               ("folder-3", BACKGROUND), ("paste-2", INTERACTIVE)]:
            queue_up(gate, pool, served, name, priority)
        assert gate.waiting() == {"interactive": 2, "background": 3}
        gate.release()  # the folder read in progress finished: nobody interrupted it
    assert served == ["paste-1", "paste-2", "folder-1", "folder-2", "folder-3"]


def test_a_waiter_gives_up_at_its_deadline_and_does_not_block_the_ones_behind_it() -> None:
    gate = PriorityGate()
    assert gate.acquire(BACKGROUND)
    served: list[str] = []
    with ThreadPoolExecutor(1) as pool:
        asked = time.monotonic()
        assert gate.acquire(INTERACTIVE, asked + 0.2) is False  # the gate stayed held past the deadline
        assert time.monotonic() >= asked + 0.2
        assert gate.waiting() == {"interactive": 0, "background": 0}  # its ticket left the queue
        queue_up(gate, pool, served, "folder-1", BACKGROUND)
        assert gate.acquire(INTERACTIVE, time.monotonic()) is False  # a deadline already past: no wait at all
        gate.release()
    assert served == ["folder-1"]


def test_after_an_interactive_read_background_waits_out_the_grace_so_the_same_picture_reads_on() -> None:
    gate = PriorityGate(grace=1.0)
    served: list[str] = []
    assert gate.acquire(INTERACTIVE)  # the clipboard's first read (the mark strip)
    with ThreadPoolExecutor(2) as pool:
        queue_up(gate, pool, served, "folder-1", BACKGROUND)
        gate.release()
        assert gate.acquire(INTERACTIVE, time.monotonic() + 1)  # its second read goes straight in
        served.append("paste-full")
        gate.release()
        assert gate.acquire(BACKGROUND, time.monotonic() + 0.1) is False  # still within the grace
    gate = PriorityGate(grace=0.05)
    assert gate.acquire(INTERACTIVE)
    gate.release()
    assert gate.acquire(BACKGROUND, time.monotonic() + 10)  # the grace ends by itself: nothing starves
    gate.release()
    assert served == ["paste-full", "folder-1"]


def test_the_idle_check_never_jumps_the_queue() -> None:
    gate = PriorityGate()
    served: list[str] = []
    assert gate.acquire(BACKGROUND)
    with ThreadPoolExecutor(1) as pool:
        queue_up(gate, pool, served, "folder-1", BACKGROUND)
        assert gate.try_acquire() is False  # held
        gate.release()
        wait_until(lambda: served == ["folder-1"] and not gate.busy())
    assert gate.try_acquire() is True
    gate.release()


def test_the_priority_of_a_scan_belongs_to_its_thread_and_ends_with_the_block() -> None:
    assert current_priority() == BACKGROUND  # folder scans and the CLI need not say anything
    seen: dict[str, int] = {}
    with ocr_priority(INTERACTIVE):
        assert current_priority() == INTERACTIVE
        other = threading.Thread(target=lambda: seen.setdefault("other", current_priority()))
        other.start()
        other.join()
        with ocr_priority(BACKGROUND):
            assert current_priority() == BACKGROUND
        assert current_priority() == INTERACTIVE
    assert current_priority() == BACKGROUND
    assert seen["other"] == BACKGROUND  # a thread started meanwhile (the folder watcher) is not affected
