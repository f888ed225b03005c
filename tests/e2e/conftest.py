"""A real X server (Xvfb) for end-to-end clipboard tests; the clipboard is driven from another process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.xvfb import available as xvfb_available
from tests.xvfb import xvfb


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    if not xvfb_available():
        pytest.skip("Xvfb and xclip are needed (bash .ci/setup installs them)")
    try:
        with xvfb() as display:
            yield display
    except RuntimeError as exc:
        pytest.fail(str(exc))
