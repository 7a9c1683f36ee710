"""Rules about operations: ids, documentation, responses, parameters and security."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.errors import Severity
from generator.lint.registry import Context, Problem, rule
from generator.spec import pointer as jp
from generator.spec.walk import METHODS, Operation, operations

_URL_SAFE = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]*$")
_TEMPLATE = re.compile(r"\{([^{}]*)\}")


def _documented(ctx: Context, key: str) -> Iterator[tuple[Operation, Any]]:
    for op in operations(ctx.document):
        yield op, op.node.get(key)


@rule("operation-operationId", Severity.ERROR, "every operation has an operationId")
def operation_id_present(ctx: Context) -> Iterator[Problem]:
    for op, value in _documented(ctx, "operationId"):
        if not isinstance(value, str) or not value:
            yield Problem(op.pointer, f"{op.label} has no operationId")


@rule("operation-operationId-unique", Severity.ERROR, "operationIds are unique")
def operation_id_unique(ctx: Context) -> Iterator[Problem]:
    first: dict[str, Operation] = {}
    for op in operations(ctx.document):
        if op.operation_id is None:
            continue
        if op.operation_id in first:
            other = first[op.operation_id]
            yield Problem(
                jp.join(op.pointer, "operationId"),
                f"operationId {op.operation_id!r} is also used by "
                f"{other.method.upper()} {other.path}",
            )
        else:
            first[op.operation_id] = op


@rule("operation-operationId-url-safe", Severity.WARNING, "operationIds need no URL escaping")
def operation_id_url_safe(ctx: Context) -> Iterator[Problem]:
    for op in operations(ctx.document):
        if op.operation_id is not None and not _URL_SAFE.match(op.operation_id):
            yield Problem(
                jp.join(op.pointer, "operationId"), "operationId has URL-unsafe characters"
            )


@rule("operation-summary", Severity.WARNING, "every operation has a summary")
def operation_summary(ctx: Context) -> Iterator[Problem]:
    for op, value in _documented(ctx, "summary"):
        if not (isinstance(value, str) and value.strip()):
            yield Problem(op.pointer, f"{op.label} has no summary")


@rule("operation-description", Severity.WARNING, "every operation has a description")
def operation_description(ctx: Context) -> Iterator[Problem]:
    for op, value in _documented(ctx, "description"):
        if not (isinstance(value, str) and value.strip()):
            yield Problem(op.pointer, f"{op.label} has no description")


@rule("operation-tags", Severity.WARNING, "every operation has a tag that the root declares")
def operation_tags(ctx: Context) -> Iterator[Problem]:
    declared = {t.get("name") for t in ctx.document.get("tags") or [] if isinstance(t, dict)}
    for op, tags in _documented(ctx, "tags"):
        if not tags:
            yield Problem(op.pointer, f"{op.label} has no tags")
            continue
        for index, tag in enumerate(tags):
            if tag not in declared:
                yield Problem(jp.join(op.pointer, "tags", index), f"tag {tag!r} is not declared")


@rule("operation-success-response", Severity.ERROR, "every operation has a 2xx or 3xx response")
def operation_success(ctx: Context) -> Iterator[Problem]:
    for op, responses in _documented(ctx, "responses"):
        codes = [str(c) for c in (responses or {})]
        if not any(c[0] in "23" for c in codes):
            yield Problem(jp.join(op.pointer, "responses"), f"{op.label} has no success response")


@rule("operation-4xx-response", Severity.WARNING, "every operation documents a client error")
def operation_4xx(ctx: Context) -> Iterator[Problem]:
    for op, responses in _documented(ctx, "responses"):
        codes = [str(c) for c in (responses or {})]
        if not any(c.startswith("4") or c == "default" for c in codes):
            yield Problem(jp.join(op.pointer, "responses"), f"{op.label} documents no 4xx response")


def _parameters(ctx: Context, node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(node, list):
        return
    for index, raw in enumerate(node):
        try:
            resolved, _ = ctx.spec.resolve(raw)
        except Exception:  # a broken $ref is reported by the ref rules
            continue
        if isinstance(resolved, dict):
            yield jp.join(pointer, index), resolved


def _key(parameter: dict[str, Any]) -> tuple[str, str]:
    name, where = str(parameter.get("name")), str(parameter.get("in"))
    return (name.lower() if where == "header" else name), where


@rule("operation-parameters-unique", Severity.ERROR, "no parameter is declared twice")
def parameters_unique(ctx: Context) -> Iterator[Problem]:
    for op in operations(ctx.document):
        for node, pointer in ((op.path_item, jp.join("", "paths", op.path)), (op.node, op.pointer)):
            if node is op.path_item and op.method != _first_method(op.path_item):
                continue  # path-level parameters are checked once per path
            seen: set[tuple[str, str]] = set()
            for at, parameter in _parameters(
                ctx, node.get("parameters"), jp.join(pointer, "parameters")
            ):
                key = _key(parameter)
                if key in seen:
                    yield Problem(
                        at, f"{key[1]} parameter {parameter.get('name')!r} is declared twice"
                    )
                seen.add(key)


def _first_method(path_item: dict[str, Any]) -> str | None:
    return next((m for m in METHODS if isinstance(path_item.get(m), dict)), None)


@rule("path-params-declared", Severity.ERROR, "path templates and path parameters match")
def path_params(ctx: Context) -> Iterator[Problem]:
    for op in operations(ctx.document):
        declared: dict[str, str] = {}
        for node, pointer in ((op.path_item, jp.join("", "paths", op.path)), (op.node, op.pointer)):
            for at, parameter in _parameters(
                ctx, node.get("parameters"), jp.join(pointer, "parameters")
            ):
                if parameter.get("in") == "path":
                    declared[str(parameter.get("name"))] = at
        template = _TEMPLATE.findall(op.path)
        for name in template:
            if name and name not in declared:
                yield Problem(
                    op.pointer, f"path parameter {{{name}}} of {op.label} is not declared"
                )
        for name, at in declared.items():
            if name not in template:
                yield Problem(at, f"path parameter {name!r} does not appear in {op.path}")


@rule(
    "operation-security-defined", Severity.ERROR, "every operation is secured by a declared scheme"
)
def security_defined(ctx: Context) -> Iterator[Problem]:
    schemes = (ctx.document.get("components") or {}).get("securitySchemes") or {}
    root = ctx.document.get("security")
    for op in operations(ctx.document):
        own = op.node.get("security")
        effective, pointer = (
            (own, jp.join(op.pointer, "security")) if own is not None else (root, "/security")
        )
        if not effective or all(not requirement for requirement in effective):
            yield Problem(op.pointer, f"{op.label} has no security requirement")
            continue
        for index, requirement in enumerate(effective):
            for name in requirement or {}:
                if name not in schemes:
                    yield Problem(
                        jp.join(pointer, index, name), f"security scheme {name!r} is not declared"
                    )
