"""`one-spec fuzz` as CI runs it: exit codes, the seed, a curl per failure, the reports; and a
target that hangs or answers garbage is reported per case, never with a traceback."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from generator.spec.catalog import spec_path
from tests.contract.conftest import ADMIN, Start
from tests.contract.faults import faults

ROOT = Path(__file__).resolve().parents[2]


def fuzz(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "fuzz", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
        check=False,
    )


def test_reference_mode_passes_and_writes_reports(tmp_path: Path) -> None:
    out, xml = tmp_path / "report.json", tmp_path / "report.xml"
    result = fuzz(
        "kupe",
        "--reference",
        "--seed",
        "7",
        "--max-examples",
        "10",
        "--report",
        f"json:{out}",
        "--report",
        f"junit:{xml}",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "seed 7" in result.stdout
    # the reports and nothing else: no crash cache, no database left in the folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "report.xml"]
    report = json.loads(out.read_text())
    assert report["ok"] is True
    assert report["seed"] == 7
    assert set(report["cases"]) == {"examples", "coverage", "fuzzing", "stateful"}
    assert report["semantic"]["exercised"]["concurrency"] > 0
    suite = ET.parse(xml).getroot()
    assert suite.get("failures") == "0"
    assert suite.find("properties/property[@name='seed']").get("value") == "7"  # type: ignore[union-attr]
    assert int(suite.get("tests", "0")) == 6  # Kupe's six operations


def test_a_failure_exits_1_with_a_curl(start: Start) -> None:
    fault = next(f for f in faults() if f.name == "If-Match ignored")
    server = start(fault.api, wrap=fault.wrap)
    result = fuzz(str(spec_path("kupe")), "--base-url", server.url, "--token", ADMIN, "--seed", "1")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "concurrency PATCH" in result.stdout or "concurrency GET" in result.stdout
    assert "probe: curl -X PATCH" in result.stdout
    assert "seed 1" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_an_unreachable_target_is_a_usage_error() -> None:
    result = fuzz("kupe", "--base-url", "http://127.0.0.1:9")
    assert result.returncode == 2
    assert result.stderr.startswith("error: cannot reach http://127.0.0.1:9")


def test_bad_options_are_usage_errors() -> None:
    assert fuzz("kupe", "--reference", "--phases", "warp").returncode == 2
    assert fuzz("kupe", "--reference", "--report", "html:x").returncode == 2
    assert fuzz("kupe").returncode == 2  # neither --base-url nor --reference


class Hang:
    """Hangs on every list and answers garbage to every read of one cluster."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[Any]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and scope["method"] == "GET" and path.endswith("/clusters"):
            await asyncio.sleep(3)
        if scope["type"] == "http" and scope["method"] == "GET" and "/clusters/" in path:
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b"\x00{not json"})
            return
        await self.app(scope, receive, send)


def test_a_hanging_or_garbage_target_is_reported_per_case(start: Start) -> None:
    server = start("kupe", wrap=Hang)
    result = fuzz(
        str(spec_path("kupe")),
        "--base-url",
        server.url,
        "--token",
        ADMIN,
        "--seed",
        "1",
        "--max-examples",
        "3",
        "--phases",
        "examples,fuzzing",
        "--request-timeout",
        "0.5",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "GET /api/v1/tenants/{tenant}/clusters" in result.stdout
    assert "timed out" in result.stdout.lower() or "timeout" in result.stdout.lower()
    assert "GET /api/v1/tenants/{tenant}/clusters/{cluster}" in result.stdout
