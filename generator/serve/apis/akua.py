"""Akua: clusters of a workspace (the `akua-context` header, else the token's default one),
integer timestamps, an etag checked on every write (409 ABORTED with the current one)."""

from __future__ import annotations

import secrets
from typing import Any

from generator.apimodel import Resource
from generator.serve.behaviour import Behaviour
from generator.serve.calls import Call
from generator.serve.store import Record

DEFAULT_WORKSPACE = "ws_default"
# Request fields that the cluster's representation does not show; kept server-side.
_PRIVATE = ("region_id", "kubeconfig")


class Akua(Behaviour):
    def scope(self, call: Call) -> str:
        return call.headers.get("akua-context") or DEFAULT_WORKSPACE

    def new_id(self, resource: Resource, call: Call) -> str:
        return "cl_" + secrets.token_hex(12)

    def new_document(self, resource: Resource, call: Call, id: str) -> dict[str, Any]:
        body = call.body
        return {
            "id": id,
            "name": body["name"],
            "workspace_id": self.scope(call),
            "provider": body["provider"],
        }

    def new_private(self, resource: Resource, call: Call, id: str) -> dict[str, Any]:
        return {k: call.body[k] for k in _PRIVATE if k in call.body}

    def apply_update(self, resource: Resource, record: Record, call: Call) -> None:
        for key, value in call.body.items():
            if key in _PRIVATE:
                record.private[key] = value
            else:
                record.doc[key] = value

    def stamp(self, resource: Resource, record: Record, now: float, created: bool) -> None:
        if created:
            record.doc["created_at"] = int(now)
        record.doc["updated_at"] = int(now)

    def present(self, resource: Resource, record: Record) -> dict[str, Any]:
        doc = super().present(resource, record)
        lifecycle = self.lifecycle(resource)
        doc["reconciling"] = bool(lifecycle and lifecycle.is_transitional(lifecycle.state(doc)))
        return doc
