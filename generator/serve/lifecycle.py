"""Provisioning lifecycles in motion. The spec's model (`apimodel.Lifecycle`) says which states
a resource has; this module keeps what only a server has: the modes that drive them,
`immediate` (born ready, gone on delete), `time:N` (one state every N seconds) and `manual`
(one state per call to the admin endpoint), as moto's state transitions do; the clock
(`due_steps`); and GONE, the step that takes a record out of the store."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from generator import apimodel
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


class LifecycleDriver:
    """Drives one resource's lifecycle (`apimodel.Lifecycle`, as the spec declares it) under a
    `Mode`: the state a create, an update, a delete and each tick of the clock lead to.

    The model says which states there are; the path through them is the reference server's
    choice, documented in docs/serve.md: a new resource starts in `initial` and walks the
    transitional states listed after it and before the FIRST ready state, then rests in that
    ready state; an update of a ready resource passes through the updating state and comes back
    to the first ready state; a delete passes through `deleting` (if any) to `deleted` (if any)
    or out of the store. Failed states, and states the server does not drive, are at rest: only
    the admin endpoint moves a resource out of them."""

    __slots__ = ("creating", "model", "ready")

    def __init__(self, model: apimodel.Lifecycle) -> None:
        self.model = model
        # Where creation and updates come to rest: the first ready state.
        self.ready = model.ready[0]
        # The creation path: `initial`, then the transitional states listed after it and
        # before the first ready one (CKS' UPDATING or UPGRADING come after RUNNING, so are not
        # on it); empty when `initial` is itself a ready state.
        creating: list[str] = []
        if not model.is_ready(model.initial):
            creating.append(model.initial)
            states = model.states
            if model.initial in states and self.ready in states:
                for state in states[states.index(model.initial) + 1 : states.index(self.ready)]:
                    if state in model.transitional and state != model.deleting:
                        creating.append(state)
        self.creating: tuple[str, ...] = tuple(creating)

    def state(self, doc: dict[str, Any]) -> str | None:
        value = get(doc, self.model.field)
        return value if isinstance(value, str) else None

    def set_state(self, doc: dict[str, Any], state: str) -> None:
        put(doc, self.model.field, state)

    def is_ready(self, state: str | None) -> bool:
        return self.model.is_ready(state)

    def born(self, mode: Mode) -> str:
        """The state a new resource starts in: `initial`, or at once the ready state it would
        reach (immediate mode, or an `initial` that is itself ready)."""
        if not self.creating:
            return self.model.initial
        return self.ready if mode.kind == "immediate" else self.creating[0]

    def on_delete(self, mode: Mode) -> str:
        """Where a delete takes a resource: its deleting state, its kept deleted state, or
        GONE."""
        if self.model.deleting and mode.kind != "immediate":
            return self.model.deleting
        return self.model.deleted or GONE

    def watched(self, doc: dict[str, Any]) -> tuple[Any, ...]:
        """The values of the fields whose change picks the update state, before an update."""
        updating = self.model.updating
        return () if updating is None else tuple(get(doc, f) for f, _ in updating.changes)

    def on_update(
        self, mode: Mode, state: str | None, before: tuple[Any, ...], doc: dict[str, Any]
    ) -> str | None:
        """Where an update takes a resource that was in `state`: the state of the first
        watched field it changed, else the updating state; None (it stays) when it was not at
        rest in a ready state, when the spec names no updating state, or in immediate mode."""
        updating = self.model.updating
        if updating is None or mode.kind == "immediate" or not self.model.is_ready(state):
            return None
        for (pointer, target), old in zip(updating.changes, before, strict=True):
            if get(doc, pointer) != old:
                return target
        return updating.state

    def next(self, state: str | None) -> str | None:
        """The state after `state` when the clock (or the admin endpoint) moves it on; None
        when it is at rest (ready, failed, deleted, or a state this server does not drive)."""
        if state is None:
            return None
        if state in self.creating:
            index = self.creating.index(state)
            return self.creating[index + 1] if index + 1 < len(self.creating) else self.ready
        if state == self.model.deleting:
            return self.model.deleted or GONE
        updating = self.model.updating
        if updating is not None and (
            state == updating.state or any(state == t for _, t in updating.changes)
        ):
            return self.ready
        return None

    def is_inactive(self, state: str | None) -> bool:
        return state is not None and state == self.model.deleted

    def is_transitional(self, state: str | None) -> bool:
        return self.next(state) is not None


def due_steps(mode: Mode, since: float, now: float) -> int:
    """How many states a timed resource has moved on since it entered its current one."""
    if mode.kind != "time" or now <= since:
        return 0
    return int((now - since) // mode.seconds)
