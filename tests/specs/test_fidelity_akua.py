"""Fidelity of specs/akua.yaml to shared/source-docs/akua-update-cluster.md.

Each test asserts documented facts (or the inferred choices made for them) against the loaded spec.
"""

from __future__ import annotations

from tests.specs.fidelity import (
    load,
    operation,
    parameter,
    request_schema,
    response,
    response_schema,
)

spec = load("akua")
doc = spec.document

CLUSTER_FIELDS = [
    "id",
    "name",
    "workspace_id",
    "state",
    "provider",
    "reconciling",
    "created_at",
    "updated_at",
    "etag",
]
STATES = ["pending", "provisioning", "active", "suspended", "deleting"]
PROVIDERS = ["managed_kaas", "imported_byoc"]


def _inferred(element: dict) -> str:
    return element["x-provenance"]["inferred"]


def test_info_servers_and_source_document() -> None:
    assert doc["openapi"] == "3.1.0"
    assert doc["servers"][0]["url"] == "https://api.akua.dev/v1"
    assert len(doc["servers"]) == 1
    sources = doc["info"]["x-source-documents"]
    assert list(sources) == ["akua-update-cluster"]
    assert sources["akua-update-cluster"]["file"] == "akua-update-cluster.md"
    assert doc["info"]["contact"]["url"].startswith("https://")


