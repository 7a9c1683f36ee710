"""generator.validate.mutations, piece by piece. That every mutation of every request body of
the bundled specs is refused with one of its keywords is test_constraints.py's
test_request_body_constraints; here, the helpers, and the keywords the bundled specs do not
use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.apimodel import Parameter
from generator.validate.mutations import (
    Mutation,
    ParameterBreak,
    enrich,
    mutations,
    parameter_breaks,
    with_value,
)
from tests.validate.conftest import body_spec


def test_with_value_copies_then_sets() -> None:
    document = {"a": {"b/c": [1, 2]}, "d": 0}
    assert with_value(document, "/a/b~1c/1", 9) == {"a": {"b/c": [1, 9]}, "d": 0}
    assert with_value(document, "/a/new", True) == {"a": {"b/c": [1, 2], "new": True}, "d": 0}
    assert document == {"a": {"b/c": [1, 2]}, "d": 0}  # the original is untouched
    whole = with_value(document, "", document)
    assert whole == document
    assert whole is not document


def test_enrich_keeps_only_what_stays_valid() -> None:
    schema = {
        "type": "object",
        "properties": {
            "kept": {"type": "integer"},
            "refused": {"type": "string"},
            "code": {"type": "string", "pattern": "^[A-Z]{2}$"},  # no example: skipped
            "inner": {
                "type": "object",
                "properties": {"deep": {"type": "boolean"}},
            },
            "items": {
                "type": "array",
                "items": {"type": "object", "properties": {"n": {"type": "integer"}}},
            },
        },
    }
    asked: list[Any] = []

    def keep(candidate: Any) -> bool:
        asked.append(candidate)
        return "refused" not in candidate

    base = {"items": [{}]}
    enriched = enrich(schema, base, keep)
    assert enriched == {"items": [{"n": 0}], "kept": 0, "inner": {"deep": True}}
    assert base == {"items": [{}]}
    assert not any("code" in candidate for candidate in asked)


def test_parameter_breaks() -> None:
    integer = Parameter(
        "size", "query", True, {"type": "integer", "minimum": 1, "maximum": 9}, None, "form", True
    )
    assert parameter_breaks(integer) == [
        ParameterBreak("required", None, frozenset({"required"})),
        ParameterBreak("type", "not-a-value", frozenset({"type"})),
        ParameterBreak("minimum", "0", frozenset({"minimum"})),
        ParameterBreak("maximum", "10", frozenset({"maximum"})),
    ]
    string = {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "^[a-z]+$", "enum": []}
    text = Parameter("name", "header", False, string, None, "simple", False)
    assert [(b.name, b.value) for b in parameter_breaks(text)] == [
        ("minLength", "a"),
        ("maxLength", "aaaa"),
        ("pattern", "Not Valid_!"),
        ("enum", "not-a-member"),
    ]
    free = Parameter("q", "query", False, {"type": "string"}, None, "form", True)
    assert parameter_breaks(free) == []


def _names(found: list[Mutation]) -> list[str]:
    return [m.name for m in found]


def test_what_cannot_be_broken_is_not() -> None:
    """A type list that allows every JSON type, a pattern every string matches, and an enum
    of every outsider we know give no mutation (rather than a crash)."""
    anything = ["string", "integer", "boolean", "array", "object"]
    assert list(mutations({"type": anything}, "x")) == []
    assert list(mutations({"type": "string", "pattern": ".*"}, "x")) == [
        Mutation("/: type", 12345, "", frozenset({"type"}))
    ]
    assert _names(list(mutations({"enum": ["not-a-member", 987654]}, 987654))) == []


def test_keywords_the_bundled_specs_do_not_use(tmp_path: Path) -> None:
    """uniqueItems, unevaluatedProperties, a type list, enum: each mutation is refused by the
    validator with one of its keywords at its pointer."""
    schema = {
        "type": "object",
        "required": ["tags", "level"],
        "unevaluatedProperties": False,
        "properties": {
            "tags": {
                "type": "array",
                "uniqueItems": True,
                "minItems": 1,
                "maxItems": 3,
                "items": {"type": "string", "maxLength": 5},
            },
            "level": {"type": ["integer", "null"], "minimum": 1, "maximum": 5},
            "mode": {"enum": ["fast", "slow"]},
        },
    }
    v = body_spec(tmp_path, schema)
    base = {"tags": ["a"], "level": 2, "mode": "fast"}
    found = list(mutations(schema, base))
    assert set(_names(found)) == {
        "/: type",
        "/: required tags",
        "/: required level",
        "/: closed object",
        "/tags: type",
        "/tags: maxItems",
        "/tags: minItems",
        "/tags: uniqueItems",
        "/tags/0: type",
        "/tags/0: maxLength",
        "/level: type",
        "/level: minimum",
        "/level: maximum",
        "/mode: enum",
    }
    assert v.validate_request(
        "createThing", body=json.dumps(base), content_type="application/json"
    ).valid
    for mutation in found:
        assert mutation.instance != base
        result = v.validate_request(
            "createThing", body=json.dumps(mutation.instance), content_type="application/json"
        )
        assert any(
            x.location == "body"
            and x.pointer == mutation.pointer
            and x.keyword in mutation.keywords
            for x in result.violations
        ), (mutation.name, [x.render() for x in result.violations])
