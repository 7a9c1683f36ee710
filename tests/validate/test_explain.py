"""The explainer lists exactly what jsonschema-rs itself lists: the same violations at the same
pointers, with the same keywords and the same messages. Held to that for every constraint of
every operation's messages, for instances nobody wrote by hand, and for schemas built to reach
each keyword it checks and each way it hands a node back to the engine. The tests also count
the engine's own listings, so that a pass cannot come from the explainer quietly deferring."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import generator.validate.compiler as compiler_module
import generator.validate.explain as explain_module
from generator.apimodel.samples import media_example, valid_request
from generator.spec import Location, load_spec
from generator.spec import pointer as jp
from generator.validate import Validator
from generator.validate.compiler import (
    CompiledSchema,
    jsonschema_rs_engine,
    jsonschema_rs_listing_engine,
)
from generator.validate.explain import Error, render, uri
from generator.validate.mutations import enrich, mutations, parameter_breaks, with_value
from tests.specs.fidelity import SPECS
from tests.validate.conftest import APIS, all_operations, validator

OPERATIONS = all_operations()
IDS = [f"{a}:{k}" for a, k in OPERATIONS]


@cache
def listing(api: str) -> Validator:
    return Validator.from_path(SPECS / f"{api}.yaml", engine=jsonschema_rs_listing_engine)


@contextmanager
def engine_listings() -> Iterator[list[int]]:
    """Counts the engine's own error listings made while explaining."""
    calls = [0]
    original = explain_module.engine_errors

    def counted(validator: Any, instance: Any, base: str) -> list[Error]:
        calls[0] += 1
        return original(validator, instance, base)

    patch = pytest.MonkeyPatch()
    patch.setattr(explain_module, "engine_errors", counted)
    patch.setattr(compiler_module, "engine_errors", counted)
    try:
        yield calls
    finally:
        patch.undo()


def _request_cases(api: str, key: str) -> Iterator[tuple[str, dict[str, Any]]]:
    v = validator(api)
    operation = v.api.operations[key]
    request = valid_request(v.api, operation)
    broken = _broken_parameters(operation, request)
    yield "every parameter broken", broken
    if operation.request_body is None:
        return
    media = operation.request_body.json  # the media type valid_request sends
    assert media is not None
    schema = media.schema

    def keep(candidate: Any) -> bool:
        return v.validate_request(operation, **{**request, "body": json.dumps(candidate)}).valid

    base = enrich(schema, request["body"], keep)
    cases = list(mutations(schema, base))
    combined = base
    for case in cases:
        yield case.name, {**request, "body": json.dumps(case.instance)}
        try:
            combined = with_value(combined, case.pointer, jp.resolve(case.instance, case.pointer))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier break removed this place
    yield "all at once", {**request, "body": json.dumps(combined)}
    yield "all at once, parameters too", {**broken, "body": json.dumps(combined)}


def _broken_parameters(operation: Any, request: dict[str, Any]) -> dict[str, Any]:
    """The request with every path, query and header parameter broken (or, when it can only
    be left out, left out), each the first way `parameter_breaks` knows."""
    groups = {"path": "path_params", "query": "query", "header": "headers"}
    broken = {**request, **{name: dict(request[name]) for name in groups.values()}}
    if "body" in request:
        broken["body"] = json.dumps(request["body"])
    for parameter in operation.parameters:
        breaks = parameter_breaks(parameter) if parameter.location in groups else []
        if not breaks:
            continue
        _, value, _ = next((b for b in breaks if b[1] is not None), breaks[0])
        values = broken[groups[parameter.location]]
        values.pop(parameter.name, None)
        if value is not None:
            values[parameter.name] = value
    return broken


@pytest.mark.parametrize(("api", "key"), OPERATIONS, ids=IDS)
def test_requests_are_explained_as_the_engine_lists_them(api: str, key: str) -> None:
    fast, slow = validator(api), listing(api)
    cases = list(_request_cases(api, key))
    with engine_listings() as calls:
        ours = [fast.validate_request(key, **request).violations for _, request in cases]
    assert calls[0] == 0  # every violation of our specs is worded in Python
    for (name, request), violations in zip(cases, ours, strict=True):
        assert violations == slow.validate_request(key, **request).violations, name
    # Each case breaks something, except an operation with nothing to break.
    breakable = any(parameter_breaks(p) for p in fast.api.operations[key].parameters)
    assert all(ours[1:])
    assert ours[0] or not breakable


