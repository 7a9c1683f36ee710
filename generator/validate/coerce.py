"""Turn the strings of headers, query and path into typed values, as a server would, by the
parameter's schema, style and explode: `"3"` becomes 3 for an integer, `"a,b"` a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Coercer = Callable[[list[str]], Any]


def _types(schema: dict[str, Any]) -> tuple[str, ...]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return (declared,)
    if isinstance(declared, list):
        return tuple(str(t) for t in declared)
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            if isinstance(branch, dict) and (found := _types(branch)):
                return found
    if "enum" in schema:
        return tuple(sorted({_json_type(v) for v in schema["enum"]}))
    return ()


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _scalar(kinds: tuple[str, ...]) -> Callable[[str], Any]:
    """A parser for one string; a string that does not parse stays a string, so that the
    schema reports the type error with the value the client sent."""
    if kinds in ((), ("string",)):
        return lambda text: text

    def parse(text: str) -> Any:
        for kind in kinds:
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

    return parse


def coercer(schema: dict[str, Any], style: str, explode: bool) -> Coercer:
    """Built once per parameter: from every raw value a request carried to the typed value."""
    kinds = _types(schema)
    if "array" in kinds:
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        item = _scalar(_types(items or {}))
        if explode and style == "form":
            return lambda values: [item(v) for v in values]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return lambda values: [item(p) for v in values for p in v.split(separator)]
    one = _scalar(kinds)
    return lambda values: one(values[-1])
