"""Imports run one way: ui -> services -> domain/store. A test, not a convention."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "omigjen_pos"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the file's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                names.add(".".join((*parts, node.module or "")).rstrip("."))
            elif node.module:
                names.add(node.module)
    return names


def modules_in(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["domain", "store", "services", "printing"])
def test_lower_layers_never_import_qt(layer):
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules_in(layer)
        if any(name.split(".")[0] == "PySide6" for name in imported_modules(path))
    ]
    assert offenders == []


def test_ui_never_imports_the_store():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules_in("ui")
        if any(name.startswith("omigjen_pos.store") for name in imported_modules(path))
    ]
    assert offenders == []


def test_domain_imports_only_the_standard_library_and_itself():
    import sys

    allowed = set(sys.stdlib_module_names) | {"omigjen_pos", "__future__"}
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules_in("domain")
        for name in imported_modules(path)
        if name.split(".")[0] not in allowed
    }
    assert offenders == set()


def test_the_scanner_sees_a_forbidden_import(tmp_path):
    # Guards the guard: a file importing PySide6 must be reported.
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    assert imported_modules(probe) == {"os", "PySide6.QtCore"}
