"""CoreWeave CKS: server-assigned ids, cluster names unique per organisation, updates governed
by an AIP-157 field mask (the update operation's `FieldMask`), OIDC signing algorithms taken
as names or numbers and answered as names."""

from __future__ import annotations

import copy
from typing import Any

from generator.apimodel import Api, FieldMask, Resource
from generator.serve.apis import grpc
from generator.serve.behaviour import Behaviour
from generator.serve.calls import ApiError, Call
from generator.serve.document import timestamp
from generator.serve.lifecycle import Mode
from generator.serve.store import Record, Store


class Cks(Behaviour):
    def __init__(self, api: Api, store: Store, mode: Mode) -> None:
        super().__init__(api, store, mode)
        self._updatable: dict[str, dict[str, Any]] = {}  # per operation

    def new_document(self, resource: Resource, call: Call, id: str) -> dict[str, Any]:
        doc = super().new_document(resource, call, id)
        doc["apiServerEndpoint"] = f"https://{id[:8]}.k8s.{str(doc['zone']).lower()}.coreweave.com"
        doc["isUpgradeable"] = False
        return doc

    def check_new(self, resource: Resource, record: Record, call: Call) -> None:
        name = str(record.doc.get("name"))
        if self.store.named(resource.name, record.scope, name) is not None:
            raise ApiError(409, "ALREADY_EXISTS", f"a cluster named {name!r} already exists")
        # The documents: the id (not the name) of an existing cluster whose shared storage the
        # new one joins. The status for one that does not exist is inferred: 400, the only
        # documented refusal of a request's content.
        shared = record.doc.get("sharedStorageClusterId")
        if shared is not None and self.store.get(resource.name, record.scope, shared) is None:
            raise ApiError(
                400, "INVALID_ARGUMENT", f"sharedStorageClusterId {shared!r} names no cluster"
            )

    def stamp(self, resource: Resource, record: Record, now: float, created: bool) -> None:
        if created:
            record.doc["createdAt"] = timestamp(now)
        record.doc["updatedAt"] = timestamp(now)

    def present(self, resource: Resource, record: Record) -> dict[str, Any]:
        """The cluster, with each OIDC signing algorithm as a string. A request may send one as
        the number of an enum member (the older reference's form), but answers are strings (the
        newer page's); the documents name no members, so a number is answered as its decimal
        digits rather than as a made-up name."""
        doc = super().present(resource, record)
        oidc = doc.get("oidc")
        if not isinstance(oidc, dict):
            return doc
        algorithms = oidc.get("signingAlgorithms")
        if isinstance(algorithms, list):
            oidc["signingAlgorithms"] = [
                str(a) if isinstance(a, int) and not isinstance(a, bool) else a for a in algorithms
            ]
        return doc

    def apply_update(self, resource: Resource, record: Record, call: Call) -> None:
        """Change exactly the fields the operation's field mask names (dotted paths); a named
        field missing from the body is cleared. An empty or absent mask does what the spec's
        `empty_means` says; undocumented, or `all-set-fields`, it is every field the body sets
        (AIP-134's implied mask)."""
        rule = self.field_mask(call)
        body = call.body
        if body.get("id") != record.id:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                f"the body's id {body.get('id')!r} is not the cluster's id {record.id!r}",
                fields=(("id", "must equal the id in the path"),),
            )
        updatable = self.updatable(call, rule.field)
        mask = _mask(body.get(rule.field), rule)
        if not mask:
            if rule.empty_means == "reject":
                raise ApiError(
                    400,
                    "INVALID_ARGUMENT",
                    f"the update names no field in {rule.field}",
                    fields=((rule.field, "must name at least one field"),),
                )
            if rule.empty_means == "nothing":
                return
            # AIP-134's implied mask: the leaf fields the body sets (gRPC-gateway's reading),
            # so that a partial object changes only what it names.
            mask = [".".join(p) for p in _leaves(body, updatable) if p[0] not in ("id", rule.field)]
        refused = [p for p in mask if not _addressable(updatable, p.split("."))]
        if refused:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                f"the update mask names fields that cannot be updated: {', '.join(refused)}",
                fields=tuple((rule.field, f"no updatable field {p!r}") for p in refused),
            )
        for path in mask:
            _copy_path(body, record.doc, path.split("."))

    def field_mask(self, call: Call) -> FieldMask:
        """The update operation's field mask. CKS updates are mask-governed: a spec whose update
        declares none, or one over another object than the body, is not one this module can
        serve (501, not a guessed mask field)."""
        rule = call.operation.field_mask
        if rule is None:
            raise ApiError(
                501,
                "UNIMPLEMENTED",
                f"{call.operation.key} declares no field mask; the CKS reference behaviour "
                "updates by field mask only",
            )
        if rule.governs:
            raise ApiError(
                501,
                "UNIMPLEMENTED",
                f"{call.operation.key}'s field mask governs {rule.governs}; the CKS reference "
                "behaviour serves a mask over the request body only",
            )
        return rule

    def updatable(self, call: Call, mask_field: str) -> dict[str, Any]:
        """The fields a mask may name: the update request's (resolved) schema, without the id
        and the mask itself (made once per operation)."""
        found = self._updatable.get(call.operation.key)
        if found is None:
            request = call.operation.request_body
            media = request.json if request is not None else None
            schema = media.schema if media is not None else None
            fields = schema.get("properties", {}) if isinstance(schema, dict) else {}
            found = {
                "type": "object",
                "properties": {k: v for k, v in fields.items() if k not in ("id", mask_field)},
            }
            self._updatable[call.operation.key] = found
        return found

    def error_body(self, error: ApiError) -> Any:
        return grpc.error_body(error)


def _mask(value: Any, rule: FieldMask) -> list[str]:
    """The dotted paths a mask names, in its encoding: one comma-separated string (AIP-157's
    JSON form) or an array of strings."""
    if rule.encoding == "array":
        parts = [str(p) for p in value] if isinstance(value, list) else []
    else:
        parts = str(value or "").split(",")
    return [p.strip() for p in parts if p.strip()]


def _copy_path(source: dict[str, Any], target: dict[str, Any], parts: list[str]) -> None:
    """Set target's field at `parts` to source's, or clear it when source has none."""
    head, rest = parts[0], parts[1:]
    if not rest:
        if head in source:
            target[head] = copy.deepcopy(source[head])
        else:
            target.pop(head, None)
        return
    inner = source.get(head)
    if not isinstance(target.get(head), dict):
        target[head] = {}
    _copy_path(inner if isinstance(inner, dict) else {}, target[head], rest)


def _open(schema: dict[str, Any]) -> bool:
    """An object whose keys the schema leaves free (kubelet settings): any key below it may be
    named, and it is replaced as a whole when the body sets it."""
    return "properties" not in schema and schema.get("additionalProperties") not in (None, False)


def _addressable(schema: dict[str, Any], parts: list[str]) -> bool:
    """Whether a dotted path names a field of the schema, through objects only."""
    for part in parts:
        if _open(schema):
            return True
        properties = schema.get("properties")
        if not isinstance(properties, dict) or part not in properties:
            return False
        schema = properties[part]
    return True


def _leaves(
    value: Any, schema: dict[str, Any], prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """The paths of the leaf fields a body sets: objects with named properties are entered,
    anything else (scalars, arrays, open maps) is a leaf."""
    if not prefix or (isinstance(value, dict) and isinstance(schema.get("properties"), dict)):
        properties = schema.get("properties") or {}
        found: list[tuple[str, ...]] = []
        for key, inner in (value or {}).items():
            found += _leaves(inner, properties.get(key, {}), (*prefix, key))
        return found
    return [prefix]
