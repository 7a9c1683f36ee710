"""CoreWeave CKS: server-assigned ids, cluster names unique per organisation, updates governed
by an AIP-157 field mask (`x-field-mask`)."""

from __future__ import annotations

import copy
import datetime
from typing import Any

from generator.serve.apis import grpc
from generator.serve.behaviour import Behaviour
from generator.serve.calls import ApiError, Call
from generator.serve.document import get
from generator.serve.resource import Resource
from generator.serve.store import Record


def iso(now: float) -> str:
    return datetime.datetime.fromtimestamp(now, datetime.UTC).isoformat().replace("+00:00", "Z")


class Cks(Behaviour):
    _fields: dict[str, set[str]] = {}  # noqa: RUF012 - a cache shared by design

    def new_document(self, resource: Resource, call: Call, id: str) -> dict[str, Any]:
        doc: dict[str, Any] = copy.deepcopy(call.body)
        doc["id"] = id
        doc["apiServerEndpoint"] = f"https://{id[:8]}.k8s.{str(doc['zone']).lower()}.coreweave.com"
        doc["isUpgradeable"] = False
        return doc

    def check_new(self, resource: Resource, record: Record, call: Call) -> None:
        name = str(record.doc.get("name"))
        if self.store.named(resource.name, record.scope, name) is not None:
            raise ApiError(409, "ALREADY_EXISTS", f"a cluster named {name!r} already exists")

    def stamp(self, resource: Resource, record: Record, now: float, created: bool) -> None:
        if created:
            record.doc["createdAt"] = iso(now)
        record.doc["updatedAt"] = iso(now)

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
        mask = [p.strip() for p in str(body.get(mask_field) or "").split(",") if p.strip()]
        if not mask:
            mask = [k for k in body if k not in (mask_field, "id")]
        known = self._updatable(call)
        unknown = [p for p in mask if p.split(".")[0] not in known]
        if unknown:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                f"the update mask names fields that cannot be updated: {', '.join(unknown)}",
                fields=tuple((mask_field, f"unknown field {p!r}") for p in unknown),
            )
        for path in mask:
            _copy_path(body, record.doc, path.split("."))

    def _updatable(self, call: Call) -> set[str]:
        """The top-level fields the update request schema has (the mask may name only these)."""
        request = call.operation.request_body
        media = request.content.get("application/json") if request else None
        if media is None or media.schema_ref is None:
            return set()
        ref = media.schema_ref
        found = self._fields.get(call.operation.key)
        if found is None:
            schema = self.api.spec.deref(self.api.spec.at(ref.pointer, ref.path))
            found = self._fields[call.operation.key] = set(schema.get("properties", {})) - {"id"}
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
    inner = get(source, "/" + head)
    if not isinstance(target.get(head), dict):
        target[head] = {}
    _copy_path(inner if isinstance(inner, dict) else {}, target[head], rest)
