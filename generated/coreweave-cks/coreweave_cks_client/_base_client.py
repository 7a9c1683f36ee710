# generated from specs/coreweave-cks.yaml - do not edit
"""The base of the generated facades: base URL, bearer auth, timeouts, retries, error mapping,
raw responses and lenient parsing live here, once; the generated resources stay thin.

Shared by every generated package (copied from one-spec's templates/_base_client.py). It
depends on httpx (python-dateutil for rare date forms) and the package's `errors` and
`_runtime` modules.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypeVar
from urllib.parse import quote

import httpx

from . import errors
from ._runtime import RetryPolicy, pointer_get

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# --- reading JSON leniently, writing it from anything a caller passes ---------------------------


def enum_value(cls: type[E], value: Any) -> Any:
    """The enum member for a value the spec lists, else the value itself: a newer API's value
    arrives as the plain string instead of raising."""
    try:
        return cls._value2member_map_.get(value, value)
    except TypeError:  # an unhashable value (a list, an object) is kept as it came
        return value


def first_of(value: Any, parsers: tuple[Callable[[Any], Any], ...]) -> Any:
    """The first alternative of a union that reads `value`; the value as it came if none does."""
    for parse in parsers:
        try:
            return parse(value)
        except (TypeError, ValueError, KeyError, AttributeError, errors.ResponseParseError):
            continue
    return value


def parse_datetime(value: Any) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        from dateutil.parser import isoparse  # rarer forms (more than six fraction digits)

        return isoparse(value)


def parse_date(value: Any) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


def to_json(value: Any) -> Any:
    """Plain JSON data from what a caller passes: models (their `to_dict`), mappings,
    sequences, enum members, dates; anything else as it is."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value  # enum members of str or int are JSON as they are
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json(item) for item in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def to_json_dict(value: Mapping[str, Any]) -> dict[str, Any]:
    """`to_json` of a request body: a JSON object."""
    return {str(key): to_json(item) for key, item in value.items()}


def quote_path(value: Any) -> str:
    """A path parameter as one path segment: enum members by value, every reserved character
    escaped, so that a name can never reach another path."""
    return quote(str(to_json(value)), safe="")


def version_key(resource: str, *parts: Any) -> tuple[str, ...]:
    """Where the facade files a resource's version: its resource, scope and identifier."""
    return (resource, *("" if part is None else str(to_json(part)) for part in parts))


# --- answers ----------------------------------------------------------------------------------

_MISSING: Any = object()


class APIResponse(Generic[T]):
    """An answer as it came (`status_code`, `headers`, `content`, `http_response`), and
    `parse()` for the typed value the plain method returns. Decoding happens once."""

    def __init__(self, response: httpx.Response, parser: Callable[[int, Any], T]) -> None:
        self.http_response = response
        self._parser = parser
        self._json: Any = _MISSING
        self._parsed: Any = _MISSING

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def json(self) -> Any:
        """The decoded body; None for an empty one. Raises errors.ResponseParseError when the
        body is not JSON."""
        if self._json is _MISSING:
            self._json = decode(self.http_response)
        return self._json

    def parse(self) -> T:
        """The typed value. Raises errors.ResponseParseError when the body does not fit it."""
        if self._parsed is _MISSING:
            data = self.json()
            try:
                self._parsed = self._parser(self.status_code, data)
            except errors.ResponseParseError:
                raise
            except Exception as exc:  # a document that does not fit: our error, never theirs
                raise parse_error(self.http_response, exc) from exc
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse {request.method} {request.url} {self.status_code}>"


def parse_error(response: httpx.Response, exc: BaseException) -> errors.ResponseParseError:
    reason = f"missing field {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
    return errors.ResponseParseError(
        response.status_code, response.content, headers=response.headers, reason=reason
    )


def decode(response: httpx.Response) -> Any:
    """The JSON of an answer, None when it has no body."""
    content = response.content
    if not content.strip():
        return None
    try:
        return response.json()
    except ValueError as exc:
        raise errors.ResponseParseError(
            response.status_code,
            content,
            headers=response.headers,
            reason=f"the body is not JSON ({exc})",
        ) from exc


# --- the clients ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """What a generated package tells its clients about its API."""

    default_base_url: str
    base_url_env: str
    token_env: str
    needs_token: bool  # the spec declares security
    idempotency_headers: frozenset[str]  # lower case
    token_header: str = ""  # the response header that carries a resource's version
    error_token_pointer: str = ""  # where a mismatch error carries the current version
    user_agent: str = "one-spec-client"


@dataclass
class Versions:
    """The version (ETag) last seen of each resource, by resource, scope and identifier, as the
    precondition header wants it; and the last body seen, for fields an update must repeat."""

    etags: dict[tuple[str, ...], str] = field(default_factory=dict)
    bodies: dict[tuple[str, ...], Mapping[str, Any]] = field(default_factory=dict)


