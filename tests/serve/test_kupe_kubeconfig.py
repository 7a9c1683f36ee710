"""Kupe's connection details (`GET .../clusters/{cluster}/kubeconfig`) for any tenant and cluster
the spec allows, over real HTTP: never a 500 (a host name longer than X.509's 64-character
common name once was one), an `endpoint` that is a valid `uri` and a real DNS name whatever the
tenant path parameter holds (spaces, backquotes, non-ASCII once went into the host unchecked),
and a CA certificate whose subjectAltName is the endpoint's host. Each answer is checked with
the project's validator (and by the `serve` fixture, which fails on any off-spec answer)."""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Callable, Iterator
from urllib.parse import quote, urlsplit

import httpx
import jsonschema_rs
import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.serve import ThreadedServer
from generator.serve.apis.kupe import endpoint_host, host_label
from generator.spec.catalog import spec_path
from generator.spec.formats import FORMAT_CHECKER
from generator.validate import Validator
from generator.validate.explain import ENGINE_OPTIONS
from tests.serve.conftest import http

Serve = Callable[..., ThreadedServer]

OPERATION = "getClusterKubeconfig"
LABEL = re.compile(r"[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?")
# The engine the validator runs, on the endpoint's schema alone.
URI = jsonschema_rs.validator_for({"type": "string", "format": "uri"}, **ENGINE_OPTIONS)

LONG_TENANT = "a-tenant-with-a-long-but-perfectly-legal-dns-label-for-a-name-x"
LONG_CLUSTER = "a-cluster-named-with-all-of-the-fifty-characters-x"
AWKWARD_TENANTS = [
    "a b",
    "`whoami`",
    "café",
    "Café",
    "日本語",
    "🚀",
    "Acme",
    "acme.example",
    "a/b",
    "100%",
    "?#[]@!$&'()*+,;=",
    '<"tenant">',
    "-leading-hyphen",
    "xn--caf-dma",  # the A-label of "café": must not be mistaken for it
    "t-" + "0" * 32,  # shaped like the hashed labels: must not be mistaken for one
    "x" * 300,
    "é" * 70,
    "\x00\t\n",
]


@functools.cache
def validator() -> Validator:
    return Validator.from_path(spec_path("kupe"))


@pytest.fixture
def kupe(serve: Serve) -> Iterator[httpx.Client]:
    with http(serve("kupe")) as client:
        yield client


def cluster_path(tenant: str, cluster: str | None = None) -> str:
    path = f"/api/v1/tenants/{quote(tenant, safe='')}/clusters"
    return path if cluster is None else f"{path}/{cluster}"


def create(client: httpx.Client, tenant: str, name: str) -> None:
    body = {"name": name, "displayName": "Awkward", "type": "shared"}
    answer = client.post(cluster_path(tenant), json=body)
    assert answer.status_code == 201, answer.text


def assert_host_name(host: str) -> None:
    """A real DNS name: labels of letters, digits and inner hyphens, at most 63 characters
    each and 253 in all."""
    assert len(host) <= 253, host
    for label in host.split("."):
        assert LABEL.fullmatch(label), (label, host)


def connection(client: httpx.Client, tenant: str, cluster: str) -> dict[str, str]:
    """The connection details: 200, valid against the operation by the project's validator, an
    endpoint that both format checkers take as a `uri` and whose host is a DNS name under
    kupe.cloud led by the cluster's name, and a CA certificate for exactly that host."""
    answer = client.get(f"{cluster_path(tenant, cluster)}/kubeconfig")
    assert answer.status_code == 200, answer.text
    result = validator().validate_response(
        OPERATION, status=answer.status_code, headers=answer.headers.items(), body=answer.content
    )
    assert result.valid, [v.render() for v in result.violations]
    details: dict[str, str] = answer.json()
    endpoint = details["endpoint"]
    assert URI.is_valid(endpoint), endpoint
    assert FORMAT_CHECKER.conforms(endpoint, "uri"), endpoint
    parts = urlsplit(endpoint)
    assert (parts.scheme, parts.path, parts.query, parts.fragment) == ("https", "", "", "")
    host = parts.netloc
    assert_host_name(host)
    assert host.startswith(f"{cluster}.")
    assert host.endswith(".kupe.cloud")
    assert host == endpoint_host(tenant, cluster)

    pem = base64.b64decode(details["certificateAuthority"], validate=True)
    certificate = x509.load_pem_x509_certificate(pem)
    names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == [host]
    common_names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert all(len(str(n.value)) <= 64 for n in common_names)
    certificate.verify_directly_issued_by(certificate)
    return details


