"""What each of the four reference servers does beyond plain CRUD, over real HTTP: CKS's
server-assigned ids, name rules and field-mask updates; CockroachDB's camelCase requests and
snake_case answers, regions, nodes, pages, spend limits and inactive clusters; Kupe's clusters
named per tenant, ETags, immutable fields and connection details with a real CA; Akua's
required `if-match`, idempotency keys and `akua-context` workspaces; and which module serves a
spec (by file name, else by server host, so a renamed copy still works). Every answer is also
checked against the spec by the `serve` fixture."""

from __future__ import annotations

import base64
import copy
import datetime
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import yaml
from cryptography import x509

from generator.apimodel import build_api
from generator.serve import ThreadedServer
from generator.serve.apis import BEHAVIOURS, HOSTS, behaviour_for
from generator.serve.apis.kupe import Kupe
from generator.serve.behaviour import Behaviour
from generator.spec import load_spec
from generator.spec.catalog import spec_path
from tests.serve.conftest import APIS, http

Serve = Callable[..., ThreadedServer]
Json = dict[str, Any]


def parse_time(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def without(doc: Json, *keys: str) -> Json:
    return {k: v for k, v in doc.items() if k not in keys}


# --- CoreWeave CKS -----------------------------------------------------------------------------

CKS_OIDC = {
    "issuerUrl": "https://idp.example.com",
    "clientId": "kubernetes",
    "usernameClaim": "email",
}


def cks_body(name: str = "prod", **extra: Any) -> Json:
    return {
        "name": name,
        "zone": "US-EAST-04A",
        "vpcId": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
        "version": "v1.32",
        "network": {
            "podCidrName": "pod-cidr",
            "serviceCidrName": "service-cidr",
            "internalLbCidrNames": ["internal-lb-cidr"],
        },
        "public": False,
        "oidc": dict(CKS_OIDC),
        "additionalServerSans": ["k8s.example.com"],
        **extra,
    }


@pytest.fixture
def cks(serve: Serve) -> Iterator[httpx.Client]:
    with http(serve("coreweave-cks")) as client:
        yield client


def cks_create(client: httpx.Client, name: str = "prod", **extra: Any) -> Json:
    answer = client.post("/v1beta1/cks/clusters", json=cks_body(name, **extra))
    assert answer.status_code == 200, answer.text
    cluster: Json = answer.json()["cluster"]
    return cluster


def cks_get(client: httpx.Client, id: str) -> Json:
    answer = client.get(f"/v1beta1/cks/clusters/{id}")
    assert answer.status_code == 200, answer.text
    cluster: Json = answer.json()["cluster"]
    return cluster


def assert_grpc_error(answer: httpx.Response, status: int, code: int) -> None:
    """A gRPC-gateway error (google.rpc.Status) with this HTTP status and gRPC code."""
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["code"] == code
    assert isinstance(body["message"], str)
    assert body["message"]
    assert isinstance(body["details"], list)


def test_cks_assigns_distinct_uuid_ids_and_wraps_the_cluster(cks: httpx.Client) -> None:
    """Create answers `{"cluster": ...}` with an id the server chose, a UUID distinct per
    cluster, and the requested configuration; a body that names its own id is refused."""
    first = cks.post("/v1beta1/cks/clusters", json=cks_body("one"))
    second = cks.post("/v1beta1/cks/clusters", json=cks_body("two"))
    assert first.status_code == second.status_code == 200
    assert set(first.json()) == {"cluster"}
    one, two = first.json()["cluster"], second.json()["cluster"]
    for cluster in (one, two):
        assert str(uuid.UUID(cluster["id"])) == cluster["id"]
    assert one["id"] != two["id"]
    sent = cks_body("one")
    assert {k: one[k] for k in sent} == sent
    assert parse_time(one["createdAt"]) <= parse_time(one["updatedAt"])

    chosen = cks.post("/v1beta1/cks/clusters", json=cks_body("three", id=str(uuid.uuid4())))
    assert_grpc_error(chosen, 400, 3)
    listed = cks.get("/v1beta1/cks/clusters").json()["items"]
    assert sorted(c["id"] for c in listed) == sorted([one["id"], two["id"]])


def test_cks_refuses_a_second_cluster_with_the_same_name(cks: httpx.Client) -> None:
    """Names are unique: a second create with a taken name is 409 ALREADY_EXISTS (gRPC code 6)
    in the google.rpc.Status shape, and creates nothing."""
    first = cks_create(cks, "prod")
    again = cks.post("/v1beta1/cks/clusters", json=cks_body("prod", zone="US-WEST-01A"))
    assert_grpc_error(again, 409, 6)
    assert [c["id"] for c in cks.get("/v1beta1/cks/clusters").json()["items"]] == [first["id"]]


def test_cks_shared_storage_must_name_an_existing_cluster_by_id(cks: httpx.Client) -> None:
    """A new cluster joins the shared storage of an existing cluster, named by id: its name, or
    an unknown id, is 400 INVALID_ARGUMENT and creates nothing; the id is accepted and kept."""
    first = cks_create(cks, "storage")
    for wrong in ("storage", str(uuid.uuid4())):
        answer = cks.post(
            "/v1beta1/cks/clusters", json=cks_body("joiner", sharedStorageClusterId=wrong)
        )
        assert_grpc_error(answer, 400, 3)
    assert [c["id"] for c in cks.get("/v1beta1/cks/clusters").json()["items"]] == [first["id"]]
    joined = cks_create(cks, "joiner", sharedStorageClusterId=first["id"])
    assert cks_get(cks, joined["id"])["sharedStorageClusterId"] == first["id"]


@pytest.mark.parametrize(
    "name",
    ["Prod", "PROD", "a" * 31, "-prod", "prod-", "", "my_cluster", "my.cluster"],
    ids=[
        "capital",
        "upper",
        "31-chars",
        "leading-dash",
        "trailing-dash",
        "empty",
        "underscore",
        "dot",
    ],
)
def test_cks_refuses_names_that_break_the_rules(cks: httpx.Client, name: str) -> None:
    """A name outside 1-30 lowercase letters, digits and inner hyphens is 400 INVALID_ARGUMENT
    (gRPC code 3), and no cluster is made."""
    answer = cks.post("/v1beta1/cks/clusters", json=cks_body(name))
    assert_grpc_error(answer, 400, 3)
    assert cks.get("/v1beta1/cks/clusters").json().get("items", []) == []


@pytest.mark.parametrize("name", ["a", "a" * 30, "0-a-9", "x1"])
def test_cks_accepts_names_at_the_edges_of_the_rules(cks: httpx.Client, name: str) -> None:
    """One character, thirty characters and inner hyphens are all valid names."""
    assert cks_create(cks, name)["name"] == name


def test_cks_takes_what_either_document_allows(cks: httpx.Client) -> None:
    """Signing algorithms as the older reference's integers or the newer page's strings, an
    issuer URL that is not a URI and an update's audit policy that is not base64 (the base64
    rule is the create page's) are all accepted; answers show the algorithms as strings, a
    number as its digits. A create's audit policy must still be base64."""
    oidc = {**CKS_OIDC, "issuerUrl": "idp.example.com", "signingAlgorithms": [1, "RS256"]}
    created = cks_create(cks, oidc=oidc, auditPolicy="YWJj")
    assert created["oidc"]["signingAlgorithms"] == ["1", "RS256"]
    assert created["oidc"]["issuerUrl"] == "idp.example.com"
    assert cks_get(cks, created["id"])["oidc"]["signingAlgorithms"] == ["1", "RS256"]
    answer = cks.patch(
        f"/v1beta1/cks/clusters/{created['id']}",
        json={
            "id": created["id"],
            "version": created["version"],
            "updateMask": "auditPolicy,oidc.signingAlgorithms",
            "auditPolicy": "apiVersion: audit.k8s.io/v1\nkind: Policy\n",
            "oidc": {"signingAlgorithms": [2]},
        },
    )
    assert answer.status_code == 200, answer.text
    updated = answer.json()["cluster"]
    assert updated["auditPolicy"] == "apiVersion: audit.k8s.io/v1\nkind: Policy\n"
    assert updated["oidc"]["signingAlgorithms"] == ["2"]
    refused = cks.post("/v1beta1/cks/clusters", json=cks_body("other", auditPolicy="not base64!"))
    assert_grpc_error(refused, 400, 3)


def test_cks_field_mask_changes_exactly_the_masked_fields(cks: httpx.Client) -> None:
    """With `updateMask: oidc.clientId,version`, only those two fields change: a field the body
    sets but the mask does not name (public, oidc.issuerUrl, additionalServerSans) keeps its
    value, and every other field of the document is as it was."""
    before = cks_get(cks, cks_create(cks)["id"])
    answer = cks.patch(
        f"/v1beta1/cks/clusters/{before['id']}",
        json={
            "id": before["id"],
            "version": "v1.33",
            "updateMask": "oidc.clientId,version",
            "public": True,
            "oidc": {"clientId": "new-client", "issuerUrl": "https://other.example.com"},
            "additionalServerSans": ["other.example.com"],
        },
    )
    assert answer.status_code == 200, answer.text
    after = answer.json()["cluster"]
    expected = copy.deepcopy(before)
    expected["version"] = "v1.33"
    expected["oidc"]["clientId"] = "new-client"
    assert without(after, "updatedAt") == without(expected, "updatedAt")
    assert without(cks_get(cks, before["id"]), "updatedAt") == without(expected, "updatedAt")


def test_cks_a_masked_field_absent_from_the_body_is_cleared(cks: httpx.Client) -> None:
    """A mask that names fields the body leaves out clears them (AIP-157): `oidc.clientId` and
    `public` go, the rest of `oidc` and every other field stay."""
    before = cks_get(cks, cks_create(cks)["id"])
    answer = cks.patch(
        f"/v1beta1/cks/clusters/{before['id']}",
        json={
            "id": before["id"],
            "version": before["version"],
            "updateMask": "oidc.clientId,public",
        },
    )
    assert answer.status_code == 200, answer.text
    after = answer.json()["cluster"]
    expected = copy.deepcopy(before)
    del expected["public"]
    del expected["oidc"]["clientId"]
    assert without(after, "updatedAt") == without(expected, "updatedAt")
    assert after["oidc"] == {"issuerUrl": CKS_OIDC["issuerUrl"], "usernameClaim": "email"}


@pytest.mark.parametrize("mask", [None, ""])
def test_cks_update_without_a_mask_changes_every_field_the_body_sets(
    cks: httpx.Client, mask: str | None
) -> None:
    """An absent or empty mask means every field the body sets: those change, and the fields
    the body leaves out keep their values."""
    before = cks_get(cks, cks_create(cks)["id"])
    body: Json = {
        "id": before["id"],
        "version": "v1.33",
        "public": True,
        "additionalServerSans": ["a.example.com", "b.example.com"],
        "kubelet": {"maxPods": 200},
    }
    if mask is not None:
        body["updateMask"] = mask
    answer = cks.patch(f"/v1beta1/cks/clusters/{before['id']}", json=body)
    assert answer.status_code == 200, answer.text
    after = answer.json()["cluster"]
    expected = {**before, **without(body, "id", "updateMask")}
    assert without(after, "updatedAt") == without(expected, "updatedAt")
    assert after["oidc"] == CKS_OIDC


@pytest.mark.parametrize(
    "mask",
    [
        "nonexistent",
        "version,bogus",
        "name",
        "zone",
        "sharedStorageClusterId",
        "oidc.bogus",
        "oidc.clientId.deeper",
        "version.major",
        "updateMask",
    ],
)
def test_cks_a_mask_naming_an_unknown_or_fixed_field_is_refused(
    cks: httpx.Client, mask: str
) -> None:
    """A mask path that is not an updatable field of the cluster (unknown, immutable, a nested
    field that does not exist, a path into a string, or the mask field itself) is 400
    INVALID_ARGUMENT, and the cluster is left as it was."""
    before = cks_get(cks, cks_create(cks)["id"])
    answer = cks.patch(
        f"/v1beta1/cks/clusters/{before['id']}",
        json={"id": before["id"], "version": "v1.33", "updateMask": mask},
    )
    assert_grpc_error(answer, 400, 3)
    assert cks_get(cks, before["id"]) == before


def test_cks_an_update_needs_the_path_id_and_a_version(cks: httpx.Client) -> None:
    """The body's id must be the path's: another cluster's id or an unknown one is 400; a body
    without `id` or `version` (always required, whatever the mask) is 400 too; neither cluster
    changes."""
    one = cks_get(cks, cks_create(cks, "one")["id"])
    two = cks_get(cks, cks_create(cks, "two")["id"])
    for other in (two["id"], str(uuid.uuid4())):
        answer = cks.patch(
            f"/v1beta1/cks/clusters/{one['id']}",
            json={"id": other, "version": "v1.33", "updateMask": "version"},
        )
        assert_grpc_error(answer, 400, 3)
    for body in ({"version": "v1.33", "updateMask": "version"}, {"id": one["id"], "public": True}):
        assert_grpc_error(cks.patch(f"/v1beta1/cks/clusters/{one['id']}", json=body), 400, 3)
    assert cks_get(cks, one["id"]) == one
    assert cks_get(cks, two["id"]) == two


def test_cks_an_update_passes_through_updating_or_upgrading(serve: Serve) -> None:
    """Under `manual`, an update of a running cluster answers STATUS_UPGRADING when it changes
    the version and STATUS_UPDATING otherwise; one step of the admin endpoint makes it
    RUNNING again. An update while it is still being created leaves it CREATING."""
    server = serve("coreweave-cks", lifecycle="manual")
    with http(server) as cks, httpx.Client(base_url=server.root, timeout=10) as admin:
        id = cks_create(cks)["id"]
        during = cks.patch(
            f"/v1beta1/cks/clusters/{id}",
            json={"id": id, "version": "v1.33", "updateMask": "version"},
        )
        assert during.json()["cluster"]["status"] == "STATUS_CREATING", during.text

        def update(body: Json) -> str:
            assert admin.post("/_reference/advance", json={"id": id}).status_code == 200
            assert cks_get(cks, id)["status"] == "STATUS_RUNNING"
            answer = cks.patch(f"/v1beta1/cks/clusters/{id}", json={"id": id, **body})
            assert answer.status_code == 200, answer.text
            assert cks_get(cks, id)["status"] == answer.json()["cluster"]["status"]
            return str(answer.json()["cluster"]["status"])

        assert update({"version": "v1.34", "updateMask": "version"}) == "STATUS_UPGRADING"
        assert update({"version": "v1.34", "public": True, "updateMask": "public"}) == (
            "STATUS_UPDATING"
        )
        assert update({"version": "v1.35", "public": False}) == "STATUS_UPGRADING"
        assert admin.post("/_reference/advance", json={"id": id}).status_code == 200
        assert cks_get(cks, id)["status"] == "STATUS_RUNNING"


def test_cks_an_immediate_update_stays_running(cks: httpx.Client) -> None:
    id = cks_create(cks)["id"]
    answer = cks.patch(
        f"/v1beta1/cks/clusters/{id}", json={"id": id, "version": "v1.33", "updateMask": "version"}
    )
    assert answer.json()["cluster"]["status"] == "STATUS_RUNNING", answer.text


def test_cks_list_get_and_delete(cks: httpx.Client) -> None:
    """List answers `{"items": [...]}`; get answers `{"cluster": ...}`; delete answers the
    cluster on its way out, after which get is 404 NOT_FOUND (gRPC code 5), the list no longer
    holds it, a second delete is 404, and its name is free again."""
    one, two = cks_create(cks, "one"), cks_create(cks, "two")
    listed = cks.get("/v1beta1/cks/clusters")
    assert listed.status_code == 200
    assert set(listed.json()) == {"items"}
    assert {c["id"]: c for c in listed.json()["items"]} == {one["id"]: one, two["id"]: two}
    got = cks.get(f"/v1beta1/cks/clusters/{one['id']}")
    assert got.status_code == 200
    assert got.json() == {"cluster": one}
    assert one["status"] == "STATUS_RUNNING"

    deleted = cks.delete(f"/v1beta1/cks/clusters/{one['id']}")
    assert deleted.status_code == 200, deleted.text
    assert deleted.json()["cluster"]["id"] == one["id"]
    assert deleted.json()["cluster"]["status"] == "STATUS_DELETING"
    assert_grpc_error(cks.get(f"/v1beta1/cks/clusters/{one['id']}"), 404, 5)
    assert_grpc_error(cks.delete(f"/v1beta1/cks/clusters/{one['id']}"), 404, 5)
    assert [c["id"] for c in cks.get("/v1beta1/cks/clusters").json()["items"]] == [two["id"]]
    assert cks_create(cks, "one")["id"] != one["id"]
    assert_grpc_error(cks.get(f"/v1beta1/cks/clusters/{uuid.uuid4()}"), 404, 5)


# --- CockroachDB Cloud -------------------------------------------------------------------------


def crdb_body(
    name: str = "notorious-moose",
    provider: str = "GCP",
    regions: list[str] | None = None,
    spend_limit: int | None = 2500,
) -> Json:
    serverless: Json = {"regions": regions or ["us-central1"]}
    if spend_limit is not None:
        serverless["spendLimit"] = spend_limit
    return {"name": name, "provider": provider, "spec": {"serverless": serverless}}


@pytest.fixture
def crdb(serve: Serve) -> Iterator[httpx.Client]:
    with http(serve("cockroach-cloud")) as client:
        yield client


def crdb_create(client: httpx.Client, **options: Any) -> Json:
    answer = client.post("/v1/clusters", json=crdb_body(**options))
    assert answer.status_code == 200, answer.text
    cluster: Json = answer.json()
    return cluster


def keys(value: Any) -> Iterator[str]:
    """Every object key in a JSON document, at any depth."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from keys(inner)


def test_cockroach_takes_camel_case_and_answers_snake_case(crdb: httpx.Client) -> None:
    """The create request's `spec.serverless.spendLimit` comes back as
    `config.serverless.spend_limit`, next to `cloud_provider`, `created_at`, a `routing_id`
    that differs from the id, and one region entry per requested region; no key of the answer
    is camelCase, and get answers the same document."""
    created = crdb_create(
        crdb, name="funky-skunk", regions=["us-central1", "us-west2"], spend_limit=2500
    )
    assert not [k for k in keys(created) if k != k.lower()]
    assert created["name"] == "funky-skunk"
    assert created["cloud_provider"] == "GCP"
    assert created["plan"] == "SERVERLESS"
    assert created["state"] == "CREATED"
    assert created["config"]["serverless"]["spend_limit"] == 2500
    assert created["config"]["serverless"]["regions"] == ["us-central1", "us-west2"]
    routing_id = created["config"]["serverless"]["routing_id"]
    assert routing_id.startswith("funky-skunk-")
    assert routing_id != created["id"]
    assert [r["name"] for r in created["regions"]] == ["us-central1", "us-west2"]
    assert all(r["sql_dns"].endswith(".cockroachlabs.cloud") for r in created["regions"])
    assert parse_time(created["created_at"]) <= parse_time(created["updated_at"])
    assert "deleted_at" not in created
    got = crdb.get(f"/v1/clusters/{created['id']}")
    assert got.status_code == 200
    assert got.json() == created


def test_cockroach_refuses_a_region_the_provider_does_not_offer(crdb: httpx.Client) -> None:
    """An AWS region code on GCP (and a made-up one) is 400 INVALID_ARGUMENT naming the field,
    and no cluster is made."""
    for regions in (["us-east-1"], ["us-central1", "mars-north1"]):
        answer = crdb.post("/v1/clusters", json=crdb_body(provider="GCP", regions=regions))
        assert_grpc_error(answer, 400, 3)
        violations = answer.json()["details"][0]["fieldViolations"]
        assert [v["field"] for v in violations] == ["spec.serverless.regions"]
    assert crdb.get("/v1/clusters").json()["clusters"] == []


def test_cockroach_lists_the_regions_of_each_provider(crdb: httpx.Client) -> None:
    """available-regions answers a provider's own regions (GCP's and AWS's differ), every one
    of which a create accepts; without a provider, the default provider's (GCP's); with an
    unknown one, 400."""
    regions = {}
    for provider in ("GCP", "AWS"):
        answer = crdb.get("/v1/clusters/available-regions", params={"provider": provider})
        assert answer.status_code == 200, answer.text
        regions[provider] = answer.json()["regions"]
        assert regions[provider]
        assert len(set(regions[provider])) == len(regions[provider])
    assert not set(regions["GCP"]) & set(regions["AWS"])
    assert "us-central1" in regions["GCP"]
    for provider, offered in regions.items():
        created = crdb_create(
            crdb, name=f"all-{provider.lower()}", provider=provider, regions=offered
        )
        assert created["config"]["serverless"]["regions"] == offered
    default = crdb.get("/v1/clusters/available-regions")
    assert default.status_code == 200, default.text
    assert default.json()["regions"] == regions["GCP"]
    assert_grpc_error(crdb.get("/v1/clusters/available-regions?provider=AZURE"), 400, 3)


def test_cockroach_a_create_without_provider_or_regions_gets_the_defaults(
    crdb: httpx.Client,
) -> None:
    """The document creates a cluster with "the default values" for the provider and region,
    and its example sends GCP and us-central1: a create that leaves them out (or sends no
    region) is a valid cluster there; AWS without regions gets the reference server's stand-in
    default, a region AWS offers."""

    def create(body: Json) -> Json:
        answer = crdb.post("/v1/clusters", json=body)
        assert answer.status_code == 200, answer.text
        cluster: Json = answer.json()
        assert crdb.get(f"/v1/clusters/{cluster['id']}").json() == cluster
        return cluster

    for serverless in ({}, {"spendLimit": 0}, {"regions": []}):
        cluster = create({"name": "defaults", "spec": {"serverless": serverless}})
        assert cluster["cloud_provider"] == "GCP"
        assert cluster["config"]["serverless"]["regions"] == ["us-central1"]
        assert [r["name"] for r in cluster["regions"]] == ["us-central1"]
    only_regions = create({"name": "west", "spec": {"serverless": {"regions": ["us-west2"]}}})
    assert only_regions["cloud_provider"] == "GCP"
    assert only_regions["config"]["serverless"]["regions"] == ["us-west2"]
    aws = create({"name": "aws", "provider": "AWS", "spec": {"serverless": {}}})
    offered = crdb.get("/v1/clusters/available-regions", params={"provider": "AWS"}).json()
    assert aws["config"]["serverless"]["regions"] == [offered["regions"][0]]


def test_cockroach_nodes_one_per_region_with_the_pagination_object(crdb: httpx.Client) -> None:
    """A cluster has one live node per region, listed with the documented pagination object;
    pages of the node list follow pagination.limit; nodes of an unknown cluster are 404."""
    regions = ["us-central1", "us-west2", "europe-west1"]
    cluster = crdb_create(crdb, regions=regions)
    answer = crdb.get(f"/v1/clusters/{cluster['id']}/nodes")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [n["region_name"] for n in body["nodes"]] == regions
    assert len({n["name"] for n in body["nodes"]}) == 3
    assert {n["status"] for n in body["nodes"]} == {"LIVE"}
    page = body["pagination"]
    assert set(page) == {"next", "last", "limit", "total_results", "time", "order"}
    assert (page["next"], page["last"], page["total_results"], page["order"]) == (0, 1, 3, "ASC")
    parse_time(page["time"])

    first = crdb.get(f"/v1/clusters/{cluster['id']}/nodes", params={"pagination.limit": 2}).json()
    assert [n["region_name"] for n in first["nodes"]] == regions[:2]
    assert (first["pagination"]["next"], first["pagination"]["last"]) == (2, 2)
    second = crdb.get(
        f"/v1/clusters/{cluster['id']}/nodes",
        params={"pagination.limit": 2, "pagination.page": first["pagination"]["next"]},
    ).json()
    assert [n["region_name"] for n in second["nodes"]] == regions[2:]
    assert second["pagination"]["next"] == 0
    assert_grpc_error(crdb.get(f"/v1/clusters/{uuid.uuid4()}/nodes"), 404, 5)


def test_cockroach_pages_the_cluster_list(crdb: httpx.Client) -> None:
    """Five clusters at pagination.limit=2 make three pages: `next` names the following page
    (0 after the last), `last` is 3, `total_results` 5; the pages together hold every cluster
    once, in creation order, and sort_order DESC reverses that order."""
    names = [f"cluster-{i}" for i in range(5)]
    for name in names:
        crdb_create(crdb, name=name)
    seen: list[str] = []
    nexts = []
    for number in (1, 2, 3):
        body = crdb.get(
            "/v1/clusters", params={"pagination.limit": 2, "pagination.page": number}
        ).json()
        seen += [c["name"] for c in body["clusters"]]
        page = body["pagination"]
        assert (page["last"], page["limit"], page["total_results"]) == (3, 2, 5)
        nexts.append(page["next"])
    assert seen == names
    assert nexts == [2, 3, 0]
    descending = crdb.get(
        "/v1/clusters", params={"pagination.limit": 2, "pagination.sort_order": "DESC"}
    ).json()
    assert [c["name"] for c in descending["clusters"]] == names[::-1][:2]
    assert descending["pagination"]["order"] == "DESC"
    everything = crdb.get("/v1/clusters").json()
    assert [c["name"] for c in everything["clusters"]] == names
    assert everything["pagination"]["next"] == 0


def test_cockroach_sets_the_spend_limit(crdb: httpx.Client) -> None:
    """setSpendLimit answers 200 with no body and replaces config.serverless.spend_limit; a
    negative limit is 400 and an unknown cluster 404."""
    cluster = crdb_create(crdb, spend_limit=0)
    answer = crdb.put(f"/v1/clusters/{cluster['id']}/spend-limit", json={"spendLimit": 5000})
    assert answer.status_code == 200, answer.text
    assert answer.content == b""
    after = crdb.get(f"/v1/clusters/{cluster['id']}").json()
    assert after["config"]["serverless"]["spend_limit"] == 5000
    assert without(after, "config", "updated_at") == without(cluster, "config", "updated_at")
    refused = crdb.put(f"/v1/clusters/{cluster['id']}/spend-limit", json={"spendLimit": -1})
    assert_grpc_error(refused, 400, 3)
    assert (
        crdb.get(f"/v1/clusters/{cluster['id']}").json()["config"]["serverless"]["spend_limit"]
        == 5000
    )
    unknown = crdb.put(f"/v1/clusters/{uuid.uuid4()}/spend-limit", json={"spendLimit": 1})
    assert_grpc_error(unknown, 404, 5)


def test_cockroach_deleted_clusters_show_only_with_show_inactive(crdb: httpx.Client) -> None:
    """Delete answers 200 with no body; the list then hides the cluster, `show_inactive=true`
    shows it in state DELETED with a `deleted_at`, and a second delete or a spend-limit change
    is 404. A cluster id never created is 404 too."""
    kept = crdb_create(crdb, name="kept")
    gone = crdb_create(crdb, name="gone")
    deleted = crdb.delete(f"/v1/clusters/{gone['id']}")
    assert deleted.status_code == 200, deleted.text
    assert deleted.content == b""
    active = crdb.get("/v1/clusters").json()["clusters"]
    assert [c["id"] for c in active] == [kept["id"]]
    explicit = crdb.get("/v1/clusters", params={"show_inactive": "false"}).json()["clusters"]
    assert [c["id"] for c in explicit] == [kept["id"]]
    every = crdb.get("/v1/clusters", params={"show_inactive": "true"}).json()["clusters"]
    assert [c["id"] for c in every] == [kept["id"], gone["id"]]
    inactive = every[1]
    assert inactive["state"] == "DELETED"
    assert parse_time(inactive["deleted_at"]) >= parse_time(inactive["created_at"])
    assert "deleted_at" not in every[0]
    assert_grpc_error(crdb.delete(f"/v1/clusters/{gone['id']}"), 404, 5)
    assert_grpc_error(
        crdb.put(f"/v1/clusters/{gone['id']}/spend-limit", json={"spendLimit": 1}), 404, 5
    )
    assert_grpc_error(crdb.get(f"/v1/clusters/{uuid.uuid4()}"), 404, 5)


def test_cockroach_new_clusters_are_creating_with_nodes_not_ready(serve: Serve) -> None:
    """Under the manual lifecycle a new cluster answers state CREATING (as the document's
    example does) and its nodes are NOT_READY; once moved on it is CREATED with LIVE nodes."""
    server = serve("cockroach-cloud", lifecycle="manual")
    with http(server) as crdb, httpx.Client(base_url=server.root, timeout=10) as admin:
        cluster = crdb_create(crdb, regions=["us-central1", "us-west2"])
        assert cluster["state"] == "CREATING"
        nodes = crdb.get(f"/v1/clusters/{cluster['id']}/nodes").json()["nodes"]
        assert [n["status"] for n in nodes] == ["NOT_READY", "NOT_READY"]
        moved = admin.post("/_reference/advance", json={})
        assert moved.status_code == 200, moved.text
        assert crdb.get(f"/v1/clusters/{cluster['id']}").json()["state"] == "CREATED"
        nodes = crdb.get(f"/v1/clusters/{cluster['id']}/nodes").json()["nodes"]
        assert [n["status"] for n in nodes] == ["LIVE", "LIVE"]


def test_cockroach_creator_id_names_the_secret_keys_service_account(serve: Serve) -> None:
    """`creator_id` is the service account behind the secret key: the same for every cluster a
    key creates, different for another key."""
    server = serve("cockroach-cloud")
    with http(server) as first, http(server, token="another-key") as second:
        one = crdb_create(first, name="one")
        two = crdb_create(first, name="two")
        three = crdb_create(second, name="three")
    assert one["creator_id"] == two["creator_id"]
    assert three["creator_id"] != one["creator_id"]


# --- Kupe ----------------------------------------------------------------------------------------


def kupe_body(name: str = "production", **extra: Any) -> Json:
    return {
        "name": name,
        "displayName": "Production",
        "type": "shared",
        "version": "1.31",
        "resources": {"cpu": "4", "memory": "16Gi", "storage": "100Gi"},
        **extra,
    }


@pytest.fixture
def kupe(serve: Serve) -> Iterator[httpx.Client]:
    with http(serve("kupe")) as client:
        yield client


def kupe_create(client: httpx.Client, tenant: str = "acme", name: str = "production") -> Json:
    answer = client.post(f"/api/v1/tenants/{tenant}/clusters", json=kupe_body(name))
    assert answer.status_code == 201, answer.text
    cluster: Json = answer.json()
    return cluster


def etag(answer: httpx.Response) -> str:
    value: str | None = answer.headers.get("ETag")
    assert value, f"no ETag on {answer.request.method} {answer.request.url}"
    return value


def unquoted(tag: str) -> str:
    return tag.removeprefix("W/").strip('"')


def assert_kupe_error(answer: httpx.Response, status: int) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"], str)
    assert body["error"]


def test_kupe_clusters_are_named_per_tenant(kupe: httpx.Client) -> None:
    """A cluster is addressed by its name within its tenant: the same name in two tenants makes
    two clusters, a second one in the same tenant is 409, and each tenant lists, reads and
    deletes only its own."""
    acme = kupe_create(kupe, "acme")
    globex = kupe_create(kupe, "globex")
    assert acme["name"] == globex["name"] == "production"
    duplicate = kupe.post("/api/v1/tenants/acme/clusters", json=kupe_body(version="1.32"))
    assert_kupe_error(duplicate, 409)
    assert [c["name"] for c in kupe.get("/api/v1/tenants/acme/clusters").json()["items"]] == [
        "production"
    ]
    assert kupe.get("/api/v1/tenants/acme/clusters/production").json()["version"] == "1.31"
    assert kupe.get("/api/v1/tenants/initech/clusters").json() == {"items": []}
    assert_kupe_error(kupe.get("/api/v1/tenants/initech/clusters/production"), 404)

    deleted = kupe.delete("/api/v1/tenants/acme/clusters/production")
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert_kupe_error(kupe.get("/api/v1/tenants/acme/clusters/production"), 404)
    assert_kupe_error(kupe.delete("/api/v1/tenants/acme/clusters/production"), 404)
    still = kupe.get("/api/v1/tenants/globex/clusters/production")
    assert still.status_code == 200
    assert still.json() == globex


def test_kupe_create_answers_201_with_an_etag_naming_the_resource_version(
    kupe: httpx.Client,
) -> None:
    """Create is 201 with the requested fields, a status phase, a creation time and an `ETag`
    header that names the body's `resourceVersion`; get answers the same version."""
    answer = kupe.post("/api/v1/tenants/acme/clusters", json=kupe_body())
    assert answer.status_code == 201, answer.text
    cluster = answer.json()
    assert {k: cluster[k] for k in kupe_body()} == kupe_body()
    assert cluster["status"]["phase"] == "Running"
    parse_time(cluster["createdAt"])
    assert unquoted(etag(answer)) == cluster["resourceVersion"]
    got = kupe.get("/api/v1/tenants/acme/clusters/production")
    assert got.status_code == 200
    assert unquoted(etag(got)) == got.json()["resourceVersion"] == cluster["resourceVersion"]


