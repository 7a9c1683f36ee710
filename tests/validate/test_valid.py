"""For every operation of every API, a valid request and every documented response pass."""

from __future__ import annotations

import json

import pytest

from generator.apimodel.samples import media_example, parameter_text, valid_request
from tests.validate.conftest import all_operations, validator

OPERATIONS = all_operations()


@pytest.mark.parametrize(("api", "key"), OPERATIONS, ids=[f"{a}:{k}" for a, k in OPERATIONS])
def test_valid_request_passes(api: str, key: str) -> None:
    v = validator(api)
    operation = v.api.operations[key]
    request = valid_request(v.api, operation)
    if "body" in request:
        request["body"] = json.dumps(request["body"])
    result = v.validate_request(operation, **request)
    assert result.valid, [x.render() for x in result.violations]


@pytest.mark.parametrize(("api", "key"), OPERATIONS, ids=[f"{a}:{k}" for a, k in OPERATIONS])
def test_every_documented_response_passes(api: str, key: str) -> None:
    v = validator(api)
    operation = v.api.operations[key]
    assert operation.responses
    for status, response in operation.responses.items():
        code = {"default": "599"}.get(status, status.replace("XX", "00"))
        headers = {h.name: parameter_text(h) for h in response.headers if h.required}
        body, content_type = None, None
        if response.content:
            media = next(iter(response.content.values()))
            body, content_type = json.dumps(media_example(v.api, media)), media.name
        result = v.validate_response(
            operation, status=code, headers=headers, body=body, content_type=content_type
        )
        assert result.valid, (status, [x.render() for x in result.violations])


def test_the_result_carries_the_typed_parameters_and_parsed_body() -> None:
    """What was validated comes back typed, so a server needs no second parse or coercion:
    query strings as the schema's types, headers and path parameters by their declared
    names, the body as parsed; an absent optional parameter is absent."""
    v = validator("cockroach-cloud")
    result = v.validate_request(
        "GET /api/v1/clusters",
        query={"show_inactive": "true", "pagination.limit": "5"},
        headers={"Authorization": "Bearer t"},
    )
    assert result.valid, result.violations
    assert result.parameters["query"] == {"show_inactive": True, "pagination.limit": 5}
    assert "pagination.page" not in result.parameters["query"]
    akua = validator("akua").validate_request(
        "PATCH /v1/clusters/c-42",
        headers={"Content-Type": "application/json", "If-Match": "7", "Authorization": "Bearer t"},
        body=b'{"name": "prod"}',
    )
    assert akua.valid, akua.violations
    assert akua.parameters["path"] == {"id": "c-42"}
    assert akua.parameters["header"]["if-match"] == "7"
    assert akua.body == {"name": "prod"}
