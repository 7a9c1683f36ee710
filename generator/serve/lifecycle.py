"""Provisioning lifecycles, read from a resource's `x-resources` lifecycle, and the modes that
drive them: `immediate` (born ready, gone on delete), `time:N` (one state every N seconds) and
`manual` (one state per call to the admin endpoint), as moto's state transitions do."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from generator.errors import UsageError
from generator.serve.document import get, put

# The step after the last deleting state: the record leaves the store.
GONE = "\0gone"


@dataclass(frozen=True)
class Mode:
    kind: str  # immediate, time or manual
    seconds: float = 0.0

    @classmethod
    def parse(cls, text: str) -> Mode:
        if text in ("immediate", "manual"):
            return cls(text)
        if text.startswith("time:"):
            try:
                seconds = float(text[5:])
            except ValueError:
                seconds = -1.0
            if seconds > 0 and math.isfinite(seconds):
                return cls("time", seconds)
        raise UsageError(
            f"--lifecycle {text!r}: expected immediate, manual or time:SECONDS (SECONDS > 0)"
        )

    def __str__(self) -> str:
        return f"time:{self.seconds:g}" if self.kind == "time" else self.kind


@dataclass(frozen=True)
class Lifecycle:
    """The states one resource moves through, as the spec declares them."""

    field: str  # JSON pointer of the state in the resource
    states: tuple[str, ...]
    creating: tuple[str, ...]  # initial state, then the transitional ones up to ready
    ready: str
    deleting: str | None
    deleted: str | None  # a kept, inactive final state (listed only on request)
    updating: str | None = None  # where an update takes a ready resource
    changes: tuple[tuple[str, str], ...] = ()  # (field, state): an update changing that field

    @classmethod
    def from_extension(cls, ext: dict[str, Any] | None) -> Lifecycle | None:
        if not ext or not ext.get("ready"):
            return None
        states = tuple(ext.get("states") or ())
        ready = str(ext["ready"][0])
        initial = str(ext.get("initial") or ready)
        transitional = set(ext.get("transitional") or ())
        deleting = ext.get("deleting")
        creating = [initial]
        # The creation path: the transitional states listed after the initial one and before
        # the first ready state (CKS' UPDATING or UPGRADING come after RUNNING, so are not on it).
        if initial in states and ready in states:
            for state in states[states.index(initial) + 1 : states.index(ready)]:
                if state in transitional and state != deleting:
                    creating.append(state)
        updating = ext.get("updating") or {}
        return cls(
            field=str(ext["field"]),
            states=states,
            creating=tuple(creating) if initial != ready else (),
            ready=ready,
            deleting=deleting,
            deleted=ext.get("deleted"),
            updating=updating.get("state"),
            changes=tuple((updating.get("changes") or {}).items()),
        )

    def state(self, doc: dict[str, Any]) -> str | None:
        value = get(doc, self.field)
        return value if isinstance(value, str) else None

    def set_state(self, doc: dict[str, Any], state: str) -> None:
        put(doc, self.field, state)

    def born(self, mode: Mode) -> str:
        """The state a new resource starts in."""
        if mode.kind == "immediate" or not self.creating:
            return self.ready
        return self.creating[0]

    def on_delete(self, mode: Mode) -> str:
        """Where a delete takes a resource: its deleting state, its kept deleted state, or
        GONE."""
        if self.deleting and mode.kind != "immediate":
            return self.deleting
        return self.deleted or GONE

    def watched(self, doc: dict[str, Any]) -> tuple[Any, ...]:
        """The values of the fields whose change picks the update state, before an update."""
        return tuple(get(doc, field) for field, _ in self.changes)

    def on_update(
        self, mode: Mode, state: str | None, before: tuple[Any, ...], doc: dict[str, Any]
    ) -> str | None:
        """Where an update takes a resource that was in `state`: the state of the first
        watched field it changed, else the updating state; None (it stays) when it was not at
        rest in its ready state, when the spec names no updating state, or in immediate mode."""
        if self.updating is None or mode.kind == "immediate" or state != self.ready:
            return None
        for (field, target), old in zip(self.changes, before, strict=True):
            if get(doc, field) != old:
                return target
        return self.updating

    def next(self, state: str | None) -> str | None:
        """The state after `state` when the clock (or the admin endpoint) moves it on; None
        when it is at rest (ready, failed, deleted, or a state this server does not drive)."""
        if state in self.creating:
            index = self.creating.index(state)
            return self.creating[index + 1] if index + 1 < len(self.creating) else self.ready
        if state is not None and state == self.deleting:
            return self.deleted or GONE
        if state is not None and (
            state == self.updating or any(state == t for _, t in self.changes)
        ):
            return self.ready
        return None

    def is_inactive(self, state: str | None) -> bool:
        return state is not None and state == self.deleted

    def is_transitional(self, state: str | None) -> bool:
        return self.next(state) is not None


def due_steps(mode: Mode, since: float, now: float) -> int:
    """How many states a timed resource has moved on since it entered its current one."""
    if mode.kind != "time" or now <= since:
        return 0
    return int((now - since) // mode.seconds)