def test_kupe_patch_honours_if_match(kupe: httpx.Client) -> None:
    """A PATCH with the current ETag in If-Match applies and answers a new ETag (the body's new
    resourceVersion); the old ETag is then stale and refused with 412, changing nothing; a PATCH
    without If-Match applies unconditionally. Fields left out keep their values."""
    created = kupe.post("/api/v1/tenants/acme/clusters", json=kupe_body())
    first = etag(created)
    path = "/api/v1/tenants/acme/clusters/production"

    changed = kupe.patch(path, json={"version": "1.32"}, headers={"If-Match": first})
    assert changed.status_code == 200, changed.text
    second = etag(changed)
    assert unquoted(second) != unquoted(first)
    assert unquoted(second) == changed.json()["resourceVersion"]
    assert changed.json()["version"] == "1.32"
    assert changed.json()["resources"] == kupe_body()["resources"]
    assert changed.json()["displayName"] == "Production"

    stale = kupe.patch(path, json={"version": "1.33"}, headers={"If-Match": first})
    assert_kupe_error(stale, 412)
    now = kupe.get(path)
    assert now.json()["version"] == "1.32"
    assert etag(now) == second

    unconditional = kupe.patch(path, json={"alerts": {"cpu": "off"}})
    assert unconditional.status_code == 200, unconditional.text
    assert unconditional.json()["alerts"] == {"cpu": "off"}
    assert unconditional.json()["version"] == "1.32"
    assert unquoted(etag(unconditional)) not in (unquoted(first), unquoted(second))


