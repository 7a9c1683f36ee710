"""The generated clients drive each reference server through its whole documented lifecycle,
every operation included: create, wait until ready (the server's clock moves the states),
read, list, change, the API's extra operations, delete.

Run three ways, as moto runs its suite twice: in-process (the client's httpx transport hands
requests to the app, no socket), a server thread on 127.0.0.1, and `python -m generator serve`
as a child process; each with the sync and the async facade. Every answer is checked against
the spec by the server itself (`check_responses`), and the test fails on any off-spec one."""

from __future__ import annotations

import asyncio
import base64
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from cryptography import x509

from generator.serve import ChildServer, ThreadedServer
from generator.serve.app import ReferenceApp
from generator.serve.transport import AsyncInProcessTransport, InProcessTransport
from generator.spec.catalog import spec_path
from tests.e2e.clients import package, runtime
from tests.serve.conftest import AUTH, TOKEN, config

LIFECYCLE = "time:0.25"  # each state lasts 250 ms: long enough to catch Kupe before it runs
WAIT = {"timeout": 20.0, "interval": 0.02, "max_interval": 0.05}
FACADES = {
    "akua": "Akua",
    "cockroach-cloud": "CockroachCloud",
    "coreweave-cks": "CoreweaveCks",
    "kupe": "Kupe",
}


async def done(value: Any) -> Any:
    """The value of a sync facade's call, or the awaited value of an async one's."""
    return await value if inspect.isawaitable(value) else value


async def every(items: Iterator[Any] | AsyncIterator[Any]) -> list[Any]:
    if isinstance(items, Iterator):
        return list(items)
    return [item async for item in items]


async def raises(error: type[BaseException], call: Callable[[], Any]) -> BaseException:
    with pytest.raises(error) as caught:
        await done(call())
    return caught.value


# --- the journeys, one per API ----------------------------------------------------------------


async def kupe(pkg: Any, api: Any) -> None:
    models, errors = pkg.models, pkg.errors
    body = models.ClusterCreate.from_dict(
        {"name": "prod", "displayName": "Production", "type": "shared", "version": "1.31"}
    )
    created = await done(api.create_cluster("acme", body=body))
    assert created.status.phase.value == "Pending"
    await raises(errors.ServerError, lambda: api.get_cluster_kubeconfig("acme", "prod"))
    ready = await done(api.wait_until_cluster_ready("acme", "prod", **WAIT))
    assert ready.status.phase.value == "Running"
    listed = await done(api.list_clusters("acme"))
    assert [c.name for c in listed.items] == ["prod"]
    assert (await done(api.list_clusters("other"))).items == []
    # The facade sends the last ETag it saw as If-Match.
    changed = await done(
        api.update_cluster("acme", "prod", body=models.ClusterUpdate.from_dict({"version": "1.32"}))
    )
    assert changed.version == "1.32"
    assert int(changed.resource_version) > int(created.resource_version)
    stale = await raises(
        errors.PreconditionFailedError,
        lambda: api.update_cluster(
            "acme",
            "prod",
            body=models.ClusterUpdate.from_dict({"version": "1.33"}),
            if_match=f'"{created.resource_version}"',
        ),
    )
    assert "changed" in stale.body.error
    connection = await done(api.get_cluster_kubeconfig("acme", "prod"))
    ca = x509.load_pem_x509_certificate(base64.b64decode(connection.certificate_authority))
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert connection.endpoint == "https://prod.acme.kupe.cloud"
    await done(api.delete_cluster("acme", "prod"))
    await raises(errors.NotFoundError, lambda: api.get_cluster("acme", "prod"))


