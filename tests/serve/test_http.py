"""The HTTP contract of the reference servers, over real sockets on 127.0.0.1: errors in each
provider's shape with every violation the validator finds, 401/403/404/405/409/412/413 where
they belong, the lifecycle modes (immediate, manual through the admin endpoint, time:N) with
deletes through the documented deleting state, CockroachDB's roles, and a table of hostile
inputs that must each get a 4xx, never a 5xx.

The `serve` fixture checks every answer the server gave against the spec at teardown, so each
test also proves that its answers were on-spec wherever an operation was matched."""

from __future__ import annotations

import functools
import json
import re
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import apimodel
from generator.apimodel import build_api
from generator.serve import ThreadedServer
from generator.spec import load_spec
from generator.spec.catalog import spec_path
from generator.validate import Validator
from tests.serve.conftest import APIS, TOKEN, http

Serve = Callable[..., ThreadedServer]
JSON = {"Content-Type": "application/json"}
GRPC_APIS = ("cockroach-cloud", "coreweave-cks")
# gRPC status codes (google.rpc.Code), as the CKS and CockroachDB error bodies carry them.
GRPC = {
    "INVALID_ARGUMENT": 3,
    "NOT_FOUND": 5,
    "ALREADY_EXISTS": 6,
    "PERMISSION_DENIED": 7,
    "UNAUTHENTICATED": 16,
}
BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"
ADVANCE = "/_reference/advance"
DEADLINE = 15.0  # seconds a time:N poll may take before the test gives up (not an assertion)


# --- what each API looks like ---------------------------------------------------------------


@dataclass(frozen=True)
class Api:
    """The facts of one API these tests need, written from its spec."""

    name: str
    collection: str  # the clusters' collection, under the base URL
    created: int  # create's documented success status
    envelope: tuple[str, ...]  # where a single-cluster answer holds the cluster
    id_at: tuple[str, ...]  # where a cluster holds its id
    state_at: tuple[str, ...]  # where a cluster holds its lifecycle state
    list_at: str  # the list answer's items array
    path: tuple[str, ...]  # the cluster's lifecycle: initial state ... ready state
    deleting: str | None  # the documented deleting state, if any
    kept: str | None  # the state a deleted cluster is kept in (listed with show_inactive)
    deleted: int  # delete's documented success status
    body: Callable[[str], dict[str, Any]]  # a valid create body for a cluster name
    invalid: dict[str, Any]  # a create body that breaks several rules
    broken: frozenset[str]  # JSON pointers into `invalid` that break a rule
    number: Callable[[dict[str, Any], Any], None]  # puts a number where the create body has one

    def item(self, id: str) -> str:
        return f"{self.collection}/{id}"

    def state_in(self, answer: Any) -> Any:
        """The lifecycle state in a single-cluster answer."""
        return dig(answer, self.envelope + self.state_at)


def _set(path: tuple[str, ...]) -> Callable[[dict[str, Any], Any], None]:
    def put(doc: dict[str, Any], value: Any) -> None:
        for key in path[:-1]:
            doc = doc.setdefault(key, {})
        doc[path[-1]] = value

    return put


CKS_NETWORK = {
    "podCidrName": "pod-cidr",
    "serviceCidrName": "service-cidr",
    "internalLbCidrNames": ["internal-lb-cidr"],
}

API = {
    "kupe": Api(
        name="kupe",
        collection="/api/v1/tenants/acme/clusters",
        created=201,
        envelope=(),
        id_at=("name",),
        state_at=("status", "phase"),
        list_at="items",
        path=("Pending", "Provisioning", "Running"),
        deleting=None,
        kept=None,
        deleted=204,
        body=lambda name: {"name": name, "displayName": "Prod", "type": "shared"},
        invalid={"name": "", "displayName": "x", "type": "huge", "colour": "red"},
        broken=frozenset({"", "/name", "/type"}),
        number=_set(("alerts", "threshold")),
    ),
    "akua": Api(
        name="akua",
        collection="/clusters",
        created=201,
        envelope=(),
        id_at=("id",),
        state_at=("state",),
        list_at="items",
        path=("pending", "provisioning", "active"),
        deleting="deleting",
        kept=None,
        deleted=200,
        body=lambda name: {"name": name, "region_id": "us-east-1", "provider": "managed_kaas"},
        invalid={"name": "", "region_id": "r" * 60, "provider": "aws"},
        broken=frozenset({"/name", "/region_id", "/provider"}),
        number=_set(("name",)),  # Akua's create body has no number: a string gets one
    ),
    "cockroach-cloud": Api(
        name="cockroach-cloud",
        collection="/v1/clusters",
        created=200,
        envelope=(),
        id_at=("id",),
        state_at=("state",),
        list_at="clusters",
        path=("CREATING", "CREATED"),
        deleting=None,
        kept="DELETED",
        deleted=200,
        body=lambda name: {
            "name": name,
            "provider": "GCP",
            "spec": {"serverless": {"regions": ["us-central1"], "spendLimit": 0}},
        },
        invalid={"name": "a b", "provider": "AZURE", "spec": {"serverless": {"regions": "x"}}},
        broken=frozenset({"/name", "/provider", "/spec/serverless/regions"}),
        number=_set(("spec", "serverless", "spendLimit")),
    ),
    "coreweave-cks": Api(
        name="coreweave-cks",
        collection="/v1beta1/cks/clusters",
        created=200,
        envelope=("cluster",),
        id_at=("id",),
        state_at=("status",),
        list_at="items",
        path=("STATUS_CREATING", "STATUS_RUNNING"),
        deleting="STATUS_DELETING",
        kept=None,
        deleted=200,
        body=lambda name: {
            "name": name,
            "zone": "US-EAST-04A",
            "vpcId": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
            "version": "v1.32",
            "network": dict(CKS_NETWORK),
        },
        invalid={
            "name": "Bad_Name",
            "zone": "US-EAST-04A",
            "vpcId": "v",
            "version": "v1.32",
            "network": {"podCidrName": "p", "serviceCidrName": "s"},
            "public": "yes",
        },
        broken=frozenset({"/name", "/network", "/public"}),
        number=_set(("kubelet", "maxPods")),
    ),
}