@pytest.mark.parametrize(("api", "key"), OPERATIONS, ids=IDS)
def test_responses_are_explained_as_the_engine_lists_them(api: str, key: str) -> None:
    fast, slow = validator(api), listing(api)
    operation = fast.api.operations[key]
    answers = [
        {"status": status, "body": json.dumps(case.instance), "content_type": media.name}
        for status, response in operation.responses.items()
        for media in response.content.values()
        if media.schema_ref is not None
        for case in mutations(
            media.schema,
            media_example(fast.api, media),
        )
    ]
    with engine_listings() as calls:
        ours = [fast.validate_response(key, **answer).violations for answer in answers]
    assert calls[0] == 0
    for answer, violations in zip(answers, ours, strict=True):
        assert violations == slow.validate_response(key, **answer).violations, answer
    assert all(ours)


# Any JSON value, with the awkward ones up front: floats printed with exponents, integers past
# 64 bits, 1 beside 1.0 and true, keys that need escaping in a pointer.
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0, 1, 1.0, -0.0, 1e-7, 1e16, 2.5, True])
    | st.text(max_size=6)
    | st.sampled_from(["", "a", "a\n", "x/y", "~0", "2026-11-23T10:00:00Z", "Zm9v"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(max_size=4) | st.sampled_from(["name", "a/b", "~"]), inner, max_size=4
        )
    ),
    max_leaves=10,
)


def _places(value: Any, pointer: str = "") -> Iterator[str]:
    yield pointer
    if isinstance(value, dict):
        for name, child in value.items():
            yield from _places(child, jp.join(pointer, name))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _places(child, jp.join(pointer, index))


