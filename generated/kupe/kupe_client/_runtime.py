# generated from specs/kupe.yaml - do not edit
"""Retries with exponential backoff and jitter, honouring Retry-After, as httpx transports.

Shared by every generated package (copied from one-spec's templates/_runtime.py). A request is
retried on a connection error or on 408, 429, 500, 502, 503 and 504 answers, up to
`max_retries` times, and each retry re-sends the identical request. Only requests that are safe
to repeat are retried: GET, HEAD, OPTIONS, PUT, DELETE and TRACE, and a POST or PATCH only when
it carries an idempotency key in one of the headers the spec declares for keys (the package's
`client.IDEMPOTENCY_HEADERS`), so a retry can never create a second resource.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; `RetryPolicy(max_retries=0)` turns retries off."""

    max_retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 30.0
    jitter: float = 0.25
    statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({408, 429, 500, 502, 503, 504})
    )

    def may_retry(self, request: httpx.Request, idempotency_headers: frozenset[str]) -> bool:
        """Whether a request is safe to send again: its method is idempotent, or it carries an
        idempotency key in one of `idempotency_headers` (from the spec)."""
        return request.method in IDEMPOTENT_METHODS or any(
            name in request.headers for name in idempotency_headers
        )

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number `attempt` (0-based): the server's Retry-After
        when it gives one, else exponential backoff with jitter."""
        if response is not None:
            after = retry_after(response)
            if after is not None:
                return min(after, self.max_backoff)
        base = min(self.max_backoff, self.backoff * 2.0**attempt)
        return max(0.0, base * (1 + random.uniform(-self.jitter, self.jitter)))


def retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds, from either of its forms (delay-seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        idempotency_headers: frozenset[str] = frozenset(),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.idempotency_headers = idempotency_headers
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            retryable = attempt < self.policy.max_retries and self.policy.may_retry(
                request, self.idempotency_headers
            )
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError:
                if not retryable:
                    raise
                self.sleep(self.policy.delay(attempt, None))
                attempt += 1
                continue
            if retryable and response.status_code in self.policy.statuses:
                response.read()
                response.close()
                self.sleep(self.policy.delay(attempt, response))
                attempt += 1
                continue
            return response

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        idempotency_headers: frozenset[str] = frozenset(),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.idempotency_headers = idempotency_headers
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            retryable = attempt < self.policy.max_retries and self.policy.may_retry(
                request, self.idempotency_headers
            )
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError:
                if not retryable:
                    raise
                await self.sleep(self.policy.delay(attempt, None))
                attempt += 1
                continue
            if retryable and response.status_code in self.policy.statuses:
                await response.aread()
                await response.aclose()
                await self.sleep(self.policy.delay(attempt, response))
                attempt += 1
                continue
            return response

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- helpers the generated facades wire to the spec's semantics -------------------------------


def pointer_get(value: object, pointer: str) -> object:
    """The value at a JSON pointer in decoded JSON, or None when it is not there."""
    if not pointer:
        return value
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict):
            value = value.get(token)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return None
    return value


def field_mask(body: dict[str, object], exclude: frozenset[str]) -> str:
    """An AIP-157 field mask naming exactly the fields set in `body` (nested objects by their
    leaves, `oidc.issuerUrl`), in a stable order; `exclude` names top-level fields that are not
    changes (the mask field itself, the identifier)."""
    paths: list[str] = []

    def walk(value: object, prefix: str) -> None:
        if isinstance(value, dict) and value:
            for key in sorted(value):
                walk(value[key], f"{prefix}.{key}" if prefix else str(key))
        else:
            paths.append(prefix)

    for key in sorted(body):
        if key not in exclude:
            walk(body[key], key)
    return ",".join(paths)


@dataclass(frozen=True)
class Lifecycle:
    """Where a resource's state is and which states end a wait (from x-resources)."""

    pointer: str
    ready: frozenset[str]
    failed: frozenset[str]


def _state(lifecycle: Lifecycle, resource: object) -> str | None:
    to_dict = getattr(resource, "to_dict", None)
    data = to_dict() if callable(to_dict) else resource
    state = pointer_get(data, lifecycle.pointer)
    return None if state is None else str(state)


def wait_until_ready(
    fetch: Callable[[], object],
    lifecycle: Lifecycle,
    *,
    timeout: float,
    interval: float,
    max_interval: float,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> object:
    """Poll until the resource reaches a ready state (returned), a failed one (raises
    ResourceFailedError) or the timeout (raises WaitTimeoutError); the interval grows by half
    each poll up to `max_interval`."""
    from .errors import ResourceFailedError, WaitTimeoutError

    deadline = clock() + timeout
    state = None
    while True:
        resource = fetch()
        state = _state(lifecycle, resource)
        if state in lifecycle.ready:
            return resource
        if state in lifecycle.failed:
            raise ResourceFailedError(str(state), resource)
        remaining = deadline - clock()
        if remaining <= 0:
            raise WaitTimeoutError(state, timeout)
        sleep(min(interval, remaining))
        interval = min(max_interval, interval * 1.5)


async def async_wait_until_ready(
    fetch: Callable[[], Awaitable[object]],
    lifecycle: Lifecycle,
    *,
    timeout: float,
    interval: float,
    max_interval: float,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> object:
    """`wait_until_ready` for the async client."""
    from .errors import ResourceFailedError, WaitTimeoutError

    deadline = clock() + timeout
    state = None
    while True:
        resource = await fetch()
        state = _state(lifecycle, resource)
        if state in lifecycle.ready:
            return resource
        if state in lifecycle.failed:
            raise ResourceFailedError(str(state), resource)
        remaining = deadline - clock()
        if remaining <= 0:
            raise WaitTimeoutError(state, timeout)
        await sleep(min(interval, remaining))
        interval = min(max_interval, interval * 1.5)
