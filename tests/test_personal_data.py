"""Personal data: identifiers validated by their check digits; one is a notice, a list of them is `confirm`.

Also patient records and leader itineraries, and masking: no excerpt, report or JSON line ever carries a whole
ID or phone number.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from guard import ScanResult, Severity, scan_text
from guard.detect.checksums import credit_code_ok, luhn_ok, mobile_ok, resident_id_ok

REPO = Path(__file__).resolve().parents[1]
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(area: str, born: str, seq: str) -> str:
    """An 18-character ID with the GB 11643 mod 11-2 check character."""
    body = area + born + seq
    assert len(body) == 17 and body.isdigit()
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11]


def wrong_check(number: str) -> str:
    return number[:-1] + ("0" if number[-1] != "0" else "1")


def luhn_complete(prefix: str) -> str:
    """Append the Luhn check digit."""
    total = 0
    for i, c in enumerate(reversed(prefix)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return prefix + str((10 - total % 10) % 10)


# Beijing Chaoyang (110105) has its code since before any of these birth years
IDS = [resident_id("110105", f"{1950 + 7 * i}{(i % 12) + 1:02d}{(3 * i) % 28 + 1:02d}", f"{100 + 13 * i:03d}")
       for i in range(7)]
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏"]
PHONES = [f"1{'3456789'[i % 7]}{i % 10}{(1234567 * (i + 3)) % 100000000:08d}" for i in range(12)]


def _rules(result: ScanResult) -> set[str]:
    return {f.rule for f in result.findings}


def _digits(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c) for c in text if unicodedata.normalize("NFKC", c).isalnum())


# --- checksums ------------------------------------------------------------------------------------------


def test_id_helper_reproduces_the_published_example() -> None:
    assert resident_id("110105", "19491231", "002") == "11010519491231002X"


def test_resident_id_known_vectors() -> None:
    assert resident_id_ok("11010519491231002X")
    assert resident_id_ok("11010519491231002x")  # lower-case x as typed
    assert not resident_id_ok("110105194912310021")  # wrong check digit
    assert not resident_id_ok("1101051949123100")  # too short


def test_resident_id_with_impossible_birth_date_is_rejected_even_with_a_correct_check_digit() -> None:
    feb30 = resident_id("110105", "19490230", "002")
    month13 = resident_id("110105", "19491331", "002")
    assert not resident_id_ok(feb30)
    assert not resident_id_ok(month13)


def test_resident_id_born_in_the_future_is_rejected() -> None:
    number = resident_id("110105", "20991231", "002")
    assert not resident_id_ok(number)
    assert not resident_id_ok("11010519491231002X", today=dt.date(1949, 12, 30))
    assert resident_id_ok("11010519491231002X", today=dt.date(1949, 12, 31))


def test_resident_id_with_a_county_code_newer_than_the_birth_year_is_valid() -> None:
    # the area code is where the ID was registered (GB 11643), not where the holder was born:
    # 320102 (南京市玄武区) on an ID issued in 1999 to someone born in 1980
    assert resident_id_ok(resident_id("320102", "19800110", "100"))


def test_resident_id_with_an_unknown_province_code_is_rejected() -> None:
    assert not resident_id_ok(resident_id("990105", "19491231", "002"))
    assert not resident_id_ok(resident_id("010105", "19491231", "002"))


def test_luhn_known_vectors() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert not luhn_ok("4111-1111-1111-1111")  # callers strip separators first
    assert luhn_ok(luhn_complete("621700000000123"))


def test_unified_social_credit_code_known_vectors() -> None:
    assert credit_code_ok("91350100M000100Y43")
    assert credit_code_ok("91350100m000100y43")
    assert not credit_code_ok("91350100M000100Y44")  # corrupted check character
    assert not credit_code_ok("91350100M000101Y43")  # corrupted body


@pytest.mark.parametrize(("number", "ok"), [("13912345678", True), ("19912345678", True), ("12912345678", False),
                                            ("1391234567", False), ("23912345678", False)])
def test_mobile_number_shape(number: str, ok: bool) -> None:
    assert mobile_ok(number) is ok


# --- resident IDs in text -------------------------------------------------------------------------------


def test_generated_ids_are_valid_and_distinct() -> None:
    assert len(set(IDS)) == len(IDS)
    assert all(resident_id_ok(i) for i in IDS)


def test_one_valid_id_is_a_notice() -> None:
    result = scan_text(f"联系人：张伟，身份证号：{IDS[0]}")
    assert result.verdict == "notice"
    f = next(f for f in result.findings if f.rule == "pii.resident_id")
    assert f.severity is Severity.NOTICE
    assert "checksum" in f.evidence


@pytest.mark.parametrize("count", [5, 7])
def test_a_table_of_distinct_valid_ids_needs_confirmation(count: int) -> None:
    rows = "\n".join(f"{n},{i},返乡人员" for n, i in zip(NAMES[:count], IDS[:count], strict=True))
    result = scan_text("姓名,身份证号,备注\n" + rows)
    assert result.verdict == "confirm"
    bulk = [f for f in result.findings if f.rule.endswith(".bulk")]
    assert [f.rule for f in bulk] == ["pii.resident_id.bulk"]
    assert bulk[0].severity is Severity.CONFIRM
    assert f"count={count}" in bulk[0].evidence
    # the IDs of the list are counted by the bulk finding, not listed again one by one
    assert sum(f.rule == "pii.resident_id" for f in result.findings) == 0


def test_an_id_far_from_the_list_is_still_its_own_finding() -> None:
    rows = "\n".join(f"{n},{i},返乡人员" for n, i in zip(NAMES[:5], IDS[:5], strict=True))
    filler = "".join(f"第{n}条 工作安排的正文。\n" for n in range(60))
    text = "姓名,身份证号,备注\n" + rows + "\n" + filler + f"联系人身份证号：{IDS[5]}"
    result = scan_text(text)
    singles = [f for f in result.findings if f.rule == "pii.resident_id"]
    assert [f.where["line"] for f in singles] == [text.count("\n") + 1]


def test_a_table_row_masks_each_number_as_itself() -> None:
    """The same ID reads the same in the bulk excerpt as alone: a phone beside it is not part of it."""
    from guard.mask import mask_text

    assert mask_text(f"{IDS[0]} 13800138000") == f"{IDS[0][:3]}{'*' * 11}{IDS[0][-4:]} 138****8000"
    assert mask_text("138 0013 8000") == "138 **** 8000"


def test_four_ids_stay_below_the_bulk_threshold() -> None:
    rows = "\n".join(f"{n},{i}" for n, i in zip(NAMES[:4], IDS[:4], strict=True))
    result = scan_text("姓名,身份证号\n" + rows)
    assert result.verdict == "notice"
    assert not any(f.rule.endswith(".bulk") for f in result.findings)


def test_the_same_id_five_times_is_not_a_list() -> None:
    result = scan_text("姓名,身份证号\n" + "\n".join([f"张伟,{IDS[0]}"] * 5))
    assert result.verdict == "notice"
    assert not any(f.rule.endswith(".bulk") for f in result.findings)


def test_eighteen_digit_numbers_with_wrong_check_digits_are_not_ids() -> None:
    rows = "\n".join(f"订单{k},{wrong_check(i)}" for k, i in enumerate(IDS[:5]))
    result = scan_text("订单,编号\n" + rows)
    assert result.verdict == "allow"
    assert not _rules(result)


def test_order_numbers_and_timestamps_are_not_ids() -> None:
    orders = ["202611201530001234", "202611201530001235", "202611201531009876", "998877665544332211",
              "100000000000000001"]
    result = scan_text("订单号\n" + "\n".join(orders))
    assert result.verdict == "allow"


def test_spaced_id_numbers_are_still_counted() -> None:
    spaced = [f"{i[:6]} {i[6:14]} {i[14:]}" for i in IDS[:5]]
    result = scan_text("身份证号\n" + "\n".join(spaced))
    assert result.verdict == "confirm"
    assert "pii.resident_id.bulk" in _rules(result)


# --- phones, bank cards ---------------------------------------------------------------------------------


def test_six_or_more_distinct_mobiles_need_confirmation() -> None:
    assert all(mobile_ok(p) for p in PHONES) and len(set(PHONES)) == 12
    result = scan_text("通讯录\n" + "\n".join(f"职工{k}，手机 {p}" for k, p in enumerate(PHONES[:6])))
    assert result.verdict == "confirm"
    assert "pii.mobile.bulk" in _rules(result)


def test_five_mobiles_are_not_a_list() -> None:
    result = scan_text("\n".join(f"职工{k}，手机 {p}" for k, p in enumerate(PHONES[:5])))
    assert result.verdict == "notice"


def test_the_same_mobiles_with_and_without_country_code_are_not_a_list() -> None:
    rows = [f"职工{k} 手机 {p}  微信同号 +86 {p}" for k, p in enumerate(PHONES[:5])]
    result = scan_text("\n".join(rows))
    assert result.verdict == "notice"
    assert "pii.mobile.bulk" not in _rules(result)


def test_one_phone_in_a_signature_is_a_notice() -> None:
    result = scan_text("此致\n敬礼\n办公室 张伟\n电话：13912345678")
    assert result.verdict == "notice"
    assert _rules(result) == {"pii.mobile"}


@pytest.mark.parametrize("card", ["4111 1111 1111 1111", "4111111111111111", "4111-1111-1111-1111"])
def test_bank_card_with_card_context_is_a_notice(card: str) -> None:
    result = scan_text(f"请转账至工商银行，卡号：{card}")
    assert result.verdict == "notice"
    assert "pii.bank_card" in _rules(result)


def test_luhn_valid_number_without_context_and_not_unionpay_is_no_bank_card() -> None:
    result = scan_text("编号4111111111111111已登记")
    assert "pii.bank_card" not in _rules(result)


def test_unionpay_number_needs_no_context() -> None:
    card = luhn_complete("621700000000123")
    assert len(card) == 16
    result = scan_text(f"编号{card}已登记")
    assert "pii.bank_card" in _rules(result)


def test_unionpay_prefix_with_a_wrong_check_digit_is_no_bank_card() -> None:
    card = luhn_complete("621700000000123")
    bad = card[:-1] + str((int(card[-1]) + 1) % 10)
    assert "pii.bank_card" not in _rules(scan_text(f"编号{bad}已登记"))


def test_an_id_number_is_not_also_a_bank_card_or_phone() -> None:
    result = scan_text(f"身份证号码：{IDS[1]}，银行卡")
    assert _rules(result) == {"pii.resident_id"}


# --- medical records, itineraries -----------------------------------------------------------------------


def test_medical_record_form_needs_confirmation() -> None:
    text = "姓名：张伟\n性别：男\n年龄：45\n病历号：A123456\n主诉：咳嗽三天\n诊断：上呼吸道感染\n"
    result = scan_text(text)
    assert result.verdict == "confirm"
    f = next(f for f in result.findings if f.rule == "pii.medical_record")
    assert f.category == "medical"
    assert {"病历号", "主诉", "诊断"} <= set(f.evidence)


def test_medical_record_table_needs_confirmation() -> None:
    text = "姓名,住院号,床号,诊断\n张伟,20261001,12,肺炎\n王芳,20261002,15,骨折\n"
    assert scan_text(text).verdict == "confirm"


def test_medical_words_in_a_health_article_are_not_a_record() -> None:
    text = "秋季是感冒高发期，出现发热、咳嗽等症状时要及时就诊，遵医嘱用药，不要自行诊断。"
    assert scan_text(text).verdict in ("allow", "notice")


def test_leader_itinerary_needs_confirmation() -> None:
    text = ("市委书记行程安排\n"
            "8:30 从驻地出发，乘坐G1234次高铁前往省城\n"
            "11:20 抵达省城，入住迎宾馆\n"
            "12:00 用餐\n")
    result = scan_text(text)
    assert result.verdict == "confirm"
    assert "internal.leader_itinerary" in _rules(result)


def test_news_report_of_a_past_visit_is_not_an_itinerary() -> None:
    text = ("昨天，市委书记张某某前往某县调研，实地察看了防汛工作，并看望了一线干部。"
            "张某某强调，要压实责任，抓好落实。市领导李某某陪同调研。")
    result = scan_text(text)
    assert result.verdict in ("allow", "notice")
    assert "internal.leader_itinerary" not in _rules(result)


# --- masking --------------------------------------------------------------------------------------------


def _table() -> str:
    rows = [f"{n},{i},{p}" for n, i, p in zip(NAMES[:5], IDS[:5], PHONES[:5], strict=True)]
    rows += [f"职工{k},,{p}" for k, p in enumerate(PHONES[5:12])]
    return "姓名,身份证号,手机\n" + "\n".join(rows) + "\n"


def test_excerpts_never_contain_a_whole_id_or_phone_number() -> None:
    result = scan_text(_table())
    assert result.verdict == "confirm"
    assert {"pii.resident_id.bulk", "pii.mobile.bulk"} <= _rules(result)
    excerpts = [f.excerpt for f in result.findings]
    assert all(excerpts)
    for number in (*IDS[:5], *PHONES):
        for ex in excerpts:
            assert number not in _digits(ex), (number, ex)
    assert any("*" in ex for ex in excerpts)


def test_masked_excerpt_keeps_head_and_tail_for_recognition() -> None:
    f = next(f for f in scan_text("身份证：11010519491231002X").findings if f.rule == "pii.resident_id")
    assert "110***********002X" in f.excerpt


@pytest.mark.parametrize(
    ("text", "number"),
    [
        pytest.param("电话：139 1234 5678", "13912345678", id="spaces"),
        pytest.param("电话：139-1234-5678", "13912345678", id="hyphens"),
        pytest.param("电话：１３９１２３４５６７８", "13912345678", id="full-width-digits"),
        pytest.param("身份证：110105 19491231 002X", "11010519491231002X", id="spaced-id"),
        pytest.param("身份证号11010519491231002X，电话13912345678", "11010519491231002X", id="adjacent-id-phone"),
    ],
)
def test_separated_numbers_are_masked_in_excerpts(text: str, number: str) -> None:
    result = scan_text(text)
    assert result.findings
    for f in result.findings:
        assert number not in _digits(f.excerpt), f.excerpt


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("电话：139\u30001234\u30005678", id="ideographic-spaces"),
        pytest.param("电话：139\u00a01234\u00a05678", id="no-break-spaces"),
        pytest.param("电话：139\u200b1234\u200b5678", id="zero-width-spaces"),
    ],
)
def test_numbers_split_by_unicode_spaces_are_masked_in_excerpts(text: str) -> None:
    result = scan_text(text)
    assert "pii.mobile" in _rules(result)
    for f in result.findings:
        assert "13912345678" not in _digits(f.excerpt), f.excerpt


def test_cli_json_output_never_contains_a_whole_id_or_phone(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_text(_table(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CLIPGUARD_LANG"}
    proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", str(path)], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 1, proc.stderr
    item = json.loads(proc.stdout)
    assert item["verdict"] == "confirm"
    assert len(item["findings"]) >= 2  # the lists (each ID and phone is counted in them, not listed again)
    excerpts = [_digits(f["excerpt"]) for f in item["findings"]]
    for number in (*IDS[:5], *PHONES):
        assert number not in proc.stdout and number not in proc.stderr, number
        assert not any(number in ex for ex in excerpts), number
