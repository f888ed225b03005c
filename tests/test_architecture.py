"""The engine stands alone: nothing under guard/ imports Qt (the CLI is the proof it works without it)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def test_guard_never_imports_qt_or_ui() -> None:
    offenders = []
    for path in (ROOT / "guard").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert not offenders


def test_scanning_loads_no_qt_module() -> None:
    code = ("import sys, guard.cli; guard.cli.main(['scan', '-']); "
            "print([m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))])")
    out = subprocess.run([sys.executable, "-c", code], input="机密★1年\n", capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]"
