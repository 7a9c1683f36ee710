"""What `diff` reports: changes between two versions of a spec, each with its rule, level and
place in both files, and the report that holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

Bump = Literal["major", "minor", "patch"]


class Level(StrEnum):
    """oasdiff's three levels: ERR (breaking), WARN (possibly breaking) and INFO."""

    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {Level.INFO: 0, Level.WARNING: 1, Level.BREAKING: 2}[self]


@dataclass(frozen=True, order=True)
class Place:
    """Where a changed element sits in one of the two specs."""

    file: str
    line: int
    pointer: str

    def render(self) -> str:
        return f"{self.file}:{self.line} {self.pointer or '/'}"


@dataclass(frozen=True)
class Change:
    """One classified change. `old` is absent for an addition, `new` for a removal."""

    rule: str
    level: Level
    message: str
    operation: str | None  # "POST /v1/clusters"; None for a change outside any operation
    old: Place | None
    new: Place | None
    # The change adds something a client may start to use (a minor bump, not a patch).
    addition: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.rule,
            "level": self.level.value,
            "operation": self.operation,
            "message": self.message,
            "old": None if self.old is None else vars(self.old).copy(),
            "new": None if self.new is None else vars(self.new).copy(),
        }


@dataclass(frozen=True)
class Report:
    """Every change between `old` and `new`, breaking first, then by operation and place."""

    old: str  # the specs as displayed
    new: str
    changes: tuple[Change, ...]
    # The two documents differ in bytes (a description, an example) even where no rule fires.
    edited: bool = field(default=False)

    def at_least(self, level: Level) -> list[Change]:
        return [c for c in self.changes if c.level.rank >= level.rank]

    @property
    def bump(self) -> Bump | None:
        """The semver part a release of a package generated from `new` moves: major for a
        breaking change, minor for a possibly breaking one or an addition, patch for any other
        edit, None when the two specs are the same."""
        if any(c.level is Level.BREAKING for c in self.changes):
            return "major"
        if any(c.level is Level.WARNING or c.addition for c in self.changes):
            return "minor"
        if self.changes or self.edited:
            return "patch"
        return None