async def akua(pkg: Any, api: Any) -> None:
    models, errors = pkg.models, pkg.errors
    body = models.CreateClusterRequest.from_dict(
        {"name": "prod", "region_id": "eu-west-1", "provider": "managed_kaas"}
    )
    created = await done(api.create_cluster(body=body, akua_context="ws_team"))
    again = await done(api.create_cluster(body=body, akua_context="ws_team"))
    assert created.state.value == "pending"
    assert created.reconciling
    assert created.workspace_id == "ws_team"
    assert again.id != created.id  # a fresh idempotency key per call: two clusters
    ready = await done(api.wait_until_cluster_ready(created.id, akua_context="ws_team", **WAIT))
    assert ready.state.value == "active"
    assert not ready.reconciling
    listed = await done(api.list_clusters(akua_context="ws_team"))
    assert {c.id for c in listed.items} == {created.id, again.id}
    assert (await done(api.list_clusters())).items == []  # the default workspace is another
    conflict = await raises(
        errors.ConflictError,
        lambda: api.update_cluster(
            created.id,
            body=models.UpdateClusterRequest.from_dict({"name": "renamed"}),
            if_match="0",
            akua_context="ws_team",
        ),
    )
    assert conflict.current_etag == ready.etag
    changed = await done(
        api.update_cluster(
            created.id,
            body=models.UpdateClusterRequest.from_dict({"name": "renamed"}),
            if_match=conflict.current_etag,
            akua_context="ws_team",
        )
    )
    assert changed.name == "renamed"
    assert changed.etag != ready.etag
    deleting = await done(
        api.delete_cluster(created.id, if_match=changed.etag, akua_context="ws_team")
    )
    assert deleting.state.value == "deleting"
    await _gone(lambda: api.get_cluster(created.id, akua_context="ws_team"), errors)
    current = await done(api.get_cluster(again.id, akua_context="ws_team"))
    await done(api.delete_cluster(again.id, if_match=current.etag, akua_context="ws_team"))
    await _gone(lambda: api.get_cluster(again.id, akua_context="ws_team"), errors)
    assert (await done(api.list_clusters(akua_context="ws_team"))).items == []


async def _gone(fetch: Callable[[], Any], errors: Any) -> None:
    """Poll until the resource has left its deleting state for good (404)."""
    for _ in range(2000):
        try:
            await done(fetch())
        except errors.NotFoundError:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the resource was never removed")


async def cockroach(pkg: Any, api: Any) -> None:
    models, errors = pkg.models, pkg.errors
    regions = await done(api.list_available_regions(provider=models.CloudProvider.GCP))
    assert "us-central1" in regions.regions
    body = models.CreateClusterRequest.from_dict(
        {
            "name": "moose",
            "provider": "GCP",
            "spec": {"serverless": {"regions": regions.regions[:3], "spendLimit": 0}},
        }
    )
    created = await done(api.create_cluster(body=body))
    assert created.state == "CREATING"
    assert created.config.serverless.spend_limit == 0
    nodes = await done(api.list_cluster_nodes(created.id))
    assert {n.status.value for n in nodes.nodes} == {"NOT_READY"}
    ready = await done(api.wait_until_cluster_ready(created.id, **WAIT))
    assert ready.state == "CREATED"
    live = await every(api.iter_list_cluster_nodes(created.id, pagination_limit=1))
    # Three pages of one node each, as plain JSON objects.
    assert [n["region_name"] for n in live] == regions.regions[:3]
    assert {n["status"] for n in live} == {"LIVE"}
    await done(api.set_spend_limit(created.id, body=models.SetSpendLimitRequest(spend_limit=25)))
    assert (await done(api.get_cluster(created.id))).config.serverless.spend_limit == 25
    listed = await every(api.iter_list_clusters(pagination_limit=1))
    assert [c["id"] for c in listed] == [created.id]
    await done(api.delete_cluster(created.id))
    assert (await done(api.list_clusters())).clusters == []
    inactive = await done(api.list_clusters(show_inactive=True))
    assert [(c.id, c.state) for c in inactive.clusters] == [(created.id, "DELETED")]
    await raises(errors.NotFoundError, lambda: api.delete_cluster(created.id))


