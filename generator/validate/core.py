"""Validate a request or a response against an operation and report every violation."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.apimodel import Api, MediaType, Operation, Parameter, build_api
from generator.errors import UsageError
from generator.spec import load_spec
from generator.spec import pointer as jp
from generator.validate.coerce import parameter_value
from generator.validate.compiler import SchemaCompiler

Pairs = Mapping[str, str | list[str]] | Iterable[tuple[str, str]]
_ORDER = {"operation": 0, "status": 1, "path": 2, "query": 3, "header": 4, "content-type": 5, "body": 6}


@dataclass(frozen=True)
class Violation:
    """One broken rule: where (body, header, query, path, status or content-type), the JSON
    pointer into that part, the failing keyword and a plain message."""

    location: str
    pointer: str
    keyword: str
    message: str

    def render(self) -> str:
        return f"{self.location} {self.pointer or '/'}: {self.message} [{self.keyword}]"

    def to_json(self) -> dict[str, str]:
        return {"location": self.location, "pointer": self.pointer, "keyword": self.keyword,
                "message": self.message}


@dataclass(frozen=True)
class ValidationResult:
    operation: str
    violations: tuple[Violation, ...]

    @property
    def valid(self) -> bool:
        return not self.violations


class UnknownOperation(UsageError):
    """The operation named is not in the spec."""


def _multi(pairs: Pairs | None, *, fold: bool) -> dict[str, list[str]]:
    """Name -> every value, from a mapping or a list of pairs; header names fold case."""
    result: dict[str, list[str]] = {}
    if pairs is None:
        return result
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    for name, value in items:
        key = name.lower() if fold else name
        values = value if isinstance(value, list) else [value]
        result.setdefault(key, []).extend(str(v) for v in values)
    return result


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _pick(content: dict[str, MediaType], media: str) -> MediaType | None:
    """The documented media type that covers a content type: exact, then `type/*`, `*/*`."""
    lowered = {k.lower(): v for k, v in content.items()}
    major = media.split("/", 1)[0]
    for key in (media, f"{major}/*", "*/*"):
        if key in lowered:
            return lowered[key]
    return None


class Validator:
    """Validators of one spec, compiled once; safe to share across threads and requests."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.compiler = SchemaCompiler(api.spec)

    @classmethod
    def from_path(cls, path: str | Path) -> Validator:
        return cls(build_api(load_spec(path)))

    def operation(self, reference: str) -> tuple[Operation, dict[str, str] | None]:
        """An operation by operationId, by `METHOD /path/template`, or by `METHOD /concrete/path`
        (then with the path parameters a router would extract)."""
        found = self.api.find(reference)
        if found is not None:
            return found, None
        method, _, path = reference.strip().partition(" ")
        routed = self.api.match(method, path.strip()) if path else None
        if routed is None:
            raise UnknownOperation(f"no operation matches {reference!r}")
        return routed

    # --- requests ---------------------------------------------------------------------------

    def validate_request(
        self,
        operation: Operation | str,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Pairs | None = None,
        headers: Pairs | None = None,
        body: bytes | str | None = None,
        content_type: str | None = None,
    ) -> ValidationResult:
        if isinstance(operation, str):
            operation, routed = self.operation(operation)
            path_params = routed if path_params is None and routed is not None else path_params
        header_values = _multi(headers, fold=True)
        query_values = _multi(query, fold=False)
        path_values = {k: [v] for k, v in (path_params or {}).items()}
        violations: list[Violation] = []
        for parameter in operation.parameters:
            source = {"path": path_values, "query": query_values, "header": header_values}.get(
                parameter.location
            )
            if source is None:
                continue  # cookies are not validated
            key = parameter.name.lower() if parameter.location == "header" else parameter.name
            violations += self._parameter(parameter, source.get(key))
        violations += self._request_body(operation, header_values, body, content_type)
        return _result(operation, violations)

    def _parameter(self, parameter: Parameter, values: list[str] | None) -> list[Violation]:
        at = jp.join("", parameter.name)
        if not values:
            if parameter.required:
                return [Violation(parameter.location, at, "required",
                                  f"required {parameter.location} {parameter.name!r} is missing")]
            return []
        if parameter.schema_ref is None:
            return []
        value = parameter_value(values, parameter.schema, parameter.style, parameter.explode)
        return self._schema(parameter.location, at, parameter.schema_ref, value)

    def _request_body(self, operation: Operation, headers: dict[str, list[str]],
                      body: bytes | str | None, content_type: str | None) -> list[Violation]:
        spec_body = operation.request_body
        empty = body is None or len(body) == 0
        if spec_body is None:
            if empty:
                return []
            return [Violation("body", "", "requestBody", f"{operation.key} takes no request body")]
        if empty:
            if spec_body.required:
                return [Violation("body", "", "required", "the request body is required")]
            return []
        return self._payload(spec_body.content, headers, body, content_type)

    def _payload(self, content: dict[str, MediaType], headers: dict[str, list[str]],
                 body: bytes | str | None, content_type: str | None) -> list[Violation]:
        declared = content_type or (headers.get("content-type") or [None])[-1]
        media = _media_type(declared)
        if not media:
            return [Violation("content-type", "", "required",
                              "the body has no Content-Type; expected one of " + ", ".join(content))]
        chosen = _pick(content, media)
        if chosen is None:
            return [Violation("content-type", "", "content",
                              f"{media!r} is not accepted; expected one of " + ", ".join(content))]
        if chosen.schema_ref is None or not _is_json(media):
            return []
        try:
            instance = json.loads(body if body is not None else b"")
        except (ValueError, UnicodeDecodeError) as exc:
            return [Violation("body", "", "json", f"the body is not valid JSON: {exc}")]
        return self._schema("body", "", chosen.schema_ref, instance)

    # --- responses --------------------------------------------------------------------------

    def validate_response(
        self,
        operation: Operation | str,
        *,
        status: int | str,
        headers: Pairs | None = None,
        body: bytes | str | None = None,
        content_type: str | None = None,
    ) -> ValidationResult:
        if isinstance(operation, str):
            operation, _ = self.operation(operation)
        response = operation.response(status)
        if response is None:
            documented = ", ".join(operation.responses)
            return _result(operation, [Violation("status", "", "responses",
                                                 f"status {status} is not documented ({documented})")])
        header_values = _multi(headers, fold=True)
        violations: list[Violation] = []
        for header in response.headers:
            if header.name.lower() != "content-type":
                violations += self._parameter(header, header_values.get(header.name.lower()))
        empty = body is None or len(body) == 0
        if not response.content:
            if not empty:
                violations.append(Violation("body", "", "content",
                                            f"status {status} documents no response body"))
        elif empty:
            violations.append(Violation("body", "", "content", f"status {status} documents a body "
                                        f"({', '.join(response.content)}) but the response has none"))
        else:
            violations += self._payload(response.content, header_values, body, content_type)
        return _result(operation, violations)

    # --- schemas ----------------------------------------------------------------------------

    def _schema(self, location: str, prefix: str, ref: Any, instance: Any) -> list[Violation]:
        validator = self.compiler.validator(ref)
        return [
            Violation(
                location,
                prefix + jp.from_parts(error.instance_path),
                _keyword(error.schema_path),
                error.message,
            )
            for error in validator.iter_errors(instance)
        ]


def _keyword(schema_path: Any) -> str:
    for part in reversed(list(schema_path)):
        if isinstance(part, str):
            return part
    return ""


def _result(operation: Operation, violations: list[Violation]) -> ValidationResult:
    ordered = sorted(violations, key=lambda v: (_ORDER.get(v.location, 9), v.pointer, v.keyword))
    return ValidationResult(operation.key, tuple(ordered))
