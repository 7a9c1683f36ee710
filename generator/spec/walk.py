"""Where things are in an OpenAPI 3.1 document: operations, parameters and schema objects."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.spec import pointer as jp

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# JSON Schema 2020-12 keywords whose value is a schema, a list of schemas, or a map of them.
_ONE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")
SUBSCHEMA_KEYWORDS = frozenset(_ONE + _MANY + _MAP)


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    pointer: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def label(self) -> str:
        return self.operation_id or f"{self.method.upper()} {self.path}"


def operations(document: Any) -> Iterator[Operation]:
    paths = document.get("paths") if isinstance(document, dict) else None
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                yield Operation(path, method, jp.join("", "paths", path, method), node, item)


def subschemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """A schema object and every schema nested in it, each with its pointer."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in _ONE:
        yield from subschemas(schema.get(key), jp.join(pointer, key))
    for key in _MANY:
        value = schema.get(key)
        if isinstance(value, list):
            for index, child in enumerate(value):
                yield from subschemas(child, jp.join(pointer, key, index))
    for key in _MAP:
        value = schema.get(key)
        if isinstance(value, dict):
            for name, child in value.items():
                yield from subschemas(child, jp.join(pointer, key, name))


def _content_schemas(content: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(content, dict):
        for media, media_object in content.items():
            if isinstance(media_object, dict) and "schema" in media_object:
                yield jp.join(pointer, media, "schema"), media_object["schema"]


def _parameter_like(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    """Schemas of a parameter or header object."""
    if isinstance(node, dict):
        if "schema" in node:
            yield jp.join(pointer, "schema"), node["schema"]
        yield from _content_schemas(node.get("content"), jp.join(pointer, "content"))


def schema_roots(document: Any) -> Iterator[tuple[str, Any]]:
    """Every place in the document where a schema object starts (not the nested ones)."""
    if not isinstance(document, dict):
        return
    components = document.get("components")
    if isinstance(components, dict):
        for name, schema in (components.get("schemas") or {}).items():
            yield jp.join("", "components", "schemas", name), schema
        for section in ("parameters", "headers"):
            for name, node in (components.get(section) or {}).items():
                yield from _parameter_like(node, jp.join("", "components", section, name))
        for name, node in (components.get("requestBodies") or {}).items():
            if isinstance(node, dict):
                yield from _content_schemas(
                    node.get("content"), jp.join("", "components", "requestBodies", name, "content")
                )
        for name, node in (components.get("responses") or {}).items():
            yield from _response_schemas(node, jp.join("", "components", "responses", name))
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else []:
        if not isinstance(item, dict):
            continue
        yield from _parameter_list(item.get("parameters"), jp.join("", "paths", path, "parameters"))
    for op in operations(document):
        yield from _parameter_list(op.node.get("parameters"), jp.join(op.pointer, "parameters"))
        body = op.node.get("requestBody")
        if isinstance(body, dict):
            yield from _content_schemas(
                body.get("content"), jp.join(op.pointer, "requestBody", "content")
            )
        responses = op.node.get("responses")
        if isinstance(responses, dict):
            for status, response in responses.items():
                yield from _response_schemas(response, jp.join(op.pointer, "responses", status))


def _parameter_list(parameters: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(parameters, list):
        for index, parameter in enumerate(parameters):
            yield from _parameter_like(parameter, jp.join(pointer, index))


def _response_schemas(response: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if not isinstance(response, dict):
        return
    yield from _content_schemas(response.get("content"), jp.join(pointer, "content"))
    headers = response.get("headers")
    if isinstance(headers, dict):
        for name, header in headers.items():
            yield from _parameter_like(header, jp.join(pointer, "headers", name))


def all_schemas(document: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object in the document, nested ones included, each once."""
    seen: set[str] = set()
    for pointer, schema in schema_roots(document):
        for at, node in subschemas(schema, pointer):
            if at not in seen:
                seen.add(at)
                yield at, node
