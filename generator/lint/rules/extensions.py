"""Rules about our x- extensions (docs/extensions.md), read from the typed model.

`generator.apimodel` is the one reader of the vocabulary: `build_api` checks every extension
against `generator/apimodel/vocabulary.schema.json` and where it sits (its `extension-schema`
findings), and against the operations, paths, parameters and responses it names (its
`extension-consistency` findings). These rules report those findings, and add what looks inside
schemas: that the properties an extension names exist in the resource, request or response.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.apimodel import Operation, Resource, SchemaRef, property_at
from generator.apimodel.vocabulary import LINK_RULE, SCHEMA_RULE
from generator.errors import Severity
from generator.lint.registry import Context, Problem, rule
from generator.spec import pointer as jp


def _findings(ctx: Context, rule_id: str) -> Iterator[Problem]:
    """The model's findings of one rule, as problems of the lint rule of the same id."""
    files = {ctx.spec.display(path): path for path in ctx.spec.documents}
    root = ctx.spec.display()
    for finding in ctx.api.findings:
        if finding.rule == rule_id:
            path = None if finding.file == root else files.get(finding.file)
            yield Problem(finding.pointer, finding.message, path)


def _node(ctx: Context, ref: SchemaRef | None) -> tuple[Any, Path] | None:
    """The schema object a SchemaRef names, and its file; None when it names nothing (the model
    reports that)."""
    if ref is None:
        return None
    try:
        return ctx.spec.at(ref.pointer, ref.path), ref.path
    except (KeyError, TypeError, ValueError):
        return None


def _has(ctx: Context, schema: tuple[Any, Path] | None, pointer: str) -> bool:
    """Whether instances of the schema have a property at `pointer` (through $ref and allOf)."""
    return schema is not None and property_at(ctx.spec, schema[0], pointer, schema[1]) is not None


def _success_schema(ctx: Context, op: Operation) -> tuple[Any, Path] | None:
    media = op.success.json if op.success is not None else None
    return _node(ctx, media.schema_ref if media is not None else None)


def _request_schema(ctx: Context, op: Operation) -> tuple[Any, Path] | None:
    media = op.request_body.json if op.request_body is not None else None
    return _node(ctx, media.schema_ref if media is not None else None)


@rule(SCHEMA_RULE, Severity.ERROR, "our x- extensions are well-formed and where they belong")
def extension_schema(ctx: Context) -> Iterator[Problem]:
    yield from _findings(ctx, SCHEMA_RULE)


@rule("provenance-required", Severity.ERROR, "every operation says where it comes from")
def provenance_required(ctx: Context) -> Iterator[Problem]:
    for op in ctx.api.operations.values():
        if op.provenance is not None:
            continue
        if (op.pointer, "provenance") in ctx.api.malformed:
            continue  # there, but malformed: extension-schema says how
        yield Problem(op.pointer, f"{op.label} has no x-provenance")


@rule("provenance-source-known", Severity.ERROR, "provenance names a declared source document")
def provenance_known(ctx: Context) -> Iterator[Problem]:
    if ("/info", "sources") in ctx.api.malformed:
        return  # the documents are malformed (extension-schema says how): none is known
    for provenance in ctx.api.provenance.values():
        if provenance.source is not None and provenance.source not in ctx.api.sources:
            yield Problem(
                jp.join(provenance.pointer, "source"),
                f"source {provenance.source!r} is not in info.x-source-documents",
            )


# --- consistency ------------------------------------------------------------------------------


@rule(LINK_RULE, Severity.ERROR, "our x- extensions agree with the rest of the spec")
def extension_consistency(ctx: Context) -> Iterator[Problem]:
    # What the extensions name outside schemas (operations, paths, parameters, headers,
    # statuses) and their own coherence: the model checked those.
    yield from _findings(ctx, LINK_RULE)
    # What they name inside schemas: checked here, on the typed objects.
    for resource in ctx.api.resources.values():
        yield from _resource(ctx, resource)
    for op in ctx.api.operations.values():
        yield from _operation(ctx, op)


def _resource(ctx: Context, resource: Resource) -> Iterator[Problem]:
    at = resource.pointer
    schema = _node(ctx, resource.schema)
    for verb, key in resource.operations.items():
        yield from _envelope(ctx, resource, verb, ctx.api.operations[key])
    if schema is None:
        return  # the model reports a schema that does not exist
    if not _has(ctx, schema, resource.identifier.property):
        yield Problem(
            jp.join(at, "identifier", "property"), "the resource schema has no such property"
        )
    lifecycle = resource.lifecycle
    if lifecycle is not None:
        where = jp.join(at, "lifecycle")
        for pointer, _ in lifecycle.updating.changes if lifecycle.updating else ():
            if not _has(ctx, schema, pointer):
                yield Problem(
                    jp.join(where, "updating", "changes"), f"the resource has no {pointer}"
                )
        field = property_at(ctx.spec, schema[0], lifecycle.field, schema[1])
        if field is None:
            yield Problem(jp.join(where, "field"), "the resource schema has no such property")
        elif isinstance(field, dict) and isinstance(field.get("enum"), list):
            if lifecycle.open:
                # Open: other states may appear, which the field's enum would refuse.
                yield Problem(
                    jp.join(where, "open"),
                    f"the lifecycle is open but the field's enum {field['enum']} refuses "
                    "other states",
                )
            elif set(field["enum"]) != set(lifecycle.states):
                yield Problem(
                    jp.join(where, "states"),
                    f"states differ from the field's enum {field['enum']}",
                )
    concurrency = resource.concurrency
    token = concurrency.token.property if concurrency is not None else None
    if token is not None and not _has(ctx, schema, token):
        yield Problem(
            jp.join(at, "concurrency", "token", "property"),
            "the resource schema has no such property",
        )


def _envelope(ctx: Context, resource: Resource, verb: str, op: Operation) -> Iterator[Problem]:
    """The resource (or the list's array) sits where the envelope says in the success response
    of each of its operations but delete; "" (the body itself) is always there."""
    kind = "list" if verb == "list" else "item"
    pointer = resource.envelope.list if verb == "list" else resource.envelope.item
    if verb == "delete" or not pointer:
        return
    body = _success_schema(ctx, op)
    if body is not None and not _has(ctx, body, pointer):
        yield Problem(
            jp.join(resource.pointer, "operations", verb),
            f"the response of {op.label} has no {pointer} ({kind} envelope)",
        )


def _operation(ctx: Context, op: Operation) -> Iterator[Problem]:
    mask = op.field_mask
    if mask is not None:
        at = mask.pointer
        body = _request_schema(ctx, op)
        for key, name in [
            ("field", mask.field),
            *(("alwaysRequired", n) for n in mask.always_required),
        ]:
            if not _has(ctx, body, jp.join("", name)):
                yield Problem(jp.join(at, key), f"the request body has no property {name!r}")
    pagination = op.pagination
    if pagination is not None:
        at = pagination.pointer
        body = _success_schema(ctx, op)
        for key, pointer in (("items", pagination.items), ("object", pagination.object)):
            if not _has(ctx, body, pointer):
                yield Problem(jp.join(at, key), "the success response has no such property")
