"""How a generated model reads and accepts each property: the lenient side of "strict validators,
lenient clients".

openapi-python-client parses the spec into typed properties; its own templates turn an enum
value it does not know into a `ValueError` and an absent optional field into an `UNSET`
sentinel. Our model and facade templates ask this module instead. For every property it gives
- the type a response field has (`annotation`): an enum is `Enum | str`, so a value the spec
  does not list yet arrives as the plain string; an optional field is `X | None`;
- the Python expression that turns decoded JSON into that value (`parse`);
- the type a caller may pass in a request (`accepts`): a model or a plain mapping, an enum
  member or a plain string, a datetime or its ISO text.
Serialising needs no per-property code: the runtime's `to_json` handles every shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Shape:
    annotation: str
    accepts: str
    template: str  # the parse expression with `{}` where the JSON value goes

    def parse(self, source: str) -> str:
        return self.template.replace("{}", source)


def raw(value: Any) -> str:
    """A name or text as the spec wrote it (openapi-python-client wraps them as untrusted
    strings, whose str() is not their value)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _union(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in seen:
                seen.append(piece)
    return " | ".join(seen)


def shape(prop: Any, depth: int = 0) -> Shape:
    """The lenient shape of one openapi-python-client property (without its optionality)."""
    kind = _kind(prop)
    if kind == "ModelProperty":
        name = str(prop.class_info.name)
        return Shape(name, f"{name} | Mapping[str, Any]", f"{name}.from_dict({{}})")
    if kind == "EnumProperty":
        name = str(prop.class_info.name)
        base = "int" if prop.value_type is int else "str"
        return Shape(f"{name} | {base}", f"{name} | {base}", f"enum_value({name}, {{}})")
    if kind == "LiteralEnumProperty":
        base = "int" if prop.value_type is int else "str"
        return Shape(base, base, "{}")
    if kind == "ListProperty":
        inner = shape(prop.inner_property, depth + 1)
        item = f"item{depth}"
        if inner.template == "{}":
            template = "list({})"
        else:
            template = f"[{inner.parse(item)} for {item} in {{}}]"
        return Shape(f"list[{inner.annotation}]", f"Sequence[{inner.accepts}]", template)
    if kind == "UnionProperty":
        inners = [shape(p, depth + 1) for p in prop.inner_properties]
        annotation = _union([s.annotation for s in inners])
        accepts = _union([s.accepts for s in inners])
        parsers = [s for s in inners if s.template != "{}"]
        if not parsers:
            return Shape(annotation, accepts, "{}")
        # Each alternative is tried in turn; a value none of them reads is kept as it came.
        lambdas = ", ".join(f"lambda v{depth}: {s.parse(f'v{depth}')}" for s in parsers)
        return Shape(_union([annotation, "Any"]), accepts, f"first_of({{}}, ({lambdas},))")
    if kind == "DateTimeProperty":
        return Shape("datetime.datetime", "datetime.datetime | str", "parse_datetime({})")
    if kind == "DateProperty":
        return Shape("datetime.date", "datetime.date | str", "parse_date({})")
    if kind in ("StringProperty", "UuidProperty", "FileProperty"):
        return Shape("str", "str", "{}")
    if kind == "IntProperty":
        return Shape("int", "int", "{}")
    if kind == "FloatProperty":
        return Shape("float", "float", "{}")
    if kind == "BooleanProperty":
        return Shape("bool", "bool", "{}")
    if kind == "NoneProperty":
        return Shape("None", "None", "{}")
    return Shape("Any", "Any", "{}")  # AnyProperty, ConstProperty and anything newer


def is_nullable(prop: Any) -> bool:
    return _kind(prop) == "NoneProperty" or (
        _kind(prop) == "UnionProperty"
        and any(_kind(p) == "NoneProperty" for p in prop.inner_properties)
    )


def _without_none(text: str) -> str:
    pieces = [p for p in text.split(" | ") if p != "None"]
    return " | ".join(pieces) if pieces else "None"


@dataclass(frozen=True)
class Field:
    """One property of a model or request body, as the templates render it."""

    name: str  # the JSON name
    python_name: str
    required: bool
    optional: bool  # a model attribute that defaults to None (not required, or nullable)
    annotation: str  # the attribute's type on a model
    accepts: str  # the argument's type in a facade method
    description: str

    # The statement that reads the field from the dict `_d` into a local of its Python name.
    read: str


def field(prop: Any) -> Field:
    """The field of one property: a required one is read as it is (its absence is a parse
    error the runtime reports); an optional or nullable one reads as None when absent or null."""
    s = shape(prop)
    name = raw(prop.name)
    python_name = str(prop.python_name)
    key = repr(name)
    nullable = is_nullable(prop)
    core = _without_none(s.annotation)
    if prop.required and not nullable:  # see `optional` below
        annotation = core
        accepts = _without_none(s.accepts)
        read = f"{python_name} = {s.parse(f'_d.pop({key})')}"
    else:
        annotation = f"{core} | None"
        accepts = f"{_without_none(s.accepts)} | None"
        if s.template == "{}":
            read = f"{python_name} = _d.pop({key}, None)"
        else:
            read = (
                f"{python_name} = None if (_{python_name} := _d.pop({key}, None)) is None "
                f"else {s.parse('_' + python_name)}"
            )
    description = raw(prop.description or "").strip()
    optional = not (prop.required and not nullable)
    return Field(
        name, python_name, bool(prop.required), optional, annotation, accepts, description, read
    )


def model_fields(model: Any) -> list[Field]:
    """A model's fields, required ones first (attrs needs them before those with defaults)."""
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    fields = [field(p) for p in props]
    return [f for f in fields if not f.optional] + [f for f in fields if f.optional]


def additional(model: Any) -> Shape | None:
    """The shape of a typed map's values (`additionalProperties: {schema}`), or None when the
    extra fields are free-form; either way the model keeps them."""
    extra = model.additional_properties
    if extra is None or isinstance(extra, bool):
        return None
    return shape(extra, 1)


def class_names(text: str) -> set[str]:
    """The model and enum class names an annotation or expression mentions."""
    builtins = {"Any", "Mapping", "Sequence", "None"}
    return {word for word in re.findall(r"\b[A-Z][A-Za-z0-9_]*\b", text) if word not in builtins}