@pytest.mark.parametrize("api", APIS)
@settings(
    max_examples=120,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_random_breaks_are_explained_as_the_engine_lists_them(api: str, data: Any) -> None:
    fast, slow = validator(api), listing(api)
    with_body = [k for k, o in fast.api.operations.items() if o.request_body is not None]
    key = data.draw(st.sampled_from(with_body))
    request = valid_request(fast.api, fast.api.operations[key])
    body = request["body"]
    place = data.draw(st.sampled_from(list(_places(body))))
    broken = with_value(body, place, data.draw(JSON_VALUES))
    request = {**request, "body": json.dumps(broken)}
    ours = fast.validate_request(key, **request)
    assert ours.violations == slow.validate_request(key, **request).violations


# --- schemas built to reach every keyword and every fallback --------------------------------

S = "#/components/schemas/"
SCHEMAS: dict[str, Any] = {
    "Types": {"type": ["string", "null", "integer"]},
    "Integer": {"type": "integer", "minimum": 1, "maximum": 10},
    "Number": {"type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 100},
    "Untyped": {"minimum": 2.5, "maxLength": 1, "maxItems": 1, "maxProperties": 1},
    "Enum": {"enum": ["a", 1, None, 1.5, {"k": [1]}, True]},
    "Words": {"type": "string", "enum": ["x", "y"]},
    "Const": {"const": {"a": [1, "b"]}},
    "Text": {"type": "string", "minLength": 2, "maxLength": 4, "pattern": "^[a-z]+$"},
    "Formats": {
        "type": "object",
        "properties": {
            "u": {"format": "uuid"},
            "d": {"type": "string", "format": "date-time"},
            "e": {"format": "email"},
            "b": {"type": "string", "format": "byte"},
            "i": {"format": "ipv4"},
        },
    },
    "List": {
        "type": "array",
        "minItems": 1,
        "maxItems": 3,
        "uniqueItems": True,
        "items": {"$ref": S + "Integer"},
    },
    "Strings": {"type": "array", "items": {"type": "string"}},
    "Closed": {
        "type": "object",
        "required": ["a b", "c/d"],
        "properties": {
            "a b": {"type": "string"},
            "c/d": {"type": "integer"},
            "e~f": {"type": "boolean"},
            "q'\"": {},
        },
        "additionalProperties": False,
    },
    "OnlyClosed": {"type": "object", "additionalProperties": False},
    "Map": {
        "type": "object",
        "additionalProperties": {"type": "integer"},
        "minProperties": 1,
        "maxProperties": 2,
    },
    "Base": {"type": "object", "properties": {"x": {"type": "string"}, "y": {"type": "integer"}}},
    "Unevaluated": {"$ref": S + "Base", "required": ["x"], "unevaluatedProperties": False},
    "Both": {"allOf": [{"$ref": S + "Base"}, {"required": ["y"]}]},
    "Conditional": {
        "type": "object",
        "if": {"properties": {"kind": {"const": "a"}}, "required": ["kind"]},
        "then": {"required": ["a"]},
        "else": {"required": ["b"], "properties": {"b": {"type": "string"}}},
    },
    "Tree": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": S + "Tree"}},
        },
        "additionalProperties": False,
    },
    "Anchored": {"type": "string", "pattern": "^a$"},
    # The engine's to explain: keywords the explainer leaves alone.
    "Choice": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    "AnyNot": {"anyOf": [{"type": "string"}, {"not": {"type": "null"}}]},
    "Patterned": {"type": "object", "patternProperties": {"^x-": {"type": "string"}}},
    "Tuple": {"type": "array", "prefixItems": [{"type": "string"}]},
    "Multiple": {"type": "integer", "multipleOf": 3},
    # The engine drops the names of a failed allOf member, so this one is the engine's too.
    "AllOfUnevaluated": {
        "allOf": [{"$ref": S + "Base"}, {"required": ["y"]}],
        "unevaluatedProperties": False,
    },
    "Never": {"type": "object", "properties": {"no": False}},
    "DynamicUnevaluated": {
        "type": "object",
        "properties": {"a": {}},
        "if": {"required": ["a"]},
        "then": {"properties": {"b": {}}},
        "unevaluatedProperties": False,
    },
    "Mixed": {
        "type": "object",
        "properties": {
            "choice": {"$ref": S + "Choice"},
            "list": {"$ref": S + "List"},
            "tree": {"$ref": S + "Tree"},
            "text": {"$ref": S + "Text"},
        },
    },
}
DELEGATED = {
    "Choice",
    "AnyNot",
    "Patterned",
    "Tuple",
    "Multiple",
    "Never",
    "DynamicUnevaluated",
    "AllOfUnevaluated",
    "Mixed",  # checked in Python, but for its oneOf child
    "OnlyClosed",  # the engine reports these extra names as one false schema, oddly placed
}
INSTANCES: list[Any] = [
    None,
    True,
    0,
    1,
    1.0,
    2.5,
    -3,
    10**20,
    1.5e-7,
    1e16,
    "",
    "a",
    "abcde",
    "a\n",
    "ABC",
    "not base64!",
    [],
    [1],
    [1, 1.0],
    [1, True],
    [1, 2, 3, 4],
    ["a", "a"],
    [0, 0, 11],
    {},
    {"a b": "x", "c/d": 1},
    {"a b": 1, "zz": 2, "yy": 3, "e~f": "no"},
    {"x": 1, "z": 2},
    {"x": "s", "y": 2},
    {"x": "s", "y": "t", "w": 0},
    {"kind": "a"},
    {"kind": "b", "b": 1},
    {"name": "t", "children": [{"name": 1, "children": [{"extra": 1}]}]},
    {"u": "nope", "d": "yesterday", "e": "nobody", "b": "###", "i": "1.2.3"},
    {"choice": 1.5, "list": [0, 0], "tree": {"name": []}, "text": "A"},
    {"k": [1]},
    {"a": [1, "b"]},
    {"no": 1},
    {"x-a": 1, "x-b": "s"},
    {"a": 1, "b": 2, "c": 3},
    {"q'\"": 1, "a b": "x", "c/d": "y"},
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Any, Any]]:
    """Each schema compiled both ways, from a spec file on disk, as the validator does it."""
    path = Path(tmp_path_factory.mktemp("explain")) / "schemas.json"
    document = {
        "openapi": "3.1.0",
        "info": {"title": "explain", "version": "1"},
        "paths": {},
        "components": {"schemas": SCHEMAS},
    }
    path.write_text(json.dumps(document))
    spec = load_spec(path)
    pairs = {}
    for name in SCHEMAS:
        wrapper = {
            "properties": {"body": {"$ref": uri(Location(path, f"/components/schemas/{name}"))}}
        }
        pairs[name] = (
            jsonschema_rs_engine(wrapper, spec),
            jsonschema_rs_listing_engine(wrapper, spec),
        )
    return pairs


