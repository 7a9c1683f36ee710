# generated from specs/cockroach-cloud.yaml - do not edit
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_clusters_response import ListClustersResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    show_inactive: bool | Unset = False,
    pagination_page: int | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    pagination_as_of_time: datetime.datetime | Unset = UNSET,
    pagination_sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["show_inactive"] = show_inactive

    params["pagination.page"] = pagination_page

    params["pagination.limit"] = pagination_limit

    json_pagination_as_of_time: str | Unset = UNSET
    if not isinstance(pagination_as_of_time, Unset):
        json_pagination_as_of_time = pagination_as_of_time.isoformat()
    params["pagination.as_of_time"] = json_pagination_as_of_time

    json_pagination_sort_order: str | Unset = UNSET
    if not isinstance(pagination_sort_order, Unset):
        json_pagination_sort_order = pagination_sort_order.value

    params["pagination.sort_order"] = json_pagination_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clusters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListClustersResponse | None:
    if response.status_code == 200:
        response_200 = ListClustersResponse.from_dict(response.json())

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
) -> Response[Error | ListClustersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_inactive: bool | Unset = False,
    pagination_page: int | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    pagination_as_of_time: datetime.datetime | Unset = UNSET,
    pagination_sort_order: SortOrder | Unset = UNSET,
) -> Response[Error | ListClustersResponse]:
    """List clusters

     Returns the clusters of the organization. Only active clusters are listed unless
    `show_inactive` is true, in which case deleted clusters and clusters whose creation
    failed are listed as well.

    Args:
        show_inactive (bool | Unset):  Default: False.
        pagination_page (int | Unset):
        pagination_limit (int | Unset):
        pagination_as_of_time (datetime.datetime | Unset):
        pagination_sort_order (SortOrder | Unset): The order of the items in a page. ASC is
            documented; DESC is its assumed counterpart. Example: ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListClustersResponse]
    """

    kwargs = _get_kwargs(
        show_inactive=show_inactive,
        pagination_page=pagination_page,
        pagination_limit=pagination_limit,
        pagination_as_of_time=pagination_as_of_time,
        pagination_sort_order=pagination_sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    show_inactive: bool | Unset = False,
    pagination_page: int | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    pagination_as_of_time: datetime.datetime | Unset = UNSET,
    pagination_sort_order: SortOrder | Unset = UNSET,
) -> Error | ListClustersResponse | None:
    """List clusters

     Returns the clusters of the organization. Only active clusters are listed unless
    `show_inactive` is true, in which case deleted clusters and clusters whose creation
    failed are listed as well.

    Args:
        show_inactive (bool | Unset):  Default: False.
        pagination_page (int | Unset):
        pagination_limit (int | Unset):
        pagination_as_of_time (datetime.datetime | Unset):
        pagination_sort_order (SortOrder | Unset): The order of the items in a page. ASC is
            documented; DESC is its assumed counterpart. Example: ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListClustersResponse
    """

    return sync_detailed(
        client=client,
        show_inactive=show_inactive,
        pagination_page=pagination_page,
        pagination_limit=pagination_limit,
        pagination_as_of_time=pagination_as_of_time,
        pagination_sort_order=pagination_sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_inactive: bool | Unset = False,
    pagination_page: int | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    pagination_as_of_time: datetime.datetime | Unset = UNSET,
    pagination_sort_order: SortOrder | Unset = UNSET,
) -> Response[Error | ListClustersResponse]:
    """List clusters

     Returns the clusters of the organization. Only active clusters are listed unless
    `show_inactive` is true, in which case deleted clusters and clusters whose creation
    failed are listed as well.

    Args:
        show_inactive (bool | Unset):  Default: False.
        pagination_page (int | Unset):
        pagination_limit (int | Unset):
        pagination_as_of_time (datetime.datetime | Unset):
        pagination_sort_order (SortOrder | Unset): The order of the items in a page. ASC is
            documented; DESC is its assumed counterpart. Example: ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListClustersResponse]
    """

    kwargs = _get_kwargs(
        show_inactive=show_inactive,
        pagination_page=pagination_page,
        pagination_limit=pagination_limit,
        pagination_as_of_time=pagination_as_of_time,
        pagination_sort_order=pagination_sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    show_inactive: bool | Unset = False,
    pagination_page: int | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    pagination_as_of_time: datetime.datetime | Unset = UNSET,
    pagination_sort_order: SortOrder | Unset = UNSET,
) -> Error | ListClustersResponse | None:
    """List clusters

     Returns the clusters of the organization. Only active clusters are listed unless
    `show_inactive` is true, in which case deleted clusters and clusters whose creation
    failed are listed as well.

    Args:
        show_inactive (bool | Unset):  Default: False.
        pagination_page (int | Unset):
        pagination_limit (int | Unset):
        pagination_as_of_time (datetime.datetime | Unset):
        pagination_sort_order (SortOrder | Unset): The order of the items in a page. ASC is
            documented; DESC is its assumed counterpart. Example: ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListClustersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            show_inactive=show_inactive,
            pagination_page=pagination_page,
            pagination_limit=pagination_limit,
            pagination_as_of_time=pagination_as_of_time,
            pagination_sort_order=pagination_sort_order,
        )
    ).parsed
