"""The generated facade's cost over raw httpx: get one Kupe cluster, JSON decoded, both on the
same in-memory transport (no network, no server), so that only client-side work is timed."""

from __future__ import annotations

import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.15  # the facade at most 15% slower than raw httpx + json
CALLS = 1000
ROUNDS = 15
URL = "http://kupe.test/api"
CLUSTER = {
    "name": "production",
    "displayName": "Production",
    "type": "shared",
    "version": "1.31",
    "status": {"phase": "Running"},
    "resourceVersion": "12345",
    "createdAt": "2026-04-06T12:00:00Z",
    "resources": {"cpu": "4", "memory": "16Gi", "storage": "100Gi"},
}
PAYLOAD = json.dumps(CLUSTER).encode()
HEADERS = {"Content-Type": "application/json", "ETag": '"12345"'}


def _transport() -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HEADERS, content=PAYLOAD)

    return httpx.MockTransport(answer)


def _kupe() -> Any:
    folder = str(ROOT / "generated" / "kupe")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module("kupe_client")


def _raw() -> Callable[[], Any]:
    client = httpx.Client(transport=_transport(), base_url=URL)
    auth = {"Authorization": "Bearer t0ken", "Accept": "application/json"}

    def call() -> Any:
        response = client.get("/api/v1/tenants/acme/clusters/production", headers=auth)
        response.raise_for_status()
        return json.loads(response.content)

    return call


def _facade() -> Callable[[], Any]:
    kupe = _kupe().Kupe(
        base_url=URL, token="t0ken", http_client=httpx.Client(transport=_transport())
    )

    def call() -> Any:
        return kupe.clusters.get("acme", "production")

    return call


def _time(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        call()
    return (time.perf_counter() - started) / CALLS


def measure() -> dict[str, float]:
    raw, facade = _raw(), _facade()
    assert facade().status.phase == "Running"  # the facade parses what raw decodes
    assert raw()["status"]["phase"] == "Running"
    raws, facades = [], []
    for _ in range(ROUNDS):  # short rounds, interleaved: drift and noise hit both alike
        raws.append(_time(raw))
        facades.append(_time(facade))
    return {
        "raw": min(raws),
        "facade": min(facades),
        # Each round pairs the two clients a moment apart; the median of those paired
        # ratios is what the target reads (a best-of ratio swings with one lucky round).
        "ratio": statistics.median(f / r for f, r in zip(facades, raws, strict=True)),
    }


def report(r: dict[str, float]) -> str:
    ratio = r["ratio"]
    verdict = "met" if ratio <= TARGET else "**not met**"
    return (
        "## Generated client: the facade's cost\n\n"
        "Getting one Kupe cluster (JSON decoded) through `kupe.clusters.get(...)` against raw "
        "`httpx.Client.get` + `json.loads`, both on the same in-memory `httpx.MockTransport` "
        f"(no network). {ROUNDS} interleaved rounds of {CALLS:,} calls each: the times are "
        "each client's best round, the ratio is the median of the rounds' paired ratios "
        f"(best against best: {r['facade'] / r['raw']:.2f}x). The "
        "facade also builds the typed, lenient `Cluster` (enum, datetime, nested models), "
        "remembers the ETag, and applies auth, base URL, timeout and retry policy itself.\n\n"
        "| client | per call | ratio |\n|---|---|---|\n"
        f"| raw httpx + json | {1e6 * r['raw']:.1f} us | 1.00x |\n"
        f"| `kupe.clusters.get` | {1e6 * r['facade']:.1f} us | {ratio:.2f}x |\n\n"
        f"Target: at most {TARGET:.2f}x raw httpx: {verdict}.\n"
    )


if __name__ == "__main__":
    print(report(measure()))