@pytest.mark.parametrize(
    "change", [{"name": "staging"}, {"displayName": "Staging"}, {"type": "dedicated"}]
)
def test_kupe_refuses_changes_to_immutable_fields(kupe: httpx.Client, change: Json) -> None:
    """name, displayName and type are fixed at creation: a PATCH that sends one, alone or with
    a mutable field, is 400 and leaves the cluster and its ETag as they were."""
    created = kupe.post("/api/v1/tenants/acme/clusters", json=kupe_body())
    path = "/api/v1/tenants/acme/clusters/production"
    for body in (change, {**change, "version": "1.32"}):
        assert_kupe_error(kupe.patch(path, json=body, headers={"If-Match": etag(created)}), 400)
    now = kupe.get(path)
    assert now.json() == created.json()
    assert etag(now) == etag(created)


def test_kupe_kubeconfig_carries_a_real_self_signed_ca(kupe: httpx.Client) -> None:
    """The connection details of a running cluster are an https endpoint and, base64-encoded,
    a PEM CA certificate: a CA (BasicConstraints ca=True), self-signed, valid now, and the same
    on every read; another cluster gets a CA of its own."""
    kupe_create(kupe, "acme", "production")
    kupe_create(kupe, "acme", "staging")
    answer = kupe.get("/api/v1/tenants/acme/clusters/production/kubeconfig")
    assert answer.status_code == 200, answer.text
    details = answer.json()
    endpoint = urlsplit(details["endpoint"])
    assert endpoint.scheme == "https"
    assert endpoint.hostname
    pem = base64.b64decode(details["certificateAuthority"], validate=True)
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----")
    certificate = x509.load_pem_x509_certificate(pem)
    constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.value.ca is True
    assert certificate.issuer == certificate.subject
    certificate.verify_directly_issued_by(certificate)  # signed by its own key
    now = datetime.datetime.now(datetime.UTC)
    assert certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc

    again = kupe.get("/api/v1/tenants/acme/clusters/production/kubeconfig").json()
    assert again == details
    other = kupe.get("/api/v1/tenants/acme/clusters/staging/kubeconfig").json()
    other_ca = x509.load_pem_x509_certificate(base64.b64decode(other["certificateAuthority"]))
    assert other_ca.public_key() != certificate.public_key()
    assert other["endpoint"] != details["endpoint"]


