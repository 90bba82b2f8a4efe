"""The import rules of DESIGN.md, checked on the source (every module, every import line)."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "desktop"

# layer → the desktop.* layers it may import (besides itself); one way only.
ALLOWED = {
    "domain": set(),
    "io": {"domain"},
    "sandbox": {"domain"},
    "store": {"domain"},
    "erp": {"domain"},
    "sync": {"domain", "erp", "store", "sandbox", "io"},
    "tutorial": {"domain", "store", "sync", "erp", "sandbox", "io"},
    "workers": {"domain", "store", "sync", "erp", "sandbox", "io", "tutorial"},
    "ui": {"domain", "store", "sync", "sandbox", "io", "tutorial", "workers"},
    "app": {"domain", "store", "sync", "erp", "sandbox", "io", "tutorial", "workers", "ui"},
    "cli": {"domain", "store", "sync", "erp", "sandbox", "io", "tutorial", "workers", "app"},
}
BASE_MODULES = {"logsetup", "paths", "__init__"}  # stdlib-only helpers every layer may use
QT_LAYERS = {"ui", "workers", "app"}


def _layer(path: Path, pkg: Path = PKG) -> str:
    rel = path.relative_to(pkg)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


class _Collector(ast.NodeVisitor):
    """Collects (module name, inside a function?) for every import of one file."""

    def __init__(self, path: Path, pkg: Path = PKG) -> None:
        self.path = path
        self.pkg = pkg
        self.depth = 0
        self.found: list[tuple[str, bool]] = []

    def _func(self, node) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = _func

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self.found.append((a.name, self.depth > 0))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        lazy = self.depth > 0
        if not node.level:
            self.found.append((node.module or "", lazy))
            return
        pkg = ".".join(self.path.relative_to(self.pkg.parent).with_suffix("").parts[:-node.level])
        if node.module:
            self.found.append((f"{pkg}.{node.module}", lazy))
        else:
            self.found.extend((f"{pkg}.{a.name}", lazy) for a in node.names)


def _imports(path: Path, pkg: Path = PKG):
    c = _Collector(path, pkg)
    c.visit(ast.parse(path.read_text(encoding="utf-8")))
    return c.found


def _violations(pkg: Path = PKG):
    out = []
    for path in pkg.rglob("*.py"):
        layer = _layer(path, pkg)
        if layer in BASE_MODULES:
            continue
        for name, lazy in _imports(path, pkg):
            top = name.split(".")[0]
            if top in ("PySide6", "shiboken6"):
                if layer not in QT_LAYERS and not (layer == "cli" and lazy):
                    out.append(f"{path}: Qt in {layer}")
            elif top in ("sqlalchemy", "alembic"):
                if layer != "store":
                    out.append(f"{path}: SQLAlchemy/Alembic outside store ({name})")
            elif top == "requests" or top == "urllib3":
                if layer not in ("erp",):
                    out.append(f"{path}: {top} outside erp")
            elif top == "desktop":
                parts = name.split(".")
                if len(parts) < 2:
                    continue
                target = parts[1]
                if target in BASE_MODULES or target == layer or target not in ALLOWED:
                    continue  # a base helper, itself, or a package attribute (__version__)
                if target not in ALLOWED.get(layer, set()):
                    out.append(f"{path}: {layer} imports {target}")
                if layer == "cli" and target in ("app", "ui") and not lazy:
                    out.append(f"{path}: cli imports {target} at module level")
    return out


def test_layers_import_one_way():
    assert _violations() == []


def test_the_checker_catches_a_violation(tmp_path):
    """The rule is real: imports planted in a copy of the domain layer are reported."""
    pkg = tmp_path / "desktop"
    (pkg / "domain").mkdir(parents=True)
    (pkg / "ui").mkdir()
    (pkg / "domain" / "planted.py").write_text(
        "from PySide6.QtCore import QObject\nimport sqlalchemy\nfrom ..ui import main_window\n")
    (pkg / "ui" / "fine.py").write_text("from PySide6.QtCore import QObject\n"
                                        "from ..domain import planted\n")
    (pkg / "ui" / "leaky.py").write_text("import requests\n")
    found = _violations(pkg)
    assert len(found) == 4, found
    assert all("planted" in v or "leaky" in v for v in found)
