# generated from tests/codegen/golden/widgets.yaml - do not edit
"""`Widgets` and `AsyncWidgets`: every operation as a method that returns the
documented success value and raises a typed error (errors.py) otherwise, plus the helpers the
spec's x- extensions make possible. Built on the low-level modules in `api/`."""

import uuid
from types import TracebackType
from typing import Any, Self, cast

import httpx

from . import errors
from ._runtime import (
    Lifecycle,
    async_wait_until_ready,
    pointer_get,
    wait_until_ready,
)
from .api.widgets import create_widget as _create_widget
from .api.widgets import get_widget as _get_widget
from .client import AuthenticatedClient
from .models.widget import Widget
from .models.widget_create import WidgetCreate
from .types import UNSET, Response, Unset

_ERROR_TOKEN_POINTER = ""
_TOKEN_HEADER = ""
_WIDGET_LIFECYCLE = Lifecycle(
    pointer="/state",
    ready=frozenset(["ready"]),
    failed=frozenset(["broken"]),
)


def _decoded(response: Response[Any]) -> Any:
    if response.parsed is not None:
        to_dict = getattr(response.parsed, "to_dict", None)
        return to_dict() if callable(to_dict) else response.parsed
    try:
        return httpx.Response(200, content=response.content).json()
    except ValueError:
        return None


def _error(response: Response[Any]) -> errors.APIStatusError:
    """The typed error for an error answer, with the parsed body the spec documents for it."""
    status = int(response.status_code)
    current = None
    if _ERROR_TOKEN_POINTER:
        value = pointer_get(_decoded(response), _ERROR_TOKEN_POINTER)
        current = None if value is None else str(value)
    if current is None and _TOKEN_HEADER:
        current = response.headers.get(_TOKEN_HEADER)
    return errors.error_class(status)(
        status,
        response.content,
        headers=httpx.Headers(response.headers),
        body=response.parsed,
        current_etag=current,
    )


def _transport_error(exc: httpx.TransportError) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(str(exc))
    return errors.APIConnectionError(str(exc))


class _Facade:
    """What both facades share: the client, and the versions seen per resource."""

    def __init__(self, client: AuthenticatedClient | None = None, **options: Any) -> None:
        self.client = client if client is not None else AuthenticatedClient(**options)
        self._etags: dict[str, str] = {}

    def last_etag(self, identifier: str) -> str | None:
        """The version last seen for a resource, to send as its precondition."""
        return self._etags.get(identifier)

    def _remember(self, response: Response[Any], identifier: str | None) -> None:
        token = response.headers.get(_TOKEN_HEADER) if _TOKEN_HEADER else None
        if token is not None and identifier is not None:
            self._etags[identifier] = token


class Widgets(_Facade):
    """The Widgets, one method per operation.

    `Widgets(token=..., base_url=..., retry=...)` takes AuthenticatedClient's
    arguments, or pass `client=` to share one.
    """

    def __enter__(self) -> Self:
        self.client.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.client.__exit__(exc_type, exc, traceback)

    def create_widget(
        self,
        *,
        body: WidgetCreate,
        widget_request_key: str | Unset = UNSET,
    ) -> Widget:
        """Create a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes. An idempotency key
        is generated when none is given; retries of this call reuse it."""
        if isinstance(widget_request_key, Unset):
            widget_request_key = str(uuid.uuid4())
        try:
            response = _create_widget.sync_detailed(
                body=body,
                widget_request_key=widget_request_key,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Widget, response.parsed)

    def get_widget(
        self,
        id: str,
    ) -> Widget:
        """Get a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _get_widget.sync_detailed(
                id=id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Widget, response.parsed)

    def wait_until_widget_ready(
        self,
        id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> Widget:
        """Poll get_widget until the widget's /state is one of
        ready. Raises errors.ResourceFailedError on
        broken, errors.WaitTimeoutError after `timeout` seconds."""

        def fetch() -> Widget:
            return self.get_widget(
                id=id,
            )

        found = wait_until_ready(
            fetch,
            _WIDGET_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Widget, found)


class AsyncWidgets(_Facade):
    """`Widgets` for asyncio: the same methods, awaited."""

    async def __aenter__(self) -> Self:
        await self.client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.client.__aexit__(exc_type, exc, traceback)

    async def create_widget(
        self,
        *,
        body: WidgetCreate,
        widget_request_key: str | Unset = UNSET,
    ) -> Widget:
        """Create a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes. An idempotency key
        is generated when none is given; retries of this call reuse it."""
        if isinstance(widget_request_key, Unset):
            widget_request_key = str(uuid.uuid4())
        try:
            response = await _create_widget.asyncio_detailed(
                body=body,
                widget_request_key=widget_request_key,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Widget, response.parsed)

    async def get_widget(
        self,
        id: str,
    ) -> Widget:
        """Get a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _get_widget.asyncio_detailed(
                id=id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Widget, response.parsed)

    async def wait_until_widget_ready(
        self,
        id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> Widget:
        """Poll get_widget until the widget's /state is one of
        ready. Raises errors.ResourceFailedError on
        broken, errors.WaitTimeoutError after `timeout` seconds."""

        async def fetch() -> Widget:
            return await self.get_widget(
                id=id,
            )

        found = await async_wait_until_ready(
            fetch,
            _WIDGET_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Widget, found)
