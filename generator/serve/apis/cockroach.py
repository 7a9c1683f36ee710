"""CockroachDB Cloud: camelCase requests and snake_case answers, Serverless clusters in the
regions a provider offers (a default provider and region for a create that leaves them out),
deleted clusters kept (listed with `show_inactive`), nodes per region, spend limits, and the
role each operation needs (the operations' permissions)."""

from __future__ import annotations

import uuid
import zlib
from typing import Any

from generator.apimodel import Pagination, Resource
from generator.serve.apis import grpc
from generator.serve.behaviour import Behaviour, Handler
from generator.serve.calls import ApiError, Call, Reply
from generator.serve.document import timestamp
from generator.serve.store import Record

# Inferred: the document lists no regions; these are region codes each provider offers for
# Serverless clusters (us-central1 and us-west2 appear in the document's own examples).
REGIONS = {
    "GCP": ["us-central1", "us-west2", "us-east1", "europe-west1", "asia-southeast1"],
    "AWS": ["us-east-1", "us-west-2", "eu-central-1", "ap-south-1"],
}
# What a create that leaves out the provider or the regions gets (and the regions listed for
# no provider). Inferred: the document creates a cluster "using the default values" for both
# and sends GCP and us-central1 in that example, so those are GCP's defaults; it names no
# default region for AWS, and the first of AWS's list above stands in for one.
DEFAULT_PROVIDER = "GCP"
DEFAULT_REGION = {"GCP": "us-central1", "AWS": "us-east-1"}


class Cockroach(Behaviour):
    def new_document(self, resource: Resource, call: Call, id: str) -> dict[str, Any]:
        body = call.body
        serverless = body["spec"]["serverless"]
        provider = body.get("provider") or DEFAULT_PROVIDER
        regions = list(serverless.get("regions") or [DEFAULT_REGION[provider]])
        routing_id = f"{body['name']}-{zlib.crc32(id.encode()) % 10000}"
        config: dict[str, Any] = {"regions": regions, "routing_id": routing_id}
        if "spendLimit" in serverless:
            config["spend_limit"] = serverless["spendLimit"]
        return {
            "id": id,
            "name": body["name"],
            "cloud_provider": provider,
            "plan": "SERVERLESS",
            "operation_status": "CLUSTER_STATUS_UNSPECIFIED",
            "creator_id": str(uuid.uuid5(uuid.NAMESPACE_URL, "token:" + call.principal.token)),
            "regions": [
                {
                    "name": region,
                    "sql_dns": f"{routing_id}.{provider.lower()}-{region}.cockroachlabs.cloud",
                    "ui_dns": "",
                }
                for region in regions
            ],
            "config": {"serverless": config},
        }

    def check_new(self, resource: Resource, record: Record, call: Call) -> None:
        provider = record.doc["cloud_provider"]
        offered = REGIONS.get(provider, [])
        unknown = [r for r in record.doc["config"]["serverless"]["regions"] if r not in offered]
        if unknown:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                f"{provider} offers no region {', '.join(unknown)}; "
                f"available: {', '.join(offered)}",
                fields=tuple(("spec.serverless.regions", f"unknown region {r!r}") for r in unknown),
            )

    def stamp(self, resource: Resource, record: Record, now: float, created: bool) -> None:
        if created:
            record.doc["created_at"] = timestamp(now)
        record.doc["updated_at"] = timestamp(now)
        lifecycle = self.lifecycle(resource)
        if lifecycle is not None and lifecycle.is_inactive(lifecycle.state(record.doc)):
            record.doc.setdefault("deleted_at", timestamp(now))

    def listed(self, resource: Resource, record: Record, call: Call) -> bool:
        return bool(call.arg("show_inactive")) or super().listed(resource, record, call)

    def page(self, paging: Pagination, items: list[Any], call: Call) -> Any:
        if call.arg("pagination.sort_order") == "DESC":
            items = items[::-1]
        return super().page(paging, items, call)

    def page_object(self, page: int, pages: int, limit: int, total: int, call: Call) -> Any:
        return {
            "last": pages,
            "limit": limit,
            "total_results": total,
            "time": timestamp(call.now),
            "order": call.arg("pagination.sort_order") or "ASC",
        }

    def error_body(self, error: ApiError) -> Any:
        return grpc.error_body(error)

    def extra_handlers(self) -> dict[str, Handler]:
        return {
            "listAvailableRegions": self.regions,
            "listClusterNodes": self.nodes,
            "setSpendLimit": self.spend_limit,
        }

    def regions(self, call: Call) -> Reply:
        provider = call.arg("provider") or DEFAULT_PROVIDER
        return Reply(call.operation.success_status, {"regions": REGIONS[provider]})

    def active(self, resource: Resource, call: Call) -> Record:
        """A cluster that has not been deleted: a deleted one has no nodes and no spend."""
        record = self.load(resource, call)
        lifecycle = self.lifecycle(resource)
        if lifecycle is not None and lifecycle.is_inactive(lifecycle.state(record.doc)):
            raise ApiError(404, "NOT_FOUND", f"cluster {record.id!r} has been deleted")
        return record

    def nodes(self, call: Call) -> Reply:
        """One node per region; live once the cluster is created."""
        resource = self.resources["cluster"]
        record = self.active(resource, call)
        lifecycle = self.lifecycle(resource)
        live = lifecycle is None or lifecycle.is_ready(lifecycle.state(record.doc))
        nodes = [
            {
                "name": f"cockroachdb-{index}",
                "region_name": region["name"],
                "status": "LIVE" if live else "NOT_READY",
            }
            for index, region in enumerate(record.doc.get("regions", []))
        ]
        paging = call.operation.pagination
        if paging is None:
            raise ApiError(
                501, "UNIMPLEMENTED", f"{call.operation.key} declares no pagination to page by"
            )
        return Reply(call.operation.success_status, self.page(paging, nodes, call))

    def spend_limit(self, call: Call) -> Reply:
        resource = self.resources["cluster"]
        record = self.active(resource, call)
        record.doc.setdefault("config", {}).setdefault("serverless", {})["spend_limit"] = call.body[
            "spendLimit"
        ]
        self.save(resource, record, call.now)
        return Reply(call.operation.success_status)
