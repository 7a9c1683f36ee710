# generated from specs/akua.yaml - do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster import Cluster
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    akua_context: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(akua_context, Unset):
        headers["akua-context"] = akua_context

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clusters/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Cluster | Error | None:
    if response.status_code == 200:
        response_200 = Cluster.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Cluster | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> Response[Cluster | Error]:
    """Get a cluster

     Returns one cluster, including its current `state` and the `etag` to send in `if-match` on the next
    write.

    Args:
        id (str):
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        akua_context=akua_context,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> Cluster | Error | None:
    """Get a cluster

     Returns one cluster, including its current `state` and the `etag` to send in `if-match` on the next
    write.

    Args:
        id (str):
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        akua_context=akua_context,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> Response[Cluster | Error]:
    """Get a cluster

     Returns one cluster, including its current `state` and the `etag` to send in `if-match` on the next
    write.

    Args:
        id (str):
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        akua_context=akua_context,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    akua_context: str | Unset = UNSET,
) -> Cluster | Error | None:
    """Get a cluster

     Returns one cluster, including its current `state` and the `etag` to send in `if-match` on the next
    write.

    Args:
        id (str):
        akua_context (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            akua_context=akua_context,
        )
    ).parsed
