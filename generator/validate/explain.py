"""Every violation of an instance the engine has found invalid, listed in Python.

jsonschema-rs decides validity fast, but listing errors costs it one Python error object per
violation, with its paths, kind, instance copy and two messages: several microseconds each,
which made invalid requests several times slower than valid ones. An explainer is the schema
compiled once into closures that walk the instance and word each violation as jsonschema-rs
words it. It only claims exactness where that is cheap to be sure of:

- the keywords whose meaning Python reproduces exactly are checked in Python (JSON types,
  lengths in code points, bounds, required, properties, enum and const under JSON equality);
- pattern and format verdicts come from one-keyword jsonschema-rs validators, since ECMA-262
  regexes and the engine's format rules are not Python's;
- an object child (or array of objects) the engine accepts in one call is not walked;
- a node with a keyword not checked here is handed whole to the engine, which lists that
  node's violations; a violation that cannot be worded the engine's way (a float Rust prints
  differently) makes the engine list the whole message's.

tests/validate/test_explain.py holds the result to the engine's own, message for message."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import jsonschema_rs

from generator.errors import SpecError
from generator.spec import Location, Spec
from generator.spec import pointer as jp
from generator.spec.formats import is_base64

# (instance pointer, keyword, message): the shape of every violation this module reports.
Error = tuple[str, str, str]
Check = Callable[[Any, str, list[Error]], None]
# Compiles a schema (whose $refs are absolute URIs into the spec's files) with the engine.
EngineCompile = Callable[[Any], Any]

# How the engine is built everywhere: format assertions on, with OpenAPI's "byte".
ENGINE_OPTIONS: dict[str, Any] = {"validate_formats": True, "formats": {"byte": is_base64}}
# Keywords that only annotate: no instance fails them.
_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$comment",
        "$defs",
        "definitions",
        "title",
        "description",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "discriminator",
        "xml",
        "externalDocs",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
    }
)
_STRING_KEYS = frozenset({"minLength", "maxLength", "pattern", "format"})
_NUMBER_KEYS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
_ARRAY_KEYS = frozenset({"items", "minItems", "maxItems", "uniqueItems"})
_OBJECT_KEYS = frozenset(
    {
        "properties",
        "required",
        "additionalProperties",
        "minProperties",
        "maxProperties",
        "unevaluatedProperties",
    }
)


def _count_value(value: Any) -> bool:
    return type(value) is int and value >= 0


def _bound_value(value: Any) -> bool:
    return type(value) is int or type(value) is float


def _anything(value: Any) -> bool:
    return True


def _names(values: list[Any]) -> bool:
    return len(values) > 0 and all(isinstance(v, str) for v in values)


# What each checked keyword's value must be for the checks here to apply it as the engine does.
_WELL_FORMED: dict[str, Callable[[Any], bool]] = {
    "type": lambda v: isinstance(v, str) or (isinstance(v, list) and _names(v)),
    "enum": lambda v: isinstance(v, list) and len(v) > 0,
    "$ref": lambda v: isinstance(v, str),
    "allOf": lambda v: isinstance(v, list) and len(v) > 0,
    "minLength": _count_value,
    "maxLength": _count_value,
    "pattern": lambda v: isinstance(v, str),
    "format": lambda v: isinstance(v, str),
    "minimum": _bound_value,
    "maximum": _bound_value,
    "exclusiveMinimum": _bound_value,
    "exclusiveMaximum": _bound_value,
    "minItems": _count_value,
    "maxItems": _count_value,
    "uniqueItems": lambda v: type(v) is bool,
    "minProperties": _count_value,
    "maxProperties": _count_value,
    "properties": lambda v: isinstance(v, dict),
    "required": lambda v: isinstance(v, list) and (not v or _names(v)),
}
# Every keyword checked here; a node with any other is left to the engine.
_KNOWN = (
    frozenset({"type", "enum", "const", "$ref", "allOf", "if", "then", "else"})
    | _STRING_KEYS
    | _NUMBER_KEYS
    | _ARRAY_KEYS
    | _OBJECT_KEYS
)
# Keywords that decide which properties count as evaluated in ways a static list cannot tell.
_DYNAMIC = frozenset(
    {
        "if",
        "then",
        "else",
        "anyOf",
        "oneOf",
        "not",
        "patternProperties",
        "dependentSchemas",
        "unevaluatedProperties",
        "$dynamicRef",
        "$id",
        "$anchor",
        "$dynamicAnchor",
    }
)
_TREES = (dict, list)  # the values worth asking the engine about before walking them
_SIMPLE_TYPES = {"string": str, "boolean": bool, "object": dict, "array": list}
# The order in which jsonschema-rs names the types of a failed multi-type check.
_TYPE_ORDER = ("null", "boolean", "integer", "number", "string", "array", "object")
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
_ENCODE_STRING: Callable[[str], str] = json.encoder.encode_basestring


class Unexplained(Exception):
    """Python cannot check or word this exactly as the engine would. Raised while compiling,
    the schema node becomes one the engine checks whole; raised while explaining, the engine
    lists the whole message's violations."""


