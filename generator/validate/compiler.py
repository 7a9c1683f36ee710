"""Schema validators, compiled once per message shape and reused for every payload.

The engine is pluggable so that it can be chosen by measurement: `make bench` runs the same
request pipeline on jsonschema-rs (the default) and on the pure-Python jsonschema, and
docs/benchmarks.md shows why the default is what it is. With jsonschema-rs, the engine
decides validity and an explainer (explain.py) lists the violations of what it refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import jsonschema_rs
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.apimodel import SchemaRef
from generator.spec import Location, Spec
from generator.spec import pointer as jp
from generator.spec.formats import FORMAT_CHECKER
from generator.validate.explain import (
    ENGINE_OPTIONS,
    Error,
    Explainer,
    Unexplained,
    engine_errors,
    last_keyword,
    uri,
)

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class CompiledSchema(Protocol):
    def is_valid(self, instance: Any) -> bool: ...

    def errors(self, instance: Any) -> list[Error]:
        """Every violation, as (instance pointer, keyword, message)."""
        ...


# An engine compiles a schema whose $refs point into the spec's files by URI.
Engine = Callable[[dict[str, Any], Spec], CompiledSchema]


class _Explained:
    """jsonschema-rs for the verdict, the explainer for the violations; the engine's own list
    if the two ever disagree, so that an invalid instance never comes back without one."""

    def __init__(self, engine: Any, explain: Any) -> None:
        self.is_valid = engine.is_valid
        self._engine = engine
        self._explain = explain

    def errors(self, instance: Any) -> list[Error]:
        out: list[Error] = []
        try:
            self._explain(instance, "", out)
        except Unexplained:  # a violation Python cannot word as the engine does
            out = []
        return out or engine_errors(self._engine, instance, "")


class _Listed:
    """jsonschema-rs alone: its own error list."""

    def __init__(self, engine: Any) -> None:
        self.is_valid = engine.is_valid
        self._engine = engine

    def errors(self, instance: Any) -> list[Error]:
        return engine_errors(self._engine, instance, "")


def _rs_compiler(spec: Spec) -> Callable[[Any], Any]:
    registry = jsonschema_rs.Registry([(p.as_uri(), d.data) for p, d in spec.documents.items()])

    def compile_engine(schema: Any) -> Any:
        return jsonschema_rs.validator_for(schema, registry=registry, **ENGINE_OPTIONS)

    return compile_engine


def jsonschema_rs_engine(schema: dict[str, Any], spec: Spec) -> CompiledSchema:
    """The default: jsonschema-rs decides, the explainer lists the violations."""
    compile_engine = _rs_compiler(spec)
    return _Explained(compile_engine(schema), Explainer(spec, compile_engine).compile(schema))


def jsonschema_rs_listing_engine(schema: dict[str, Any], spec: Spec) -> CompiledSchema:
    """jsonschema-rs listing violations itself: what the explainer is held to in the tests,
    and measured against in the benchmark."""
    return _Listed(_rs_compiler(spec)(schema))


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

    def errors(self, instance: Any) -> list[Error]:
        return [
            (jp.from_parts(e.absolute_path), last_keyword(e.absolute_schema_path), e.message)
            for e in self._validator.iter_errors(instance)
        ]


def jsonschema_engine(schema: dict[str, Any], spec: Spec) -> CompiledSchema:
    """The pure-Python jsonschema, the reference implementation: slower, used to cross-check
    the default engine and as the benchmark's baseline."""
    return _PythonSchema(schema, spec)


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
    return {"$ref": uri(Location(ref.path, ref.pointer))}
