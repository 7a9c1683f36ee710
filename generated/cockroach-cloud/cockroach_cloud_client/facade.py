# generated from specs/cockroach-cloud.yaml - do not edit
"""`CockroachCloud` and `AsyncCockroachCloud`: every operation as a method that returns the
documented success value and raises a typed error (errors.py) otherwise, plus the helpers the
spec's x- extensions make possible. Built on the low-level modules in `api/`."""

import datetime
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any, Self, cast

import httpx

from . import errors
from ._runtime import (
    Lifecycle,
    async_wait_until_ready,
    pointer_get,
    wait_until_ready,
)
from .api.clusters import create_cluster as _create_cluster
from .api.clusters import delete_cluster as _delete_cluster
from .api.clusters import get_cluster as _get_cluster
from .api.clusters import list_clusters as _list_clusters
from .api.clusters import set_spend_limit as _set_spend_limit
from .api.nodes import list_cluster_nodes as _list_cluster_nodes
from .api.regions import list_available_regions as _list_available_regions
from .client import AuthenticatedClient
from .models.available_regions_response import AvailableRegionsResponse
from .models.cloud_provider import CloudProvider
from .models.cluster import Cluster
from .models.create_cluster_request import CreateClusterRequest
from .models.list_cluster_nodes_response import ListClusterNodesResponse
from .models.list_clusters_response import ListClustersResponse
from .models.set_spend_limit_request import SetSpendLimitRequest
from .models.sort_order import SortOrder
from .types import UNSET, Response, Unset

_ERROR_TOKEN_POINTER = ""
_TOKEN_HEADER = ""
_CLUSTER_LIFECYCLE = Lifecycle(
    pointer="/state",
    ready=frozenset(["CREATED"]),
    failed=frozenset(["CREATION_FAILED"]),
)


def _decoded(response: Response[Any]) -> Any:
    if response.parsed is not None:
        to_dict = getattr(response.parsed, "to_dict", None)
        return to_dict() if callable(to_dict) else response.parsed
    try:
        return httpx.Response(200, content=response.content).json()
    except ValueError:
        return None


def _error(response: Response[Any]) -> errors.APIStatusError:
    """The typed error for an error answer, with the parsed body the spec documents for it."""
    status = int(response.status_code)
    current = None
    if _ERROR_TOKEN_POINTER:
        value = pointer_get(_decoded(response), _ERROR_TOKEN_POINTER)
        current = None if value is None else str(value)
    if current is None and _TOKEN_HEADER:
        current = response.headers.get(_TOKEN_HEADER)
    return errors.error_class(status)(
        status,
        response.content,
        headers=httpx.Headers(response.headers),
        body=response.parsed,
        current_etag=current,
    )


def _transport_error(exc: httpx.TransportError) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(str(exc))
    return errors.APIConnectionError(str(exc))


class _Facade:
    """What both facades share: the client, and the versions seen per resource."""

    def __init__(self, client: AuthenticatedClient | None = None, **options: Any) -> None:
        self.client = client if client is not None else AuthenticatedClient(**options)
        self._etags: dict[str, str] = {}

    def last_etag(self, identifier: str) -> str | None:
        """The version last seen for a resource, to send as its precondition."""
        return self._etags.get(identifier)

    def _remember(self, response: Response[Any], identifier: str | None) -> None:
        token = response.headers.get(_TOKEN_HEADER) if _TOKEN_HEADER else None
        if token is not None and identifier is not None:
            self._etags[identifier] = token


