"""Each lint rule fires on a spec broken in exactly its way, at the right pointer, and the
unbroken spec is clean: so no rule is a check that cannot fail, and none cries wolf."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.lint import RULES, lint_spec
from tests.lint.base import base_spec, write_spec

Spec = dict[str, Any]
CREATE = "/paths/~1widgets/post"
GET = "/paths/~1widgets~1{id}/get"
WIDGET = "/components/schemas/Widget"


def _create(s: Spec) -> Spec:
    op: Spec = s["paths"]["/widgets"]["post"]
    return op


def _get(s: Spec) -> Spec:
    op: Spec = s["paths"]["/widgets/{id}"]["get"]
    return op


def _widget(s: Spec) -> Spec:
    schema: Spec = s["components"]["schemas"]["Widget"]
    return schema


def _set(target: Callable[[Spec], Spec], key: str, value: Any) -> Callable[[Spec], None]:
    def mutate(s: Spec) -> None:
        target(s)[key] = value

    return mutate


def _drop(target: Callable[[Spec], Spec], key: str) -> Callable[[Spec], None]:
    def mutate(s: Spec) -> None:
        del target(s)[key]

    return mutate


def _add_path(path: str, operation_id: str) -> Callable[[Spec], None]:
    def mutate(s: Spec) -> None:
        op = dict(_get(s), operationId=operation_id)
        s["paths"][path] = {"get": op}

    return mutate


CASES: list[tuple[str, Callable[[Spec], None], str]] = [
    ("openapi-version", _set(lambda s: s, "openapi", "3.0.3"), "/openapi"),
    ("oas3-schema", _set(lambda s: s["info"], "termsOfService", 42), "/info/termsOfService"),
    (
        "schema-valid",
        _set(lambda s: s["components"]["schemas"]["Widget"]["properties"]["id"], "minLength", -1),
        WIDGET + "/properties/id/minLength",
    ),
    ("operation-operationId", _drop(_get, "operationId"), GET),
    (
        "operation-operationId-unique",
        _set(_get, "operationId", "createWidget"),
        GET + "/operationId",
    ),
    (
        "operation-operationId-url-safe",
        _set(_get, "operationId", "get widget"),
        GET + "/operationId",
    ),
    ("operation-summary", _drop(_get, "summary"), GET),
    ("operation-description", _drop(_get, "description"), GET),
    ("operation-tags", _set(_get, "tags", ["Gadgets"]), GET + "/tags/0"),
    (
        "operation-success-response",
        _set(_get, "responses", {"404": {"description": "No."}}),
        GET + "/responses",
    ),
    (
        "operation-4xx-response",
        _set(_get, "responses", {"200": {"description": "Yes."}}),
        GET + "/responses",
    ),
    (
        "operation-parameters-unique",
        _set(_get, "parameters", [{"name": "q", "in": "query", "schema": {"type": "string"}}] * 2),
        GET + "/parameters/1",
    ),
    ("path-params-declared", lambda s: s["paths"]["/widgets/{id}"].pop("parameters"), GET),
    (
        "operation-security-defined",
        _set(_get, "security", [{"apiKey": []}]),
        GET + "/security/0/apiKey",
    ),
    ("path-keys-no-trailing-slash", _add_path("/gadgets/", "listGadgets"), "/paths/~1gadgets~1"),
    ("path-not-include-query", _add_path("/gadgets?x=1", "listGadgets"), "/paths/~1gadgets?x=1"),
    (
        "path-declarations-must-exist",
        _add_path("/gadgets/{}", "listGadgets"),
        "/paths/~1gadgets~1{}",
    ),
    (
        "no-identical-paths",
        lambda s: s["paths"].update({"/widgets/{name}": {}}),
        "/paths/~1widgets~1{name}",
    ),
    (
        "no-ambiguous-paths",
        lambda s: s["paths"].update({"/x/{y}": {}, "/{z}/w": {}}),
        "/paths/~1{z}~1w",
    ),
    (
        "example-valid",
        _set(
            lambda s: s["components"]["schemas"]["Widget"]["properties"]["createdAt"],
            "example",
            "yesterday",
        ),
        WIDGET + "/properties/createdAt/example",
    ),
    (
        "default-valid",
        _set(lambda s: s["components"]["schemas"]["Widget"]["properties"]["name"], "default", 7),
        WIDGET + "/properties/name/default",
    ),
    (
        "typed-enum",
        _set(
            lambda s: s["components"]["schemas"]["Widget"]["properties"]["state"],
            "enum",
            ["new", 3],
        ),
        WIDGET + "/properties/state/enum/1",
    ),
    (
        "duplicated-entry-in-enum",
        _set(
            lambda s: s["components"]["schemas"]["Widget"]["properties"]["state"],
            "enum",
            ["new", "ready", "broken", "new"],
        ),
        WIDGET + "/properties/state/enum/3",
    ),
    (
        "required-property-defined",
        _set(_widget, "required", ["id", "colour"]),
        WIDGET + "/required/1",
    ),
    (
        "array-items",
        _set(
            lambda s: s["components"]["schemas"]["Widget"]["properties"], "tags", {"type": "array"}
        ),
        WIDGET + "/properties/tags",
    ),
    ("info-contact", _drop(lambda s: s["info"], "contact"), "/info"),
    ("info-description", _drop(lambda s: s["info"], "description"), "/info"),
    (
        "servers-defined",
        _set(lambda s: s, "servers", [{"url": "https://api.widgets.test/v1/"}]),
        "/servers/0/url",
    ),
    ("tags-described", _set(lambda s: s, "tags", [{"name": "Widgets"}]), "/tags/0"),
    (
        "unused-component",
        lambda s: s["components"]["schemas"].update({"Spare": {"type": "string"}}),
        "/components/schemas/Spare",
    ),
    (
        "no-script-in-markdown",
        _set(_get, "description", "Reads <script>alert(1)</script>."),
        GET + "/description",
    ),
    (
        "links-valid",
        lambda s: _create(s)["responses"]["201"]["links"]["GetWidget"].update(
            operationId="getGadget"
        ),
        CREATE + "/responses/201/links/GetWidget/operationId",
    ),
    ("extension-schema", _set(_get, "x-permissions", {"anyOf": []}), GET + "/x-permissions/anyOf"),
    (
        "extension-consistency",
        lambda s: s["x-resources"]["widget"]["lifecycle"].update(initial="gone"),
        "/x-resources/widget/lifecycle/initial",
    ),
    ("provenance-required", _drop(_get, "x-provenance"), GET),
    (
        "provenance-source-known",
        _set(_get, "x-provenance", {"source": "gadgets"}),
        GET + "/x-provenance/source",
    ),
]


def test_base_spec_is_clean(tmp_path: Path) -> None:
    assert lint_spec(write_spec(tmp_path, base_spec())) == []


def test_every_rule_has_a_case() -> None:
    assert {rule for rule, _, _ in CASES} == set(RULES)


@pytest.mark.parametrize(("rule", "mutate", "pointer"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires(
    tmp_path: Path, rule: str, mutate: Callable[[Spec], None], pointer: str
) -> None:
    spec = base_spec()
    mutate(spec)
    findings = lint_spec(write_spec(tmp_path, spec))
    hits = [f for f in findings if f.rule == rule]
    assert hits, f"{rule} did not fire; got {[f.render() for f in findings]}"
    assert pointer in {f.pointer for f in hits}, [f.render() for f in hits]
    assert all(f.severity is RULES[rule].severity for f in hits)
    assert all(f.line >= 1 for f in hits)


def _concurrency(token: Spec) -> Callable[[Spec], None]:
    """Optimistic concurrency on the widget, with `token`; getWidget takes If-Match."""

    def mutate(s: Spec) -> None:
        if_match = {"name": "If-Match", "in": "header", "required": True}
        _get(s)["parameters"] = [{**if_match, "schema": {"type": "string"}}]
        s["x-resources"]["widget"]["concurrency"] = {
            "token": token,
            "precondition": {"header": "If-Match", "required": True, "operations": ["getWidget"]},
        }

    return mutate


CONSISTENCY: list[tuple[Callable[[Spec], None], str, str]] = [
    (
        lambda s: s["x-resources"]["widget"]["operations"].update(get="readWidget"),
        "/x-resources/widget/operations/get",
        "does not exist",
    ),
    (
        lambda s: s["x-resources"]["widget"].update(itemPath="/gadgets/{id}"),
        "/x-resources/widget/itemPath",
        "not in paths",
    ),
    (
        lambda s: s["x-resources"]["widget"]["identifier"].update(property="/uid"),
        "/x-resources/widget/identifier/property",
        "no such property",
    ),
    (
        lambda s: s["x-resources"]["widget"]["lifecycle"].update(failed=["ready"]),
        "/x-resources/widget/lifecycle",
        "both ready and failed",
    ),
    (
        lambda s: s["x-resources"]["widget"]["lifecycle"].update(
            states=["new", "ready", "broken", "gone"]
        ),
        "/x-resources/widget/lifecycle/states",
        "differ from the field's enum",
    ),
    (
        lambda s: s["x-resources"]["widget"].update(
            concurrency={
                "token": {"header": "ETag"},
                "precondition": {
                    "header": "If-Match",
                    "required": True,
                    "operations": ["getWidget"],
                },
            }
        ),
        "/x-resources/widget/concurrency/precondition/operations/0",
        "does not declare the If-Match header",
    ),
    (
        lambda s: _create(s)["x-idempotency"].update(header="x-request-id"),
        CREATE + "/x-idempotency/header",
        "does not declare",
    ),
    (
        lambda s: _create(s).update(
            {"x-field-mask": {"field": "updateMask", "encoding": "comma-separated"}}
        ),
        CREATE + "/x-field-mask/field",
        "no property 'updateMask'",
    ),
    (
        lambda s: _get(s).update(
            {
                "x-pagination": {
                    "style": "page-number",
                    "items": "/items",
                    "object": "/page",
                    "next": "next",
                    "pageParameter": "page",
                }
            }
        ),
        GET + "/x-pagination/items",
        "no such property",
    ),
    (
        lambda s: s["x-resources"]["widget"]["lifecycle"].update(updating={"state": "ready"}),
        "/x-resources/widget/lifecycle/updating",
        "'ready' is not a transitional state",
    ),
    (
        lambda s: s["x-resources"]["widget"]["lifecycle"].update(
            updating={"state": "new", "changes": {"/colour": "new"}}
        ),
        "/x-resources/widget/lifecycle/updating/changes",
        "the resource has no /colour",
    ),
    (
        lambda s: s["x-resources"]["widget"]["lifecycle"].update(field="/phase"),
        "/x-resources/widget/lifecycle/field",
        "the resource schema has no such property",
    ),
    (
        lambda s: s["x-resources"]["widget"]["lifecycle"].update(open=True),
        "/x-resources/widget/lifecycle/open",
        "the lifecycle is open but the field's enum",
    ),
    (
        lambda s: s["x-resources"]["widget"].update(envelope={"item": "/widget"}),
        "/x-resources/widget/operations/get",
        "the response of GET /widgets/{id} has no /widget (item envelope)",
    ),
    (
        _concurrency(token={"header": "ETag", "property": "/etag"}),
        "/x-resources/widget/concurrency/token/property",
        "the resource schema has no such property",
    ),
    (
        lambda s: _create(s).update(
            {"x-field-mask": {"field": "name", "encoding": "array", "alwaysRequired": ["colour"]}}
        ),
        CREATE + "/x-field-mask/alwaysRequired",
        "no property 'colour'",
    ),
    (
        lambda s: _get(s).update(
            {
                "x-pagination": {
                    "style": "page-number",
                    "items": "/name",
                    "object": "/name",
                    "next": "next",
                    "pageParameter": "page",
                }
            }
        ),
        GET + "/x-pagination/pageParameter",
        "getWidget has no query parameter 'page'",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "pointer", "text"), CONSISTENCY, ids=[c[1] for c in CONSISTENCY]
)
def test_extension_consistency(
    tmp_path: Path, mutate: Callable[[Spec], None], pointer: str, text: str
) -> None:
    spec = base_spec()
    mutate(spec)
    hits = [f for f in lint_spec(write_spec(tmp_path, spec)) if f.rule == "extension-consistency"]
    assert any(f.pointer == pointer and text in f.message for f in hits), [f.render() for f in hits]
    # Said once: the model checks the links, lint the schemas, and neither repeats the other.
    said = [f for f in hits if f.pointer == pointer and text in f.message]
    assert len(said) == 1, [f.render() for f in hits]


def _lint(tmp_path: Path, mutate: Callable[[Spec], None]) -> list[str]:
    spec = base_spec()
    mutate(spec)
    return [f"{f.rule} {f.pointer}: {f.message}" for f in lint_spec(write_spec(tmp_path, spec))]


def test_concurrency_case_breaks_only_the_token(tmp_path: Path) -> None:
    # The concurrency cases above are otherwise sound: the If-Match header is declared.
    assert _lint(tmp_path, _concurrency(token={"header": "ETag"})) == []


def test_nested_provenance_names_a_known_source(tmp_path: Path) -> None:
    # `provenance` inside another extension takes the x-provenance shape and the same check.
    def mutate(s: Spec) -> None:
        _create(s)["x-idempotency"]["provenance"] = {"source": "gadgets"}
        s["x-resources"]["widget"]["lifecycle"]["provenance"] = {"source": "widgets"}

    assert _lint(tmp_path, mutate) == [
        f"provenance-source-known {CREATE}/x-idempotency/provenance/source: "
        "source 'gadgets' is not in info.x-source-documents"
    ]


def test_a_resource_without_identifier_is_one_finding(tmp_path: Path) -> None:
    spec = base_spec()
    del spec["x-resources"]["widget"]["identifier"]
    findings = lint_spec(write_spec(tmp_path, spec))
    # The resource is left out of the model; no other rule trips over it.
    assert [(f.rule, f.pointer) for f in findings] == [("extension-schema", "/x-resources/widget")]
    assert findings[0].line >= 1
    assert "'identifier' is a required property" in findings[0].message


def test_a_misplaced_extension_says_where_it_belongs(tmp_path: Path) -> None:
    assert _lint(tmp_path, lambda s: _widget(s).update({"x-permissions": {"anyOf": ["A"]}})) == [
        f"extension-schema {WIDGET}/x-permissions: x-permissions belongs on an operation"
    ]


def test_malformed_provenance_is_not_also_missing(tmp_path: Path) -> None:
    found = _lint(tmp_path, _set(_get, "x-provenance", {"inferred": "short"}))
    assert found
    assert all(line.startswith(f"extension-schema {GET}/x-provenance") for line in found)


def test_malformed_source_documents_do_not_unknow_every_source(tmp_path: Path) -> None:
    found = _lint(tmp_path, lambda s: s["info"]["x-source-documents"]["widgets"].pop("file"))
    assert found == [
        "extension-schema /info/x-source-documents/widgets: 'file' is a required property"
    ]


def test_an_unreadable_operation_is_said_once_where_it_is(tmp_path: Path) -> None:
    # The model cannot be built; the rules that read it say so at the operation, once.
    found = _lint(tmp_path, lambda s: _create(s)["parameters"][0].pop("name"))
    assert f"oas3-schema {CREATE}/parameters/0: 'name' is a required property" in found
    assert [line for line in found if line.startswith(f"oas3-schema {CREATE}:")] == [
        f"oas3-schema {CREATE}: createWidget cannot be read: KeyError: 'name'"
    ]
    assert not [line for line in found if "could not check" in line]
