"""Changes no generic diff sees, read from the typed semantics of both specs
(`generator.apimodel`): resources, lifecycles, preconditions, idempotency keys, immutable fields
and role requirements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from generator.apimodel import Api, Lifecycle, Operation, Resource
from generator.diff.context import Changes, Loc
from generator.diff.operations import by_route, title
from generator.spec import pointer as jp


def compare_semantics(changes: Changes, old: Api, new: Api) -> None:
    for name in sorted(old.resources.keys() - new.resources.keys()):
        changes.emit(
            "resource-removed",
            f"resource `{name}` is no longer declared",
            operation=None,
            old=changes.root("old", old.resources[name].pointer),
        )
    for name in sorted(new.resources.keys() - old.resources.keys()):
        changes.emit(
            "resource-added",
            f"resource `{name}` is declared",
            operation=None,
            new=changes.root("new", new.resources[name].pointer),
        )
    for name in sorted(old.resources.keys() & new.resources.keys()):
        _resource(changes, old.resources[name], new.resources[name])
    _operations(changes, old, new)


def _resource(changes: Changes, old: Resource, new: Resource) -> None:
    spot = {
        "old": changes.root("old", old.pointer),
        "new": changes.root("new", new.pointer),
    }
    if old.identifier.property != new.identifier.property:
        changes.emit(
            "resource-identifier-changed",
            f"resource `{new.name}` is identified by {new.identifier.property!r}, "
            f"not {old.identifier.property!r}",
            operation=None,
            **spot,
        )
    _lifecycle(changes, new.name, old, new)
    _concurrency(changes, old, new)
    for field in sorted(set(new.immutable) - set(old.immutable)):
        changes.emit(
            "field-became-immutable",
            f"`{new.name}` field {field!r} can no longer be changed after creation",
            operation=None,
            **spot,
        )
    for field in sorted(set(old.immutable) - set(new.immutable)):
        changes.emit(
            "field-became-mutable",
            f"`{new.name}` field {field!r} can now be changed after creation",
            operation=None,
            **spot,
        )


def _lifecycle(changes: Changes, name: str, old: Resource, new: Resource) -> None:
    was, now = old.lifecycle, new.lifecycle
    old_at = changes.root("old", jp.join(old.pointer, "lifecycle"))
    new_at = changes.root("new", jp.join(new.pointer, "lifecycle"))
    if was is None and now is None:
        return
    if now is None:
        message = f"`{name}` no longer declares a lifecycle"
        changes.emit("lifecycle-removed", message, operation=None, old=old_at)
        return
    if was is None:
        message = f"`{name}` declares a lifecycle at {now.field!r}"
        changes.emit("lifecycle-added", message, operation=None, new=new_at)
        return
    spot = {"old": old_at, "new": new_at}
    if was.field != now.field:
        message = f"`{name}`'s state moved from {was.field!r} to {now.field!r}"
        changes.emit("lifecycle-field-changed", message, operation=None, **spot)
    for state in [s for s in was.states if s not in now.states]:
        message = f"`{name}` state {state!r} was removed"
        changes.emit("lifecycle-state-removed", message, operation=None, **spot)
    for state in [s for s in now.states if s not in was.states]:
        message = f"`{name}` state {state!r} was added"
        changes.emit("lifecycle-state-added", message, operation=None, **spot)
    common_before = [s for s in was.states if s in now.states]
    common_after = [s for s in now.states if s in was.states]
    if common_before != common_after:
        message = (
            f"`{name}` states went from {' -> '.join(common_before)} to {' -> '.join(common_after)}"
        )
        changes.emit("lifecycle-states-reordered", message, operation=None, **spot)
    _state_set(changes, name, "ready", was, now, spot)
    _state_set(changes, name, "failed", was, now, spot)
    if was.open and not now.open:
        message = f"`{name}`'s states are now the only ones it may show"
        changes.emit("lifecycle-became-closed", message, operation=None, **spot)


def _state_set(
    changes: Changes,
    name: str,
    which: str,
    was: Lifecycle,
    now: Lifecycle,
    spot: dict[str, Loc],
) -> None:
    before = set(was.ready if which == "ready" else was.failed)
    after = set(now.ready if which == "ready" else now.failed)
    if before != after:
        changes.emit(
            f"lifecycle-{which}-states-changed",
            f"`{name}`'s {which} states went from {sorted(before)} to {sorted(after)}",
            operation=None,
            old=spot["old"],
            new=spot["new"],
        )


def _concurrency(changes: Changes, old: Resource, new: Resource) -> None:
    was, now = old.concurrency, new.concurrency
    old_at = changes.root("old", jp.join(old.pointer, "concurrency"))
    new_at = changes.root("new", jp.join(new.pointer, "concurrency"))
    name = new.name
    if was is None and now is None:
        return
    if was is None:
        assert now is not None
        rule = "precondition-added-required" if now.precondition.required else "precondition-added"
        message = f"`{name}` updates take a {now.precondition.header} precondition"
        changes.emit(rule, message, operation=None, new=new_at)
        return
    if now is None:
        message = f"`{name}` no longer honours a {was.precondition.header} precondition"
        changes.emit("precondition-removed", message, operation=None, old=old_at)
        return
    spot = {"old": old_at, "new": new_at}
    if was.precondition.header.lower() != now.precondition.header.lower():
        message = (
            f"`{name}`'s precondition moved from {was.precondition.header} "
            f"to {now.precondition.header}"
        )
        changes.emit("precondition-header-changed", message, operation=None, **spot)
    if not was.precondition.required and now.precondition.required:
        message = f"`{name}`'s {now.precondition.header} became required"
        changes.emit("precondition-became-required", message, operation=None, **spot)
    elif was.precondition.required and not now.precondition.required:
        message = f"`{name}`'s {now.precondition.header} became optional"
        changes.emit("precondition-became-optional", message, operation=None, **spot)
    for key in sorted(set(now.precondition.operations) - set(was.precondition.operations)):
        rule = "precondition-added-required" if now.precondition.required else "precondition-added"
        message = f"{key} now takes `{name}`'s {now.precondition.header} precondition"
        changes.emit(rule, message, operation=None, **spot)
    for key in sorted(set(was.precondition.operations) - set(now.precondition.operations)):
        message = f"{key} no longer honours `{name}`'s {was.precondition.header} precondition"
        changes.emit("precondition-removed", message, operation=None, **spot)
    if was.mismatch != now.mismatch:
        message = (
            f"a stale `{name}` precondition was answered {was.mismatch.status} "
            f"{was.mismatch.code or ''}, now {now.mismatch.status} {now.mismatch.code or ''}"
        )
        changes.emit(
            "precondition-mismatch-changed", " ".join(message.split()), operation=None, **spot
        )
    if was.token != now.token:
        message = (
            f"`{name}`'s version was read from {_token(was.token)}, now from {_token(now.token)}"
        )
        changes.emit("concurrency-token-moved", message, operation=None, **spot)


def _token(token: object) -> str:
    header = getattr(token, "header", None)
    prop = getattr(token, "property", None)
    parts = [f"header {header}" if header else "", f"property {prop!r}" if prop else ""]
    return " and ".join(p for p in parts if p) or "nowhere"


def _operations(changes: Changes, old: Api, new: Api) -> None:
    before, after = by_route(old), by_route(new)
    for route in sorted(before.keys() & after.keys()):
        _idempotency(changes, before[route], after[route])
        _permissions(changes, before[route], after[route])
        _field_mask(changes, before[route], after[route])


class _Declared(Protocol):
    @property
    def pointer(self) -> str: ...  # where the extension object sits


T = TypeVar("T", bound=_Declared)


def _one_side(
    changes: Changes,
    operation: str,
    was: T | None,
    now: T | None,
    removed: tuple[str, Callable[[T], str]],
    added: tuple[str, Callable[[T], str]],
) -> bool:
    """Report an extension that only one of the two specs declares on an operation; True when
    there is nothing more to compare (neither or only one declares it)."""
    if was is not None and now is not None:
        return False
    if was is not None:
        rule, message = removed
        changes.emit(rule, message(was), operation=operation, old=changes.root("old", was.pointer))
    elif now is not None:
        rule, message = added
        changes.emit(rule, message(now), operation=operation, new=changes.root("new", now.pointer))
    return True


def _idempotency(changes: Changes, old: Operation, new: Operation) -> None:
    was, now = old.idempotency, new.idempotency
    name = title(new)
    if _one_side(
        changes,
        name,
        was,
        now,
        removed=(
            "idempotency-key-removed",
            lambda w: f"the {w.header} idempotency key is no longer honoured: retries may repeat",
        ),
        added=(
            "idempotency-key-added",
            lambda n: f"an idempotency key in {n.header} is now honoured",
        ),
    ):
        return
    assert was is not None
    assert now is not None
    spot = {"old": changes.root("old", was.pointer), "new": changes.root("new", now.pointer)}
    if was.header.lower() != now.header.lower():
        message = f"the idempotency key moved from {was.header} to {now.header}"
        changes.emit("idempotency-header-changed", message, operation=name, **spot)
    if was.replay != now.replay:
        message = f"a replayed key answered {was.replay!r}, now {now.replay!r}"
        changes.emit("idempotency-replay-changed", message, operation=name, **spot)


def _permissions(changes: Changes, old: Operation, new: Operation) -> None:
    was, now = old.permissions, new.permissions
    name = title(new)
    if _one_side(
        changes,
        name,
        was,
        now,
        removed=("permission-removed", lambda w: "no role is required any more"),
        added=(
            "permission-added",
            lambda n: f"a role is now required: one of {', '.join(n.any_of)}",
        ),
    ):
        return
    assert was is not None
    assert now is not None
    spot = {"old": changes.root("old", was.pointer), "new": changes.root("new", now.pointer)}
    for role in sorted(set(was.any_of) - set(now.any_of)):
        message = f"role {role!r} is no longer enough"
        changes.emit("permission-role-removed", message, operation=name, **spot)
    for role in sorted(set(now.any_of) - set(was.any_of)):
        message = f"role {role!r} is now enough"
        changes.emit("permission-role-added", message, operation=name, **spot)


def _field_mask(changes: Changes, old: Operation, new: Operation) -> None:
    was, now = old.field_mask, new.field_mask
    name = title(new)
    if _one_side(
        changes,
        name,
        was,
        now,
        removed=(
            "field-mask-removed",
            lambda w: f"the `{w.field}` field mask is no longer honoured",
        ),
        added=("field-mask-added", lambda n: f"a field mask in `{n.field}` is now honoured"),
    ):
        return
    assert was is not None
    assert now is not None
    spot = {"old": changes.root("old", was.pointer), "new": changes.root("new", now.pointer)}
    if was.field != now.field:
        message = f"the field mask moved from `{was.field}` to `{now.field}`"
        changes.emit("field-mask-field-changed", message, operation=name, **spot)
    if was.empty_means != now.empty_means:
        message = f"an empty field mask meant {was.empty_means}, now {now.empty_means}"
        changes.emit("field-mask-empty-changed", message, operation=name, **spot)
    for field in sorted(set(now.always_required) - set(was.always_required)):
        message = f"`{field}` is now required in every masked update"
        changes.emit("field-mask-always-required-added", message, operation=name, **spot)
