# generated from specs/akua.yaml - do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_list import ClusterList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    akua_context: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(akua_context, Unset):
        headers["akua-context"] = akua_context

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clusters",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterList | Error | None:
    if response.status_code == 200:
        response_200 = ClusterList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> Response[ClusterList | Error]:
    """List clusters

     Returns the clusters visible to the caller in the workspace the token (or the
    `akua-context` header) selects. No paging is documented, so the whole list comes back in
    one `items` array.

    Args:
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterList | Error]
    """

    kwargs = _get_kwargs(
        akua_context=akua_context,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> ClusterList | Error | None:
    """List clusters

     Returns the clusters visible to the caller in the workspace the token (or the
    `akua-context` header) selects. No paging is documented, so the whole list comes back in
    one `items` array.

    Args:
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterList | Error
    """

    return sync_detailed(
        client=client,
        akua_context=akua_context,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> Response[ClusterList | Error]:
    """List clusters

     Returns the clusters visible to the caller in the workspace the token (or the
    `akua-context` header) selects. No paging is documented, so the whole list comes back in
    one `items` array.

    Args:
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterList | Error]
    """

    kwargs = _get_kwargs(
        akua_context=akua_context,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> ClusterList | Error | None:
    """List clusters

     Returns the clusters visible to the caller in the workspace the token (or the
    `akua-context` header) selects. No paging is documented, so the whole list comes back in
    one `items` array.

    Args:
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            akua_context=akua_context,
        )
    ).parsed
