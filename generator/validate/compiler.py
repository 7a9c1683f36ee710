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
    Check,
    Error,
    Explainer,
    Unexplained,
    engine_errors,
    last_keyword,
    uri,
)

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


# A violation of a message: the part of the message (the wrapper's property it is under, "" for
# the wrapper itself), the pointer within that part, the keyword and the message.
Located = tuple[str, str, str, str]


class CompiledSchema(Protocol):
    def is_valid(self, instance: Any) -> bool: ...

    def errors(self, instance: Any) -> list[Located]:
        """Every violation of an instance that is not valid."""
        ...


def _split(errors: list[Error]) -> list[Located]:
    located = []
    for pointer, keyword, message in errors:
        part, slash, rest = pointer[1:].partition("/")
        located.append((jp.unescape(part), slash + rest, keyword, message))
    return located


# An engine compiles a schema whose $refs point into the spec's files by URI.
Engine = Callable[[dict[str, Any], Spec], CompiledSchema]


class _Explained:
    """jsonschema-rs for the verdict, the explainer for the violations; the engine's own list
    if the two ever disagree, so that an invalid instance never comes back without one.

    A message's wrapper (`{"properties": {"header": ..., "body": ...}}`) is explained part by
    part, so that violations come out already split by part; when the message has several
    parts, one engine call tells which of them to walk."""

    def __init__(self, engine: Any, explainer: Explainer, schema: dict[str, Any]) -> None:
        self.is_valid = engine.is_valid
        self._engine = engine
        self._parts: dict[str, tuple[Check, Callable[[Any], bool]]] | None = None
        self._root: Check | None = None
        if set(schema) <= {"$schema", "properties"}:
            self._parts = {
                name: (explainer.compile(sub), explainer.verdict(sub))
                for name, sub in schema.get("properties", {}).items()
            }
        else:
            self._root = explainer.compile(schema)

    def errors(self, instance: Any) -> list[Located]:
        try:
            if self._root is not None:
                out: list[Error] = []
                self._root(instance, "", out)
                found = _split(out)
            elif type(instance) is dict:
                found = self._by_part(instance)
            else:  # not an object, where the wrapper wants one: the engine says so
                found = []
        except (Unexplained, RecursionError):
            # A violation Python cannot word as the engine does, or a recursive schema nested
            # past Python's stack, which the engine walks without one.
            found = []
        return found or _split(engine_errors(self._engine, instance, ""))

    def _by_part(self, instance: dict[str, Any]) -> list[Located]:
        assert self._parts is not None
        located: list[Located] = []
        several = len(instance) > 1
        for part, value in instance.items():
            entry = self._parts.get(part)
            if entry is None:
                continue
            check, valid = entry
            if several and valid(value):
                continue
            out: list[Error] = []
            check(value, "", out)
            located += [(part, *error) for error in out]
        return located


class _Listed:
    """jsonschema-rs alone: its own error list."""

    def __init__(self, engine: Any) -> None:
        self.is_valid = engine.is_valid
        self._engine = engine

    def errors(self, instance: Any) -> list[Located]:
        return _split(engine_errors(self._engine, instance, ""))


def _rs_compiler(spec: Spec) -> Callable[[Any], Any]:
    registry = jsonschema_rs.Registry([(p.as_uri(), d.data) for p, d in spec.documents.items()])

    def compile_engine(schema: Any) -> Any:
        return jsonschema_rs.validator_for(schema, registry=registry, **ENGINE_OPTIONS)

    return compile_engine


def jsonschema_rs_engine(schema: dict[str, Any], spec: Spec) -> CompiledSchema:
    """The default: jsonschema-rs decides, the explainer lists the violations."""
    compile_engine = _rs_compiler(spec)
    return _Explained(compile_engine(schema), Explainer(spec, compile_engine), schema)


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

    def errors(self, instance: Any) -> list[Located]:
        return _split(
            [
                (jp.from_parts(e.absolute_path), last_keyword(e.absolute_schema_path), e.message)
                for e in self._validator.iter_errors(instance)
            ]
        )


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
