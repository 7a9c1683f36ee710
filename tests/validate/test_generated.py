"""Property test: every request Schemathesis generates from a spec (positive mode) is accepted.
Schemathesis is an independent generator, so this catches a validator stricter than the spec."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from generator.fuzz.cases import validate_case
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

    @settings(
        max_examples=30,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        result = validate_case(v, case)  # the request, as generator.fuzz hands it over
        assert result.valid, (case, [x.render() for x in result.violations])

    check()
