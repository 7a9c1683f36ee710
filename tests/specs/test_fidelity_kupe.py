"""Fidelity of specs/kupe.yaml to shared/source-docs/kupe-create-cluster.md.

Each test asserts facts of the document (or inferences we chose and marked) against the loaded
spec, one area per test.
"""

from __future__ import annotations

import jsonschema
import pytest

from tests.specs.fidelity import (
    load,
    operation,
    parameter,
    request_schema,
    response,
    response_schema,
)

SPEC = load("kupe")
DOC = SPEC.document

DOCUMENTED_CREATE_BODY = {
    "name": "production",
    "displayName": "Production",
    "type": "shared",
    "version": "1.31",
    "resources": {"cpu": "4", "memory": "16Gi", "storage": "100Gi"},
}

DOCUMENTED_CREATED_CLUSTER = {
    "name": "production",
    "displayName": "Production",
    "type": "shared",
    "version": "1.31",
    "resources": {"cpu": "4", "memory": "16Gi", "storage": "100Gi"},
    "status": {"phase": "Pending"},
    "resourceVersion": "12345",
    "createdAt": "2026-04-06T12:00:00Z",
}

QUANTITY_PATTERN = (
    r"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))"
    r"(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$"
)


def _validator(schema: dict) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _is_valid(schema: dict, instance: object) -> bool:
    return _validator(schema).is_valid(instance)


# --- root: info, servers, security, tags ---------------------------------------------------


def test_info_servers_and_security() -> None:
    assert DOC["openapi"] == "3.1.0"
    assert [server["url"] for server in DOC["servers"]] == ["https://api.kupe.cloud"]
    assert DOC["security"] == [{"bearerAuth": []}]
    scheme = DOC["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert "KUPE_API_KEY" in scheme["description"]
    source = DOC["info"]["x-source-documents"]["kupe-create-cluster"]
    assert source["file"] == "kupe-create-cluster.md"
    assert DOC["info"]["contact"]["url"].startswith("https://")
    assert [tag["name"] for tag in DOC["tags"]] == ["Clusters"]


# --- operations and status codes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "statuses"),
    [
        ("listClusters", "get", "/api/v1/tenants/{tenant}/clusters", {"200", "401", "403", "404"}),
        (
            "createCluster",
            "post",
            "/api/v1/tenants/{tenant}/clusters",
            {"201", "400", "401", "403", "404", "409"},
        ),
        (
            "getCluster",
            "get",
            "/api/v1/tenants/{tenant}/clusters/{cluster}",
            {"200", "401", "403", "404"},
        ),
        (
            "updateCluster",
            "patch",
            "/api/v1/tenants/{tenant}/clusters/{cluster}",
            {"200", "400", "401", "403", "404", "412"},
        ),
        (
            "deleteCluster",
            "delete",
            "/api/v1/tenants/{tenant}/clusters/{cluster}",
            {"204", "401", "403", "404"},
        ),
        (
            "getClusterKubeconfig",
            "get",
            "/api/v1/tenants/{tenant}/clusters/{cluster}/kubeconfig",
            {"200", "401", "403", "404", "503"},
        ),
    ],
)
def test_operations_and_status_codes(
    operation_id: str, method: str, path: str, statuses: set[str]
) -> None:
    op = operation(SPEC, operation_id)
    assert op["_method"] == method
    assert op["_path"] == path
    assert set(op["responses"]) == statuses
    assert op["tags"] == ["Clusters"]


def test_path_parameters() -> None:
    op = operation(SPEC, "getCluster")
    tenant = parameter(op, "tenant", "path")
    assert tenant["required"] is True
    assert tenant["schema"]["type"] == "string"
    assert tenant["schema"]["minLength"] == 1
    cluster = parameter(op, "cluster", "path")
    assert cluster["required"] is True
    assert cluster["schema"] == {"type": "string", "minLength": 1}
    assert _is_valid(cluster["schema"], "production")
    # The DNS-label rule is Kupe's API reference's, not the document's: not enforced.
    assert _is_valid(cluster["schema"], "Production_1")
    assert not _is_valid(cluster["schema"], "")
    assert "inferred" in cluster["x-provenance"]
    assert cluster["x-provenance"]["external"] == "Kupe API reference: clusters"
    kube = operation(SPEC, "getClusterKubeconfig")
    assert parameter(kube, "tenant", "path")["required"] is True
    assert parameter(kube, "cluster", "path")["required"] is True


