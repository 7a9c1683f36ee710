"""Operations as the model keeps them: parameters, bodies and responses resolved once, each
schema named by file and pointer, the one success response chosen by one rule, and the path
matchers the router uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.spec import Spec
from generator.spec import pointer as jp
from generator.spec.walk import Operation as RawOperation

if TYPE_CHECKING:
    from generator.apimodel.semantics import (
        FieldMask,
        Idempotency,
        Pagination,
        Permissions,
        Provenance,
        Rule,
    )


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
    _spec: Spec | None = field(default=None, repr=False, compare=False)

    @cached_property
    def schema(self) -> Any:
        """The schema with every $ref replaced by its target (a recursive one is kept as a
        $ref); None when the media type has none. Resolved on first use, then kept."""
        if self.schema_ref is None or self._spec is None:
            return None
        ref = self.schema_ref
        return self._spec.deref(self._spec.at(ref.pointer, ref.path))

    @property
    def is_json(self) -> bool:
        media = self.name.split(";", 1)[0].strip().lower()
        return media == "application/json" or media.endswith("+json")


def json_media(content: dict[str, MediaType]) -> MediaType | None:
    """The JSON media type of a body: application/json, else the first `+json` one."""
    if "application/json" in content:
        return content["application/json"]
    return next((m for m in content.values() if m.is_json), None)


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: dict[str, MediaType]

    @property
    def json(self) -> MediaType | None:
        return json_media(self.content)


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default"
    headers: tuple[Parameter, ...]
    content: dict[str, MediaType]

    @property
    def json(self) -> MediaType | None:
        return json_media(self.content)

    @property
    def code(self) -> int | None:
        """The status as a number; a range (`2XX`) or `default` has none."""
        return int(self.status) if self.status.isdigit() else None


def is_success(status: str) -> bool:
    return status[:1] == "2" and (status.isdigit() or status[1:].upper() == "XX")


@dataclass(frozen=True)
class Operation:
    key: str  # the operationId, or "METHOD /path" when there is none
    method: str
    path: str
    pointer: str  # of the operation object in the root document
    operation_id: str | None
    summary: str | None
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: dict[str, Response]
    # The security requirements in force: the operation's own, else the document's.
    security: tuple[dict[str, Any], ...]
    _matcher: re.Pattern[str] = field(repr=False, compare=False)
    _rank: tuple[int, ...] = field(repr=False, compare=False)
    # The behaviour vocabulary of the operation (None: the spec declares none).
    permissions: Permissions | None = None
    idempotency: Idempotency | None = None
    field_mask: FieldMask | None = None
    pagination: Pagination | None = None
    provenance: Provenance | None = None
    rules: tuple[Rule, ...] = ()  # business rules a schema cannot say (x-rules)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

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

    @property
    def successes(self) -> tuple[Response, ...]:
        """Every documented 2xx response (exact codes and the `2XX` range), in status order."""
        return tuple(r for s, r in sorted(self.responses.items()) if is_success(s))

    @property
    def success(self) -> Response | None:
        """The success response: the lowest documented 2xx code, else the `2XX` range; None
        when the operation documents no success. The one rule every consumer uses."""
        found = self.successes
        return found[0] if found else None

    @property
    def success_status(self) -> int:
        """The status a success answers: the success response's code; 200 for a `2XX` range
        or an operation that documents none."""
        success = self.success
        code = success.code if success is not None else None
        return code if code is not None else 200


_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def matcher(path: str) -> tuple[re.Pattern[str], tuple[int, ...]]:
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


def template_parameters(path: str) -> tuple[str, ...]:
    """The names of a path template's parameters, in order."""
    return tuple(m.group(1) for m in _TEMPLATE.finditer(path))


def build_operation(spec: Spec, op: RawOperation) -> Operation:
    document = spec.document
    key = op.operation_id or f"{op.method.upper()} {op.path}"
    parameters = _parameters(
        spec,
        (op.path_item.get("parameters"), jp.join("", "paths", op.path, "parameters")),
        (op.node.get("parameters"), jp.join(op.pointer, "parameters")),
    )
    pattern, rank = matcher(op.path)
    summary = op.node.get("summary")
    return Operation(
        key=key,
        method=op.method,
        path=op.path,
        pointer=op.pointer,
        operation_id=op.operation_id,
        summary=summary if isinstance(summary, str) else None,
        tags=tuple(str(t) for t in op.node.get("tags") or ()),
        parameters=parameters,
        request_body=_request_body(spec, op.node.get("requestBody"), op.pointer),
        responses={
            str(status): _response(
                spec, str(status), node, jp.join(op.pointer, "responses", status)
            )
            for status, node in (op.node.get("responses") or {}).items()
        },
        security=tuple(op.node.get("security", document.get("security")) or ()),
        _matcher=pattern,
        _rank=rank,
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
        media[name] = MediaType(name, ref, spec)
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
