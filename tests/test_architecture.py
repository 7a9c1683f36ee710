"""The import rules of ARCHITECTURE.md, checked on the source: the arrows stay one-way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "generator"

# module -> the generator modules it may import (besides itself and generator.errors)
ALLOWED = {
    "spec": set(),
    "apimodel": {"spec"},
    "lint": {"spec", "apimodel"},
    "validate": {"spec", "apimodel"},
    "diff": {"spec", "apimodel"},
    "codegen": {"spec", "apimodel", "lint", "validate"},
    "serve": {"spec", "apimodel", "validate"},
    "fuzz": {"spec", "apimodel", "validate"},
    "build": {"spec", "apimodel", "codegen"},
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {n.split(".")[1] for n in names if n.startswith("generator.") and "." in n}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE or p.stem in ALLOWED)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_arrows(path: Path) -> None:
    owner = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    used = _imports(path) - {owner, "errors"}
    assert used <= ALLOWED[owner], f"{owner} may not import {sorted(used - ALLOWED[owner])}"


def test_nothing_imports_the_cli() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name not in ("cli.py", "__main__.py"):
            assert "cli" not in _imports(path), path
