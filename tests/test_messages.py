"""Chinese first: the product speaks Chinese unless the system says another language (or CLIPGUARD_LANG)."""

import pytest

from guard.messages import CATALOGUE, language, t


@pytest.mark.parametrize(("lang", "expected"), [("zh_CN.UTF-8", "zh"), ("", "zh"), ("C.UTF-8", "zh"), ("C", "zh"),
                                                ("POSIX", "zh"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")])
def test_language_follows_the_system(monkeypatch: pytest.MonkeyPatch, lang: str, expected: str) -> None:
    for var in ("CLIPGUARD_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert language() == expected


def test_forced_language_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    assert t("verdict.block") == "block"


def test_every_message_has_both_languages() -> None:
    assert all(zh and en for zh, en in CATALOGUE.values())


def test_every_ui_message_has_both_languages() -> None:
    from ui.text import UI

    assert all(zh and en for zh, en in UI.values())


def test_every_choice_the_app_records_has_a_label() -> None:
    """The events window and `clipguard log` show these words; a choice without one shows its English name."""
    import re
    from pathlib import Path

    from guard.messages import CATALOGUE

    root = Path(__file__).resolve().parent.parent
    code = "\n".join(p.read_text(encoding="utf-8") for p in [*root.glob("ui/*.py"), *root.glob("guard/**/*.py")])
    recorded = set(re.findall(r'AuditRecord\(\s*"[a-z-]+",\s*"([a-z_]+)"', code))
    recorded |= set(re.findall(r'AuditRecord\([^)]*?"([a-z_]+)" if', code))
    assert {"alerted", "notified", "paused"} <= recorded
    assert sorted(c for c in recorded if f"choice.{c}" not in CATALOGUE) == []
