"""Valid instances for tests: the spec's own examples first, else a deterministic instance
built from the schema (required and exemplified properties, minimum sizes, first enum value)."""

from __future__ import annotations

import copy
from typing import Any

from generator.apimodel import Api, MediaType, Operation, Parameter

_FORMATS = {
    "date-time": "2026-04-06T12:00:00Z",
    "date": "2026-04-06",
    "uri": "https://example.test/x",
    "email": "a@example.test",
    "uuid": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
    "ipv4": "10.0.0.1",
    "ipv6": "::1",
    "byte": "aGVsbG8=",
}


def sample(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return None
    for key in ("const", "example", "default"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if schema.get("examples"):
        return copy.deepcopy(schema["examples"][0])
    if schema.get("enum"):
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for branch in schema["allOf"]:
            value = sample(branch)
            if isinstance(value, dict):
                merged.update(value)
        base = sample({k: v for k, v in schema.items() if k != "allOf"})
        return {**(base if isinstance(base, dict) else {}), **merged}
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(schema[key][0])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        return {
            name: sample(sub)
            for name, sub in properties.items()
            if name in required or _has_example(sub)
        }
    if kind == "array":
        item = sample(schema.get("items") or {})
        return [item] * max(1, int(schema.get("minItems", 1)))
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return True
    if kind == "string":
        if schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        assert "pattern" not in schema, f"give this patterned schema an example: {schema}"
        return "x" * max(1, int(schema.get("minLength", 1)))
    return None if kind == "null" else {}


def _has_example(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if any(k in schema for k in ("example", "examples", "const", "default")):
        return True
    return any(_has_example(s) for s in (schema.get("properties") or {}).values())


def media_example(api: Api, media: MediaType) -> Any:
    """The media type's first documented example value, else a built one."""
    assert media.schema_ref is not None
    owner = api.spec.at(media.schema_ref.pointer.rsplit("/", 1)[0], media.schema_ref.path)
    if "example" in owner:
        return copy.deepcopy(owner["example"])
    for example in (owner.get("examples") or {}).values():
        resolved, _ = api.spec.resolve(example)
        if "value" in resolved:
            return copy.deepcopy(resolved["value"])
    return sample(api.spec.deref(pointer=media.schema_ref.pointer))


def parameter_text(parameter: Parameter) -> str:
    value = parameter.example if parameter.example is not None else sample(parameter.schema)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def valid_request(api: Api, operation: Operation) -> dict[str, Any]:
    """Keyword arguments for Validator.validate_request that describe a valid request."""
    values = {p.name: parameter_text(p) for p in operation.parameters}
    request: dict[str, Any] = {
        "path_params": {
            p.name: values[p.name] for p in operation.parameters if p.location == "path"
        },
        "query": {
            p.name: values[p.name]
            for p in operation.parameters
            if p.location == "query" and p.required
        },
        "headers": {
            p.name: values[p.name]
            for p in operation.parameters
            if p.location == "header" and p.required
        },
    }
    if operation.request_body is not None:
        media = next(iter(operation.request_body.content.values()))
        request["body"] = media_example(api, media)
        request["content_type"] = media.name
    return request
