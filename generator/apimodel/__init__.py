"""The intermediate model: what a spec's operations take and answer, resolved once.

Pure: it reads a loaded `Spec` and does no I/O. Validators, servers, clients and checks all look
at this model instead of walking the OpenAPI document themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.spec import Spec
from generator.spec import pointer as jp
from generator.spec.walk import operations as walk_operations


@dataclass(frozen=True)
class SchemaRef:
    """Where a schema object is: a file of the spec and a JSON pointer into it."""

    path: Path
    pointer: str


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header or cookie
    required: bool
    schema: dict[str, Any]  # dereferenced, to coerce strings by type
    schema_ref: SchemaRef | None
    style: str
    explode: bool
    example: Any = None  # the parameter's own example, else its schema's


@dataclass(frozen=True)
class MediaType:
    name: str
    schema_ref: SchemaRef | None


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: dict[str, MediaType]


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default"
    headers: tuple[Parameter, ...]
    content: dict[str, MediaType]


@dataclass(frozen=True)
class Operation:
    key: str  # the operationId, or "METHOD /path" when there is none
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: dict[str, Response]
    extensions: dict[str, Any]
    # The security requirements in force: the operation's own, else the document's.
    security: tuple[dict[str, Any], ...]
    _matcher: re.Pattern[str] = field(repr=False, compare=False)
    _rank: tuple[int, ...] = field(repr=False, compare=False)

    def parameter(self, name: str, location: str) -> Parameter | None:
        wanted = name.lower() if location == "header" else name
        for parameter in self.parameters:
            have = parameter.name.lower() if location == "header" else parameter.name
            if parameter.location == location and have == wanted:
                return parameter
        return None

    def response(self, status: int | str) -> Response | None:
        """The response documented for a status: exact code, then `2XX`-style range, then
        `default`."""
        code = str(status)
        for key in (code, f"{code[:1]}XX", f"{code[:1]}xx", "default"):
            if key in self.responses:
                return self.responses[key]
        return None


@dataclass(frozen=True)
class Api:
    spec: Spec
    title: str
    servers: tuple[str, ...]
    operations: dict[str, Operation]
    resources: dict[str, Any]

    @property
    def base_path(self) -> str:
        """The path part of the first server URL (`/v1` for `https://api.akua.dev/v1`)."""
        return urlsplit(self.servers[0]).path.rstrip("/") if self.servers else ""

    def find(self, reference: str) -> Operation | None:
        """An operation by operationId or by `METHOD /path/template` as the spec writes it."""
        if reference in self.operations:
            return self.operations[reference]
        method, _, path = reference.strip().partition(" ")
        for operation in self.operations.values():
            if operation.method == method.lower() and operation.path == path.strip():
                return operation
        return None

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """Route a concrete request the way a server would: the path first, literal segments
        beating templated ones (OpenAPI's rule), then the method; a path under the server's
        base path (`/v1/clusters` for Akua) is matched too. None when the best path has no
        such method (`methods_for` then says which it has) or no path matches."""
        routed = self._route(path)
        if routed is None:
            return None
        operations, params = routed
        operation = operations.get(method.lower())
        return None if operation is None else (operation, params)

    def methods_for(self, path: str) -> list[str]:
        """The methods documented for the path a concrete path routes to (for 405 answers and
        HAR reports)."""
        routed = self._route(path)
        return sorted(m.upper() for m in routed[0]) if routed else []

    def _route(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations (by method) of the best path template matching a concrete path,
        with the path parameters, each percent-decoded once."""
        path = urlsplit(path).path or "/"
        candidates = [path]
        base = self.base_path
        if base and (path == base or path.startswith(base + "/")):
            candidates.insert(0, path[len(base) :] or "/")
        for candidate in candidates:
            found = [
                (op._rank, op, m)
                for op in self.operations.values()
                if (m := op._matcher.fullmatch(candidate))
            ]
            if found:
                _, best, m = min(found, key=lambda item: item[0])
                operations = {op.method: op for _, op, _ in found if op.path == best.path}
                return operations, {k: unquote(v) for k, v in m.groupdict().items()}
        return None


_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def _matcher(path: str) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """A regex for a path template and its rank: per segment, 0 for literal, 1 for templated,
    so that sorting ranks prefers the literal at the first segment where two paths differ."""
    pattern, rank = "", []
    for segment in path.strip("/").split("/") if path.strip("/") else []:
        pieces, last = "", 0
        for m in _TEMPLATE.finditer(segment):
            pieces += re.escape(segment[last : m.start()])
            name = re.sub(r"\W", "_", m.group(1))
            pieces += f"(?P<{name}>[^/]+)"
            last = m.end()
        pieces += re.escape(segment[last:])
        pattern += "/" + pieces
        rank.append(1 if last else 0)
    return re.compile(pattern or "/"), tuple(rank)


def build_api(spec: Spec) -> Api:
    document = spec.document
    result: dict[str, Operation] = {}
    for op in walk_operations(document):
        key = op.operation_id or f"{op.method.upper()} {op.path}"
        parameters = _parameters(
            spec,
            (op.path_item.get("parameters"), jp.join("", "paths", op.path, "parameters")),
            (op.node.get("parameters"), jp.join(op.pointer, "parameters")),
        )
        matcher, rank = _matcher(op.path)
        result[key] = Operation(
            key=key,
            method=op.method,
            path=op.path,
            parameters=parameters,
            request_body=_request_body(spec, op.node.get("requestBody"), op.pointer),
            responses={
                str(status): _response(
                    spec, str(status), node, jp.join(op.pointer, "responses", status)
                )
                for status, node in (op.node.get("responses") or {}).items()
            },
            extensions={k: v for k, v in op.node.items() if k.startswith("x-")},
            security=tuple(op.node.get("security", document.get("security")) or ()),
            _matcher=matcher,
            _rank=rank,
        )
    return Api(
        spec=spec,
        title=str((document.get("info") or {}).get("title", spec.path.stem)),
        servers=tuple(str(s.get("url", "")) for s in document.get("servers") or []),
        operations=result,
        resources=dict(document.get("x-resources") or {}),
    )


def _parameters(spec: Spec, *lists: tuple[Any, str]) -> tuple[Parameter, ...]:
    """Path-item parameters overridden by the operation's own (same name and location); each
    list comes with its pointer, which locates the parameters written inline."""
    merged: dict[tuple[str, str], Parameter] = {}
    for raw_list, list_pointer in lists:
        for index, raw in enumerate(raw_list or []):
            node, location = spec.resolve(raw)
            pointer = location.pointer or jp.join(list_pointer, index)
            parameter = _parameter(spec, str(node["name"]), node, location.path, pointer)
            key = parameter.name.lower() if parameter.location == "header" else parameter.name
            merged[(key, parameter.location)] = parameter
    return tuple(merged.values())


def _parameter(spec: Spec, name: str, node: dict[str, Any], path: Path, pointer: str) -> Parameter:
    location = str(node.get("in", "header"))
    style = str(node.get("style") or ("form" if location in ("query", "cookie") else "simple"))
    schema_ref = SchemaRef(path, jp.join(pointer, "schema")) if "schema" in node else None
    return Parameter(
        name=name,
        location=location,
        required=bool(node.get("required", location == "path")),
        schema=spec.deref(node.get("schema") or {}),
        schema_ref=schema_ref,
        style=style,
        explode=bool(node.get("explode", style == "form")),
        example=node.get("example", (node.get("schema") or {}).get("example")),
    )


def _content(spec: Spec, content: Any, path: Path, pointer: str) -> dict[str, MediaType]:
    media: dict[str, MediaType] = {}
    for name, node in (content or {}).items():
        ref = SchemaRef(path, jp.join(pointer, name, "schema")) if "schema" in node else None
        media[name] = MediaType(name, ref)
    return media


def _request_body(spec: Spec, raw: Any, op_pointer: str) -> RequestBody | None:
    if raw is None:
        return None
    node, location = spec.resolve(raw)
    pointer = location.pointer if location.pointer else jp.join(op_pointer, "requestBody")
    return RequestBody(
        required=bool(node.get("required", False)),
        content=_content(spec, node.get("content"), location.path, jp.join(pointer, "content")),
    )


def _response(spec: Spec, status: str, raw: Any, pointer: str) -> Response:
    node, location = spec.resolve(raw)
    pointer = location.pointer or pointer
    headers = []
    for name, header in (node.get("headers") or {}).items():
        resolved, where = spec.resolve(header)
        at = where.pointer or jp.join(pointer, "headers", name)
        headers.append(_parameter(spec, name, {**resolved, "in": "header"}, where.path, at))
    return Response(
        status=status,
        headers=tuple(headers),
        content=_content(spec, node.get("content"), location.path, jp.join(pointer, "content")),
    )


__all__ = [
    "Api",
    "MediaType",
    "Operation",
    "Parameter",
    "RequestBody",
    "Response",
    "SchemaRef",
    "build_api",
]
