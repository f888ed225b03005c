"""Excerpts keep the finding (identifiers masked) and a short context in which every digit and Latin letter is
masked: a password, a user name or an e-mail next to a finding never reaches the log."""

from __future__ import annotations

from pathlib import Path

from guard.engine import Engine, scan_text
from guard.mask import excerpt
from guard.policy import load_policy

ID = "11010519491231002X"


def excerpts(text: str) -> list[str]:
    return [f.excerpt for f in scan_text(text).findings]


def test_a_password_beside_an_id_number_is_masked() -> None:
    (got,) = excerpts(f"密码 Abc12345 身份证 {ID}")
    # 12 characters of context, its letters and digits masked, and an ellipsis where the line was cut
    assert got == "…******* 身份证 110***********002X"


def test_a_mark_stays_readable_and_its_neighbours_do_not() -> None:
    (got,) = excerpts("机密★1年 账号admin 密码P@ssw0rd")
    assert got.startswith("机密★1年") and "admin" not in got and "P@ss" not in got and "账号*****" in got


def test_an_email_and_a_user_name_beside_a_phone_number_are_masked() -> None:
    (got,) = excerpts("用户名：zhangsan 手机 13912345678 邮箱 zs@example.com")
    assert "139****5678" in got and "zhangsan" not in got and "example" not in got and "@" in got


def test_full_width_letters_and_digits_in_the_context_are_masked() -> None:
    text = f"ＡＢＣ１２３ 身份证 {ID} ｘｙ"
    got = excerpt(text, text.index(ID), text.index(ID) + len(ID), context=12)
    assert "ＡＢＣ" not in got and "１２３" not in got and "ｘｙ" not in got and "110***********002X" in got


def test_the_context_stays_on_the_findings_line_and_chinese_stays_readable() -> None:
    text = "上一行 secret99\n请查收机密★1年文件\n下一行 token42"
    start = text.index("机密")
    assert excerpt(text, start, start + 5, context=12) == "请查收机密★1年文件"


def test_no_context_is_the_span_alone() -> None:
    text = f"密码 Abc12345 {ID}"
    assert excerpt(text, text.index(ID), len(text), context=0) == "110***********002X"


def test_a_span_inside_a_longer_number_is_masked_as_part_of_it(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nid = "county.prefix"\nkeywords = ["1391234"]\n', encoding="utf-8")
    (finding,) = [f for f in Engine(load_policy(rules)).scan_text("电话 13912345678").findings
                  if f.rule == "county.prefix"]
    assert "1391234" not in finding.excerpt and finding.excerpt.startswith("电话 139****")


def test_a_wide_context_never_pushes_the_finding_out() -> None:
    text = "x" * 300 + "机密★1年" + "y" * 300
    got = excerpt(text, 300, 305, context=200, limit=80)
    assert "机密★1年" in got and len(got) <= 80 and set(got.replace("机密★1年", "").strip("…")) == {"*"}
    assert got.startswith("…") and got.endswith("…")  # cut on both sides, and it says so


def test_a_long_finding_is_cut_to_the_limit_after_masking() -> None:
    text = "\n".join([ID] * 10)
    got = excerpt(text, 0, len(text), context=12, limit=40)
    assert len(got) == 40 and got.endswith("…") and ID not in got and "0519491231" not in got
