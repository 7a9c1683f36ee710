"""The real case: CKS as the older reference describes it (specs/history/) against the spec
today. Integer enums became strings in answers, which breaks clients; the create fields that
stopped being required break nobody."""

from __future__ import annotations

from generator.diff import Level, diff_specs
from tests.diff.specs import ROOT

OLD = ROOT / "specs" / "history" / "coreweave-cks-v1beta1-r1.yaml"
NEW = ROOT / "specs" / "coreweave-cks.yaml"
ANSWERING = [
    "DELETE /v1beta1/cks/clusters/{id}",
    "GET /v1beta1/cks/clusters/{id}",
    "PATCH /v1beta1/cks/clusters/{id}",
    "POST /v1beta1/cks/clusters",
]


def test_cks_history_breaking_changes() -> None:
    report = diff_specs(OLD, NEW)
    breaking = sorted(
        (c.operation or "", c.rule, c.message) for c in report.changes if c.level is Level.BREAKING
    )
    expected = []
    for operation in ANSWERING:
        expected += [
            (
                operation,
                "response-property-type-changed",
                "response property `cluster.oidc.signingAlgorithms[]`: type integer became string",
            ),
            (
                operation,
                "response-property-type-changed",
                "response property `cluster.status`: type integer became string",
            ),
        ]
    expected += [
        (
            "GET /v1beta1/cks/clusters",
            "response-property-type-changed",
            "response property `items[].oidc.signingAlgorithms[]`: type integer became string",
        ),
        (
            "GET /v1beta1/cks/clusters",
            "response-property-type-changed",
            "response property `items[].status`: type integer became string",
        ),
        # The newer create page documents the name rules: a name the old spec took may now be
        # refused.
        (
            "POST /v1beta1/cks/clusters",
            "request-property-pattern-added",
            "request property `name`: pattern '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' was added",
        ),
    ]
    assert breaking == sorted(expected)
    assert report.bump == "major"


def test_cks_history_dropped_required_create_fields_are_info() -> None:
    report = diff_specs(OLD, NEW)
    create = [c for c in report.changes if c.operation == "POST /v1beta1/cks/clusters"]
    optional = sorted(c.message for c in create if c.rule == "request-property-became-optional")
    assert optional == sorted(
        f"request property `{name}` became optional"
        for name in (
            "public",
            "oidc",
            "oidc.issuerUrl",
            "oidc.clientId",
            "authnWebhook",
            "authnWebhook.server",
            "authzWebhook",
            "authzWebhook.server",
        )
    )
    assert all(
        c.level is Level.INFO for c in create if c.rule == "request-property-became-optional"
    )
    # Requests now take signing algorithms as names or numbers: wider, not breaking.
    widened = [c for c in create if c.rule == "request-property-type-generalized"]
    assert [c.message for c in widened] == [
        "request property `oidc.signingAlgorithms[]`: type integer became integer or string"
    ]


def test_cks_history_places_point_at_both_files() -> None:
    report = diff_specs(OLD, NEW)
    status = next(
        c
        for c in report.changes
        if c.operation == "GET /v1beta1/cks/clusters/{id}" and "`cluster.status`" in c.message
    )
    assert status.old is not None
    assert status.new is not None
    assert status.old.file.endswith("history/coreweave-cks-v1beta1-r1.yaml")
    assert status.old.pointer == "/components/schemas/Cluster/properties/status/type"
    assert status.new.pointer == "/components/schemas/Cluster/properties/status/type"
    old_lines = OLD.read_text().splitlines()
    new_lines = NEW.read_text().splitlines()
    assert old_lines[status.old.line - 1].strip() == "type: integer"
    assert new_lines[status.new.line - 1].strip() == "type: string"
    # The semantics the newer spec declares show up as additions.
    assert any(c.rule == "lifecycle-added" for c in report.changes)
