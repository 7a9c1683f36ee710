# generated from specs/akua.yaml - do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aborted_error import AbortedError
from ...models.cluster import Cluster
from ...models.error import Error
from ...models.update_cluster_request import UpdateClusterRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: UpdateClusterRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    if not isinstance(akua_context, Unset):
        headers["akua-context"] = akua_context

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/clusters/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AbortedError | Cluster | Error | None:
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

    if response.status_code == 409:
        response_409 = AbortedError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AbortedError | Cluster | Error]:
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
    body: UpdateClusterRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> Response[AbortedError | Cluster | Error]:
    """Update a cluster

     Changes any of a cluster's name, region, provider family or kubeconfig; fields left out
    of the body keep their value. The request must carry in `if-match` the etag the caller
    last read: if the cluster has changed since, the server answers 409 `ABORTED` and puts the
    current etag in the error metadata. A request repeated with the same `idempotency-key`
    is not applied twice: it answers the cluster as it is now, with its current etag.

    Args:
        id (str):
        if_match (str):
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (UpdateClusterRequest): The cluster fields a PATCH may change. None is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortedError | Cluster | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
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
    body: UpdateClusterRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> AbortedError | Cluster | Error | None:
    """Update a cluster

     Changes any of a cluster's name, region, provider family or kubeconfig; fields left out
    of the body keep their value. The request must carry in `if-match` the etag the caller
    last read: if the cluster has changed since, the server answers 409 `ABORTED` and puts the
    current etag in the error metadata. A request repeated with the same `idempotency-key`
    is not applied twice: it answers the cluster as it is now, with its current etag.

    Args:
        id (str):
        if_match (str):
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (UpdateClusterRequest): The cluster fields a PATCH may change. None is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortedError | Cluster | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
        akua_context=akua_context,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateClusterRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> Response[AbortedError | Cluster | Error]:
    """Update a cluster

     Changes any of a cluster's name, region, provider family or kubeconfig; fields left out
    of the body keep their value. The request must carry in `if-match` the etag the caller
    last read: if the cluster has changed since, the server answers 409 `ABORTED` and puts the
    current etag in the error metadata. A request repeated with the same `idempotency-key`
    is not applied twice: it answers the cluster as it is now, with its current etag.

    Args:
        id (str):
        if_match (str):
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (UpdateClusterRequest): The cluster fields a PATCH may change. None is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortedError | Cluster | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
        akua_context=akua_context,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateClusterRequest,
    if_match: str,
    idempotency_key: str | Unset = UNSET,
    akua_context: str | Unset = UNSET,
) -> AbortedError | Cluster | Error | None:
    """Update a cluster

     Changes any of a cluster's name, region, provider family or kubeconfig; fields left out
    of the body keep their value. The request must carry in `if-match` the etag the caller
    last read: if the cluster has changed since, the server answers 409 `ABORTED` and puts the
    current etag in the error metadata. A request repeated with the same `idempotency-key`
    is not applied twice: it answers the cluster as it is now, with its current etag.

    Args:
        id (str):
        if_match (str):
        idempotency_key (str | Unset):
        akua_context (str | Unset):
        body (UpdateClusterRequest): The cluster fields a PATCH may change. None is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortedError | Cluster | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
            idempotency_key=idempotency_key,
            akua_context=akua_context,
        )
    ).parsed
