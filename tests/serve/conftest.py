"""Reference servers for the tests: `serve("kupe", ...)` starts one on a free port of
127.0.0.1 in this process; every answer it gives is checked against the spec, and the test
fails at teardown if any was off-spec."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from generator.serve import ServeConfig, ThreadedServer
from generator.serve.lifecycle import Mode
from generator.spec.catalog import spec_path

APIS = ["akua", "cockroach-cloud", "coreweave-cks", "kupe"]
TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def config(api: str, **options: Any) -> ServeConfig:
    lifecycle = options.pop("lifecycle", "immediate")
    return ServeConfig(
        spec=spec_path(api), lifecycle=Mode.parse(lifecycle), check_responses=True, **options
    )


@pytest.fixture
def serve() -> Iterator[Callable[..., ThreadedServer]]:
    started: list[ThreadedServer] = []

    def start(api: str, **options: Any) -> ThreadedServer:
        server = ThreadedServer(config(api, **options)).start()
        started.append(server)
        return server

    yield start
    off_spec = []
    for server in started:
        off_spec += server.app.response_violations
        server.stop()
    assert off_spec == [], off_spec


def http(server: ThreadedServer, token: str | None = TOKEN) -> httpx.Client:
    """A plain HTTP client at the server's base URL, with a bearer token unless None."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=server.url, headers=headers, timeout=10)