def test_kupe_kubeconfig_is_503_until_the_cluster_runs(serve: Serve) -> None:
    """Under the manual lifecycle a new cluster is Pending (as the document's 201 shows); its
    connection details are 503 while it is Pending or Provisioning, and 200 once the admin
    endpoint has moved it on to Running."""
    server = serve("kupe", lifecycle="manual")
    with http(server) as kupe, httpx.Client(base_url=server.root, timeout=10) as admin:
        assert kupe_create(kupe)["status"]["phase"] == "Pending"
        path = "/api/v1/tenants/acme/clusters/production"
        for phase in ("Pending", "Provisioning"):
            assert kupe.get(path).json()["status"]["phase"] == phase
            assert_kupe_error(kupe.get(f"{path}/kubeconfig"), 503)
            moved = admin.post("/_reference/advance", json={})
            assert moved.status_code == 200, moved.text
            assert [m["from"] for m in moved.json()["moved"]] == [phase]
        assert kupe.get(path).json()["status"]["phase"] == "Running"
        ready = kupe.get(f"{path}/kubeconfig")
        assert ready.status_code == 200, ready.text
        assert set(ready.json()) == {"endpoint", "certificateAuthority"}


# --- Akua ----------------------------------------------------------------------------------------


def akua_body(name: str = "prod", **extra: Any) -> Json:
    return {"name": name, "region_id": "us-east-1", "provider": "managed_kaas", **extra}


