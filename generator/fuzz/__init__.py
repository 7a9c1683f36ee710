"""`fuzz`: contract fuzzing of an implementation against its spec.

Schemathesis generates requests from the spec in every phase (examples, coverage, fuzzing,
stateful) and sends them to a base URL or an ASGI app; every answer goes through its built-in
checks and through ours (`checks.py`): the behaviour the x- vocabulary declares, read from the
typed model. What the spec documents that a generic check would call a failure is configured
from the spec (`expect.py`), never switched off. It never imports `generator.serve`: a
reference server is one more implementation to fuzz.

    report = fuzz(Path("kupe.yaml"), Target(base_url="http://127.0.0.1:8080"),
                  FuzzOptions(token="t", seed=1))
    assert report.ok, report.render()

    check_contract("kupe.yaml", app=my_asgi_app, token="t")   # in a test: raises on failure
"""

from __future__ import annotations

import contextlib
import random
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.apimodel import Api, build_api
from generator.errors import UsageError
from generator.fuzz import checks, engine, expect
from generator.fuzz.engine import Target
from generator.fuzz.report import Failure, Report
from generator.spec import load_spec

PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass(frozen=True)
class FuzzOptions:
    token: str | None = None  # sent as the spec's bearer (or API key) credential
    # further tokens and the roles each holds, for the permissions check (serve's --token T=R)
    role_tokens: dict[str, tuple[str, ...]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    max_examples: int = 20  # per operation and phase
    seed: int | None = None  # None: a fresh one, printed in the report
    phases: Sequence[str] = PHASES
    checks: Sequence[str] = ("all",)  # Schemathesis' names and ours (checks.CHECKS)
    workers: int = 1
    lifecycle_budget: float = 30.0  # seconds a created resource may take to become ready
    request_timeout: float = 10.0


def fuzz(
    spec: Path,
    target: Target,
    options: FuzzOptions | None = None,
    on_phase: Callable[[str, str], None] | None = None,
) -> Report:
    """Fuzz the implementation at `target` against `spec`; the report lists every failure."""
    options = options or FuzzOptions()
    api = build_api(load_spec(spec)).require_clean()
    if target.base_url is None and target.app is None:
        raise UsageError("fuzz needs a base URL or an ASGI app to test")
    seed = options.seed if options.seed is not None else random.randrange(2**31)
    wanted = _checks(options.checks)
    probing = {c for c in checks.PROBING if wanted is None or c in wanted}
    if options.workers > 1 and probing:
        raise UsageError(
            f"--workers {options.workers} with the semantic checks {', '.join(sorted(probing))}: "
            "their probes read a resource, change it and read it again, which another worker "
            "changing the same resource would falsify. Run one worker, or leave them out with "
            "--checks, or shard the run across processes (one spec or phase per job)"
        )
    semantics = checks.Semantics(
        api,
        lifecycle_budget=options.lifecycle_budget,
        enabled=frozenset(c for c in checks.CHECKS if wanted is None or c in wanted),
        role_tokens={t: frozenset(r) for t, r in options.role_tokens.items()},
        credential=lambda token: _credential(api, token),
    )
    schema = engine.load(spec, configuration(api, options, seed, target, wanted), target)
    checks.activate(schema, semantics)
    try:
        with _scratch_home():
            report = engine.run(
                schema,
                on_phase,
                lambda check, label, parameters, content: expect.documented(
                    api, check, label, parameters, content, semantics.replayed
                ),
            )
    finally:
        checks.deactivate(schema)
    report.exercised.update(semantics.exercised)
    report.idle.update(semantics.idle())
    return report


class ContractFailure(AssertionError):
    """`check_contract` found failures; the message is the whole report."""

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__(report.render())


def check_contract(
    spec: Path | str,
    *,
    base_url: str | None = None,
    app: Any = None,
    **options: Any,
) -> Report:
    """For a test suite: fuzz the implementation at `base_url` (or the ASGI `app`, in this
    process) against `spec` (a path or a bundled API name); raises ContractFailure, an
    AssertionError that pytest shows as the report, when anything failed. `options` are
    FuzzOptions fields."""
    from generator.spec.catalog import spec_path

    report = fuzz(spec_path(spec), Target(base_url=base_url, app=app), FuzzOptions(**options))
    if not report.ok:
        raise ContractFailure(report)
    return report


def role_tokens(api: Api) -> dict[str, tuple[str, ...]]:
    """A token per role that the spec's permissions name (`fuzz-read` for READ), each holding
    only that role: what a reference server is given for the permissions check."""
    named = {r for op in api.operations.values() if op.permissions for r in op.permissions.any_of}
    return {f"fuzz-{role.lower()}": (role,) for role in sorted(named)}


def reachable(base_url: str, timeout: float = 5.0) -> None:
    """UsageError unless something answers HTTP at `base_url` (any status will do)."""
    import httpx

    try:
        httpx.get(base_url, timeout=timeout)
    except httpx.HTTPError as exc:
        raise UsageError(f"cannot reach {base_url}: {type(exc).__name__}: {exc}") from None


def configuration(
    api: Api, options: FuzzOptions, seed: int, target: Target, wanted: set[str] | None
) -> dict[str, Any]:
    """The Schemathesis configuration of one run (its `schemathesis.toml` shape)."""
    unknown = set(options.phases) - set(PHASES)
    if unknown:
        raise UsageError(
            f"unknown phase(s) {', '.join(sorted(unknown))}; known: {', '.join(PHASES)}"
        )
    headers = dict(options.headers)
    if options.token is not None:
        headers.setdefault(*_credential(api, options.token))
    config: dict[str, Any] = {
        "seed": seed,
        "headers": headers,
        "workers": options.workers,
        "request-timeout": options.request_timeout,
        # No Hypothesis example database either (.hypothesis/ in the folder), for the same reason.
        "generation": {"max-examples": options.max_examples, "database": "none"},
        "phases": {name: {"enabled": name in options.phases} for name in PHASES},
        "operations": expect.operations_config(api),
        "warnings": False,
        # No crash cache: a run depends on its seed alone and writes nothing into the folder
        # it runs in (Schemathesis would keep .schemathesis/ there and replay old failures).
        "cache": {"enabled": False},
    }
    # Links from Location headers are never inferred: in 4.32 that scan also parses every
    # URL-like string of a response body, and one such as "http://[" stops the whole run with a
    # ValueError. A spec that declares links is fuzzed along them alone: inferred ones can make
    # a list, not the create, the start of every sequence (Akua), so nothing gets created.
    inferred = [] if _declares_links(api.spec.document) else ["dependency-analysis"]
    config["phases"]["stateful"]["inference"] = {"algorithms": inferred}
    if target.base_url is not None:
        config["base-url"] = target.base_url.rstrip("/")
    if wanted is not None:
        config["checks"] = {"enabled": False, **{name: {"enabled": True} for name in wanted}}
    return config


@contextlib.contextmanager
def _scratch_home() -> Iterator[None]:
    """Hypothesis' storage (its cache of source constants) in a temporary folder for the run,
    not `.hypothesis/` in the folder the user runs from."""
    from hypothesis.configuration import set_hypothesis_home_dir

    with tempfile.TemporaryDirectory(prefix="one-spec-fuzz-") as home:
        set_hypothesis_home_dir(home)
        try:
            yield
        finally:
            set_hypothesis_home_dir(None)


def _declares_links(document: Any) -> bool:
    """Whether any response of the document declares OpenAPI links."""
    responses = [
        response
        for item in (document.get("paths") or {}).values()
        if isinstance(item, dict)
        for operation in item.values()
        if isinstance(operation, dict)
        for response in (operation.get("responses") or {}).values()
    ]
    responses += list(((document.get("components") or {}).get("responses") or {}).values())
    return any(isinstance(r, dict) and r.get("links") for r in responses)


def _checks(names: Sequence[str]) -> set[str] | None:
    """None for every check; else the named ones (ours and Schemathesis')."""
    if not names or "all" in names:
        return None
    return set(names)


def _credential(api: Api, token: str) -> tuple[str, str]:
    """The header that carries a token under the spec's security scheme: an API key's own
    header, else a bearer token."""
    schemes = api.spec.document.get("components", {}).get("securitySchemes", {})
    for scheme in schemes.values():
        if (
            isinstance(scheme, dict)
            and scheme.get("type") == "apiKey"
            and scheme.get("in") == "header"
        ):
            return str(scheme["name"]), token
    return "Authorization", f"Bearer {token}"


__all__ = [
    "PHASES",
    "ContractFailure",
    "Failure",
    "FuzzOptions",
    "Report",
    "Target",
    "check_contract",
    "fuzz",
    "reachable",
    "role_tokens",
]
