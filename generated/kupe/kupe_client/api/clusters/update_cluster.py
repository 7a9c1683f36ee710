# generated from specs/kupe.yaml - do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster import Cluster
from ...models.cluster_update import ClusterUpdate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: str,
    cluster: str,
    *,
    body: ClusterUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/tenants/{tenant}/clusters/{cluster}".format(
            tenant=quote(str(tenant), safe=""),
            cluster=quote(str(cluster), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
    body: ClusterUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Cluster | Error]:
    """Update a cluster

     Changes the mutable settings of a cluster (`version`, `resources`, `alerts`); fields left out of the
    body keep their values, and the immutable fields (`name`, `displayName`, `type`) cannot be sent at
    all. Send the last `ETag` seen in `If-Match` to make the change conditional: when the cluster has
    changed since, the update is refused with 412. The answer carries the updated cluster and its new
    `ETag`.

    Args:
        tenant (str):
        cluster (str):
        if_match (str | Unset):
        body (ClusterUpdate): The mutable settings of a cluster. Fields that are left out keep
            their current values. The immutable fields (`name`, `displayName`, `type`) are not
            accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        cluster=cluster,
        body=body,
        if_match=if_match,
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
    body: ClusterUpdate,
    if_match: str | Unset = UNSET,
) -> Cluster | Error | None:
    """Update a cluster

     Changes the mutable settings of a cluster (`version`, `resources`, `alerts`); fields left out of the
    body keep their values, and the immutable fields (`name`, `displayName`, `type`) cannot be sent at
    all. Send the last `ETag` seen in `If-Match` to make the change conditional: when the cluster has
    changed since, the update is refused with 412. The answer carries the updated cluster and its new
    `ETag`.

    Args:
        tenant (str):
        cluster (str):
        if_match (str | Unset):
        body (ClusterUpdate): The mutable settings of a cluster. Fields that are left out keep
            their current values. The immutable fields (`name`, `displayName`, `type`) are not
            accepted.

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
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    tenant: str,
    cluster: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Cluster | Error]:
    """Update a cluster

     Changes the mutable settings of a cluster (`version`, `resources`, `alerts`); fields left out of the
    body keep their values, and the immutable fields (`name`, `displayName`, `type`) cannot be sent at
    all. Send the last `ETag` seen in `If-Match` to make the change conditional: when the cluster has
    changed since, the update is refused with 412. The answer carries the updated cluster and its new
    `ETag`.

    Args:
        tenant (str):
        cluster (str):
        if_match (str | Unset):
        body (ClusterUpdate): The mutable settings of a cluster. Fields that are left out keep
            their current values. The immutable fields (`name`, `displayName`, `type`) are not
            accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        cluster=cluster,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: str,
    cluster: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdate,
    if_match: str | Unset = UNSET,
) -> Cluster | Error | None:
    """Update a cluster

     Changes the mutable settings of a cluster (`version`, `resources`, `alerts`); fields left out of the
    body keep their values, and the immutable fields (`name`, `displayName`, `type`) cannot be sent at
    all. Send the last `ETag` seen in `If-Match` to make the change conditional: when the cluster has
    changed since, the update is refused with 412. The answer carries the updated cluster and its new
    `ETag`.

    Args:
        tenant (str):
        cluster (str):
        if_match (str | Unset):
        body (ClusterUpdate): The mutable settings of a cluster. Fields that are left out keep
            their current values. The immutable fields (`name`, `displayName`, `type`) are not
            accepted.

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
            body=body,
            if_match=if_match,
        )
    ).parsed