def test_security_is_bearer_with_both_token_kinds() -> None:
    scheme = doc["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert "sk_akua_" in scheme["description"]
    assert "OAuth2" in scheme["description"]
    assert "JWT" in scheme["description"]
    assert doc["security"] == [{"bearerAuth": []}]


def test_operations_and_status_codes() -> None:
    update = operation(spec, "updateCluster")
    assert (update["_method"], update["_path"]) == ("patch", "/clusters/{id}")
    assert set(update["responses"]) == {"200", "400", "401", "404", "409", "422"}

    create = operation(spec, "createCluster")
    assert (create["_method"], create["_path"]) == ("post", "/clusters")
    assert set(create["responses"]) == {"201", "400", "401", "422"}

    listing = operation(spec, "listClusters")
    assert (listing["_method"], listing["_path"]) == ("get", "/clusters")
    assert set(listing["responses"]) == {"200", "400", "401"}

    get = operation(spec, "getCluster")
    assert (get["_method"], get["_path"]) == ("get", "/clusters/{id}")
    assert set(get["responses"]) == {"200", "400", "401", "404"}

    delete = operation(spec, "deleteCluster")
    assert (delete["_method"], delete["_path"]) == ("delete", "/clusters/{id}")
    assert set(delete["responses"]) == {"200", "400", "401", "404", "409"}

    for op in (update, create, listing, get, delete):
        assert op["tags"] == ["Clusters"]


def test_update_headers() -> None:
    op = operation(spec, "updateCluster")

    if_match = parameter(op, "if-match", "header")
    assert if_match["name"] == "if-match"
    assert if_match["required"] is True
    assert if_match["schema"]["type"] == "string"
    assert if_match["schema"]["minLength"] == 1
    assert if_match["schema"]["maxLength"] == 256
    assert if_match["example"] == "42"
    assert "409" in if_match["description"]
    assert "ABORTED" in if_match["description"]

    key = parameter(op, "idempotency-key", "header")
    assert key["name"] == "idempotency-key"
    assert key.get("required", False) is False
    assert key["schema"]["type"] == "string"
    assert key["schema"]["minLength"] == 1
    assert key["schema"]["maxLength"] == 64
    assert key["example"] == "create-prod-2026-05-07"

    context = parameter(op, "akua-context", "header")
    assert context["name"] == "akua-context"
    assert context.get("required", False) is False
    assert context["schema"]["type"] == "string"
    assert context["schema"]["minLength"] == 1
    assert context["schema"]["maxLength"] == 53
    assert context["example"] == "ws_j572abc123def456"
    assert "ws_" in context["description"]


def test_header_names_stay_lowercase_in_document() -> None:
    params = doc["components"]["parameters"]
    assert params["IfMatch"]["name"] == "if-match"
    assert params["IdempotencyKey"]["name"] == "idempotency-key"
    assert params["AkuaContext"]["name"] == "akua-context"


def test_headers_on_inferred_operations() -> None:
    create = operation(spec, "createCluster")
    assert parameter(create, "idempotency-key", "header")["schema"]["maxLength"] == 64
    assert parameter(create, "akua-context", "header")["schema"]["maxLength"] == 53

    delete = operation(spec, "deleteCluster")
    delete_if_match = parameter(delete, "if-match", "header")
    assert delete_if_match["required"] is True
    assert delete_if_match["schema"]["maxLength"] == 256
    assert "if-match" in _inferred(delete)

    for op_id in ("listClusters", "getCluster"):
        assert (
            parameter(operation(spec, op_id), "akua-context", "header")["schema"]["minLength"] == 1
        )


def test_path_id() -> None:
    for op_id in ("getCluster", "updateCluster", "deleteCluster"):
        param = parameter(operation(spec, op_id), "id", "path")
        assert param["required"] is True
        assert param["schema"]["type"] == "string"
        assert param["schema"]["minLength"] == 1
        assert param["schema"]["maxLength"] == 54


def test_update_request_body() -> None:
    op = operation(spec, "updateCluster")
    assert op["requestBody"]["required"] is True
    assert list(op["requestBody"]["content"]) == ["application/json"]
    schema = request_schema(op)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {"name", "region_id", "provider", "kubeconfig"}
    assert schema.get("required", []) == []

    props = schema["properties"]
    assert props["name"]["type"] == "string"
    assert props["name"]["minLength"] == 1
    assert props["name"]["maxLength"] == 100
    assert props["region_id"]["type"] == "string"
    assert props["region_id"]["minLength"] == 1
    assert props["region_id"]["maxLength"] == 54
    assert props["provider"]["type"] == "string"
    assert props["provider"]["enum"] == PROVIDERS
    assert props["kubeconfig"]["type"] == "string"
    assert props["kubeconfig"]["minLength"] == 1
    assert "maxLength" not in props["kubeconfig"]


def test_create_request_body_inferred() -> None:
    op = operation(spec, "createCluster")
    schema = request_schema(op)
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["name", "region_id", "provider"]
    assert schema["properties"]["name"]["maxLength"] == 100
    assert schema["properties"]["region_id"]["maxLength"] == 54
    assert schema["properties"]["provider"]["enum"] == PROVIDERS
    assert schema["properties"]["kubeconfig"]["minLength"] == 1
    # kubeconfig becomes required for an imported cluster
    assert schema["if"]["properties"]["provider"]["const"] == "imported_byoc"
    assert schema["if"]["required"] == ["provider"]
    assert schema["then"]["required"] == ["kubeconfig"]
    assert _inferred(schema)


def test_update_response_fields() -> None:
    op = operation(spec, "updateCluster")
    assert list(response(op, "200")["content"]) == ["application/json"]
    schema = response_schema(op, "200")
    assert schema["type"] == "object"
    assert sorted(schema["required"]) == sorted(CLUSTER_FIELDS)
    assert schema.get("additionalProperties", True) is not False
    props = schema["properties"]
    assert set(props) == set(CLUSTER_FIELDS)

    assert props["id"]["type"] == "string"
    assert props["id"]["minLength"] == 1
    assert props["id"]["maxLength"] == 54
    assert props["name"]["type"] == "string"
    assert props["workspace_id"]["type"] == "string"
    assert props["workspace_id"]["minLength"] == 1
    assert props["workspace_id"]["maxLength"] == 53
    assert props["reconciling"]["type"] == "boolean"
    for stamp in ("created_at", "updated_at"):
        assert props[stamp]["type"] == "integer"
        assert props[stamp]["minimum"] == 0
        assert "Unix" in props[stamp]["description"]
    assert props["etag"]["type"] == "string"


def test_enums() -> None:
    cluster = doc["components"]["schemas"]["Cluster"]["properties"]
    assert cluster["state"] == {"$ref": "#/components/schemas/ClusterState"}
    assert cluster["provider"] == {"$ref": "#/components/schemas/ClusterProvider"}
    state = doc["components"]["schemas"]["ClusterState"]
    assert state["type"] == "string"
    assert state["enum"] == STATES
    provider = doc["components"]["schemas"]["ClusterProvider"]
    assert provider["type"] == "string"
    assert provider["enum"] == PROVIDERS
    assert "managed_kaas" in provider["description"]
    assert "imported_byoc" in provider["description"]

    resolved = response_schema(operation(spec, "getCluster"), "200")["properties"]
    assert resolved["state"]["enum"] == STATES
    assert resolved["provider"]["enum"] == PROVIDERS


def test_409_aborted_carries_current_etag() -> None:
    op = operation(spec, "updateCluster")
    answer = response(op, "409")
    assert "ABORTED" in answer["description"]
    assert answer["x-provenance"]["source"] == "akua-update-cluster"
    assert answer["x-provenance"]["inferred"]
    schema = response_schema(op, "409")
    refinement = schema["allOf"][1]
    assert refinement["properties"]["code"]["enum"] == ["ABORTED"]
    assert "metadata" in refinement["required"]
    assert refinement["properties"]["metadata"]["required"] == ["etag"]
    assert refinement["properties"]["metadata"]["properties"]["etag"]["type"] == "string"
    example = answer["content"]["application/json"]["example"]
    assert example["code"] == "ABORTED"
    assert example["metadata"]["etag"] == "43"
    assert response_schema(operation(spec, "deleteCluster"), "409") == schema


def test_error_schema_inferred() -> None:
    error = doc["components"]["schemas"]["Error"]
    assert error["required"] == ["code", "message"]
    assert error["properties"]["code"]["type"] == "string"
    assert error["properties"]["metadata"]["properties"]["etag"]["type"] == "string"
    assert _inferred(error)
    responses = doc["components"]["responses"]
    assert (
        responses["BadRequest"]["content"]["application/json"]["example"]["code"]
        == "INVALID_ARGUMENT"
    )
    assert (
        responses["Unauthorized"]["content"]["application/json"]["example"]["code"]
        == "UNAUTHENTICATED"
    )
    assert responses["NotFound"]["content"]["application/json"]["example"]["code"] == "NOT_FOUND"
    conflict = responses["IdempotencyConflict"]["content"]["application/json"]["example"]
    assert conflict["code"] == "FAILED_PRECONDITION"
    for name in ("BadRequest", "Unauthorized", "NotFound", "IdempotencyConflict"):
        assert _inferred(responses[name])


def test_examples() -> None:
    update = operation(spec, "updateCluster")
    request_examples = update["requestBody"]["content"]["application/json"]["examples"]
    assert request_examples["documented"]["value"] == {
        "name": "<string>",
        "region_id": "<string>",
        "kubeconfig": "<string>",
    }
    response_example = response(update, "200")["content"]["application/json"]["examples"][
        "documented"
    ]
    assert response_example["value"] == {
        "id": "<string>",
        "name": "<string>",
        "workspace_id": "<string>",
        "state": "active",
        "provider": "managed_kaas",
        "reconciling": True,
        "created_at": 1,
        "updated_at": 1,
        "etag": "<string>",
    }
    # the document's example omits the two required fields; the spec says it completed them
    assert "state" in response_example["description"]
    assert "provider" in response_example["description"]
    assert "required" in response_example["description"]

    create_examples = operation(spec, "createCluster")["requestBody"]["content"][
        "application/json"
    ]["examples"]
    assert create_examples["imported"]["value"]["provider"] == "imported_byoc"
    assert "kubeconfig" in create_examples["imported"]["value"]


def test_idempotency_extension() -> None:
    """The document: a repeated key returns the existing resource instead of creating a
    duplicate. So a replay answers the resource as it is now (`existing-resource`), not the
    first response kept byte for byte."""
    update = operation(spec, "updateCluster")
    idem = update["x-idempotency"]
    assert idem["header"] == "idempotency-key"
    assert idem["replay"] == "existing-resource"
    assert idem["conflict"] == {"status": 422, "code": "FAILED_PRECONDITION"}
    assert idem["provenance"]["source"] == "akua-update-cluster"
    assert idem["provenance"]["inferred"]

    create = operation(spec, "createCluster")["x-idempotency"]
    assert create["header"] == "idempotency-key"
    assert create["replay"] == "existing-resource"
    assert create["conflict"]["status"] == 422
    assert create["provenance"]["source"] == "akua-update-cluster"
    assert "create" in create["provenance"]["inferred"]

    key = doc["components"]["parameters"]["IdempotencyKey"]
    assert "as it is now" in " ".join(key["description"].split())

    for op_id in ("listClusters", "getCluster", "deleteCluster"):
        assert "x-idempotency" not in operation(spec, op_id)


def test_resource_extension() -> None:
    cluster = doc["x-resources"]["cluster"]
    assert cluster["schema"] == "#/components/schemas/Cluster"
    assert cluster["collectionPath"] == "/clusters"
    assert cluster["itemPath"] == "/clusters/{id}"
    assert cluster["identifier"] == {"parameter": "id", "property": "/id", "assignedBy": "server"}
    assert cluster["operations"] == {
        "create": "createCluster",
        "get": "getCluster",
        "list": "listClusters",
        "update": "updateCluster",
        "delete": "deleteCluster",
    }
    assert cluster["envelope"] == {"item": "", "list": "/items"}

    lifecycle = cluster["lifecycle"]
    assert lifecycle["field"] == "/state"
    assert lifecycle["states"] == STATES
    assert lifecycle["initial"] == "pending"
    assert lifecycle["transitional"] == ["pending", "provisioning", "deleting"]
    assert lifecycle["ready"] == ["active"]
    assert lifecycle["failed"] == []
    assert lifecycle["deleting"] == "deleting"
    assert lifecycle["open"] is False

    concurrency = cluster["concurrency"]
    assert concurrency["token"] == {"property": "/etag"}
    assert concurrency["precondition"] == {
        "header": "if-match",
        "required": True,
        "operations": ["updateCluster", "deleteCluster"],
    }
    assert concurrency["mismatch"] == {
        "status": 409,
        "code": "ABORTED",
        "currentToken": "/metadata/etag",
    }


def test_create_links() -> None:
    created = response(operation(spec, "createCluster"), "201")
    links = created["links"]
    workspace = {"header.akua-context": "$request.header.akua-context"}
    assert links["GetCluster"]["operationId"] == "getCluster"
    assert links["GetCluster"]["parameters"] == {"id": "$response.body#/id", **workspace}
    assert links["UpdateCluster"]["operationId"] == "updateCluster"
    assert links["UpdateCluster"]["parameters"] == {
        "id": "$response.body#/id",
        "header.if-match": "$response.body#/etag",
        **workspace,
    }
    assert links["DeleteCluster"]["operationId"] == "deleteCluster"
    assert links["DeleteCluster"]["parameters"]["header.if-match"] == "$response.body#/etag"
    for link in links.values():
        assert _inferred(link)


def test_a_read_links_to_an_update_with_its_current_etag() -> None:
    """An etag moves with the state, so the create's first one may be stale by the update."""
    read = response(operation(spec, "getCluster"), "200")
    link = read["links"]["UpdateReadCluster"]
    assert link["operationId"] == "updateCluster"
    assert link["parameters"]["header.if-match"] == "$response.body#/etag"
    assert link["parameters"]["header.akua-context"] == "$request.header.akua-context"
    assert _inferred(link)


def test_inferred_markings() -> None:
    update = operation(spec, "updateCluster")
    assert update["x-provenance"] == {
        "source": "akua-update-cluster",
        "section": "PATCH /clusters/{id}",
    }
    assert "inferred" not in update["x-provenance"]
    for op_id in ("createCluster", "listClusters", "getCluster", "deleteCluster"):
        op = operation(spec, op_id)
        assert "source" not in op["x-provenance"]
        assert len(_inferred(op)) >= 10

    assert _inferred(response(operation(spec, "createCluster"), "201"))
    assert _inferred(response(operation(spec, "deleteCluster"), "200"))
    assert _inferred(response(operation(spec, "listClusters"), "200"))
    assert _inferred(response(operation(spec, "getCluster"), "200"))
    assert "x-provenance" not in doc["components"]["responses"]["ClusterUpdated"]
    assert _inferred(doc["components"]["schemas"]["ClusterList"])
    assert _inferred(doc["components"]["requestBodies"]["CreateCluster"])
    assert "x-provenance" not in doc["components"]["schemas"]["Cluster"]
    assert "x-provenance" not in doc["components"]["schemas"]["UpdateClusterRequest"]


def test_inferred_list_and_delete_shapes() -> None:
    listing = response_schema(operation(spec, "listClusters"), "200")
    assert listing["required"] == ["items"]
    assert listing["properties"]["items"]["type"] == "array"
    assert sorted(listing["properties"]["items"]["items"]["required"]) == sorted(CLUSTER_FIELDS)

    deleting = response_schema(operation(spec, "deleteCluster"), "200")
    assert sorted(deleting["required"]) == sorted(CLUSTER_FIELDS)
    assert "deleting" in response(operation(spec, "deleteCluster"), "200")["description"]
