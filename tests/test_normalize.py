"""The normaliser: evasions collapse to the plain form, and every position maps back to the user's text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.normalize import Document, normalize, normalize_light


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("機密★壹年", "机密★壹年"),  # traditional to simplified (OpenCC)
        ("机 密★1年", "机密★1年"),  # space between hanzi
        ("机　密", "机密"),  # ideographic space
        ("机-密", "机密"),
        ("机*密", "机密"),  # an asterisk between two hanzi is a separator ...
        ("机密*1年", "机密★1年"),  # ... before a period it is the star
        ("秘密*长期", "秘密★长期"),
        ("机\u200b密", "机密"),
        ("机\u200d\ufeff密", "机密"),
        ("机\n密★1年", "机密★1年"),  # line break inside hanzi (wrapped line)
        ("机密★１年", "机密★1年"),  # full-width digit
        ("机密☆1年", "机密★1年"),
        ("机密✩1年", "机密★1年"),
        ("机密✭1年", "机密★1年"),
        ("机密⭐1年", "机密★1年"),
        ("机密＊1年", "机密★1年"),
        ("机密※1年", "机密★1年"),
        ("机 密 ★ 1 年", "机密★1年"),  # tesseract puts spaces between Chinese characters
        ("ＡＢＣ", "abc"),
        ("Hello World", "hello world"),  # spaces between latin words stay
        ("某政发〔２０２６〕１２号", "某政发〔2026〕12号"),
        ("（此件公开发布）", "(此件公开发布)"),
    ],
)
def test_evasions_collapse_to_the_plain_form(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_light_normalisation_keeps_spaces_and_lines() -> None:
    assert normalize_light("機 密\n１年") == "机 密\n1年"


@pytest.mark.parametrize(
    ("raw", "needle", "original"),
    [
        ("前言\n機 密★１年\n正文", "机密★1年", "機 密★１年"),
        ("a\u200bb机\u200b密c", "机密", "机\u200b密"),
        ("……机-密", "机密", "机-密"),  # "…" expands to "..." under NFKC
        ("㈠秘密", "秘密", "秘密"),
    ],
)
def test_spans_map_back_to_the_users_characters(raw: str, needle: str, original: str) -> None:
    doc = Document(raw)
    at = doc.text.index(needle)
    s, e = doc.orig_span(at, at + len(needle))
    assert raw[s:e] == original


def test_line_numbers_come_from_the_original_text() -> None:
    doc = Document("第一行\n\n  机密★1年\n")
    at = doc.text.index("机密")
    s, e = doc.orig_span(at, at + 2)
    assert doc.location(s, e) == {"line": 3, "column": 3, "start": s, "end": e}
    assert doc.top_rank(2) == 1  # one non-blank line above


# Text made of the characters the normaliser treats specially, mixed with plain ones.
_ALPHABET = st.sampled_from([*"机密秘绝★☆*＊※ \n\t-·.\u200b\u3000１２Ａa年月內資料…㈠〔〕（）：", "機", "國"])
_TEXT = st.text(alphabet=_ALPHABET, max_size=60) | st.text(max_size=40)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_offset_map_is_monotonic_and_in_bounds(raw: str) -> None:
    doc = Document(raw)
    prev = 0
    for i in range(len(doc.text) + 1):
        o = doc.to_orig(i)
        assert 0 <= o <= len(raw)
        assert o >= prev
        prev = o
    assert doc.to_orig(len(doc.text)) == len(raw)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_every_normalised_character_comes_from_its_mapped_original(raw: str) -> None:
    doc = Document(raw)
    for i, ch in enumerate(doc.text):
        s, e = doc.orig_span(i, i + 1)
        assert s < e
        # the original characters under the span normalise to something containing this character
        assert ch in normalize_light(raw[s:e]) or ch == "★"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30), st.text(alphabet=_ALPHABET, max_size=30))
def test_a_keyword_found_anywhere_maps_to_a_span_that_normalises_back(prefix: str, suffix: str) -> None:
    raw = prefix + "\n機 密★１年\n" + suffix
    doc = Document(raw)
    at = doc.text.find("机密★1年")
    assert at >= 0
    s, e = doc.orig_span(at, at + 5)
    assert normalize(raw[s:e]) == "机密★1年"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_normalising_twice_changes_nothing(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once
