"""Every window fits a 1366x768 screen at 100 %, 125 % and 150 % scaling (issue 11): the hold dialog for a
block, a confirm, an unjudged file and a tall 800x2400 picture, the folder alert, the events window and the
screen check result, each brought up in a real tray app on Xvfb the way a user brings it up (one app process per
scale, since Qt reads QT_SCALE_FACTOR at start: benchmarks/screens.py runs them). The frame must lie inside the
screen's available area, and so must every visible button: a decision the clerk cannot reach is no decision."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.xvfb import available

REPO = Path(__file__).resolve().parents[2]
SURFACES = ("block", "confirm", "unjudged", "picture", "folder", "events", "screen")
SCALES = ("1", "1.25", "1.5")
SIZE = "1366x768"
pytestmark = pytest.mark.skipif(not available(), reason="Xvfb and xclip are needed (bash .ci/setup installs them)")


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, Any]]:
    """All surfaces at all scales, measured once (about 13 s per scale)."""
    tmp = tmp_path_factory.mktemp("fit")
    out = tmp / "rows.json"
    proc = subprocess.run([sys.executable, str(REPO / "benchmarks" / "screens.py"), str(tmp), "--no-shots",
                           "--sizes", SIZE, "--scales", ",".join(SCALES), "--surfaces", ",".join(SURFACES),
                           "--picture", "800x2400", "--json", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=150)
    assert out.exists(), proc.stderr[-2000:]
    found = json.loads(out.read_text(encoding="utf-8"))
    broken = [r for r in found if r["surface"] not in SURFACES]
    assert not broken, broken  # the app itself failed (a traceback): say so, not "did not appear"
    return {(r["surface"], r["scale"]): r for r in found}


CASES = [(s, k) for k in SCALES for s in SURFACES]


@pytest.mark.parametrize(("surface", "scale"), CASES)
def test_the_window_and_its_buttons_fit_the_screen(rows: dict[tuple[str, str], dict[str, Any]], surface: str,
                                                   scale: str) -> None:
    row = rows[(surface, scale)]
    assert "error" not in row, row
    assert row["fits"], f"{row['title']}: frame {row['frame']} outside {row['avail']}"
    assert not row["buttons_outside"], row


def test_a_scaled_screen_is_smaller_in_qt_pixels(rows: dict[tuple[str, str], dict[str, Any]]) -> None:
    """The measurement is in Qt's logical pixels: at 150 % a 1366x768 screen is 911x512 of them; if it were not,
    the scales would not have been applied and the other tests would prove nothing about them."""
    assert rows[("events", "1.5")]["avail"][2:] == [911, 512]
    assert rows[("events", "1")]["avail"][2:] == [1366, 768]
