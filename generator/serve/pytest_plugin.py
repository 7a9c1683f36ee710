"""A pytest fixture for users' own tests: `pytest_plugins = ["generator.serve.pytest_plugin"]`,
then

    def test_create(reference_server):
        url = reference_server("kupe")               # a fresh in-memory server
        url = reference_server("akua", lifecycle="manual", tokens={"t": None})

Each server lives until the test ends; the test fails if any answer it gave was off-spec."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from generator.serve.server import reference_server as _reference_server


@pytest.fixture
def reference_server() -> Iterator[Callable[..., str]]:
    with ExitStack() as stack:

        def start(api: str, **options: Any) -> str:
            return stack.enter_context(_reference_server(api, **options))

        yield start
