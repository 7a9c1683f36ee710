"""Rules about values inside schemas: examples, defaults, enums, required names, array items."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from generator.errors import Severity
from generator.lint.registry import Context, Problem, rule
from generator.spec import pointer as jp
from generator.spec.formats import FORMAT_CHECKER
from generator.spec.walk import all_schemas, schema_roots

_COMPOSED = ("allOf", "anyOf", "oneOf", "$ref", "if", "dependentSchemas", "dependentRequired")


def _check(ctx: Context, schema_pointer: str, value: Any, value_pointer: str) -> Iterator[Problem]:
    validator = Draft202012Validator(
        {"$ref": ctx.schema_uri(schema_pointer)},
        registry=ctx.registry,
        format_checker=FORMAT_CHECKER,
    )
    for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
        yield Problem(jp.join(value_pointer, *error.absolute_path), error.message)


def _example_objects(
    ctx: Context, owner: dict[str, Any], pointer: str
) -> Iterator[tuple[str, Any]]:
    """(pointer, value) of an owner's `example` and of each `examples` entry's value."""
    if "example" in owner:
        yield jp.join(pointer, "example"), owner["example"]
    examples = owner.get("examples")
    if isinstance(examples, dict):
        for name, example in examples.items():
            at = jp.join(pointer, "examples", name)
            resolved, location = ctx.spec.resolve(example)
            if location.pointer:  # the example lives in components: report it there
                at = location.pointer
            if isinstance(resolved, dict) and "value" in resolved:
                yield jp.join(at, "value"), resolved["value"]


@rule("example-valid", Severity.ERROR, "every example is valid against its schema")
def example_valid(ctx: Context) -> Iterator[Problem]:
    seen: set[tuple[str, str]] = set()
    for pointer, schema in all_schemas(ctx.document):
        if "example" in schema:
            yield from _check(ctx, pointer, schema["example"], jp.join(pointer, "example"))
        if isinstance(schema.get("examples"), list):
            for index, value in enumerate(schema["examples"]):
                yield from _check(ctx, pointer, value, jp.join(pointer, "examples", index))
    for pointer, _ in schema_roots(ctx.document):
        owner_pointer = pointer.rsplit("/", 1)[0]
        owner = ctx.spec.at(owner_pointer)
        if not isinstance(owner, dict):
            continue
        for at, value in _example_objects(ctx, owner, owner_pointer):
            if (pointer, at) not in seen:
                seen.add((pointer, at))
                yield from _check(ctx, pointer, value, at)


@rule("default-valid", Severity.ERROR, "every default is valid against its schema")
def default_valid(ctx: Context) -> Iterator[Problem]:
    for pointer, schema in all_schemas(ctx.document):
        if "default" in schema:
            yield from _check(ctx, pointer, schema["default"], jp.join(pointer, "default"))


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def _is(value: Any, type_name: str) -> bool:
    if isinstance(value, bool) and type_name in ("integer", "number"):
        return False
    if type_name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _JSON_TYPES.get(type_name, (object,)))


@rule("typed-enum", Severity.ERROR, "enum values have the schema's type")
def typed_enum(ctx: Context) -> Iterator[Problem]:
    for pointer, schema in all_schemas(ctx.document):
        types = schema.get("type")
        enum = schema.get("enum")
        if not isinstance(enum, list) or types is None:
            continue
        types = types if isinstance(types, list) else [types]
        for index, value in enumerate(enum):
            if not any(_is(value, t) for t in types):
                yield Problem(jp.join(pointer, "enum", index), f"{value!r} is not of type {types}")


@rule("duplicated-entry-in-enum", Severity.WARNING, "enum values are unique")
def duplicated_enum(ctx: Context) -> Iterator[Problem]:
    for pointer, schema in all_schemas(ctx.document):
        seen: set[str] = set()
        for index, value in enumerate(schema.get("enum") or []):
            key = json.dumps(value, sort_keys=True)
            if key in seen:
                yield Problem(jp.join(pointer, "enum", index), f"{value!r} is listed twice")
            seen.add(key)


@rule("required-property-defined", Severity.ERROR, "required names are defined properties")
def required_defined(ctx: Context) -> Iterator[Problem]:
    for pointer, schema in all_schemas(ctx.document):
        properties = schema.get("properties")
        required = schema.get("required")
        if not isinstance(properties, dict) or not isinstance(required, list):
            continue
        if any(k in schema for k in _COMPOSED):
            continue
        for index, name in enumerate(required):
            if name not in properties:
                yield Problem(
                    jp.join(pointer, "required", index), f"required {name!r} is not a property"
                )


@rule("array-items", Severity.ERROR, "array schemas say what their items are")
def array_items(ctx: Context) -> Iterator[Problem]:
    for pointer, schema in all_schemas(ctx.document):
        types = schema.get("type")
        is_array = types == "array" or (isinstance(types, list) and "array" in types)
        if is_array and "items" not in schema and "prefixItems" not in schema:
            yield Problem(pointer, "array schema has no items")
