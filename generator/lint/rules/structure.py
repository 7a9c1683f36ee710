"""Is this an OpenAPI 3.1 document, and is every schema in it a valid JSON Schema?"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from generator.errors import Severity
from generator.lint.registry import Context, Problem, rule
from generator.spec import pointer as jp
from generator.spec.formats import FORMAT_CHECKER
from generator.spec.walk import SUBSCHEMA_KEYWORDS, all_schemas


@cache
def _oas31_validator() -> Draft202012Validator:
    # The OpenAPI Initiative's published 3.1 schema, as openapi-spec-validator ships it.
    text = (
        importlib.resources.files("openapi_spec_validator") / "resources/schemas/v3.1/schema.json"
    ).read_text(encoding="utf-8")
    return Draft202012Validator(json.loads(text))


_META = Draft202012Validator(Draft202012Validator.META_SCHEMA, format_checker=FORMAT_CHECKER)


def _deepest(error: ValidationError) -> ValidationError:
    """The most specific cause of an error from a oneOf/anyOf/if branch."""
    while error.context:
        error = best_match(error.context)
    return error


def _describe(error: ValidationError) -> str:
    if error.validator == "unevaluatedProperties" or error.validator == "additionalProperties":
        return error.message.replace("Unevaluated properties are not allowed", "unknown field")
    return error.message if len(error.message) < 300 else error.message[:297] + "..."


@rule("openapi-version", Severity.ERROR, "the document declares OpenAPI 3.1")
def openapi_version(ctx: Context) -> Iterator[Problem]:
    version = ctx.document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3.1."):
        yield Problem("/openapi", f"openapi must be a 3.1.x version string, not {version!r}")


@rule("oas3-schema", Severity.ERROR, "the document is valid against the OpenAPI 3.1 schema")
def oas3_schema(ctx: Context) -> Iterator[Problem]:
    if not str(ctx.document.get("openapi", "")).startswith("3.1."):
        return
    seen: set[tuple[str, str]] = set()
    for error in _oas31_validator().iter_errors(ctx.document):
        cause = _deepest(error)
        pointer = jp.from_parts(cause.absolute_path)
        key = (pointer, cause.message)
        if key not in seen:
            seen.add(key)
            yield Problem(pointer, _describe(cause))


@rule("schema-valid", Severity.ERROR, "every schema object is valid JSON Schema 2020-12")
def schema_valid(ctx: Context) -> Iterator[Problem]:
    for pointer, schema in all_schemas(ctx.document):
        for error in _META.iter_errors(_shallow(schema)):
            yield Problem(jp.join(pointer, *error.absolute_path), _describe(error))


def _shallow(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema without its subschemas, which all_schemas visits on their own."""
    return {
        k: v for k, v in schema.items() if k not in SUBSCHEMA_KEYWORDS or not _is_schema_like(v)
    }


def _is_schema_like(value: Any) -> bool:
    if isinstance(value, (bool, dict)):
        return True
    return isinstance(value, list) and all(isinstance(v, (bool, dict)) for v in value)
