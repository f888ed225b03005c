"""The harness itself: miss rules, rates, and that rendering gives real files holding the text."""

from __future__ import annotations

import io
import math

import numpy as np
from docx import Document
from PIL import Image

from .classes.items import all_items
from .kinds import one_page
from .measure import Outcome, rates
from .render import docx_bytes, page_png
from .sample import Sample, is_miss, label_of

TEXT = "机密★1年\n关于做好防汛工作的通知\n\n各单位：\t请于5月1日前报送。"


def test_miss_rules_per_label_and_ceiling() -> None:
    assert [is_miss("block", v) for v in ("block", "confirm", "error")] == [False, True, True]
    assert [is_miss("confirm", v) for v in ("block", "confirm", "notice", "error")] == [False, False, True, True]
    assert [is_miss("harmless", v) for v in ("allow", "notice", "confirm", "error")] == [False, False, True, True]
    assert not is_miss("harmless", "confirm", harmless_ceiling="confirm")
    assert is_miss("harmless", "block", harmless_ceiling="confirm")
    assert [label_of(v) for v in ("allow", "notice", "confirm", "block")] == ["harmless"] * 2 + ["confirm", "block"]


def test_rates_count_per_label_and_an_empty_label_passes_no_threshold() -> None:
    made = [Outcome(Sample("a", "block", "k"), "block"), Outcome(Sample("b", "block", "k"), "confirm"),
            Outcome(Sample("c", "harmless", "k"), "confirm")]
    r = rates(made)
    assert r["block_recall"] == 0.5 and r["harmless_held"] == 1.0 and r["harmless_blocked"] == 0.0
    assert math.isnan(r["confirm_recall"]) and not r["confirm_recall"] >= 0.0


def test_docx_holds_every_line_as_a_paragraph() -> None:
    paragraphs = [p.text for p in Document(io.BytesIO(docx_bytes(TEXT))).paragraphs]
    assert paragraphs == TEXT.splitlines()


def test_page_png_is_a_page_with_ink_on_every_text_line() -> None:
    im = Image.open(io.BytesIO(page_png(TEXT)))
    assert im.format == "PNG" and im.size[0] == 1240
    rows = np.asarray(im.convert("L")).min(axis=1)  # the darkest pixel of each pixel row
    bands = int(np.sum((rows[:-1] > 128) & (rows[1:] <= 128)))  # white -> ink transitions
    assert bands == 3  # three non-empty lines, the empty one left blank


def test_one_page_subset_is_deterministic_and_covers_its_classes() -> None:
    subset = one_page(all_items())
    assert subset == one_page(all_items())
    assert {s.cls for s in subset} == {1, 2, 5, 6, 8}
    assert {s.label for s in subset} == {"block", "confirm", "harmless"}
    assert all(len(s.text.splitlines()) <= 25 for s in subset)
