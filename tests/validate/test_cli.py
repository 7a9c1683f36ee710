"""`python -m generator validate` as a user runs it: exit codes, stdin, JSON, concrete paths,
HAR recordings of real exchanges with a local server."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
AKUA = str(ROOT / "specs" / "akua.yaml")
CKS = str(ROOT / "specs" / "coreweave-cks.yaml")
CLUSTER = {
    "id": "c1",
    "name": "prod",
    "workspace_id": "ws_1",
    "state": "pending",
    "provider": "managed_kaas",
    "reconciling": True,
    "created_at": 1,
    "updated_at": 1,
    "etag": "1",
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "validate", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_valid_request_by_operation_id(tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"id": "abc", "version": "v1.32", "updateMask": "version"}))
    result = run(
        CKS,
        "--operation",
        "updateCluster",
        "--header",
        "Content-Type: application/json",
        "--request-body",
        str(body),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "updateCluster: valid" in result.stderr


def test_every_violation_from_stdin_with_concrete_path() -> None:
    body = {
        "name": "Bad_Name",
        "zone": "z",
        "vpcId": "v",
        "version": "v1.32",
        "network": {"podCidrName": "p", "serviceCidrName": "s", "internalLbCidrNames": "lb"},
    }
    result = run(
        CKS,
        "--operation",
        "POST /v1beta1/cks/clusters",
        "--request-body",
        "-",
        "--content-type",
        "application/json",
        stdin=json.dumps(body),
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert 'body /network/internalLbCidrNames: "lb" is not of type "array" [type]' in lines
    assert any(line.startswith("body /name: ") and line.endswith("[pattern]") for line in lines)


def test_concrete_path_validates_path_parameters() -> None:
    result = run(AKUA, "--operation", "GET /v1/clusters/" + "x" * 55, "--format", "json")
    assert result.returncode == 1
    [violation] = json.loads(result.stdout)
    assert violation == {
        "location": "path",
        "pointer": "/id",
        "keyword": "maxLength",
        "message": violation["message"],
    }
    assert "longer than" in violation["message"]


def test_literal_segment_beats_template() -> None:
    spec = str(ROOT / "specs" / "cockroach-cloud.yaml")
    result = run(
        spec,
        "--operation",
        "GET /api/v1/clusters/available-regions",
        "--query",
        "provider=AZURE",
        "--format",
        "json",
    )
    assert result.returncode == 1  # the provider query is checked: so it was routed there
    assert json.loads(result.stdout)[0]["pointer"] == "/provider"
    ok = run(
        spec, "--operation", "GET /api/v1/clusters/available-regions", "--query", "provider=GCP"
    )
    assert ok.returncode == 0, ok.stdout


def test_response_validation_with_headers(tmp_path: Path) -> None:
    body = tmp_path / "cluster.json"
    body.write_text(json.dumps({**CLUSTER, "state": "gone", "created_at": -1}))
    result = run(
        AKUA,
        "--operation",
        "updateCluster",
        "--status",
        "200",
        "--response-body",
        str(body),
        "--content-type",
        "application/json",
        "--format",
        "json",
    )
    assert result.returncode == 1
    found = {(v["pointer"], v["keyword"]) for v in json.loads(result.stdout)}
    assert found == {("/state", "enum"), ("/created_at", "minimum")}
    undocumented = run(AKUA, "--operation", "updateCluster", "--status", "418")
    assert undocumented.returncode == 1
    assert "status /: status 418 is not documented" in undocumented.stdout


def test_a_spec_by_api_name() -> None:
    """As for `serve`, one of the project's specs can be named instead of given as a file."""
    result = run("akua", "--operation", "updateCluster", "--status", "200", stdin=None)
    assert result.returncode == 1, result.stderr
    assert "documents a body" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((AKUA, "--operation", "noSuchOperation"), "no operation matches"),
        (
            (AKUA, "--operation", "getCluster", "--status", "200", "--response-body", "/no/file"),
            "cannot read /no/file",
        ),
        ((AKUA,), "needs --operation"),
        ((AKUA, "--operation", "getCluster", "--header", "broken"), "NAME:VALUE"),
        ((AKUA, "--operation", "getCluster", "--response-body", "x"), "need --status"),
        (("specs/none.yaml", "--operation", "x"), "file-unreadable"),
        (("no-such-api", "--operation", "x"), "bundled spec named 'no-such-api'; bundled: akua"),
        ((str(ROOT / "tests/lint/corpus/dangling-ref.yaml"), "--operation", "x"), "ref-unresolved"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


# --- HAR recorded from real HTTP exchanges ---------------------------------------------------


class _AkuaLike(BaseHTTPRequestHandler):
    """Answers like Akua would, except that PATCH answers an incomplete cluster."""

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._send(201, CLUSTER)

    def do_PATCH(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._send(200, {"id": "c1", "state": "active"})

    def do_GET(self) -> None:
        self._send(404, {"code": "NOT_FOUND", "message": "no such thing"})

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _AkuaLike)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join()


def _har_entry(response: httpx.Response) -> dict[str, Any]:
    request = response.request
    entry: dict[str, Any] = {
        "request": {
            "method": request.method,
            "url": str(request.url),
            "headers": [{"name": k, "value": v} for k, v in request.headers.items()],
            "queryString": [],
        },
        "response": {
            "status": response.status_code,
            "headers": [{"name": k, "value": v} for k, v in response.headers.items()],
            "content": {
                "mimeType": response.headers.get("content-type", ""),
                "text": response.text,
            },
        },
    }
    if request.content:
        entry["request"]["postData"] = {
            "mimeType": request.headers["content-type"],
            "text": request.content.decode(),
        }
    return entry


def test_har_of_real_exchanges(server: str, tmp_path: Path) -> None:
    with httpx.Client(base_url=server + "/v1") as client:
        exchanges = [
            client.post(
                "/clusters", json={"name": "prod", "region_id": "r1", "provider": "managed_kaas"}
            ),
            client.patch("/clusters/c1", json={"name": ""}),  # no if-match, short name
            client.get("/clusters/c1/nodes"),  # not an Akua operation
        ]
    har = tmp_path / "session.har"
    har.write_text(
        json.dumps({"log": {"version": "1.2", "entries": [_har_entry(r) for r in exchanges]}})
    )

    text = run(AKUA, "--har", str(har))
    assert text.returncode == 1
    lines = text.stdout.splitlines()
    assert lines[0] == f"entry 0: POST {server}/v1/clusters (createCluster): valid"
    assert lines[1].startswith(f"entry 1: PATCH {server}/v1/clusters/c1 (updateCluster): ")
    assert "  request header /if-match: required header 'if-match' is missing [required]" in lines
    assert '  request body /name: "" is shorter than 1 character [minLength]' in lines
    assert '  response body /: "etag" is a required property [required]' in lines
    assert lines[-1].endswith(
        "no operation matches GET " + server + "/v1/clusters/c1/nodes [paths]"
    )

    data = json.loads(run(AKUA, "--har", str(har), "--format", "json").stdout)
    assert [e["valid"] for e in data] == [True, False, False]
    assert data[2]["operation"] is None


def test_har_that_is_not_json_exits_2(tmp_path: Path) -> None:
    har = tmp_path / "broken.har"
    har.write_text("{not json")
    result = run(AKUA, "--har", str(har))
    assert result.returncode == 2
    assert "not a readable HAR file" in result.stderr
