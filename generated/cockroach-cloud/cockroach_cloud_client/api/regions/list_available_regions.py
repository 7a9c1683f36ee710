# generated from specs/cockroach-cloud.yaml - do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.available_regions_response import AvailableRegionsResponse
from ...models.cloud_provider import CloudProvider
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider: CloudProvider | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clusters/available-regions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailableRegionsResponse | Error | None:
    if response.status_code == 200:
        response_200 = AvailableRegionsResponse.from_dict(response.json())

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
) -> Response[AvailableRegionsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider: CloudProvider | Unset = UNSET,
) -> Response[AvailableRegionsResponse | Error]:
    """List available regions

     Returns the regions of one cloud provider in which new clusters can be created.

    Args:
        provider (CloudProvider | Unset): A cloud infrastructure provider on which clusters run.
            Example: GCP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableRegionsResponse | Error]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    provider: CloudProvider | Unset = UNSET,
) -> AvailableRegionsResponse | Error | None:
    """List available regions

     Returns the regions of one cloud provider in which new clusters can be created.

    Args:
        provider (CloudProvider | Unset): A cloud infrastructure provider on which clusters run.
            Example: GCP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableRegionsResponse | Error
    """

    return sync_detailed(
        client=client,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider: CloudProvider | Unset = UNSET,
) -> Response[AvailableRegionsResponse | Error]:
    """List available regions

     Returns the regions of one cloud provider in which new clusters can be created.

    Args:
        provider (CloudProvider | Unset): A cloud infrastructure provider on which clusters run.
            Example: GCP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableRegionsResponse | Error]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    provider: CloudProvider | Unset = UNSET,
) -> AvailableRegionsResponse | Error | None:
    """List available regions

     Returns the regions of one cloud provider in which new clusters can be created.

    Args:
        provider (CloudProvider | Unset): A cloud infrastructure provider on which clusters run.
            Example: GCP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableRegionsResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
        )
    ).parsed
