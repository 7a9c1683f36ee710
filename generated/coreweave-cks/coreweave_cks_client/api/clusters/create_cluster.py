# generated from specs/coreweave-cks.yaml - do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.cluster_envelope import ClusterEnvelope
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
        "url": "/v1beta1/cks/clusters",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterEnvelope | Error:
    if response.status_code == 200:
        response_200 = ClusterEnvelope.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterEnvelope | Error]:
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
) -> Response[ClusterEnvelope | Error]:
    """Create a cluster

     Creates a CKS cluster in an existing VPC (create the VPC first and pass its ID as
    `vpcId`). The server assigns the cluster `id` and returns it in the answer, so the body
    must not carry one. Only the name, zone, VPC, Kubernetes version and the network's pod,
    service and internal load-balancer CIDR names are required; OIDC, webhooks, the audit
    policy, kubelet overrides, extra SANs, Tailscale and shared storage are optional.

    Args:
        body (CreateClusterRequest): The configuration of a new cluster. `id` is not accepted; the
            server assigns it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterEnvelope | Error]
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
) -> ClusterEnvelope | Error | None:
    """Create a cluster

     Creates a CKS cluster in an existing VPC (create the VPC first and pass its ID as
    `vpcId`). The server assigns the cluster `id` and returns it in the answer, so the body
    must not carry one. Only the name, zone, VPC, Kubernetes version and the network's pod,
    service and internal load-balancer CIDR names are required; OIDC, webhooks, the audit
    policy, kubelet overrides, extra SANs, Tailscale and shared storage are optional.

    Args:
        body (CreateClusterRequest): The configuration of a new cluster. `id` is not accepted; the
            server assigns it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterEnvelope | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterRequest,
) -> Response[ClusterEnvelope | Error]:
    """Create a cluster

     Creates a CKS cluster in an existing VPC (create the VPC first and pass its ID as
    `vpcId`). The server assigns the cluster `id` and returns it in the answer, so the body
    must not carry one. Only the name, zone, VPC, Kubernetes version and the network's pod,
    service and internal load-balancer CIDR names are required; OIDC, webhooks, the audit
    policy, kubelet overrides, extra SANs, Tailscale and shared storage are optional.

    Args:
        body (CreateClusterRequest): The configuration of a new cluster. `id` is not accepted; the
            server assigns it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterEnvelope | Error]
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
) -> ClusterEnvelope | Error | None:
    """Create a cluster

     Creates a CKS cluster in an existing VPC (create the VPC first and pass its ID as
    `vpcId`). The server assigns the cluster `id` and returns it in the answer, so the body
    must not carry one. Only the name, zone, VPC, Kubernetes version and the network's pod,
    service and internal load-balancer CIDR names are required; OIDC, webhooks, the audit
    policy, kubelet overrides, extra SANs, Tailscale and shared storage are optional.

    Args:
        body (CreateClusterRequest): The configuration of a new cluster. `id` is not accepted; the
            server assigns it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterEnvelope | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
