# generated from specs/cockroach-cloud.yaml - do not edit
"""`CockroachCloud` and `AsyncCockroachCloud`: the CockroachDB Cloud API by resource
(`client.clusters`), every other operation as a
method of the client, each with a `with_raw_response` twin. Methods return the documented
success value and raise the typed errors of `errors`; nothing else leaves them."""

import datetime
from collections.abc import Mapping
from typing import Any, cast

import httpx

from ._base_client import (
    APIResponse,
    AsyncClient,
    AsyncPager,
    Paging,
    Settings,
    SyncClient,
    SyncPager,
    quote_path,
    version_key,
)
from ._runtime import Lifecycle, RetryPolicy, async_wait_until_ready, wait_until_ready
from .models import (
    AvailableRegionsResponse,
    CloudProvider,
    Cluster,
    ClusterNode,
    CreateClusterSpec,
    ListClusterNodesResponse,
    ListClustersResponse,
    SortOrder,
)

_SETTINGS = Settings(
    default_base_url="https://cockroachlabs.cloud/api",
    base_url_env="COCKROACH_CLOUD_BASE_URL",
    token_env="COCKROACH_CLOUD_TOKEN",
    needs_token=True,
    idempotency_headers=frozenset([]),
    token_header="",
    error_token_pointer="",
    user_agent="CockroachCloud/python one-spec",
)
_CLUSTERS_LIFECYCLE = Lifecycle(
    pointer="/state",
    ready=frozenset(["CREATED"]),
    failed=frozenset(["CREATION_FAILED"]),
)


def _parse_create_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_get_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_list_clusters(status: int, data: Any) -> ListClustersResponse:
    return ListClustersResponse.from_dict(data)


def _parse_delete_cluster(status: int, data: Any) -> Any:
    return data


def _parse_set_spend_limit(status: int, data: Any) -> Any:
    return data


def _parse_list_cluster_nodes(status: int, data: Any) -> ListClusterNodesResponse:
    return ListClusterNodesResponse.from_dict(data)


def _parse_list_available_regions(status: int, data: Any) -> AvailableRegionsResponse:
    return AvailableRegionsResponse.from_dict(data)


