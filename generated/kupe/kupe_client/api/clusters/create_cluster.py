# generated from specs/kupe.yaml - do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster import Cluster
from ...models.cluster_create import ClusterCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    tenant: str,
    *,
    body: ClusterCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tenants/{tenant}/clusters".format(
            tenant=quote(str(tenant), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Cluster | Error | None:
    if response.status_code == 201:
        response_201 = Cluster.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreate,
) -> Response[Cluster | Error]:
    """Create a cluster

     Creates a cluster under the name the client chooses. The answer comes back at once, with the cluster
    in phase `Pending` and an `ETag` to use for later conditional updates; provisioning continues
    asynchronously (see getCluster for how to wait for it).

    Args:
        tenant (str):
        body (ClusterCreate): Settings of a new cluster. Only the fields below are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreate,
) -> Cluster | Error | None:
    """Create a cluster

     Creates a cluster under the name the client chooses. The answer comes back at once, with the cluster
    in phase `Pending` and an `ETag` to use for later conditional updates; provisioning continues
    asynchronously (see getCluster for how to wait for it).

    Args:
        tenant (str):
        body (ClusterCreate): Settings of a new cluster. Only the fields below are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreate,
) -> Response[Cluster | Error]:
    """Create a cluster

     Creates a cluster under the name the client chooses. The answer comes back at once, with the cluster
    in phase `Pending` and an `ETag` to use for later conditional updates; provisioning continues
    asynchronously (see getCluster for how to wait for it).

    Args:
        tenant (str):
        body (ClusterCreate): Settings of a new cluster. Only the fields below are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreate,
) -> Cluster | Error | None:
    """Create a cluster

     Creates a cluster under the name the client chooses. The answer comes back at once, with the cluster
    in phase `Pending` and an `ETag` to use for later conditional updates; provisioning continues
    asynchronously (see getCluster for how to wait for it).

    Args:
        tenant (str):
        body (ClusterCreate): Settings of a new cluster. Only the fields below are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            body=body,
        )
    ).parsed