def header_token(value: str) -> str:
    """A version read from a body, in the quoted form the ETag header gives it."""
    return value if value.startswith(('"', 'W/"')) else f'"{value}"'


class _Core:
    """Settings, credentials and request building, shared by the sync and async clients."""

    settings: Settings

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        settings = self.settings
        if token is None:
            token = os.environ.get(settings.token_env) or None
        if settings.needs_token and not token:
            raise errors.MissingTokenError(
                f"no API token: pass token=... or set the environment variable {settings.token_env}"
            )
        self.token = token
        base = base_url or os.environ.get(settings.base_url_env) or settings.default_base_url
        self.base_url = base.rstrip("/")
        self.timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
        self.retry = retry if retry is not None else RetryPolicy()
        default_headers = {"Accept": "application/json", "User-Agent": settings.user_agent}
        if token:
            default_headers["Authorization"] = f"Bearer {token}"
        self.headers = {**default_headers, **(headers or {})}
        self.versions = Versions()

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Request:
        query = {k: to_json(v) for k, v in (params or {}).items() if v is not None}
        if extra_query:
            query.update(extra_query)
        sent = self.headers
        if headers or extra_headers:
            sent = dict(sent)
            for name, value in (headers or {}).items():
                if value is not None:
                    sent[name] = str(to_json(value))
            sent.update(extra_headers or {})
        content = None if body is None else to_json(body)
        if extra_body:
            content = {**(content or {}), **to_json(extra_body)}
        return http.build_request(
            method,
            self.base_url + path,
            params=query or None,
            headers=sent,
            json=content,
            timeout=self.timeout if timeout is None else httpx.Timeout(timeout),
        )

    def may_retry(self, request: httpx.Request, attempt: int) -> bool:
        return attempt < self.retry.max_retries and self.retry.may_retry(
            request, self.settings.idempotency_headers
        )

    def error(self, response: httpx.Response) -> errors.APIStatusError:
        """The typed error for an error answer, with its decoded body and, when the API sends
        one, the resource's current version."""
        try:
            body = decode(response)
        except errors.ResponseParseError:
            body = None
        current = None
        if self.settings.error_token_pointer:
            value = pointer_get(body, self.settings.error_token_pointer)
            current = None if value is None else str(value)
        if current is None and self.settings.token_header:
            current = response.headers.get(self.settings.token_header)
        return errors.error_class(response.status_code)(
            response.status_code,
            response.content,
            headers=response.headers,
            body=body,
            current_etag=current,
        )

    def remember(
        self,
        key: tuple[str, ...],
        answer: APIResponse[Any],
        *,
        resource_pointer: str,
        identifier_pointer: str,
        token_pointer: str,
    ) -> None:
        """Keep the version an answer carries for the resource `key` (whose last part, when
        empty, is the identifier the answer's body gives), in the form the precondition header
        takes: the ETag header's, quoted, when the API has one."""
        try:
            data = answer.json()
        except errors.ResponseParseError:
            data = None
        if key[-1] == "" and identifier_pointer:
            identifier = pointer_get(data, identifier_pointer)
            if identifier is None:
                return
            key = (*key[:-1], str(identifier))
        response = answer.http_response
        token_header = self.settings.token_header
        token = response.headers.get(token_header) if token_header else None
        if token is None and token_pointer:
            value = pointer_get(data, token_pointer)
            if value is not None:
                token = header_token(str(value)) if self.settings.token_header else str(value)
        if token is not None:
            self.versions.etags[key] = token
        resource = pointer_get(data, resource_pointer)
        if isinstance(resource, Mapping):
            self.versions.bodies[key] = resource

    def forget(self, key: tuple[str, ...]) -> None:
        """A deleted resource has no version to send any more."""
        self.versions.etags.pop(key, None)
        self.versions.bodies.pop(key, None)


def _connection_error(exc: httpx.RequestError) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(str(exc) or type(exc).__name__)
    return errors.APIConnectionError(str(exc) or type(exc).__name__)


