"""The changes only the x- vocabulary shows, made to the bundled specs: lifecycles,
preconditions, idempotency keys, immutable fields and role requirements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.diff import Level, diff_specs
from tests.diff.specs import Mutation, bundled, pair, schema

ERR, WARN, INFO = Level.BREAKING, Level.WARNING, Level.INFO


def _akua_cluster(d: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = d["x-resources"]["cluster"]
    return found


def _kupe_precondition(d: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = d["x-resources"]["cluster"]["concurrency"]["precondition"]
    return found


def _drop_state(d: dict[str, Any]) -> None:
    _akua_cluster(d)["lifecycle"]["states"].remove("suspended")


def _reorder(d: dict[str, Any]) -> None:
    states = _akua_cluster(d)["lifecycle"]["states"]
    states[2], states[3] = states[3], states[2]


def _cockroach_roles(d: dict[str, Any]) -> None:
    d["paths"]["/v1/clusters"]["get"]["x-permissions"]["anyOf"] = ["ADMIN"]


CASES: list[tuple[str, str, Mutation | None, Mutation, str, Level]] = [
    ("lifecycle state removed", "akua", None, _drop_state, "lifecycle-state-removed", ERR),
    ("lifecycle states reordered", "akua", None, _reorder, "lifecycle-states-reordered", WARN),
    (
        "ready states changed",
        "akua",
        None,
        lambda d: _akua_cluster(d)["lifecycle"].update(ready=["suspended"]),
        "lifecycle-ready-states-changed",
        ERR,
    ),
    (
        "precondition made required",
        "kupe",
        None,
        lambda d: _kupe_precondition(d).update(required=True),
        "precondition-became-required",
        ERR,
    ),
    (
        "required precondition added",
        "akua",
        lambda d: _akua_cluster(d).pop("concurrency"),
        lambda d: None,
        "precondition-added-required",
        ERR,
    ),
    (
        "precondition extended to delete",
        "kupe",
        None,
        lambda d: _kupe_precondition(d)["operations"].append("deleteCluster"),
        "precondition-added",
        INFO,
    ),
    (
        "idempotency key removed",
        "akua",
        None,
        lambda d: d["paths"]["/clusters"]["post"].pop("x-idempotency"),
        "idempotency-key-removed",
        ERR,
    ),
    (
        "idempotency key added",
        "akua",
        lambda d: d["paths"]["/clusters"]["post"].pop("x-idempotency"),
        lambda d: None,
        "idempotency-key-added",
        INFO,
    ),
    (
        "role now required",
        "cockroach-cloud",
        lambda d: d["paths"]["/v1/clusters"]["get"].pop("x-permissions"),
        lambda d: None,
        "permission-added",
        ERR,
    ),
    (
        "field became immutable",
        "kupe",
        lambda d: [
            schema(d, s)["properties"]["displayName"].pop("x-immutable")
            for s in ("Cluster", "ClusterCreate")
        ],
        lambda d: None,
        "field-became-immutable",
        ERR,
    ),
    (
        "role no longer enough",
        "cockroach-cloud",
        None,
        _cockroach_roles,
        "permission-role-removed",
        ERR,
    ),
    (
        "field mask no longer honoured",
        "coreweave-cks",
        None,
        lambda d: d["paths"]["/v1beta1/cks/clusters/{id}"]["patch"].pop("x-field-mask"),
        "field-mask-removed",
        ERR,
    ),
    (
        "resource no longer declared",
        "akua",
        None,
        lambda d: d.pop("x-resources"),
        "resource-removed",
        ERR,
    ),
]


@pytest.mark.parametrize(
    ("api", "before", "change", "rule", "level"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_semantic_change_is_classified(
    tmp_path: Path, api: str, before: Mutation | None, change: Mutation, rule: str, level: Level
) -> None:
    old, new = pair(tmp_path, change, base=bundled(api), before=before)
    report = diff_specs(old, new)
    found = [c for c in report.changes if c.rule == rule]
    assert found, [f"{c.rule}: {c.message}" for c in report.changes]
    assert {c.level for c in found} == {level}
    place = found[0].new or found[0].old
    assert place is not None
    assert place.pointer.startswith(("/x-resources", "/paths"))


def test_removing_a_lifecycle_state_also_shows_in_the_schema(tmp_path: Path) -> None:
    """The state field's enum loses the value too: the wire rule and the semantic rule agree."""

    def drop(d: dict[str, Any]) -> None:
        _drop_state(d)
        schema(d, "ClusterState")["enum"].remove("suspended")

    report = diff_specs(*pair(tmp_path, drop, base=bundled("akua")))
    rules = {c.rule for c in report.changes}
    assert {"lifecycle-state-removed", "response-property-enum-value-removed"} <= rules
    assert report.bump == "major"
