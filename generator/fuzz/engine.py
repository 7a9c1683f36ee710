"""The one module that touches Schemathesis' internals (its engine, events and recorder, which
are not public API in 4.32): run the engine on a spec and turn its event stream into our
`Report`, and send a probe request on behalf of a check. Everything else in `fuzz` uses the
public API (`schemathesis.check`, `Case`, `APIOperation.Case`) or none.

Tested against the pinned version by tests/contract/test_engine.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema

from generator.errors import UsageError
from generator.fuzz.report import Failure, Report


@dataclass(frozen=True)
class Target:
    """What is fuzzed: a server at `base_url` (the URL the spec's paths hang off, e.g. serve's
    printed URL) or an ASGI application in this process (then `base_url` may stay None)."""

    base_url: str | None = None
    app: Any = None


def load(spec: Path, config: dict[str, Any], target: Target) -> Any:
    """The spec as a Schemathesis schema, configured; UsageError for a config the pinned
    Schemathesis refuses."""
    try:
        loaded = SchemathesisConfig.from_dict(config)
    except Exception as exc:  # schemathesis.config.ConfigError and friends
        raise UsageError(f"fuzz configuration refused by Schemathesis: {exc}") from exc
    schema = schemathesis.openapi.from_path(str(spec), config=loaded)
    if target.app is not None:
        schema.app = target.app
    return schema


# (check, operation label, path parameters, answer body) -> why that failure is documented
# behaviour, or None
Documented = Callable[[str, str, "dict[str, Any]", "bytes | None"], "str | None"]


def run(
    schema: Any,
    on_event: Callable[[str, str], None] | None = None,
    documented: Documented | None = None,
) -> Report:
    """Run every configured phase and collect what happened. `on_event(phase, status)` hears
    each finished phase (for progress on a terminal); `documented` turns a failure that is
    documented behaviour into a count under `Report.documented`."""
    report = Report(seed=schema.config.seed)
    started = time.monotonic()
    for event in _events(schema):
        if isinstance(event, events.ScenarioFinished | events.FuzzScenarioFinished):
            phase = getattr(event, "phase", None)
            name = getattr(phase, "value", str(phase or "fuzz"))
            _record(report, name, event.recorder, documented)
        elif isinstance(event, events.PhaseFinished):
            name = event.phase.name.value
            report.phases[name] = event.status.value
            if on_event is not None:
                on_event(name, event.status.value)
        elif isinstance(event, events.NonFatalError):
            report.errors.append(f"{event.label}: {event.info.title}: {event.info.message}")
        elif isinstance(event, events.FatalError | _Crash):
            error = event.exception
            report.errors.append(f"Schemathesis stopped: {type(error).__name__}: {error}")
        elif isinstance(event, events.EngineFinished):
            for failure in event.failures:  # after_run failures of class-based checks
                report.add_failure(_failure("", failure, "", []))
    report.elapsed = time.monotonic() - started
    return report


def _events(schema: Any) -> Iterator[Any]:
    """The engine's events; an exception inside the engine (a Schemathesis bug) ends the run
    as a fatal error event instead of a traceback."""
    stream = None
    try:
        stream = from_schema(schema).execute()
        yield from stream
    except Exception as exc:
        yield _Crash(exc)
    finally:
        if stream is not None:
            stream.stop()


@dataclass(frozen=True)
class _Crash:
    exception: Exception


def _record(report: Report, phase: str, recorder: Any, documented: Documented | None) -> None:
    report.cases[phase] = report.cases.get(phase, 0) + len(recorder.cases)
    report.tested.update(node.value.operation.label for node in recorder.cases.values())
    for case_id, checks in recorder.checks.items():
        for node in checks:
            report.count(node.name, node.status.value)
            info = node.failure_info
            if info is None:
                continue
            case = recorder.cases.get(case_id)
            label = case.value.operation.label if case is not None else ""
            failed_id = getattr(info.failure, "case_id", None) or case_id
            answer = recorder.find_response(case_id=failed_id)
            failed = recorder.cases.get(failed_id)
            failed_label = failed.value.operation.label if failed is not None else label
            parameters = dict((failed.value.path_parameters or {}) if failed is not None else {})
            why = documented and documented(
                node.name, failed_label, parameters, None if answer is None else answer.content
            )
            if why:
                report.documented[why] += 1
                continue
            curls = [step.curl for step in info.steps] or [info.code_sample]
            report.add_failure(_failure(node.name, info.failure, label, curls))


def _failure(check: str, failure: Any, operation: str, curls: list[str]) -> Failure:
    return Failure(
        check=check or next(iter(getattr(failure, "checks", ())), "after_run"),
        code=getattr(failure, "code", ""),
        title=str(getattr(failure, "title", "")),
        operation=str(getattr(failure, "operation", None) or operation),
        message=str(getattr(failure, "message", failure)),
        reproduce=tuple(curls),
    )


def send_probe(ctx: Any, parent: Any, probe: Any, headers: dict[str, str] | None = None) -> Any:
    """Send `probe` (a Case) as a child of `parent` with the run's transport settings (base
    URL or app, headers, timeout), recorded in the scenario so that a failure shows it.
    `headers` replace the run's headers of the same name (another credential)."""
    kwargs = dict(getattr(ctx.internals, "transport_kwargs", None) or {})
    if headers:
        replaced = {k.lower() for k in headers}
        kept = {k: v for k, v in (kwargs.get("headers") or {}).items() if k.lower() not in replaced}
        kwargs["headers"] = {**kept, **headers}
    if parent.operation.app is not None:
        kwargs.setdefault("app", parent.operation.app)
    ctx.internals.record_case(parent_id=parent.id, case=probe)
    response = parent.operation.schema.transport.send(probe, **kwargs)
    ctx.internals.record_response(case_id=probe.id, response=response)
    return response
