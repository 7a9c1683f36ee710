"""Specs by name: the commands take a spec file, or the name of one of the specs bundled with
the tool (`kupe` is its kupe.yaml), which the installed package carries as package data."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from generator.errors import UsageError

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def bundled() -> Path:
    """The folder of the bundled specs (`generator/bundled`, the project's specs/)."""
    return Path(str(importlib.resources.files("generator") / "bundled"))


def bundled_names() -> list[str]:
    """The names the bundled specs answer to: `kupe`, `history/coreweave-cks-v1beta1-r1`."""
    root = bundled()
    return sorted(
        p.relative_to(root).with_suffix("").as_posix()
        for p in root.rglob("*")
        if p.suffix in SPEC_SUFFIXES
    )


def spec_path(name: str | Path) -> Path:
    """A spec by path (any file that exists, or any name with a spec suffix), or a bundled one
    by API name."""
    path = Path(name)
    if path.suffix in SPEC_SUFFIXES or path.exists():
        return path
    candidate = bundled() / f"{name}.yaml"
    if str(name) not in bundled_names() or not candidate.is_file():
        known = ", ".join(n for n in bundled_names() if "/" not in n)
        raise UsageError(f"no spec file or bundled spec named {str(name)!r}; bundled: {known}")
    return candidate