# --- create request ------------------------------------------------------------------------


def test_create_request_fields_required_and_mutability() -> None:
    op = operation(SPEC, "createCluster")
    assert op["requestBody"]["required"] is True
    assert set(op["requestBody"]["content"]) == {"application/json"}
    schema = request_schema(op)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert sorted(schema["required"]) == ["displayName", "name", "type"]
    props = schema["properties"]
    assert set(props) == {"name", "displayName", "type", "version", "resources", "alerts"}
    # Mutable column of the table: No for name/displayName/type, Yes for the others.
    assert props["name"]["x-immutable"] is True
    assert props["displayName"]["x-immutable"] is True
    assert props["type"]["x-immutable"] is True
    assert "x-immutable" not in props["version"]
    assert "x-immutable" not in props["resources"]
    assert "x-immutable" not in props["alerts"]


def test_create_request_field_types() -> None:
    props = request_schema(operation(SPEC, "createCluster"))["properties"]
    assert props["name"]["type"] == "string"
    assert props["name"]["minLength"] == 1
    assert "pattern" not in props["name"]
    assert "maxLength" not in props["name"]
    assert "inferred" in props["name"]["x-provenance"]
    assert props["name"]["x-provenance"]["external"] == "Kupe API reference: clusters"
    assert "DNS" in props["name"]["description"]
    assert props["displayName"]["type"] == "string"
    assert props["type"]["type"] == "string"
    assert props["type"]["enum"] == ["shared", "dedicated"]
    assert "dedicated" in props["type"]["description"]
    assert "enabled" in props["type"]["description"]
    assert props["version"]["type"] == "string"
    assert props["version"]["example"] == "1.31"
    resources = props["resources"]
    assert resources["type"] == "object"
    assert resources["additionalProperties"] is False
    assert set(resources["properties"]) == {"cpu", "memory", "storage"}
    alerts = props["alerts"]
    assert alerts["type"] == "object"
    assert alerts["additionalProperties"] is True
    assert "inferred" in alerts["x-provenance"]


def test_create_request_validation_behaviour() -> None:
    schema = request_schema(operation(SPEC, "createCluster"))
    assert _is_valid(schema, DOCUMENTED_CREATE_BODY)
    assert _is_valid(schema, {"name": "dev", "displayName": "Dev", "type": "dedicated"})
    assert not _is_valid(schema, {"displayName": "Dev", "type": "shared"})  # name missing
    assert not _is_valid(schema, {"name": "dev", "type": "shared"})  # displayName missing
    assert not _is_valid(schema, {"name": "dev", "displayName": "Dev"})  # type missing
    assert not _is_valid(schema, {"name": "dev", "displayName": "Dev", "type": "private"})
    assert not _is_valid(schema, {**DOCUMENTED_CREATE_BODY, "region": "eu"})  # closed body
    assert not _is_valid(schema, {**DOCUMENTED_CREATE_BODY, "resources": {"gpu": "1"}})
    # The document sets no limit on names: only an empty one is refused.
    for name in ("x", "Prod_1", "a" * 64, "production-eu.1"):
        assert _is_valid(schema, {**DOCUMENTED_CREATE_BODY, "name": name}), name
    assert not _is_valid(schema, {**DOCUMENTED_CREATE_BODY, "name": ""})
    assert _is_valid(schema, {**DOCUMENTED_CREATE_BODY, "alerts": {"anything": {"goes": True}}})


@pytest.mark.parametrize("field", ["cpu", "memory", "storage"])
def test_quantity_pattern(field: str) -> None:
    quantity = request_schema(operation(SPEC, "createCluster"))["properties"]["resources"][
        "properties"
    ][field]
    assert quantity["type"] == "string"
    assert quantity["pattern"] == QUANTITY_PATTERN
    assert quantity["examples"] == ["4", "16Gi", "100Gi"]
    for good in ("4", "16Gi", "100Gi", "500m", "1.5", "2e3", "+1Ki", ".5G"):
        assert _is_valid(quantity, good), good
    for bad in ("garbage", "16GB", "", "Gi", "1.2.3", "4 Gi", "-", "16gi"):
        assert not _is_valid(quantity, bad), bad
    assert not _is_valid(quantity, 4)


# --- update request ------------------------------------------------------------------------


