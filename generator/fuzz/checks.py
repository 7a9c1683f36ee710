"""The semantic checks: what the spec's x- vocabulary promises, held against the answers, as
Schemathesis checks so that they run in every phase and land in its reports.

Each check reads the typed model (`Semantics.api`), never the raw document. Observing checks
(`lifecycle`, `immutable`) look at every answer; probing checks (`concurrency`,
`idempotency`, `readiness`) send a few extra requests of their own, built with the public
case API, at most `PROBES` times per operation and run so that a run stays bounded.

Checks are registered with Schemathesis once, at import; they act only inside a run that
`activate` has given a `Semantics` (a plain `st run` sees them do nothing).
"""

from __future__ import annotations

import itertools
import json
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import schemathesis

from generator.apimodel import Api, Operation, Resource
from generator.apimodel.samples import NoSample, valid_request
from generator.fuzz import engine
from generator.spec import pointer as jp

PROBES = 3  # probes per (check, operation) per run
CHECKS = (
    "concurrency",
    "idempotency",
    "field_mask",
    "lifecycle",
    "readiness",
    "immutable",
    "permissions",
    "read_back",
)
STALE = "one-spec-stale"
# The checks that send requests of their own and compare reads around them.
PROBING = frozenset({"concurrency", "idempotency", "field_mask", "readiness", "read_back"})


@dataclass
class Semantics:
    """One run's view of the declared behaviour, and what the checks saw so far."""

    api: Api
    lifecycle_budget: float = 30.0
    enabled: frozenset[str] = frozenset(CHECKS)
    # token -> the roles it holds, for the permissions check; and how a token is sent
    role_tokens: dict[str, frozenset[str]] = field(default_factory=dict)
    credential: Callable[[str], tuple[str, str]] = lambda token: (
        "Authorization",
        f"Bearer {token}",
    )
    exercised: Counter[str] = field(default_factory=Counter)
    probes: Counter[tuple[str, str]] = field(default_factory=Counter)
    states: dict[tuple[str, ...], str] = field(default_factory=dict)  # last state seen
    fixed: dict[tuple[str, ...], dict[str, Any]] = field(default_factory=dict)  # immutable
    # idempotency keys seen on creates (with their scope), and the identifiers that a create
    # answered to a key seen before: a replay of an earlier answer
    keys: set[tuple[Any, ...]] = field(default_factory=set)
    replayed: set[str] = field(default_factory=set)

    def idle(self) -> dict[str, str]:
        """Why each enabled check has nothing to check in this spec."""
        resources = list(self.api.resources.values())
        reasons = {
            "concurrency": (
                any(
                    r.concurrency and r.operation("get") and r.operation("update")
                    for r in resources
                ),
                "no resource declares concurrency with a get and an update",
            ),
            "idempotency": (
                any(op.idempotency for op in self.api.operations.values()),
                "no operation declares x-idempotency",
            ),
            "lifecycle": (
                any(r.lifecycle for r in resources),
                "no resource declares a lifecycle",
            ),
            "readiness": (
                any(
                    r.lifecycle and r.operation("create") and r.operation("get") for r in resources
                ),
                "no resource with a lifecycle has a create and a get",
            ),
            "immutable": (any(r.immutable for r in resources), "no field is x-immutable"),
            "field_mask": (
                any(
                    op.field_mask
                    and op.field_mask.governs == ""
                    and (role := self.api.role(op))
                    and role[0].operation("get")
                    for op in self.api.operations.values()
                ),
                "no operation of a resource with a get declares a body-level x-field-mask",
            ),
            "read_back": (
                any(
                    (r.operation("create") or r.operation("update")) and r.operation("get")
                    for r in resources
                ),
                "no resource has a create or update and a get",
            ),
            "permissions": (
                any(op.permissions for op in self.api.operations.values())
                and any(self.role_tokens),
                "no operation declares x-permissions"
                if not any(op.permissions for op in self.api.operations.values())
                else "no --role-token was given to try them with",
            ),
        }
        return {
            name: why for name, (has, why) in reasons.items() if name in self.enabled and not has
        }

    def take_probe(self, check: str, operation: str) -> bool:
        if self.probes[(check, operation)] >= PROBES:
            return False
        self.probes[(check, operation)] += 1
        return True


