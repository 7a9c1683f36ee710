# generated from tests/codegen/golden/widgets.yaml - do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.widget import Widget
from ...models.widget_create import WidgetCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WidgetCreate,
    widget_request_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(widget_request_key, Unset):
        headers["Widget-Request-Key"] = widget_request_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/widgets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Widget | None:
    if response.status_code == 201:
        response_201 = Widget.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Widget]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WidgetCreate,
    widget_request_key: str | Unset = UNSET,
) -> Response[Error | Widget]:
    """Create a widget

     Creates a widget.

    Args:
        widget_request_key (str | Unset):
        body (WidgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Widget]
    """

    kwargs = _get_kwargs(
        body=body,
        widget_request_key=widget_request_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WidgetCreate,
    widget_request_key: str | Unset = UNSET,
) -> Error | Widget | None:
    """Create a widget

     Creates a widget.

    Args:
        widget_request_key (str | Unset):
        body (WidgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Widget
    """

    return sync_detailed(
        client=client,
        body=body,
        widget_request_key=widget_request_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WidgetCreate,
    widget_request_key: str | Unset = UNSET,
) -> Response[Error | Widget]:
    """Create a widget

     Creates a widget.

    Args:
        widget_request_key (str | Unset):
        body (WidgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Widget]
    """

    kwargs = _get_kwargs(
        body=body,
        widget_request_key=widget_request_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WidgetCreate,
    widget_request_key: str | Unset = UNSET,
) -> Error | Widget | None:
    """Create a widget

     Creates a widget.

    Args:
        widget_request_key (str | Unset):
        body (WidgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Widget
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            widget_request_key=widget_request_key,
        )
    ).parsed
