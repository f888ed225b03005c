"""Waiting for another thread or process to reach a state, for tests that provoke faults at a chosen moment."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    """Poll until `condition` holds (a guard against hanging the suite, not a speed check)."""
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the condition never became true"
        time.sleep(0.005)
