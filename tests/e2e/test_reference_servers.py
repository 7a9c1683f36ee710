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
from collections.abc import Callable, Iterator
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
from tests.serve.conftest import TOKEN, config

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


async def every(items: Any) -> list[Any]:
    """Every item of a sync or an async pager."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


async def raises(error: type[BaseException], call: Callable[[], Any]) -> Any:
    with pytest.raises(error) as caught:
        await done(call())
    return caught.value


# --- the journeys, one per API, through the resource facades ----------------------------------


async def kupe(pkg: Any, api: Any) -> None:
    errors = pkg.errors
    created = await done(
        api.clusters.create(
            "acme", name="prod", display_name="Production", type_="shared", version="1.31"
        )
    )
    assert created.status.phase == "Pending"
    await raises(errors.ServerError, lambda: api.get_cluster_kubeconfig("acme", "prod"))
    ready = await done(api.clusters.wait_until_ready("acme", "prod", **WAIT))
    assert ready.status.phase == "Running"
    assert [c.name for c in await every(api.clusters.list("acme"))] == ["prod"]
    assert await every(api.clusters.list("other")) == []
    # The facade sends the last ETag it saw as If-Match.
    remembered = api.clusters.last_etag("acme", "prod")
    assert remembered == f'"{ready.resource_version}"'
    changed = await done(api.clusters.update("acme", "prod", version="1.32"))
    assert changed.version == "1.32"
    assert int(changed.resource_version) > int(created.resource_version)
    stale = await raises(
        errors.PreconditionFailedError,
        lambda: api.clusters.update(
            "acme", "prod", version="1.33", if_match=f'"{created.resource_version}"'
        ),
    )
    assert "changed" in stale.body["error"]
    connection = await done(api.get_cluster_kubeconfig("acme", "prod"))
    ca = x509.load_pem_x509_certificate(base64.b64decode(connection.certificate_authority))
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert connection.endpoint == "https://prod.acme.kupe.cloud"
    await done(api.clusters.delete("acme", "prod"))
    assert api.clusters.last_etag("acme", "prod") is None
    await raises(errors.NotFoundError, lambda: api.clusters.get("acme", "prod"))


async def akua(pkg: Any, api: Any) -> None:
    errors = pkg.errors
    body = {"name": "prod", "region_id": "eu-west-1", "provider": "managed_kaas"}
    created = await done(api.clusters.create(**body, akua_context="ws_team"))
    again = await done(api.clusters.create(**body, akua_context="ws_team"))
    assert created.state == "pending"
    assert created.reconciling
    assert created.workspace_id == "ws_team"
    assert again.id != created.id  # a fresh idempotency key per call: two clusters
    ready = await done(api.clusters.wait_until_ready(created.id, akua_context="ws_team", **WAIT))
    assert ready.state == "active"
    assert not ready.reconciling
    listed = await every(api.clusters.list(akua_context="ws_team"))
    assert {c.id for c in listed} == {created.id, again.id}
    assert await every(api.clusters.list()) == []  # the default workspace is another
    conflict = await raises(
        errors.ConflictError,
        lambda: api.clusters.update(
            created.id, name="renamed", if_match="0", akua_context="ws_team"
        ),
    )
    assert conflict.current_etag == ready.etag
    # No if_match: the version last seen of this cluster in this workspace is sent.
    assert api.clusters.last_etag(created.id, akua_context="ws_team") == ready.etag
    assert api.clusters.last_etag(created.id) is None  # another scope
    changed = await done(api.clusters.update(created.id, name="renamed", akua_context="ws_team"))
    assert changed.name == "renamed"
    assert changed.etag != ready.etag
    deleting = await done(api.clusters.delete(created.id, akua_context="ws_team"))
    assert deleting.state == "deleting"
    await _gone(lambda: api.clusters.get(created.id, akua_context="ws_team"), errors)
    current = await done(api.clusters.get(again.id, akua_context="ws_team"))
    await done(api.clusters.delete(again.id, if_match=current.etag, akua_context="ws_team"))
    await _gone(lambda: api.clusters.get(again.id, akua_context="ws_team"), errors)
    assert await every(api.clusters.list(akua_context="ws_team")) == []


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
    errors = pkg.errors
    regions = await done(api.list_available_regions(provider="GCP"))
    assert "us-central1" in regions.regions
    created = await done(
        api.clusters.create(
            name="moose",
            provider=pkg.models.CloudProvider.GCP,
            spec={"serverless": {"regions": regions.regions[:3], "spendLimit": 0}},
        )
    )
    assert created.state == "CREATING"
    assert created.config.serverless.spend_limit == 0
    nodes = await every(api.list_cluster_nodes(created.id))
    assert {n.status for n in nodes} == {"NOT_READY"}
    ready = await done(api.clusters.wait_until_ready(created.id, **WAIT))
    assert ready.state == "CREATED"
    live = await every(api.list_cluster_nodes(created.id, pagination_limit=1))
    # Three pages of one node each, typed.
    assert [n.region_name for n in live] == regions.regions[:3]
    assert {n.status for n in live} == {"LIVE"}
    await done(api.set_spend_limit(created.id, spend_limit=25))
    assert (await done(api.clusters.get(created.id))).config.serverless.spend_limit == 25
    listed = await every(api.clusters.list(pagination_limit=1))
    assert [c.id for c in listed] == [created.id]
    await done(api.clusters.delete(created.id))
    assert await every(api.clusters.list()) == []
    inactive = await every(api.clusters.list(show_inactive=True))
    assert [(c.id, c.state) for c in inactive] == [(created.id, "DELETED")]
    await raises(errors.NotFoundError, lambda: api.clusters.delete(created.id))


async def cks(pkg: Any, api: Any) -> None:
    errors = pkg.errors
    request = {
        "name": "prod-01",
        "zone": "US-EAST-04A",
        "vpc_id": "vpc-1",
        "version": "v1.32",
        "network": {"podCidrName": "p", "serviceCidrName": "s", "internalLbCidrNames": ["l"]},
        "oidc": pkg.models.Oidc(issuer_url="https://issuer.example.test", client_id="kube"),
    }
    created = (await done(api.clusters.create(**request))).cluster
    assert created.status == "STATUS_CREATING"
    duplicate = await raises(errors.ConflictError, lambda: api.clusters.create(**request))
    assert duplicate.body["code"] == 6  # ALREADY_EXISTS
    ready = (await done(api.clusters.wait_until_ready(created.id, **WAIT))).cluster
    assert ready.status == "STATUS_RUNNING"
    # The mask names exactly the fields given: oidc.clientId and version.
    changed = (
        await done(api.clusters.update(created.id, version="v1.33", oidc={"clientId": "kube-2"}))
    ).cluster
    assert changed.version == "v1.33"
    assert changed.oidc.client_id == "kube-2"
    assert changed.oidc.issuer_url == "https://issuer.example.test"  # not in the mask: kept
    # `public` alone: the version every update repeats is sent as last seen, not in the mask.
    public = (await done(api.clusters.update(created.id, public=True))).cluster
    assert public.public is True
    assert public.version == "v1.33"
    assert [c.id for c in await every(api.clusters.list())] == [created.id]
    deleting = (await done(api.clusters.delete(created.id))).cluster
    assert deleting.status == "STATUS_DELETING"
    await _gone(lambda: api.clusters.get(created.id), errors)


JOURNEYS = {"akua": akua, "cockroach-cloud": cockroach, "coreweave-cks": cks, "kupe": kupe}


# --- the three ways to run them -------------------------------------------------------------


@contextmanager
def in_process(api: str, pkg: Any, is_async: bool) -> Iterator[Any]:
    """The facade over the app itself: its own httpx client with an in-process transport,
    which keeps the facade's auth, base URL and retries."""
    app = ReferenceApp(config(api, lifecycle=LIFECYCLE))
    url = "http://reference.test" + app.base_path
    facade = getattr(pkg, ("Async" if is_async else "") + FACADES[api])
    http: Any = (
        httpx.AsyncClient(transport=AsyncInProcessTransport(app))
        if is_async
        else httpx.Client(transport=InProcessTransport(app))
    )
    try:
        yield facade(base_url=url, token=TOKEN, http_client=http, retry=_no_retries(pkg))
    finally:
        app.close()
    assert app.response_violations == []


