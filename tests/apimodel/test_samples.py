"""generator.apimodel.samples: a valid request for every operation of the bundled specs, and
`sample` building an instance of each kind of schema, or refusing (NoSample) what it cannot
build without an example."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.apimodel import Api, MediaType, Parameter
from generator.apimodel.samples import (
    FORMAT_SAMPLES,
    NoSample,
    media_example,
    parameter_text,
    sample,
    valid_request,
)
from generator.errors import GeneratorError
from tests.validate.conftest import APIS, body_spec, validator


@pytest.mark.parametrize("api", APIS)
def test_every_operation_gets_a_valid_request(api: str) -> None:
    """Every path parameter, every required query parameter and header, and a body exactly
    when the operation takes one; and the validator accepts the request."""
    v = validator(api)
    assert v.api.operations
    for key, operation in v.api.operations.items():
        request = valid_request(v.api, operation)
        wanted = {
            group: {
                p.name
                for p in operation.parameters
                if p.location == location and (p.required or location == "path")
            }
            for group, location in (
                ("path_params", "path"),
                ("query", "query"),
                ("headers", "header"),
            )
        }
        assert {group: set(request[group]) for group in wanted} == wanted, key
        assert ("body" in request) == (operation.request_body is not None), key
        if operation.request_body is not None:
            assert operation.request_body.json is not None
            assert request["content_type"] == operation.request_body.json.name
        sent = {**request, "body": json.dumps(request["body"])} if "body" in request else request
        result = v.validate_request(operation, **sent)
        assert result.valid, (key, [x.render() for x in result.violations])


def test_examples_come_first_and_are_copies() -> None:
    schema = {"type": "object", "example": {"a": [1]}, "default": {"b": 2}}
    first = sample(schema)
    assert first == {"a": [1]}
    first["a"].append(2)
    assert schema["example"] == {"a": [1]}  # the schema is never handed out
    assert sample({"type": "string", "const": "c", "example": "e"}) == "c"
    assert sample({"type": "integer", "default": 7}) == 7
    assert sample({"type": "string", "examples": ["first", "second"]}) == "first"


def test_sample_by_type() -> None:
    assert sample({"type": "integer", "minimum": 3}) == 3
    assert sample({"type": "integer"}) == 0
    assert sample({"type": "number", "minimum": 1.5}) == 1.5
    assert sample({"type": "boolean"}) is True
    assert sample({"type": "string", "minLength": 4}) == "xxxx"
    assert sample({"type": "string"}) == "x"
    assert sample({"type": "null"}) is None
    assert sample({"type": ["null", "integer"]}) == 0  # the first type that is not null
    assert sample({"type": "array", "items": {"type": "boolean"}, "minItems": 3}) == [True] * 3
    assert sample({"type": "array", "items": {"type": "string"}}) == ["x"]
    assert sample({}) == {}
    assert sample("not a schema") is None


def test_objects_get_required_and_exemplified_properties() -> None:
    schema = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "size": {"type": "integer", "example": 5},
            "nested": {"type": "object", "properties": {"tag": {"type": "string", "default": "t"}}},
            "plain": {"type": "string"},
        },
    }
    assert sample(schema) == {"id": FORMAT_SAMPLES["uuid"], "size": 5, "nested": {"tag": "t"}}
    assert sample({"properties": {"n": {"const": 1}}}) == {"n": 1}  # an object by its properties


def test_enum_all_of_one_of_any_of() -> None:
    assert sample({"type": "string", "enum": ["b", "a"]}) == "b"
    merged = sample(
        {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"const": "k"}},
            "allOf": [
                {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}},
                {"type": "object", "required": ["b"], "properties": {"b": {"type": "boolean"}}},
            ],
        }
    )
    assert merged == {"kind": "k", "a": 0, "b": True}
    assert sample({"oneOf": [{"type": "integer", "minimum": 2}, {"type": "string"}]}) == 2
    assert sample({"anyOf": [{"type": "boolean"}, {"type": "string"}]}) is True


def test_every_format_sample_is_valid(tmp_path: Path) -> None:
    """The validator asserts formats: each format's sample passes its assertion."""
    schema = {
        "type": "object",
        "required": sorted(FORMAT_SAMPLES),
        "properties": {name: {"type": "string", "format": name} for name in FORMAT_SAMPLES},
    }
    v = body_spec(tmp_path, schema)
    request = valid_request(v.api, v.api.operations["createThing"])
    assert request["body"] == FORMAT_SAMPLES
    result = v.validate_request("createThing", **{**request, "body": json.dumps(request["body"])})
    assert result.valid, [x.render() for x in result.violations]


def _media(tmp_path: Path, schema: dict[str, Any], **media: Any) -> tuple[Api, MediaType]:
    api = body_spec(tmp_path, schema, **media).api
    body = api.operations["createThing"].request_body
    assert body is not None
    assert body.json is not None
    return api, body.json


def test_media_example_prefers_the_media_types_examples(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer", "example": 1}}}
    assert media_example(*_media(tmp_path, schema)) == {"n": 1}  # none: a sample of the schema
    examples = {"no": {"summary": "no value"}, "yes": {"value": {"n": 2}}}
    assert media_example(*_media(tmp_path, schema, examples=examples)) == {"n": 2}
    assert media_example(*_media(tmp_path, schema, example={"n": 3}, examples=examples)) == {"n": 3}


def _parameter(schema: dict[str, Any], example: Any = None, style: str = "simple") -> Parameter:
    return Parameter("p", "query", True, schema, None, style, False, example)


def test_parameter_text() -> None:
    assert parameter_text(_parameter({"type": "boolean"})) == "true"
    assert parameter_text(_parameter({"type": "boolean"}, example=False)) == "false"
    assert parameter_text(_parameter({"type": "integer", "minimum": 10})) == "10"
    assert parameter_text(_parameter({"type": "string"}, example="given")) == "given"
    array = {"type": "array", "items": {"type": "integer"}}
    assert parameter_text(_parameter(array, example=[1, 2])) == "1,2"
    assert parameter_text(_parameter(array, example=[1, 2], style="pipeDelimited")) == "1|2"
    assert parameter_text(_parameter(array, example=[True], style="form")) == "true"


def test_a_patterned_string_without_an_example_has_no_sample(tmp_path: Path) -> None:
    schema = {"type": "string", "pattern": "^[a-z]{3}-[0-9]+$"}
    with pytest.raises(NoSample, match=r"\^\[a-z\]\{3\}-\[0-9\]\+\$") as raised:
        sample(schema)
    assert raised.value.pattern == "^[a-z]{3}-[0-9]+$"
    assert isinstance(raised.value, GeneratorError)
    # With an example it has one; and a nested one fails the whole request's sample.
    assert sample({**schema, "example": "abc-1"}) == "abc-1"
    body = {"type": "object", "required": ["code"], "properties": {"code": schema}}
    v = body_spec(tmp_path, body)
    with pytest.raises(NoSample, match="give the schema an example"):
        valid_request(v.api, v.api.operations["createThing"])
    with pytest.raises(NoSample):
        parameter_text(_parameter(schema))
