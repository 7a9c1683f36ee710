"""For every operation of every API, a valid request and every documented response pass."""

from __future__ import annotations

import json

import pytest

from tests.validate.conftest import all_operations, validator
from tests.validate.samples import media_example, parameter_text, valid_request

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
