"""The retry rule follows the spec's idempotency header, not a name of ours: the golden spec
names its key `Widget-Request-Key`, so its client retries a POST that carries that header and
never one that carries only `idempotency-key` (over real HTTP, against the spec-driven stub)."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

import pytest

from generator.validate import Validator
from tests.codegen.golden import EXPECTED, SPEC
from tests.e2e.stub_server import serve


@pytest.fixture(scope="module")
def widgets() -> ModuleType:
    folder = str(EXPECTED / SPEC.stem)
    sys.path.insert(0, folder)
    try:
        return importlib.import_module("widgets_client")
    finally:
        sys.path.remove(folder)


def test_the_spec_names_the_retried_header(widgets: ModuleType) -> None:
    client_module = importlib.import_module("widgets_client.client")
    assert frozenset({"widget-request-key"}) == client_module.IDEMPOTENCY_HEADERS


def test_post_is_retried_only_with_the_spec_header(widgets: ModuleType) -> None:
    runtime = importlib.import_module("widgets_client._runtime")
    create = importlib.import_module("widgets_client.api.widgets.create_widget")
    models = importlib.import_module("widgets_client.models")
    validator = Validator.from_path(SPEC)
    policy = runtime.RetryPolicy(max_retries=2, backoff=0.0)
    body = models.WidgetCreate(name="w1")
    with serve(validator) as stub:

        def client(**headers: str) -> object:
            made = widgets.AuthenticatedClient(base_url=stub.base_url, token="t", retry=policy)
            return made.with_headers(headers)

        stub.failures = [(503, {})]
        with client(**{"idempotency-key": "k-0"}) as plain:  # type: ignore[attr-defined]
            assert create.sync_detailed(client=plain, body=body).status_code == 503
        assert len(stub.seen) == 1  # not the spec's header: not retried
        stub.seen.clear()
        stub.failures = [(503, {})]
        with client() as keyed:  # type: ignore[attr-defined]
            response = create.sync_detailed(client=keyed, body=body, widget_request_key="k-1")
        assert response.status_code == 201
        assert [s.headers.get("Widget-Request-Key") for s in stub.seen] == ["k-1", "k-1"]
        assert all(s.violations == [] for s in stub.seen)
