"""Servers for the contract tests: `start(api, wrap=...)` runs a reference server on
127.0.0.1 in this process with an admin token and one token per role its spec names; `wrap`
puts a fault around it (tests/contract/faults.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from generator.apimodel import build_api
from generator.fuzz import role_tokens
from generator.serve import ServeConfig, ThreadedServer
from generator.spec import load_spec
from generator.spec.catalog import spec_path

ADMIN = "fuzz-admin"


def roles(api: str) -> dict[str, tuple[str, ...]]:
    """A token per role the spec names, each holding only that role, as --reference does."""
    return role_tokens(build_api(load_spec(spec_path(api))))


Start = Callable[..., ThreadedServer]


@pytest.fixture
def start() -> Iterator[Start]:
    started: list[ThreadedServer] = []

    def run(api: str, wrap: Callable[[Any], Any] | None = None) -> ThreadedServer:
        tokens: dict[str, frozenset[str] | None] = {ADMIN: None}
        tokens.update({t: frozenset(r) for t, r in roles(api).items()})
        config = ServeConfig(spec=spec_path(api), tokens=tokens, check_responses=True)
        server = ThreadedServer(config, wrap=wrap).start()
        started.append(server)
        return server

    yield run
    for server in started:
        server.stop()
