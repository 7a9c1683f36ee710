"""Walking a schema's properties the way a payload nests: through `$ref`s and `allOf`, so that a
JSON pointer into an instance (`/status/phase`) finds the schema that governs it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.spec import Spec
from generator.spec import pointer as jp


def _resolved(spec: Spec, node: Any, base: Path | None = None) -> tuple[Any, Path]:
    try:
        value, location = spec.resolve(node, base)
    except (SpecError, KeyError):
        return None, base or spec.path
    return value, location.path


def _branches(spec: Spec, node: Any, base: Path) -> list[tuple[dict[str, Any], Path]]:
    """The schema and its allOf members, each resolved, with the file it sits in."""
    node, base = _resolved(spec, node, base)
    if not isinstance(node, dict):
        return []
    found = [(node, base)]
    for member in node.get("allOf") or []:
        found += _branches(spec, member, base)
    return found


def property_at(spec: Spec, schema: Any, pointer: str, base: Path | None = None) -> Any:
    """The (resolved) schema of the property at `pointer` in instances of `schema`, following
    `properties` through $refs and allOf; None when the schema names no such property."""
    node, where = _resolved(spec, schema, base)
    for token in jp.split(pointer):
        found = None
        for candidate, at in _branches(spec, node, where):
            properties = candidate.get("properties")
            if isinstance(properties, dict) and token in properties:
                found, where = _resolved(spec, properties[token], at)
                break
        if found is None:
            return None
        node = found
    return node


def properties(
    spec: Spec, schema: Any, base: Path | None = None, pointer: str = "", depth: int = 32
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property an instance of `schema` can nest, as (instance pointer, the property's
    raw schema node, before its $ref is followed), through $refs and allOf. A recursive schema
    is walked `depth` levels deep."""
    if depth <= 0:
        return
    for candidate, at in _branches(spec, schema, base or spec.path):
        declared = candidate.get("properties")
        if not isinstance(declared, dict):
            continue
        for name, raw in declared.items():
            if not isinstance(raw, dict):
                continue
            inner = jp.join(pointer, name)
            yield inner, raw
            yield from properties(spec, raw, at, inner, depth - 1)
