"""Recognition batches bounded by their padded width: short crops still go six at a time, long lines alone,
and every crop is read exactly once (answers are put back in the crops' order by index)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from guard.ocr.rapid_memory import BATCH_WIDTH, width_groups


def test_short_cells_share_batches_and_long_lines_go_alone() -> None:
    widths = [4600.0, 96.0, 120.0, 2000.0, 100.0, 110.0, 130.0, 98.0, 105.0]
    groups = width_groups(widths, 6)
    assert groups[0] == [1, 7, 4, 8, 5, 2]  # the six narrowest, narrowest first
    assert [6] in groups and [3] in groups and [0] in groups  # 2000 and 4600 px lines each alone


@given(st.lists(st.floats(min_value=10, max_value=8000), max_size=60), st.integers(min_value=1, max_value=8))
def test_every_crop_once_within_size_and_budget(widths: list[float], size: int) -> None:
    groups = width_groups(widths, size)
    assert sorted(i for g in groups for i in g) == list(range(len(widths)))
    for group in groups:
        assert len(group) <= size
        assert len(group) == 1 or max(widths[i] for i in group) * len(group) <= BATCH_WIDTH
