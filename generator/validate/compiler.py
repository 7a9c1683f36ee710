"""Schema validators, compiled once per message shape and reused for every payload.

The engine is pluggable so that it can be chosen by measurement: `make bench` runs the same
request pipeline on jsonschema-rs (the default) and on the pure-Python jsonschema, and
docs/benchmarks.md shows why the default is what it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote

import jsonschema_rs
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.apimodel import SchemaRef
from generator.spec import Spec
from generator.spec.formats import FORMAT_CHECKER, is_base64

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class SchemaError(Protocol):
    instance_path: Any  # sequence of keys and indexes into the instance
    schema_path: Any
    message: str


class CompiledSchema(Protocol):
    def is_valid(self, instance: Any) -> bool: ...

    def iter_errors(self, instance: Any) -> Iterator[SchemaError]: ...


# An engine compiles a schema whose $refs point into the spec's files by URI.
Engine = Callable[[dict[str, Any], Spec], CompiledSchema]


def jsonschema_rs_engine(schema: dict[str, Any], spec: Spec) -> CompiledSchema:
    registry = jsonschema_rs.Registry([(p.as_uri(), d.data) for p, d in spec.documents.items()])
    compiled: CompiledSchema = jsonschema_rs.validator_for(
        schema, registry=registry, validate_formats=True, formats={"byte": is_base64}
    )
    return compiled


@dataclass
class _PythonError:
    instance_path: list[Any]
    schema_path: list[Any]
    message: str


class _PythonSchema:
    def __init__(self, schema: dict[str, Any], spec: Spec) -> None:
        resources = [
            (p.as_uri(), DRAFT202012.create_resource(d.data)) for p, d in spec.documents.items()
        ]
        registry: Registry[Any] = Registry().with_resources(resources)
        self._validator = Draft202012Validator(
            schema, registry=registry, format_checker=FORMAT_CHECKER
        )

    def is_valid(self, instance: Any) -> bool:
        return bool(self._validator.is_valid(instance))

    def iter_errors(self, instance: Any) -> Iterator[_PythonError]:
        for error in self._validator.iter_errors(instance):
            yield _PythonError(
                list(error.absolute_path), list(error.absolute_schema_path), error.message
            )


def jsonschema_engine(schema: dict[str, Any], spec: Spec) -> CompiledSchema:
    """The pure-Python jsonschema, the reference implementation: slower, used to cross-check
    the default engine and as the benchmark's baseline."""
    return _PythonSchema(schema, spec)


def _fragment(pointer: str) -> str:
    # A pointer in a URI fragment: characters outside the fragment set are percent-encoded.
    return quote(pointer, safe="/~!$&'()*+,;=:@-._")


@dataclass
class SchemaCompiler:
    spec: Spec
    engine: Engine = jsonschema_rs_engine

    def combined(
        self, groups: dict[str, dict[str, SchemaRef]], body: SchemaRef | None
    ) -> CompiledSchema | None:
        """One validator for a whole message: `{"path": {...}, "query": {...}, "header": {...},
        "body": ...}`, each part checked by the schema the spec gives it, so that validating a
        request is one call into the engine. None when there is nothing to check."""
        properties: dict[str, Any] = {
            group: {"type": "object", "properties": {n: _ref(r) for n, r in named.items()}}
            for group, named in groups.items()
        }
        if body is not None:
            properties["body"] = _ref(body)
        if not properties:
            return None
        return self.engine({"$schema": _DIALECT, "properties": properties}, self.spec)


def _ref(ref: SchemaRef) -> dict[str, str]:
    return {"$ref": f"{ref.path.as_uri()}#{_fragment(ref.pointer)}"}