@pytest.fixture
def akua(serve: Serve) -> Iterator[httpx.Client]:
    with http(serve("akua")) as client:
        yield client


def akua_create(client: httpx.Client, name: str = "prod", **headers: str) -> Json:
    answer = client.post("/clusters", json=akua_body(name), headers=headers)
    assert answer.status_code == 201, answer.text
    cluster: Json = answer.json()
    return cluster


def akua_get(client: httpx.Client, id: str, **headers: str) -> Json:
    answer = client.get(f"/clusters/{id}", headers=headers)
    assert answer.status_code == 200, answer.text
    cluster: Json = answer.json()
    return cluster


def assert_akua_error(answer: httpx.Response, status: int, code: str) -> Json:
    assert answer.status_code == status, answer.text
    body: Json = answer.json()
    assert body["code"] == code
    assert isinstance(body["message"], str)
    return body


def test_akua_writes_without_if_match_are_refused(akua: httpx.Client) -> None:
    """PATCH and DELETE without `if-match` are 400 INVALID_ARGUMENT, and the cluster keeps its
    name and etag."""
    cluster = akua_create(akua)
    assert_akua_error(
        akua.patch(f"/clusters/{cluster['id']}", json={"name": "x"}), 400, "INVALID_ARGUMENT"
    )
    assert_akua_error(akua.delete(f"/clusters/{cluster['id']}"), 400, "INVALID_ARGUMENT")
    assert akua_get(akua, cluster["id"]) == cluster