@functools.cache
def spec(name: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(spec_path(name).read_text())
    return document


@functools.cache
def validator(name: str) -> Validator:
    return Validator.from_path(spec_path(name))


@functools.cache
def lifecycle(name: str) -> apimodel.Lifecycle:
    """The clusters' lifecycle, as the model reads it from the spec."""
    found = build_api(load_spec(spec_path(name))).require_clean().resources["cluster"].lifecycle
    assert found is not None
    return found


# --- helpers --------------------------------------------------------------------------------


def dig(doc: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def create(c: httpx.Client, api: Api, name: str = "prod") -> tuple[str, dict[str, Any]]:
    """A new cluster's id and the create answer."""
    response = c.post(api.collection, json=api.body(name))
    assert response.status_code == api.created, response.text
    answer: dict[str, Any] = response.json()
    return str(dig(answer, api.envelope + api.id_at)), answer


def state(c: httpx.Client, api: Api, id: str) -> str | None:
    """The cluster's lifecycle state, or None once it is gone (404)."""
    response = c.get(api.item(id))
    if response.status_code == 404:
        return None
    assert response.status_code == 200, response.text
    return str(api.state_in(response.json()))


def listed(c: httpx.Client, api: Api, **query: str) -> list[dict[str, Any]]:
    response = c.get(api.collection, params=query)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json().get(api.list_at, [])
    return items


def delete(c: httpx.Client, api: Api, id: str) -> httpx.Response:
    """Delete a cluster, with the precondition its API requires (Akua's if-match)."""
    headers = {}
    if api.name == "akua":
        headers["if-match"] = c.get(api.item(id)).json()["etag"]
    return c.delete(api.item(id), headers=headers)


def advance(server: ThreadedServer, **request: Any) -> list[dict[str, Any]]:
    response = httpx.post(server.root + ADVANCE, json=request)
    assert response.status_code == 200, response.text
    moved: list[dict[str, Any]] = response.json()["moved"]
    return moved


def error(api: str, response: httpx.Response, status: int, code: str | None = None) -> str:
    """Assert an error answer: its status, the provider's error shape and, when given, the
    symbolic code; returns the error's text."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    if api == "kupe":
        assert set(body) == {"error"}, body
        assert isinstance(body["error"], str)
        assert body["error"]
        return str(body["error"])
    assert isinstance(body.get("message"), str), body
    assert body["message"], body
    if api == "akua":
        assert isinstance(body["code"], str), body
        assert re.fullmatch(r"[A-Z_]+", body["code"]), body
        assert code is None or body["code"] == code, body
    else:
        assert isinstance(body["code"], int), body
        assert isinstance(body["details"], list), body
        assert code is None or body["code"] == GRPC[code], body
    return str(body["message"])


def field_violations(body: dict[str, Any]) -> list[tuple[str, str]]:
    """The (field, description) pairs of a gRPC error's BadRequest detail."""
    details = [d for d in body["details"] if d.get("@type") == BAD_REQUEST]
    assert len(details) == 1, body
    return [(v["field"], v["description"]) for v in details[0]["fieldViolations"]]


def raw_request(server: ThreadedServer, request: bytes) -> tuple[int, bytes]:
    """Send bytes on a fresh socket (for what httpx refuses to send); status and body."""
    url = urlsplit(server.root)
    assert url.hostname is not None
    assert url.port is not None
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    data = b"".join(chunks)
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def base_path(server: ThreadedServer) -> str:
    return server.url[len(server.root) :]


def poll(
    c: httpx.Client, api: Api, id: str, done: Callable[[str | None], bool]
) -> list[str | None]:
    """Read a cluster until `done(state)`; the distinct states seen, in order."""
    seen: list[str | None] = []
    give_up = time.monotonic() + DEADLINE
    while True:
        current = state(c, api, id)
        if not seen or seen[-1] != current:
            seen.append(current)
        if done(current):
            return seen
        if time.monotonic() > give_up:
            raise AssertionError(f"{api.name} cluster {id} never got there; saw {seen}")
        time.sleep(0.02)


def is_subsequence(seen: list[str | None], of: tuple[str | None, ...]) -> bool:
    remaining = iter(of)
    return all(any(s == o for o in remaining) for s in seen)


# --- the spec facts the tables above encode --------------------------------------------------


@pytest.mark.parametrize("name", APIS)
def test_the_lifecycle_tables_match_the_specs(name: str) -> None:
    """The states written above are the ones each spec's cluster lifecycle declares (as the
    model reads it): initial, first ready, deleting and kept-deleted states."""
    api, declared = API[name], lifecycle(name)
    assert api.path[0] == declared.initial
    assert api.path[-1] == declared.ready[0]
    assert set(api.path) <= set(declared.states)
    assert api.deleting == declared.deleting
    assert api.kept == declared.deleted


# --- 400: every violation, in the provider's shape ------------------------------------------


@pytest.mark.parametrize("name", APIS)
def test_a_bad_body_gets_400_with_every_violation_in_the_providers_shape(
    serve: Serve, name: str
) -> None:
    """A create body breaking several rules is refused with 400 and the provider's error
    shape, listing every violation the shared validator finds (CKS and CockroachDB as
    google.rpc.BadRequest field violations, Kupe and Akua in the message); nothing is made."""
    api = API[name]
    server = serve(name)
    payload = json.dumps(api.invalid)
    expected = validator(name).validate_request(
        f"POST {api.collection}", headers=JSON, body=payload
    )
    assert api.broken <= {v.pointer for v in expected.violations}, expected.violations
    with http(server) as c:
        response = c.post(api.collection, content=payload, headers=JSON)
        message = error(name, response, 400, "INVALID_ARGUMENT")
        for violation in expected.violations:
            assert violation.message in message
            assert f"{violation.location} {violation.pointer or '/'}" in message
        if name in GRPC_APIS:
            assert sorted(field_violations(response.json())) == sorted(
                (f"{v.location}{v.pointer or '/'}", v.message) for v in expected.violations
            )
        assert listed(c, api) == []


def test_every_query_violation_is_reported(serve: Serve) -> None:
    """Query parameters are validated together: three bad ones on CockroachDB's list give one
    400 naming all three."""
    server = serve("cockroach-cloud")
    with http(server) as c:
        response = c.get(
            "/v1/clusters",
            params={
                "pagination.limit": "0",
                "show_inactive": "maybe",
                "pagination.sort_order": "SIDEWAYS",
            },
        )
        error("cockroach-cloud", response, 400, "INVALID_ARGUMENT")
    fields = {f for f, _ in field_violations(response.json())}
    assert fields == {
        "query/pagination.limit",
        "query/show_inactive",
        "query/pagination.sort_order",
    }


MALFORMED: dict[str, tuple[bytes | None, str | None, str]] = {
    # case: (body, Content-Type, where the violation is)
    "malformed JSON": (b'{"name": "prod", ', "application/json", "body"),
    "wrong content type": (b'{"name": "prod"}', "text/plain", "content-type"),
    "missing body": (None, None, "body"),
    "missing content type": (b'{"name": "prod"}', None, "content-type"),
}


@pytest.mark.parametrize("case", MALFORMED)
@pytest.mark.parametrize("name", APIS)
def test_malformed_requests_get_400(serve: Serve, name: str, case: str) -> None:
    """Malformed JSON, a text/plain or absent Content-Type and a missing body each get a 400
    in the provider's shape that says what is wrong, and create nothing."""
    api = API[name]
    content, media, location = MALFORMED[case]
    server = serve(name)
    with http(server) as c:
        headers = {"Content-Type": media} if media else {}
        request = c.build_request("POST", api.collection, content=content, headers=headers)
        if media is None:
            request.headers.pop("Content-Type", None)
        response = c.send(request)
        message = error(name, response, 400, "INVALID_ARGUMENT")
        assert location in message
        if name in GRPC_APIS:
            assert [f for f, _ in field_violations(response.json())] == [f"{location}/"]
        assert listed(c, api) == []


# --- 413 --------------------------------------------------------------------------------------

LIMIT = 1024


def padded(doc: dict[str, Any], size: int) -> bytes:
    """`doc` as JSON, padded with trailing whitespace (still valid JSON) to `size` bytes."""
    text = json.dumps(doc).encode()
    assert len(text) <= size
    return text + b" " * (size - len(text))


def chunks(data: bytes, size: int = 100) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.mark.parametrize("how", ["content-length", "chunked"])
@pytest.mark.parametrize("name", APIS)
def test_a_body_over_max_body_gets_413(serve: Serve, name: str, how: str) -> None:
    """A body one byte over `max_body` is refused with 413 in the provider's shape, whether
    its size is declared (Content-Length) or only found while streaming (chunked), and nothing
    is created."""
    api = API[name]
    server = serve(name, max_body=LIMIT)
    body = padded(api.body("big"), LIMIT + 1)
    with http(server) as c:
        content: bytes | Iterator[bytes] = body if how == "content-length" else chunks(body)
        response = c.post(api.collection, content=content, headers=JSON)
        if how == "chunked":
            assert response.request.headers["transfer-encoding"] == "chunked"
            assert "content-length" not in response.request.headers
        error(name, response, 413)
        assert listed(c, api) == []


@pytest.mark.parametrize("name", APIS)
def test_a_body_of_exactly_max_body_is_accepted(serve: Serve, name: str) -> None:
    """The limit is inclusive: a valid body of exactly `max_body` bytes, streamed, creates."""
    api = API[name]
    server = serve(name, max_body=LIMIT)
    with http(server) as c:
        response = c.post(
            api.collection, content=chunks(padded(api.body("edge"), LIMIT)), headers=JSON
        )
        assert response.status_code == api.created, response.text
        assert len(listed(c, api)) == 1


# --- 404 and 405 ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", APIS)
def test_an_unknown_path_gets_404_in_the_providers_shape(serve: Serve, name: str) -> None:
    """Paths no operation has, under the base path, beside it, or under the admin prefix, get
    404 (in the provider's shape for API paths)."""
    server = serve(name)
    with http(server) as c:
        for method in ("GET", "POST", "DELETE"):
            error(name, c.request(method, "/no/such/thing"), 404, "NOT_FOUND")
        error(name, c.get(API[name].collection + "/x/y/z/w"), 404, "NOT_FOUND")
        error(name, httpx.get(server.root + "/nothing-here", headers=c.headers), 404)
    assert httpx.get(server.root + "/_reference/nothing").status_code == 404


def documented_methods(name: str) -> dict[str, set[str]]:
    verbs = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return {
        path: {m.upper() for m in item if m in verbs} for path, item in spec(name)["paths"].items()
    }


@pytest.mark.parametrize("name", APIS)
def test_an_undocumented_method_gets_405_with_allow(serve: Serve, name: str) -> None:
    """On every path of the spec, every method the path does not document (and an invented
    one) gets 405 in the provider's shape, with `Allow` listing exactly the documented methods
    of that path; a literal path outranks a templated one (OpenAPI path matching), so
    CockroachDB's `/v1/clusters/available-regions` allows only GET."""
    server = serve(name)
    with http(server) as c:
        for template, methods in documented_methods(name).items():
            concrete = re.sub(r"\{[^}]+\}", "x1", template)
            for method in {"GET", "PUT", "POST", "PATCH", "DELETE", "PURGE"} - methods:
                response = c.request(method, concrete)
                assert response.status_code == 405, (method, concrete, response.text)
                error(name, response, 405)
                allowed = {m.strip() for m in response.headers["allow"].split(",")}
                assert allowed == methods, (method, concrete, allowed)


# --- 401 and roles --------------------------------------------------------------------------


@pytest.mark.parametrize("name", APIS)
def test_a_missing_or_wrong_token_gets_401(serve: Serve, name: str) -> None:
    """With tokens configured, no Authorization, a wrong token, another scheme, a bare token,
    an empty `Bearer ` and a repeated wrong header each get 401 in the provider's shape, on
    reads and writes alike, and nothing is created; the configured token (scheme in any case)
    is let in."""
    api = API[name]
    server = serve(name, tokens={"good-token": None})
    refused: list[list[tuple[str, str]]] = [
        [],
        [("Authorization", "Bearer wrong-token")],
        [("Authorization", "Basic Z29vZC10b2tlbjo=")],
        [("Authorization", "good-token")],
        [("Authorization", "Bearer")],
        [("Authorization", "Bearer wrong"), ("Authorization", "Bearer also-wrong")],
    ]
    with httpx.Client(base_url=server.url, timeout=10) as c:
        for headers in refused:
            error(name, c.get(api.collection, headers=headers), 401, "UNAUTHENTICATED")
            response = c.post(api.collection, json=api.body("prod"), headers=headers)
            error(name, response, 401, "UNAUTHENTICATED")
        status, body = raw_request(
            server,
            f"GET {server.url[len(server.root) :]}{api.collection} HTTP/1.1\r\n"
            "Host: x\r\nAuthorization: Bearer \r\nConnection: close\r\n\r\n".encode(),
        )
        assert status == 401, body
        good = c.get(api.collection, headers={"Authorization": "bearer good-token"})
        assert good.status_code == 200, good.text
        assert good.json().get(api.list_at, []) == []


@pytest.mark.parametrize("name", APIS)
def test_any_token_is_accepted_when_none_are_configured(serve: Serve, name: str) -> None:
    """Without configured tokens any bearer token is let in (each sees the others' clusters),
    but a token is still required."""
    api = API[name]
    server = serve(name)
    with http(server, "whoever-1") as first, http(server, "someone-else") as second:
        id, _ = create(first, api)
        assert state(second, api, id) == api.path[-1]
    with http(server, None) as anonymous:
        error(name, anonymous.get(api.collection), 401, "UNAUTHENTICATED")


ROLES = {"admin": None, "ro": frozenset({"READ"}), "creator": frozenset({"CREATE"})}


def test_a_read_only_token_reads_but_gets_403_on_writes(serve: Serve) -> None:
    """CockroachDB's permissions: a READ token lists, gets, reads nodes and regions, and
    gets 403 PERMISSION_DENIED (CockroachDB's shape) on create, delete and spend limit, none of
    which happens; an unknown token is 401, not 403."""
    api = API["cockroach-cloud"]
    server = serve(api.name, tokens=ROLES)
    with http(server, "admin") as admin, http(server, "ro") as ro:
        id, _ = create(admin, api)
        assert [c["id"] for c in listed(ro, api)] == [id]
        assert ro.get(api.item(id)).status_code == 200
        assert ro.get(f"{api.item(id)}/nodes").status_code == 200
        assert ro.get(f"{api.collection}/available-regions?provider=GCP").status_code == 200
        refused = [
            ro.post(api.collection, json=api.body("second")),
            ro.delete(api.item(id)),
            ro.put(f"{api.item(id)}/spend-limit", json={"spendLimit": 2500}),
        ]
        for response in refused:
            error(api.name, response, 403, "PERMISSION_DENIED")
        after = admin.get(api.item(id)).json()
        assert after["state"] == "CREATED"
        assert after["config"]["serverless"]["spend_limit"] == 0
        assert len(listed(admin, api)) == 1
    with http(server, "nobody") as nobody:
        error(api.name, nobody.get(api.collection), 401, "UNAUTHENTICATED")


def test_a_create_only_token_creates_but_cannot_delete_or_read(serve: Serve) -> None:
    """A CREATE token creates, but gets 403 on delete and on get (both need other roles)."""
    api = API["cockroach-cloud"]
    server = serve(api.name, tokens=ROLES)
    with http(server, "creator") as creator, http(server, "admin") as admin:
        id, _ = create(creator, api)
        error(api.name, creator.delete(api.item(id)), 403, "PERMISSION_DENIED")
        error(api.name, creator.get(api.item(id)), 403, "PERMISSION_DENIED")
        assert state(admin, api, id) == "CREATED"
        assert delete(admin, api, id).status_code == 200


# --- 409 and 412 as documented --------------------------------------------------------------


def conflicts_kupe(c: httpx.Client) -> None:
    api = API["kupe"]
    first = c.post(api.collection, json=api.body("prod"))
    error("kupe", c.post(api.collection, json=api.body("prod")), 409)
    etag = first.headers["etag"]
    assert c.patch(
        api.item("prod"), json={"version": "1.32"}, headers={"If-Match": etag}
    ).is_success
    stale = c.patch(api.item("prod"), json={"version": "1.33"}, headers={"If-Match": etag})
    error("kupe", stale, 412)
    assert c.get(api.item("prod")).json()["version"] == "1.32"


def conflicts_akua(c: httpx.Client) -> None:
    api = API["akua"]
    key = {"idempotency-key": "create-1"}
    id, created = create(c, api)
    again = c.post(api.collection, json=api.body("prod"), headers=key)
    assert again.status_code == 201
    error("akua", c.post(api.collection, json=api.body("other"), headers=key), 422)
    old = created["etag"]
    assert c.patch(api.item(id), json={"name": "n2"}, headers={"if-match": old}).is_success
    stale = c.patch(api.item(id), json={"name": "n3"}, headers={"if-match": old})
    error("akua", stale, 409, "ABORTED")
    assert stale.json()["metadata"]["etag"] == c.get(api.item(id)).json()["etag"] != old


def conflicts_cks(c: httpx.Client) -> None:
    api = API["coreweave-cks"]
    create(c, api, "my-cluster")
    error(api.name, c.post(api.collection, json=api.body("my-cluster")), 409, "ALREADY_EXISTS")
    assert len(listed(c, api)) == 1


def conflicts_cockroach(c: httpx.Client) -> None:
    api = API["cockroach-cloud"]
    # The spec documents no 409: two clusters may share a name.
    create(c, api, "same")
    create(c, api, "same")
    assert len(listed(c, api)) == 2


CONFLICTS = {
    "kupe": conflicts_kupe,
    "akua": conflicts_akua,
    "coreweave-cks": conflicts_cks,
    "cockroach-cloud": conflicts_cockroach,
}


@pytest.mark.parametrize("name", APIS)
def test_conflicts_get_the_status_the_spec_documents(serve: Serve, name: str) -> None:
    """Kupe: duplicate name 409, stale If-Match 412. Akua: stale if-match 409 ABORTED with the
    current etag, a reused idempotency key with another body 422. CKS: duplicate name 409
    ALREADY_EXISTS. CockroachDB documents neither, so it refuses neither."""
    server = serve(name)
    with http(server) as c:
        CONFLICTS[name](c)


# --- lifecycles -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", APIS)
def test_immediate_clusters_are_born_ready(serve: Serve, name: str) -> None:
    """`immediate`: the create answer, a read and the list all show the ready state."""
    api = API[name]
    server = serve(name, lifecycle="immediate")
    with http(server) as c:
        id, answer = create(c, api)
        assert api.state_in(answer) == api.path[-1]
        assert state(c, api, id) == api.path[-1]
        (only,) = listed(c, api)
        assert dig(only, api.state_at) == api.path[-1]


@pytest.mark.parametrize("name", APIS)
def test_manual_clusters_move_one_state_per_advance(serve: Serve, name: str) -> None:
    """`manual`: a cluster is born in the initial state and stays there until the admin
    endpoint moves it; each `advance` moves it exactly one documented state on and says so
    (resource, id, from, state); once ready, nothing moves."""
    api = API[name]
    server = serve(name, lifecycle="manual")
    with http(server) as c:
        id, answer = create(c, api)
        assert api.state_in(answer) == api.path[0]
        assert state(c, api, id) == api.path[0]
        for before, after in zip(api.path, api.path[1:], strict=False):
            (moved,) = advance(server)
            assert {k: moved[k] for k in ("resource", "id", "from", "state")} == {
                "resource": "cluster",
                "id": id,
                "from": before,
                "state": after,
            }
            assert state(c, api, id) == after
        assert advance(server) == []
        assert state(c, api, id) == api.path[-1]


@pytest.mark.parametrize("name", APIS)
def test_advance_is_filtered_and_checked(serve: Serve, name: str) -> None:
    """The admin endpoint moves only what `id`, `resource` and `scope` select, jumps to `to`,
    and answers 400 to an unknown state, a non-string field or a body that is not JSON."""
    api = API[name]
    server = serve(name, lifecycle="manual")
    with http(server) as c:
        first, _ = create(c, api, "first")
        second, _ = create(c, api, "second")
        assert advance(server, resource="no-such-resource") == []
        assert advance(server, scope="no-such-scope") == []
        assert [m["id"] for m in advance(server, id=first)] == [first]
        assert (state(c, api, first), state(c, api, second)) == api.path[1:2] + api.path[:1]
        (jumped,) = advance(server, id=second, to=api.path[-1])
        assert (jumped["from"], jumped["state"]) == (api.path[0], api.path[-1])
        assert state(c, api, second) == api.path[-1]
    for body in (b'{"to": "NO_SUCH_STATE"}', b'{"id": 5}', b"not json", b"[]"):
        response = httpx.post(server.root + ADVANCE, content=body, headers=JSON)
        assert response.status_code == 400, (body, response.text)
        assert isinstance(response.json()["error"], str)
    assert "NO_SUCH_STATE" in httpx.post(server.root + ADVANCE, json={"to": "NO_SUCH_STATE"}).text


@pytest.mark.parametrize("name", APIS)
def test_timed_clusters_walk_to_ready_on_the_clock(serve: Serve, name: str) -> None:
    """`time:0.2`: a cluster is born in the initial state and, read repeatedly, goes through
    the documented states in order until it is ready, with no admin call."""
    api = API[name]
    server = serve(name, lifecycle="time:0.2")
    with http(server) as c:
        id, answer = create(c, api)
        assert api.state_in(answer) == api.path[0]
        seen = poll(c, api, id, lambda s: s == api.path[-1])
        assert is_subsequence(seen, api.path), seen
        assert seen[-1] == api.path[-1]


@pytest.mark.parametrize("name", APIS)
def test_manual_delete_goes_through_the_documented_deleting_state(serve: Serve, name: str) -> None:
    """`manual` delete: CKS and Akua answer with the cluster in its deleting state, keep it
    readable (and listed) in that state until the admin endpoint moves it, then it is gone
    (404); CockroachDB keeps a DELETED cluster, listed only with show_inactive=true, and a
    second delete is 404; Kupe answers 204 and the cluster is gone."""
    api = API[name]
    server = serve(name, lifecycle="manual")
    with http(server) as c:
        id, _ = create(c, api)
        advance(server, to=api.path[-1])
        response = delete(c, api, id)
        assert response.status_code == api.deleted, response.text
        if api.deleting is not None:
            assert api.state_in(response.json()) == api.deleting
            assert state(c, api, id) == api.deleting
            assert len(listed(c, api)) == 1
            (moved,) = advance(server)
            assert (moved["id"], moved["from"], moved["state"]) == (id, api.deleting, None)
            assert state(c, api, id) is None
            assert listed(c, api) == []
        elif api.kept is not None:
            assert response.content == b""
            assert state(c, api, id) == api.kept
            assert listed(c, api) == []
            (inactive,) = listed(c, api, show_inactive="true")
            assert (inactive["id"], inactive["state"]) == (id, api.kept)
            assert "deleted_at" in inactive
            error(name, delete(c, api, id), 404, "NOT_FOUND")
        else:
            assert response.content == b""
            assert state(c, api, id) is None
            error(name, c.get(api.item(id)), 404, "NOT_FOUND")


@pytest.mark.parametrize("name", APIS)
def test_immediate_delete_is_done_at_once(serve: Serve, name: str) -> None:
    """`immediate` delete: the answer still shows a deleting state where the API has one, but
    the cluster is gone (or, for CockroachDB, DELETED) by the next read."""
    api = API[name]
    server = serve(name)
    with http(server) as c:
        id, _ = create(c, api)
        response = delete(c, api, id)
        assert response.status_code == api.deleted, response.text
        if api.deleting is not None:
            assert api.state_in(response.json()) == api.deleting
        assert state(c, api, id) == api.kept
        assert listed(c, api) == []


@pytest.mark.parametrize("name", ["akua", "coreweave-cks"])
def test_timed_delete_passes_through_deleting_then_is_gone(serve: Serve, name: str) -> None:
    """`time:0.2` delete: the cluster is in its deleting state, then gone on the clock."""
    api = API[name]
    server = serve(name, lifecycle="time:0.2")
    with http(server) as c:
        id, _ = create(c, api)
        poll(c, api, id, lambda s: s == api.path[-1])
        response = delete(c, api, id)
        assert api.state_in(response.json()) == api.deleting
        seen = poll(c, api, id, lambda s: s is None)
        assert is_subsequence(seen, (api.deleting, None)), seen


# --- hostile inputs: a 4xx, never a 5xx -----------------------------------------------------


@dataclass(frozen=True)
class Probe:
    method: str
    path: str  # under the base URL, percent-encoding as sent
    expect: frozenset[int]
    content: bytes | None = None
    headers: tuple[tuple[str, str], ...] = (("Authorization", f"Bearer {TOKEN}"),)
    raw: bytes | None = None  # the request head, sent as is ({base} is the base path)


def _json_with(doc: dict[str, Any], literal: str) -> bytes:
    """`doc` as JSON with the string "@raw@" replaced by a raw JSON literal."""
    text = json.dumps(doc)
    assert text.count('"@raw@"') == 1
    return text.replace('"@raw@"', literal).encode()


def _number(api: Api, n: int, literal: str) -> bytes:
    doc = api.body(f"case-{n}")
    api.number(doc, "@raw@")
    return _json_with(doc, literal)


def _nested(api: Api, n: int, depth: int) -> bytes:
    doc = api.body(f"case-{n}")
    api.number(doc, "@raw@")
    return _json_with(doc, '{"a":' * depth + "1" + "}" * depth)


def hostile(api: Api) -> dict[str, Probe]:
    """Requests no client should send, and what each must get. `ok` marks the inputs that a
    server may also accept (valid JSON, or a name the spec allows), never a 5xx."""
    auth = (("Authorization", f"Bearer {TOKEN}"),)
    json_auth = (*auth, ("Content-Type", "application/json"))
    ok, bad = frozenset({api.created, 400}), frozenset({400})
    missing = frozenset({400, 404})
    cockroach = api.name == "cockroach-cloud"
    # Repeated or odd query values matter only where a query parameter is documented.
    query = frozenset({400}) if cockroach else frozenset({200})
    valid = json.dumps(api.body("case-valid")).encode()

    def post(content: bytes, expect: frozenset[int], headers: Any = json_auth) -> Probe:
        return Probe("POST", api.collection, expect, content, tuple(headers))

    return {
        "non-UTF-8 body": post(b'{"name": "\xff\xfe"}', bad),
        "JSON array body": post(b"[]", bad),
        "JSON null body": post(b"null", bad),
        "10k-deep nested JSON": post(b"[" * 10_000 + b"]" * 10_000, bad),
        "600-deep nested object where an object or number goes": post(_nested(api, 1, 600), ok),
        "NaN literal": post(_number(api, 2, "NaN"), bad),
        "Infinity literal": post(_number(api, 3, "Infinity"), bad),
        "-Infinity literal": post(_number(api, 4, "-Infinity"), bad),
        "number beyond float range": post(_number(api, 5, "1e400"), bad),
        "4000-digit integer": post(_number(api, 6, "9" * 4000), ok),
        "5000-digit integer": post(_number(api, 7, "9" * 5000), bad),
        "lone surrogate in a string": post(
            _json_with({**api.body("x"), "name": "@raw@"}, '"a\\ud800b"'), ok
        ),
        "byte order mark before the JSON": post(b"\xef\xbb\xbf" + valid, ok),
        "duplicate conflicting Content-Type": post(
            valid, bad, (*json_auth, ("Content-Type", "text/plain"))
        ),
        "merge-patch media type on create": post(
            valid, bad, (*auth, ("Content-Type", "application/merge-patch+json"))
        ),
        "duplicate wrong Authorization": Probe(
            "GET",
            api.collection,
            frozenset({401}),
            headers=(("Authorization", "Bearer a"), ("Authorization", "Bearer b")),
        ),
        "8 KiB bearer token": Probe(
            "GET",
            api.collection,
            frozenset({401}),
            headers=(("Authorization", "Bearer " + "t" * 8192),),
        ),
        "empty Bearer": Probe(
            "GET",
            api.collection,
            frozenset({401}),
            raw=b"GET {base}"
            + api.collection.encode()
            + b" HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \r\nConnection: close\r\n\r\n",
        ),
        "body on a GET": Probe("GET", api.collection, missing, b"{}", (*json_auth,)),
        "unicode path segment": Probe("GET", api.item(quote("ünïcødé-☃")), missing),
        "percent-encoded slash": Probe("GET", api.item("a%2Fb"), missing),
        "percent-encoded dot segments": Probe("GET", api.item("%2E%2E"), missing),
        "invalid percent-encoding": Probe("GET", api.item("%ZZ"), missing),
        "NUL in a path segment": Probe("GET", api.item("x%00y"), missing),
        "overlong UTF-8 in a path segment": Probe("GET", api.item("%C0%AF"), missing),
        "10k-character path segment": Probe(
            "GET", api.item("x" * 10_000), frozenset({400, 404, 414})
        ),
        "raw non-ASCII byte in the request line": Probe(
            "GET",
            api.collection,
            missing,
            raw=b"GET {base}" + api.collection.encode() + b"/\xff\xfe HTTP/1.1\r\nHost: x\r\n"
            b"Authorization: Bearer " + TOKEN.encode() + b"\r\nConnection: close\r\n\r\n",
        ),
        "repeated query keys, last invalid": Probe(
            "GET", api.collection + "?show_inactive=true&show_inactive=maybe&x=1&x=2", query
        ),
        "non-UTF-8 percent bytes in the query": Probe(
            "GET", api.collection + "?show_inactive=%FF%FE", query
        ),
        "5000-digit query integer": Probe(
            "GET", api.collection + "?pagination.limit=" + "9" * 5000, query
        ),
    }


def send(server: ThreadedServer, c: httpx.Client, probe: Probe) -> int:
    if probe.raw is not None:
        status, _ = raw_request(server, probe.raw.replace(b"{base}", base_path(server).encode()))
        return status
    request = c.build_request(
        probe.method, probe.path, content=probe.content, headers=list(probe.headers)
    )
    return c.send(request).status_code


@pytest.mark.parametrize("name", APIS)
def test_hostile_inputs_get_a_4xx_never_a_5xx(serve: Serve, name: str) -> None:
    """Each hostile input of the table gets one of the statuses it should (a 4xx, or success
    where the input is valid after all); none gets a 5xx, the answers were on-spec wherever an
    operation was matched (teardown), and the server still works afterwards."""
    api = API[name]
    server = serve(name, tokens={TOKEN: None})
    wrong = []
    with httpx.Client(base_url=server.url, timeout=30) as c:
        for case, probe in hostile(api).items():
            status = send(server, c, probe)
            if status not in probe.expect:
                wrong.append(f"{case}: got {status}, expected one of {sorted(probe.expect)}")
    assert not wrong, "\n".join(wrong)
    with http(server) as c:
        create(c, api, "after-the-storm")


@pytest.mark.parametrize("name", APIS)
def test_encoded_delimiters_stay_inside_their_path_segment(serve: Serve, name: str) -> None:
    """An encoded `?`, `#` or `/` in a path segment is part of that segment: after an existing
    id it names another (missing) cluster, so the answer is a 4xx, never the existing cluster
    or another operation (CockroachDB's `{id}%2Fnodes` is not the node list)."""
    api = API[name]
    server = serve(name)
    with http(server) as c:
        id, _ = create(c, api)
        wrong = []
        for suffix in ("%3Fx=1", "%23frag", "%2Fx", "%2Fnodes", "%2F"):
            response = c.get(api.item(id) + suffix)
            if response.status_code not in (400, 404):
                wrong.append(f"{suffix}: {response.status_code} {response.text[:80]}")
        assert not wrong, "\n".join(wrong)


def test_a_field_mask_into_a_scalar_is_refused(serve: Serve) -> None:
    """CKS: an update mask path below a scalar field (`version.minor`) names no field, so the
    update is a 400 and the cluster keeps its string version (never an off-spec `{}`)."""
    api = API["coreweave-cks"]
    server = serve(api.name)
    with http(server) as c:
        id, _ = create(c, api)
        response = c.patch(
            api.item(id), json={"id": id, "version": "v1.33", "updateMask": "version.minor"}
        )
        error(api.name, response, 400, "INVALID_ARGUMENT")
        assert c.get(api.item(id)).json()["cluster"]["version"] == "v1.32"


# --- a small fuzz -----------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize("name", APIS)
def test_fuzzed_bodies_and_ids_never_get_a_5xx(serve: Serve, name: str) -> None:
    """A valid create body with one field set to an arbitrary JSON value (or an unexpected
    field added), and a read of an arbitrary id, never get a 5xx (hypothesis, derandomised);
    the teardown proves every answer was one the spec documents."""
    api = API[name]
    server = serve(name)
    fields = [*sorted(api.body("fuzz")), "unexpected"]

    @settings(max_examples=40, deadline=None, derandomize=True, database=None)
    @given(key=st.sampled_from(fields), value=json_values, segment=st.text(max_size=30))
    def check(key: str, value: Any, segment: str) -> None:
        body = {**api.body("fuzz"), key: value}
        response = c.post(api.collection, json=body)
        assert response.status_code < 500, (body, response.text)
        read = c.get(api.item(quote(segment, safe="")) if segment else api.collection)
        assert read.status_code < 500, (segment, read.text)

    with http(server) as c:
        check()
