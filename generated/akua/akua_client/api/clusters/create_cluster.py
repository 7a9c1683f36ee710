# generated from specs/akua.yaml - do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster import Cluster
from ...models.create_cluster_request import CreateClusterRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateClusterRequest,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    if not isinstance(akua_context, Unset):
        headers["akua-context"] = akua_context

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clusters",
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

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

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
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> Response[Cluster | Error]:
    """Create a cluster

     Registers a new cluster: either a managed control plane (`managed_kaas`) or an imported,
    self-managed one (`imported_byoc`), which needs a `kubeconfig`. The server assigns the id
    and the first etag, and the cluster starts in `pending`. A repeated request with the same
    `idempotency-key` creates nothing: it answers the cluster the first request created, as
    that cluster is now (its current state and etag).

    Args:
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (CreateClusterRequest): A new cluster. `name`, `region_id` and `provider` are
            required; an `imported_byoc`
            cluster also needs its `kubeconfig`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        akua_context=akua_context,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> Cluster | Error | None:
    """Create a cluster

     Registers a new cluster: either a managed control plane (`managed_kaas`) or an imported,
    self-managed one (`imported_byoc`), which needs a `kubeconfig`. The server assigns the id
    and the first etag, and the cluster starts in `pending`. A repeated request with the same
    `idempotency-key` creates nothing: it answers the cluster the first request created, as
    that cluster is now (its current state and etag).

    Args:
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (CreateClusterRequest): A new cluster. `name`, `region_id` and `provider` are
            required; an `imported_byoc`
            cluster also needs its `kubeconfig`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cluster | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        akua_context=akua_context,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> Response[Cluster | Error]:
    """Create a cluster

     Registers a new cluster: either a managed control plane (`managed_kaas`) or an imported,
    self-managed one (`imported_byoc`), which needs a `kubeconfig`. The server assigns the id
    and the first etag, and the cluster starts in `pending`. A repeated request with the same
    `idempotency-key` creates nothing: it answers the cluster the first request created, as
    that cluster is now (its current state and etag).

    Args:
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (CreateClusterRequest): A new cluster. `name`, `region_id` and `provider` are
            required; an `imported_byoc`
            cluster also needs its `kubeconfig`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cluster | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        akua_context=akua_context,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> Cluster | Error | None:
    """Create a cluster

     Registers a new cluster: either a managed control plane (`managed_kaas`) or an imported,
    self-managed one (`imported_byoc`), which needs a `kubeconfig`. The server assigns the id
    and the first etag, and the cluster starts in `pending`. A repeated request with the same
    `idempotency-key` creates nothing: it answers the cluster the first request created, as
    that cluster is now (its current state and etag).

    Args:
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (CreateClusterRequest): A new cluster. `name`, `region_id` and `provider` are
            required; an `imported_byoc`
            cluster also needs its `kubeconfig`.

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
            idempotency_key=idempotency_key,
            akua_context=akua_context,
        )
    ).parsed
