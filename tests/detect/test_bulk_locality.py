# ruff: noqa: E501  -- realistic Chinese texts
"""Personal-data lists and patient records are counted within a window, not over the whole text.

A 2 MB text with six phone numbers scattered over it is not a contact list; six in ten lines are, even at
the end of that text. The same for ID numbers, bank cards and a record's medical fields.
"""

from __future__ import annotations

import random

from guard import scan_text
from guard.detect.bank_card import BankCard
from guard.detect.id_card import ResidentId
from guard.detect.medical import MedicalRecord
from guard.detect.phone import MobileNumber
from guard.model import Severity
from guard.normalize import Document

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
PROSE = ("本市持续优化营商环境，政务服务事项全部实现网上可办。", "全年新建改建农村公路三百公里，城乡公交一体化率稳步提高。",
         "各级财政加大民生投入，教育、卫生、社保支出占比超过七成。", "文化惠民工程深入实施，公共图书馆总分馆制实现全覆盖。")


def _resident_id(r: random.Random) -> str:
    body = f"{r.choice(('110105', '440301', '320102', '510104'))}{r.randint(1950, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11]


def _mobile(r: random.Random) -> str:
    return f"1{r.choice('3456789')}{r.randint(0, 999_999_999):09d}"


def _luhn(prefix: str) -> str:
    total = 0
    for i, c in enumerate(reversed(prefix)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return prefix + str((10 - total % 10) % 10)


def _prose(r: random.Random, lines: int) -> list[str]:
    return [r.choice(PROSE) for _ in range(lines)]


def _bulk(rec: object, text: str) -> list:
    return [f for f in rec.analyze(Document(text)) if f.rule.endswith(".bulk")]  # type: ignore[attr-defined]


def _scattered(r: random.Random, values: list[str], label: str, total_lines: int) -> str:
    """`values` spread evenly over `total_lines` lines of public prose, one per paragraph."""
    lines = _prose(r, total_lines)
    step = total_lines // len(values)
    for k, v in enumerate(values):
        lines[k * step + step // 2] += f"{label}{v}。"
    return "\n".join(lines)


def test_six_phone_numbers_scattered_over_2_mb_are_no_contact_list() -> None:
    r = random.Random(1)
    phones = [_mobile(r) for _ in range(6)]
    text = _scattered(r, phones, "咨询电话", 75_000)
    assert len(text.encode()) > 2_000_000
    assert not _bulk(MobileNumber(), text)
    findings = MobileNumber().analyze(Document(text))
    assert len(findings) == 6 and all(f.severity is Severity.NOTICE for f in findings)
    assert scan_text(text).verdict in ("allow", "notice")


def test_six_phone_numbers_in_ten_lines_are_a_list_wherever_they_stand() -> None:
    r = random.Random(2)
    rows = [f"{k + 1}. 网格员{'甲乙丙丁戊己'[k]}  {_mobile(r)}" for k in range(6)]
    for at in (0, 30_000, 75_000):
        lines = _prose(r, 75_000)
        lines[at:at] = ["社区网格员通讯录", *rows]
        text = "\n".join(lines)
        bulk = _bulk(MobileNumber(), text)
        assert len(bulk) == 1 and bulk[0].severity is Severity.CONFIRM
        assert bulk[0].where["line"] - 1 in range(at, at + 8)
    assert scan_text(text).verdict in ("confirm", "block")


def test_a_one_line_text_is_windowed_by_characters() -> None:
    """Without line breaks (a page flattened to one line), 6 numbers 20,000 characters apart are no list."""
    r = random.Random(3)
    parts = [r.choice(PROSE) * 700 + f"电话{_mobile(r)}" for _ in range(6)]
    assert not _bulk(MobileNumber(), "".join(parts))
    assert _bulk(MobileNumber(), "，".join(f"电话{_mobile(r)}" for _ in range(6)))


def test_id_numbers_a_table_inside_a_long_report_but_not_cited_pages_apart() -> None:
    r = random.Random(4)
    ids = [_resident_id(r) for _ in range(5)]
    assert not _bulk(ResidentId(), _scattered(r, ids, "当事人身份证号", 20_000))
    table = "序号,姓名,身份证号\n" + "\n".join(f"{k + 1},某{k},{v}" for k, v in enumerate(ids))
    text = "\n".join(_prose(r, 10_000)) + "\n附件：名单\n" + table + "\n" + "\n".join(_prose(r, 10_000))
    assert _bulk(ResidentId(), text)
    assert scan_text(text).verdict in ("confirm", "block")


def test_multi_line_records_still_make_a_list() -> None:
    """Five people, each a six-line card with one ID number: 30 lines, within the 40-line window."""
    r = random.Random(5)
    cards = [f"姓名：某{k}\n性别：男\n身份证号：{_resident_id(r)}\n住址：某市某路{k}号\n电话：略\n" for k in range(5)]
    assert _bulk(ResidentId(), "\n".join(cards))


def test_the_same_number_repeated_is_one_person() -> None:
    r = random.Random(6)
    phone = _mobile(r)
    assert not _bulk(MobileNumber(), "\n".join(f"联系人：{phone}" for _ in range(10)))


def test_bank_cards_scattered_and_listed() -> None:
    r = random.Random(7)
    cards = [_luhn(f"62{r.randint(0, 10**15 - 1):015d}") for _ in range(5)]
    assert not _bulk(BankCard(), _scattered(r, cards, "银行卡号", 20_000))
    assert _bulk(BankCard(), "\n".join(f"工资卡：{c}" for c in cards))


def test_window_size_is_a_setting() -> None:
    r = random.Random(8)
    phones = [_mobile(r) for _ in range(6)]
    text = _scattered(r, phones, "电话", 300)  # one number every 50 lines
    assert not _bulk(MobileNumber(), text)
    assert _bulk(MobileNumber({"bulk_window_lines": 400, "bulk_window_chars": 40_000}), text)


def test_medical_fields_pages_apart_are_no_record_but_a_form_inside_the_text_is() -> None:
    r = random.Random(9)
    lines = _prose(r, 3_000)
    for k, field in enumerate(("诊断：", "医嘱：", "病情：", "处方：")):
        lines[k * 700 + 5] = f"{field}详见患者须知。"
    text = "\n".join(lines)
    assert max((f.severity for f in MedicalRecord().analyze(Document(text))), default=Severity.ALLOW) is Severity.ALLOW
    form = "患者：某某\n住院号：2026001\n入院诊断：骨折\n主诉：摔伤\n医嘱：卧床休息"
    lines[1500:1500] = form.split("\n")
    found = MedicalRecord().analyze(Document("\n".join(lines)))
    assert [f.severity for f in found] == [Severity.CONFIRM]
    assert found[0].where["line"] in (1501, 1502)  # the patient line or the first field under it
