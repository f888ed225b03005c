"""Layer contracts: detection stands alone, the engine never needs Qt, lower layers never reach upwards.
One table (layer -> forbidden imports) and one AST walker that resolves relative imports and sees imports
inside functions, so `from ..policy import x` in a helper cannot slip a cycle back in."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")
UPPER = ("guard.sources", "guard.audit", "guard.cli")

# a module in the layer (the package or any module under it) must not import these (or anything under them)
LAYERS: dict[str, tuple[str, ...]] = {
    "guard": ("ui", *QT),
    "guard.detect": ("guard.policy", "guard.files", "guard.extract", "guard.ocr", *UPPER, "ui", *QT),
    "guard.extract": UPPER,
    "guard.policy": (*UPPER, "ui"),
}


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def imported_names(source: str, module: str, is_package: bool = False) -> list[tuple[int, list[str]]]:
    """(line, dotted names) of every import statement anywhere in the source, relative ones resolved against
    the module's package. `from X import y` names X and X.y, since y may be a submodule (`from guard import
    policy`)."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    out: list[tuple[int, list[str]]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, [a.name]) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:max(0, len(package) - node.level + 1)] if node.level else []
            full = ".".join(base + ([node.module] if node.module else []))
            subs = [f"{full}.{a.name}" if full else a.name for a in node.names if a.name != "*"]
            out.append((node.lineno, ([full] if full else []) + subs))
    return sorted(out, key=lambda item: item[0])


def violations(source: str, module: str, is_package: bool = False, where: str = "") -> list[str]:
    """Each import statement of `module` that a layer containing it forbids, once, under the most specific
    such layer: `where:line: imports X (layer must not import P)`."""
    where = where or module
    layers = sorted((la for la in LAYERS if _under(module, la)), key=len, reverse=True)
    found = []
    for line, names in imported_names(source, module, is_package):
        hits = [(name, layer, p) for layer in layers for name in names for p in LAYERS[layer] if _under(name, p)]
        if hits:
            name, layer, prefix = hits[0]
            found.append(f"{where}:{line}: imports {name} ({layer} must not import {prefix})")
    return found


def _module_of(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def test_the_tree_keeps_every_layer_contract() -> None:
    found = []
    for path in sorted((ROOT / "guard").rglob("*.py")):
        module, is_package = _module_of(path)
        found += violations(path.read_text(encoding="utf-8"), module, is_package, str(path.relative_to(ROOT)))
    assert not found, "layer contracts broken:\n" + "\n".join(found)


def test_every_name_in_the_table_exists() -> None:
    """A typo in the table would make its contract check nothing."""
    for name in [*LAYERS, *(p for f in LAYERS.values() for p in f if p.startswith("guard"))]:
        path = ROOT.joinpath(*name.split("."))
        assert path.is_dir() or path.with_suffix(".py").is_file(), name


def _relative(target: str, package: str) -> str:
    """`from <dots><rest> import x` spelling of `target` as seen from `package`."""
    pkg, tgt = package.split("."), target.split(".")
    common = next((i for i, (a, b) in enumerate(zip(pkg, tgt, strict=False)) if a != b), min(len(pkg), len(tgt)))
    return "." * (len(pkg) - common + 1) + ".".join(tgt[common:])


CASES = [(layer, p) for layer, forbidden in LAYERS.items() for p in forbidden]


@pytest.mark.parametrize(("layer", "target"), CASES, ids=[f"{la}-{t}" for la, t in CASES])
def test_each_contract_can_fail(layer: str, target: str) -> None:
    """Every row of the table reports an absolute import, one inside a function and, for guard modules, a
    relative one, in a synthetic module of the layer."""
    module = f"{layer}.probe"
    assert violations(f"import {target}\n", module) == [
        f"{module}:1: imports {target} ({layer} must not import {target})"]
    inner = f"def f():\n    from {target} import thing\n    return thing\n"
    assert any(v.startswith(f"{module}:2: imports {target}") for v in violations(inner, module))
    if target.startswith("guard."):
        rel = _relative(target, layer)
        found = violations(f"x = 1\nfrom {rel} import thing\n", module)
        assert any(v.startswith(f"{module}:2: imports {target}") for v in found), (rel, found)


def test_relative_forms_are_resolved() -> None:
    src = ("from __future__ import annotations\n"
           "from .base import Recognizer\n"  # guard.detect.base: allowed
           "from ..model import Finding\n"  # guard.model: allowed
           "from .. import policy\n"  # guard.policy
           "def late():\n"
           "    from ..policy.schema import Policy\n"
           "    return Policy\n")
    assert violations(src, "guard.detect.probe") == [
        "guard.detect.probe:4: imports guard.policy (guard.detect must not import guard.policy)",
        "guard.detect.probe:6: imports guard.policy.schema (guard.detect must not import guard.policy)"]
    # in a package's __init__, `.` is the package itself
    assert violations("from .. import audit\n", "guard.extract", is_package=True) == [
        "guard.extract:1: imports guard.audit (guard.extract must not import guard.audit)"]
    assert violations("from . import schema\nfrom guard.detect import base\n", "guard.policy", True) == []


def test_prefixes_match_whole_names() -> None:
    assert violations("import guard.files_index\nimport uikit\n", "guard.detect.probe") == []
    assert violations("from guard.audit import files\nimport PySide6.QtGui\n", "guard.detect.probe") == [
        "guard.detect.probe:1: imports guard.audit (guard.detect must not import guard.audit)",
        "guard.detect.probe:2: imports PySide6.QtGui (guard.detect must not import PySide6)"]


def test_scanning_loads_no_qt_module() -> None:
    code = ("import sys, guard.cli; guard.cli.main(['scan', '-']); "
            "print([m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))])")
    out = subprocess.run([sys.executable, "-c", code], input="机密★1年\n", capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]"