async def cks(pkg: Any, api: Any) -> None:
    models, errors = pkg.models, pkg.errors
    request = {
        "name": "prod-01",
        "zone": "US-EAST-04A",
        "vpcId": "vpc-1",
        "version": "v1.32",
        "network": {"podCidrName": "p", "serviceCidrName": "s", "internalLbCidrNames": ["l"]},
        "oidc": {"issuerUrl": "https://issuer.example.test", "clientId": "kube"},
    }
    created = (
        await done(api.create_cluster(body=models.CreateClusterRequest.from_dict(request)))
    ).cluster
    assert created.status == "STATUS_CREATING"
    duplicate = await raises(
        errors.ConflictError,
        lambda: api.create_cluster(body=models.CreateClusterRequest.from_dict(request)),
    )
    assert duplicate.body.code == 6  # ALREADY_EXISTS
    ready = (await done(api.wait_until_cluster_ready(created.id, **WAIT))).cluster
    assert ready.status == "STATUS_RUNNING"
    # The masked update sends exactly the fields set: oidc.clientId and version.
    update = models.UpdateClusterRequest.from_dict(
        {"id": created.id, "version": "v1.33", "oidc": {"clientId": "kube-2"}}
    )
    changed = (await done(api.update_cluster_masked(created.id, body=update))).cluster
    assert changed.version == "v1.33"
    assert changed.oidc.client_id == "kube-2"
    assert changed.oidc.issuer_url == "https://issuer.example.test"  # not in the mask: kept
    listed = await done(api.list_clusters())
    assert [c.id for c in listed.items] == [created.id]
    deleting = (await done(api.delete_cluster(created.id))).cluster
    assert deleting.status == "STATUS_DELETING"
    await _gone(lambda: api.get_cluster(created.id), errors)


JOURNEYS = {"akua": akua, "cockroach-cloud": cockroach, "coreweave-cks": cks, "kupe": kupe}


# --- the three ways to run them -------------------------------------------------------------


@contextmanager
def in_process(api: str, pkg: Any, is_async: bool) -> Iterator[Any]:
    app = ReferenceApp(config(api, lifecycle=LIFECYCLE))
    url = "http://reference.test" + app.base_path
    client = pkg.AuthenticatedClient(base_url=url, token=TOKEN)
    if is_async:
        client.set_async_httpx_client(
            httpx.AsyncClient(base_url=url, headers=AUTH, transport=AsyncInProcessTransport(app))
        )
    else:
        client.set_httpx_client(
            httpx.Client(base_url=url, headers=AUTH, transport=InProcessTransport(app))
        )
    try:
        yield client
    finally:
        app.close()
    assert app.response_violations == []


@contextmanager
def server_thread(api: str, pkg: Any, is_async: bool) -> Iterator[Any]:
    server = ThreadedServer(config(api, lifecycle=LIFECYCLE)).start()
    try:
        yield _client(pkg, server.url)
    finally:
        server.stop()
    assert server.app.response_violations == []


@contextmanager
def child_process(api: str, pkg: Any, is_async: bool) -> Iterator[Any]:
    server = ChildServer(
        spec_path(api), ["--db", ":memory:", "--lifecycle", LIFECYCLE, "--check-responses"]
    ).start()
    try:
        yield _client(pkg, server.url)
        off_spec = httpx.get(server.root + "/_reference/violations").json()["violations"]
    finally:
        code = server.stop()
    assert off_spec == []
    assert code == 0  # SIGTERM is a clean shutdown


def _client(pkg: Any, url: str) -> Any:
    return pkg.AuthenticatedClient(
        base_url=url, token=TOKEN, retry=runtime(pkg).RetryPolicy(max_retries=0)
    )


MODES = {"in-process": in_process, "server-thread": server_thread, "child-process": child_process}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api", sorted(JOURNEYS))
def test_the_whole_lifecycle_through_the_generated_client(
    api: str, is_async: bool, mode: str
) -> None:
    pkg = package(api)
    facade = getattr(pkg, ("Async" if is_async else "") + FACADES[api])

    async def run() -> None:
        with MODES[mode](api, pkg, is_async) as client:
            await JOURNEYS[api](pkg, facade(client=client))

    asyncio.run(run())