def render(value: Any) -> str:
    """A JSON value as jsonschema-rs shows it in messages: compact, keys sorted. Floats in
    exponent notation are written differently by Rust, so those are left to the engine."""
    kind = type(value)
    if kind is str:
        return _ENCODE_STRING(value)
    if kind is int:
        return int.__repr__(value)
    if kind is bool or value is None:
        return "null" if value is None else "true" if value else "false"
    text = _ENCODE(value)
    if "e" in text and _has_exponent(value):
        raise Unexplained
    return text


def _has_exponent(value: Any) -> bool:
    if type(value) is float:
        return "e" in repr(value)
    if type(value) is list:
        return any(_has_exponent(v) for v in value)
    if type(value) is dict:
        return any(_has_exponent(v) for v in value.values())
    return False


def _plural(count: Any, one: str, many: str) -> str:
    return f"{render(count)} {one if count == 1 else many}"


def _is_type(name: str) -> Callable[[Any], bool]:
    if name == "integer":
        return lambda x: type(x) is int or (type(x) is float and x.is_integer())
    if name == "number":
        return lambda x: type(x) is int or type(x) is float
    kind = _SIMPLE_TYPES.get(name)
    if kind is not None:
        return lambda x: type(x) is kind
    if name == "null":
        return lambda x: x is None
    raise Unexplained


def _canonical(value: Any) -> Any:
    """A hashable key under which JSON-equal values (1 and 1.0) meet and others (1 and true)
    do not."""
    kind = type(value)
    if kind is bool:
        return ("b", value)
    if kind is int or kind is float:
        return ("n", value)  # Python's 1 == 1.0 and hash(1) == hash(1.0)
    if kind is list:
        return ("a", tuple(_canonical(v) for v in value))
    if kind is dict:
        return ("o", frozenset((k, _canonical(v)) for k, v in value.items()))
    return ("s", value) if kind is str else ("z", None)


@cache
def _engine_leaf(keyword: str, value: Any) -> Callable[[Any], bool]:
    """The engine's verdict on one keyword, for semantics Python does not share."""
    validator = jsonschema_rs.validator_for({keyword: value}, **ENGINE_OPTIONS)
    is_valid: Callable[[Any], bool] = validator.is_valid
    return is_valid


def engine_errors(validator: Any, instance: Any, base: str) -> list[Error]:
    """The engine's own errors, in this module's shape, under the pointer `base`."""
    return [
        (base + jp.from_parts(e.instance_path), last_keyword(e.schema_path), e.message)
        for e in validator.iter_errors(instance)
    ]


def last_keyword(schema_path: Any) -> str:
    """The failing keyword of an engine error: the last name in its schema path."""
    for part in reversed(list(schema_path)):
        if isinstance(part, str):
            return part
    return ""


def _accept(instance: Any, pointer: str, out: list[Error]) -> None:
    return None


def uri(location: Location) -> str:
    """A schema's place as the engine's registry names it."""
    return f"{location.path.as_uri()}#{jp.fragment(location.pointer)}"


