"""The package list in pyproject.toml names every package, so a plain (non-editable) install works."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for top in ("guard", "ui") for p in (ROOT / top).rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
    mapped = config["package-dir"]["guard.resources"]
    data = {"guard.resources." + ".".join(d.relative_to(ROOT / mapped).parts)
            for d in (ROOT / mapped).rglob("*") if d.is_dir()}
    assert data <= listed, sorted(data - listed)