class CockroachCloud(_Facade):
    """The CockroachDB Cloud API, one method per operation.

    `CockroachCloud(token=..., base_url=..., retry=...)` takes AuthenticatedClient's
    arguments, or pass `client=` to share one.
    """

    def __enter__(self) -> Self:
        self.client.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.client.__exit__(exc_type, exc, traceback)

    def list_clusters(
        self,
        *,
        show_inactive: bool | Unset = False,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> ListClustersResponse:
        """List clusters.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _list_clusters.sync_detailed(
                show_inactive=show_inactive,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ListClustersResponse, response.parsed)

    def create_cluster(
        self,
        *,
        body: CreateClusterRequest,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _create_cluster.sync_detailed(
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Cluster, response.parsed)

    def get_cluster(
        self,
        cluster_id: str,
    ) -> Cluster:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _get_cluster.sync_detailed(
                cluster_id=cluster_id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Cluster, response.parsed)

    def delete_cluster(
        self,
        cluster_id: str,
    ) -> Any:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _delete_cluster.sync_detailed(
                cluster_id=cluster_id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Any, response.parsed)

    def set_spend_limit(
        self,
        cluster_id: str,
        *,
        body: SetSpendLimitRequest,
    ) -> Any:
        """Set a Serverless cluster's spend limit.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _set_spend_limit.sync_detailed(
                cluster_id=cluster_id,
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Any, response.parsed)

    def list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> ListClusterNodesResponse:
        """List a cluster's nodes.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _list_cluster_nodes.sync_detailed(
                cluster_id=cluster_id,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ListClusterNodesResponse, response.parsed)

    def list_available_regions(
        self,
        *,
        provider: CloudProvider,
    ) -> AvailableRegionsResponse:
        """List available regions.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _list_available_regions.sync_detailed(
                provider=provider,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(AvailableRegionsResponse, response.parsed)

    def wait_until_cluster_ready(
        self,
        cluster_id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> Cluster:
        """Poll get_cluster until the cluster's /state is one of
        CREATED. Raises errors.ResourceFailedError on
        CREATION_FAILED, errors.WaitTimeoutError after `timeout` seconds."""

        def fetch() -> Cluster:
            return self.get_cluster(
                cluster_id=cluster_id,
            )

        found = wait_until_ready(
            fetch,
            _CLUSTER_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Cluster, found)

    def iter_list_clusters(
        self,
        *,
        show_inactive: bool | Unset = False,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> Iterator[Any]:
        """Every item of every page of list_clusters, requesting page after page until the
        pagination object names no further one."""
        seen: set[int] = set()
        while True:
            page = self.list_clusters(
                show_inactive=show_inactive,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
            )
            data = page.to_dict()
            items = pointer_get(data, "/clusters")
            yield from items if isinstance(items, list) else []
            following = pointer_get(data, "/pagination/next")
            current = pagination_page if isinstance(pagination_page, int) else 0
            if not isinstance(following, int) or following <= current or following in seen:
                return
            seen.add(following)
            pagination_page = following

    def iter_list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> Iterator[Any]:
        """Every item of every page of list_cluster_nodes, requesting page after page until the
        pagination object names no further one."""
        seen: set[int] = set()
        while True:
            page = self.list_cluster_nodes(
                cluster_id=cluster_id,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
            )
            data = page.to_dict()
            items = pointer_get(data, "/nodes")
            yield from items if isinstance(items, list) else []
            following = pointer_get(data, "/pagination/next")
            current = pagination_page if isinstance(pagination_page, int) else 0
            if not isinstance(following, int) or following <= current or following in seen:
                return
            seen.add(following)
            pagination_page = following


class AsyncCockroachCloud(_Facade):
    """`CockroachCloud` for asyncio: the same methods, awaited."""

    async def __aenter__(self) -> Self:
        await self.client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.client.__aexit__(exc_type, exc, traceback)

    async def list_clusters(
        self,
        *,
        show_inactive: bool | Unset = False,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> ListClustersResponse:
        """List clusters.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _list_clusters.asyncio_detailed(
                show_inactive=show_inactive,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ListClustersResponse, response.parsed)

    async def create_cluster(
        self,
        *,
        body: CreateClusterRequest,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _create_cluster.asyncio_detailed(
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Cluster, response.parsed)

    async def get_cluster(
        self,
        cluster_id: str,
    ) -> Cluster:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _get_cluster.asyncio_detailed(
                cluster_id=cluster_id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Cluster, response.parsed)

    async def delete_cluster(
        self,
        cluster_id: str,
    ) -> Any:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _delete_cluster.asyncio_detailed(
                cluster_id=cluster_id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Any, response.parsed)

    async def set_spend_limit(
        self,
        cluster_id: str,
        *,
        body: SetSpendLimitRequest,
    ) -> Any:
        """Set a Serverless cluster's spend limit.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _set_spend_limit.asyncio_detailed(
                cluster_id=cluster_id,
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Any, response.parsed)

    async def list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> ListClusterNodesResponse:
        """List a cluster's nodes.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _list_cluster_nodes.asyncio_detailed(
                cluster_id=cluster_id,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ListClusterNodesResponse, response.parsed)

    async def list_available_regions(
        self,
        *,
        provider: CloudProvider,
    ) -> AvailableRegionsResponse:
        """List available regions.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _list_available_regions.asyncio_detailed(
                provider=provider,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(AvailableRegionsResponse, response.parsed)

    async def wait_until_cluster_ready(
        self,
        cluster_id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> Cluster:
        """Poll get_cluster until the cluster's /state is one of
        CREATED. Raises errors.ResourceFailedError on
        CREATION_FAILED, errors.WaitTimeoutError after `timeout` seconds."""

        async def fetch() -> Cluster:
            return await self.get_cluster(
                cluster_id=cluster_id,
            )

        found = await async_wait_until_ready(
            fetch,
            _CLUSTER_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Cluster, found)

    async def iter_list_clusters(
        self,
        *,
        show_inactive: bool | Unset = False,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> AsyncIterator[Any]:
        """Every item of every page of list_clusters, requesting page after page until the
        pagination object names no further one."""
        seen: set[int] = set()
        while True:
            page = await self.list_clusters(
                show_inactive=show_inactive,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
            )
            data = page.to_dict()
            items = pointer_get(data, "/clusters")
            for item in items if isinstance(items, list) else []:
                yield item
            following = pointer_get(data, "/pagination/next")
            current = pagination_page if isinstance(pagination_page, int) else 0
            if not isinstance(following, int) or following <= current or following in seen:
                return
            seen.add(following)
            pagination_page = following

    async def iter_list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | Unset = UNSET,
        pagination_limit: int | Unset = UNSET,
        pagination_as_of_time: datetime.datetime | Unset = UNSET,
        pagination_sort_order: SortOrder | Unset = UNSET,
    ) -> AsyncIterator[Any]:
        """Every item of every page of list_cluster_nodes, requesting page after page until the
        pagination object names no further one."""
        seen: set[int] = set()
        while True:
            page = await self.list_cluster_nodes(
                cluster_id=cluster_id,
                pagination_page=pagination_page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
            )
            data = page.to_dict()
            items = pointer_get(data, "/nodes")
            for item in items if isinstance(items, list) else []:
                yield item
            following = pointer_get(data, "/pagination/next")
            current = pagination_page if isinstance(pagination_page, int) else 0
            if not isinstance(following, int) or following <= current or following in seen:
                return
            seen.add(following)
            pagination_page = following
