"""Walk two specs side by side and classify what differs."""

from __future__ import annotations

from pathlib import Path

from generator.diff.model import Report


def diff_specs(old: str | Path, new: str | Path) -> Report:
    """Every change from the spec at `old` to the one at `new`. Raises SpecError when either
    cannot be read."""
    raise NotImplementedError
