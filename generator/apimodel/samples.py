"""Valid messages per operation: the spec's own examples first, else a deterministic instance
built from the schema (required and exemplified properties, minimum sizes, the first enum
value, a fixed value per format).

For tests and `fuzz`: a request that the validator must accept, and the base that
`generator.validate.mutations` breaks one constraint at a time. Nothing here is random, so the
same spec always gives the same samples.
"""

from __future__ import annotations

import copy
from typing import Any, NotRequired, TypedDict

from generator.apimodel.api import Api
from generator.apimodel.operations import MediaType, Operation, Parameter
from generator.errors import GeneratorError

# One valid value per asserted format (see generator.spec.formats).
FORMAT_SAMPLES: dict[str, str] = {
    "date-time": "2026-04-06T12:00:00Z",
    "date": "2026-04-06",
    "uri": "https://example.test/x",
    "email": "a@example.test",
    "uuid": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
    "ipv4": "10.0.0.1",
    "ipv6": "::1",
    "byte": "aGVsbG8=",
}
_SEPARATORS = {"spaceDelimited": " ", "pipeDelimited": "|"}
_EXAMPLE_KEYS = ("const", "example", "default")


class NoSample(GeneratorError):
    """A schema no valid instance can be built for without an example: a string `pattern`
    (a regular expression is not something to invert). Give that schema an `example`."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        super().__init__(
            f"no sample for a string with pattern {pattern!r}: give the schema an example"
        )


class ValidRequest(TypedDict):
    """Keyword arguments for `Validator.validate_request`, except that `body` is the JSON
    instance itself: send `json.dumps(request["body"])`, or break it first."""

    path_params: dict[str, str]
    query: dict[str, str]
    headers: dict[str, str]
    body: NotRequired[Any]
    content_type: NotRequired[str]


def sample(schema: object) -> Any:
    """A JSON value valid against `schema` (a resolved schema, no `$ref`): its `const`,
    `example`, `default` or first `examples` entry; else its first enum value; else one built
    by type. An object gets its required properties and those that carry an example; an array
    `minItems` copies of a sample item (at least one); a number its `minimum` (else 0); a string
    a format's sample or `minLength` x's. `allOf` branches are merged, `oneOf`/`anyOf` take the
    first branch. Anything that is not a schema object gives None.

    Raises NoSample for a string with a `pattern` and no example."""
    if not isinstance(schema, dict):
        return None
    for key in _EXAMPLE_KEYS:
        if key in schema:
            return copy.deepcopy(schema[key])
    if schema.get("examples"):
        return copy.deepcopy(schema["examples"][0])
    if schema.get("enum"):
        return copy.deepcopy(schema["enum"][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for branch in schema["allOf"]:
            value = sample(branch)
            if isinstance(value, dict):
                merged.update(value)
        base = sample({k: v for k, v in schema.items() if k != "allOf"})
        return {**(base if isinstance(base, dict) else {}), **merged}
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
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
        return [copy.deepcopy(item) for _ in range(max(1, int(schema.get("minItems", 1))))]
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return True
    if kind == "string":
        if schema.get("format") in FORMAT_SAMPLES:
            return FORMAT_SAMPLES[schema["format"]]
        if "pattern" in schema:
            raise NoSample(str(schema["pattern"]))
        return "x" * max(1, int(schema.get("minLength", 1)))
    return None if kind == "null" else {}


def _has_example(schema: object) -> bool:
    """Whether a schema, or a property nested in it, carries a value to sample."""
    if not isinstance(schema, dict):
        return False
    if any(k in schema for k in (*_EXAMPLE_KEYS, "examples")):
        return True
    return any(_has_example(s) for s in (schema.get("properties") or {}).values())


def media_example(api: Api, media: MediaType) -> Any:
    """A valid body for a media type: its first documented example (`example`, else the first
    of `examples` that has a `value`), else a sample of its resolved schema. None for a media
    type without a schema, which constrains nothing. Raises NoSample (see `sample`)."""
    if media.schema_ref is None:
        return None
    ref = media.schema_ref
    owner = api.spec.at(ref.pointer.rsplit("/", 1)[0], ref.path)
    if "example" in owner:
        return copy.deepcopy(owner["example"])
    for example in (owner.get("examples") or {}).values():
        resolved, _ = api.spec.resolve(example, ref.path)
        if isinstance(resolved, dict) and "value" in resolved:
            return copy.deepcopy(resolved["value"])
    return sample(media.schema)


def parameter_text(parameter: Parameter) -> str:
    """A valid value of a path, query or header parameter (or a response header), as the
    string a message carries: its example, else a sample of its schema. Booleans are written
    `true`/`false`; an array is joined by its style's separator (`,` unless `spaceDelimited`
    or `pipeDelimited`). Raises NoSample (see `sample`)."""
    value = parameter.example if parameter.example is not None else sample(parameter.schema)
    if isinstance(value, list):
        separator = _SEPARATORS.get(parameter.style, ",")
        return separator.join(_text(item) for item in value)
    return _text(value)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def valid_request(api: Api, operation: Operation) -> ValidRequest:
    """A request the validator accepts: every path parameter, the required query parameters
    and headers, and a body (the JSON media type's, else the first documented one) with its
    content type. Raises NoSample (see `sample`)."""
    parameters = operation.parameters
    request: ValidRequest = {
        "path_params": {p.name: parameter_text(p) for p in parameters if p.location == "path"},
        "query": {
            p.name: parameter_text(p) for p in parameters if p.location == "query" and p.required
        },
        "headers": {
            p.name: parameter_text(p) for p in parameters if p.location == "header" and p.required
        },
    }
    body = operation.request_body
    media = None if body is None else body.json or next(iter(body.content.values()), None)
    if media is not None:
        request["body"] = media_example(api, media)
        request["content_type"] = media.name
    return request
