"""What a handler sees (a `Call`, already routed, authenticated and validated) and what it
gives back (a `Reply`, or an `ApiError` that the provider's error shape renders)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.apimodel import Operation


@dataclass(frozen=True)
class Principal:
    """Who is calling: the bearer token, and its roles (None: every permission)."""

    token: str
    roles: frozenset[str] | None = None

    def may(self, any_of: Collection[str]) -> bool:
        """Whether it holds one of the roles (an empty list asks for none)."""
        return self.roles is None or not any_of or bool(self.roles & set(any_of))


@dataclass
class Call:
    operation: Operation
    path: dict[str, str]
    headers: dict[str, str]  # names in lower case; the last value of each
    body: Any
    principal: Principal
    now: float
    # The parameters as the validator typed them: location -> name -> value, those sent.
    typed: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def arg(self, name: str, location: str = "query") -> Any:
        """A declared parameter's value as the validator typed it, else the schema's default
        (None for a parameter the operation does not declare)."""
        values = self.typed.get(location) or {}
        if name in values:
            return values[name]
        parameter = self.operation.parameter(name, location)
        return None if parameter is None else parameter.schema.get("default")


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
