"""Fidelity of specs/cockroach-cloud.yaml to shared/source-docs/cockroachdb-cloud-api.md.

Each test asserts documented facts (or the marking of inferred ones) against the loaded spec.
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

DOC = "cockroachdb-cloud-api"


@pytest.fixture(scope="module")
def spec():
    return load("cockroach-cloud")


@pytest.fixture(scope="module")
def raw(spec):
    return spec.document


def _inferred(element) -> str:
    provenance = element.get("x-provenance", {})
    return provenance.get("inferred", "")


# --- document, server, security -------------------------------------------------------------


def test_info_server_and_security(raw):
    assert raw["openapi"] == "3.1.0"
    docs = raw["info"]["x-source-documents"]
    assert docs[DOC]["file"] == "cockroachdb-cloud-api.md"
    assert raw["servers"][0]["url"] == "https://cockroachlabs.cloud/api"
    scheme = raw["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert raw["security"] == [{"bearerAuth": []}]


# --- operations and status codes --------------------------------------------------------------


def test_operations_methods_and_paths(spec):
    expected = {
        "createCluster": ("post", "/v1/clusters"),
        "listClusters": ("get", "/v1/clusters"),
        "getCluster": ("get", "/v1/clusters/{cluster_id}"),
        "deleteCluster": ("delete", "/v1/clusters/{cluster_id}"),
        "listClusterNodes": ("get", "/v1/clusters/{cluster_id}/nodes"),
        "setSpendLimit": ("put", "/v1/clusters/{cluster_id}/spend-limit"),
        "listAvailableRegions": ("get", "/v1/clusters/available-regions"),
    }
    for op_id, (method, path) in expected.items():
        op = operation(spec, op_id)
        assert (op["_method"], op["_path"]) == (method, path), op_id
    assert set(spec.document["paths"]) == {
        "/v1/clusters",
        "/v1/clusters/available-regions",
        "/v1/clusters/{cluster_id}",
        "/v1/clusters/{cluster_id}/nodes",
        "/v1/clusters/{cluster_id}/spend-limit",
    }


def test_operation_provenance_sections(spec):
    sections = {
        "createCluster": "Create a new cluster",
        "getCluster": "Get information about a specific cluster",
        "listClusterNodes": "Get information about a cluster's nodes",
        "setSpendLimit": "Set the maximum spend limit of a Serverless cluster",
        "deleteCluster": "Delete a cluster",
        "listClusters": "List all clusters in an organization",
        "listAvailableRegions": "List the available regions for a cloud infrastructure provider",
    }
    for op_id, section in sections.items():
        provenance = operation(spec, op_id)["x-provenance"]
        assert provenance == {"source": DOC, "section": section}, op_id


def test_status_codes(spec):
    codes = {
        "createCluster": {"200", "400", "401", "403"},
        "listClusters": {"200", "400", "401", "403"},
        "getCluster": {"200", "401", "403", "404"},
        "deleteCluster": {"200", "401", "403", "404"},
        "listClusterNodes": {"200", "400", "401", "403", "404"},
        "setSpendLimit": {"200", "400", "401", "403", "404"},
        "listAvailableRegions": {"200", "400", "401", "403"},
    }
    for op_id, expected in codes.items():
        assert set(operation(spec, op_id)["responses"]) == expected, op_id


def test_success_status_code_is_inferred(spec):
    # The document never names a status code: every 200 says so.
    for op_id in (
        "createCluster",
        "listClusters",
        "getCluster",
        "deleteCluster",
        "listClusterNodes",
        "setSpendLimit",
        "listAvailableRegions",
    ):
        ok = response(operation(spec, op_id), "200")
        assert "200 is assumed" in _inferred(ok), op_id
        assert ok["x-provenance"]["source"] == DOC


def test_empty_responses(spec):
    for op_id in ("deleteCluster", "setSpendLimit"):
        ok = response(operation(spec, op_id), "200")
        assert "content" not in ok, op_id
        assert "no payload" in _inferred(ok)


def test_permissions(spec):
    expected = {
        "createCluster": ["ADMIN", "CREATE"],
        "getCluster": ["ADMIN", "READ"],
        "listClusters": ["ADMIN", "READ"],
        "listClusterNodes": ["ADMIN", "READ"],
        "listAvailableRegions": ["ADMIN", "READ"],
        "setSpendLimit": ["ADMIN", "EDIT"],
        "deleteCluster": ["ADMIN", "DELETE"],
    }
    for op_id, roles in expected.items():
        assert operation(spec, op_id)["x-permissions"] == {"anyOf": roles}, op_id


# --- parameters --------------------------------------------------------------------------------


def test_cluster_id_path_parameter(spec):
    for op_id in ("getCluster", "deleteCluster", "listClusterNodes", "setSpendLimit"):
        param = parameter(operation(spec, op_id), "cluster_id", "path")
        assert param["required"] is True
        assert param["schema"]["type"] == "string"
        assert "routing ID" in param["description"]


def test_show_inactive(spec):
    param = parameter(operation(spec, "listClusters"), "show_inactive", "query")
    assert param["schema"]["type"] == "boolean"
    assert param["schema"]["default"] is False
    assert param.get("required", False) is False
    assert param["example"] is True
    assert "deleted" in param["description"]
    assert "failed" in param["description"]


def test_provider_query(spec):
    """The document always sends the provider but never says it is required."""
    param = parameter(operation(spec, "listAvailableRegions"), "provider", "query")
    assert param["required"] is False
    assert "default" in _inferred(param)
    assert param["schema"]["enum"] == ["GCP", "AWS"]
    assert param["example"] == "GCP"
    assert [p["name"] for p in operation(spec, "listAvailableRegions")["parameters"]] == [
        "provider"
    ]


def test_pagination_query_parameters_are_inferred(spec):
    for op_id in ("listClusterNodes", "listClusters"):
        op = operation(spec, op_id)
        page = parameter(op, "pagination.page", "query")
        limit = parameter(op, "pagination.limit", "query")
        as_of = parameter(op, "pagination.as_of_time", "query")
        order = parameter(op, "pagination.sort_order", "query")
        assert page["schema"]["type"] == "integer"
        assert limit["schema"]["type"] == "integer"
        assert limit["schema"]["minimum"] == 1
        assert as_of["schema"]["format"] == "date-time"
        assert order["schema"]["enum"] == ["ASC", "DESC"]
        for param in (page, limit, as_of, order):
            assert param.get("required", False) is False
            assert _inferred(param), param["name"]


# --- request bodies ----------------------------------------------------------------------------


def test_create_request_fields(spec):
    op = operation(spec, "createCluster")
    body = request_schema(op)
    assert op["requestBody"]["required"] is True
    assert body["additionalProperties"] is False
    # "using the default values for the cloud infrastructure provider and region"
    assert body["required"] == ["name", "spec"]
    assert "required" in _inferred(body)
    assert "default" in _inferred(body)
    assert set(body["properties"]) == {"name", "provider", "spec"}
    assert body["properties"]["name"]["type"] == "string"
    assert body["properties"]["name"]["pattern"] == r"^\S+$"
    assert body["properties"]["provider"]["enum"] == ["GCP", "AWS"]

    spec_obj = body["properties"]["spec"]
    assert spec_obj["additionalProperties"] is False
    assert spec_obj["required"] == ["serverless"]
    assert _inferred(spec_obj)

    serverless = spec_obj["properties"]["serverless"]
    assert serverless["additionalProperties"] is False
    assert set(serverless["properties"]) == {"regions", "spendLimit"}
    assert "required" not in serverless
    assert _inferred(serverless)
    regions = serverless["properties"]["regions"]
    assert regions["type"] == "array"
    assert regions["items"]["type"] == "string"
    assert "minItems" not in regions
    assert "us-central1" in regions["description"]
    assert "default" in _inferred(regions)
    spend = serverless["properties"]["spendLimit"]
    assert spend["type"] == "integer"
    assert spend["minimum"] == 0
    assert "US cents" in spend["description"]
    assert "month" in spend["description"]


def test_create_may_leave_provider_and_region_to_their_defaults(spec):
    """The document's example creates a cluster "using the default values for the cloud
    infrastructure provider and region": a create without them is valid."""
    validator = jsonschema.Draft202012Validator(request_schema(operation(spec, "createCluster")))
    for body in (
        {"name": "notorious-moose", "spec": {"serverless": {"spendLimit": 0}}},
        {"name": "notorious-moose", "spec": {"serverless": {"regions": []}}},
        {"name": "notorious-moose", "provider": "AWS", "spec": {"serverless": {}}},
        {"name": "notorious-moose", "spec": {"serverless": {"regions": ["us-west2"]}}},
    ):
        assert validator.is_valid(body), body
    assert not validator.is_valid({"name": "notorious-moose"})  # spec stays required
    assert not validator.is_valid({"spec": {"serverless": {}}})  # and so does the name