def test_update_request_only_mutable_fields() -> None:
    op = operation(SPEC, "updateCluster")
    assert op["requestBody"]["required"] is True
    assert set(op["requestBody"]["content"]) == {"application/json"}
    schema = request_schema(op)
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {"version", "resources", "alerts"}
    for immutable in ("name", "displayName", "type"):
        assert immutable not in schema["properties"]
        assert not _is_valid(schema, {immutable: "x"}), immutable
    assert "required" not in schema
    assert _is_valid(schema, {"version": "1.32"})
    assert _is_valid(schema, {"resources": {"cpu": "8", "memory": "32Gi"}})
    assert not _is_valid(schema, {"resources": {"cpu": "eight"}})
    assert schema["properties"]["resources"]["properties"]["memory"]["pattern"] == QUANTITY_PATTERN
    assert "inferred" in schema["x-provenance"]


def test_update_if_match_and_precondition() -> None:
    op = operation(SPEC, "updateCluster")
    if_match = parameter(op, "if-match", "header")
    assert if_match["name"] == "If-Match"
    assert if_match["required"] is False
    assert if_match["schema"]["type"] == "string"
    assert "inferred" in if_match["x-provenance"]
    failed = response(op, "412")
    assert "inferred" in failed["x-provenance"]
    assert response_schema(op, "412")["properties"]["error"]["type"] == "string"
    # If-Match belongs to the update only.
    for other in ("createCluster", "getCluster", "deleteCluster", "listClusters"):
        names = [p["name"].lower() for p in operation(SPEC, other).get("parameters", [])]
        assert "if-match" not in names, other


# --- responses -----------------------------------------------------------------------------


def test_create_response_status_etag_and_body() -> None:
    op = operation(SPEC, "createCluster")
    created = response(op, "201")
    assert created["headers"]["ETag"]["required"] is True
    assert created["headers"]["ETag"]["schema"]["type"] == "string"
    assert "x-provenance" not in created["headers"]["ETag"]  # documented, not inferred
    schema = response_schema(op, "201")
    assert _is_valid(schema, DOCUMENTED_CREATED_CLUSTER)


def test_cluster_response_fields() -> None:
    schema = response_schema(operation(SPEC, "getCluster"), "200")
    assert "additionalProperties" not in schema  # responses stay open
    props = schema["properties"]
    assert set(props) == {
        "name",
        "displayName",
        "type",
        "version",
        "resources",
        "alerts",
        "status",
        "resourceVersion",
        "createdAt",
    }
    assert sorted(schema["required"]) == [
        "createdAt",
        "displayName",
        "name",
        "resourceVersion",
        "status",
        "type",
    ]
    assert "inferred" in schema["x-provenance"]
    assert props["name"]["x-immutable"] is True
    assert props["displayName"]["x-immutable"] is True
    assert props["type"]["x-immutable"] is True
    assert props["type"]["enum"] == ["shared", "dedicated"]
    assert props["resourceVersion"]["type"] == "string"
    assert props["resourceVersion"]["example"] == "12345"
    assert props["createdAt"]["type"] == "string"
    assert props["createdAt"]["format"] == "date-time"
    assert props["createdAt"]["example"] == "2026-04-06T12:00:00Z"
    assert props["resources"]["properties"]["storage"]["pattern"] == QUANTITY_PATTERN
    assert "additionalProperties" not in props["resources"]
    assert props["alerts"]["type"] == "object"
    assert _is_valid(schema, {**DOCUMENTED_CREATED_CLUSTER, "newField": 1})
    assert not _is_valid(schema, {**DOCUMENTED_CREATED_CLUSTER, "createdAt": "yesterday"})


def test_status_phases() -> None:
    """The document names five phases but gives no closed list: a phase it does not name
    (such as Upgrading) is valid, and the polling script keeps waiting on it."""
    status = response_schema(operation(SPEC, "getCluster"), "200")["properties"]["status"]
    assert status["required"] == ["phase"]
    phase = status["properties"]["phase"]
    assert phase["type"] == "string"
    assert "enum" not in phase
    for named in ("Pending", "Provisioning", "Running", "Failed", "Error"):
        assert named in phase["description"]
        assert _is_valid(status, {"phase": named})
    assert _is_valid(status, {"phase": "Upgrading"})
    assert not _is_valid(status, {"phase": 3})
    assert "inferred" in phase["x-provenance"]