class Explainer:
    """Compiles the schemas of one spec into checks; each node once, cycles allowed."""

    def __init__(self, spec: Spec, compile_engine: EngineCompile) -> None:
        self._spec = spec
        self._compile_engine = compile_engine
        self._nodes: dict[Location, Check] = {}
        # Checks that only test one Python type: objects and arrays test those inline.
        self._kinds: dict[Check, tuple[type, str]] = {}
        self._delegated: set[Check] = set()  # checks that already ask the engine first

    def compile(self, schema: Any, where: Location | None = None) -> Check:
        """The check of `schema`, found at `where` if it lives in a spec file; a schema
        outside the files (a message's wrapper) may only hold absolute references."""
        if where is None:
            return self._build(schema, None)
        found = self._nodes.get(where)
        if found is not None:
            return found
        # A placeholder first, so that a schema that refers back to itself compiles.
        cell: list[Check] = []
        self._nodes[where] = lambda i, p, o: cell[0](i, p, o)
        built = self._build(schema, where)
        cell.append(built)
        self._nodes[where] = built
        return built

    def verdict(self, schema: Any, where: Location | None = None) -> Callable[[Any], bool]:
        """The engine's is_valid for a schema: by its place in a file when it has one, else
        as written (then with absolute references only)."""
        is_valid: Callable[[Any], bool] = self._compile_engine(_addressed(schema, where)).is_valid
        return is_valid

    def _engine(self, schema: Any) -> Callable[[], Any]:
        """The engine's validator of `schema`, compiled on first use: most nodes never need
        one."""
        compiled: list[Any] = []

        def get() -> Any:
            if not compiled:
                compiled.append(self._compile_engine(schema))
            return compiled[0]

        return get

    def _resolve(self, reference: str, base: Location | None) -> tuple[Any, Location]:
        try:
            if reference.startswith("file:"):  # absolute, as a message's wrapper holds them
                parts = urlsplit(reference)
                target = Location(Path(url2pathname(parts.path)), unquote(parts.fragment))
            elif base is not None:
                target = self._spec.target(reference, base.path)
            else:
                raise Unexplained
            return self._spec.at(target.pointer, target.path), target
        except (SpecError, KeyError):
            raise Unexplained from None

    def _child(self, schema: Any, where: Location | None, *tokens: str | int) -> Check:
        return self.compile(schema, _at(where, *tokens))

    # --- nodes ------------------------------------------------------------------------------

    def _build(self, schema: Any, where: Location | None) -> Check:
        try:
            return self._checks(schema, where)
        except Unexplained:
            return self._delegate(schema, where)

    def _delegate(self, schema: Any, where: Location | None) -> Check:
        """A check that asks the engine about this node's whole subtree."""
        engine = self._engine(_addressed(schema, where))

        def delegated(instance: Any, pointer: str, out: list[Error]) -> None:
            validator = engine()
            if not validator.is_valid(instance):
                out += engine_errors(validator, instance, pointer)

        self._delegated.add(delegated)
        return delegated

    def _checks(self, schema: Any, where: Location | None) -> Check:
        """One function running every keyword of a schema node; Unexplained for a node that
        Python cannot check exactly. Most calls go to leaves, so a node is one call where it
        can be: the check on strings, arrays or objects also makes the type check when the
        node names that type alone."""
        if schema is True:
            return _accept
        if not isinstance(schema, dict):
            raise Unexplained  # false (or not a schema): the engine words it
        keys = {k for k in schema if k not in _ANNOTATIONS and not k.startswith("x-")}
        if keys - _KNOWN or not all(_WELL_FORMED.get(k, _anything)(schema[k]) for k in keys):
            raise Unexplained  # a keyword not checked here, or a value the engine must judge
        named = schema.get("type")
        checks: list[Check] = []
        if "enum" in keys:
            checks.append(_enum(schema["enum"]))
        if "const" in keys:
            checks.append(_const(schema["const"]))
        if "$ref" in keys:
            target, target_where = self._resolve(schema["$ref"], where)
            checks.append(self.compile(target, target_where))
        if "allOf" in keys:
            checks += [self._child(s, where, "allOf", i) for i, s in enumerate(schema["allOf"])]
        if "if" in keys:
            checks.append(self._conditional(schema, where))
        absorbed = None
        if keys & _STRING_KEYS:
            absorbed = "string" if named == "string" else absorbed
            checks.append(_strings(schema, named == "string"))
        if keys & _NUMBER_KEYS:
            checks.append(_numbers(schema))
        if keys & _ARRAY_KEYS:
            absorbed = "array" if named == "array" else absorbed
            checks.append(self._array(schema, where, named == "array"))
        if keys & _OBJECT_KEYS:
            absorbed = "object" if named == "object" else absorbed
            checks.append(self._object(schema, where, named == "object"))
        if named is not None and named != absorbed:
            checks.insert(0, _type(named))
            if keys == {"type"} and isinstance(named, str) and named in _SIMPLE_TYPES:
                self._kinds[checks[0]] = (_SIMPLE_TYPES[named], f' is not of type "{named}"')
        if not checks:
            return _accept
        if len(checks) == 1:
            return checks[0]

        def node(instance: Any, pointer: str, out: list[Error]) -> None:
            for check in checks:
                check(instance, pointer, out)

        return node

    def _conditional(self, schema: dict[str, Any], where: Location | None) -> Check:
        condition = self._engine(_addressed(schema["if"], _at(where, "if")))
        then = self._child(schema["then"], where, "then") if "then" in schema else _accept
        otherwise = self._child(schema["else"], where, "else") if "else" in schema else _accept

        def conditional(instance: Any, pointer: str, out: list[Error]) -> None:
            branch = then if condition().is_valid(instance) else otherwise
            branch(instance, pointer, out)

        return conditional

    def _array(self, schema: dict[str, Any], where: Location | None, typed: bool) -> Check:
        if "prefixItems" in schema:
            raise Unexplained
        items, _, kind, wrong, valid = (
            self._slot(schema["items"], _at(where, "items"), "")
            if "items" in schema
            else (None, "", None, "", None)
        )
        low, high = schema.get("minItems"), schema.get("maxItems")
        bounded = low is not None or high is not None
        unique = schema.get("uniqueItems") is True

        def array(instance: Any, pointer: str, out: list[Error]) -> None:
            if type(instance) is not list:
                if typed:
                    _mismatch(instance, pointer, out, "array")
                return
            size = len(instance)
            if bounded:
                _count(instance, pointer, out, low, high, _ITEMS)
            if unique and size > 1 and len({_canonical(v) for v in instance}) < size:
                out.append((pointer, "uniqueItems", f"{render(instance)} has non-unique elements"))
            if kind is not None:
                for index, value in enumerate(instance):
                    if type(value) is not kind:
                        out.append((f"{pointer}/{index}", "type", render(value) + wrong))
            elif items is not None:
                for index, value in enumerate(instance):
                    if valid is None or not isinstance(value, _TREES) or not valid(value):
                        items(value, f"{pointer}/{index}", out)

        return array

    def _object(self, schema: dict[str, Any], where: Location | None, typed: bool) -> Check:
        properties = {
            name: self._slot(sub, _at(where, "properties", name), "/" + jp.escape(name))
            for name, sub in (schema.get("properties") or {}).items()
        }
        required = [(n, f"{render(n)} is a required property") for n in schema.get("required", [])]
        names = frozenset(n for n, _ in required)
        additional_schema = schema.get("additionalProperties", True)
        closed = additional_schema is False
        additional = (
            None
            if additional_schema is True or closed
            else self._child(additional_schema, where, "additionalProperties")
        )
        unevaluated = self._unevaluated(schema, where)
        low, high = schema.get("minProperties"), schema.get("maxProperties")
        bounded = low is not None or high is not None

        def obj(instance: Any, pointer: str, out: list[Error]) -> None:
            if type(instance) is not dict:
                if typed:
                    _mismatch(instance, pointer, out, "object")
                return
            if required and not names <= instance.keys():
                for name, message in required:
                    if name not in instance:
                        out.append((pointer, "required", message))
            extra: list[str] = []
            for name, value in instance.items():
                found = properties.get(name)
                if found is not None:
                    check, suffix, kind, wrong, valid = found
                    if kind is not None:
                        if type(value) is not kind:
                            out.append((pointer + suffix, "type", render(value) + wrong))
                    elif valid is None or not isinstance(value, _TREES) or not valid(value):
                        check(value, pointer + suffix, out)
                elif closed:
                    extra.append(name)
                elif additional is not None:
                    additional(value, f"{pointer}/{jp.escape(name)}", out)
            if extra:
                if not properties:
                    raise Unexplained  # the engine reports this case as a false schema
                out.append((pointer, "additionalProperties", _unexpected("Additional", extra)))
            if unevaluated is not None and not instance.keys() <= unevaluated:
                stray = [name for name in instance if name not in unevaluated]
                text = _unexpected("Unevaluated", stray)
                out.append((pointer, "unevaluatedProperties", text))
            if bounded:
                _count(instance, pointer, out, low, high, _PROPERTIES)

        return obj

    def _slot(self, schema: Any, where: Location | None, suffix: str) -> _Slot:
        """A child's check, made cheap to call from its parent's loop: the type it only
        tests, if that is all it does; for an object or array, the engine's verdict, which
        skips a valid subtree in one call instead of a walk of every node under it."""
        check = self._build(schema, None) if where is None else self.compile(schema, where)
        kind, wrong = self._kinds.get(check, (None, ""))
        valid = None
        if kind is None and check not in self._delegated and self._holds_children(schema, where):
            valid = self.verdict(schema, where)
        return check, suffix, kind, wrong, valid

    def _holds_children(self, schema: Any, where: Location | None) -> bool:
        """Whether a schema describes objects, or arrays of them, following its $refs: where
        one engine call beats a walk. (An array of strings is cheaper to walk.)"""
        for _ in range(16):
            if not isinstance(schema, dict):
                return False
            if schema.keys() & (_OBJECT_KEYS | {"allOf", "if"}) or schema.get("type") == "object":
                return True
            if "items" in schema:
                return self._holds_children(schema["items"], _at(where, "items"))
            if "$ref" not in schema:
                return False
            try:
                schema, where = self._resolve(schema["$ref"], where)
            except Unexplained:
                return False
        return False

    def _unevaluated(self, schema: dict[str, Any], where: Location | None) -> frozenset[str] | None:
        """The properties `unevaluatedProperties: false` lets through, when a static list can
        tell them: those the node names and those named along its $ref chain, whether or not
        the referenced schema passes (as jsonschema-rs counts them). None without the keyword;
        Unexplained where an applicator makes the answer depend on the instance, allOf
        included (the engine drops a failed member's names)."""
        if "unevaluatedProperties" not in schema:
            return None
        if schema["unevaluatedProperties"] is not False:
            raise Unexplained
        names: set[str] = set()
        node, node_where = schema, where
        for _ in range(16):
            if not isinstance(node, dict):
                raise Unexplained
            dynamic = set(node) & (_DYNAMIC | {"allOf", "additionalProperties"})
            if node is schema:
                dynamic.discard("unevaluatedProperties")
            if dynamic:
                raise Unexplained  # additionalProperties: every name evaluated, rare here
            names.update(node.get("properties") or {})
            if "$ref" not in node:
                return frozenset(names)
            node, node_where = self._resolve(node["$ref"], node_where)
        raise Unexplained


