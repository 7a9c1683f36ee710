"""Each class of change, made once to a small spec, is reported under its rule and level; what
loosens a request or tightens a response breaks nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.diff import Level, diff_specs
from generator.diff.rules import RULES
from tests.diff.specs import BASE, Mutation, pair, schema

ERR, WARN, INFO = Level.BREAKING, Level.WARNING, Level.INFO


def _new_widget(d: dict[str, Any]) -> dict[str, Any]:
    return schema(d, "NewWidget")["properties"]


def _widget(d: dict[str, Any]) -> dict[str, Any]:
    return schema(d, "Widget")["properties"]


def _create(d: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = d["paths"]["/widgets"]["post"]
    return op


def _list(d: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = d["paths"]["/widgets"]["get"]
    return op


def _add_param(d: dict[str, Any], **param: Any) -> None:
    _list(d)["parameters"].append({"schema": {"type": "string"}, **param})


CASES: list[tuple[str, Mutation, str, Level]] = [
    # paths and operations
    (
        "path removed",
        lambda d: d["paths"].pop("/widgets/{id}"),
        "api-path-removed-without-deprecation",
        ERR,
    ),
    (
        "operation removed",
        lambda d: d["paths"]["/widgets/{id}"].pop("delete"),
        "api-removed-without-deprecation",
        ERR,
    ),
    (
        "operation added",
        lambda d: d["paths"]["/widgets/{id}"].update(put=_list(d) | {"operationId": "putWidget"}),
        "endpoint-added",
        INFO,
    ),
    (
        "operation deprecated",
        lambda d: _list(d).update(deprecated=True),
        "endpoint-deprecated",
        INFO,
    ),
    (
        "operationId renamed",
        lambda d: _list(d).update(operationId="getWidgets"),
        "api-operation-id-removed",
        WARN,
    ),
    # parameters and headers
    (
        "required query parameter added",
        lambda d: _add_param(d, name="q", required=True, **{"in": "query"}),
        "new-required-request-parameter",
        ERR,
    ),
    (
        "required header added",
        lambda d: _add_param(d, name="X-Tenant", required=True, **{"in": "header"}),
        "new-required-request-parameter",
        ERR,
    ),
    (
        "optional parameter added",
        lambda d: _add_param(d, name="q", **{"in": "query"}),
        "new-optional-request-parameter",
        INFO,
    ),
    ("parameter removed", lambda d: _list(d).pop("parameters"), "request-parameter-removed", WARN),
    (
        "parameter made required",
        lambda d: _list(d)["parameters"][0].update(required=True),
        "request-parameter-became-required",
        ERR,
    ),
    (
        "parameter type changed",
        lambda d: _list(d)["parameters"][0].update(schema={"type": "string"}),
        "request-parameter-type-changed",
        ERR,
    ),
    (
        "parameter maximum decreased",
        lambda d: _list(d)["parameters"][0]["schema"].update(maximum=50),
        "request-parameter-max-decreased",
        ERR,
    ),
    (
        "parameter default changed",
        lambda d: _list(d)["parameters"][0]["schema"].update(default=20),
        "request-parameter-default-value-changed",
        ERR,
    ),
    # request bodies
    (
        "required request property added",
        lambda d: (
            _new_widget(d).update(owner={"type": "string"}),
            schema(d, "NewWidget")["required"].append("owner"),
        ),
        "new-required-request-property",
        ERR,
    ),
    (
        "optional request property added",
        lambda d: _new_widget(d).update(owner={"type": "string"}),
        "new-optional-request-property",
        INFO,
    ),
    (
        "request property made required",
        lambda d: schema(d, "NewWidget")["required"].append("size"),
        "request-property-became-required",
        ERR,
    ),
    (
        "request property removed",
        lambda d: _new_widget(d).pop("size"),
        "request-property-removed",
        WARN,
    ),
    (
        "request property type changed",
        lambda d: _new_widget(d)["size"].update(type="string"),
        "request-property-type-changed",
        ERR,
    ),
    (
        "request pattern added",
        lambda d: _new_widget(d)["color"].update(pattern="^r"),
        "request-property-pattern-added",
        ERR,
    ),
    (
        "request pattern changed",
        lambda d: _new_widget(d)["name"].update(pattern="^[a-z0-9]+$"),
        "request-property-pattern-changed",
        WARN,
    ),
    (
        "request maxLength decreased",
        lambda d: _new_widget(d)["name"].update(maxLength=20),
        "request-property-max-length-decreased",
        ERR,
    ),
    (
        "request minimum increased",
        lambda d: _new_widget(d)["size"].update(minimum=2),
        "request-property-min-increased",
        ERR,
    ),
    (
        "request maxItems decreased",
        lambda d: _new_widget(d)["tags"].update(maxItems=3),
        "request-property-max-items-decreased",
        ERR,
    ),
    (
        "request items made unique",
        lambda d: _new_widget(d)["tags"].update(uniqueItems=True),
        "request-property-became-unique",
        ERR,
    ),
    (
        "request enum value removed",
        lambda d: _new_widget(d)["color"].update(enum=["red"]),
        "request-property-enum-value-removed",
        ERR,
    ),
    (
        "request property became an enum",
        lambda d: _new_widget(d)["name"].update(enum=["a", "b"]),
        "request-property-became-enum",
        ERR,
    ),
    (
        "request format added",
        lambda d: _new_widget(d)["name"].update(format="email"),
        "request-property-format-added",
        WARN,
    ),
    (
        "request body made optional",
        lambda d: _create(d)["requestBody"].update(required=False),
        "request-body-became-optional",
        INFO,
    ),
    (
        "request media type removed",
        lambda d: _create(d)["requestBody"].update(
            content={"application/yaml": {"schema": {"type": "object"}}}
        ),
        "request-body-media-type-removed",
        ERR,
    ),
    # responses
    (
        "required response property removed",
        lambda d: (_widget(d).pop("state"), schema(d, "Widget")["required"].remove("state")),
        "response-required-property-removed",
        ERR,
    ),
    (
        "optional response property removed",
        lambda d: _widget(d).pop("note"),
        "response-optional-property-removed",
        WARN,
    ),
    (
        "response property made optional",
        lambda d: schema(d, "Widget")["required"].remove("name"),
        "response-property-became-optional",
        ERR,
    ),
    (
        "response property type changed",
        lambda d: _widget(d)["id"].update(type="integer"),
        "response-property-type-changed",
        ERR,
    ),
    (
        "response property format changed",
        lambda d: _widget(d)["created"].update(format="date"),
        "response-property-format-changed",
        ERR,
    ),
    (
        "response property became nullable",
        lambda d: _widget(d)["note"].update(type=["string", "null"]),
        "response-property-became-nullable",
        ERR,
    ),
    (
        "response enum value added",
        lambda d: _widget(d)["state"]["enum"].append("upgrading"),
        "response-property-enum-value-added",
        WARN,
    ),
    (
        "response maxLength increased",
        lambda d: _widget(d)["note"].update(maxLength=200),
        "response-property-max-length-increased",
        ERR,
    ),
    (
        "success status removed",
        lambda d: _create(d)["responses"].update({"200": _create(d)["responses"].pop("201")}),
        "response-success-status-removed",
        ERR,
    ),
    (
        "error status removed",
        lambda d: _create(d)["responses"].pop("400"),
        "response-non-success-status-removed",
        INFO,
    ),
    (
        "response media type removed",
        lambda d: _create(d)["responses"]["201"].update(content={"application/xml": {}}),
        "response-media-type-removed",
        ERR,
    ),
    (
        "required response header removed",
        lambda d: _create(d)["responses"]["201"].pop("headers"),
        "required-response-header-removed",
        ERR,
    ),
    (
        "response header made optional",
        lambda d: _create(d)["responses"]["201"]["headers"]["Location"].update(required=False),
        "response-header-became-optional",
        ERR,
    ),
    # deeper: through arrays and recursion
    (
        "nested response type changed",
        lambda d: _widget(d).update(children={"type": "array", "items": {"type": "string"}}),
        "response-property-type-changed",
        ERR,
    ),
    # security and servers
    (
        "security scheme changed",
        lambda d: d["components"]["securitySchemes"].update(
            bearer={"type": "apiKey", "in": "header", "name": "X-Key"}
        ),
        "api-security-component-type-changed",
        ERR,
    ),
    (
        "security requirement replaced",
        lambda d: (
            d["components"]["securitySchemes"].update(
                key={"type": "apiKey", "in": "header", "name": "X-Key"}
            ),
            d.update(security=[{"key": []}]),
        ),
        "api-security-removed",
        WARN,
    ),
    (
        "security added to a public operation",
        lambda d: _list(d).update(security=[{"bearer": []}]),
        "api-security-added",
        WARN,
    ),
    (
        "server URL changed",
        lambda d: d.update(servers=[{"url": "https://api.example.com/v2"}]),
        "api-server-removed",
        WARN,
    ),
    (
        "request value fixed",
        lambda d: _new_widget(d)["color"].update(const="red"),
        "request-property-const-added",
        ERR,
    ),
    (
        "request closed to unknown fields",
        lambda d: schema(d, "NewWidget").update(additionalProperties=False),
        "request-body-additional-properties-forbidden",
        WARN,
    ),
    (
        "response closed to unknown fields",
        lambda d: schema(d, "Widget").update(additionalProperties=False),
        "response-body-additional-properties-forbidden",
        INFO,
    ),
    # loosening a request and tightening a response break nothing
    (
        "request maxLength increased",
        lambda d: _new_widget(d)["name"].update(maxLength=60),
        "request-property-max-length-increased",
        INFO,
    ),
    (
        "request pattern dropped",
        lambda d: _new_widget(d)["name"].pop("pattern"),
        "request-property-pattern-removed",
        INFO,
    ),
    (
        "request enum value added",
        lambda d: _new_widget(d)["color"]["enum"].append("green"),
        "request-property-enum-value-added",
        INFO,
    ),
    (
        "request type widened",
        lambda d: _new_widget(d)["size"].update(type=["integer", "string"]),
        "request-property-type-generalized",
        INFO,
    ),
    (
        "response maxLength decreased",
        lambda d: _widget(d)["note"].update(maxLength=50),
        "response-property-max-length-decreased",
        INFO,
    ),
    (
        "response property made required",
        lambda d: schema(d, "Widget")["required"].append("note"),
        "response-property-became-required",
        INFO,
    ),
    (
        "response enum value removed",
        lambda d: _widget(d)["state"].update(enum=["ready"]),
        "response-property-enum-value-removed",
        INFO,
    ),
]


@pytest.mark.parametrize(
    ("change", "rule", "level"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_change_is_classified(
    tmp_path: Path, change: Mutation, rule: str, level: Level
) -> None:
    before = None
    if rule == "api-security-added":  # the operation starts public

        def before(d: dict[str, Any]) -> None:
            _list(d)["security"] = []

    old, new = pair(tmp_path, change, before=before)
    report = diff_specs(old, new)
    found = [c for c in report.changes if c.rule == rule]
    assert found, [f"{c.rule}: {c.message}" for c in report.changes]
    assert {c.level for c in found} == {level} == {RULES[rule].level}
    if level is not ERR:
        assert not report.at_least(ERR), [c.message for c in report.at_least(ERR)]
    for change_ in found:  # every change says where, in the file it concerns
        for place in (change_.old, change_.new):
            if place is not None:
                assert place.line >= 1
                assert place.file.endswith(".yaml")


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    old, new = pair(tmp_path, lambda d: None)
    report = diff_specs(old, new)
    assert report.changes == ()
    assert report.bump is None


def test_moving_a_schema_into_components_is_no_change(tmp_path: Path) -> None:
    def inline(d: dict[str, Any]) -> None:
        _create(d)["requestBody"]["content"]["application/json"]["schema"] = schema(d, "NewWidget")
        d["components"]["schemas"]["Tag"] = {"type": "string"}
        _new_widget(d)["tags"]["items"] = {"$ref": "#/components/schemas/Tag"}

    report = diff_specs(*pair(tmp_path, inline))
    assert report.changes == ()
    assert report.edited
    assert report.bump == "patch"


def test_renaming_a_path_parameter_is_no_change(tmp_path: Path) -> None:
    def rename(d: dict[str, Any]) -> None:
        item = d["paths"].pop("/widgets/{id}")
        item["parameters"][0]["name"] = "widgetId"
        d["paths"]["/widgets/{widgetId}"] = item

    assert diff_specs(*pair(tmp_path, rename)).changes == ()


def test_a_change_inside_a_recursive_schema_is_found_once_per_place(tmp_path: Path) -> None:
    report = diff_specs(*pair(tmp_path, lambda d: _widget(d)["note"].update(type="integer")))
    get = [c for c in report.changes if c.operation == "GET /widgets/{id}"]
    assert [c.message for c in get] == ["response property `note`: type string became integer"]
    children = [c for c in report.changes if "children" in c.message]
    assert children == []  # the recursion stops where the same pair is already being compared


def test_openapi_3_0_nullable_and_boolean_exclusive_bounds(tmp_path: Path) -> None:
    base: dict[str, Any] = {
        **BASE,
        "openapi": "3.0.3",
    }

    def change(d: dict[str, Any]) -> None:
        _widget(d)["note"]["nullable"] = True
        _new_widget(d)["size"]["exclusiveMinimum"] = True  # 3.0: a flag, not a bound

    report = diff_specs(*pair(tmp_path, change, base=base))
    assert [(c.rule, c.operation) for c in report.changes if c.rule.startswith("request")] == []
    assert {c.rule for c in report.changes} == {"response-property-became-nullable"}


def test_a_swagger_2_document_is_refused(tmp_path: Path) -> None:
    from generator.errors import SpecError

    old, new = pair(tmp_path, lambda d: None)
    new.write_text("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n")
    with pytest.raises(SpecError, match=r"OpenAPI 3\.x"):
        diff_specs(old, new)


def test_every_rule_id_is_unique_and_oasdiff_ids_keep_oasdiff_levels() -> None:
    # A sample of oasdiff's catalogue (REFERENCE.md): the same id means the same level.
    oasdiff = {
        "new-required-request-property": ERR,
        "request-property-became-required": ERR,
        "request-property-removed": WARN,
        "request-property-type-changed": ERR,
        "request-property-enum-value-removed": ERR,
        "request-parameter-enum-value-removed": ERR,
        "request-property-became-enum": ERR,
        "response-property-enum-value-added": WARN,
        "response-required-property-removed": ERR,
        "response-optional-property-removed": WARN,
        "response-property-became-optional": ERR,
        "response-property-type-changed": ERR,
        "response-media-type-removed": ERR,
        "response-success-status-removed": ERR,
        "new-required-request-parameter": ERR,
        "request-parameter-became-required": ERR,
        "request-parameter-type-changed": ERR,
        "request-parameter-removed": WARN,
        "request-parameter-default-value-changed": ERR,
        "api-path-removed-without-deprecation": ERR,
        "api-removed-without-deprecation": ERR,
    }
    assert {rule: RULES[rule].level for rule in oasdiff} == oasdiff
    assert all(rule.id == key for key, rule in RULES.items())


def test_schemas_in_another_file_are_followed_and_placed_there(tmp_path: Path) -> None:
    import copy

    import yaml

    def split(d: dict[str, Any], max_length: int) -> None:
        widget = copy.deepcopy(schema(d, "NewWidget"))
        widget["properties"]["name"]["maxLength"] = max_length
        (tmp_path / f"parts-{max_length}.yaml").write_text(yaml.safe_dump({"NewWidget": widget}))
        _create(d)["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": f"parts-{max_length}.yaml#/NewWidget"
        }

    report = diff_specs(*pair(tmp_path, lambda d: split(d, 20), before=lambda d: split(d, 30)))
    (change,) = report.changes
    assert change.rule == "request-property-max-length-decreased"
    assert change.old is not None
    assert change.new is not None
    assert change.old.file.endswith("parts-30.yaml")
    assert change.new.file.endswith("parts-20.yaml")
    assert change.new.pointer == "/NewWidget/properties/name/maxLength"
    # Moving the schema out of the spec into another file is no change at all.
    moved = diff_specs(*pair(tmp_path, lambda d: split(d, 30)))
    assert moved.changes == ()


@pytest.mark.parametrize("api", ["akua", "cockroach-cloud", "coreweave-cks", "kupe"])
def test_a_spec_against_itself_has_no_changes(api: str) -> None:
    from tests.diff.specs import ROOT

    path = ROOT / "specs" / f"{api}.yaml"
    report = diff_specs(path, path)
    assert report.changes == ()
    assert report.bump is None
