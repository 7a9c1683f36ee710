"""`python -m generator serve` as a user runs it: usage errors are one line and exit 2, a spec
whose x- vocabulary is broken is refused with its findings, the default database is a file in
the working directory, SIGINT stops cleanly; and the Python API for users' tests (context
manager and pytest fixture) serves the API it names."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import yaml

from generator.serve import reference_server as serving
from generator.serve.pytest_plugin import reference_server  # noqa: F401 - the fixture, as users get it
from tests.serve.conftest import AUTH

ROOT = Path(__file__).resolve().parents[2]
KUPE_CREATE = {"name": "prod", "displayName": "Prod", "type": "shared"}


def serve(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "serve", *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["nonesuch"], "no spec file or bundled spec named 'nonesuch'; bundled: akua,"),
        (["kupe", "--lifecycle", "time:0"], "--lifecycle 'time:0': expected immediate, manual"),
        (["kupe", "--lifecycle", "sometimes"], "expected immediate, manual or time:SECONDS"),
        (["kupe", "--token", "ro="], "name at least one role"),
        (["kupe", "--port", "70000"], "--port 70000: expected 0 to 65535"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(arguments: list[str], message: str) -> None:
    result = serve(*arguments, "--db", ":memory:")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_spec_with_a_broken_vocabulary_is_refused_naming_each_finding(tmp_path: Path) -> None:
    """The server acts on the lifecycle, so a lifecycle whose initial state is not one of its
    states is refused before serving: exit 2, the finding with its file, line and pointer."""
    document = yaml.safe_load((ROOT / "specs" / "kupe.yaml").read_text())
    document["x-resources"]["cluster"]["lifecycle"]["initial"] = "Nowhere"
    broken = tmp_path / "kupe.yaml"
    broken.write_text(yaml.safe_dump(document, sort_keys=False))
    result = serve(str(broken), "--db", ":memory:")
    assert result.returncode == 2
    assert "extension-consistency" in result.stderr
    assert "/x-resources/cluster/lifecycle/initial" in result.stderr
    assert "'Nowhere' is not one of the states" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_port_in_use_is_a_usage_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = serve("kupe", "--port", str(port), "--db", ":memory:")
    assert result.returncode == 2
    assert f"error: cannot listen on 127.0.0.1:{port}" in result.stderr


def test_default_database_is_a_file_in_the_working_directory_and_sigint_is_clean(
    tmp_path: Path,
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "kupe", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("serving Kupe API - Tenant clusters at http://127.0.0.1:")
    url = line.split(" at ", 1)[1].split()[0]
    created = httpx.post(f"{url}/api/v1/tenants/acme/clusters", json=KUPE_CREATE, headers=AUTH)
    assert created.status_code == 201
    process.send_signal(signal.SIGINT)
    assert process.wait(20) == 0
    process.stdout.close()
    assert process.stderr is not None
    process.stderr.close()
    database = tmp_path / ".one-spec" / "kupe.sqlite3"
    assert database.is_file()
    assert database.stat().st_size > 0


def test_context_manager_serves_the_named_api() -> None:
    with serving("akua") as url:
        assert url.endswith("/v1")
        answer = httpx.get(f"{url}/clusters", headers=AUTH)
    assert answer.status_code == 200
    assert answer.json() == {"items": []}


def test_pytest_fixture_starts_servers_that_live_for_the_test(
    reference_server: Callable[..., str],  # noqa: F811 - the imported fixture
) -> None:
    kupe = reference_server("kupe", tokens={"only": None})
    denied = httpx.get(f"{kupe}/api/v1/tenants/acme/clusters", headers=AUTH)
    allowed = httpx.get(
        f"{kupe}/api/v1/tenants/acme/clusters", headers={"Authorization": "Bearer only"}
    )
    assert denied.status_code == 401
    assert allowed.json() == {"items": []}
