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
        # Deep enough for the engine's own limit, shallow enough for Python's parser.
        ('{"name": ' + "[" * 600 + "]" * 600 + "}", "nests too deeply to validate"),
        ('{"name": "a\\ud800b", "displayName": "x", "type": "shared"}', "lone UTF-16 surrogate"),
    ],
    ids=["nan", "infinity", "overflow", "deep-parse", "deep-validate", "surrogate"],
)
def test_non_json_and_engine_breaking_bodies_are_one_violation(body: str, message: str) -> None:
    result = validator("kupe").validate_request(
        "createCluster", path_params={"tenant": "acme"}, headers=HEADERS, body=body
    )
    assert [(v.location, v.pointer, v.keyword) for v in result.violations] == [("body", "", "json")]
    assert message in result.violations[0].message


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
