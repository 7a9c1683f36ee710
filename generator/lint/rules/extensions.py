"""Rules about our x- extensions: their JSON Schema, where they sit, and that they agree with
the rest of the spec (docs/extensions.md)."""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.errors import Severity
from generator.lint.registry import Context, Problem, rule
from generator.spec import pointer as jp
from generator.spec.formats import FORMAT_CHECKER
from generator.spec.walk import Operation, operations

# Where each extension may appear: "root", "info", "operation" or "any".
_PLACES = {
    "x-source-documents": "info",
    "x-resources": "root",
    "x-permissions": "operation",
    "x-idempotency": "operation",
    "x-field-mask": "operation",
    "x-pagination": "operation",
    "x-provenance": "any",
    "x-immutable": "any",
}
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})


@cache
def _schema() -> dict[str, Any]:
    text = (importlib.resources.files("generator.lint") / "extensions.schema.json").read_text()
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(key: str) -> Draft202012Validator:
    root = _schema()
    registry: Registry[Any] = Registry().with_resource(
        root["$id"], DRAFT202012.create_resource(root)
    )
    return Draft202012Validator(
        {"$ref": f"{root['$id']}#/properties/{key}"},
        registry=registry,
        format_checker=FORMAT_CHECKER,
    )


def _extensions(value: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
    """(pointer of the owner, key, value) for every extension of ours in the document."""
    if isinstance(value, dict):
        for key, child in value.items():
            if key in _PLACES:
                yield pointer, key, child
            elif key not in _DATA_KEYS and not key.startswith("x-"):
                yield from _extensions(child, jp.join(pointer, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _extensions(child, jp.join(pointer, index))


@rule("extension-schema", Severity.ERROR, "x- extensions are well-formed and where they belong")
def extension_schema(ctx: Context) -> Iterator[Problem]:
    operation_pointers = {op.pointer for op in operations(ctx.document)}
    places = {"root": {""}, "info": {"/info"}, "operation": operation_pointers}
    for owner, key, value in _extensions(ctx.document, ""):
        at = jp.join(owner, key)
        allowed = places.get(_PLACES[key])
        if allowed is not None and owner not in allowed:
            yield Problem(
                at, f"{key} belongs on {_PLACES[key] if _PLACES[key] != 'root' else 'the root'}"
            )
            continue
        for error in _validator(key).iter_errors(value):
            yield Problem(jp.join(at, *error.absolute_path), error.message)


@rule("provenance-required", Severity.ERROR, "every operation says where it comes from")
def provenance_required(ctx: Context) -> Iterator[Problem]:
    for op in operations(ctx.document):
        if "x-provenance" not in op.node:
            yield Problem(op.pointer, f"{op.label} has no x-provenance")


@rule("provenance-source-known", Severity.ERROR, "provenance names a declared source document")
def provenance_known(ctx: Context) -> Iterator[Problem]:
    documents = (ctx.document.get("info") or {}).get("x-source-documents") or {}
    for owner, key, value in _extensions(ctx.document, ""):
        source = value.get("source") if key == "x-provenance" and isinstance(value, dict) else None
        if source is not None and source not in documents:
            yield Problem(
                jp.join(owner, key, "source"),
                f"source {value['source']!r} is not in info.x-source-documents",
            )


# --- consistency ------------------------------------------------------------------------------


def _properties_at(ctx: Context, schema: Any, pointer: str) -> Any:
    """The schema reached by following `pointer` through `properties` (and allOf); None if not."""
    node = _resolved(ctx, schema)
    for token in jp.split(pointer):
        found = None
        for candidate in [node, *((node or {}).get("allOf") or [])]:
            candidate = _resolved(ctx, candidate)
            props = (candidate or {}).get("properties") or {}
            if token in props:
                found = _resolved(ctx, props[token])
                break
        if found is None:
            return None
        node = found
    return node


def _resolved(ctx: Context, node: Any) -> Any:
    try:
        return ctx.spec.resolve(node)[0]
    except Exception:
        return None


def _json_schema(ctx: Context, holder: Any) -> Any:
    holder = _resolved(ctx, holder)
    content = (holder or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return (media or {}).get("schema")


def _success_schema(ctx: Context, op: Operation) -> Any:
    for status, response in sorted((op.node.get("responses") or {}).items()):
        if str(status).startswith("2"):
            schema = _json_schema(ctx, response)
            if schema is not None:
                return schema
    return None


def _header_parameter(ctx: Context, op: Operation, name: str) -> dict[str, Any] | None:
    for node in (op.path_item, op.node):
        for raw in node.get("parameters") or []:
            parameter = _resolved(ctx, raw) or {}
            if (
                parameter.get("in") == "header"
                and str(parameter.get("name")).lower() == name.lower()
            ):
                return parameter
    return None


def _query_parameter(ctx: Context, op: Operation, name: str) -> bool:
    for node in (op.path_item, op.node):
        for raw in node.get("parameters") or []:
            parameter = _resolved(ctx, raw) or {}
            if parameter.get("in") == "query" and parameter.get("name") == name:
                return True
    return False


@rule("extension-consistency", Severity.ERROR, "x- extensions agree with the rest of the spec")
def extension_consistency(ctx: Context) -> Iterator[Problem]:
    by_id = {op.operation_id: op for op in operations(ctx.document) if op.operation_id}
    resources = ctx.document.get("x-resources")
    if isinstance(resources, dict):
        for name, resource in resources.items():
            if isinstance(resource, dict):
                yield from _resource(ctx, by_id, resource, jp.join("", "x-resources", name))
    for op in by_id.values():
        yield from _operation_extensions(ctx, op)


def _resource(
    ctx: Context, by_id: dict[str, Operation], resource: dict[str, Any], at: str
) -> Iterator[Problem]:
    paths = ctx.document.get("paths") or {}
    schema_ref = str(resource.get("schema", ""))
    schema = None
    try:
        schema = ctx.spec.at(schema_ref.lstrip("#"))
    except KeyError:
        yield Problem(jp.join(at, "schema"), f"{schema_ref} does not exist")
    collection, item = resource.get("collectionPath"), resource.get("itemPath")
    for key, path in (("collectionPath", collection), ("itemPath", item)):
        if path not in paths:
            yield Problem(jp.join(at, key), f"path {path!r} is not in paths")
    identifier = resource.get("identifier") or {}
    if isinstance(item, str) and isinstance(collection, str):
        expected = f"{collection}/{{{identifier.get('parameter')}}}"
        if item != expected:
            yield Problem(jp.join(at, "itemPath"), f"itemPath should be {expected}")
    if (
        schema is not None
        and _properties_at(ctx, schema, str(identifier.get("property", ""))) is None
    ):
        yield Problem(
            jp.join(at, "identifier", "property"), "the resource schema has no such property"
        )
    for verb, operation_id in (resource.get("operations") or {}).items():
        op = by_id.get(operation_id)
        where = jp.join(at, "operations", verb)
        if op is None:
            yield Problem(where, f"operationId {operation_id!r} does not exist")
            continue
        expected_path = collection if verb in ("create", "list") else item
        if op.path != expected_path:
            yield Problem(where, f"{operation_id} is on {op.path}, not {expected_path}")
        yield from _envelope(ctx, resource, verb, op, where)
    lifecycle = resource.get("lifecycle")
    if isinstance(lifecycle, dict):
        yield from _lifecycle(ctx, schema, lifecycle, jp.join(at, "lifecycle"))
    concurrency = resource.get("concurrency")
    if isinstance(concurrency, dict):
        yield from _concurrency(
            ctx, by_id, resource, schema, concurrency, jp.join(at, "concurrency")
        )


def _envelope(
    ctx: Context, resource: dict[str, Any], verb: str, op: Operation, where: str
) -> Iterator[Problem]:
    envelope = resource.get("envelope") or {}
    key = "list" if verb == "list" else "item"
    if verb == "delete" or key not in envelope:
        return
    body = _success_schema(ctx, op)
    if body is not None and envelope[key] and _properties_at(ctx, body, envelope[key]) is None:
        yield Problem(where, f"the response of {op.label} has no {envelope[key]} ({key} envelope)")


def _lifecycle(ctx: Context, schema: Any, lifecycle: dict[str, Any], at: str) -> Iterator[Problem]:
    states = lifecycle.get("states") or []
    for key in ("initial", "deleting", "deleted"):
        if key in lifecycle and lifecycle[key] not in states:
            yield Problem(jp.join(at, key), f"{lifecycle[key]!r} is not one of the states")
    groups = {}
    for key in ("ready", "failed", "transitional"):
        groups[key] = set(lifecycle.get(key) or [])
        for state in groups[key] - set(states):
            yield Problem(jp.join(at, key), f"{state!r} is not one of the states")
    for a, b in (("ready", "failed"), ("ready", "transitional"), ("failed", "transitional")):
        if groups[a] & groups[b]:
            yield Problem(at, f"{sorted(groups[a] & groups[b])} are both {a} and {b}")
    updating = lifecycle.get("updating") or {}
    changes = updating.get("changes") or {}
    for state in [updating.get("state"), *changes.values()]:
        if state is not None and state not in groups["transitional"]:
            yield Problem(jp.join(at, "updating"), f"{state!r} is not a transitional state")
    if schema is None:
        return
    for pointer in changes:
        if _properties_at(ctx, schema, pointer) is None:
            yield Problem(jp.join(at, "updating", "changes"), f"the resource has no {pointer}")
    field = _properties_at(ctx, schema, str(lifecycle.get("field", "")))
    if field is None:
        yield Problem(jp.join(at, "field"), "the resource schema has no such property")
    elif (
        isinstance(field.get("enum"), list)
        and not lifecycle.get("open")
        and set(field["enum"]) != set(states)
    ):
        yield Problem(jp.join(at, "states"), f"states differ from the field's enum {field['enum']}")


def _concurrency(
    ctx: Context,
    by_id: dict[str, Operation],
    resource: dict[str, Any],
    schema: Any,
    concurrency: dict[str, Any],
    at: str,
) -> Iterator[Problem]:
    token = concurrency.get("token") or {}
    if (
        "property" in token
        and schema is not None
        and _properties_at(ctx, schema, token["property"]) is None
    ):
        yield Problem(jp.join(at, "token", "property"), "the resource schema has no such property")
    if "header" in token:
        declared = False
        for operation_id in (resource.get("operations") or {}).values():
            op = by_id.get(operation_id)
            for response in ((op.node.get("responses") if op else None) or {}).values():
                headers = (_resolved(ctx, response) or {}).get("headers") or {}
                declared |= any(h.lower() == token["header"].lower() for h in headers)
        if not declared:
            yield Problem(
                jp.join(at, "token", "header"),
                f"no response of the resource declares {token['header']}",
            )
    precondition = concurrency.get("precondition") or {}
    mismatch = concurrency.get("mismatch") or {}
    for index, operation_id in enumerate(precondition.get("operations") or []):
        where = jp.join(at, "precondition", "operations", index)
        op = by_id.get(operation_id)
        if op is None:
            yield Problem(where, f"operationId {operation_id!r} does not exist")
            continue
        parameter = _header_parameter(ctx, op, str(precondition.get("header")))
        if parameter is None:
            yield Problem(
                where, f"{operation_id} does not declare the {precondition.get('header')} header"
            )
        elif bool(parameter.get("required")) != bool(precondition.get("required")):
            yield Problem(
                where, f"{operation_id}'s {precondition.get('header')} header disagrees on required"
            )
        if "status" in mismatch and str(mismatch["status"]) not in (op.node.get("responses") or {}):
            yield Problem(
                where, f"{operation_id} does not document the {mismatch['status']} mismatch answer"
            )


def _operation_extensions(ctx: Context, op: Operation) -> Iterator[Problem]:
    idempotency = op.node.get("x-idempotency")
    if (
        isinstance(idempotency, dict)
        and _header_parameter(ctx, op, str(idempotency.get("header"))) is None
    ):
        yield Problem(
            jp.join(op.pointer, "x-idempotency", "header"),
            f"{op.label} does not declare the {idempotency.get('header')} header",
        )
    mask = op.node.get("x-field-mask")
    if isinstance(mask, dict):
        body = _json_schema(ctx, op.node.get("requestBody"))
        for key, name in [
            ("field", mask.get("field")),
            *(("alwaysRequired", n) for n in mask.get("alwaysRequired") or []),
        ]:
            if body is None or _properties_at(ctx, body, jp.join("", str(name))) is None:
                yield Problem(
                    jp.join(op.pointer, "x-field-mask", key),
                    f"the request body has no property {name!r}",
                )
    pagination = op.node.get("x-pagination")
    if isinstance(pagination, dict):
        body = _success_schema(ctx, op)
        for key in ("items", "object"):
            if body is None or _properties_at(ctx, body, str(pagination.get(key, ""))) is None:
                yield Problem(
                    jp.join(op.pointer, "x-pagination", key),
                    "the success response has no such property",
                )
        for key in ("pageParameter", "limitParameter"):
            if key in pagination and not _query_parameter(ctx, op, pagination[key]):
                yield Problem(
                    jp.join(op.pointer, "x-pagination", key),
                    f"{op.label} has no query parameter {pagination[key]!r}",
                )
