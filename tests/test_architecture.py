"""The import rules of ARCHITECTURE.md, checked on the source: the arrows stay one-way, and the
x- vocabulary has one reader (generator.apimodel)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "generator"

# module -> the generator modules it may import (besides itself, generator.errors and the
# package root, which holds only the version). The order of the data flow: spec, apimodel,
# then lint/validate/diff, then codegen/serve/fuzz, then build.
ALLOWED: dict[str, set[str]] = {
    "spec": set(),
    "apimodel": {"spec"},
    "lint": {"spec", "apimodel"},
    "validate": {"spec", "apimodel"},
    "diff": {"spec", "apimodel"},
    "codegen": {"spec", "apimodel", "lint", "validate", "diff"},
    "serve": {"spec", "apimodel", "lint", "validate", "diff"},
    # fuzz takes a base URL or an ASGI app: it never imports serve.
    "fuzz": {"spec", "apimodel", "lint", "validate", "diff"},
    "build": {"spec", "apimodel", "codegen", "diff"},
}
TOP_LEVEL = {"errors", "cli", "__main__", "__init__"}
# A string that names an extension of ours (`x-resources`, `x-idempotency`...). The bare
# prefix "x-" (how OpenAPI marks any extension) is not one.
EXTENSION_KEY = re.compile(r"^x-[a-z]")


def _module_of(path: Path) -> str:
    """`generator.serve.apis.cks` for generator/serve/apis/cks.py (a package: its name)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """The top-level generator modules (`spec`, `serve`...) a source imports, by any form:
    `import generator.x`, `from generator.x import y`, `from generator import x` and relative
    imports. The package root itself counts as "__init__"."""
    names: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                stem = ".".join([*base, *([node.module] if node.module else [])])
            else:
                stem = node.module or ""
            names |= {f"{stem}.{alias.name}" for alias in node.names}
    found = set()
    for name in names:
        parts = name.split(".")
        if parts[0] != "generator":
            continue
        if len(parts) == 1:
            found.add("__init__")
        elif parts[1] in ALLOWED or parts[1] in TOP_LEVEL:
            found.add(parts[1])
        else:
            found.add("__init__")  # a name the package root defines (`__version__`)
    return found


def extension_keys(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string in code (docstrings aside) that names an x- extension."""
    tree = ast.parse(source)
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and EXTENSION_KEY.match(node.value)
    ]


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "bundled" not in p.parts)


def _owner(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_arrows(path: Path) -> None:
    owner = _owner(path)
    used = imported_modules(
        path.read_text(encoding="utf-8"), _module_of(path), path.name == "__init__.py"
    )
    if owner in ("cli", "__main__"):
        return  # the command line imports everything
    if owner in ("__init__", "errors"):
        assert used <= {"__init__"}, f"{owner} may import nothing of ours: {used}"
        return
    used -= {owner, "errors", "__init__"}
    assert owner in ALLOWED, f"{owner} is a module the import rules do not name"
    assert used <= ALLOWED[owner], f"{owner} may not import {sorted(used - ALLOWED[owner])}"


def test_nothing_imports_the_cli() -> None:
    for path in _modules():
        if path.name not in ("cli.py", "__main__.py"):
            used = imported_modules(path.read_text(encoding="utf-8"), _module_of(path))
            assert "cli" not in used, path


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_apimodel_reads_the_vocabulary(path: Path) -> None:
    if _owner(path) == "apimodel":
        return
    found = extension_keys(path.read_text(encoding="utf-8"))
    assert not found, f"x- keys read outside generator.apimodel: {found}"


# --- the checks themselves can fail -----------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("import generator.serve.app", "generator.fuzz.run", {"serve"}),
        ("from generator.serve import app", "generator.fuzz.run", {"serve"}),
        ("from generator import serve", "generator.fuzz.run", {"serve"}),
        ("from generator import __version__", "generator.cli", {"__init__"}),
        ("from .. import serve", "generator.fuzz.run", {"serve"}),
        ("from ..serve.app import ReferenceApp", "generator.fuzz.run", {"serve"}),
        ("from . import checks", "generator.fuzz.run", {"fuzz"}),
        ("from .checks import x", "generator.fuzz", {"fuzz"}),
        ("import json\nfrom pathlib import Path", "generator.fuzz.run", set()),
    ],
)
def test_every_import_form_is_seen(source: str, module: str, expected: set[str]) -> None:
    is_package = module == "generator.fuzz"
    assert imported_modules(source, module, is_package) == expected


def test_an_extension_key_outside_apimodel_is_caught() -> None:
    source = (
        '"""Reads x-pagination in a docstring: fine."""\n'
        'paging = operation.node.get("x-pagination")\n'
        'skip = key.startswith("x-")\n'
        'label = f"x-idempotency of {name}"\n'
    )
    assert [line for line, _ in extension_keys(source)] == [2, 4]