@contextmanager
def server_thread(api: str, pkg: Any, is_async: bool) -> Iterator[Any]:
    server = ThreadedServer(config(api, lifecycle=LIFECYCLE)).start()
    try:
        yield _facade(pkg, api, is_async, server.url)
    finally:
        server.stop()
    assert server.app.response_violations == []


@contextmanager
def child_process(api: str, pkg: Any, is_async: bool) -> Iterator[Any]:
    server = ChildServer(
        spec_path(api), ["--db", ":memory:", "--lifecycle", LIFECYCLE, "--check-responses"]
    ).start()
    try:
        yield _facade(pkg, api, is_async, server.url)
        off_spec = httpx.get(server.root + "/_reference/violations").json()["violations"]
    finally:
        code = server.stop()
    assert off_spec == []
    assert code == 0  # SIGTERM is a clean shutdown


def _no_retries(pkg: Any) -> Any:
    return runtime(pkg).RetryPolicy(max_retries=0)


def _facade(pkg: Any, api: str, is_async: bool, url: str) -> Any:
    facade = getattr(pkg, ("Async" if is_async else "") + FACADES[api])
    return facade(base_url=url, token=TOKEN, retry=_no_retries(pkg))


MODES = {"in-process": in_process, "server-thread": server_thread, "child-process": child_process}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api", sorted(JOURNEYS))
def test_the_whole_lifecycle_through_the_generated_client(
    api: str, is_async: bool, mode: str
) -> None:
    pkg = package(api)

    async def run() -> None:
        with MODES[mode](api, pkg, is_async) as facade:
            await JOURNEYS[api](pkg, facade)
            await done(facade.close())

    asyncio.run(run())
