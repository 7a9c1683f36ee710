"""What the spec documents that a generic fuzzer would call a failure, as Schemathesis
configuration: the answers a schema-valid request may get besides success (a stale
precondition, a reused idempotency key, a documented business rule), and answers that are
documented behaviour (a deleted resource that stays readable in its deleted state).

Nothing here switches a check off: each expectation widens one check on one operation by the
statuses the spec names for it, and says why (`Expectation.why`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.apimodel import Api, Operation
from generator.spec import pointer as jp

# Schemathesis' own default for positive_data_acceptance (4.32).
POSITIVE_DEFAULT = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")


@dataclass(frozen=True)
class Expectation:
    operation: str  # METHOD /path/template
    check: str
    statuses: tuple[int, ...]
    why: str


def expectations(api: Api) -> list[Expectation]:
    """Per operation, the statuses the spec documents for a schema-valid request that the
    server may still refuse."""
    found = []
    for operation in api.operations.values():
        statuses: dict[int, str] = {}
        role = api.role(operation)
        if role is not None and role[0].concurrency is not None:
            rules = role[0].concurrency
            if operation.key in rules.precondition.operations:
                statuses[rules.mismatch.status] = f"a stale {rules.precondition.header}"
        if operation.idempotency is not None and operation.idempotency.conflict is not None:
            statuses[operation.idempotency.conflict.status] = (
                f"a reused {operation.idempotency.header} with another request"
            )
        for rule in operation.rules:
            statuses[rule.status] = rule.rule
        if statuses:
            found.append(
                Expectation(
                    operation.label,
                    "positive_data_acceptance",
                    tuple(sorted(statuses)),
                    "; ".join(f"{s}: {why}" for s, why in sorted(statuses.items())),
                )
            )
    return found


def operations_config(api: Api) -> list[dict[str, Any]]:
    """`[[operations]]` tables for the Schemathesis configuration."""
    tables = []
    for expectation in expectations(api):
        expected = [*POSITIVE_DEFAULT, *(str(s) for s in expectation.statuses)]
        tables.append(
            {
                "include-name": expectation.operation,
                "checks": {expectation.check: {"expected-statuses": expected}},
            }
        )
    return tables


def documented(
    api: Api,
    check: str,
    operation: str,
    parameters: dict[str, Any],
    content: bytes | None,
    replayed: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """Why a failure of `check` on `operation` (with these path parameters), answered with
    `content`, is documented behaviour; None when it is a failure. `replayed` holds the
    identifiers that a create answered to an idempotency key it had seen before."""
    if check == "ensure_resource_availability":
        return _replayed_create(api, operation, parameters, replayed)
    if check != "use_after_free" or content is None:
        return None
    found: Operation | None = api.find(operation)
    role = api.role(found) if found is not None else None
    cycle = role[0].lifecycle if role is not None else None
    if role is None or cycle is None or cycle.deleted is None:
        return None
    resource = role[0]
    try:
        state = jp.resolve(json.loads(content), resource.envelope.item + cycle.field)
    except (KeyError, ValueError):
        return None
    if state == cycle.deleted:
        return f"a deleted {resource.name} stays readable in state {state!r}"
    return None


def _replayed_create(
    api: Api, operation: str, parameters: dict[str, Any], replayed: set[str] | frozenset[str]
) -> str | None:
    """Schemathesis draws idempotency keys from a small space, so a create may reuse a key of
    an earlier one and be answered that create's resource: the first answer again
    (`original-response`, and `existing-resource` once the resource is gone), naming a
    resource that may have been deleted since. Its 404 then is documented, not a loss."""
    found = api.find(operation)
    role = api.role(found) if found is not None else None
    if role is None:
        return None
    create = api.operations.get(role[0].operation("create") or "")
    identifier = str(parameters.get(role[0].identifier.parameter))
    if create is None or create.idempotency is None or identifier not in replayed:
        return None
    return (
        f"a create that reused an {create.idempotency.header} answered the first create's "
        f"{role[0].name} again, which was deleted since"
    )
