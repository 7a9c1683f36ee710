"""Strict validators, lenient clients: the generated facades read what the vendors' real
servers send, not only what their documents list. Answers shaped like the vendors' own traffic
(their SDKs, Terraform providers and CLIs) come from a spec-driven stub over real HTTP:
phases and enum values the spec does not list, extra fields at several levels, a DELETE with a
body, a 412 without an ETag, bodies that are not JSON. Every facade method either returns a
typed value or raises one of the package's own errors, never anything else."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.clients import package, runtime
from tests.e2e.stub_server import serve
from tests.validate.conftest import validator

FACADES = {
    "akua": "Akua",
    "cockroach-cloud": "CockroachCloud",
    "coreweave-cks": "CoreweaveCks",
    "kupe": "Kupe",
}


def _facade(pkg: Any, base_url: str, name: str) -> Any:
    return getattr(pkg, name)(
        base_url=base_url, token="t0ken", retry=runtime(pkg).RetryPolicy(max_retries=0)
    )


def _kupe_cluster(phase: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": "prod",
        "displayName": "Prod",
        "type": "shared",
        "status": {"phase": phase, "conditions": [{"type": "Upgraded", "status": "False"}]},
        "resourceVersion": "12",
        "createdAt": "2026-04-06T12:00:00.123456789Z",  # nine fraction digits, as Go writes
        "resources": {"cpu": "4", "memory": "8Gi", "storage": "100Gi", "gpu": "1"},
        **extra,
    }


def test_kupe_unknown_phase_extra_fields_and_a_list_that_holds_one() -> None:
    pkg = package("kupe")
    upgrading = _kupe_cluster("Upgrading", region="eu-2", type="hybrid")
    with serve(validator("kupe")) as stub:
        stub.answers["getCluster"] = [
            (200, {"ETag": '"12"'}, upgrading),
            (200, {}, upgrading),
            (200, {}, _kupe_cluster("Running")),
        ]
        stub.answers["listClusters"] = [
            (200, {}, {"items": [_kupe_cluster("Running"), upgrading], "continue": "abc"})
        ]
        with _facade(pkg, stub.base_url, "Kupe") as kupe:
            got = kupe.clusters.get("acme", "prod")
            ready = kupe.clusters.wait_until_ready("acme", "prod", interval=0.01)
            listed = list(kupe.clusters.list("acme"))
    assert got.status.phase == "Upgrading"  # a plain string, not an error
    assert got.type_ == "hybrid"
    assert got.additional_properties == {"region": "eu-2"}
    assert got.status.additional_properties["conditions"][0]["type"] == "Upgraded"
    assert got.resources is not None
    assert got.resources.additional_properties == {"gpu": "1"}
    assert got.created_at.microsecond == 123456
    round_trip = got.to_dict()
    assert round_trip["region"] == "eu-2"
    assert round_trip["status"]["conditions"] == upgrading["status"]["conditions"]
    assert round_trip["resources"]["gpu"] == "1"
    assert ready.status.phase == "Running"  # Upgrading meant keep waiting
    assert [c.status.phase for c in listed] == ["Running", "Upgrading"]


def test_kupe_optional_fields_read_as_none_and_enums_stay_members() -> None:
    pkg = package("kupe")
    bare = _kupe_cluster("Running")
    del bare["resources"]
    with serve(validator("kupe")) as stub:
        stub.answers["getCluster"] = [(200, {}, bare)]
        with _facade(pkg, stub.base_url, "Kupe") as kupe:
            got = kupe.clusters.get("acme", "prod")
    assert got.resources is None
    assert got.version is None
    assert "resources=None" in repr(got)
    assert "UNSET" not in repr(got)
    assert "Unset" not in repr(got)
    assert got.type_ is pkg.models.ClusterType.SHARED  # a known value stays a member


def test_a_delete_that_answers_with_a_body_returns_it() -> None:
    pkg = package("cockroach-cloud")
    deleted = {"id": "c-1", "name": "moose", "state": "DELETED", "extra": {"x": 1}}
    with serve(validator("cockroach-cloud")) as stub:
        stub.answers["deleteCluster"] = [(200, {}, deleted), (200, {}, None)]
        with _facade(pkg, stub.base_url, "CockroachCloud") as crdb:
            first = crdb.clusters.delete("c-1")
            second = crdb.clusters.delete("c-1")
    assert first == deleted  # no schema documented: the decoded JSON
    assert second is None  # no body at all


def test_enum_values_the_spec_does_not_list_go_out_and_come_back() -> None:
    pkg = package("cockroach-cloud")
    with serve(validator("cockroach-cloud")) as stub:
        stub.answers["listAvailableRegions"] = [
            (200, {}, {"regions": ["eastus"], "pagination": {"next": 0}, "provider": "AZURE"})
        ]
        with _facade(pkg, stub.base_url, "CockroachCloud") as crdb:
            regions = crdb.list_available_regions(provider="AZURE")
    assert regions.regions == ["eastus"]
    assert regions.to_dict()["provider"] == "AZURE"  # kept, whether listed or not
    assert stub.seen[-1].query == "provider=AZURE"  # sent as given; the server may refuse it


def test_cks_unknown_status_and_nested_extras() -> None:
    pkg = package("coreweave-cks")
    cluster = {
        "id": "c-1",
        "name": "prod-01",
        "zone": "US-EAST-04A",
        "vpcId": "vpc-1",
        "version": "v1.33",
        "status": "STATUS_UPGRADING",
        "oidc": {"issuerUrl": "not a URL", "clientId": "kube", "audiences": ["a"]},
        "network": {"podCidrName": "p", "serviceCidrName": "s", "dualStack": True},
        "nodePools": 3,
    }
    with serve(validator("coreweave-cks")) as stub:
        stub.answers["getCluster"] = [(200, {}, {"cluster": cluster, "requestId": "r-1"})]
        with _facade(pkg, stub.base_url, "CoreweaveCks") as cks:
            envelope = cks.clusters.get("c-1")
    got = envelope.cluster
    assert got.status == "STATUS_UPGRADING"
    assert got.oidc is not None
    assert got.oidc.additional_properties == {"audiences": ["a"]}
    assert envelope.additional_properties == {"requestId": "r-1"}
    assert got.to_dict()["network"]["dualStack"] is True


def test_akua_unknown_state_and_a_precondition_failure_without_an_etag() -> None:
    pkg = package("akua")
    cluster = {
        "id": "c-1",
        "name": "prod",
        "workspace_id": "ws_1",
        "state": "hibernating",
        "provider": "bare_metal",
        "reconciling": False,
        "created_at": 1,
        "updated_at": 2,
        "etag": "7",
        "labels": {"team": "a"},
    }
    with serve(validator("akua")) as stub:
        stub.answers["getCluster"] = [(200, {}, cluster)]
        stub.answers["updateCluster"] = [(412, {}, {"message": "precondition failed"})]
        with _facade(pkg, stub.base_url, "Akua") as akua:
            got = akua.clusters.get("c-1")
            with pytest.raises(pkg.errors.PreconditionFailedError) as failed:
                akua.clusters.update("c-1", name="x")
    assert got.state == "hibernating"
    assert got.provider == "bare_metal"
    assert got.additional_properties == {"labels": {"team": "a"}}
    assert failed.value.current_etag is None
    assert failed.value.body == {"message": "precondition failed"}
    assert stub.seen[-1].headers["if-match"] == "7"  # the version last seen, as the body gave it


def test_answers_that_cannot_be_read_raise_the_clients_own_error() -> None:
    pkg = package("kupe")
    missing = _kupe_cluster("Running")
    del missing["name"]
    with serve(validator("kupe")) as stub:
        stub.answers["getCluster"] = [
            (200, {"Content-Type": "text/html"}, b"<html>maintenance</html>"),
            (200, {}, missing),
            (200, {}, ["not", "an", "object"]),
            (502, {"Content-Type": "text/html"}, b"<html>bad gateway</html>"),
        ]
        with _facade(pkg, stub.base_url, "Kupe") as kupe:
            with pytest.raises(pkg.errors.ResponseParseError) as html:
                kupe.clusters.get("acme", "prod")
            with pytest.raises(pkg.errors.ResponseParseError) as absent:
                kupe.clusters.get("acme", "prod")
            with pytest.raises(pkg.errors.ResponseParseError):
                kupe.clusters.get("acme", "prod")
            with pytest.raises(pkg.errors.ServerError) as gateway:
                kupe.clusters.get("acme", "prod")
    assert html.value.status_code == 200
    assert html.value.content == b"<html>maintenance</html>"
    assert html.value.headers["content-type"] == "text/html"
    assert "not JSON" in html.value.reason
    assert "name" in absent.value.reason
    assert gateway.value.body is None
    assert gateway.value.content == b"<html>bad gateway</html>"


def _parsers() -> list[tuple[str, str, Any]]:
    found = []
    for api in sorted(FACADES):
        pkg = package(api)
        facade = importlib.import_module(pkg.__name__ + ".facade")
        for name, function in inspect.getmembers(facade, inspect.isfunction):
            if name.startswith("_parse_"):
                found.append((api, name, function))
    return found


def _nested(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    _nested,
    max_leaves=12,
)


@pytest.mark.parametrize(("api", "name", "parser"), _parsers(), ids=lambda v: str(v)[:40])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=JSON, status=st.sampled_from([200, 201, 202, 204]))
def test_every_method_reads_any_json_or_raises_its_own_error(
    api: str, name: str, parser: Any, data: Any, status: int
) -> None:
    pkg = package(api)
    base = importlib.import_module(pkg.__name__ + "._base_client")
    content = json.dumps(data).encode()
    request = httpx.Request("GET", "http://vendor.test/x")
    answer = base.APIResponse(httpx.Response(status, content=content, request=request), parser)
    try:
        answer.parse()
    except pkg.errors.ResponseParseError as exc:  # the only error allowed, with what came
        error = exc
    else:
        return
    assert error.content == content


def test_the_async_facade_is_as_lenient() -> None:
    pkg = package("kupe")

    async def run(base_url: str) -> Any:
        async with pkg.AsyncKupe(base_url=base_url, token="t") as kupe:
            got = await kupe.clusters.get("acme", "prod")
            with pytest.raises(pkg.errors.ResponseParseError):
                await kupe.clusters.get("acme", "prod")
            return got

    with serve(validator("kupe")) as stub:
        stub.answers["getCluster"] = [
            (200, {}, _kupe_cluster("Upgrading")),
            (200, {}, b"{truncated"),
        ]
        got = asyncio.run(run(stub.base_url))
    assert got.status.phase == "Upgrading"
