"""Schema validators, compiled once per spec and reused for every payload.

jsonschema-rs was chosen by measurement (docs/benchmarks.md): it compiles every schema of the
document in one pass (`validator_map_for`) and validates JSON Schema 2020-12, formats included,
tens of times faster than the pure-Python engine.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from functools import cached_property
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from generator.apimodel import SchemaRef
from generator.spec import Spec


def _is_byte(value: str) -> bool:
    if len(value) % 4:
        return False
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


# OpenAPI's own string formats; jsonschema-rs checks the JSON Schema ones (date-time, uri, ...).
FORMATS: dict[str, Callable[[str], bool]] = {"byte": _is_byte}


def _fragment(pointer: str) -> str:
    # A pointer in a URI fragment: characters outside the fragment set are percent-encoded.
    return quote(pointer, safe="/~!$&'()*+,;=:@-._")


class SchemaCompiler:
    """Validators for the schemas of one spec, keyed by where each schema is."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._cache: dict[SchemaRef, Any] = {}

    def _options(self) -> dict[str, Any]:
        return {"validate_formats": True, "formats": FORMATS}

    @cached_property
    def _root_map(self) -> Any:
        # Every subschema of the root document, compiled once; refs resolve inside it.
        return jsonschema_rs.validator_map_for(
            self.spec.document, base_uri=self.spec.path.as_uri(), **self._options()
        )

    @cached_property
    def _registry(self) -> Any:
        resources = [(p.as_uri(), d.data) for p, d in self.spec.documents.items()]
        return jsonschema_rs.Registry(resources)

    def combined(self, groups: dict[str, dict[str, SchemaRef]], body: SchemaRef | None) -> Any:
        """One validator for a whole message: `{"path": {...}, "query": {...}, "header": {...},
        "body": ...}`, each part checked by the schema the spec gives it. None when there is
        nothing to check."""
        properties: dict[str, Any] = {
            group: {"type": "object", "properties": {n: self._ref(r) for n, r in named.items()}}
            for group, named in groups.items()
        }
        if body is not None:
            properties["body"] = self._ref(body)
        if not properties:
            return None
        return jsonschema_rs.validator_for(
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "properties": properties},
            registry=self._registry,
            **self._options(),
        )

    @staticmethod
    def _ref(ref: SchemaRef) -> dict[str, str]:
        return {"$ref": f"{ref.path.as_uri()}#{_fragment(ref.pointer)}"}

    def validator(self, ref: SchemaRef) -> Any:
        cached = self._cache.get(ref)
        if cached is not None:
            return cached
        validator = None
        if ref.path == self.spec.path and len(self.spec.documents) == 1:
            validator = self._root_map.get("#" + ref.pointer)
        if validator is None:
            validator = jsonschema_rs.validator_for(
                {"$ref": f"{ref.path.as_uri()}#{ref.pointer}"},
                registry=self._registry,
                **self._options(),
            )
        self._cache[ref] = validator
        return validator