def test_akua_a_stale_if_match_is_409_aborted_with_the_current_etag(akua: httpx.Client) -> None:
    """The right etag applies a change and answers a new etag; the old one is then stale, and
    PATCH or DELETE with it is 409 ABORTED whose metadata.etag is the current etag, changing
    nothing. DELETE with the current etag answers the cluster in state `deleting`, and then it
    is gone (404)."""
    cluster = akua_create(akua)
    path = f"/clusters/{cluster['id']}"
    changed = akua.patch(path, json={"name": "renamed"}, headers={"if-match": cluster["etag"]})
    assert changed.status_code == 200, changed.text
    current = changed.json()
    assert current["name"] == "renamed"
    assert current["etag"] != cluster["etag"]
    assert current["updated_at"] >= cluster["updated_at"]
    assert without(current, "name", "etag", "updated_at") == without(
        cluster, "name", "etag", "updated_at"
    )

    stale_patch = akua.patch(path, json={"name": "again"}, headers={"if-match": cluster["etag"]})
    assert assert_akua_error(stale_patch, 409, "ABORTED")["metadata"]["etag"] == current["etag"]
    stale_delete = akua.delete(path, headers={"if-match": cluster["etag"]})
    assert assert_akua_error(stale_delete, 409, "ABORTED")["metadata"]["etag"] == current["etag"]
    assert akua_get(akua, cluster["id"]) == current

    deleted = akua.delete(path, headers={"if-match": current["etag"]})
    assert deleted.status_code == 200, deleted.text
    assert deleted.json()["state"] == "deleting"
    assert_akua_error(akua.get(path), 404, "NOT_FOUND")
    assert akua.get("/clusters").json()["items"] == []


