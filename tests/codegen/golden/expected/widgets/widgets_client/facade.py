# generated from tests/codegen/golden/widgets.yaml - do not edit
"""`Widgets` and `AsyncWidgets`: the Widgets by resource
(`client.widgets`), every other operation as a
method of the client, each with a `with_raw_response` twin. Methods return the documented
success value and raise the typed errors of `errors`; nothing else leaves them."""

import uuid
from collections.abc import Mapping
from typing import Any, cast

import httpx

from ._base_client import (
    APIResponse,
    AsyncClient,
    Settings,
    SyncClient,
    quote_path,
    version_key,
)
from ._runtime import (
    Lifecycle,
    RetryPolicy,
    async_wait_until_ready,
    wait_until_ready,
)
from .models import Widget

_SETTINGS = Settings(
    default_base_url="https://api.widgets.test/v1",
    base_url_env="WIDGETS_BASE_URL",
    token_env="WIDGETS_TOKEN",
    needs_token=True,
    idempotency_headers=frozenset(["widget-request-key"]),
    token_header="",
    error_token_pointer="",
    user_agent="Widgets/python one-spec",
)
_WIDGETS_LIFECYCLE = Lifecycle(
    pointer="/state",
    ready=frozenset(["ready"]),
    failed=frozenset(["broken"]),
)


def _parse_create_widget(status: int, data: Any) -> Widget:
    return Widget.from_dict(data)


def _parse_get_widget(status: int, data: Any) -> Widget:
    return Widget.from_dict(data)


class WidgetsWithRawResponse:
    """`Widgets`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        widget_request_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Widget]:
        """Create a widget. The answer as it came; `.parse()` gives what `create` returns."""
        if widget_request_key is None:
            widget_request_key = str(uuid.uuid4())  # retries of this call resend the same key
        body: dict[str, Any] = {}
        body["name"] = name
        answer = self._client.request(
            "POST",
            "/widgets",
            _parse_create_widget,
            headers={
                "Widget-Request-Key": widget_request_key,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("widget", None),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Widget]:
        """Get a widget. The answer as it came; `.parse()` gives what `get` returns."""
        answer = self._client.request(
            "GET",
            "/widgets/" + quote_path(id),
            _parse_get_widget,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("widget", id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer


class Widgets:
    """The widget resource."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.with_raw_response = WidgetsWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        widget_request_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Widget:
        """Create a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. An idempotency key is generated when none is given; retries of
        this call resend it.
        """
        return (
            self.with_raw_response.create(
                widget_request_key=widget_request_key,
                name=name,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Widget:
        """Get a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.get(
                id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def wait_until_ready(
        self,
        id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Widget:
        """Poll `get` until /state is ready. Raises
        errors.ResourceFailedError on broken and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        def fetch() -> Widget:
            return self.get(
                id,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        found = wait_until_ready(
            fetch,
            _WIDGETS_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Widget, found)


class WidgetsWithRawResponse:
    """`Widgets`'s own methods, returning the answer as it came."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client


class Widgets(SyncClient):
    """The Widgets.

    `Widgets(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $WIDGETS_TOKEN when not given (construction fails at once when there is none), the base
    URL from $WIDGETS_BASE_URL, then https://api.widgets.test/v1. Your own httpx client or
    transport keeps this client's auth, base URL and retries.
    """

    settings = _SETTINGS

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
            token=token,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            headers=headers,
            http_client=http_client,
            transport=transport,
        )
        self.widgets = Widgets(self)
        self.with_raw_response = WidgetsWithRawResponse(self)


class AsyncWidgetsWithRawResponse:
    """`AsyncWidgets`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        widget_request_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Widget]:
        """Create a widget. The answer as it came; `.parse()` gives what `create` returns."""
        if widget_request_key is None:
            widget_request_key = str(uuid.uuid4())  # retries of this call resend the same key
        body: dict[str, Any] = {}
        body["name"] = name
        answer = await self._client.request(
            "POST",
            "/widgets",
            _parse_create_widget,
            headers={
                "Widget-Request-Key": widget_request_key,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("widget", None),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Widget]:
        """Get a widget. The answer as it came; `.parse()` gives what `get` returns."""
        answer = await self._client.request(
            "GET",
            "/widgets/" + quote_path(id),
            _parse_get_widget,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("widget", id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer


class AsyncWidgets:
    """The widget resource."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.with_raw_response = AsyncWidgetsWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        widget_request_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Widget:
        """Create a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. An idempotency key is generated when none is given; retries of
        this call resend it.
        """
        return (
            await self.with_raw_response.create(
                widget_request_key=widget_request_key,
                name=name,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Widget:
        """Get a widget.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.get(
                id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def wait_until_ready(
        self,
        id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Widget:
        """Poll `get` until /state is ready. Raises
        errors.ResourceFailedError on broken and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        async def fetch() -> Widget:
            return await self.get(
                id,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        found = await async_wait_until_ready(
            fetch,
            _WIDGETS_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Widget, found)


class AsyncWidgetsWithRawResponse:
    """`AsyncWidgets`'s own methods, returning the answer as it came."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client


class AsyncWidgets(AsyncClient):
    """The Widgets for asyncio.

    `AsyncWidgets(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $WIDGETS_TOKEN when not given (construction fails at once when there is none), the base
    URL from $WIDGETS_BASE_URL, then https://api.widgets.test/v1. Your own httpx client or
    transport keeps this client's auth, base URL and retries.
    """

    settings = _SETTINGS

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
            token=token,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            headers=headers,
            http_client=http_client,
            transport=transport,
        )
        self.widgets = AsyncWidgets(self)
        self.with_raw_response = AsyncWidgetsWithRawResponse(self)