class ClustersWithRawResponse:
    """`Clusters`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        spec: CreateClusterSpec | Mapping[str, Any],
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        body: dict[str, Any] = {}
        body["name"] = name
        body["spec"] = spec
        if provider is not None:
            body["provider"] = provider
        answer = self._client.request(
            "POST",
            "/v1/clusters",
            _parse_create_cluster,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", None),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer

    def get(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = self._client.request(
            "GET",
            "/v1/clusters/" + quote_path(cluster_id),
            _parse_get_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", cluster_id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer

    def list(
        self,
        *,
        show_inactive: bool | None = None,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListClustersResponse]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = self._client.request(
            "GET",
            "/v1/clusters",
            _parse_list_clusters,
            params={
                "show_inactive": show_inactive,
                "pagination.page": pagination_page,
                "pagination.limit": pagination_limit,
                "pagination.as_of_time": pagination_as_of_time,
                "pagination.sort_order": pagination_sort_order,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    def delete(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Any]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        answer = self._client.request(
            "DELETE",
            "/v1/clusters/" + quote_path(cluster_id),
            _parse_delete_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", cluster_id))
        return answer


class Clusters:
    """A CockroachDB Cloud cluster. Its id is assigned by the server on create."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.with_raw_response = ClustersWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        spec: CreateClusterSpec | Mapping[str, Any],
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.create(
                name=name,
                spec=spec,
                provider=provider,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def get(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.get(
                cluster_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
        *,
        show_inactive: bool | None = None,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Cluster]:
        """List clusters. Every item, typed, fetching page after page as iteration needs them.
        `for item in ...`; `.pages()` gives the raw answers."""

        def fetch(page: int | None) -> APIResponse[ListClustersResponse]:
            return self.with_raw_response.list(
                show_inactive=show_inactive,
                pagination_page=page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPager(
            fetch,
            Paging(items="/clusters", next="/pagination/next"),
            lambda item: Cluster.from_dict(item),
            first=pagination_page,
        )

    def delete(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.delete(
                cluster_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def wait_until_ready(
        self,
        cluster_id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Poll `get` until /state is CREATED. Raises
        errors.ResourceFailedError on CREATION_FAILED and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        def fetch() -> Cluster:
            return self.get(
                cluster_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        found = wait_until_ready(
            fetch,
            _CLUSTERS_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Cluster, found)


class CockroachCloudWithRawResponse:
    """`CockroachCloud`'s own methods, returning the answer as it came."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def set_spend_limit(
        self,
        cluster_id: str,
        *,
        spend_limit: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Any]:
        """Set a Serverless cluster's spend limit. The answer as it came; `.parse()` gives what `set_spend_limit` returns."""
        body: dict[str, Any] = {}
        body["spendLimit"] = spend_limit
        answer = self._client.request(
            "PUT",
            "/v1/clusters/" + quote_path(cluster_id) + "/spend-limit",
            _parse_set_spend_limit,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    def list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListClusterNodesResponse]:
        """List a cluster's nodes. The answer as it came; `.parse()` gives what `list_cluster_nodes` returns."""
        answer = self._client.request(
            "GET",
            "/v1/clusters/" + quote_path(cluster_id) + "/nodes",
            _parse_list_cluster_nodes,
            params={
                "pagination.page": pagination_page,
                "pagination.limit": pagination_limit,
                "pagination.as_of_time": pagination_as_of_time,
                "pagination.sort_order": pagination_sort_order,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    def list_available_regions(
        self,
        *,
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AvailableRegionsResponse]:
        """List available regions. The answer as it came; `.parse()` gives what `list_available_regions` returns."""
        answer = self._client.request(
            "GET",
            "/v1/clusters/available-regions",
            _parse_list_available_regions,
            params={
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer


class CockroachCloud(SyncClient):
    """The CockroachDB Cloud API.

    `CockroachCloud(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $COCKROACH_CLOUD_TOKEN when not given (construction fails at once when there is none), the base
    URL from $COCKROACH_CLOUD_BASE_URL, then https://cockroachlabs.cloud/api. Your own httpx client or
    transport keeps this client's auth, base URL and retries.
    """

    settings = _SETTINGS

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            headers=headers,
            http_client=http_client,
            transport=transport,
        )
        self.clusters = Clusters(self)
        self.with_raw_response = CockroachCloudWithRawResponse(self)

    def set_spend_limit(
        self,
        cluster_id: str,
        *,
        spend_limit: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Set a Serverless cluster's spend limit.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.set_spend_limit(
                cluster_id,
                spend_limit=spend_limit,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[ClusterNode]:
        """List a cluster's nodes. Every item, typed, fetching page after page as iteration needs them.
        `for item in ...`; `.pages()` gives the raw answers."""

        def fetch(page: int | None) -> APIResponse[ListClusterNodesResponse]:
            return self.with_raw_response.list_cluster_nodes(
                cluster_id,
                pagination_page=page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPager(
            fetch,
            Paging(items="/nodes", next="/pagination/next"),
            lambda item: ClusterNode.from_dict(item),
            first=pagination_page,
        )

    def list_available_regions(
        self,
        *,
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AvailableRegionsResponse:
        """List available regions.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.list_available_regions(
                provider=provider,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()


class AsyncClustersWithRawResponse:
    """`AsyncClusters`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        spec: CreateClusterSpec | Mapping[str, Any],
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        body: dict[str, Any] = {}
        body["name"] = name
        body["spec"] = spec
        if provider is not None:
            body["provider"] = provider
        answer = await self._client.request(
            "POST",
            "/v1/clusters",
            _parse_create_cluster,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", None),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer

    async def get(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = await self._client.request(
            "GET",
            "/v1/clusters/" + quote_path(cluster_id),
            _parse_get_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", cluster_id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="",
        )
        return answer

    async def list(
        self,
        *,
        show_inactive: bool | None = None,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListClustersResponse]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = await self._client.request(
            "GET",
            "/v1/clusters",
            _parse_list_clusters,
            params={
                "show_inactive": show_inactive,
                "pagination.page": pagination_page,
                "pagination.limit": pagination_limit,
                "pagination.as_of_time": pagination_as_of_time,
                "pagination.sort_order": pagination_sort_order,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    async def delete(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Any]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        answer = await self._client.request(
            "DELETE",
            "/v1/clusters/" + quote_path(cluster_id),
            _parse_delete_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", cluster_id))
        return answer


class AsyncClusters:
    """A CockroachDB Cloud cluster. Its id is assigned by the server on create."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.with_raw_response = AsyncClustersWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        spec: CreateClusterSpec | Mapping[str, Any],
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.create(
                name=name,
                spec=spec,
                provider=provider,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def get(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.get(
                cluster_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
        *,
        show_inactive: bool | None = None,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Cluster]:
        """List clusters. Every item, typed, fetching page after page as iteration needs them.
        `async for item in ...`; `.pages()` gives the raw answers."""

        async def fetch(page: int | None) -> APIResponse[ListClustersResponse]:
            return await self.with_raw_response.list(
                show_inactive=show_inactive,
                pagination_page=page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(
            fetch,
            Paging(items="/clusters", next="/pagination/next"),
            lambda item: Cluster.from_dict(item),
            first=pagination_page,
        )

    async def delete(
        self,
        cluster_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.delete(
                cluster_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def wait_until_ready(
        self,
        cluster_id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Poll `get` until /state is CREATED. Raises
        errors.ResourceFailedError on CREATION_FAILED and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        async def fetch() -> Cluster:
            return await self.get(
                cluster_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        found = await async_wait_until_ready(
            fetch,
            _CLUSTERS_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Cluster, found)


class AsyncCockroachCloudWithRawResponse:
    """`AsyncCockroachCloud`'s own methods, returning the answer as it came."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def set_spend_limit(
        self,
        cluster_id: str,
        *,
        spend_limit: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Any]:
        """Set a Serverless cluster's spend limit. The answer as it came; `.parse()` gives what `set_spend_limit` returns."""
        body: dict[str, Any] = {}
        body["spendLimit"] = spend_limit
        answer = await self._client.request(
            "PUT",
            "/v1/clusters/" + quote_path(cluster_id) + "/spend-limit",
            _parse_set_spend_limit,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    async def list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListClusterNodesResponse]:
        """List a cluster's nodes. The answer as it came; `.parse()` gives what `list_cluster_nodes` returns."""
        answer = await self._client.request(
            "GET",
            "/v1/clusters/" + quote_path(cluster_id) + "/nodes",
            _parse_list_cluster_nodes,
            params={
                "pagination.page": pagination_page,
                "pagination.limit": pagination_limit,
                "pagination.as_of_time": pagination_as_of_time,
                "pagination.sort_order": pagination_sort_order,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    async def list_available_regions(
        self,
        *,
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AvailableRegionsResponse]:
        """List available regions. The answer as it came; `.parse()` gives what `list_available_regions` returns."""
        answer = await self._client.request(
            "GET",
            "/v1/clusters/available-regions",
            _parse_list_available_regions,
            params={
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer


class AsyncCockroachCloud(AsyncClient):
    """The CockroachDB Cloud API for asyncio.

    `AsyncCockroachCloud(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $COCKROACH_CLOUD_TOKEN when not given (construction fails at once when there is none), the base
    URL from $COCKROACH_CLOUD_BASE_URL, then https://cockroachlabs.cloud/api. Your own httpx client or
    transport keeps this client's auth, base URL and retries.
    """

    settings = _SETTINGS

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            headers=headers,
            http_client=http_client,
            transport=transport,
        )
        self.clusters = AsyncClusters(self)
        self.with_raw_response = AsyncCockroachCloudWithRawResponse(self)

    async def set_spend_limit(
        self,
        cluster_id: str,
        *,
        spend_limit: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Set a Serverless cluster's spend limit.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.set_spend_limit(
                cluster_id,
                spend_limit=spend_limit,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list_cluster_nodes(
        self,
        cluster_id: str,
        *,
        pagination_page: int | None = None,
        pagination_limit: int | None = None,
        pagination_as_of_time: datetime.datetime | str | None = None,
        pagination_sort_order: SortOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[ClusterNode]:
        """List a cluster's nodes. Every item, typed, fetching page after page as iteration needs them.
        `async for item in ...`; `.pages()` gives the raw answers."""

        async def fetch(page: int | None) -> APIResponse[ListClusterNodesResponse]:
            return await self.with_raw_response.list_cluster_nodes(
                cluster_id,
                pagination_page=page,
                pagination_limit=pagination_limit,
                pagination_as_of_time=pagination_as_of_time,
                pagination_sort_order=pagination_sort_order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(
            fetch,
            Paging(items="/nodes", next="/pagination/next"),
            lambda item: ClusterNode.from_dict(item),
            first=pagination_page,
        )

    async def list_available_regions(
        self,
        *,
        provider: CloudProvider | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AvailableRegionsResponse:
        """List available regions.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.list_available_regions(
                provider=provider,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()
