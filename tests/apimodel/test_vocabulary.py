"""The x- vocabulary is read once, by apimodel: every extension of the bundled specs is reachable
as a typed object from `Api`, field by field; and a broken vocabulary gives findings with file,
line and pointer (refused by `require_clean`), never a default in place of what is missing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.apimodel import Api, build_api
from generator.apimodel.semantics import PRECONDITION_FAILED
from generator.apimodel.vocabulary import extensions
from generator.errors import SpecError
from generator.spec import load_spec
from generator.spec import pointer as jp
from tests.lint.base import base_spec, write_spec
from tests.specs.fidelity import SPECS

BUNDLED = ["coreweave-cks", "cockroach-cloud", "kupe", "akua", "history/coreweave-cks-v1beta1-r1"]
Spec = dict[str, Any]


def _api(name: str) -> Api:
    return build_api(load_spec(SPECS / f"{name}.yaml"))


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_specs_have_a_clean_vocabulary(name: str) -> None:
    api = _api(name)
    assert api.findings == ()
    assert api.require_clean() is api


@pytest.mark.parametrize("name", BUNDLED)
def test_every_extension_is_reachable_field_by_field(name: str) -> None:
    """Each extension the document holds, compared with the typed object it became."""
    api = _api(name)
    by_pointer = {op.pointer: op for op in api.operations.values()}
    seen = 0
    for owner, key, raw in extensions(api.spec.document):
        seen += 1
        at = jp.join(owner, key)
        if key == "x-resources":
            assert set(api.resources) == set(raw)
            for resource_name, value in raw.items():
                _same_resource(api, resource_name, value)
        elif key == "x-source-documents":
            assert {k: (d.title, d.file, d.url) for k, d in api.sources.items()} == {
                k: (v["title"], v["file"], v.get("url")) for k, v in raw.items()
            }
        elif key == "x-provenance":
            found = api.provenance[at]
            assert (found.source, found.section, found.inferred, found.external) == (
                raw.get("source"),
                raw.get("section"),
                raw.get("inferred"),
                raw.get("external"),
            )
            if owner in by_pointer:
                assert by_pointer[owner].provenance == found
        elif key == "x-immutable":
            assert any(m.pointer == owner for m in api.immutable) == (raw is True)
        else:
            _same_operation_extension(by_pointer[owner], key, raw)
    assert seen > 0


def _same_operation_extension(op: Any, key: str, raw: dict[str, Any]) -> None:
    if key == "x-permissions":
        assert op.permissions.any_of == tuple(raw["anyOf"])
    elif key == "x-idempotency":
        assert (op.idempotency.header, op.idempotency.replay) == (raw["header"], raw["replay"])
        conflict = raw.get("conflict")
        if conflict is None:
            assert op.idempotency.conflict is None
        else:
            assert op.idempotency.conflict.status == conflict["status"]
            assert op.idempotency.conflict.code == conflict.get("code")
    elif key == "x-field-mask":
        mask = op.field_mask
        assert (mask.field, mask.encoding, mask.governs, mask.empty_means) == (
            raw["field"],
            raw["encoding"],
            raw.get("governs", ""),
            raw.get("emptyMeans"),
        )
        assert mask.always_required == tuple(raw.get("alwaysRequired") or ())
    elif key == "x-pagination":
        pages = op.pagination
        assert (pages.style, pages.items, pages.object, pages.next) == (
            raw["style"],
            raw["items"],
            raw["object"],
            raw["next"],
        )
        assert (pages.page_parameter, pages.limit_parameter) == (
            raw["pageParameter"],
            raw.get("limitParameter"),
        )
    elif key == "x-rules":
        assert [(r.status, r.code, r.rule) for r in op.rules] == [
            (r["status"], r.get("code"), r["rule"]) for r in raw
        ]
        for rule, entry in zip(op.rules, raw, strict=True):
            if "provenance" in entry:
                assert rule.provenance is not None
                assert rule.provenance.inferred == entry["provenance"].get("inferred")
    else:
        pytest.fail(f"an extension this test does not know: {key}")


def _same_resource(api: Api, name: str, raw: dict[str, Any]) -> None:
    resource = api.resources[name]
    assert resource.pointer == f"/x-resources/{name}"
    assert resource.schema.pointer == raw["schema"].lstrip("#")
    assert (resource.collection_path, resource.item_path) == (
        raw["collectionPath"],
        raw["itemPath"],
    )
    identifier = raw["identifier"]
    assert (
        resource.identifier.parameter,
        resource.identifier.property,
        resource.identifier.assigned_by,
    ) == (identifier["parameter"], identifier["property"], identifier["assignedBy"])
    assert resource.operations == raw["operations"]  # operationIds are the operation keys
    for verb, key in resource.operations.items():
        assert api.role(key) == (resource, verb)
    envelope = raw.get("envelope") or {}
    assert (resource.envelope.item, resource.envelope.list) == (
        envelope.get("item", ""),
        envelope.get("list", ""),
    )
    lifecycle = raw.get("lifecycle")
    if lifecycle is None:
        assert resource.lifecycle is None
    else:
        typed = resource.lifecycle
        assert typed is not None
        assert (typed.field, typed.states, typed.initial) == (
            lifecycle["field"],
            tuple(lifecycle["states"]),
            lifecycle["initial"],
        )
        assert (typed.ready, typed.failed, typed.transitional) == (
            tuple(lifecycle["ready"]),
            tuple(lifecycle["failed"]),
            tuple(lifecycle["transitional"]),
        )
        assert (typed.deleting, typed.deleted, typed.open) == (
            lifecycle.get("deleting"),
            lifecycle.get("deleted"),
            lifecycle.get("open", False),
        )
        updating = lifecycle.get("updating")
        if updating is None:
            assert typed.updating is None
        else:
            assert typed.updating is not None
            assert typed.updating.state == updating["state"]
            assert dict(typed.updating.changes) == updating.get("changes", {})
    concurrency = raw.get("concurrency")
    if concurrency is None:
        assert resource.concurrency is None
    else:
        typed_c = resource.concurrency
        assert typed_c is not None
        token = concurrency["token"]
        assert (typed_c.token.header, typed_c.token.property) == (
            token.get("header"),
            token.get("property"),
        )
        precondition = concurrency["precondition"]
        assert (
            typed_c.precondition.header,
            typed_c.precondition.required,
            typed_c.precondition.operations,
        ) == (precondition["header"], precondition["required"], tuple(precondition["operations"]))
        mismatch = concurrency.get("mismatch")
        if mismatch is None:
            assert typed_c.mismatch == PRECONDITION_FAILED
        else:
            assert (
                typed_c.mismatch.status,
                typed_c.mismatch.code,
                typed_c.mismatch.current_token,
            ) == (mismatch["status"], mismatch.get("code"), mismatch.get("currentToken"))
    assert resource.scopes == tuple(
        part[1:-1] for part in raw["collectionPath"].split("/") if part.startswith("{")
    )


def test_immutable_properties_of_a_resource() -> None:
    kupe = _api("kupe").resources["cluster"]
    assert kupe.immutable == ("/name", "/displayName", "/type")
    assert _api("akua").resources["cluster"].immutable == ()


def _widget(s: Spec) -> dict[str, Any]:
    resource: dict[str, Any] = s["x-resources"]["widget"]
    return resource


def _create(s: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = s["paths"]["/widgets"]["post"]
    return operation


CREATE = "/paths/~1widgets/post"
W = "/x-resources/widget"

# (name, how to break the base spec, rule, pointer, a piece of the message, whether the
# resource is still built: a resource that breaks the vocabulary's schema is not)
BROKEN: list[tuple[str, Callable[[Spec], None], str, str, str, bool]] = [
    (
        "missing identifier",
        lambda s: _widget(s).pop("identifier"),
        "extension-schema",
        W,
        "'identifier' is a required property",
        False,
    ),
    (
        "identifier without a property",
        lambda s: _widget(s)["identifier"].pop("property"),
        "extension-schema",
        W + "/identifier",
        "'property' is a required property",
        False,
    ),
    (
        "lifecycle without ready states",
        lambda s: _widget(s)["lifecycle"].pop("ready"),
        "extension-schema",
        W + "/lifecycle",
        "'ready' is a required property",
        False,
    ),
    (
        "lifecycle with an empty ready list",
        lambda s: _widget(s)["lifecycle"].update(ready=[]),
        "extension-schema",
        W + "/lifecycle/ready",
        "should be non-empty",
        False,
    ),
    (
        "unknown initial state",
        lambda s: _widget(s)["lifecycle"].update(initial="gone"),
        "extension-consistency",
        W + "/lifecycle/initial",
        "'gone' is not one of the states",
        True,
    ),
    (
        "unknown failed state",
        lambda s: _widget(s)["lifecycle"].update(failed=["exploded"]),
        "extension-consistency",
        W + "/lifecycle/failed",
        "'exploded' is not one of the states",
        True,
    ),
    (
        "a state both ready and failed",
        lambda s: _widget(s)["lifecycle"].update(failed=["ready"]),
        "extension-consistency",
        W + "/lifecycle",
        "both ready and failed",
        True,
    ),
    (
        "concurrency without a precondition",
        lambda s: _widget(s).update(concurrency={"token": {"property": "/id"}}),
        "extension-schema",
        W + "/concurrency",
        "'precondition' is a required property",
        False,
    ),
    (
        "precondition on an unknown operation",
        lambda s: _widget(s).update(
            concurrency={
                "token": {"property": "/id"},
                "precondition": {
                    "header": "If-Match",
                    "required": True,
                    "operations": ["replaceWidget"],
                },
            }
        ),
        "extension-consistency",
        W + "/concurrency/precondition/operations/0",
        "operationId 'replaceWidget' does not exist",
        True,
    ),
    (
        "resource operation that does not exist",
        lambda s: _widget(s)["operations"].update(get="readWidget"),
        "extension-consistency",
        W + "/operations/get",
        "operationId 'readWidget' does not exist",
        True,
    ),
    (
        "undeclared idempotency header",
        lambda s: _create(s)["x-idempotency"].update(header="x-request-id"),
        "extension-consistency",
        CREATE + "/x-idempotency/header",
        "does not declare the x-request-id header",
        True,
    ),
    (
        "idempotency without replay",
        lambda s: _create(s)["x-idempotency"].pop("replay"),
        "extension-schema",
        CREATE + "/x-idempotency",
        "'replay' is a required property",
        True,
    ),
    (
        "idempotency with an unknown replay",
        lambda s: _create(s)["x-idempotency"].update(replay="latest"),
        "extension-schema",
        CREATE + "/x-idempotency/replay",
        "'latest' is not one of",
        True,
    ),
    (
        "an existing-resource replay outside every resource",
        lambda s: (
            _widget(s)["operations"].pop("create")
            and _create(s)["x-idempotency"].update(replay="existing-resource")
        ),
        "extension-consistency",
        CREATE + "/x-idempotency/replay",
        "is not the create or update of a resource",
        True,
    ),
    (
        "an external page without the reason",
        lambda s: _create(s).update(
            {"x-provenance": {"source": "widgets", "external": "Widgets API reference"}}
        ),
        "extension-schema",
        CREATE + "/x-provenance",
        "'inferred' is a dependency of 'external'",
        True,
    ),
    (
        "an empty external page",
        lambda s: _create(s).update(
            {"x-provenance": {"external": "", "inferred": "Taken from the API reference."}}
        ),
        "extension-schema",
        CREATE + "/x-provenance/external",
        "should be non-empty",
        True,
    ),
    (
        "pagination on a schema",
        lambda s: s["components"]["schemas"]["Widget"].update(
            {"x-pagination": {"style": "page-number"}}
        ),
        "extension-schema",
        "/components/schemas/Widget/x-pagination",
        "x-pagination belongs on an operation",
        True,
    ),
    (
        "resources on an operation",
        lambda s: _create(s).update({"x-resources": {}}),
        "extension-schema",
        CREATE + "/x-resources",
        "x-resources belongs on the root",
        True,
    ),
    (
        "field mask with an unknown encoding",
        lambda s: _create(s).update({"x-field-mask": {"field": "name", "encoding": "csv"}}),
        "extension-schema",
        CREATE + "/x-field-mask/encoding",
        "'csv' is not one of",
        True,
    ),
    (
        "a business rule without its status",
        lambda s: _create(s).update({"x-rules": [{"rule": "names must be unique"}]}),
        "extension-schema",
        CREATE + "/x-rules/0",
        "'status' is a required property",
        True,
    ),
    (
        "a business rule answered with a success",
        lambda s: _create(s).update({"x-rules": [{"status": 200, "rule": "x"}]}),
        "extension-schema",
        CREATE + "/x-rules/0/status",
        "less than the minimum of 400",
        True,
    ),
    (
        "resource schema that does not exist",
        lambda s: _widget(s).update(schema="#/components/schemas/Gadget"),
        "extension-consistency",
        W + "/schema",
        "#/components/schemas/Gadget does not exist",
        True,
    ),
]


@pytest.mark.parametrize(
    ("mutate", "rule", "pointer", "text", "built"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_vocabulary_gives_findings_not_defaults(
    tmp_path: Path,
    mutate: Callable[[Spec], None],
    rule: str,
    pointer: str,
    text: str,
    built: bool,
) -> None:
    spec = base_spec()
    mutate(spec)
    api = build_api(load_spec(write_spec(tmp_path, spec)))
    hits = [f for f in api.findings if f.rule == rule and f.pointer == pointer]
    assert any(text in f.message for f in hits), [f.render() for f in api.findings]
    assert all(f.line > 1 and f.file.endswith("spec.yaml") for f in hits)
    assert ("widget" in api.resources) is built
    with pytest.raises(SpecError) as refused:
        api.require_clean()
    assert any(text in f.message for f in refused.value.findings)


def test_absent_optional_keys_mean_what_the_docs_say(tmp_path: Path) -> None:
    spec = base_spec()
    del _widget(spec)["envelope"]
    _widget(spec)["concurrency"] = {
        "token": {"property": "/id"},
        "precondition": {"header": "idempotency-key", "required": False, "operations": []},
    }
    _widget(spec)["concurrency"]["precondition"]["operations"] = ["createWidget"]
    api = build_api(load_spec(write_spec(tmp_path, spec))).require_clean()
    widget = api.resources["widget"]
    assert (widget.envelope.item, widget.envelope.list) == ("", "")
    assert widget.concurrency is not None
    assert widget.concurrency.mismatch.status == 412  # RFC 9110, as docs/extensions.md says
    lifecycle = widget.lifecycle
    assert lifecycle is not None
    assert (lifecycle.deleting, lifecycle.deleted, lifecycle.updating, lifecycle.open) == (
        None,
        None,
        None,
        False,
    )


def test_an_external_page_is_its_own_kind_of_inference(tmp_path: Path) -> None:
    """`external` names a page outside the source documents; it sits beside `inferred` (which
    says why the page was used) and is kept apart from the documented `source`."""
    spec = base_spec()
    reason = "The widgets API reference gives the name rule; described only, not enforced."
    _create(spec)["x-provenance"] = {
        "source": "widgets",
        "external": "Widgets API reference",
        "inferred": reason,
    }
    api = build_api(load_spec(write_spec(tmp_path, spec))).require_clean()
    provenance = api.operations["createWidget"].provenance
    assert provenance is not None
    assert (provenance.source, provenance.external, provenance.inferred) == (
        "widgets",
        "Widgets API reference",
        reason,
    )
    plain = api.operations["getWidget"].provenance
    assert plain is not None
    assert plain.external is None


def test_replay_kinds(tmp_path: Path) -> None:
    spec = base_spec()
    api = build_api(load_spec(write_spec(tmp_path, spec))).require_clean()
    original = api.operations["createWidget"].idempotency
    assert original is not None
    assert (original.replay, original.answers_current) == ("original-response", False)
    _create(spec)["x-idempotency"]["replay"] = "existing-resource"
    api = build_api(load_spec(write_spec(tmp_path, spec))).require_clean()
    current = api.operations["createWidget"].idempotency
    assert current is not None
    assert (current.replay, current.answers_current) == ("existing-resource", True)


def test_bundled_specs_mark_pages_outside_the_documents() -> None:
    """Kupe's name rule and connection details rest on pages that are not source documents."""
    kupe = _api("kupe")
    outside = {p.pointer for p in kupe.provenance.values() if p.external is not None}
    assert "/components/schemas/ClusterCreate/properties/name/x-provenance" in outside
    assert "/components/schemas/ClusterConnection/x-provenance" in outside
    for pointer in outside:
        assert kupe.provenance[pointer].inferred, pointer