@pytest.mark.parametrize("cluster", [LONG_CLUSTER, LONG_CLUSTER + "-and-thirteen"])
def test_kupe_kubeconfig_of_a_long_name_in_a_long_tenant(kupe: httpx.Client, cluster: str) -> None:
    """A legal cluster name (50 and 63 characters) in a tenant whose name is a 63-character DNS
    label: the host is far past X.509's 64-character common name, and the answer is still 200
    and valid, the host is kept as `{cluster}.{tenant}.kupe.cloud` and is the certificate's
    subjectAltName, and the common name is the cluster's label; a second read is the same."""
    assert len(LONG_TENANT) == 63
    assert len(cluster) in (50, 63)
    create(kupe, LONG_TENANT, cluster)
    details = connection(kupe, LONG_TENANT, cluster)
    host = f"{cluster}.{LONG_TENANT}.kupe.cloud"
    assert len(host) > 64
    assert details["endpoint"] == f"https://{host}"
    pem = base64.b64decode(details["certificateAuthority"])
    subject = x509.load_pem_x509_certificate(pem).subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == cluster
    assert connection(kupe, LONG_TENANT, cluster) == details


def test_kupe_kubeconfig_of_a_short_host_keeps_it_as_common_name(kupe: httpx.Client) -> None:
    """The documented shape, `https://production.acme.kupe.cloud`, is unchanged, and a host
    that fits a common name is the common name as well as the subjectAltName."""
    create(kupe, "acme", "production")
    details = connection(kupe, "acme", "production")
    assert details["endpoint"] == "https://production.acme.kupe.cloud"
    pem = base64.b64decode(details["certificateAuthority"])
    subject = x509.load_pem_x509_certificate(pem).subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == (
        "production.acme.kupe.cloud"
    )


@pytest.mark.parametrize("tenant", AWKWARD_TENANTS)
def test_kupe_kubeconfig_endpoint_is_a_uri_for_any_tenant(kupe: httpx.Client, tenant: str) -> None:
    """Tenants with characters a host name cannot hold, sent percent-encoded in the path: the
    connection details are 200 and valid, with an endpoint that is a `uri` and a DNS name, and
    the certificate's subjectAltName is its host; the long legal cluster name as well."""
    for cluster in ("production", LONG_CLUSTER):
        create(kupe, tenant, cluster)
        details = connection(kupe, tenant, cluster)
        assert connection(kupe, tenant, cluster) == details


def test_kupe_kubeconfig_endpoint_for_a_tenant_that_is_not_utf8(kupe: httpx.Client) -> None:
    """A tenant whose percent-encoding is not UTF-8 (`%FF`) is served all the same."""
    create_answer = kupe.post(
        "/api/v1/tenants/%FF/clusters",
        json={"name": "production", "displayName": "Awkward", "type": "shared"},
    )
    assert create_answer.status_code == 201, create_answer.text
    answer = kupe.get("/api/v1/tenants/%FF/clusters/production/kubeconfig")
    assert answer.status_code == 200, answer.text
    endpoint = answer.json()["endpoint"]
    assert URI.is_valid(endpoint)
    assert FORMAT_CHECKER.conforms(endpoint, "uri")
    assert_host_name(urlsplit(endpoint).netloc)


def test_kupe_kubeconfig_endpoints_of_different_tenants_differ(kupe: httpx.Client) -> None:
    """Each tenant's cluster gets a host of its own: `café` and its A-label `xn--caf-dma`,
    `Acme` and `acme`, a hash-shaped name and the rest all differ."""
    tenants = ["acme", *AWKWARD_TENANTS]
    endpoints = set()
    for tenant in tenants:
        create(kupe, tenant, "production")
        endpoints.add(connection(kupe, tenant, "production")["endpoint"])
    assert len(endpoints) == len(tenants)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("acme", "acme"),
        ("a1-b2", "a1-b2"),
        ("café", "xn--caf-dma"),
        ("日本語", "xn--wgv71a119e"),
    ],
)
def test_host_label_keeps_labels_and_writes_unicode_as_idna(name: str, label: str) -> None:
    assert host_label(name) == label


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    tenant=st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=80),
    cluster=st.from_regex(LABEL, fullmatch=True),
)
@example(tenant="\udcff", cluster="ab")
@example(tenant="a\u3002b", cluster="ab")
def test_endpoint_host_is_always_a_dns_name_and_a_uri(tenant: str, cluster: str) -> None:
    """Whatever the tenant (lone surrogates included), the host is a DNS name whose first label
    is the cluster's, deterministic, and `https://` with it is a `uri` to both checkers."""
    host = endpoint_host(tenant, cluster)
    assert_host_name(host)
    assert host.split(".")[0] == cluster
    assert host == endpoint_host(tenant, cluster)
    assert URI.is_valid(f"https://{host}")
    assert FORMAT_CHECKER.conforms(f"https://{host}", "uri")