def test_akua_idempotency_key_replays_a_create(akua: httpx.Client) -> None:
    """The same idempotency-key with the same body (keys in any order) answers the first 201
    again (same id, same body) and creates one cluster; the same key with another body is 422
    FAILED_PRECONDITION and creates nothing; another key with the same body is a new cluster."""
    key = {"idempotency-key": "create-prod-2026-05-07"}
    first = akua.post("/clusters", json=akua_body(), headers=key)
    replay = akua.post("/clusters", json=akua_body(), headers=key)
    reordered = akua.post("/clusters", json=dict(reversed(akua_body().items())), headers=key)
    assert first.status_code == replay.status_code == reordered.status_code == 201
    assert replay.json() == reordered.json() == first.json()
    assert [c["id"] for c in akua.get("/clusters").json()["items"]] == [first.json()["id"]]

    other_body = akua.post("/clusters", json=akua_body("staging"), headers=key)
    assert_akua_error(other_body, 422, "FAILED_PRECONDITION")
    assert [c["id"] for c in akua.get("/clusters").json()["items"]] == [first.json()["id"]]

    other_key = akua.post("/clusters", json=akua_body(), headers={"idempotency-key": "another"})
    assert other_key.status_code == 201
    assert other_key.json()["id"] != first.json()["id"]
    assert len(akua.get("/clusters").json()["items"]) == 2


def test_akua_idempotency_key_replays_an_update(akua: httpx.Client) -> None:
    """An update repeated with the same key and body is not applied twice (the etag moves
    once) and answers the cluster as it is now, here the first result; the same key with
    another body is 422 FAILED_PRECONDITION and changes nothing."""
    cluster = akua_create(akua)
    path = f"/clusters/{cluster['id']}"
    headers = {"if-match": cluster["etag"], "idempotency-key": "rename-1"}
    first = akua.patch(path, json={"name": "renamed"}, headers=headers)
    assert first.status_code == 200, first.text
    replay = akua.patch(path, json={"name": "renamed"}, headers=headers)
    assert replay.status_code == 200, replay.text
    assert replay.json() == first.json()
    assert akua_get(akua, cluster["id"]) == first.json()

    different = akua.patch(
        path,
        json={"name": "other"},
        headers={"if-match": first.json()["etag"], "idempotency-key": "rename-1"},
    )
    assert_akua_error(different, 422, "FAILED_PRECONDITION")
    assert akua_get(akua, cluster["id"]) == first.json()


def test_akua_a_replay_answers_the_cluster_as_it_is_now(akua: httpx.Client) -> None:
    """`replay: existing-resource`: a create or update replayed after the cluster changed
    answers the cluster as it is now, with its current etag, and changes nothing; once the
    cluster is gone, the replay answers the first response again and creates nothing."""
    key = {"idempotency-key": "create-prod"}
    first = akua.post("/clusters", json=akua_body(), headers=key)
    assert first.status_code == 201, first.text
    cluster = first.json()
    path = f"/clusters/{cluster['id']}"
    renamed = akua.patch(path, json={"name": "renamed"}, headers={"if-match": cluster["etag"]})
    assert renamed.status_code == 200, renamed.text

    replay = akua.post("/clusters", json=akua_body(), headers=key)
    assert replay.status_code == 201, replay.text
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == renamed.json() == akua_get(akua, cluster["id"])
    assert replay.json()["etag"] != cluster["etag"]
    assert [c["id"] for c in akua.get("/clusters").json()["items"]] == [cluster["id"]]

    update_key = {"idempotency-key": "rename-2", "if-match": renamed.json()["etag"]}
    updated = akua.patch(path, json={"name": "again"}, headers=update_key)
    assert updated.status_code == 200, updated.text
    later = akua.patch(path, json={"name": "later"}, headers={"if-match": updated.json()["etag"]})
    assert later.status_code == 200, later.text
    update_replay = akua.patch(path, json={"name": "again"}, headers=update_key)
    assert update_replay.status_code == 200, update_replay.text
    assert update_replay.json() == later.json() == akua_get(akua, cluster["id"])
    assert update_replay.json()["name"] == "later"  # not applied a second time

    gone = akua.delete(path, headers={"if-match": later.json()["etag"]})
    assert gone.status_code == 200, gone.text
    after = akua.post("/clusters", json=akua_body(), headers=key)
    assert after.status_code == 201, after.text
    assert after.headers["Idempotent-Replayed"] == "true"
    assert after.json() == cluster
    assert akua.get("/clusters").json()["items"] == []


def test_akua_a_replay_shows_the_current_state(serve: Serve) -> None:
    """Under a manual lifecycle, a create replayed after the cluster moved on answers the state
    it is in now, not the `pending` of the first answer."""
    server = serve("akua", lifecycle="manual")
    with http(server) as client:
        key = {"idempotency-key": "create-prod"}
        first = client.post("/clusters", json=akua_body(), headers=key)
        assert first.status_code == 201, first.text
        assert first.json()["state"] == "pending"
        moved = httpx.post(f"{server.root}/_reference/advance", json={}, timeout=10)
        assert moved.status_code == 200, moved.text
        replay = client.post("/clusters", json=akua_body(), headers=key)
        assert replay.status_code == 201, replay.text
        assert replay.json()["id"] == first.json()["id"]
        assert replay.json()["state"] == "provisioning"
        assert replay.json()["etag"] == akua_get(client, first.json()["id"])["etag"]
        assert replay.json()["etag"] != first.json()["etag"]


