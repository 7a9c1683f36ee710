"""The golden test's spec and its committed expected tree, and the one command that refreshes
the tree after a deliberate change: `.venv/bin/python -m tests.codegen.golden`."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.codegen import generate_one
from generator.codegen.tree import STAMP

HERE = Path(__file__).resolve().parent / "golden"
SPEC = HERE / "widgets.yaml"
EXPECTED = HERE / "expected"
REFRESH = ".venv/bin/python -m tests.codegen.golden"


def render(into: Path) -> Path:
    """Generate the golden spec into `into`; the tree without its stamp (which hashes the
    generator's own code and would change with every edit)."""
    generate_one(SPEC, into, force=True)
    tree = into / SPEC.stem
    (tree / STAMP).unlink()
    return tree


def refresh() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tree = render(Path(tmp))
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(tree, EXPECTED / SPEC.stem)


if __name__ == "__main__":
    refresh()
    print(f"refreshed {EXPECTED.relative_to(Path.cwd())}")
