"""What every comparison shares: the two specs, where things are in them, and the list the
changes go into."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.diff.model import Change, Place
from generator.diff.rules import RULES
from generator.spec import Spec
from generator.spec import pointer as jp


@dataclass(frozen=True)
class Loc:
    """A place in one of the two specs: a file and a JSON pointer into it."""

    path: Path
    pointer: str

    def child(self, *tokens: str | int) -> Loc:
        return Loc(self.path, jp.join(self.pointer, *tokens))


@dataclass
class Changes:
    """Collects changes, turning locations into file, line and pointer once, as they come."""

    old: Spec
    new: Spec
    found: list[Change] = field(default_factory=list)

    def root(self, side: str, pointer: str = "") -> Loc:
        return Loc((self.old if side == "old" else self.new).path, pointer)

    def emit(
        self,
        rule: str,
        message: str,
        *,
        operation: str | None,
        old: Loc | None = None,
        new: Loc | None = None,
    ) -> None:
        spec_rule = RULES[rule]  # an unregistered id is a bug: fail loudly
        self.found.append(
            Change(
                rule=rule,
                level=spec_rule.level,
                message=message,
                operation=operation,
                old=None if old is None else _place(self.old, old),
                new=None if new is None else _place(self.new, new),
                addition=spec_rule.addition,
            )
        )


def _place(spec: Spec, loc: Loc) -> Place:
    if loc.path not in spec.documents:
        spec.at("", loc.path)  # read the file, so that its lines are known
    return Place(spec.display(loc.path), spec.line(loc.pointer, loc.path), loc.pointer)