def test_akua_context_scopes_clusters_to_a_workspace(akua: httpx.Client) -> None:
    """A cluster created with `akua-context: ws_alpha` belongs to ws_alpha: it is listed and
    read there only, not from another workspace nor from the default one; without the header
    clusters go to the token's default workspace, which is listed without the header."""
    alpha = {"akua-context": "ws_alpha"}
    beta = {"akua-context": "ws_beta"}
    scoped = akua_create(akua, "alpha", **alpha)
    assert scoped["workspace_id"] == "ws_alpha"
    default = akua_create(akua, "default")
    assert default["workspace_id"]
    assert default["workspace_id"] != "ws_alpha"

    def listed(**headers: str) -> list[str]:
        answer = akua.get("/clusters", headers=headers)
        assert answer.status_code == 200, answer.text
        return [c["id"] for c in answer.json()["items"]]

    assert listed(**alpha) == [scoped["id"]]
    assert listed(**beta) == []
    assert listed() == [default["id"]]
    assert akua_get(akua, scoped["id"], **alpha) == scoped
    for headers in (beta, {}):
        assert_akua_error(akua.get(f"/clusters/{scoped['id']}", headers=headers), 404, "NOT_FOUND")
    foreign = akua.patch(
        f"/clusters/{scoped['id']}",
        json={"name": "x"},
        headers={**beta, "if-match": scoped["etag"]},
    )
    assert_akua_error(foreign, 404, "NOT_FOUND")
    assert_akua_error(akua.get(f"/clusters/{default['id']}", headers=alpha), 404, "NOT_FOUND")
    assert akua_get(akua, scoped["id"], **alpha) == scoped


def test_akua_an_undocumented_idempotency_conflict_is_422_failed_precondition(
    serve: Serve, tmp_path: Path
) -> None:
    """Where the spec's idempotency gives no `conflict`, a key reused with another body gets
    the reference server's documented choice, 422 FAILED_PRECONDITION, and creates nothing."""

    def undocumented(document: Json) -> None:
        for item in document["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict):
                    operation.get("x-idempotency", {}).pop("conflict", None)

    copied = spec_copy(tmp_path, "akua", "akua-no-conflict.yaml", undocumented)
    create = build_api(load_spec(copied)).operations["createCluster"]
    assert create.idempotency is not None
    assert create.idempotency.conflict is None
    with http(serve(copied)) as client:
        key = {"idempotency-key": "create-prod"}
        first = client.post("/clusters", json=akua_body(), headers=key)
        assert first.status_code == 201, first.text
        other = client.post("/clusters", json=akua_body("staging"), headers=key)
        assert_akua_error(other, 422, "FAILED_PRECONDITION")
        assert [c["id"] for c in client.get("/clusters").json()["items"]] == [first.json()["id"]]


# --- which module serves a spec ------------------------------------------------------------------


def spec_copy(
    tmp_path: Path, api: str, file_name: str, change: Callable[[Json], None] | None = None
) -> str:
    """A bundled spec written under another name, changed on the way if asked."""
    target = tmp_path / file_name
    if change is None:
        shutil.copyfile(spec_path(api), target)
    else:
        document = yaml.safe_load(spec_path(api).read_text())
        change(document)
        target.write_text(yaml.safe_dump(document, sort_keys=False))
    return str(target)


def test_each_bundled_spec_is_served_by_its_module_by_name_and_by_host() -> None:
    """A bundled spec's file name picks its module, and so does the host of its first server
    URL (what a copy under another name still has); the two tables agree."""
    assert len(HOSTS) == len(BEHAVIOURS) == len(APIS)
    for name in APIS:
        api = build_api(load_spec(spec_path(name)))
        assert behaviour_for(api) is BEHAVIOURS[name]
        assert HOSTS[urlsplit(api.servers[0]).hostname or ""] is BEHAVIOURS[name]


def test_a_copy_under_an_awkward_name_is_served_as_its_api(serve: Serve, tmp_path: Path) -> None:
    """`My Kupe (copy).yaml`, a copy of kupe.yaml, is served by the Kupe module (picked by its
    server's host): Kupe's error shape, its per-tenant names and its connection details, which
    the generic behaviour does not have."""
    server = serve(spec_copy(tmp_path, "kupe", "My Kupe (copy).yaml"))
    assert type(server.app.behaviour) is Kupe
    with http(server) as client:
        kupe_create(client, "acme")
        assert_kupe_error(client.post("/api/v1/tenants/acme/clusters", json=kupe_body()), 409)
        kupe_create(client, "globex")
        details = client.get("/api/v1/tenants/acme/clusters/production/kubeconfig")
        assert details.status_code == 200, details.text
        assert set(details.json()) == {"endpoint", "certificateAuthority"}


def test_a_spec_of_another_host_and_name_gets_the_generic_behaviour(tmp_path: Path) -> None:
    """Neither the file name nor the server's host names a bundled API: the generic behaviour."""

    def elsewhere(document: Json) -> None:
        document["servers"] = [{"url": "https://api.example.com/v1"}]

    api = build_api(load_spec(spec_copy(tmp_path, "kupe", "clusters.yaml", elsewhere)))
    assert behaviour_for(api) is Behaviour


def test_cks_refuses_to_guess_a_field_mask_the_spec_does_not_declare(
    serve: Serve, tmp_path: Path
) -> None:
    """CKS updates are governed by the field mask the update operation declares; a spec whose
    update declares none is answered 501 UNIMPLEMENTED, not served with a guessed mask field,
    and the cluster is left as it was."""

    def unmasked(document: Json) -> None:
        for item in document["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict):
                    operation.pop("x-field-mask", None)

    copied = spec_copy(tmp_path, "coreweave-cks", "coreweave-cks-unmasked.yaml", unmasked)
    assert build_api(load_spec(copied)).operations["updateCluster"].field_mask is None
    with http(serve(copied)) as client:
        cluster = cks_create(client)
        answer = client.patch(
            f"/v1beta1/cks/clusters/{cluster['id']}",
            json={"id": cluster["id"], "version": "v1.33", "updateMask": "version"},
        )
        assert answer.status_code == 501, answer.text
        assert answer.json()["code"] == 12  # UNIMPLEMENTED
        assert "field mask" in answer.json()["message"]
        assert cks_get(client, cluster["id"]) == cluster
