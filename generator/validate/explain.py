"""Collecting every error of an invalid message cheaply.

An engine's error objects cost far more than validation: jsonschema-rs spends microseconds on
each (its message quotes the instance and the schema at the failing place, so an error high in
the tree quotes the whole body). So the schema is walked as a tree: where a node is a plain
object schema (properties, required, closed or not), its own checks run here and each property
is tested with a compiled `is_valid`; only the properties that fail are descended into, and
only where a node is anything else does the engine explain it, on that small piece. The result
is the same set of errors, with the same messages, as the engine gives for the whole message
(tests/validate/test_constraints.py compares the two on every mutation of every spec).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.apimodel import SchemaRef
from generator.spec import Location, Spec
from generator.spec import pointer as jp
from generator.spec.walk import SCHEMA_MANY, SCHEMA_MAP, SCHEMA_ONE

# Keywords of a plain object schema: its checks are made here. Anything else (applicators,
# patternProperties, a $ref beside other keywords...) is left to the engine.
_ANNOTATIONS = {
    "description",
    "title",
    "example",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "externalDocs",
    "format",  # no assertion on objects
}
_PLAIN = {"type", "properties", "required", "additionalProperties", "unevaluatedProperties"}


@dataclass(frozen=True)
class Error:
    instance_path: list[Any]
    schema_path: list[Any]
    message: str


@dataclass
class Node:
    """One schema of the tree: compiled whole, and, when it is a plain object schema, taken
    apart into the checks made here."""

    compiled: Any  # CompiledSchema
    properties: dict[str, Node] | None = None  # None: the engine explains this node
    required: tuple[str, ...] = ()
    closed: str | None = None  # the keyword refusing undeclared properties, if any
    object_only: bool = False  # declares type: object


Compile = Callable[[dict[str, Any]], Any]


class Explainer:
    """Every error of an instance against a combined message schema (`SchemaCompiler`)."""

    def __init__(self, spec: Spec, compile: Compile, uri: Callable[[SchemaRef], str]) -> None:
        self.spec = spec
        self.compile = compile
        self.uri = uri
        self._nodes: dict[tuple[Path, str], Node] = {}

    def message(
        self, groups: dict[str, dict[str, SchemaRef]], body: SchemaRef | None, compiled: Any
    ) -> Node:
        """The root node of a combined schema (see `SchemaCompiler.combined`)."""
        properties: dict[str, Node] = {}
        for group, named in groups.items():
            refs = {n: {"$ref": self.uri(r)} for n, r in named.items()}
            properties[group] = Node(
                self.compile({"type": "object", "properties": refs}),
                properties={n: self.node(r.path, r.pointer) for n, r in named.items()},
                object_only=True,
            )
        if body is not None:
            properties["body"] = self.node(body.path, body.pointer)
        return Node(compiled, properties=properties)

    def node(self, path: Path, pointer: str) -> Node:
        key = (path, pointer)
        found = self._nodes.get(key)
        if found is not None:
            return found
        raw = self.spec.at(pointer, path)
        # A bare $ref (annotations aside) is its target.
        if isinstance(raw, dict) and "$ref" in raw and set(raw) - {"$ref"} <= _ANNOTATIONS:
            location = self.spec.target(str(raw["$ref"]), path)
            found = self.node(location.path, location.pointer)
            self._nodes[key] = found
            return found
        found = self._nodes[key] = Node(self._compile_at(path, pointer))
        if _plain(raw):
            found.properties = {}
            found.required = tuple(raw.get("required") or ())
            found.object_only = raw.get("type") == "object"
            for keyword in ("additionalProperties", "unevaluatedProperties"):
                if raw.get(keyword) is False:
                    found.closed = keyword
            for name in raw.get("properties") or {}:
                found.properties[name] = self.node(path, jp.join(pointer, "properties", name))
        return found

    def _compile_at(self, path: Path, pointer: str) -> Any:
        """The schema at a place, compiled inline where it has no recursion: the engine's
        errors then quote a small schema, which makes them several times cheaper."""
        try:
            inline = self._inline(self.spec.at(pointer, path), path, (Location(path, pointer),))
        except _NotInlined:
            return self.compile({"$ref": self.uri(SchemaRef(path, pointer))})
        return self.compile(inline if isinstance(inline, dict) else {"allOf": [inline]})

    def _inline(self, schema: Any, base: Path, stack: tuple[Location, ...]) -> Any:
        """A copy of a schema with each bare $ref replaced by its target. A $ref beside other
        keywords is not inlined (_NotInlined): no rewriting of it (merged, or as `allOf`)
        keeps the engine's exact results once unevaluatedProperties looks at it."""
        if not isinstance(schema, dict):
            return schema
        result: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "$ref":
                continue
            if key in SCHEMA_ONE:
                result[key] = self._inline(value, base, stack)
            elif key in SCHEMA_MANY and isinstance(value, list):
                result[key] = [self._inline(v, base, stack) for v in value]
            elif key in SCHEMA_MAP and isinstance(value, dict):
                result[key] = {k: self._inline(v, base, stack) for k, v in value.items()}
            else:
                result[key] = value  # data and annotations: shared, never changed
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return result
        if set(result) - _ANNOTATIONS:
            raise _NotInlined
        location = self.spec.target(ref, base)
        if location in stack:
            raise _NotInlined  # recursion
        return self._inline(
            self.spec.at(location.pointer, location.path), location.path, (*stack, location)
        )

    def errors(self, node: Node, instance: Any, at: list[Any]) -> Iterator[Error]:
        if node.properties is None or (node.object_only and not isinstance(instance, dict)):
            for error in node.compiled.iter_errors(instance):
                yield Error([*at, *error.instance_path], list(error.schema_path), error.message)
            return
        if not isinstance(instance, dict):
            return  # object keywords do not apply to other values
        for name in node.required:
            if name not in instance:
                yield Error(at, ["required"], f'"{name}" is a required property')
        if node.closed is not None:
            extra = [k for k in instance if k not in node.properties]
            if extra:
                kind = "Additional" if node.closed == "additionalProperties" else "Unevaluated"
                listed = ", ".join(f"'{k}'" for k in extra)
                verb = "was" if len(extra) == 1 else "were"
                yield Error(
                    at,
                    [node.closed],
                    f"{kind} properties are not allowed ({listed} {verb} unexpected)",
                )
        for name, child in node.properties.items():
            if name in instance and not child.compiled.is_valid(instance[name]):
                yield from self.errors(child, instance[name], [*at, name])


def _plain(raw: Any) -> bool:
    if not isinstance(raw, dict) or "properties" not in raw:
        return False
    keys = {k for k in raw if not k.startswith("x-")}
    if not keys <= _PLAIN | _ANNOTATIONS:
        return False
    if raw.get("type", "object") != "object":
        return False
    return all(
        isinstance(raw.get(k, True), bool)
        for k in ("additionalProperties", "unevaluatedProperties")
    )


class _NotInlined(Exception):
    """A schema that is compiled by reference instead: recursive, or a $ref with siblings."""