def _errors(compiled: CompiledSchema, instance: Any) -> list[Error]:
    wrapped = {"body": instance}
    return [] if compiled.is_valid(wrapped) else sorted(compiled.errors(wrapped))


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_each_keyword_is_explained_as_the_engine_lists_it(
    built: dict[str, tuple[Any, Any]], name: str
) -> None:
    fast, slow = built[name]
    with engine_listings() as calls:
        ours = [_errors(fast, instance) for instance in INSTANCES]
    for instance, errors in zip(INSTANCES, ours, strict=True):
        assert errors == _errors(slow, instance), instance
    assert any(ours)  # the instances break every schema somewhere
    if name in DELEGATED:
        assert calls[0], "this schema's violations should have come from the engine"


@pytest.mark.parametrize("name", sorted(set(SCHEMAS) - DELEGATED))
def test_checked_keywords_need_no_engine_listing(
    built: dict[str, tuple[Any, Any]], name: str
) -> None:
    """Without floats in exponent form, a schema of checked keywords is worded by Python."""
    fast, _ = built[name]
    plain = [i for i in INSTANCES if not _exponent(i)]
    with engine_listings() as calls:
        results = [_errors(fast, instance) for instance in plain]
    assert calls[0] == 0
    assert any(results)


def _exponent(value: Any) -> bool:
    """Whether a value holds a float that Python writes with an exponent."""
    if isinstance(value, float):
        return "e" in repr(value)
    if isinstance(value, (list, dict)):
        return any(_exponent(v) for v in (value.values() if isinstance(value, dict) else value))
    return False


@settings(max_examples=400, derandomize=True, deadline=None)
@given(name=st.sampled_from(list(SCHEMAS)), instance=JSON_VALUES)
def test_random_instances_are_explained_as_the_engine_lists_them(
    built: dict[str, tuple[Any, Any]], name: str, instance: Any
) -> None:
    assume(not _empty_key(instance))  # the engine's known deviation, pinned below
    fast, slow = built[name]
    assert _errors(fast, instance) == _errors(slow, instance)


def _empty_key(value: Any) -> bool:
    if isinstance(value, dict):
        return "" in value or any(_empty_key(v) for v in value.values())
    return isinstance(value, list) and any(_empty_key(v) for v in value)


def test_an_empty_key_is_pointed_at_where_the_engine_loses_it(
    built: dict[str, tuple[Any, Any]],
) -> None:
    """RFC 6901 points at the member named "" with "/". jsonschema-rs drops the empty
    segment from its instance path, so its own listing points at the object: ours is right,
    and this test says so when the engine changes."""
    fast, slow = built["Map"]
    assert _errors(fast, {"": None}) == [("body", "/", "type", 'null is not of type "integer"')]
    assert _errors(slow, {"": None}) == [("body", "", "type", 'null is not of type "integer"')]


def test_a_recursive_schema_nested_past_pythons_stack_is_listed_by_the_engine(
    built: dict[str, tuple[Any, Any]],
) -> None:
    fast, slow = built["Tree"]
    tree: dict[str, Any] = {"name": 7}  # the one violation, at the bottom
    for _ in range(700):
        tree = {"name": "t", "children": [tree]}
    ours = _errors(fast, tree)
    assert ours == _errors(slow, tree)
    assert [(part, keyword) for part, _, keyword, _ in ours] == [("body", "type")]
    assert ours[0][1] == "/children/0" * 700 + "/name"


def test_messages_render_values_as_the_engine_does() -> None:
    assert (
        render({"b": [1, 2.5, None, True], "a": "é\u0001"})
        == '{"a":"é\\u0001","b":[1,2.5,null,true]}'
    )
    with pytest.raises(explain_module.Unexplained):
        render([1.5e-7])
