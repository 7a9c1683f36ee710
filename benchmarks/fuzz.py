"""`fuzz`: test cases per second against a reference server, with and without our semantic
checks, beside raw `st run` on the same spec, server, seed and budget; and which faults of
tests/contract/faults.py each of them catches, all in the same run."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import schemathesis.openapi.checks  # noqa: F401 (registers the failure classes)
from schemathesis.core.failures import Failure as StFailure

from generator.fuzz import FuzzOptions, Target, fuzz
from generator.serve import ServeConfig, ThreadedServer
from generator.serve.server import ChildServer
from generator.spec.catalog import spec_path
from tests.contract.faults import faults

ROOT = Path(__file__).resolve().parents[1]
ST = Path(sys.executable).parent / "st"
TOKEN = "fuzz-admin"
SEED = 1
RATE_APIS = ("kupe", "akua")
RATE_EXAMPLES = 50
ROUNDS = 2
BUILT_IN = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_schema_conformance,response_headers_conformance,positive_data_acceptance,"
    "negative_data_rejection,use_after_free,ensure_resource_availability,"
    "missing_required_header,ignored_auth,object_level_authorization,unsupported_method,"
    "allow_header_conformance"
)
# The semantic checks may cost at most this share of raw Schemathesis' rate.
MAX_COST = 0.25


def _checks_of(failure_type: str) -> tuple[str, ...]:
    pending: list[type] = [StFailure]
    while pending:
        cls = pending.pop()
        if cls.__name__ == failure_type:
            return tuple(getattr(cls, "checks", ()))
        pending.extend(cls.__subclasses__())
    return ()


def _st_run(url: str, spec: Path, examples: int, folder: Path) -> dict[str, Any]:
    """Raw Schemathesis: every check and phase; its JSON report."""
    report_dir = folder / f"st-{time.monotonic_ns()}"
    started = time.perf_counter()
    subprocess.run(
        [
            str(ST),
            "run",
            str(spec),
            "--url",
            url,
            "-H",
            f"Authorization: Bearer {TOKEN}",
            "--checks",
            "all",
            "--seed",
            str(SEED),
            "-n",
            str(examples),
            "--report",
            "json",
            "--report-dir",
            str(report_dir),
            "--no-color",
        ],
        capture_output=True,
        check=False,
        timeout=900,
        # a folder of its own: st keeps a crash cache in .schemathesis/ where it runs, and
        # would replay old crashes into this run
        cwd=report_dir.parent,
    )
    elapsed = time.perf_counter() - started
    (path,) = report_dir.glob("*.json")
    report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    report["wall"] = elapsed
    return report


def _ours(url: str, spec: Path, examples: int, checks: str, folder: Path) -> dict[str, Any]:
    """`one-spec fuzz` as a user runs it, in its own process like `st run`."""
    out = folder / f"ours-{time.monotonic_ns()}.json"
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "fuzz",
            str(spec),
            "--base-url",
            url,
            "--token",
            TOKEN,
            "--seed",
            str(SEED),
            "--max-examples",
            str(examples),
            "--checks",
            checks,
            "--report",
            f"json:{out}",
        ],
        capture_output=True,
        check=False,
        timeout=900,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    report["wall"] = elapsed
    return report


def _rates(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for api in RATE_APIS:
        spec = spec_path(api)
        best: dict[str, float] = {}
        cases: dict[str, int] = {}
        for _ in range(ROUNDS):
            for name in ("raw st run", "ours, Schemathesis' checks", "ours, every check"):
                db = folder / f"{api}-{time.monotonic_ns()}.sqlite3"
                server = ChildServer(spec, ["--db", str(db), "--token", TOKEN]).start()
                try:
                    if name == "raw st run":
                        report = _st_run(server.url, spec, RATE_EXAMPLES, folder)
                        n = int(report["test_cases"]["generated"])
                    else:
                        checks = BUILT_IN if "Schemathesis" in name else "all"
                        report = _ours(server.url, spec, RATE_EXAMPLES, checks, folder)
                        n = sum(report["cases"].values())
                finally:
                    server.stop()
                rate = n / report["wall"]
                if rate > best.get(name, 0.0):
                    best[name], cases[name] = rate, n
        for name, rate in best.items():
            rows.append({"api": api, "runner": name, "cases": cases[name], "rate": rate})
    return rows


def _detection(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for fault in faults():
        tokens: dict[str, frozenset[str] | None] = {TOKEN: None}
        config = ServeConfig(spec=spec_path(fault.api), tokens=tokens)
        server = ThreadedServer(config, wrap=fault.wrap).start()
        try:
            ours = fuzz(
                spec_path(fault.api),
                Target(base_url=server.url),
                FuzzOptions(token=TOKEN, seed=SEED),
            )
        finally:
            server.stop()
        server = ThreadedServer(config, wrap=fault.wrap).start()
        try:
            raw = _st_run(server.url, spec_path(fault.api), 20, folder)
        finally:
            server.stop()
        raw_checks = {c for f in raw["failures"] for c in _checks_of(f["type"])}
        rows.append(
            {
                "fault": fault.name,
                "api": fault.api,
                "check": fault.check,
                "ours": fault.check in ours.failed_checks(),
                "ours_checks": sorted(ours.failed_checks()),
                "raw": fault.check in raw_checks,
                "raw_checks": sorted(raw_checks),
            }
        )
    return rows


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-fuzz-") as name:
        folder = Path(name)
        return {"rates": _rates(folder), "detection": _detection(folder)}


def report(r: dict[str, Any]) -> str:
    lines = [
        "## Contract fuzzing (`fuzz`)",
        "",
        "Test cases per second against the reference server (a child process on loopback), "
        f"{RATE_EXAMPLES} examples per operation and phase, seed {SEED}, every phase; each "
        "runner is a command in its own process, timed from start to exit, best of "
        f"{ROUNDS} rounds, a fresh server and database each time. Raw `st run` uses every "
        "Schemathesis check; ours runs the same engine, once with Schemathesis' checks only "
        "and once with ours added (their probes are requests of their own, not counted as "
        "cases). Each run's process start, spec loading and server warm-up count against its "
        "rate, and the runs differ in how many cases they draw: ours takes the documented "
        "statuses and the spec's own links from the spec, which changes what the stateful "
        "phase draws. The semantic checks' cost is the difference between ours with and "
        "without them.",
        "",
        "| API | runner | cases | cases/s | vs raw |",
        "|---|---|---:|---:|---:|",
    ]
    targets = []
    for api in RATE_APIS:
        rows = {row["runner"]: row for row in r["rates"] if row["api"] == api}
        raw = rows["raw st run"]["rate"]
        for name, row in rows.items():
            lines.append(
                f"| {api} | {name} | {row['cases']:,} | {row['rate']:,.0f} | "
                f"{row['rate'] / raw:.2f}x |"
            )
        plain, every = rows["ours, Schemathesis' checks"]["rate"], rows["ours, every check"]["rate"]
        cost = max(plain - every, 0.0) / raw
        met = "met" if cost <= MAX_COST else "NOT met"
        targets.append(
            f"- {api}: the semantic checks cost at most {MAX_COST:.0%} of raw `st run`'s rate "
            f"(ours with Schemathesis' checks only, minus ours with every check): {cost:.0%}, {met}"
        )
    lines += ["", "Targets, as met in this run:", "", *targets, ""]
    lines += [detection_table(r), ""]
    return "\n".join(lines)


def detection_table(r: dict[str, Any]) -> str:
    """Which faults `fuzz` and raw `st run` catch; also written into docs/fuzz.md."""
    lines = [
        "Faults caught, at the default budget (20 examples, seed 1), by `fuzz` and by raw `st "
        "run` with every check, each against the same faulty variant of a reference server "
        '(tests/contract/faults.py). "Owner" is the check whose job the fault is; the last '
        "columns list every check that reported something (raw `st run` also reports the "
        "documented refusals that `fuzz` takes from the spec).",
        "",
        "| fault | API | owner | ours | raw `st run` | ours reported | raw reported |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in r["detection"]:
        lines.append(
            f"| {row['fault']} | {row['api']} | `{row['check']}` | "
            f"{'caught' if row['ours'] else 'missed'} | {'caught' if row['raw'] else 'missed'} | "
            f"{', '.join(row['ours_checks'])} | {', '.join(row['raw_checks'])} |"
        )
    caught = sum(row["ours"] for row in r["detection"])
    raw = sum(row["raw"] for row in r["detection"])
    lines += ["", f"Ours caught {caught} of {len(r['detection'])}; raw `st run` {raw}."]
    return "\n".join(lines)


START, END = "<!-- detection: written by make bench -->", "<!-- /detection -->"


def write_detection(r: dict[str, Any], doc: Path = ROOT / "docs" / "fuzz.md") -> None:
    """Replace the table between the markers of docs/fuzz.md."""
    text = doc.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    doc.write_text(f"{head}{START}\n{detection_table(r)}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    print(report(measure()))