class SyncClient(_Core):
    """The synchronous base: pass `http_client=` (your httpx.Client) or `transport=` and keep
    auth, base URL and retries, which this class applies to every request itself."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            token=token, base_url=base_url, timeout=timeout, retry=retry, headers=headers
        )
        self._owns_http = http_client is None
        self.http = http_client if http_client is not None else httpx.Client(transport=transport)
        self.sleep: Callable[[float], None] = time.sleep

    def request(
        self,
        method: str,
        path: str,
        parser: Callable[[int, Any], T],
        **options: Any,
    ) -> APIResponse[T]:
        """Build, send (with retries) and wrap one request; `options` are `build`'s."""
        return APIResponse(self.send(self.build(self.http, method, path, **options)), parser)

    def send(self, request: httpx.Request) -> httpx.Response:
        """Send with retries; an error status raises its typed error."""
        attempt = 0
        while True:
            try:
                response = self.http.send(request)
            except httpx.RequestError as exc:  # transport failures, redirects, bad encodings
                if not isinstance(exc, httpx.TransportError) or not self.may_retry(
                    request, attempt
                ):
                    raise _connection_error(exc) from exc
                self.sleep(self.retry.delay(attempt, None))
                attempt += 1
                continue
            if response.status_code in self.retry.statuses and self.may_retry(request, attempt):
                response.close()
                self.sleep(self.retry.delay(attempt, response))
                attempt += 1
                continue
            if not 200 <= response.status_code < 300:
                raise self.error(response)
            return response

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_Core):
    """The asyncio base, as SyncClient."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            token=token, base_url=base_url, timeout=timeout, retry=retry, headers=headers
        )
        self._owns_http = http_client is None
        self.http = (
            http_client if http_client is not None else httpx.AsyncClient(transport=transport)
        )
        self.sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def request(
        self,
        method: str,
        path: str,
        parser: Callable[[int, Any], T],
        **options: Any,
    ) -> APIResponse[T]:
        request = self.build(self.http, method, path, **options)
        return APIResponse(await self.send(request), parser)

    async def send(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self.http.send(request)
            except httpx.RequestError as exc:  # transport failures, redirects, bad encodings
                if not isinstance(exc, httpx.TransportError) or not self.may_retry(
                    request, attempt
                ):
                    raise _connection_error(exc) from exc
                await self.sleep(self.retry.delay(attempt, None))
                attempt += 1
                continue
            if response.status_code in self.retry.statuses and self.may_retry(request, attempt):
                await response.aclose()
                await self.sleep(self.retry.delay(attempt, response))
                attempt += 1
                continue
            if not 200 <= response.status_code < 300:
                raise self.error(response)
            return response

    async def close(self) -> None:
        if self._owns_http:
            await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


# --- pages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paging:
    """Where a list answer keeps its items and the number of the next page (x-pagination)."""

    items: str  # JSON pointer; "" when the answer is the array itself
    next: str = ""  # JSON pointer; "" when the list has one page


def _page_items(data: Any, paging: Paging) -> list[Any]:
    items = pointer_get(data, paging.items)
    return items if isinstance(items, list) else []


def _next_page(data: Any, paging: Paging, current: int | None, seen: set[int]) -> int | None:
    if not paging.next:
        return None
    following = pointer_get(data, paging.next)
    if not isinstance(following, int) or isinstance(following, bool):
        return None
    if following <= (current or 0) or following in seen:
        return None  # 0 (or less) names no page; the same page again would loop forever
    seen.add(following)
    return following


class SyncPager(Generic[T]):
    """Every item of a list, typed, fetching the next page only when iteration needs it."""

    def __init__(
        self,
        fetch: Callable[[int | None], APIResponse[Any]],
        paging: Paging,
        item: Callable[[Any], T],
        first: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._paging = paging
        self._item = item
        self._first = first

    def pages(self) -> Iterator[APIResponse[Any]]:
        """The raw answers, page after page."""
        page, seen = self._first, set[int]()
        while True:
            answer = self._fetch(page)
            yield answer
            page = _next_page(answer.json(), self._paging, page, seen)
            if page is None:
                return

    def __iter__(self) -> Iterator[T]:
        for answer in self.pages():
            for item in _page_items(answer.json(), self._paging):
                try:
                    yield self._item(item)
                except errors.ResponseParseError:
                    raise
                except Exception as exc:
                    raise parse_error(answer.http_response, exc) from exc


class AsyncPager(Generic[T]):
    """SyncPager for asyncio: `async for item in client.things.list(...)`."""

    def __init__(
        self,
        fetch: Callable[[int | None], Awaitable[APIResponse[Any]]],
        paging: Paging,
        item: Callable[[Any], T],
        first: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._paging = paging
        self._item = item
        self._first = first

    async def pages(self) -> AsyncIterator[APIResponse[Any]]:
        page, seen = self._first, set[int]()
        while True:
            answer = await self._fetch(page)
            yield answer
            page = _next_page(answer.json(), self._paging, page, seen)
            if page is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for answer in self.pages():
            for item in _page_items(answer.json(), self._paging):
                try:
                    yield self._item(item)
                except errors.ResponseParseError:
                    raise
                except Exception as exc:
                    raise parse_error(answer.http_response, exc) from exc
