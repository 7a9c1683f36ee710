# generated from specs/cockroach-cloud.yaml - do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster import Cluster
from ...models.create_cluster_request import CreateClusterRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateClusterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/clusters",
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
) -> Response[Cluster | Error]:
    """Create a cluster

     Creates a Serverless cluster on the chosen cloud provider and regions, with an optional
    monthly spend limit. The answer describes the new cluster, including the `id` that the
    other cluster operations take.

    Args:
        body (CreateClusterRequest): A new Serverless cluster. The provider may be left out: the
            document's example creates
            a cluster with the default provider and region, which are GCP and us-central1 there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
) -> Cluster | Error | None:
    """Create a cluster

     Creates a Serverless cluster on the chosen cloud provider and regions, with an optional
    monthly spend limit. The answer describes the new cluster, including the `id` that the
    other cluster operations take.

    Args:
        body (CreateClusterRequest): A new Serverless cluster. The provider may be left out: the
            document's example creates
            a cluster with the default provider and region, which are GCP and us-central1 there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
) -> Response[Cluster | Error]:
    """Create a cluster

     Creates a Serverless cluster on the chosen cloud provider and regions, with an optional
    monthly spend limit. The answer describes the new cluster, including the `id` that the
    other cluster operations take.

    Args:
        body (CreateClusterRequest): A new Serverless cluster. The provider may be left out: the
            document's example creates
            a cluster with the default provider and region, which are GCP and us-central1 there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
) -> Cluster | Error | None:
    """Create a cluster

     Creates a Serverless cluster on the chosen cloud provider and regions, with an optional
    monthly spend limit. The answer describes the new cluster, including the `id` that the
    other cluster operations take.

    Args:
        body (CreateClusterRequest): A new Serverless cluster. The provider may be left out: the
            document's example creates
            a cluster with the default provider and region, which are GCP and us-central1 there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
