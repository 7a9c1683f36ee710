"""The generated facades over real HTTP: typed errors carrying the parsed provider body, the
lifecycle waiter, conditional updates with the last ETag, AIP-157 field masks, automatic
idempotency keys, and iteration over every page."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from tests.e2e.clients import package, runtime
from tests.e2e.stub_server import serve
from tests.validate.conftest import validator


def _facade(pkg: Any, base_url: str, name: str, **extra: Any) -> Any:
    extra.setdefault("retry", runtime(pkg).RetryPolicy(max_retries=0))
    return getattr(pkg, name)(base_url=base_url, token="t0ken", **extra)


def _cluster(state: str) -> dict[str, Any]:
    return {
        "id": "c-1",
        "name": "prod",
        "workspace_id": "ws_1",
        "state": state,
        "provider": "managed_kaas",
        "reconciling": False,
        "created_at": 1,
        "updated_at": 2,
        "etag": "7",
    }


def test_typed_errors_carry_the_parsed_body() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.answers["updateCluster"] = [
            (409, {}, {"code": "ABORTED", "message": "stale", "metadata": {"etag": "8"}})
        ]
        stub.answers["getCluster"] = [(404, {}, {"code": "NOT_FOUND", "message": "gone"})]
        with _facade(pkg, stub.base_url, "Akua") as akua:
            with pytest.raises(pkg.errors.ConflictError) as conflict:
                akua.update_cluster(
                    "c-1", body=pkg.models.UpdateClusterRequest(name="x"), if_match="7"
                )
            with pytest.raises(pkg.errors.NotFoundError) as missing:
                akua.get_cluster("c-1")
    assert conflict.value.status_code == 409
    assert conflict.value.current_etag == "8"  # from the documented error metadata
    assert type(conflict.value.body).__name__ == "AbortedError"
    assert isinstance(missing.value, pkg.errors.ClientError)
    assert missing.value.body.code == "NOT_FOUND"


def test_connection_errors_are_typed() -> None:
    pkg = package("kupe")
    # nothing listens on port 9
    with (
        _facade(pkg, "http://127.0.0.1:9/api", "Kupe") as kupe,
        pytest.raises(pkg.errors.APIConnectionError),
    ):
        kupe.get_cluster("acme", "prod")


def test_waiter_returns_when_ready_and_raises_on_failure() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.answers["getCluster"] = [
            (200, {}, _cluster("pending")),
            (200, {}, _cluster("provisioning")),
            (200, {}, _cluster("active")),
        ]
        with _facade(pkg, stub.base_url, "Akua") as akua:
            ready = akua.wait_until_cluster_ready("c-1", interval=0.01, timeout=30)
        assert ready.state.value == "active"
        assert len(stub.seen) == 3

    kupe_pkg = package("kupe")
    failed = {
        "name": "prod",
        "displayName": "Prod",
        "type": "shared",
        "status": {"phase": "Failed"},
        "resourceVersion": "1",
        "createdAt": "2026-04-06T12:00:00Z",
    }
    with serve(validator("kupe")) as stub:
        stub.answers["getCluster"] = [(200, {}, failed)]
        with (
            _facade(kupe_pkg, stub.base_url, "Kupe") as kupe,
            pytest.raises(kupe_pkg.errors.ResourceFailedError) as raised,
        ):
            kupe.wait_until_cluster_ready("acme", "prod", interval=0.01)
    assert raised.value.state == "Failed"


def test_waiter_times_out() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.answers["getCluster"] = [(200, {}, _cluster("pending"))] * 50
        with (
            _facade(pkg, stub.base_url, "Akua") as akua,
            pytest.raises(pkg.errors.WaitTimeoutError) as raised,
        ):
            akua.wait_until_cluster_ready("c-1", interval=0.01, timeout=0.05)
    assert raised.value.last_state == "pending"


def test_conditional_update_sends_the_last_etag() -> None:
    pkg = package("kupe")
    with serve(validator("kupe")) as stub, _facade(pkg, stub.base_url, "Kupe") as kupe:
        kupe.get_cluster("acme", "prod")
        etag = kupe.last_etag("prod")
        kupe.update_cluster("acme", "prod", body=pkg.models.ClusterUpdate(version="1.32"))
    assert etag
    update = stub.seen[-1]
    assert update.operation == "updateCluster"
    assert update.headers["If-Match"] == etag
    assert update.violations == []


def test_field_mask_holds_exactly_the_fields_set() -> None:
    pkg = package("coreweave-cks")
    models = pkg.models
    with (
        serve(validator("coreweave-cks")) as stub,
        _facade(pkg, stub.base_url, "CoreweaveCks") as cks,
    ):
        body = models.UpdateClusterRequest(
            id="c-1",
            version="v1.33",
            oidc=models.Oidc(issuer_url="https://issuer.test", client_id="kube"),
            update_mask="ignored",
        )
        cks.update_cluster_masked("c-1", body=body)
    sent = json.loads(stub.seen[-1].body)
    assert sent["updateMask"] == "oidc.clientId,oidc.issuerUrl,version"
    assert stub.seen[-1].violations == []


def test_idempotency_keys_are_automatic_and_stable_across_retries() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.failures = [(503, {})]
        retry = runtime(pkg).RetryPolicy(max_retries=2, backoff=0.0)
        with _facade(pkg, stub.base_url, "Akua", retry=retry) as akua:
            akua.create_cluster(
                body=pkg.models.CreateClusterRequest(
                    name="prod", region_id="eu-1", provider=pkg.models.ClusterProvider.MANAGED_KAAS
                )
            )
            akua.create_cluster(
                body=pkg.models.CreateClusterRequest(
                    name="prod", region_id="eu-1", provider=pkg.models.ClusterProvider.MANAGED_KAAS
                )
            )
    keys = [s.headers["idempotency-key"] for s in stub.seen]
    assert len(keys) == 3  # one retried call, then a second call
    assert keys[0] == keys[1]  # the retry reuses the key
    assert keys[2] != keys[0]  # a new call gets a new one


def test_iteration_over_every_page() -> None:
    pkg = package("cockroach-cloud")

    def page(names: list[str], following: int, last: int) -> dict[str, Any]:
        return {
            "nodes": [{"name": n, "region_name": "us-central1", "status": "LIVE"} for n in names],
            "pagination": {
                "next": following,
                "last": last,
                "limit": 2,
                "total_results": 5,
                "time": "2026-04-06T12:00:00Z",
                "order": "ASC",
            },
        }

    with serve(validator("cockroach-cloud")) as stub:
        stub.answers["listClusterNodes"] = [
            (200, {}, page(["a", "b"], 2, 3)),
            (200, {}, page(["c", "d"], 3, 3)),
            (200, {}, page(["e"], 0, 3)),
        ]
        with _facade(pkg, stub.base_url, "CockroachCloud") as crdb:
            names = [node["name"] for node in crdb.iter_list_cluster_nodes("c-1")]
    assert names == ["a", "b", "c", "d", "e"]
    assert [s.operation for s in stub.seen] == ["listClusterNodes"] * 3
    pages = [s.query for s in stub.seen]
    assert pages == ["", "pagination.page=2", "pagination.page=3"]


def test_async_facade() -> None:
    pkg = package("akua")

    async def run(base_url: str) -> Any:
        async with _facade(pkg, base_url, "AsyncAkua") as akua:
            created = await akua.create_cluster(
                body=pkg.models.CreateClusterRequest(
                    name="prod", region_id="eu-1", provider=pkg.models.ClusterProvider.MANAGED_KAAS
                )
            )
            ready = await akua.wait_until_cluster_ready(created.id, interval=0.01)
            with pytest.raises(pkg.errors.NotFoundError):
                await akua.get_cluster("missing")
            return ready

    with serve(validator("akua")) as stub:
        stub.answers["getCluster"] = [
            (200, {}, _cluster("active")),
            (404, {}, {"code": "NOT_FOUND", "message": "no"}),
        ]
        ready = asyncio.run(run(stub.base_url))
    assert ready.state.value == "active"