def test_request_naming_is_camel_case(spec):
    create = request_schema(operation(spec, "createCluster"))
    serverless = create["properties"]["spec"]["properties"]["serverless"]
    assert "spendLimit" in serverless["properties"]
    assert "spend_limit" not in serverless["properties"]
    spend = request_schema(operation(spec, "setSpendLimit"))
    assert set(spend["properties"]) == {"spendLimit"}
    assert "spend_limit" not in spend["properties"]


def test_spend_limit_request(spec):
    op = operation(spec, "setSpendLimit")
    body = request_schema(op)
    assert op["requestBody"]["required"] is True
    assert body["additionalProperties"] is False
    assert body["required"] == ["spendLimit"]
    assert _inferred(body)
    assert body["properties"]["spendLimit"]["type"] == "integer"
    assert body["properties"]["spendLimit"]["minimum"] == 0


# --- response bodies ---------------------------------------------------------------------------


def test_cluster_response_fields(spec):
    cluster = response_schema(operation(spec, "getCluster"), "200")
    assert set(cluster["properties"]) == {
        "id",
        "name",
        "cloud_provider",
        "plan",
        "state",
        "operation_status",
        "creator_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "regions",
        "config",
    }
    props = cluster["properties"]
    assert props["cloud_provider"]["enum"] == ["GCP", "AWS"]
    for field in ("created_at", "updated_at", "deleted_at"):
        assert props[field]["type"] == "string"
        assert props[field]["format"] == "date-time"
    for field, example in (
        ("state", "CREATING"),
        ("plan", "SERVERLESS"),
        ("operation_status", "CLUSTER_STATUS_UNSPECIFIED"),
    ):
        assert props[field]["type"] == "string"
        assert "enum" not in props[field]
        assert props[field]["example"] == example
    assert "routing ID" in props["id"]["description"]
    assert "service account" in props["creator_id"]["description"]
    assert "deleted_at" not in cluster["required"]
    assert "id" in cluster["required"]
    assert "state" in cluster["required"]
    assert _inferred(cluster)

    region = props["regions"]["items"]
    assert set(region["properties"]) == {"name", "sql_dns", "ui_dns"}
    assert region["properties"]["ui_dns"]["example"] == ""

    serverless = props["config"]["properties"]["serverless"]
    assert set(serverless["properties"]) == {"regions", "spend_limit", "routing_id"}
    assert serverless["properties"]["spend_limit"]["type"] == "integer"
    assert serverless["properties"]["spend_limit"]["minimum"] == 0
    assert serverless["properties"]["routing_id"]["example"] == "funky-skunk-123"
    assert serverless["properties"]["regions"]["items"]["type"] == "string"


