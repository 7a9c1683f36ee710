"""Bodies that Python's json module would let through but that are not JSON, or that break the
engine: each is one violation at the body, never an exception."""

from __future__ import annotations

import pytest

from tests.validate.conftest import validator

HEADERS = {"Content-Type": "application/json", "Authorization": "Bearer t"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"name": NaN}', "NaN is not a JSON number"),
        ('{"name": -Infinity}', "-Infinity is not a JSON number"),
        ('{"name": 1e400}', "1e400 is too large for a double"),
        ("[" * 10_000 + "]" * 10_000, "nests too deeply to parse"),
        ('{"name": "a\\ud800b", "displayName": "x", "type": "shared"}', "lone UTF-16 surrogate"),
        # where no keyword of the schema reads the string (no pattern, no length)
        ('{"name": "ab", "displayName": "\\udfff", "type": "shared"}', "lone UTF-16 surrogate"),
        ('{"name": "ab", "displayName": "x", "type": "shared", "alerts": {"\\ud800": 1}}', "lone"),
    ],
    ids=["nan", "infinity", "overflow", "deep-parse", "surrogate", "surrogate-free", "in-a-key"],
)
def test_non_json_and_engine_breaking_bodies_are_one_violation(body: str, message: str) -> None:
    result = validator("kupe").validate_request(
        "createCluster", path_params={"tenant": "acme"}, headers=HEADERS, body=body
    )
    assert [(v.location, v.pointer, v.keyword) for v in result.violations] == [("body", "", "json")]
    assert message in result.violations[0].message


def test_a_deep_value_is_explained_where_it_breaks_the_schema() -> None:
    """600 levels: past what jsonschema-rs can turn into an error object, so the violation is
    found and worded without it. The big integer stays exact (orjson would round it)."""
    deep = "[" * 600 + "]" * 600
    body = f'{{"name": {deep}, "displayName": 123456789012345678901234567890, "type": "shared"}}'
    result = validator("kupe").validate_request(
        "createCluster", path_params={"tenant": "acme"}, headers=HEADERS, body=body
    )
    assert [(v.location, v.pointer, v.keyword) for v in result.violations] == [
        ("body", "/displayName", "type"),
        ("body", "/name", "type"),
    ]
    assert result.violations[0].message.startswith("123456789012345678901234567890 is not")
    assert result.violations[1].message.startswith("[[[")


def test_a_literal_path_wins_before_the_method_is_looked_at() -> None:
    """OpenAPI matches concrete paths first: `/clusters/available-regions` is that path, so a
    DELETE there is a method it lacks, not a delete of a cluster named "available-regions";
    and an encoded "/" stays inside its segment."""
    api = validator("cockroach-cloud").api
    assert api.match("DELETE", "/api/v1/clusters/available-regions") is None
    assert api.methods_for("/api/v1/clusters/available-regions") == ["GET"]
    routed = api.match("GET", "/api/v1/clusters/abc%2Fnodes")
    assert routed is not None
    assert (routed[0].key, routed[1]) == ("getCluster", {"cluster_id": "abc/nodes"})
