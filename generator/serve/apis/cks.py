"""CoreWeave CKS: server-assigned ids, cluster names unique per organisation, updates governed
by an AIP-157 field mask (`x-field-mask`)."""

from __future__ import annotations

import copy
from typing import Any

from generator.apimodel import Api
from generator.serve.apis import grpc
from generator.serve.behaviour import Behaviour
from generator.serve.calls import ApiError, Call
from generator.serve.document import timestamp
from generator.serve.lifecycle import Mode
from generator.serve.resource import Resource
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

    def apply_update(self, resource: Resource, record: Record, call: Call) -> None:
        """Change exactly the fields the mask names (dotted paths); a named field missing from
        the body is cleared. No mask: every field the body sets."""
        rule = call.operation.extensions.get("x-field-mask") or {}
        body = call.body
        if body.get("id") != record.id:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                f"the body's id {body.get('id')!r} is not the cluster's id {record.id!r}",
                fields=(("id", "must equal the id in the path"),),
            )
        mask_field = str(rule.get("field", "updateMask"))
        updatable = self.updatable(call, mask_field)
        mask = [p.strip() for p in str(body.get(mask_field) or "").split(",") if p.strip()]
        if not mask:
            # AIP-134's implied mask: the leaf fields the body sets (gRPC-gateway's reading),
            # so that a partial object changes only what it names.
            mask = [".".join(p) for p in _leaves(body, updatable) if p[0] not in ("id", mask_field)]
        refused = [p for p in mask if not _addressable(updatable, p.split("."))]
        if refused:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                f"the update mask names fields that cannot be updated: {', '.join(refused)}",
                fields=tuple((mask_field, f"no updatable field {p!r}") for p in refused),
            )
        for path in mask:
            _copy_path(body, record.doc, path.split("."))

    def updatable(self, call: Call, mask_field: str) -> dict[str, Any]:
        """The fields a mask may name: the update request's schema, every $ref resolved,
        without the id and the mask itself (made once per operation)."""
        found = self._updatable.get(call.operation.key)
        if found is None:
            request = call.operation.request_body
            media = request.content.get("application/json") if request else None
            ref = media.schema_ref if media else None
            schema = (
                {} if ref is None else self.api.spec.deref(self.api.spec.at(ref.pointer, ref.path))
            )
            fields = schema.get("properties", {})
            found = {
                "type": "object",
                "properties": {k: v for k, v in fields.items() if k not in ("id", mask_field)},
            }
            self._updatable[call.operation.key] = found
        return found

    def error_body(self, error: ApiError) -> Any:
        return grpc.error_body(error)


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
