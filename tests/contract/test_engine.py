"""The adapter to Schemathesis' internals (generator/fuzz/engine.py), held to the pinned
version: what it reads of the engine's events and recorder is there, and an exception inside
the engine ends the run as a reported error, never a traceback."""

from __future__ import annotations

from importlib.metadata import version
from types import SimpleNamespace
from typing import Any

from generator.apimodel import build_api
from generator.fuzz import FuzzOptions, Target, configuration, engine
from generator.fuzz.engine import Target as EngineTarget
from generator.spec import load_spec
from generator.spec.catalog import spec_path
from tests.contract.conftest import ADMIN, Start


def test_the_pinned_schemathesis() -> None:
    assert version("schemathesis").startswith("4.32.")


def test_a_run_reads_phases_cases_and_checks(start: Start) -> None:
    server = start("kupe")
    api = build_api(load_spec(spec_path("kupe")))
    options = FuzzOptions(token=ADMIN, max_examples=3, phases=["examples", "stateful"])
    target = Target(base_url=server.url)
    schema = engine.load(spec_path("kupe"), configuration(api, options, 5, target, None), target)
    report = engine.run(schema)
    assert report.seed == 5
    assert report.phases["examples"] == "success"
    assert report.phases["coverage"] == "skip"
    assert set(report.cases) == {"examples", "stateful"}
    assert report.checks[("not_a_server_error", "success")] > 0
    assert report.tested >= {"POST /api/v1/tenants/{tenant}/clusters"}


class _Exploding:
    def __getattr__(self, name: str) -> Any:
        raise ValueError(f"engine bug reading {name}")


def test_an_engine_crash_is_a_reported_error() -> None:
    schema = SimpleNamespace(config=SimpleNamespace(seed=9, auth=_Exploding()))
    report = engine.run(schema)
    assert not report.ok
    assert report.errors[0].startswith("Schemathesis stopped: ValueError: engine bug reading")
    assert report.seed == 9


def test_a_refused_configuration_is_a_usage_error() -> None:
    import pytest

    from generator.errors import UsageError

    with pytest.raises(UsageError, match="refused by Schemathesis"):
        engine.load(spec_path("kupe"), {"workers": "many"}, EngineTarget(base_url="http://x"))