# A child as its parent calls it: check, pointer suffix, the one type it tests (if that is all
# it does), and the engine's verdict on a whole subtree (for objects and arrays).
_Slot = tuple[Check, str, type | None, str, Callable[[Any], bool] | None]


def _addressed(schema: Any, where: Location | None) -> Any:
    """What the engine compiles for a schema: a reference to its place, so that its own
    relative references resolve there, or the schema itself outside the files."""
    return {"$ref": uri(where)} if where is not None else schema


def _at(where: Location | None, *tokens: str | int) -> Location | None:
    return None if where is None else Location(where.path, where.pointer + jp.from_parts(tokens))


def _type(names: Any) -> Check:
    if isinstance(names, str):
        ok = _is_type(names)
        suffix = f' is not of type "{names}"'

        def one(instance: Any, pointer: str, out: list[Error]) -> None:
            if not ok(instance):
                out.append((pointer, "type", render(instance) + suffix))

        return one
    if not isinstance(names, list) or len(set(names)) != len(names):
        raise Unexplained
    tests = [_is_type(n) for n in names]
    listed = ", ".join(f'"{n}"' for n in _TYPE_ORDER if n in names)

    def any_of(instance: Any, pointer: str, out: list[Error]) -> None:
        if not any(t(instance) for t in tests):
            out.append((pointer, "type", f"{render(instance)} is not of types {listed}"))

    return any_of


