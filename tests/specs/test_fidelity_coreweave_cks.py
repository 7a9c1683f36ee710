"""Fidelity of the CoreWeave CKS specs to their source documents.

specs/coreweave-cks.yaml (v1beta1-r2) follows shared/source-docs/coreweave-cks-create-cluster.md
(newer, wins on conflicts) and coreweave-cks-api-reference.md; specs/history/
coreweave-cks-v1beta1-r1.yaml is the same API as the older reference alone describes it. Each test
asserts documented facts, or the inferred choices made for them, against the loaded specs; the
last group asserts every difference between the two revisions.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from generator.spec.formats import FORMAT_CHECKER
from tests.specs.fidelity import (
    load,
    operation,
    parameter,
    request_schema,
    response,
    response_schema,
)

spec = load("coreweave-cks")
doc = spec.document
old = load("history/coreweave-cks-v1beta1-r1")
old_doc = old.document

NEW_SOURCE = "coreweave-cks-create-cluster"
OLD_SOURCE = "coreweave-cks-api-reference"
NAME_PATTERN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
OIDC_FIELDS = {
    "issuerUrl",
    "clientId",
    "usernameClaim",
    "usernamePrefix",
    "groupsClaim",
    "groupsPrefix",
    "ca",
    "requiredClaim",
    "signingAlgorithms",
}
OLD_CLUSTER_FIELDS = {
    "id",
    "name",
    "zone",
    "vpcId",
    "public",
    "version",
    "network",
    "oidc",
    "authzWebhook",
    "authnWebhook",
    "auditPolicy",
    "status",
    "apiServerEndpoint",
    "createdAt",
    "updatedAt",
}
NEWER_CLUSTER_FIELDS = {
    "isUpgradeable",
    "disableOidcInfoPublication",
    "kubelet",
    "additionalServerSans",
    "tailscale",
}
NEWER_CREATE_FIELDS = {
    "sharedStorageClusterId",
    "disableOidcInfoPublication",
    "kubelet",
    "additionalServerSans",
    "tailscale",
}
UPDATE_FIELDS = {
    "id",
    "updateMask",
    "public",
    "version",
    "oidc",
    "authzWebhook",
    "authnWebhook",
    "auditPolicy",
}
MINIMAL_CREATE: dict[str, Any] = {
    "name": "my-cluster",
    "zone": "US-EAST-04A",
    "vpcId": "vpc-1",
    "version": "v1.32",
    "network": {"podCidrName": "pod", "serviceCidrName": "svc", "internalLbCidrNames": ["lb"]},
}
OPERATIONS = {
    "listClusters": ("get", "/v1beta1/cks/clusters"),
    "createCluster": ("post", "/v1beta1/cks/clusters"),
    "getCluster": ("get", "/v1beta1/cks/clusters/{id}"),
    "updateCluster": ("patch", "/v1beta1/cks/clusters/{id}"),
    "deleteCluster": ("delete", "/v1beta1/cks/clusters/{id}"),
}


def _valid(schema: dict[str, Any], value: Any) -> bool:
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    return bool(validator.is_valid(value))


def _create(s: Any = spec) -> dict[str, Any]:
    return request_schema(operation(s, "createCluster"))


def _update(s: Any = spec) -> dict[str, Any]:
    return request_schema(operation(s, "updateCluster"))


def _cluster(s: Any = spec, op: str = "getCluster") -> dict[str, Any]:
    cluster: dict[str, Any] = response_schema(operation(s, op), "200")["properties"]["cluster"]
    return cluster


# --- info, servers, security ------------------------------------------------------------------


def test_info_and_source_documents() -> None:
    assert doc["openapi"] == "3.1.0"
    assert doc["info"]["version"] == "v1beta1-r2"
    assert doc["info"]["contact"]["url"] == "https://docs.coreweave.com"
    sources = doc["info"]["x-source-documents"]
    assert set(sources) == {NEW_SOURCE, OLD_SOURCE}
    assert sources[NEW_SOURCE]["file"] == "coreweave-cks-create-cluster.md"
    assert sources[NEW_SOURCE]["lastModified"] == "2026-06-15"
    assert sources[NEW_SOURCE]["supersedes"] == OLD_SOURCE
    assert sources[OLD_SOURCE]["file"] == "coreweave-cks-api-reference.md"
    assert "supersedes" not in sources[OLD_SOURCE]


@pytest.mark.parametrize("document", [doc, old_doc], ids=["r2", "r1"])
def test_server_security_and_tag(document: dict[str, Any]) -> None:
    assert document["servers"] == [
        {"url": "https://api.coreweave.com", "description": "CoreWeave API server."}
    ]
    scheme = document["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert "access token" in scheme["description"]
    assert document["security"] == [{"bearerAuth": []}]
    assert [t["name"] for t in document["tags"]] == ["Clusters"]


# --- operations and status codes --------------------------------------------------------------


@pytest.mark.parametrize("s", [spec, old], ids=["r2", "r1"])
def test_operations_paths_and_status_codes(s: Any) -> None:
    for operation_id, (method, path) in OPERATIONS.items():
        op = operation(s, operation_id)
        assert (op["_method"], op["_path"]) == (method, path)
        assert op["tags"] == ["Clusters"]
    assert set(operation(s, "listClusters")["responses"]) == {"200", "401", "403", "default"}
    assert set(operation(s, "createCluster")["responses"]) == {
        "200",
        "400",
        "401",
        "403",
        "409",
        "default",
    }
    for operation_id in ("getCluster", "updateCluster", "deleteCluster"):
        assert set(operation(s, operation_id)["responses"]) == {
            "200",
            "400",
            "401",
            "403",
            "404",
            "default",
        }
    # The documents show 200 for every operation, create included (not 201).
    assert "201" not in operation(s, "createCluster")["responses"]


def test_operation_provenance() -> None:
    assert operation(spec, "createCluster")["x-provenance"] == {
        "source": NEW_SOURCE,
        "section": "POST /v1beta1/cks/clusters",
    }
    assert operation(spec, "listClusters")["x-provenance"]["source"] == OLD_SOURCE
    assert (
        operation(spec, "getCluster")["x-provenance"]["section"] == "GET /v1beta1/cks/clusters/{id}"
    )
    assert (
        operation(spec, "updateCluster")["x-provenance"]["section"]
        == "PATCH /v1beta1/cks/clusters/{id}"
    )
    assert (
        operation(spec, "deleteCluster")["x-provenance"]["section"]
        == "DELETE /v1beta1/cks/clusters/{id}"
    )
    for operation_id in OPERATIONS:
        assert operation(old, operation_id)["x-provenance"]["source"] == OLD_SOURCE


@pytest.mark.parametrize("s", [spec, old], ids=["r2", "r1"])
def test_path_parameter_id(s: Any) -> None:
    for operation_id in ("getCluster", "updateCluster", "deleteCluster"):
        p = parameter(operation(s, operation_id), "id", "path")
        assert p["required"] is True
        assert p["schema"]["type"] == "string"


# --- create request (current) -----------------------------------------------------------------


def test_create_request_required_and_closed() -> None:
    body = _create()
    assert operation(spec, "createCluster")["requestBody"]["required"] is True
    assert sorted(body["required"]) == sorted(["name", "zone", "vpcId", "version", "network"])
    assert body["additionalProperties"] is False
    assert "id" not in body["properties"]
    network = body["properties"]["network"]
    assert sorted(network["required"]) == ["internalLbCidrNames", "podCidrName", "serviceCidrName"]
    assert network["unevaluatedProperties"] is False
    assert set(body["properties"]) == {
        "name",
        "zone",
        "vpcId",
        "version",
        "network",
        "public",
        "oidc",
        "authzWebhook",
        "authnWebhook",
        "auditPolicy",
        *NEWER_CREATE_FIELDS,
    }


def test_create_request_name_rule() -> None:
    name = _create()["properties"]["name"]
    assert name["type"] == "string"
    assert name["minLength"] == 1
    assert name["maxLength"] == 30
    assert name["pattern"] == NAME_PATTERN
    for good in ("a", "my-cluster", "0abc9", "a" * 30):
        assert _valid(name, good), good
    for bad in ("", "-abc", "abc-", "My-cluster", "my_cluster", "a" * 31):
        assert not _valid(name, bad), bad


def test_create_request_scalar_fields() -> None:
    props = _create()["properties"]
    assert props["zone"]["type"] == "string"
    assert props["vpcId"]["type"] == "string"
    assert props["public"]["type"] == "boolean"
    assert props["version"]["type"] == "string"
    assert props["version"]["example"] == "v1.32"
    assert (
        "pattern" not in props["version"]
    )  # "v1.32" (create page) and "1.32" (upgrade example) both occur
    assert props["auditPolicy"] == {**props["auditPolicy"], "type": "string", "format": "byte"}
    assert _valid(props["auditPolicy"], "YWJj")
    assert not _valid(props["auditPolicy"], "not base64!")


def test_create_request_network() -> None:
    network = _create()["properties"]["network"]["properties"]
    assert network["podCidrName"]["type"] == "string"
    assert network["serviceCidrName"]["type"] == "string"
    assert network["internalLbCidrNames"] == {
        **network["internalLbCidrNames"],
        "type": "array",
        "items": {"type": "string"},
    }
    node_ports = network["serviceNodePortRange"]
    assert node_ports["properties"]["start"]["type"] == "integer"
    assert node_ports["properties"]["end"]["type"] == "integer"
    assert node_ports["x-provenance"]["source"] == NEW_SOURCE
    assert "response" in node_ports["x-provenance"]["inferred"]


def test_create_request_oidc_and_webhooks() -> None:
    props = _create()["properties"]
    oidc = props["oidc"]
    assert set(oidc["properties"]) == OIDC_FIELDS | {"adminGroupBinding"}
    # The older reference: an integer enum; the newer page: strings. A request may send either.
    assert oidc["properties"]["signingAlgorithms"]["items"] == {"type": ["string", "integer"]}
    assert "x-provenance" in oidc["properties"]["signingAlgorithms"]
    assert oidc["properties"]["adminGroupBinding"]["type"] == "string"
    # Neither document says the issuer URL must be a URI.
    assert oidc["properties"]["issuerUrl"] == {
        **oidc["properties"]["issuerUrl"],
        "type": "string",
    }
    assert "format" not in oidc["properties"]["issuerUrl"]
    assert "required" not in oidc  # newer page: no OIDC field is required on create
    assert oidc["unevaluatedProperties"] is False
    for hook in ("authzWebhook", "authnWebhook"):
        assert set(props[hook]["properties"]) == {"server", "ca"}
        assert props[hook]["properties"]["server"]["type"] == "string"
        assert props[hook]["properties"]["ca"]["type"] == "string"
        assert "required" not in props[hook]
        assert props[hook]["unevaluatedProperties"] is False


def test_create_request_newer_fields() -> None:
    props = _create()["properties"]
    shared = props["sharedStorageClusterId"]
    assert shared["type"] == "string"
    assert shared["x-immutable"] is True
    assert props["disableOidcInfoPublication"]["type"] == "boolean"
    kubelet = props["kubelet"]
    assert kubelet["type"] == "object"
    assert kubelet["additionalProperties"] is True
    assert "properties" not in kubelet
    sans = props["additionalServerSans"]
    assert sans["type"] == "array"
    assert sans["maxItems"] == 10
    assert sans["uniqueItems"] is True
    assert sans["items"] == {"type": "string"}
    tailscale = props["tailscale"]
    assert set(tailscale["properties"]) == {"clientId"}
    assert tailscale["properties"]["clientId"]["type"] == "string"
    assert tailscale["additionalProperties"] is False


def test_create_request_validation_behaviour() -> None:
    body = _create()
    assert _valid(body, MINIMAL_CREATE)
    assert not _valid(body, {**MINIMAL_CREATE, "id": "x"})  # the server assigns the id
    assert not _valid(body, {**MINIMAL_CREATE, "unknownField": 1})
    for field in ("name", "zone", "vpcId", "version", "network"):
        assert not _valid(body, {k: v for k, v in MINIMAL_CREATE.items() if k != field}), field
    for field in ("podCidrName", "serviceCidrName", "internalLbCidrNames"):
        network = {k: v for k, v in MINIMAL_CREATE["network"].items() if k != field}
        assert not _valid(body, {**MINIMAL_CREATE, "network": network}), field
    assert not _valid(body, {**MINIMAL_CREATE, "network": {**MINIMAL_CREATE["network"], "x": 1}})
    assert _valid(
        body,
        {
            **MINIMAL_CREATE,
            "network": {
                **MINIMAL_CREATE["network"],
                "serviceNodePortRange": {"start": 30000, "end": 32767},
            },
        },
    )
    assert not _valid(body, {**MINIMAL_CREATE, "oidc": {"issuerURL": "https://x"}})
    assert _valid(body, {**MINIMAL_CREATE, "oidc": {"signingAlgorithms": ["RS256"]}})
    assert _valid(body, {**MINIMAL_CREATE, "oidc": {"signingAlgorithms": [1, "RS256"]}})
    assert not _valid(body, {**MINIMAL_CREATE, "oidc": {"signingAlgorithms": [1.5]}})
    assert not _valid(body, {**MINIMAL_CREATE, "oidc": {"signingAlgorithms": [True]}})
    assert _valid(body, {**MINIMAL_CREATE, "oidc": {"issuerUrl": "idp.example.com"}})
    assert _valid(
        body, {**MINIMAL_CREATE, "additionalServerSans": [f"s{i}.example.com" for i in range(10)]}
    )
    assert not _valid(
        body, {**MINIMAL_CREATE, "additionalServerSans": [f"s{i}.example.com" for i in range(11)]}
    )
    assert not _valid(
        body, {**MINIMAL_CREATE, "additionalServerSans": ["a.example.com", "a.example.com"]}
    )
    assert _valid(
        body, {**MINIMAL_CREATE, "kubelet": {"maxPods": 256, "anything": {"nested": True}}}
    )
    assert _valid(body, {**MINIMAL_CREATE, "tailscale": {"clientId": "abc"}})
    assert not _valid(
        body, {**MINIMAL_CREATE, "tailscale": {"clientId": "abc", "tailnetDomain": "x.ts.net"}}
    )
    # public is optional on the newer page
    assert "public" not in body["required"]


# --- update request (current) -----------------------------------------------------------------


def test_update_request_fields_and_required() -> None:
    body = _update()
    assert operation(spec, "updateCluster")["requestBody"]["required"] is True
    assert sorted(body["required"]) == ["id", "version"]
    assert body["additionalProperties"] is False
    inferred = {"kubelet", "additionalServerSans", "tailscale", "disableOidcInfoPublication"}
    assert set(body["properties"]) == UPDATE_FIELDS | inferred
    for field in inferred:
        assert "sharedStorageClusterId" in body["properties"][field]["x-provenance"]["inferred"]
    for field in UPDATE_FIELDS - {"auditPolicy"}:
        assert "x-provenance" not in body["properties"][field]
    mask = body["properties"]["updateMask"]
    assert mask["type"] == "string"
    assert mask["format"] == "field-mask"
    assert "comma" in mask["description"]
    assert body["properties"]["id"]["type"] == "string"
    assert body["properties"]["public"]["type"] == "boolean"
    # The base64 rule is the create page's, for create; the reference types it as a string.
    assert body["properties"]["auditPolicy"]["type"] == "string"
    assert "format" not in body["properties"]["auditPolicy"]
    assert "contentEncoding" not in body["properties"]["auditPolicy"]
    assert "inferred" in body["properties"]["auditPolicy"]["x-provenance"]
    assert _valid(body, {"id": "c1", "version": "v1.33", "auditPolicy": "not base64!"})
    assert body["properties"]["oidc"]["properties"]["signingAlgorithms"]["items"]["type"] == [
        "string",
        "integer",
    ]
    assert _valid(body, {"id": "c1", "version": "v1.33", "oidc": {"signingAlgorithms": [1]}})
    assert body["properties"]["additionalServerSans"]["maxItems"] == 10
    assert body["properties"]["additionalServerSans"]["uniqueItems"] is True
    assert set(body["properties"]["tailscale"]["properties"]) == {"clientId"}


def test_update_request_leaves_out_create_only_fields() -> None:
    props = _update()["properties"]
    for field in ("sharedStorageClusterId", "name", "zone", "vpcId", "network"):
        assert field not in props, field
    assert not _valid(_update(), {"id": "c1", "version": "v1.33", "sharedStorageClusterId": "c2"})


def test_update_request_oidc_and_webhooks_not_required() -> None:
    props = _update()["properties"]
    assert "required" not in props["oidc"]
    assert "required" not in props["authzWebhook"]
    assert "required" not in props["authnWebhook"]
    body = _update()
    assert _valid(
        body,
        {
            "id": "c1",
            "version": "v1.33",
            "oidc": {"groupsClaim": "groups"},
            "updateMask": "oidc.groupsClaim",
        },
    )
    assert _valid(body, {"id": "c1", "version": "v1.33", "authzWebhook": {"ca": "abc"}})
    assert not _valid(body, {"version": "v1.33"})
    assert not _valid(body, {"id": "c1"})
    assert not _valid(body, {"id": "c1", "version": "v1.33", "oidc": {"bogus": 1}})


def test_field_mask_extension() -> None:
    op = operation(spec, "updateCluster")
    mask = op["x-field-mask"]
    assert mask["field"] == "updateMask"
    assert mask["encoding"] == "comma-separated"
    assert mask["governs"] == ""
    assert mask["alwaysRequired"] == ["id", "version"]
    assert mask["emptyMeans"] == "all-set-fields"
    assert "AIP-134" in mask["provenance"]["inferred"]
    assert operation(old, "updateCluster")["x-field-mask"] == mask
    for s in (spec, old):
        update = operation(s, "updateCluster")
        assert update["externalDocs"]["url"].endswith("/products/cks/clusters/upgrade-kubernetes")
        mask_field = request_schema(update)["properties"]["updateMask"]
        assert mask_field["externalDocs"]["url"] == "https://google.aip.dev/157"


# --- responses --------------------------------------------------------------------------------


def test_single_cluster_envelopes() -> None:
    for operation_id in ("createCluster", "getCluster", "updateCluster", "deleteCluster"):
        body = response_schema(operation(spec, operation_id), "200")
        assert body["required"] == ["cluster"]
        assert body["properties"]["cluster"]["type"] == "object"
    assert "being deleted" in response(operation(spec, "deleteCluster"), "200")["description"]


def test_list_envelope() -> None:
    body = response_schema(operation(spec, "listClusters"), "200")
    items = body["properties"]["items"]
    assert items["type"] == "array"
    assert set(OLD_CLUSTER_FIELDS) <= set(items["items"]["properties"])
    assert "required" not in body  # an empty list may come back without items


def test_cluster_response_fields() -> None:
    cluster = _cluster()
    props = cluster["properties"]
    assert set(props) == OLD_CLUSTER_FIELDS | NEWER_CLUSTER_FIELDS
    assert "sharedStorageClusterId" not in props  # the response example does not show it
    assert cluster["required"] == ["id"]
    assert "inferred" in props["id"]["x-provenance"]
    assert "additionalProperties" not in cluster  # responses stay open
    assert props["status"]["type"] == "string"
    assert "enum" not in props["status"]
    assert props["createdAt"]["format"] == "date-time"
    assert props["updatedAt"]["format"] == "date-time"
    assert props["apiServerEndpoint"]["type"] == "string"
    assert props["isUpgradeable"]["type"] == "boolean"
    assert props["disableOidcInfoPublication"]["type"] == "boolean"
    assert props["kubelet"]["type"] == "object"
    assert props["additionalServerSans"]["maxItems"] == 10
    assert set(props["tailscale"]["properties"]) == {"clientId", "tailnetDomain"}
    assert set(props["network"]["properties"]) == {
        "podCidrName",
        "serviceCidrName",
        "internalLbCidrNames",
        "serviceNodePortRange",
    }
    assert set(props["network"]["properties"]["serviceNodePortRange"]["properties"]) == {
        "start",
        "end",
    }
    assert set(props["oidc"]["properties"]) == OIDC_FIELDS | {"adminGroupBinding"}
    # Answers follow the newer page: names, not numbers.
    assert props["oidc"]["properties"]["signingAlgorithms"]["items"] == {"type": "string"}
    assert "format" not in props["oidc"]["properties"]["issuerUrl"]
    assert props["name"]["pattern"] == NAME_PATTERN
    # Neither document says how an answer encodes the audit policy.
    assert props["auditPolicy"]["type"] == "string"
    assert "format" not in props["auditPolicy"]
    assert "inferred" in props["auditPolicy"]["x-provenance"]
    assert _valid(cluster, {"id": "c1", "auditPolicy": "apiVersion: audit.k8s.io/v1"})
    for nested in ("oidc", "network", "authzWebhook", "authnWebhook", "tailscale"):
        assert "unevaluatedProperties" not in props[nested], nested
        assert "additionalProperties" not in props[nested], nested


def test_shared_sub_schemas() -> None:
    schemas = doc["components"]["schemas"]
    for name in (
        "ClusterNetwork",
        "ServiceNodePortRange",
        "Oidc",
        "OidcSettings",
        "Webhook",
        "Tailscale",
        "TailscaleConfig",
        "CreateClusterRequest",
        "UpdateClusterRequest",
        "Cluster",
        "Error",
    ):
        assert name in schemas, name
    for request in ("CreateClusterRequest", "UpdateClusterRequest"):
        oidc = schemas[request]["properties"]["oidc"]
        assert oidc["$ref"] == "#/components/schemas/OidcSettings", request
    assert schemas["Cluster"]["properties"]["oidc"]["$ref"] == "#/components/schemas/Oidc"
    assert (
        schemas["CreateClusterRequest"]["properties"]["network"]["$ref"]
        == "#/components/schemas/ClusterNetwork"
    )
    assert (
        schemas["Cluster"]["properties"]["network"]["$ref"] == "#/components/schemas/ClusterNetwork"
    )
    assert schemas["Cluster"]["properties"]["tailscale"]["$ref"] == "#/components/schemas/Tailscale"
    assert (
        schemas["CreateClusterRequest"]["properties"]["tailscale"]["$ref"]
        == "#/components/schemas/TailscaleConfig"
    )


# --- examples ---------------------------------------------------------------------------------


def test_create_request_example() -> None:
    media = operation(spec, "createCluster")["requestBody"]["content"]["application/json"]
    example = media["examples"]["createCluster"]
    value = example["value"]
    assert _valid(media["schema"], value)
    assert "placeholder" in example["description"]
    assert value["version"] == "v1.32"
    assert value["kubelet"] == {}
    assert value["tailscale"] == {"clientId": value["tailscale"]["clientId"]}
    assert set(value) == {
        "name",
        "zone",
        "vpcId",
        "version",
        "network",
        "public",
        "auditPolicy",
        *NEWER_CREATE_FIELDS,
    }
    assert "id" not in value


def test_create_response_example() -> None:
    media = response(operation(spec, "createCluster"), "200")["content"]["application/json"]
    example = media["examples"]["createdCluster"]
    cluster = example["value"]["cluster"]
    assert _valid(media["schema"], example["value"])
    assert cluster["createdAt"] == "2023-11-07T05:31:56Z"
    assert cluster["updatedAt"] == "2023-11-07T05:31:56Z"
    assert set(cluster["tailscale"]) == {"clientId", "tailnetDomain"}
    assert set(cluster["network"]["serviceNodePortRange"]) == {"start", "end"}
    assert "adminGroupBinding" in cluster["oidc"]
    assert set(cluster) == OLD_CLUSTER_FIELDS | NEWER_CLUSTER_FIELDS


@pytest.mark.parametrize("s", [spec, old], ids=["r2", "r1"])
def test_update_example_completed_with_id(s: Any) -> None:
    media = operation(s, "updateCluster")["requestBody"]["content"]["application/json"]
    example = media["examples"]["upgradeVersion"]
    assert example["value"]["version"] == "1.32"
    assert example["value"]["updateMask"] == "version"
    assert "id" in example["value"]
    assert "id" in example["description"]
    assert "requires" in example["description"]
    assert _valid(media["schema"], example["value"])


# --- links ------------------------------------------------------------------------------------


@pytest.mark.parametrize("s", [spec, old], ids=["r2", "r1"])
def test_create_links(s: Any) -> None:
    links = response(operation(s, "createCluster"), "200")["links"]
    assert {name: link["operationId"] for name, link in links.items()} == {
        "GetCluster": "getCluster",
        "UpdateCluster": "updateCluster",
        "DeleteCluster": "deleteCluster",
    }
    for link in links.values():
        assert link["parameters"] == {"id": "$response.body#/cluster/id"}
        assert "inferred" in link["x-provenance"]
    for operation_id in ("getCluster", "updateCluster", "deleteCluster"):
        assert "links" not in response(operation(s, operation_id), "200")


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize("document", [doc, old_doc], ids=["r2", "r1"])
def test_error_schema_and_responses_inferred(document: dict[str, Any]) -> None:
    error = document["components"]["schemas"]["Error"]
    assert "inferred" in error["x-provenance"]
    assert error["properties"]["code"]["type"] == "integer"
    assert error["properties"]["message"]["type"] == "string"
    assert error["properties"]["details"]["type"] == "array"
    responses = document["components"]["responses"]
    for name in (
        "BadRequest",
        "Unauthorized",
        "Forbidden",
        "NotFound",
        "Conflict",
        "UnexpectedError",
    ):
        assert "inferred" in responses[name]["x-provenance"], name
        assert responses[name]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Error"
        }
    for name in ("ClusterList", "ClusterCreated", "Cluster"):
        assert "x-provenance" not in responses[name]


# --- x-resources ------------------------------------------------------------------------------


@pytest.mark.parametrize("document", [doc, old_doc], ids=["r2", "r1"])
def test_resource_declaration(document: dict[str, Any]) -> None:
    cluster = document["x-resources"]["cluster"]
    assert cluster["schema"] == "#/components/schemas/Cluster"
    assert cluster["collectionPath"] == "/v1beta1/cks/clusters"
    assert cluster["itemPath"] == "/v1beta1/cks/clusters/{id}"
    assert cluster["identifier"] == {"parameter": "id", "property": "/id", "assignedBy": "server"}
    assert cluster["operations"] == {
        "create": "createCluster",
        "get": "getCluster",
        "list": "listClusters",
        "update": "updateCluster",
        "delete": "deleteCluster",
    }
    assert cluster["envelope"] == {"item": "/cluster", "list": "/items"}


def test_lifecycle_is_open_and_inferred() -> None:
    lifecycle = doc["x-resources"]["cluster"]["lifecycle"]
    assert lifecycle["field"] == "/status"
    assert lifecycle["open"] is True
    assert lifecycle["initial"] == "STATUS_CREATING"
    assert lifecycle["ready"] == ["STATUS_RUNNING"]
    assert lifecycle["failed"] == ["STATUS_FAILED"]
    assert lifecycle["deleting"] == "STATUS_DELETING"
    assert set(lifecycle["transitional"]) == {
        "STATUS_CREATING",
        "STATUS_UPDATING",
        "STATUS_UPGRADING",
        "STATUS_DELETING",
    }
    states = lifecycle["states"]
    assert (
        states.index("STATUS_CREATING")
        < states.index("STATUS_RUNNING")
        < states.index("STATUS_UPDATING")
    )
    assert "inferred" in lifecycle["provenance"]
    assert "source" not in lifecycle["provenance"]
    # the STATUS_* names come from a page that is not a source document
    assert "Terraform" in lifecycle["provenance"]["external"]
    # the schema stays a plain string: unknown values must not fail validation
    assert _valid(_cluster()["properties"]["status"], "STATUS_SOMETHING_NEW")


# --- the older revision (r1) ------------------------------------------------------------------


def test_r1_info_and_single_source() -> None:
    assert old_doc["info"]["version"] == "v1beta1-r1"
    assert list(old_doc["info"]["x-source-documents"]) == [OLD_SOURCE]
    assert (
        old_doc["info"]["x-source-documents"][OLD_SOURCE]["file"]
        == "coreweave-cks-api-reference.md"
    )


def test_r1_create_request() -> None:
    body = _create(old)
    assert sorted(body["required"]) == sorted(
        [
            "name",
            "zone",
            "vpcId",
            "public",
            "version",
            "network",
            "oidc",
            "authzWebhook",
            "authnWebhook",
        ]
    )
    assert body["additionalProperties"] is False
    props = body["properties"]
    assert set(props) == {
        "name",
        "zone",
        "vpcId",
        "public",
        "version",
        "network",
        "oidc",
        "authzWebhook",
        "authnWebhook",
        "auditPolicy",
    }
    assert sorted(props["network"]["required"]) == [
        "internalLbCidrNames",
        "podCidrName",
        "serviceCidrName",
    ]
    assert sorted(props["oidc"]["required"]) == ["clientId", "issuerUrl"]
    assert props["authzWebhook"]["required"] == ["server"]
    assert props["authnWebhook"]["required"] == ["server"]
    assert set(props["oidc"]["properties"]) == OIDC_FIELDS
    assert props["oidc"]["properties"]["signingAlgorithms"]["items"]["type"] == "integer"
    full = {
        **MINIMAL_CREATE,
        "public": False,
        "oidc": {
            "issuerUrl": "https://idp.example.com",
            "clientId": "k8s",
            "signingAlgorithms": [1],
        },
        "authzWebhook": {"server": "https://authz.example.com"},
        "authnWebhook": {"server": "https://authn.example.com"},
    }
    assert _valid(body, full)
    assert not _valid(body, {**full, "id": "x"})
    assert not _valid(body, {**full, "oidc": {"clientId": "k8s"}})
    assert not _valid(body, {**full, "authnWebhook": {"ca": "abc"}})
    assert not _valid(body, {k: v for k, v in full.items() if k != "public"})


def test_r1_update_request() -> None:
    body = _update(old)
    assert sorted(body["required"]) == ["id", "version"]
    assert set(body["properties"]) == UPDATE_FIELDS
    assert body["properties"]["updateMask"]["format"] == "field-mask"
    for nested in ("oidc", "authzWebhook", "authnWebhook"):
        assert "required" not in body["properties"][nested], nested
    assert _valid(
        body,
        {
            "id": "c1",
            "version": "1.33",
            "oidc": {"groupsClaim": "g"},
            "updateMask": "oidc.groupsClaim",
        },
    )


def test_r1_cluster_response() -> None:
    cluster = _cluster(old)
    props = cluster["properties"]
    assert set(props) == OLD_CLUSTER_FIELDS
    assert props["status"]["type"] == "integer"
    assert "enum" not in props["status"]
    assert "inferred" in props["status"]["x-provenance"]
    assert props["oidc"]["properties"]["signingAlgorithms"]["items"]["type"] == "integer"
    assert "inferred" in props["oidc"]["properties"]["signingAlgorithms"]["items"]["x-provenance"]
    assert set(props["network"]["properties"]) == {
        "podCidrName",
        "serviceCidrName",
        "internalLbCidrNames",
    }
    assert props["createdAt"]["format"] == "date-time"
    assert props["updatedAt"]["format"] == "date-time"
    assert "lifecycle" not in old_doc["x-resources"]["cluster"]


# --- differences between r1 and r2 ------------------------------------------------------------


def test_diff_status_integer_to_string() -> None:
    assert _cluster(old)["properties"]["status"]["type"] == "integer"
    assert _cluster(spec)["properties"]["status"]["type"] == "string"
    assert "lifecycle" in doc["x-resources"]["cluster"]


def test_diff_signing_algorithms_integers_to_strings_in_answers_either_in_requests() -> None:
    assert (
        _cluster(old)["properties"]["oidc"]["properties"]["signingAlgorithms"]["items"]["type"]
        == "integer"
    )
    assert (
        _cluster(spec)["properties"]["oidc"]["properties"]["signingAlgorithms"]["items"]["type"]
        == "string"
    )
    assert (
        _create(old)["properties"]["oidc"]["properties"]["signingAlgorithms"]["items"]["type"]
        == "integer"
    )
    assert _create(spec)["properties"]["oidc"]["properties"]["signingAlgorithms"]["items"][
        "type"
    ] == ["string", "integer"]
    assert (
        _update(old)["properties"]["oidc"]["properties"]["signingAlgorithms"]["items"]["type"]
        == "integer"
    )
    assert _update(spec)["properties"]["oidc"]["properties"]["signingAlgorithms"]["items"][
        "type"
    ] == ["string", "integer"]


def test_diff_create_required_list_shrank() -> None:
    removed = set(_create(old)["required"]) - set(_create(spec)["required"])
    assert removed == {"public", "oidc", "authzWebhook", "authnWebhook"}
    assert set(_create(spec)["required"]) <= set(_create(old)["required"])
    assert "required" in _create(old)["properties"]["oidc"]
    assert "required" not in _create(spec)["properties"]["oidc"]
    assert "required" in _create(old)["properties"]["authzWebhook"]
    assert "required" not in _create(spec)["properties"]["authzWebhook"]
    assert "required" in _create(old)["properties"]["authnWebhook"]
    assert "required" not in _create(spec)["properties"]["authnWebhook"]
    assert (
        _create(old)["properties"]["network"]["required"]
        == _create(spec)["properties"]["network"]["required"]
    )
    assert (
        sorted(_update(old)["required"]) == sorted(_update(spec)["required"]) == ["id", "version"]
    )


def test_diff_newer_fields_only_in_r2() -> None:
    assert set(_create(spec)["properties"]) - set(_create(old)["properties"]) == NEWER_CREATE_FIELDS
    assert (
        set(_cluster(spec)["properties"]) - set(_cluster(old)["properties"]) == NEWER_CLUSTER_FIELDS
    )
    assert set(_update(spec)["properties"]) - set(_update(old)["properties"]) == {
        "kubelet",
        "additionalServerSans",
        "tailscale",
        "disableOidcInfoPublication",
    }
    assert "serviceNodePortRange" in _cluster(spec)["properties"]["network"]["properties"]
    assert "serviceNodePortRange" not in _cluster(old)["properties"]["network"]["properties"]
    assert "adminGroupBinding" in _cluster(spec)["properties"]["oidc"]["properties"]
    assert "adminGroupBinding" not in _cluster(old)["properties"]["oidc"]["properties"]
    assert "sharedStorageClusterId" not in _update(spec)["properties"]


def test_diff_name_version_and_audit_policy_rules() -> None:
    assert "pattern" not in _create(old)["properties"]["name"]
    assert "maxLength" not in _create(old)["properties"]["name"]
    assert _create(spec)["properties"]["name"]["maxLength"] == 30
    assert _valid(_create(old)["properties"]["name"], "Not_A_Valid_Name_In_R2_Because_Too_Long")
    assert "format" not in _create(old)["properties"]["auditPolicy"]
    assert _create(spec)["properties"]["auditPolicy"]["format"] == "byte"  # create only
    assert "format" not in _update(spec)["properties"]["auditPolicy"]
    assert "format" not in _cluster(spec)["properties"]["auditPolicy"]
    assert _create(old)["properties"]["version"]["example"] == "1.32"
    assert _create(spec)["properties"]["version"]["example"] == "v1.32"


def test_diff_same_operations_in_both() -> None:
    def ops(document: dict[str, Any]) -> set[tuple[str, str, str]]:
        return {
            (path, method, op["operationId"])
            for path, item in document["paths"].items()
            for method, op in item.items()
            if method != "parameters"
        }

    assert ops(doc) == ops(old_doc)
    assert len(ops(doc)) == 5