def test_response_naming_is_snake_case(spec):
    cluster = response_schema(operation(spec, "createCluster"), "200")
    for camel in ("cloudProvider", "createdAt", "creatorId", "spendLimit"):
        assert camel not in cluster["properties"]
    serverless = cluster["properties"]["config"]["properties"]["serverless"]
    assert "spendLimit" not in serverless["properties"]
    assert "routing_id" in serverless["properties"]
    node = response_schema(operation(spec, "listClusterNodes"), "200")["properties"]["nodes"][
        "items"
    ]
    assert "region_name" in node["properties"]
    pagination = response_schema(operation(spec, "listClusterNodes"), "200")["properties"][
        "pagination"
    ]
    assert "total_results" in pagination["properties"]


def test_same_cluster_schema_everywhere(raw):
    ref = "#/components/schemas/Cluster"
    responses = raw["components"]["responses"]
    assert responses["ClusterCreated"]["content"]["application/json"]["schema"]["$ref"] == ref
    assert responses["ClusterDetails"]["content"]["application/json"]["schema"]["$ref"] == ref
    list_body = raw["components"]["schemas"]["ListClustersResponse"]
    assert list_body["properties"]["clusters"]["items"]["$ref"] == ref


def test_nodes_response(spec):
    body = response_schema(operation(spec, "listClusterNodes"), "200")
    assert body["required"] == ["nodes"]
    node = body["properties"]["nodes"]["items"]
    assert set(node["properties"]) == {"name", "region_name", "status"}
    assert node["properties"]["status"]["enum"] == ["LIVE", "NOT_READY"]