def test_get_and_update_return_etag() -> None:
    for operation_id in ("getCluster", "updateCluster"):
        ok = response(operation(SPEC, operation_id), "200")
        etag = ok["headers"]["ETag"]
        assert etag["schema"]["type"] == "string"
        assert etag["required"] is False
        assert "inferred" in etag["x-provenance"]
        assert response_schema(operation(SPEC, operation_id), "200")["properties"]["status"]


def test_get_cluster_polling_guidance() -> None:
    description = operation(SPEC, "getCluster")["description"]
    assert "10 seconds" in description
    assert "15 minutes" in description
    for phase in ("Running", "Failed", "Error"):
        assert phase in description


def test_list_response() -> None:
    op = operation(SPEC, "listClusters")
    schema = response_schema(op, "200")
    assert schema["required"] == ["items"]
    assert schema["properties"]["items"]["type"] == "array"
    assert (
        schema["properties"]["items"]["items"]["properties"]["status"]["properties"]["phase"][
            "type"
        ]
        == "string"
    )
    assert "inferred" in schema["x-provenance"]
    assert _is_valid(schema, {"items": [DOCUMENTED_CREATED_CLUSTER]})


def test_delete_response() -> None:
    deleted = response(operation(SPEC, "deleteCluster"), "204")
    assert "content" not in deleted
    assert "inferred" in deleted["x-provenance"]


def test_kubeconfig_response() -> None:
    """The document: the answer holds the API endpoint and the CA certificate, in a shape
    another page gives. That page is not a source document, so its field names are kept but
    neither required, and their formats (URL, base64 PEM) are described, not checked."""
    op = operation(SPEC, "getClusterKubeconfig")
    schema = response_schema(op, "200")
    assert "required" not in schema
    assert set(schema["properties"]) == {"endpoint", "certificateAuthority"}
    for field in ("endpoint", "certificateAuthority"):
        assert schema["properties"][field]["type"] == "string"
        assert "format" not in schema["properties"][field]
    assert "base64" in schema["properties"]["certificateAuthority"]["description"]
    assert _is_valid(schema, {})
    assert _is_valid(schema, {"endpoint": "production.acme.kupe.cloud:6443", "ca": "x"})
    assert "inferred" in schema["x-provenance"]
    assert schema["x-provenance"]["external"] == "Kupe API reference: cluster connection details"
    assert "inferred" in op["x-provenance"]
    assert op["x-provenance"]["source"] == "kupe-create-cluster"
    assert op["x-provenance"]["external"] == "Kupe API reference: cluster connection details"
    assert "inferred" in response(op, "503")["x-provenance"]
    assert "external" in response(op, "503")["x-provenance"]


def test_error_responses() -> None:
    create = operation(SPEC, "createCluster")
    for status in ("400", "401", "403", "404", "409"):
        answer = response(create, status)
        assert "inferred" in answer["x-provenance"], status
        assert response_schema(create, status)["properties"]["error"]["type"] == "string"
    error = DOC["components"]["schemas"]["Error"]
    # Kupe's public documentation, not the source document, gives the error field.
    assert "required" not in error
    assert "inferred" in error["x-provenance"]
    assert "external" in error["x-provenance"]


# --- examples ------------------------------------------------------------------------------


def test_documented_examples() -> None:
    create = operation(SPEC, "createCluster")
    request_examples = create["requestBody"]["content"]["application/json"]["examples"]
    assert request_examples["documented"]["value"] == DOCUMENTED_CREATE_BODY
    assert _is_valid(request_schema(create), request_examples["documented"]["value"])
    response_examples = response(create, "201")["content"]["application/json"]["examples"]
    assert response_examples["documented"]["value"] == DOCUMENTED_CREATED_CLUSTER
    assert _is_valid(response_schema(create, "201"), response_examples["documented"]["value"])
    update = operation(SPEC, "updateCluster")
    for name, example in update["requestBody"]["content"]["application/json"]["examples"].items():
        assert _is_valid(request_schema(update), example["value"]), name


# --- links ---------------------------------------------------------------------------------


def test_create_links() -> None:
    links = response(operation(SPEC, "createCluster"), "201")["links"]
    assert {link["operationId"] for link in links.values()} == {
        "getCluster",
        "updateCluster",
        "deleteCluster",
        "getClusterKubeconfig",
    }
    for name, link in links.items():
        assert link["parameters"] == {
            "tenant": "$request.path.tenant",
            "cluster": "$response.body#/name",
        }, name
        assert "inferred" in link["x-provenance"], name


# --- extensions ----------------------------------------------------------------------------


