# generated from specs/kupe.yaml - do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster import Cluster
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    tenant: str,
    cluster: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tenants/{tenant}/clusters/{cluster}".format(
            tenant=quote(str(tenant), safe=""),
            cluster=quote(str(cluster), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Cluster | Error | None:
    if response.status_code == 200:
        response_200 = Cluster.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
    tenant: str,
    cluster: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Cluster | Error]:
    """Get a cluster

     Returns one cluster, including its current `status.phase`. This is the call to repeat while waiting
    for a new cluster: the documented wait script reads the phase every 10 seconds and gives up after 15
    minutes (900 seconds), treating `Running` as success, `Failed` or `Error` as a provisioning failure,
    and any other phase as a reason to keep waiting. The `ETag` header of the answer can be sent back in
    `If-Match` on a later update.

    Args:
        tenant (str):
        cluster (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        cluster=cluster,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: str,
    cluster: str,
    *,
    client: AuthenticatedClient | Client,
) -> Cluster | Error | None:
    """Get a cluster

     Returns one cluster, including its current `status.phase`. This is the call to repeat while waiting
    for a new cluster: the documented wait script reads the phase every 10 seconds and gives up after 15
    minutes (900 seconds), treating `Running` as success, `Failed` or `Error` as a provisioning failure,
    and any other phase as a reason to keep waiting. The `ETag` header of the answer can be sent back in
    `If-Match` on a later update.

    Args:
        tenant (str):
        cluster (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return sync_detailed(
        tenant=tenant,
        cluster=cluster,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant: str,
    cluster: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Cluster | Error]:
    """Get a cluster

     Returns one cluster, including its current `status.phase`. This is the call to repeat while waiting
    for a new cluster: the documented wait script reads the phase every 10 seconds and gives up after 15
    minutes (900 seconds), treating `Running` as success, `Failed` or `Error` as a provisioning failure,
    and any other phase as a reason to keep waiting. The `ETag` header of the answer can be sent back in
    `If-Match` on a later update.

    Args:
        tenant (str):
        cluster (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        cluster=cluster,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: str,
    cluster: str,
    *,
    client: AuthenticatedClient | Client,
) -> Cluster | Error | None:
    """Get a cluster

     Returns one cluster, including its current `status.phase`. This is the call to repeat while waiting
    for a new cluster: the documented wait script reads the phase every 10 seconds and gives up after 15
    minutes (900 seconds), treating `Running` as success, `Failed` or `Error` as a provisioning failure,
    and any other phase as a reason to keep waiting. The `ETag` header of the answer can be sent back in
    `If-Match` on a later update.

    Args:
        tenant (str):
        cluster (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            cluster=cluster,
            client=client,
        )
    ).parsed
