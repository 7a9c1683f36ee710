"""Specs by name: the commands take a spec file, or the name of one of the project's own."""

from __future__ import annotations

from pathlib import Path

from generator.errors import UsageError

SPECS = Path(__file__).resolve().parents[2] / "specs"


def spec_path(name: str | Path) -> Path:
    """A spec by path, or one of ours by API name (`kupe` is specs/kupe.yaml)."""
    path = Path(name)
    if path.suffix in (".yaml", ".yml", ".json") or path.exists():
        return path
    candidate = SPECS / f"{name}.yaml"
    if not candidate.exists():
        known = ", ".join(sorted(p.stem for p in SPECS.glob("*.yaml")))
        raise UsageError(f"no spec named {str(name)!r}; known: {known}")
    return candidate
