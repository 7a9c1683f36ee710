"""generator.fuzz.cases: a Schemathesis case as `Validator.validate_request`'s arguments. A plain
object shaped like a case gives exactly the expected arguments; real Schemathesis cases of a
bundled spec go through it and validate; and the module does not import Schemathesis."""

from __future__ import annotations

import ast
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core import NOT_SET

from generator.apimodel.samples import valid_request
from generator.fuzz.cases import (
    is_unset,
    operation_reference,
    request_arguments,
    validate_case,
)
from tests.specs.fidelity import SPECS
from tests.validate.conftest import validator

warnings.filterwarnings("ignore", module="schemathesis")
ROOT = Path(__file__).resolve().parents[2]


class NotSet:
    """Shaped like Schemathesis' marker for "no body": recognised by its class name."""


@dataclass
class Case:
    """Shaped like a Schemathesis case: the attributes the adapter reads, nothing more."""

    method: str = "get"
    path: str = "/things/{id}"
    path_parameters: dict[str, Any] | None = field(default_factory=dict)
    query: dict[str, Any] | None = field(default_factory=dict)
    headers: dict[str, Any] | None = field(default_factory=dict)
    body: object = field(default_factory=NotSet)
    media_type: str | None = None


def test_a_case_becomes_the_validators_arguments() -> None:
    case = Case(
        method="patch",
        path_parameters={"id": "c%2F1", "n": 5},
        query={"all": True, "tag": ["a", False, 3], "limit": 3, "ratio": 0.5},
        headers={"If-Match": 7, "X-Dry-Run": False, "X-Name": "n"},
        body={"name": "prod", "size": None},
        media_type="application/json",
    )
    assert operation_reference(case) == "PATCH /things/{id}"
    arguments = request_arguments(case)
    assert arguments == {
        "path_params": {"id": "c/1", "n": "5"},
        "query": {"all": "true", "tag": ["a", "false", "3"], "limit": "3", "ratio": "0.5"},
        "headers": {"If-Match": "7", "X-Dry-Run": "false", "X-Name": "n"},
        "body": '{"name": "prod", "size": null}',
        "content_type": "application/json",
    }


def test_bodies() -> None:
    # No body (Schemathesis' NotSet): none sent, and so no content type either.
    unset = request_arguments(Case(media_type="application/json"))
    assert (unset["body"], unset["content_type"]) == (None, None)
    assert is_unset(NOT_SET)  # the real marker, by the same name
    assert not is_unset(None)
    # None is a JSON null body, and a string under a JSON media type a JSON string.
    assert request_arguments(Case(body=None, media_type="application/json"))["body"] == "null"
    assert request_arguments(Case(body="s", media_type="application/problem+json"))["body"] == '"s"'
    # Bytes and text of another media type are sent as they are.
    raw = request_arguments(Case(body=b"\x00\x01", media_type="application/octet-stream"))
    assert (raw["body"], raw["content_type"]) == (b"\x00\x01", "application/octet-stream")
    assert request_arguments(Case(body="plain", media_type="text/plain"))["body"] == "plain"
    # Missing mappings are empty.
    empty = request_arguments(Case(path_parameters=None, query=None, headers=None))
    assert (empty["path_params"], empty["query"], empty["headers"]) == ({}, {}, {})


def test_a_plain_case_validates() -> None:
    """A case carrying the sampled valid request of each kupe operation is valid; the same
    case without its required body is not."""
    v = validator("kupe")
    checked = 0
    for operation in v.api.operations.values():
        request = valid_request(v.api, operation)
        case = Case(
            method=operation.method,
            path=operation.path,
            path_parameters=request["path_params"],
            query=dict(request["query"]),
            headers=dict(request["headers"]),
            body=request["body"] if "body" in request else NotSet(),
            media_type=request.get("content_type"),
        )
        result = validate_case(v, case)
        assert result.valid, (operation.key, [x.render() for x in result.violations])
        assert result.operation == operation.key
        if operation.request_body is not None and operation.request_body.required:
            case.body = NotSet()
            refused = validate_case(v, case)
            assert [(x.location, x.keyword) for x in refused.violations] == [("body", "required")]
            checked += 1
    assert checked


KUPE = [
    result.ok()
    for result in schemathesis.openapi.from_path(str(SPECS / "kupe.yaml")).get_all_operations()
]


@pytest.mark.parametrize("operation", KUPE, ids=[o.label for o in KUPE])
def test_schemathesis_cases_validate(operation: Any) -> None:
    v = validator("kupe")
    seen: list[Any] = []

    @settings(
        max_examples=5,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        arguments = request_arguments(case)
        if is_unset(case.body):
            assert arguments["body"] is None
        else:
            assert json.loads(arguments["body"]) == case.body
            assert arguments["content_type"] == case.media_type
        result = validate_case(v, case)
        assert result.valid, (case, [x.render() for x in result.violations])
        seen.append(case)

    check()
    assert seen


def test_the_adapter_does_not_import_schemathesis() -> None:
    """Duck-typed: the adapter works on anything case-shaped (the fuzz package itself is built
    on Schemathesis; this module is not)."""
    tree = ast.parse((ROOT / "generator" / "fuzz" / "cases.py").read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    }
    assert "schemathesis" not in imported
    assert "json" in imported  # the walk sees the module's imports
