"""Break a valid instance one constraint at a time, knowing which violation each break must
cause: the test then holds the validator to every constraint the spec states."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from generator.apimodel import Parameter
from generator.spec import pointer as jp
from tests.validate.samples import sample

_WRONG = ["text value", 12345, True, [], {}]
_TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}
_BAD_FORMAT = {
    "date-time": "yesterday",
    "date": "06/04/2026",
    "uri": "not a uri",
    "byte": "not base64!",
    "uuid": "not-a-uuid",
    "email": "nobody",
    "ipv4": "1.2.3",
    "ipv6": "::g",
}


@dataclass(frozen=True)
class Mutation:
    name: str
    instance: Any
    pointer: str
    keywords: frozenset[str]


def _matches_type(value: Any, types: list[str]) -> bool:
    for kind in types:
        if kind in ("integer", "number") and isinstance(value, bool):
            continue
        if isinstance(value, _TYPES.get(kind, object)):
            return True
    return False


def with_value(document: Any, pointer: str, value: Any) -> Any:
    document = copy.deepcopy(document)
    if not pointer:
        return value
    *parents, last = jp.split(pointer)
    node = document
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return document


def _delete(document: Any, pointer: str, key: str) -> Any:
    document = copy.deepcopy(document)
    node = jp.resolve(document, pointer)
    del node[key]
    return document


def enrich(schema: Any, value: Any, keep: Callable[[Any], bool], pointer: str = "") -> Any:
    """Add every optional property a sample can be built for, one at a time, keeping each
    only if the whole instance stays valid (`keep`): so that its rules get tested too."""
    if not isinstance(schema, dict):
        return value
    node = jp.resolve(value, pointer)
    if isinstance(node, dict):
        for name, sub in (schema.get("properties") or {}).items():
            at = jp.join(pointer, name)
            if name not in node:
                try:
                    candidate = with_value(value, at, sample(sub))
                except AssertionError:
                    continue  # a patterned string without an example: nothing valid to add
                if keep(candidate):
                    value = candidate
            if name in jp.resolve(value, pointer):
                value = enrich(sub, value, keep, at)
    elif isinstance(node, list) and node and isinstance(schema.get("items"), dict):
        value = enrich(schema["items"], value, keep, jp.join(pointer, 0))
    return value


def mutations(schema: Any, root: Any, pointer: str = "") -> Iterator[Mutation]:
    if not isinstance(schema, dict):
        return
    value = jp.resolve(root, pointer)
    where = pointer or "/"

    def make(name: str, new: Any, keywords: set[str], at: str = pointer) -> Mutation:
        return Mutation(f"{where}: {name}", with_value(root, pointer, new), at, frozenset(keywords))

    declared = schema.get("type")
    types = [declared] if isinstance(declared, str) else list(declared or [])
    if types:
        wrong = next(w for w in _WRONG if not _matches_type(w, types))
        yield make("type", wrong, {"type"})
    if isinstance(value, str):
        if "pattern" in schema:
            bad = next(
                b for b in (" Not Valid_! ", "", "x" * 300) if not re.search(schema["pattern"], b)
            )
            yield make("pattern", bad, {"pattern", "minLength", "maxLength"})
        if schema.get("minLength", 0) >= 1:
            yield make("minLength", "a" * (schema["minLength"] - 1), {"minLength"})
        if "maxLength" in schema:
            yield make("maxLength", "a" * (schema["maxLength"] + 1), {"maxLength"})
        if schema.get("format") in _BAD_FORMAT:
            yield make("format", _BAD_FORMAT[schema["format"]], {"format"})
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema:
            yield make("minimum", schema["minimum"] - 1, {"minimum"})
        if "maximum" in schema:
            yield make("maximum", schema["maximum"] + 1, {"maximum"})
    if "enum" in schema:
        outsider = next(o for o in ("not-a-member", 987654) if o not in schema["enum"])
        yield make("enum", outsider, {"enum", "type"})
    if isinstance(value, list):
        if "maxItems" in schema:
            items = [f"item{i}" for i in range(schema["maxItems"] + 1)]
            yield make("maxItems", items, {"maxItems"})
        if schema.get("minItems", 0) >= 1:
            yield make("minItems", value[: schema["minItems"] - 1], {"minItems"})
        if schema.get("uniqueItems") and value:
            yield make("uniqueItems", [*value, value[0]], {"uniqueItems"})
        if value and isinstance(schema.get("items"), dict):
            yield from mutations(schema["items"], root, jp.join(pointer, 0))
    if isinstance(value, dict):
        for name in schema.get("required") or []:
            if name in value:
                yield Mutation(
                    f"{where}: required {name}",
                    _delete(root, pointer, name),
                    pointer,
                    frozenset({"required"}),
                )
        closed = {
            k for k in ("additionalProperties", "unevaluatedProperties") if schema.get(k) is False
        }
        if closed:
            yield make("closed object", {**value, "unexpectedField": 1}, closed)
        for name, sub in (schema.get("properties") or {}).items():
            if name in value:
                yield from mutations(sub, root, jp.join(pointer, name))


def parameter_breaks(parameter: Parameter) -> list[tuple[str, str | None, set[str]]]:
    """Ways to break one parameter: (name, the value to send or None to leave it out, the
    keywords that may report it)."""
    schema = parameter.schema
    cases: list[tuple[str, str | None, set[str]]] = []
    if parameter.required:
        cases.append(("required", None, {"required"}))
    if schema.get("type") in ("integer", "number", "boolean"):
        cases.append(("type", "not-a-value", {"type"}))
    if schema.get("minLength", 0) >= 1:
        cases.append(("minLength", "a" * (schema["minLength"] - 1), {"minLength"}))
    if "maxLength" in schema:
        cases.append(("maxLength", "a" * (schema["maxLength"] + 1), {"maxLength"}))
    if "pattern" in schema:
        cases.append(("pattern", "Not Valid_!", {"pattern"}))
    if "enum" in schema:
        cases.append(("enum", "not-a-member", {"enum"}))
    if "minimum" in schema:
        cases.append(("minimum", str(schema["minimum"] - 1), {"minimum"}))
    if "maximum" in schema:
        cases.append(("maximum", str(schema["maximum"] + 1), {"maximum"}))
    return cases