def _mismatch(instance: Any, pointer: str, out: list[Error], name: str) -> None:
    out.append((pointer, "type", f'{render(instance)} is not of type "{name}"'))


# The keyword's ending, and the noun for one and for many: minItems / maxProperties.
_ITEMS = ("Items", "item", "items")
_PROPERTIES = ("Properties", "property", "properties")


def _count(
    instance: Any, pointer: str, out: list[Error], low: Any, high: Any, what: tuple[str, str, str]
) -> None:
    size = len(instance)
    if low is not None and size < low:
        text = f"{render(instance)} has less than {_plural(low, what[1], what[2])}"
        out.append((pointer, "min" + what[0], text))
    if high is not None and size > high:
        text = f"{render(instance)} has more than {_plural(high, what[1], what[2])}"
        out.append((pointer, "max" + what[0], text))


def _unexpected(kind: str, names: list[str]) -> str:
    quoted = ", ".join(f"'{n}'" for n in names)
    verb = "was" if len(names) == 1 else "were"
    return f"{kind} properties are not allowed ({quoted} {verb} unexpected)"


def _enum(options: Any) -> Check:
    if not isinstance(options, list) or not options:
        raise Unexplained
    rendered = [render(o) for o in options]
    if len(rendered) > 3:  # the engine names two and counts the rest
        listed = f"{rendered[0]}, {rendered[1]} or {len(rendered) - 2} other candidates"
    elif len(rendered) > 1:
        listed = ", ".join(rendered[:-1]) + " or " + rendered[-1]
    else:
        listed = rendered[0]
    if all(type(o) is str for o in options):
        strings = frozenset(options)

        def string_enum(instance: Any, pointer: str, out: list[Error]) -> None:
            if type(instance) is not str or instance not in strings:
                out.append((pointer, "enum", f"{render(instance)} is not one of {listed}"))

        return string_enum
    keys = {_canonical(o) for o in options}

    def any_enum(instance: Any, pointer: str, out: list[Error]) -> None:
        if _canonical(instance) not in keys:
            out.append((pointer, "enum", f"{render(instance)} is not one of {listed}"))

    return any_enum


