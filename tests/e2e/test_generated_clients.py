"""Every generated client, sync and async, calls every operation of its API over real HTTP on
127.0.0.1, and every request it sends is valid against the spec. Retries: a 503 or 429 is
retried for safe requests and POSTs with an idempotency key, never for a bare POST."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.e2e.clients import arguments, operation_modules, package, runtime, snake
from tests.e2e.stub_server import serve
from tests.validate.conftest import validator as spec_validator

APIS = ["akua", "cockroach-cloud", "coreweave-cks", "kupe"]


def _client(pkg: Any, base_url: str, **extra: Any) -> Any:
    retry = extra.pop("retry", runtime(pkg).RetryPolicy(max_retries=0))
    return pkg.AuthenticatedClient(base_url=base_url, token="t0ken", retry=retry, **extra)


@pytest.mark.parametrize("api", APIS)
def test_every_operation_sync_and_async(api: str) -> None:
    validator = spec_validator(api)
    pkg = package(api)
    modules = operation_modules(pkg)
    assert set(modules) == {snake(key) for key in validator.api.operations}
    with serve(validator) as stub:
        for key, operation in validator.api.operations.items():
            module = modules[snake(key)]
            args, kwargs = arguments(validator, operation, module.sync_detailed)
            with _client(pkg, stub.base_url) as client:
                response = module.sync_detailed(*args, client=client, **kwargs)
            assert 200 <= response.status_code < 300, (key, response.content)
            if response.content:
                assert response.parsed is not None
                assert type(response.parsed).__name__ not in ("Error", "AbortedError")

            async def call(module: Any = module, args: Any = args, kwargs: Any = kwargs) -> Any:
                async with _client(pkg, stub.base_url) as client:
                    return await module.asyncio_detailed(*args, client=client, **kwargs)

            async_response = asyncio.run(call())
            assert async_response.status_code == response.status_code
        assert len(stub.seen) == 2 * len(validator.api.operations)
        for seen in stub.seen:
            assert seen.violations == [], (seen.operation, [v.render() for v in seen.violations])
            assert seen.headers.get("Authorization") == "Bearer t0ken"


def _retrying(pkg: Any, base_url: str) -> Any:
    return _client(pkg, base_url, retry=runtime(pkg).RetryPolicy(max_retries=2, backoff=0.0))


def test_safe_requests_are_retried_until_success() -> None:
    validator = spec_validator("kupe")
    pkg = package("kupe")
    get_cluster = operation_modules(pkg)["get_cluster"]
    with serve(validator) as stub:
        stub.failures = [(503, {"Retry-After": "0"}), (429, {"Retry-After": "0"})]
        with _retrying(pkg, stub.base_url) as client:
            response = get_cluster.sync_detailed("acme", "prod", client=client)
        assert response.status_code == 200
        assert [s.operation for s in stub.seen] == ["getCluster"] * 3


def test_retries_stop_at_the_limit() -> None:
    validator = spec_validator("kupe")
    pkg = package("kupe")
    get_cluster = operation_modules(pkg)["get_cluster"]
    with serve(validator) as stub:
        stub.failures = [(503, {"Retry-After": "0"})] * 5
        with _retrying(pkg, stub.base_url) as client:
            response = get_cluster.sync_detailed("acme", "prod", client=client)
        assert response.status_code == 503
        assert len(stub.seen) == 3  # the first try and two retries


def test_post_is_retried_only_with_an_idempotency_key() -> None:
    validator = spec_validator("akua")
    pkg = package("akua")
    create = operation_modules(pkg)["create_cluster"]
    operation = validator.api.operations["createCluster"]
    args, kwargs = arguments(validator, operation, create.sync_detailed)
    with serve(validator) as stub:
        stub.failures = [(503, {})]
        without = {k: v for k, v in kwargs.items() if k != "idempotency_key"}
        with _retrying(pkg, stub.base_url) as client:
            assert create.sync_detailed(*args, client=client, **without).status_code == 503
        assert len(stub.seen) == 1
        stub.seen.clear()
        stub.failures = [(503, {})]
        with _retrying(pkg, stub.base_url) as client:
            response = create.sync_detailed(
                *args, client=client, **{**kwargs, "idempotency_key": "key-1"}
            )
        assert response.status_code == 201
        assert len(stub.seen) == 2
        first, second = stub.seen
        assert first.body == second.body  # the retry re-sends the identical request
        assert first.headers["idempotency-key"] == second.headers["idempotency-key"] == "key-1"


def test_retry_after_is_honoured() -> None:
    import httpx

    policy = runtime(package("kupe")).RetryPolicy(backoff=1.0, jitter=0.0, max_backoff=60.0)
    request = httpx.Request("GET", "https://x.test/")
    assert policy.delay(0, httpx.Response(503, headers={"Retry-After": "7"}, request=request)) == 7
    date = "Wed, 21 Oct 2015 07:28:00 GMT"  # in the past: retry at once
    assert policy.delay(0, httpx.Response(503, headers={"Retry-After": date}, request=request)) == 0
    assert policy.delay(3, None) == 8.0  # 1 s doubled three times, no jitter
    assert policy.delay(10, None) == 60.0  # capped
