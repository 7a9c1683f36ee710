"""What a handler sees (a `Call`, already routed, authenticated and validated) and what it
gives back (a `Reply`, or an `ApiError` that the provider's error shape renders)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.apimodel import Operation
from generator.validate.coerce import coercer


@dataclass(frozen=True)
class Principal:
    """Who is calling: the bearer token, and its roles (None: every permission)."""

    token: str
    roles: frozenset[str] | None = None

    def may(self, any_of: list[str]) -> bool:
        return self.roles is None or not any_of or bool(self.roles & set(any_of))


@dataclass
class Call:
    operation: Operation
    path: dict[str, str]
    query: dict[str, list[str]]
    headers: dict[str, str]  # names in lower case; the last value of each
    body: Any
    principal: Principal
    now: float
    # The parameters as the validator typed them: location -> name -> value.
    typed: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def arg(self, name: str, location: str = "query") -> Any:
        """A parameter's value typed by its schema (the request has passed validation), else
        the schema's default, else None."""
        parameter = self.operation.parameter(name, location)
        values = self.typed.get(location)
        if parameter is not None and values is not None and name in values:
            return values[name]
        if location == "path":
            raw = [self.path[name]] if name in self.path else []
        elif location == "header":
            raw = [self.headers[name.lower()]] if name.lower() in self.headers else []
        else:
            raw = self.query.get(name, [])
        if parameter is None:
            return raw[-1] if raw else None
        if not raw:
            return parameter.schema.get("default")
        return coercer(parameter.schema, parameter.style, parameter.explode)(raw)


@dataclass
class Reply:
    status: int
    body: Any = None  # JSON-able; None sends no body
    headers: list[tuple[str, str]] = field(default_factory=list)


class ApiError(Exception):
    """A documented failure. `code` is symbolic (gRPC-style names, e.g. NOT_FOUND); each API
    renders it in its own error shape."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        fields: tuple[tuple[str, str], ...] = (),
        place: dict[str, Any] | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields  # (field, description) pairs, for APIs that list them apart
        # values to set in the rendered error body, by JSON pointer (Akua's current etag)
        self.place = place or {}
        self.headers = headers or []
