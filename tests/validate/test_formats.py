"""Format assertions: every format the issue names is enforced, by both engines alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.validate import Validator
from generator.validate.compiler import jsonschema_engine, jsonschema_rs_engine
from tests.lint.base import base_spec, write_spec

GOOD = {
    "date-time": "2026-04-06T12:00:00Z",
    "date": "2026-04-06",
    "uri": "https://a.test/b",
    "email": "ops@example.test",
    "uuid": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
    "ipv4": "10.0.0.1",
    "ipv6": "2001:db8::1",
    "byte": "aGVsbG8=",
}
BAD = {
    "date-time": "2026-04-06 noon",
    "date": "06/04/2026",
    "uri": "no scheme here",
    "email": "nobody",
    "uuid": "not-a-uuid",
    "ipv4": "10.0.0.256",
    "ipv6": "2001:db8::g",
    "byte": "not base64!",
}


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = base_spec()
    properties = spec["components"]["schemas"]["WidgetCreate"]["properties"]
    for name in GOOD:
        properties[name] = {"type": "string", "format": name}
    return write_spec(tmp_path_factory.mktemp("formats"), spec)


@pytest.mark.parametrize("engine", [jsonschema_rs_engine, jsonschema_engine], ids=["rs", "py"])
@pytest.mark.parametrize("name", sorted(GOOD))
def test_format_is_asserted(spec_path: Path, engine: object, name: str) -> None:
    validator = Validator.from_path(spec_path, engine=engine)  # type: ignore[arg-type]

    def check(value: str) -> list[tuple[str, str]]:
        body = json.dumps({"name": "w1", name: value})
        result = validator.validate_request(
            "createWidget", body=body, content_type="application/json"
        )
        return [(v.pointer, v.keyword) for v in result.violations]

    assert check(GOOD[name]) == []
    assert check(BAD[name]) == [(f"/{name}", "format")]


def test_inline_parameters_are_validated(spec_path: Path) -> None:
    # The widget spec writes its idempotency-key header inline, not as a $ref.
    validator = Validator.from_path(spec_path)
    result = validator.validate_request(
        "createWidget",
        headers={"idempotency-key": "k" * 65, "Content-Type": "application/json"},
        body=json.dumps({"name": "w1"}),
    )
    assert [(v.location, v.pointer, v.keyword) for v in result.violations] == [
        ("header", "/idempotency-key", "maxLength")
    ]