def test_pagination_object(spec, raw):
    pagination = response_schema(operation(spec, "listClusterNodes"), "200")["properties"][
        "pagination"
    ]
    for field in ("next", "last", "limit", "total_results"):
        assert pagination["properties"][field]["type"] == "integer", field
    assert pagination["properties"]["time"]["format"] == "date-time"
    order = pagination["properties"]["order"]
    assert order["enum"] == ["ASC", "DESC"]
    assert "DESC" in _inferred(order)
    # The list of clusters is cut short in the document: its pagination is inferred.
    list_pagination = raw["components"]["schemas"]["ListClustersResponse"]["properties"][
        "pagination"
    ]
    assert list_pagination["$ref"] == "#/components/schemas/Pagination"
    assert "ellipsis" in _inferred(list_pagination)


def test_x_pagination(spec):
    for op_id, items in (("listClusterNodes", "/nodes"), ("listClusters", "/clusters")):
        pagination = dict(operation(spec, op_id)["x-pagination"])
        provenance = pagination.pop("provenance")
        assert pagination == {
            "style": "page-number",
            "items": items,
            "object": "/pagination",
            "next": "next",
            "pageParameter": "pagination.page",
            "limitParameter": "pagination.limit",
        }
        assert provenance["inferred"]


def test_available_regions_response(spec):
    body = response_schema(operation(spec, "listAvailableRegions"), "200")
    assert body["properties"]["regions"]["type"] == "array"
    assert body["properties"]["regions"]["items"]["type"] == "string"


# --- errors ------------------------------------------------------------------------------------


def test_error_responses_are_inferred(spec, raw):
    error = raw["components"]["schemas"]["Error"]
    assert _inferred(error)
    assert error["properties"]["code"]["type"] == "integer"
    assert error["properties"]["message"]["type"] == "string"
    assert error["properties"]["details"]["type"] == "array"
    for name in ("BadRequest", "Unauthorized", "Forbidden", "NotFound"):
        assert _inferred(raw["components"]["responses"][name]), name
    forbidden = response(operation(spec, "deleteCluster"), "403")
    assert "x-permissions" in forbidden["description"]
    assert (
        response_schema(operation(spec, "getCluster"), "404")["properties"]["code"]["type"]
        == "integer"
    )


# --- examples ----------------------------------------------------------------------------------


def test_create_request_examples(spec):
    media = operation(spec, "createCluster")["requestBody"]["content"]["application/json"]
    moose = media["examples"]["notoriousMoose"]["value"]
    assert moose == {
        "name": "notorious-moose",
        "provider": "GCP",
        "spec": {"serverless": {"regions": ["us-central1"], "spendLimit": 0}},
    }
    template = media["examples"]["template"]
    assert template["value"]["spec"]["serverless"]["regions"] == ["us-west2"]
    assert "placeholder" in template["description"]


def test_spend_limit_request_example(spec):
    media = operation(spec, "setSpendLimit")["requestBody"]["content"]["application/json"]
    example = media["examples"]["twentyFiveDollars"]
    assert example["value"] == {"spendLimit": 2500}
    assert "placeholder" in example["description"]


