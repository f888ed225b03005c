"""Test files are made by the real libraries at test time (no binary fixtures in the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def english_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes from the message catalogue in English, so tests can match their words."""
    monkeypatch.setenv("CLIPGUARD_LANG", "en")


FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"))


def cjk_font() -> Path | None:
    """A font with hanzi: Noto CJK (a .ttc) on Linux test machines."""
    for folder in FONT_DIRS:
        if folder.is_dir():
            for pattern in ("NotoSansCJK-Regular.ttc", "NotoSerifCJK-Regular.ttc", "*CJK*.tt[cf]", "*CJK*.otf"):
                found = sorted(folder.rglob(pattern))
                if found:
                    return found[0]
    return None


@pytest.fixture(scope="session")
def cjk_font_path() -> Path:
    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (fonts-noto-cjk)")
    return font


@pytest.fixture(scope="session")
def cjk_ttf(cjk_font_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """fpdf2 needs a single-face .ttf/.otf: take the first face out of the .ttc with fontTools."""
    if cjk_font_path.suffix.lower() != ".ttc":
        return cjk_font_path
    ttlib = pytest.importorskip("fontTools.ttLib", reason="fontTools needed to take one face out of a .ttc")
    out = tmp_path_factory.mktemp("font") / "cjk.otf"
    font = ttlib.TTFont(cjk_font_path, fontNumber=0)
    font.save(out)
    return out
