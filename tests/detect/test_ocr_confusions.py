"""The measured OCR confusion table: it loads, holds what the engines print, and is normalised like the text
the recognizers match; one real render read by the real engines proves its entries are what they print."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from guard.detect.ocr_confusions import DROPPED, char_class, load, may_drop, misreads, table_path
from guard.normalize import normalize_light

ROOT = Path(__file__).resolve().parents[2]


def raw() -> dict:
    return tomllib.loads(table_path().read_text(encoding="utf-8"))


def test_the_table_is_a_full_measured_run_of_both_engines() -> None:
    meta = raw()["meta"]
    assert meta["renders"] >= 1000  # the committed table comes from the full run, not --quick
    assert [e.split()[0] for e in meta["engines"]] == ["rapidocr", "tesseract"]
    assert meta["fonts"] and meta["min_count"] == 2
    assert str(table_path()).endswith(str(Path("resources", "ocr", "confusions.toml")))


def test_digits_year_and_month_have_measured_misreads() -> None:
    measured = load().measured
    digits = [d for d in "0123456789" if any(v != DROPPED for v in measured.get(d, {}))]
    assert len(digits) >= 2, digits
    assert any(v != DROPPED for ch in "年月" for v in measured.get(ch, {}))
    assert all(n >= 2 for counts in measured.values() for n in counts.values())  # only repeated confusions


def test_keys_and_values_are_normalised_like_the_scanned_text() -> None:
    table = load()
    for key, counts in table.measured.items():
        assert normalize_light(key) == key
        for value in counts:
            assert value == DROPPED or (normalize_light(value) == value and value != key), (key, value)
    for key, values in table.reported.items():
        assert all(normalize_light(v) == v and v != key for v in values), key
    # a raw value that normalisation changes (`I`, `O`, `*`) is served in its normalised form only
    changed = [(k, v) for section in ("misreads", "reported") for k, entry in raw().get(section, {}).items()
               for v in (entry.get("misreads", []) if section == "reported" else entry)
               if v != DROPPED and normalize_light(v) != v]
    assert changed
    for key, value in changed:
        assert value not in misreads(key)
        assert normalize_light(value) in misreads(key) or normalize_light(value) == normalize_light(key)


def test_measured_and_reported_are_both_served() -> None:
    data = raw()
    for key, entry in data.get("reported", {}).items():
        assert entry["source"] == "field report"
        assert {normalize_light(v) for v in entry.get("misreads", [])} - {normalize_light(key)} <= misreads(key)
        if entry.get("may_drop"):
            assert may_drop(key)
    assert not misreads("x") and not may_drop("x")


def test_char_class_builds_a_working_regex_for_every_character() -> None:
    for key in [*load().measured, *load().reported]:
        if len(key) != 1:
            continue
        pattern = re.compile(f"[{char_class(key)}]")
        assert pattern.fullmatch(key)
        for value in misreads(key):
            assert bool(pattern.fullmatch(value)) == (len(value) == 1 and not value.isspace()), (key, value)
    with pytest.raises(ValueError):
        char_class("1年")


@pytest.mark.slow
def test_what_the_engines_print_for_a_degraded_mark_is_in_the_table() -> None:
    """One of the build's own conditions (serif 20 px, blur 1.0, downscaled to 0.6 and back, JPEG 15), read
    by both engines the product's way: every substitution the aligner reports must be in the table."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ocr_marks import Spec, align, fonts, match_lines, render

    from guard.extract.base import Limits
    from guard.ocr.base import OcrUnavailable, ordered_lines
    from guard.ocr.child import read_bytes
    from guard.ocr.engines import get_engine

    if "Noto Serif CJK SC Regular" not in fonts():
        pytest.skip("Noto Serif CJK SC is not installed (Debian: apt install fonts-noto-cjk)")
    spec = Spec(mark="机密★2026年12月31日前", copy_no="090693", urgency="特急", font="Noto Serif CJK SC Regular",
                size=20, blur=1.0, rescale=0.6, jpeg=15, layout="crop")
    data, truth = render(spec), [text for _, text in spec.truth()]
    subs = []
    for name in ("rapidocr", "tesseract"):
        try:
            engine = get_engine(name)
        except OcrUnavailable as exc:
            pytest.skip(str(exc))
        reads = [ln.text for ln in ordered_lines(read_bytes(engine, data, None, Limits()))]
        read = match_lines(truth, reads)[1]
        assert read is not None, (name, reads)  # the mark line itself is found
        edits = [e for e in align(truth[1], read) if e[0] != "equal"]
        assert all(op in ("sub", "drop") for op, _, _ in edits), (name, edits)
        subs += [(name, t, r) for op, t, r in edits]
    assert subs  # the condition is degraded enough to confuse something
    for name, true, printed in subs:
        if printed == "":
            assert may_drop(true), (name, true)
        else:
            shown = normalize_light(printed)
            assert shown == normalize_light(true) or shown in misreads(true), (name, true, printed)
