"""The generated resource facades over real HTTP (a spec-driven stub on 127.0.0.1 that checks
every request against the spec): typed errors with the decoded provider body, the lifecycle
waiter, conditional updates with the last ETag, AIP-157 field masks, automatic idempotency
keys, every page of a list, raw responses, extra_* options, construction and transports."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
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


def test_typed_errors_carry_the_decoded_body() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.answers["updateCluster"] = [
            (409, {}, {"code": "ABORTED", "message": "stale", "metadata": {"etag": "8"}})
        ]
        stub.answers["getCluster"] = [(404, {}, {"code": "NOT_FOUND", "message": "gone"})]
        with _facade(pkg, stub.base_url, "Akua") as akua:
            with pytest.raises(pkg.errors.ConflictError) as conflict:
                akua.clusters.update("c-1", name="x", if_match="7")
            with pytest.raises(pkg.errors.NotFoundError) as missing:
                akua.clusters.get("c-1")
    assert conflict.value.status_code == 409
    assert conflict.value.current_etag == "8"  # from the documented error metadata
    assert conflict.value.body["metadata"] == {"etag": "8"}
    assert isinstance(missing.value, pkg.errors.ClientError)
    assert missing.value.body["code"] == "NOT_FOUND"


def test_connection_errors_are_typed() -> None:
    pkg = package("kupe")
    # nothing listens on port 9
    with (
        _facade(pkg, "http://127.0.0.1:9/api", "Kupe") as kupe,
        pytest.raises(pkg.errors.APIConnectionError),
    ):
        kupe.clusters.get("acme", "prod")


def test_waiter_returns_when_ready_and_raises_on_failure() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.answers["getCluster"] = [
            (200, {}, _cluster("pending")),
            (200, {}, _cluster("provisioning")),
            (200, {}, _cluster("active")),
        ]
        with _facade(pkg, stub.base_url, "Akua") as akua:
            ready = akua.clusters.wait_until_ready("c-1", interval=0.01, timeout=30)
        assert ready.state == pkg.models.ClusterState.ACTIVE
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
            kupe.clusters.wait_until_ready("acme", "prod", interval=0.01)
    assert raised.value.state == "Failed"


def test_waiter_times_out() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.answers["getCluster"] = [(200, {}, _cluster("pending"))] * 50
        with (
            _facade(pkg, stub.base_url, "Akua") as akua,
            pytest.raises(pkg.errors.WaitTimeoutError) as raised,
        ):
            akua.clusters.wait_until_ready("c-1", interval=0.01, timeout=0.05)
    assert raised.value.last_state == "pending"


def test_conditional_update_sends_the_last_etag_of_that_resource_and_scope() -> None:
    pkg = package("kupe")
    with serve(validator("kupe")) as stub, _facade(pkg, stub.base_url, "Kupe") as kupe:
        kupe.clusters.get("acme", "prod")
        etag = kupe.clusters.last_etag("acme", "prod")
        assert kupe.clusters.last_etag("other", "prod") is None  # another tenant
        kupe.clusters.update("acme", "prod", version="1.32")
        kupe.clusters.update("other", "prod", version="1.32")
    assert etag
    update, other = stub.seen[-2], stub.seen[-1]
    assert update.operation == "updateCluster"
    assert update.headers["If-Match"] == etag
    assert "If-Match" not in other.headers  # never another tenant's version
    assert update.violations == []


def test_field_mask_names_exactly_the_fields_given() -> None:
    pkg = package("coreweave-cks")
    with (
        serve(validator("coreweave-cks")) as stub,
        _facade(pkg, stub.base_url, "CoreweaveCks") as cks,
    ):
        cks.clusters.update(
            "c-1",
            version="v1.33",
            oidc=pkg.models.Oidc(issuer_url="https://issuer.test", client_id="kube"),
        )
        cks.clusters.get("c-1")  # remembers the cluster's version
        cks.clusters.update("c-1", public=True)
        cks.clusters.update("c-1", public=False, update_mask="public,tailscale")
    first, public, explicit = (json.loads(s.body) for s in stub.seen if s.method == "PATCH")
    assert first["updateMask"] == "oidc.clientId,oidc.issuerUrl,version"
    assert first["id"] == "c-1"  # from the path
    assert public["updateMask"] == "public"
    assert public["version"]  # repeated as last seen, not named in the mask
    assert explicit["updateMask"] == "public,tailscale"
    assert all(s.violations == [] for s in stub.seen)


def test_idempotency_keys_are_automatic_and_stable_across_retries() -> None:
    pkg = package("akua")
    with serve(validator("akua")) as stub:
        stub.failures = [(503, {})]
        retry = runtime(pkg).RetryPolicy(max_retries=2, backoff=0.0)
        with _facade(pkg, stub.base_url, "Akua", retry=retry) as akua:
            akua.clusters.create(name="prod", region_id="eu-1", provider="managed_kaas")
            akua.clusters.create(
                name="prod", region_id="eu-1", provider=pkg.models.ClusterProvider.MANAGED_KAAS
            )
    keys = [s.headers["idempotency-key"] for s in stub.seen]
    assert len(keys) == 3  # one retried call, then a second call
    assert keys[0] == keys[1]  # the retry reuses the key
    assert keys[2] != keys[0]  # a new call gets a new one


def _nodes_page(names: list[str], following: int) -> dict[str, Any]:
    return {
        "nodes": [{"name": n, "region_name": "us-central1", "status": "LIVE"} for n in names],
        "pagination": {
            "next": following,
            "last": 3,
            "limit": 2,
            "total_results": 5,
            "time": "2026-04-06T12:00:00Z",
            "order": "ASC",
        },
    }


def test_every_page_is_fetched_as_iteration_needs_it() -> None:
    pkg = package("cockroach-cloud")
    with serve(validator("cockroach-cloud")) as stub:
        stub.answers["listClusterNodes"] = [
            (200, {}, _nodes_page(["a", "b"], 2)),
            (200, {}, _nodes_page(["c", "d"], 3)),
            (200, {}, _nodes_page(["e"], 0)),
        ]
        with _facade(pkg, stub.base_url, "CockroachCloud") as crdb:
            pager = crdb.list_cluster_nodes("c-1")
            assert stub.seen == []  # nothing is fetched before iteration
            nodes = list(pager)
    assert [n.name for n in nodes] == ["a", "b", "c", "d", "e"]
    assert all(isinstance(n, pkg.models.ClusterNode) for n in nodes)
    assert [s.query for s in stub.seen] == ["", "pagination.page=2", "pagination.page=3"]


def test_raw_responses_and_extra_options() -> None:
    pkg = package("kupe")
    with serve(validator("kupe")) as stub, _facade(pkg, stub.base_url, "Kupe") as kupe:
        raw = kupe.clusters.with_raw_response.get(
            "acme",
            "prod",
            extra_headers={"X-Trace": "t-1"},
            extra_query={"debug": "1"},
            timeout=5.0,
        )
        cluster = raw.parse()
        kupe.clusters.create(
            "acme",
            name="prod",
            display_name="Prod",
            type_="shared",
            extra_body={"labels": {"team": "a"}},
        )
    assert raw.status_code == 200
    assert raw.headers["ETag"]
    assert json.loads(raw.content)["name"] == cluster.name
    assert raw.parse() is cluster  # decoded once
    get, create = stub.seen
    assert get.headers["X-Trace"] == "t-1"
    assert get.query == "debug=1"
    assert json.loads(create.body)["labels"] == {"team": "a"}


def test_construction_without_a_token_fails_at_once_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pkg = package("kupe")
    monkeypatch.delenv("KUPE_TOKEN", raising=False)
    with pytest.raises(pkg.errors.MissingTokenError, match="KUPE_TOKEN"):
        pkg.Kupe()
    monkeypatch.setenv("KUPE_TOKEN", "from-env")
    assert pkg.Kupe().headers["Authorization"] == "Bearer from-env"


def test_own_http_client_keeps_auth_base_url_and_retries() -> None:
    pkg = package("kupe")
    with serve(validator("kupe")) as stub:
        stub.failures = [(503, {})]
        retry = runtime(pkg).RetryPolicy(max_retries=2, backoff=0.0)
        with (
            httpx.Client() as own,
            _facade(pkg, stub.base_url, "Kupe", http_client=own, retry=retry) as kupe,
        ):
            cluster = kupe.clusters.get("acme", "prod")
        transport = httpx.HTTPTransport()
        with _facade(pkg, stub.base_url, "Kupe", transport=transport) as kupe:
            kupe.clusters.get("acme", "prod")
    assert cluster.name
    assert [s.operation for s in stub.seen] == ["getCluster"] * 3  # one retried, one more
    assert {s.headers["Authorization"] for s in stub.seen} == {"Bearer t0ken"}
    assert all(s.violations == [] for s in stub.seen)


def test_async_facade() -> None:
    pkg = package("akua")

    async def run(base_url: str) -> Any:
        async with _facade(pkg, base_url, "AsyncAkua") as akua:
            created = await akua.clusters.create(
                name="prod", region_id="eu-1", provider="managed_kaas"
            )
            ready = await akua.clusters.wait_until_ready(created.id, interval=0.01)
            with pytest.raises(pkg.errors.NotFoundError):
                await akua.clusters.get("missing")
            listed = [c.id async for c in akua.clusters.list()]
            return ready, listed

    with serve(validator("akua")) as stub:
        stub.answers["getCluster"] = [
            (200, {}, _cluster("active")),
            (404, {}, {"code": "NOT_FOUND", "message": "no"}),
        ]
        ready, listed = asyncio.run(run(stub.base_url))
    assert ready.state == "active"
    assert listed  # the documented example's items


def test_the_lower_level_client_takes_a_transport_in_httpx_args() -> None:
    """openapi-python-client's AuthenticatedClient: a transport in httpx_args is used (inside
    the retries) instead of being passed twice."""
    pkg = package("kupe")
    get_cluster = __import__(f"{pkg.__name__}.api.clusters.get_cluster", fromlist=["sync"])
    with serve(validator("kupe")) as stub:
        stub.failures = [(503, {})]
        client = pkg.AuthenticatedClient(
            base_url=stub.base_url,
            token="t0ken",
            retry=runtime(pkg).RetryPolicy(max_retries=1, backoff=0.0),
            httpx_args={"transport": httpx.HTTPTransport()},
        )
        with client:
            cluster = get_cluster.sync("acme", "prod", client=client)
    assert isinstance(cluster, pkg.models.Cluster)
    assert len(stub.seen) == 2  # the 503, retried