def test_cluster_response_examples(spec):
    created = response(operation(spec, "createCluster"), "200")["content"]["application/json"]
    value = created["examples"]["notoriousMoose"]["value"]
    assert "placeholders" in created["examples"]["notoriousMoose"]["description"]
    assert value["name"] == "notorious-moose"
    assert value["cloud_provider"] == "GCP"
    assert value["state"] == "CREATING"
    assert value["plan"] == "SERVERLESS"
    assert value["operation_status"] == "CLUSTER_STATUS_UNSPECIFIED"
    assert value["created_at"] == "2022-03-14T14:15:22Z"
    assert value["deleted_at"] == "2022-03-14T14:15:22Z"
    assert value["updated_at"] == "2022-03-14T14:15:22Z"
    assert value["regions"][0]["name"] == "us-central1"
    assert value["regions"][0]["ui_dns"] == ""
    assert value["config"]["serverless"]["spend_limit"] == 0
    assert value["config"]["serverless"]["regions"] == ["us-central1"]

    got = response(operation(spec, "getCluster"), "200")["content"]["application/json"]
    assert (
        got["examples"]["funkySkunk"]["value"]["config"]["serverless"]["routing_id"]
        == "funky-skunk-123"
    )

    listed = response(operation(spec, "listClusters"), "200")["content"]["application/json"]
    example = listed["examples"]["oneCluster"]
    assert len(example["value"]["clusters"]) == 1
    assert example["value"]["pagination"]["order"] == "ASC"
    assert "inferred" in example["description"]


def test_nodes_and_regions_examples(spec):
    nodes = response(operation(spec, "listClusterNodes"), "200")["content"]["application/json"]
    value = nodes["examples"]["nodes"]["value"]
    assert {node["status"] for node in value["nodes"]} == {"LIVE", "NOT_READY"}
    assert value["pagination"] == {
        "next": 0,
        "last": 0,
        "limit": 0,
        "total_results": 0,
        "time": "2022-03-14T14:15:22Z",
        "order": "ASC",
    }
    regions = response(operation(spec, "listAvailableRegions"), "200")["content"][
        "application/json"
    ]
    assert "us-central1" in regions["examples"]["gcp"]["value"]["regions"]


# --- resources, lifecycle, links --------------------------------------------------------------


def test_cluster_resource(raw):
    cluster = raw["x-resources"]["cluster"]
    assert cluster["schema"] == "#/components/schemas/Cluster"
    assert cluster["collectionPath"] == "/v1/clusters"
    assert cluster["itemPath"] == "/v1/clusters/{cluster_id}"
    assert cluster["identifier"] == {
        "parameter": "cluster_id",
        "property": "/id",
        "assignedBy": "server",
    }
    assert cluster["operations"] == {
        "create": "createCluster",
        "get": "getCluster",
        "list": "listClusters",
        "delete": "deleteCluster",
    }
    assert cluster["envelope"] == {"item": "", "list": "/clusters"}


def test_cluster_lifecycle_is_inferred_and_open(raw, spec):
    lifecycle = raw["x-resources"]["cluster"]["lifecycle"]
    assert lifecycle["field"] == "/state"
    assert set(lifecycle["states"]) == {
        "CREATED",
        "CREATING",
        "CREATION_FAILED",
        "DELETED",
        "LOCKED",
    }
    assert lifecycle["initial"] == "CREATING"
    assert lifecycle["ready"] == ["CREATED"]
    assert lifecycle["failed"] == ["CREATION_FAILED"]
    assert lifecycle["deleted"] == "DELETED"
    assert "CREATING" in lifecycle["transitional"]
    assert lifecycle["open"] is True
    assert "CREATING" in lifecycle["provenance"]["inferred"]
    # the other states come from the API reference, which is not a source document
    assert "API reference" in lifecycle["provenance"]["external"]
    state = spec.document["components"]["schemas"]["Cluster"]["properties"]["state"]
    assert "enum" not in state


def test_create_links(spec):
    links = response(operation(spec, "createCluster"), "200")["links"]
    targets = {link["operationId"]: link["parameters"] for link in links.values()}
    assert set(targets) == {"getCluster", "deleteCluster", "listClusterNodes", "setSpendLimit"}
    for params in targets.values():
        assert params == {"cluster_id": "$response.body#/id"}
