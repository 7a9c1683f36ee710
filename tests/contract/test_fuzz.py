"""`fuzz` against real servers on 127.0.0.1: the four reference servers pass with every check,
ours included, exercised; each faulty variant (tests/contract/faults.py) is caught at the
default budget by the check that owns its kind of fault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.apimodel import build_api
from generator.errors import UsageError
from generator.fuzz import (
    ContractFailure,
    FuzzOptions,
    Report,
    Target,
    check_contract,
    expect,
    fuzz,
)
from generator.fuzz.checks import CHECKS, PROBES
from generator.serve import ReferenceApp, ServeConfig, ThreadedServer
from generator.spec import load_spec
from generator.spec.catalog import spec_path
from tests.contract.conftest import ADMIN, Start, roles
from tests.contract.faults import Fault, faults, stale_replays

APIS = ["akua", "cockroach-cloud", "coreweave-cks", "kupe"]
SEED = 20261202

APIS = ["akua", "cockroach-cloud", "coreweave-cks", "kupe"]


def run_fuzz(api: str, server: ThreadedServer, **options: Any) -> Report:
    return fuzz(
        spec_path(api),
        Target(base_url=server.url),
        FuzzOptions(token=ADMIN, role_tokens=roles(api), seed=SEED, **options),
    )


@pytest.mark.parametrize("api", APIS)
def test_a_reference_server_passes(api: str, start: Start) -> None:
    server = start(api)
    report = run_fuzz(api, server)
    assert report.ok, report.render()
    assert server.app.response_violations == []
    assert set(report.cases) == {"examples", "coverage", "fuzzing", "stateful"}
    assert all(n > 0 for n in report.cases.values()), report.cases
    # every check of ours either ran or says why it had nothing to check, never both
    assert set(report.exercised) | set(report.idle) == set(CHECKS)
    assert not set(report.exercised) & set(report.idle)


EXPECTED_SEMANTICS = {
    "kupe": {"concurrency", "immutable", "lifecycle", "readiness", "read_back"},
    "akua": {"concurrency", "idempotency", "lifecycle", "readiness", "read_back"},
    "coreweave-cks": {"field_mask", "lifecycle", "readiness", "read_back"},
    "cockroach-cloud": {"lifecycle", "permissions", "readiness", "read_back"},
}


@pytest.mark.parametrize("api", APIS)
def test_every_declared_behaviour_is_checked(api: str, start: Start) -> None:
    report = run_fuzz(api, start(api))
    assert EXPECTED_SEMANTICS[api] <= set(report.exercised), report.summary()
    assert set().union(*EXPECTED_SEMANTICS.values()) == set(CHECKS)


def test_documented_behaviour_is_not_a_failure(start: Start) -> None:
    """CockroachDB keeps deleted clusters readable as DELETED: Schemathesis' use_after_free
    complains, and the spec's lifecycle says that is the documented answer."""
    report = run_fuzz("cockroach-cloud", start("cockroach-cloud"), max_examples=30)
    assert report.ok, report.render()
    assert "use_after_free" not in report.failed_checks()


FAULTS = faults()


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_a_fault_is_caught_by_its_check(fault: Fault, start: Start) -> None:
    server = start(fault.api, wrap=fault.wrap)
    report = run_fuzz(fault.api, server)
    assert not report.ok
    assert fault.check in report.failed_checks(), report.render()
    caught = next(f for f in report.failures.values() if f.check == fault.check)
    assert caught.operation
    assert caught.reproduce or "probe:" in caught.message


def test_a_stale_replay_is_caught(start: Start) -> None:
    """Akua's replays answer the existing cluster as it is now (`existing-resource`); a server
    that answers the first response kept as it was shows a stale etag once the cluster has
    changed, and the idempotency check, which changes it before replaying, says so."""
    fault = stale_replays()
    report = run_fuzz(fault.api, start(fault.api, wrap=fault.wrap), checks=["idempotency"])
    assert not report.ok
    assert report.failed_checks() == {"idempotency"}, report.render()
    caught = next(f for f in report.failures.values() if f.check == "idempotency")
    assert "as it is now" in caught.message
    assert "probe:" in caught.message


def test_a_semantic_check_can_be_left_out(start: Start) -> None:
    fault = next(f for f in FAULTS if f.name == "If-Match ignored")
    server = start(fault.api, wrap=fault.wrap)
    report = run_fuzz(
        fault.api, server, checks=["not_a_server_error", "lifecycle"], phases=["examples"]
    )
    assert report.ok, report.render()
    assert {check for check, _ in report.checks} == {"not_a_server_error", "lifecycle"}
    assert "concurrency" not in report.exercised


def test_an_asgi_app_is_fuzzed_in_process() -> None:
    app = ReferenceApp(ServeConfig(spec=spec_path("akua"), tokens={ADMIN: None}))
    try:
        report = check_contract("akua", app=app, token=ADMIN, seed=SEED, max_examples=10)
    finally:
        app.close()
    assert report.total_cases > 0
    assert {"concurrency", "idempotency"} <= set(report.exercised)


def test_check_contract_raises_with_the_report(start: Start) -> None:
    fault = next(f for f in FAULTS if f.name == "lifecycle regressing")
    server = start(fault.api, wrap=fault.wrap)
    with pytest.raises(ContractFailure) as failed:
        check_contract("kupe", base_url=server.url, token=ADMIN, seed=SEED)
    assert "lifecycle" in failed.value.report.failed_checks()
    assert "moved back from 'Running' to 'Provisioning'" in str(failed.value)


def _plain(value: Any) -> Any:
    """The document without any x- extension: a spec as anyone else writes it."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not str(k).startswith("x-")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def test_a_spec_without_our_extensions(start: Start, tmp_path: Path) -> None:
    """Schemathesis' checks still run; each of ours says it had nothing to check."""
    plain = tmp_path / "plain.yaml"
    plain.write_text(yaml.safe_dump(_plain(yaml.safe_load(spec_path("kupe").read_text()))))
    server = start("kupe")
    report = fuzz(plain, Target(base_url=server.url), FuzzOptions(token=ADMIN, seed=SEED))
    assert report.total_cases > 0
    assert report.exercised == {}
    assert set(report.idle) == set(CHECKS)
    assert report.checks[("response_schema_conformance", "success")] > 0
    # without x-resources' concurrency, a random If-Match answered 412 is not explained
    assert report.failed_checks() <= {"positive_data_acceptance"}


def test_workers_refuse_the_probing_checks(start: Start) -> None:
    """A probe reads, changes and reads again; another worker would falsify it."""
    server = start("kupe")
    with pytest.raises(UsageError, match="--workers 2 with the semantic checks"):
        run_fuzz("kupe", server, workers=2)


def test_the_akua_update_is_reached_and_its_key_replayed(start: Start) -> None:
    """The spec's links carry the workspace and a current etag, so stateful sequences reach a
    successful update, and the idempotency probes run on the update as well as the create."""
    report = run_fuzz("akua", start("akua"))
    assert report.ok, report.render()
    assert report.exercised["idempotency"] > PROBES  # more than the create's probes alone


def test_a_replayed_create_of_a_deleted_resource_is_documented() -> None:
    api = build_api(load_spec(spec_path("akua")))
    get = "GET /clusters/{id}"
    why = expect.documented(
        api, "ensure_resource_availability", get, {"id": "cl_1"}, b"{}", {"cl_1"}
    )
    assert why is not None
    assert "reused an idempotency-key" in why
    assert (
        expect.documented(api, "ensure_resource_availability", get, {"id": "cl_2"}, b"{}", {"cl_1"})
        is None
    )
