"""Kupe: clusters named by the client inside a tenant, an ETag per version, connection details
with a real CA certificate once the cluster runs."""

from __future__ import annotations

import base64
from typing import Any

from generator.apimodel import Operation, Resource
from generator.serve.behaviour import Behaviour, Handler
from generator.serve.calls import ApiError, Call, Reply
from generator.serve.certs import certificate_authority
from generator.serve.document import timestamp
from generator.serve.store import Record

_CONNECTION = "getClusterKubeconfig"


class Kupe(Behaviour):
    def scope(self, call: Call) -> str:
        return call.path.get("tenant", "")

    def stamp(self, resource: Resource, record: Record, now: float, created: bool) -> None:
        if created:
            record.doc["createdAt"] = timestamp(now)

    def error_body(self, error: ApiError) -> Any:
        return {"error": error.message}

    def extra_handlers(self) -> dict[str, Handler]:
        return {_CONNECTION: self.connection}

    def writes(self, operation: Operation) -> bool:
        # The first connection request of a cluster keeps the CA it makes.
        return operation.key == _CONNECTION or super().writes(operation)

    def connection(self, call: Call) -> Reply:
        """Where to reach a running cluster and the CA to trust; 503 until it runs."""
        resource = self.resources["cluster"]
        record = self.load(resource, call)
        lifecycle = self.lifecycle(resource)
        phase = lifecycle.state(record.doc) if lifecycle else None
        if lifecycle is not None and not lifecycle.is_ready(phase):
            raise ApiError(
                503,
                "UNAVAILABLE",
                f"cluster {record.id!r} is not ready yet (phase {phase}); try again later",
                headers=[("Retry-After", "5")],
            )
        host = f"{record.id}.{record.scope}.kupe.cloud"
        if "certificateAuthority" not in record.private:
            # Made on first use and kept: signing one costs more than a whole create.
            ca = certificate_authority(host)
            record.private["certificateAuthority"] = base64.b64encode(ca).decode("ascii")
            self.store.keep_private(record)
        return Reply(
            call.operation.success_status,
            {
                "endpoint": f"https://{host}",
                "certificateAuthority": record.private["certificateAuthority"],
            },
        )
