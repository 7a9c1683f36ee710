"""Turn the strings of headers, query and path into typed values, as a server would, by the
parameter's schema, style and explode: `"3"` becomes 3 for an integer, `"a,b"` a list."""

from __future__ import annotations

from typing import Any


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [str(t) for t in declared]
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            if isinstance(branch, dict) and (found := _types(branch)):
                return found
    if "enum" in schema:
        return sorted({_json_type(v) for v in schema["enum"]})
    return []


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def scalar(text: str, schema: dict[str, Any]) -> Any:
    """One string as the schema's scalar type; left a string when it does not parse, so that
    the schema reports the type error with the value the client sent."""
    for kind in _types(schema):
        if kind == "integer":
            try:
                return int(text, 10)
            except ValueError:
                continue
        if kind == "number":
            try:
                number = float(text)
            except ValueError:
                continue
            return int(number) if number.is_integer() and "." not in text else number
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind == "null" and text in ("", "null"):
            return None
        if kind == "string":
            return text
    return text


def parameter_value(values: list[str], schema: dict[str, Any], style: str, explode: bool) -> Any:
    """The typed value of a parameter given every raw value the request carried for it."""
    kinds = _types(schema)
    if "array" in kinds:
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        if explode and style == "form":
            raw = values
        else:
            separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
            raw = [part for value in values for part in value.split(separator)] if values else []
        return [scalar(v, items or {}) for v in raw]
    return scalar(values[-1], schema) if values else None