_ACTIVE: dict[int, Semantics] = {}


def activate(schema: Any, semantics: Semantics) -> None:
    _ACTIVE[id(schema)] = semantics


def deactivate(schema: Any) -> None:
    _ACTIVE.pop(id(schema), None)


@dataclass(frozen=True)
class Seen:
    """An answer as the checks need it: the operation, its resource role, the JSON body."""

    semantics: Semantics
    operation: Operation
    resource: Resource | None
    verb: str | None
    body: Any


def _seen(case: Any, response: Any, check: str) -> Seen | None:
    semantics = _ACTIVE.get(id(case.operation.schema))
    if semantics is None or check not in semantics.enabled:
        return None
    operation = semantics.api.find(case.operation.label)
    if operation is None or not 200 <= response.status_code < 300:
        return None
    resource, verb = semantics.api.role(operation) or (None, None)
    return Seen(semantics, operation, resource, verb, _json(response.content))


def _json(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


def _at(document: Any, pointer: str) -> Any:
    try:
        return jp.resolve(document, pointer)
    except (KeyError, ValueError):
        return None


def _items(resource: Resource, verb: str | None, body: Any) -> list[Any]:
    """The resources an answer carries: a list answer's items, else the one resource."""
    if verb == "list":
        found = _at(body, resource.envelope.list)
        return found if isinstance(found, list) else []
    if verb in ("create", "get", "update"):
        item = _at(body, resource.envelope.item)
        return [item] if isinstance(item, dict) else []
    return []


def _key(resource: Resource, case: Any, item: Any) -> tuple[str, ...] | None:
    identifier = _at(item, resource.identifier.property)
    if identifier is None:
        return None
    scopes = tuple(str((case.path_parameters or {}).get(s, "")) for s in resource.scopes)
    return (resource.name, *scopes, str(identifier))


def _header(response: Any, name: str) -> str | None:
    values = response.headers.get(name.lower())
    if isinstance(values, list):
        return str(values[0]) if values else None
    return None if values is None else str(values)


# --- lifecycle: states move only forward; failure states are terminal ----------------------


@schemathesis.check
def lifecycle(ctx: Any, response: Any, case: Any) -> None:
    """Observed states move along the declared order (a ready resource may enter the update
    and delete states and come back); a failed resource stays failed; a create answers the
    initial state or a later one."""
    seen = _seen(case, response, "lifecycle")
    if seen is None or seen.resource is None or seen.resource.lifecycle is None:
        return
    resource, cycle = seen.resource, seen.resource.lifecycle
    if seen.verb == "delete":
        return
    for item in _items(resource, seen.verb, seen.body):
        key, state = _key(resource, case, item), _at(item, cycle.field)
        if key is None or not isinstance(state, str):
            continue
        seen.semantics.exercised["lifecycle"] += 1
        before = None if seen.verb == "create" else seen.semantics.states.get(key)
        seen.semantics.states[key] = state
        if state not in cycle.states:
            if cycle.open:
                continue
            raise AssertionError(
                f"{resource.name} {key[-1]} is in state {state!r}, which the lifecycle does "
                f"not declare ({', '.join(cycle.states)})"
            )
        if before is None or before == state or before not in cycle.states:
            continue
        if before in cycle.failed and state not in (cycle.deleting, cycle.deleted):
            raise AssertionError(
                f"{resource.name} {key[-1]} left the failure state {before!r} for {state!r}; "
                "failure states are terminal"
            )
        if not _may_move(cycle, before, state):
            raise AssertionError(
                f"{resource.name} {key[-1]} moved back from {before!r} to {state!r}; the "
                f"declared order is {' -> '.join(cycle.states)}"
            )


def _may_move(cycle: Any, before: str, after: str) -> bool:
    order = cycle.states
    if order.index(after) > order.index(before) or after in (cycle.deleting, cycle.deleted):
        return True
    updating = (
        {cycle.updating.state, *(s for _, s in cycle.updating.changes)}
        if (cycle.updating)
        else set()
    )
    # an update takes a ready resource through its update states and back to ready
    return (before in cycle.ready and after in updating) or (
        before in updating and after in cycle.ready
    )


# --- immutable: fields marked x-immutable keep their first value ----------------------------


@schemathesis.check
def immutable(ctx: Any, response: Any, case: Any) -> None:
    """A field marked x-immutable keeps the value the resource was created with."""
    seen = _seen(case, response, "immutable")
    if seen is None or seen.resource is None or not seen.resource.immutable:
        return
    resource = seen.resource
    for item in _items(resource, seen.verb, seen.body):
        key = _key(resource, case, item)
        if key is None:
            continue
        values = {p: _at(item, p) for p in resource.immutable}
        first = seen.semantics.fixed.get(key)
        if seen.verb == "create" or first is None:
            seen.semantics.fixed[key] = values
            continue
        seen.semantics.exercised["immutable"] += 1
        changed = [p for p in resource.immutable if values[p] != first[p]]
        if changed:
            raise AssertionError(
                f"{resource.name} {key[-1]}: immutable field(s) {', '.join(changed)} changed "
                f"from {[first[p] for p in changed]} to {[values[p] for p in changed]}"
            )


# --- concurrency: a stale precondition is refused and changes nothing -----------------------


@schemathesis.check
def concurrency(ctx: Any, response: Any, case: Any) -> None:
    """A resource answer carries its documented version token; an update with a stale
    precondition gets the documented mismatch answer and leaves the version as it was; the
    current token is not refused as stale."""
    seen = _seen(case, response, "concurrency")
    if seen is None or seen.resource is None or seen.resource.concurrency is None:
        return
    resource, rules = seen.resource, seen.resource.concurrency
    if seen.verb in ("create", "get", "update") and rules.token.header:
        seen.semantics.exercised["concurrency"] += 1
        if _header(response, rules.token.header) is None:
            raise AssertionError(
                f"{case.operation.label} answered {response.status_code} without the "
                f"{rules.token.header} header that carries the {resource.name}'s version"
            )
    update_key = resource.operation("update")
    if (
        seen.verb != "get"
        or update_key is None
        or update_key not in rules.precondition.operations
        or not seen.semantics.take_probe("concurrency", case.operation.label)
    ):
        return
    current = _token(rules, response, seen.body, resource)
    if current is None:
        return
    update = seen.semantics.api.operations[update_key]
    probe = _update_probe(seen.semantics.api, update, case, resource)
    if probe is None:
        return
    stale = probe(rules.precondition.header, _stale(current))
    answer = engine.send_probe(ctx, case, stale)
    seen.semantics.exercised["concurrency"] += 1
    if answer.status_code != rules.mismatch.status:
        raise _fail(
            f"{update.label} with a stale {rules.precondition.header} was answered "
            f"{answer.status_code}; the spec documents {rules.mismatch.status}",
            stale,
        )
    refusal = _json(answer.content)
    if rules.mismatch.code is not None and rules.mismatch.code not in _strings(refusal):
        raise _fail(
            f"{update.label} refused a stale {rules.precondition.header} without the "
            f"documented error code {rules.mismatch.code}",
            stale,
        )
    if rules.mismatch.current_token is not None:
        told = _at(refusal, rules.mismatch.current_token)
        if str(told) != current.strip('"') and str(told) != current:
            raise _fail(
                f"{update.label} refused a stale {rules.precondition.header} but its answer's "
                f"{rules.mismatch.current_token} is {told!r}, not the current version {current}",
                stale,
            )
    again = engine.send_probe(ctx, case, _copy(case))
    after = _token(rules, again, _json(again.content), resource)
    if again.status_code == 200 and after != current:
        raise _fail(
            f"{update.label} refused a stale {rules.precondition.header} but the "
            f"{resource.name}'s version still moved from {current} to {after}",
            stale,
        )
    fresh = probe(rules.precondition.header, current)
    accepted = engine.send_probe(ctx, case, fresh)
    if accepted.status_code == rules.mismatch.status:
        raise _fail(
            f"{update.label} refused the current version {current} as stale "
            f"({accepted.status_code})",
            fresh,
        )
    if 200 <= accepted.status_code < 300:
        moved = _token(rules, accepted, _json(accepted.content), resource)
        if moved == current:
            raise _fail(
                f"{update.label} succeeded but the {resource.name}'s version stayed {current}",
                fresh,
            )


def _fail(message: str, *probes: Any) -> AssertionError:
    """A failure that shows the probe requests that found it (a probe is not one of the
    cases Schemathesis prints)."""
    lines = [message]
    for probe in probes:
        try:
            lines.append(f"probe: {probe.as_curl_command()}")
        except Exception:  # a curl line is a courtesy; the failure stands without it
            lines.append(f"probe: {probe.method} {probe.formatted_path}")
    return AssertionError("\n".join(lines))


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def _token(rules: Any, response: Any, body: Any, resource: Resource) -> str | None:
    if rules.token.header:
        value = _header(response, rules.token.header)
        if value is not None:
            return value
    if rules.token.property:
        value = _at(_at(body, resource.envelope.item), rules.token.property)
        return None if value is None else str(value)
    return None


def _stale(token: str) -> str:
    """A token that cannot be current: the same shape (quoted or not), other content."""
    if token.startswith('"') and token.endswith('"'):
        return f'"{STALE}-{token[1:-1]}"'
    return f"{STALE}-{token}"


def _update_probe(
    api: Api,
    update: Operation,
    case: Any,
    resource: Resource,
    identifier: Any = None,
    current: Any = None,
) -> Any:
    """A function (header, value) -> Case for a valid update of the resource `case` read (or
    of the resource `identifier` names, in the scope of `case`). With `current` (the resource
    as it stands), the update sends back the values it already has, where the resource shows
    them, so that the probe moves its version without changing what other checks compare."""
    try:
        request = valid_request(api, update)
    except NoSample:
        return None
    operation = case.operation.schema.find_operation_by_label(update.label)
    if operation is None:
        return None
    # the read's own scope (path parameters, scope headers such as a workspace) wins
    parameters = {**request["path_params"], **(case.path_parameters or {})}
    if identifier is not None:
        parameters[resource.identifier.parameter] = identifier
    headers = {**request["headers"], **dict(case.headers or {})}
    if update.idempotency is not None:
        headers[update.idempotency.header] = f"one-spec-{uuid.uuid4()}"

    body = request.get("body")
    if isinstance(body, dict) and isinstance(current, dict):
        body = {k: current.get(k, v) for k, v in body.items()}

    def build(header: str, value: str) -> Any:
        return operation.Case(
            path_parameters=parameters,
            query=dict(request["query"]),
            headers={**headers, header: value},
            body=body,
            media_type=request.get("content_type"),
        )

    return build


def _copy(case: Any, headers: dict[str, str] | None = None, body: Any = None) -> Any:
    return case.operation.Case(
        path_parameters=dict(case.path_parameters or {}),
        query=dict(case.query or {}),
        headers={**dict(case.headers or {}), **(headers or {})},
        body=case.body if body is None else body,
        media_type=case.media_type,
    )


# --- idempotency: a replayed key creates nothing; a reused key with another body is refused -


@schemathesis.check
def idempotency(ctx: Any, response: Any, case: Any) -> None:
    """The same request sent twice with one idempotency key gets the same status and names the
    same resource, and the answer the spec's `replay` says: the first answer again
    (`original-response`), or the resource as it is now (`existing-resource`: after the
    resource was changed, a replay shows its current version); the key sent again with
    another body gets the documented conflict."""
    seen = _seen(case, response, "idempotency")
    if seen is None or seen.operation.idempotency is None:
        return
    rules = seen.operation.idempotency
    _note_replay(seen, case, rules.header)
    if not seen.semantics.take_probe("idempotency", case.operation.label):
        return
    headers = {rules.header: f"one-spec-{uuid.uuid4()}"}
    concurrency = seen.resource.concurrency if seen.resource is not None else None
    if concurrency is not None and seen.operation.key in concurrency.precondition.operations:
        # the case's own precondition is stale now that it succeeded: send the version it got
        assert seen.resource is not None
        token = _token(concurrency, response, seen.body, seen.resource)
        if token is None:
            return
        headers[concurrency.precondition.header] = token
    sent = _copy(case, headers)
    first = engine.send_probe(ctx, case, sent)
    if not 200 <= first.status_code < 300:
        return  # the state moved on (a business rule, a lifecycle): nothing to replay
    second = engine.send_probe(ctx, case, _copy(case, headers))
    seen.semantics.exercised["idempotency"] += 1
    if second.status_code != first.status_code:
        raise _fail(
            f"{case.operation.label} replayed with one {rules.header} was answered "
            f"{second.status_code} after {first.status_code}",
            sent,
            sent,
        )
    if seen.resource is not None and seen.verb in ("create", "update"):
        item = seen.resource.envelope.item
        ids = [
            _at(_at(_json(r.content), item), seen.resource.identifier.property)
            for r in (first, second)
        ]
        if ids[0] != ids[1]:
            raise _fail(
                f"{case.operation.label} replayed with one {rules.header} made another "
                f"{seen.resource.name}: {ids[0]} then {ids[1]}",
                sent,
                sent,
            )
    if rules.replay == "original-response" and _json(first.content) != _json(second.content):
        raise _fail(
            f"{case.operation.label} replayed with one {rules.header} did not answer the "
            "original response again",
            sent,
            sent,
        )
    if rules.answers_current and seen.resource is not None and seen.verb in ("create", "update"):
        replay = _copy(case, headers)
        _replays_current(ctx, case, seen, seen.resource, rules.header, first, replay)
    other = _other_body(case.body, seen.operation)
    if rules.conflict is None or other is None:
        return
    changed = _copy(case, headers, other)
    third = engine.send_probe(ctx, case, changed)
    if third.status_code != rules.conflict.status:
        raise _fail(
            f"{case.operation.label} with a used {rules.header} and another body was answered "
            f"{third.status_code}; the spec documents {rules.conflict.status}",
            sent,
            changed,
        )


def _replays_current(
    ctx: Any, case: Any, seen: Seen, resource: Resource, header: str, first: Any, replay: Any
) -> None:
    """`replay: existing-resource`: move the resource the first answer named to a new version
    (a valid update with a key of its own, sending back the values it has), then replay; the
    replay must name the same resource with the version it has now (read just before and just
    after it), not the first answer's."""
    rules = resource.concurrency
    first_body = _json(first.content)
    item = _at(first_body, resource.envelope.item)
    identifier = _at(item, resource.identifier.property)
    get_key = resource.operation("get")
    if rules is None or identifier is None or get_key is None:
        return  # no version to compare, or no way to read the resource
    api = seen.semantics.api
    get = case.operation.schema.find_operation_by_label(api.operations[get_key].label)
    if get is None:
        return
    scopes = {k: v for k, v in (case.path_parameters or {}).items() if k in resource.scopes}
    read = get.Case(
        path_parameters={**scopes, resource.identifier.parameter: identifier},
        headers=_scope(case),
    )
    was = _token(rules, first, first_body, resource)
    update_key = resource.operation("update")
    if was is not None and update_key is not None:
        update = api.operations[update_key]
        probe = _update_probe(api, update, case, resource, identifier, item)
        if probe is not None:
            engine.send_probe(ctx, case, probe(rules.precondition.header, was))
    before = engine.send_probe(ctx, case, read)
    again = engine.send_probe(ctx, case, replay)
    after = engine.send_probe(ctx, case, read)
    if before.status_code != 200 or after.status_code != 200:
        return  # gone (the first answer may then come again), or not ours to read
    now = {_token(rules, r, _json(r.content), resource) for r in (before, after)}
    got_body = _json(again.content)
    got = _token(rules, again, got_body, resource)
    same = _at(_at(got_body, resource.envelope.item), resource.identifier.property)
    if same != identifier or got not in now:
        versions = " or ".join(sorted(str(v) for v in now))
        raise _fail(
            f"{case.operation.label} replayed with one {header} answered "
            f"{resource.name} {same} at version {got}; the spec says a replay answers the "
            f"existing {resource.name} {identifier} as it is now, at version {versions} "
            f"(the first answer had {was})",
            replay,
            read,
        )


def _note_replay(seen: Seen, case: Any, header: str) -> None:
    """Remember a create's key; a key seen before means this answer is a replay."""
    headers = {str(k).lower(): str(v) for k, v in (case.headers or {}).items()}
    key = headers.get(header.lower())
    if seen.verb != "create" or seen.resource is None or not key:
        return
    scope = tuple(sorted(headers.items()))  # the key and any scope header (a workspace)
    path = tuple(sorted((str(k), str(v)) for k, v in (case.path_parameters or {}).items()))
    identifier = _at(_at(seen.body, seen.resource.envelope.item), seen.resource.identifier.property)
    if (path, scope) in seen.semantics.keys and identifier is not None:
        seen.semantics.replayed.add(str(identifier))
    seen.semantics.keys.add((path, scope))


def _other_body(body: Any, operation: Operation) -> Any:
    """The body with one free-text value changed and still valid (a top-level string property
    without enum, const, pattern or format, at its length), or None when it has none."""
    if not isinstance(body, dict):
        return None
    properties = _body_properties(operation)
    for name, value in body.items():
        schema = properties.get(name)
        if (
            not isinstance(value, str)
            or not value
            or not isinstance(schema, dict)
            or schema.get("type") != "string"
            or {"enum", "const", "pattern", "format"} & set(schema)
        ):
            continue
        return {**body, name: value[:-1] + ("b" if value[-1] != "b" else "c")}
    return None


# --- readiness: a created resource becomes ready within the budget --------------------------


@schemathesis.check
def readiness(ctx: Any, response: Any, case: Any) -> None:
    """A created resource reaches a ready state within the lifecycle budget, polled with the
    resource's get the way the documents poll, and passes no failure state on the way."""
    seen = _seen(case, response, "readiness")
    if seen is None or seen.resource is None or seen.verb != "create":
        return
    resource, cycle = seen.resource, seen.resource.lifecycle
    get_key = resource.operation("get")
    if cycle is None or get_key is None:
        return
    item = _at(seen.body, resource.envelope.item)
    identifier = _at(item, resource.identifier.property)
    get = case.operation.schema.find_operation_by_label(
        seen.semantics.api.operations[get_key].label
    )
    if identifier is None or get is None:
        return
    if not seen.semantics.take_probe("readiness", case.operation.label):
        return
    parameters = {**(case.path_parameters or {}), resource.identifier.parameter: identifier}
    deadline = time.monotonic() + seen.semantics.lifecycle_budget
    state = _at(item, cycle.field)
    for delay in itertools.chain([0.0], _backoff()):
        if state in cycle.ready:
            seen.semantics.exercised["readiness"] += 1
            return
        if state in cycle.failed:
            raise AssertionError(f"{resource.name} {identifier} failed: state {state!r}")
        if time.monotonic() + delay > deadline:
            break
        time.sleep(delay)
        answer = engine.send_probe(ctx, case, get.Case(path_parameters=parameters))
        if answer.status_code != 200:
            return  # deleted meanwhile, or not ours to read
        state = _at(_at(_json(answer.content), resource.envelope.item), cycle.field)
    seen.semantics.exercised["readiness"] += 1
    raise AssertionError(
        f"{resource.name} {identifier} was not ready within {seen.semantics.lifecycle_budget:g} "
        f"s: still {state!r} (ready: {', '.join(cycle.ready)})"
    )


def _backoff() -> Any:
    delay = 0.05
    while True:
        yield delay
        delay = min(delay * 1.5, 2.0)


# --- field masks: an update changes the masked fields and nothing else ----------------------


@schemathesis.check
def field_mask(ctx: Any, response: Any, case: Any) -> None:
    """After a masked update, the field the mask names holds the value sent and every field the
    body carried outside the mask still holds its value from before."""
    seen = _seen(case, response, "field_mask")
    if seen is None or seen.resource is None or seen.verb != "update":
        return
    rule, resource = seen.operation.field_mask, seen.resource
    get_key = resource.operation("get")
    if rule is None or rule.governs != "" or get_key is None or not isinstance(case.body, dict):
        return
    get = case.operation.schema.find_operation_by_label(
        seen.semantics.api.operations[get_key].label
    )
    if get is None or not seen.semantics.take_probe("field_mask", case.operation.label):
        return
    read = get.Case(path_parameters=dict(case.path_parameters or {}), headers=_scope(case))
    before = engine.send_probe(ctx, case, read)
    if before.status_code != 200:
        return
    was = _at(_json(before.content), resource.envelope.item)
    if not isinstance(was, dict):
        return
    body = dict(case.body)
    identifier = resource.identifier
    if identifier.property.count("/") == 1 and identifier.property[1:] in body:
        body[identifier.property[1:]] = (case.path_parameters or {}).get(identifier.parameter)
    fixed = {identifier.property[1:], rule.field}
    # Booleans the update may set are flipped from their current value and left out of the
    # mask: a server that ignores the mask flips them, one that honours it does not.
    flips = _booleans(seen.operation) - fixed - set(rule.always_required)
    candidates = [k for k in body if k not in fixed and k not in rule.always_required]
    named = next(
        (k for k in candidates if k not in flips and not isinstance(body[k], dict | list)),
        next((k for k in candidates if k not in flips), None),
    )
    if named is None or not flips - {named}:
        return
    for k in flips - {named}:
        body[k] = not was.get(k, False)
    body[rule.field] = named if rule.encoding == "comma-separated" else [named]
    update = _copy(case, None, body)
    answer = engine.send_probe(ctx, case, update)
    if not 200 <= answer.status_code < 300:
        return  # refused (a business rule, the lifecycle): nothing was changed to compare
    after = engine.send_probe(ctx, case, read)
    now = _at(_json(after.content), resource.envelope.item)
    if after.status_code != 200 or not isinstance(now, dict):
        return
    seen.semantics.exercised["field_mask"] += 1
    outside = [
        k
        for k in body
        if k not in fixed and k != named and (k in was or k in flips) and now.get(k) != was.get(k)
    ]
    if outside:
        raise _fail(
            f"{case.operation.label} with {rule.field}={named!r} also changed "
            f"{', '.join(sorted(outside))}, which the mask does not name",
            update,
        )
    if not isinstance(body[named], dict | list) and now.get(named) != body[named]:
        raise _fail(
            f"{case.operation.label} with {rule.field}={named!r} left {named} at "
            f"{now.get(named)!r}, not the {body[named]!r} sent",
            update,
        )


def _body_properties(operation: Operation) -> dict[str, Any]:
    """The top-level properties of an operation's JSON body schema, resolved."""
    media = operation.request_body.json if operation.request_body is not None else None
    schema = media.schema if media is not None else None
    properties = schema.get("properties") if isinstance(schema, dict) else None
    return properties if isinstance(properties, dict) else {}


def _booleans(operation: Operation) -> set[str]:
    """The top-level boolean properties an operation's JSON body may carry."""
    return {
        k
        for k, v in _body_properties(operation).items()
        if isinstance(v, dict) and v.get("type") == "boolean"
    }


def _scope(case: Any) -> dict[str, str]:
    """The case's header parameters (a workspace, a tenant): a probe reads in the same scope."""
    return {str(k): str(v) for k, v in (case.headers or {}).items()}


# --- permissions: a token without the role an operation needs is refused -------------------


@schemathesis.check
def permissions(ctx: Any, response: Any, case: Any) -> None:
    """An operation that declares roles refuses, with 403, a token that holds none of them."""
    seen = _seen(case, response, "permissions")
    if seen is None or seen.operation.permissions is None or not seen.semantics.role_tokens:
        return
    needed = set(seen.operation.permissions.any_of)
    for token, roles in sorted(seen.semantics.role_tokens.items()):
        if roles & needed or not seen.semantics.take_probe("permissions", case.operation.label):
            continue
        header, value = seen.semantics.credential(token)
        probe = _copy(case)
        answer = engine.send_probe(ctx, case, probe, {header: value})
        seen.semantics.exercised["permissions"] += 1
        if answer.status_code != 403:
            held = ", ".join(sorted(roles)) or "no role"
            raise _fail(
                f"{case.operation.label} needs one of {', '.join(sorted(needed))}; a token with "
                f"{held} was answered {answer.status_code}, not 403",
                probe,
            )


# --- read-back: what a write stored reads back the same -------------------------------------


@schemathesis.check
def read_back(ctx: Any, response: Any, case: Any) -> None:
    """The fields a create or update stored as sent (its answer shows them with the values
    sent) read back the same from the resource's get and from its list. Fields the server
    renames or normalises are not in the answer as sent, so they are left alone."""
    seen = _seen(case, response, "read_back")
    if seen is None or seen.resource is None or seen.verb not in ("create", "update"):
        return
    resource = seen.resource
    item = _at(seen.body, resource.envelope.item)
    if not isinstance(item, dict) or not isinstance(case.body, dict):
        return
    identifier = _at(item, resource.identifier.property)
    written = {k: v for k, v in case.body.items() if k in item and item[k] == v}
    if identifier is None or not written:
        return
    if not seen.semantics.take_probe("read_back", case.operation.label):
        return
    api, schema = seen.semantics.api, case.operation.schema
    scopes = {k: v for k, v in (case.path_parameters or {}).items() if k in resource.scopes}
    reads = []
    get_key, list_key = resource.operation("get"), resource.operation("list")
    if get_key is not None:
        get = schema.find_operation_by_label(api.operations[get_key].label)
        parameters = {**scopes, resource.identifier.parameter: identifier}
        if get is not None:
            reads.append(("get", get.Case(path_parameters=parameters, headers=_scope(case))))
    if list_key is not None:
        listing = schema.find_operation_by_label(api.operations[list_key].label)
        if listing is not None:
            reads.append(("list", listing.Case(path_parameters=scopes, headers=_scope(case))))
    for verb, read in reads:
        answer = engine.send_probe(ctx, case, read)
        if answer.status_code != 200:
            continue
        found = [
            x
            for x in _items(resource, verb, _json(answer.content))
            if isinstance(x, dict) and _at(x, resource.identifier.property) == identifier
        ]
        if not found:
            continue  # on a later page, or already gone
        seen.semantics.exercised["read_back"] += 1
        differs = sorted(k for k, v in written.items() if found[0].get(k) != v)
        if differs:
            raise _fail(
                f"{resource.name} {identifier}: {', '.join(differs)} read back from its {verb} "
                f"as {[found[0].get(k) for k in differs]}, not the "
                f"{[written[k] for k in differs]} that {case.operation.label} stored",
                read,
            )
