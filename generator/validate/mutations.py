"""Break a valid instance one constraint at a time, knowing which violation each break must
cause: a test (or `fuzz`) then holds a validator, or a server, to every constraint the spec
states.

`mutations(schema, instance)` walks a resolved schema alongside a valid instance of it (from
`generator.apimodel.samples`, grown by `enrich`) and yields one `Mutation` per constraint it can
break there; `parameter_breaks` does the same for a path, query or header parameter.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from generator.apimodel import Parameter
from generator.apimodel.samples import NoSample, sample
from generator.spec import pointer as jp

# Values of every JSON type, to find one that a `type` does not allow.
_WRONG: tuple[Any, ...] = ("text value", 12345, True, [], {})
_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}
# A string each asserted format refuses.
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
_OFF_PATTERN = (" Not Valid_! ", "", "x" * 300)
_OUTSIDERS: tuple[Any, ...] = ("not-a-member", 987654)


@dataclass(frozen=True)
class Mutation:
    """One broken constraint: `instance` is the whole instance with that one break, at
    `pointer` (for `required` and a closed object, the object that lost or gained the
    property); `keywords` are those of which a validator must report at least one there."""

    name: str  # "<pointer>: <constraint>", for test output
    instance: Any
    pointer: str
    keywords: frozenset[str]


class ParameterBreak(NamedTuple):
    """One way to break a parameter: `value` is the string to send, or None to leave the
    parameter out; `keywords` are those of which a validator must report at least one."""

    name: str
    value: str | None
    keywords: frozenset[str]


def _matches_type(value: object, types: list[str]) -> bool:
    for kind in types:
        if kind in ("integer", "number") and isinstance(value, bool):
            continue
        if isinstance(value, _TYPES.get(kind, object)):
            return True
    return False


def _off_pattern(pattern: str) -> str | None:
    """A string the pattern does not match; None when none of ours is (or the pattern is not
    a regex Python reads)."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    return next((s for s in _OFF_PATTERN if not compiled.search(s)), None)


def with_value(document: Any, pointer: str, value: Any) -> Any:
    """A deep copy of `document` with the value at `pointer` replaced (or an object's member
    added); the empty pointer replaces the whole document. KeyError, IndexError or TypeError
    when the pointer's parent does not exist."""
    if not pointer:
        return copy.deepcopy(value)
    document = copy.deepcopy(document)
    *parents, last = jp.split(pointer)
    node = document
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return document


def _without(document: Any, pointer: str, key: str) -> Any:
    """A deep copy of `document` without the member `key` of the object at `pointer`."""
    document = copy.deepcopy(document)
    del jp.resolve(document, pointer)[key]
    return document


def enrich(schema: Any, value: Any, keep: Callable[[Any], bool], pointer: str = "") -> Any:
    """Add every optional property a sample can be built for, one at a time, keeping each only
    if the whole instance stays valid (`keep(candidate)`), and recurse into the properties
    present and the first item of arrays: so that the rules of optional properties get broken
    by `mutations` too. A property whose sample needs an example (NoSample) is skipped."""
    if not isinstance(schema, dict):
        return value
    node = jp.resolve(value, pointer)
    if isinstance(node, dict):
        for name, sub in (schema.get("properties") or {}).items():
            at = jp.join(pointer, name)
            if name not in node:
                try:
                    candidate = with_value(value, at, sample(sub))
                except NoSample:
                    continue  # a patterned string without an example: nothing valid to add
                if keep(candidate):
                    value = candidate
            if name in jp.resolve(value, pointer):
                value = enrich(sub, value, keep, at)
    elif isinstance(node, list) and node and isinstance(schema.get("items"), dict):
        value = enrich(schema["items"], value, keep, jp.join(pointer, 0))
    return value


def mutations(schema: Any, root: Any, pointer: str = "") -> Iterator[Mutation]:
    """Every single-constraint break of `root` (valid against the resolved `schema`) that can
    be made at `pointer` and below: `type`, `pattern`, `minLength`, `maxLength`, `format`,
    `minimum`, `maximum`, `enum`, `maxItems`, `minItems`, `uniqueItems`, `required`, and
    `additionalProperties`/`unevaluatedProperties: false`. It descends into the properties
    present and the first item of arrays."""
    if not isinstance(schema, dict):
        return
    value = jp.resolve(root, pointer)
    where = pointer or "/"

    def make(name: str, new: Any, keywords: set[str]) -> Mutation:
        return Mutation(
            f"{where}: {name}", with_value(root, pointer, new), pointer, frozenset(keywords)
        )

    declared = schema.get("type")
    types = [declared] if isinstance(declared, str) else list(declared or [])
    wrong = next((w for w in _WRONG if not _matches_type(w, types)), None) if types else None
    if wrong is not None:
        yield make("type", wrong, {"type"})
    if isinstance(value, str):
        bad = _off_pattern(str(schema["pattern"])) if "pattern" in schema else None
        if bad is not None:
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
        outsider = next((o for o in _OUTSIDERS if o not in schema["enum"]), None)
        if outsider is not None:
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
                    _without(root, pointer, name),
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


def parameter_breaks(parameter: Parameter) -> list[ParameterBreak]:
    """Ways to break one parameter, each on its own: leave out a required one, send a
    non-number or non-boolean, too short or too long a string, one off the pattern or the
    enum, a number out of range."""
    schema = parameter.schema
    breaks: list[ParameterBreak] = []

    def add(name: str, value: str | None, *keywords: str) -> None:
        breaks.append(ParameterBreak(name, value, frozenset(keywords or (name,))))

    if parameter.required:
        add("required", None)
    if schema.get("type") in ("integer", "number", "boolean"):
        add("type", "not-a-value")
    if schema.get("minLength", 0) >= 1:
        add("minLength", "a" * (schema["minLength"] - 1))
    if "maxLength" in schema:
        add("maxLength", "a" * (schema["maxLength"] + 1))
    if "pattern" in schema:
        add("pattern", "Not Valid_!")
    if "enum" in schema:
        add("enum", "not-a-member")
    if "minimum" in schema:
        add("minimum", str(schema["minimum"] - 1))
    if "maximum" in schema:
        add("maximum", str(schema["maximum"] + 1))
    return breaks