def test_x_resources_cluster() -> None:
    cluster = DOC["x-resources"]["cluster"]
    assert cluster["schema"] == "#/components/schemas/Cluster"
    assert cluster["collectionPath"] == "/api/v1/tenants/{tenant}/clusters"
    assert cluster["itemPath"] == "/api/v1/tenants/{tenant}/clusters/{cluster}"
    assert cluster["identifier"] == {
        "parameter": "cluster",
        "property": "/name",
        "assignedBy": "client",
    }
    assert cluster["operations"] == {
        "create": "createCluster",
        "get": "getCluster",
        "list": "listClusters",
        "update": "updateCluster",
        "delete": "deleteCluster",
    }
    assert cluster["envelope"] == {"item": "", "list": "/items"}
    assert "inferred" in cluster["provenance"]


def test_x_resources_lifecycle() -> None:
    lifecycle = DOC["x-resources"]["cluster"]["lifecycle"]
    assert lifecycle["field"] == "/status/phase"
    assert lifecycle["states"] == ["Pending", "Provisioning", "Running", "Failed", "Error"]
    assert lifecycle["initial"] == "Pending"
    assert lifecycle["transitional"] == ["Pending", "Provisioning"]
    assert lifecycle["ready"] == ["Running"]
    assert lifecycle["failed"] == ["Failed", "Error"]
    # No closed list in the document: other phases may appear (the wait keeps waiting).
    assert lifecycle["open"] is True
    assert lifecycle["provenance"]["source"] == "kupe-create-cluster"
    assert "other phases may appear" in lifecycle["provenance"]["inferred"]
    phase = DOC["components"]["schemas"]["ClusterStatus"]["properties"]["phase"]
    assert "enum" not in phase


def test_x_resources_concurrency() -> None:
    concurrency = DOC["x-resources"]["cluster"]["concurrency"]
    assert concurrency["token"] == {"header": "ETag", "property": "/resourceVersion"}
    assert concurrency["precondition"] == {
        "header": "If-Match",
        "required": False,
        "operations": ["updateCluster"],
    }
    assert concurrency["mismatch"] == {"status": 412}
    assert concurrency["provenance"]["source"] == "kupe-create-cluster"
    assert "If-Match" in concurrency["provenance"]["inferred"]
    assert "resourceVersion" in concurrency["provenance"]["inferred"]


def test_operation_provenance() -> None:
    for documented in ("createCluster", "getCluster", "updateCluster", "getClusterKubeconfig"):
        assert operation(SPEC, documented)["x-provenance"]["source"] == "kupe-create-cluster", (
            documented
        )
    for inferred in ("listClusters", "deleteCluster"):
        provenance = operation(SPEC, inferred)["x-provenance"]
        assert "source" not in provenance, inferred
        assert len(provenance["inferred"]) >= 10, inferred
    assert "inferred" in operation(SPEC, "updateCluster")["x-provenance"]
    assert "inferred" not in operation(SPEC, "createCluster")["x-provenance"]
    assert "inferred" not in operation(SPEC, "getCluster")["x-provenance"]


def test_pages_outside_the_source_document_are_marked_external() -> None:
    """Whatever rests on a Kupe page that is not the source document says so, with a reason."""
    marked = []

    def walk(node: object, at: str) -> None:
        if isinstance(node, dict):
            provenance = node.get("x-provenance") or node.get("provenance")
            if isinstance(provenance, dict) and "external" in provenance:
                assert provenance["inferred"], at
                marked.append(at)
            for key, value in node.items():
                walk(value, f"{at}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{at}/{index}")

    walk(DOC, "")
    assert "/components/schemas/ClusterCreate/properties/name" in marked
    assert "/components/parameters/Cluster" in marked
    assert "/components/schemas/ClusterConnection" in marked
    assert "/components/schemas/Error" in marked


def test_extensions_match_their_schema() -> None:
    from generator.apimodel.vocabulary import vocabulary_schema

    schema = vocabulary_schema()

    def check(key: str, value: object) -> None:
        _validator({"$defs": schema["$defs"], **schema["properties"][key]}).validate(value)

    check("x-source-documents", DOC["info"]["x-source-documents"])
    check("x-resources", DOC["x-resources"])
    for path_item in DOC["paths"].values():
        for method in ("get", "post", "patch", "delete"):
            if method in path_item:
                check("x-provenance", path_item[method]["x-provenance"])