def _const(value: Any) -> Check:
    key, message = _canonical(value), f"{render(value)} was expected"

    def const(instance: Any, pointer: str, out: list[Error]) -> None:
        if _canonical(instance) != key:
            out.append((pointer, "const", message))

    return const


def _strings(schema: dict[str, Any], typed: bool) -> Check:
    low, high = schema.get("minLength"), schema.get("maxLength")
    pattern, form = schema.get("pattern"), schema.get("format")
    try:
        matches = _engine_leaf("pattern", pattern) if pattern is not None else None
        formatted = _engine_leaf("format", form) if form is not None else None
    except (ValueError, jsonschema_rs.ValidationError):
        raise Unexplained from None  # a pattern the engine refuses: let it say so

    def string(instance: Any, pointer: str, out: list[Error]) -> None:
        if type(instance) is not str:
            if typed:
                _mismatch(instance, pointer, out, "string")
            return
        if low is not None and len(instance) < low:
            text = f"{render(instance)} is shorter than {_plural(low, 'character', 'characters')}"
            out.append((pointer, "minLength", text))
        if high is not None and len(instance) > high:
            text = f"{render(instance)} is longer than {_plural(high, 'character', 'characters')}"
            out.append((pointer, "maxLength", text))
        if matches is not None and not matches(instance):
            out.append((pointer, "pattern", f'{render(instance)} does not match "{pattern}"'))
        if formatted is not None and not formatted(instance):
            out.append((pointer, "format", f'{render(instance)} is not a "{form}"'))

    return string


def _numbers(schema: dict[str, Any]) -> Check:
    bounds = [
        (keyword, schema[keyword], compare, f" is {text} {render(schema[keyword])}")
        for keyword, compare, text in (
            ("minimum", operator.lt, "less than the minimum of"),
            ("maximum", operator.gt, "greater than the maximum of"),
            ("exclusiveMinimum", operator.le, "less than or equal to the minimum of"),
            ("exclusiveMaximum", operator.ge, "greater than or equal to the maximum of"),
        )
        if keyword in schema
    ]

    def number(instance: Any, pointer: str, out: list[Error]) -> None:
        if type(instance) is not int and type(instance) is not float:
            return
        for keyword, bound, compare, text in bounds:
            if compare(instance, bound):
                out.append((pointer, keyword, render(instance) + text))

    return number
