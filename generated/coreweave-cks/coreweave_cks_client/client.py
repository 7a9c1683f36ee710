# generated from specs/coreweave-cks.yaml - do not edit
"""The HTTP clients of this package: base URL, bearer auth, timeouts and retries, in one place
for every operation module under `api/`."""

import os
import ssl
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._runtime import AsyncRetryTransport, RetryPolicy, RetryTransport

DEFAULT_BASE_URL = "https://api.coreweave.com"
BASE_URL_ENV = "COREWEAVE_CKS_BASE_URL"
TOKEN_ENV = "COREWEAVE_CKS_TOKEN"
# The headers that carry an idempotency key in this API (x-idempotency): a POST or PATCH that
# carries one is safe to retry.
IDEMPOTENCY_HEADERS: frozenset[str] = frozenset([])
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def _base_url_from_env() -> str:
    return os.environ.get(BASE_URL_ENV, DEFAULT_BASE_URL)


def _token_from_env() -> str:
    return os.environ.get(TOKEN_ENV, "")


@define
class Client:
    """A client for the operations that need no credentials, and the base of
    `AuthenticatedClient`.

    Arguments, all optional and keyword-only except `base_url`:
        base_url: defaults to $COREWEAVE_CKS_BASE_URL, then to https://api.coreweave.com.
        headers, cookies: sent with every request.
        timeout: an httpx.Timeout; 30 s, with 10 s to connect, by default.
        retry: a RetryPolicy; three retries with backoff by default, RetryPolicy(max_retries=0)
            for none.
        verify_ssl, follow_redirects, httpx_args: passed to the httpx clients.
        raise_on_unexpected_status: raise errors.UnexpectedStatus on an undocumented status.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(factory=_base_url_from_env, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True, alias="retry")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends `headers`."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        return evolve(self, timeout=timeout)

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {**self._headers, **self._auth_headers()},
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            **{k: v for k, v in self._httpx_args.items() if k != "transport"},
        }

    def _inner_transport(self, kind: type[Any]) -> Any:
        """httpx_args' transport when it is of this kind (sync or async): wrapped in the
        retries like the default one, never passed twice."""
        given = self._httpx_args.get("transport")
        return given if isinstance(given, kind) else None

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own httpx.Client; this client's settings are then not applied."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            inner = self._inner_transport(httpx.BaseTransport) or httpx.HTTPTransport(
                verify=self._verify_ssl
            )
            transport = RetryTransport(inner, self._retry, IDEMPOTENCY_HEADERS)
            self._client = httpx.Client(transport=transport, **self._client_args())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            inner = self._inner_transport(httpx.AsyncBaseTransport) or httpx.AsyncHTTPTransport(
                verify=self._verify_ssl
            )
            transport = AsyncRetryTransport(inner, self._retry, IDEMPOTENCY_HEADERS)
            self._async_client = httpx.AsyncClient(transport=transport, **self._client_args())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, traceback)


@define
class AuthenticatedClient(Client):
    """A client that sends a bearer token: `token`, else $COREWEAVE_CKS_TOKEN."""

    token: str = field(factory=_token_from_env, kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}
