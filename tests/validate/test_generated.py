"""Property test: every request Schemathesis generates from a spec (positive mode) is accepted.
Schemathesis is an independent generator, so this catches a validator stricter than the spec."""

from __future__ import annotations

import json
import warnings
from typing import Any
from urllib.parse import unquote

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core import NotSet

from tests.specs.fidelity import SPECS
from tests.validate.conftest import APIS, validator

warnings.filterwarnings("ignore", module="schemathesis")


def _cases() -> list[tuple[str, Any]]:
    cases = []
    for api in APIS:
        schema = schemathesis.openapi.from_path(str(SPECS / f"{api}.yaml"))
        cases += [(api, result.ok()) for result in schema.get_all_operations()]
    return cases


CASES = _cases()


@pytest.mark.parametrize(("api", "operation"), CASES, ids=[f"{a}:{o.label}" for a, o in CASES])
def test_generated_requests_are_accepted(api: str, operation: Any) -> None:
    v = validator(api)
    target, _ = v.operation(f"{operation.method.upper()} {operation.path}")

    @settings(
        max_examples=30,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        body = None if isinstance(case.body, NotSet) else json.dumps(case.body)
        result = v.validate_request(
            target,
            path_params={k: unquote(str(x)) for k, x in (case.path_parameters or {}).items()},
            query={
                k: x if isinstance(x, list) else str(x).lower() if isinstance(x, bool) else str(x)
                for k, x in (case.query or {}).items()
            },
            headers={k: str(x) for k, x in (case.headers or {}).items()},
            body=body,
            content_type=case.media_type if body is not None else None,
        )
        assert result.valid, (case, [x.render() for x in result.violations])

    check()
