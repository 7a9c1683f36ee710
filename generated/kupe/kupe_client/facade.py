# generated from specs/kupe.yaml - do not edit
"""`Kupe` and `AsyncKupe`: the Kupe API - Tenant clusters by resource
(`client.clusters`), every other operation as a
method of the client, each with a `with_raw_response` twin. Methods return the documented
success value and raise the typed errors of `errors`; nothing else leaves them."""

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
    Alerts,
    Cluster,
    ClusterConnection,
    ClusterCreateType,
    ClusterList,
    ResourceLimits,
)

_SETTINGS = Settings(
    default_base_url="https://api.kupe.cloud",
    base_url_env="KUPE_BASE_URL",
    token_env="KUPE_TOKEN",
    needs_token=True,
    idempotency_headers=frozenset([]),
    token_header="ETag",
    error_token_pointer="",
    user_agent="Kupe/python one-spec",
)
_CLUSTERS_LIFECYCLE = Lifecycle(
    pointer="/status/phase",
    ready=frozenset(["Running"]),
    failed=frozenset(["Error", "Failed"]),
)


def _parse_create_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_get_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_list_clusters(status: int, data: Any) -> ClusterList:
    return ClusterList.from_dict(data)


def _parse_update_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_delete_cluster(status: int, data: Any) -> Any:
    return data


def _parse_get_cluster_kubeconfig(status: int, data: Any) -> ClusterConnection:
    return ClusterConnection.from_dict(data)


class ClustersWithRawResponse:
    """`Clusters`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        tenant: str,
        *,
        name: str,
        display_name: str,
        type_: ClusterCreateType | str,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        body: dict[str, Any] = {}
        body["name"] = name
        body["displayName"] = display_name
        body["type"] = type_
        if version is not None:
            body["version"] = version
        if resources is not None:
            body["resources"] = resources
        if alerts is not None:
            body["alerts"] = alerts
        answer = self._client.request(
            "POST",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters",
            _parse_create_cluster,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", tenant, None),
            answer,
            resource_pointer="",
            identifier_pointer="/name",
            token_pointer="/resourceVersion",
        )
        return answer

    def get(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = self._client.request(
            "GET",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters/" + quote_path(cluster),
            _parse_get_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", tenant, cluster),
            answer,
            resource_pointer="",
            identifier_pointer="/name",
            token_pointer="/resourceVersion",
        )
        return answer

    def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterList]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = self._client.request(
            "GET",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters",
            _parse_list_clusters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    def update(
        self,
        tenant: str,
        cluster: str,
        *,
        if_match: str | None = None,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Update a cluster. The answer as it came; `.parse()` gives what `update` returns."""
        if if_match is None:
            if_match = self._client.versions.etags.get(version_key("cluster", tenant, cluster))
        body: dict[str, Any] = {}
        if version is not None:
            body["version"] = version
        if resources is not None:
            body["resources"] = resources
        if alerts is not None:
            body["alerts"] = alerts
        answer = self._client.request(
            "PATCH",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters/" + quote_path(cluster),
            _parse_update_cluster,
            headers={
                "If-Match": if_match,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", tenant, cluster),
            answer,
            resource_pointer="",
            identifier_pointer="/name",
            token_pointer="/resourceVersion",
        )
        return answer

    def delete(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Any]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        answer = self._client.request(
            "DELETE",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters/" + quote_path(cluster),
            _parse_delete_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", tenant, cluster))
        return answer


class Clusters:
    """A tenant's managed Kubernetes cluster, named by the client."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.with_raw_response = ClustersWithRawResponse(client)

    def create(
        self,
        tenant: str,
        *,
        name: str,
        display_name: str,
        type_: ClusterCreateType | str,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
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
                tenant,
                name=name,
                display_name=display_name,
                type_=type_,
                version=version,
                resources=resources,
                alerts=alerts,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def get(
        self,
        tenant: str,
        cluster: str,
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
                tenant,
                cluster,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Cluster]:
        """List clusters. Every item, typed.
        `for item in ...`; `.pages()` gives the raw answers."""

        def fetch(page: int | None) -> APIResponse[ClusterList]:
            return self.with_raw_response.list(
                tenant,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPager(
            fetch,
            Paging(items="/items", next=""),
            lambda item: Cluster.from_dict(item),
        )

    def update(
        self,
        tenant: str,
        cluster: str,
        *,
        if_match: str | None = None,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. The version last seen of this resource is sent as the
        precondition when none is given.
        """
        return (
            self.with_raw_response.update(
                tenant,
                cluster,
                if_match=if_match,
                version=version,
                resources=resources,
                alerts=alerts,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def delete(
        self,
        tenant: str,
        cluster: str,
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
                tenant,
                cluster,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def wait_until_ready(
        self,
        tenant: str,
        cluster: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Poll `get` until /status/phase is Running. Raises
        errors.ResourceFailedError on Error, Failed and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        def fetch() -> Cluster:
            return self.get(
                tenant,
                cluster,
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

    def last_etag(
        self,
        tenant: str,
        cluster: str,
    ) -> str | None:
        """The version of this cluster last seen by this client, as `update` sends it in its
        precondition header; None before any answer carried one."""
        return self._client.versions.etags.get(version_key("cluster", tenant, cluster))


class KupeWithRawResponse:
    """`Kupe`'s own methods, returning the answer as it came."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_cluster_kubeconfig(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterConnection]:
        """Get cluster connection details. The answer as it came; `.parse()` gives what `get_cluster_kubeconfig` returns."""
        answer = self._client.request(
            "GET",
            "/api/v1/tenants/"
            + quote_path(tenant)
            + "/clusters/"
            + quote_path(cluster)
            + "/kubeconfig",
            _parse_get_cluster_kubeconfig,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer


class Kupe(SyncClient):
    """The Kupe API - Tenant clusters.

    `Kupe(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $KUPE_TOKEN when not given (construction fails at once when there is none), the base
    URL from $KUPE_BASE_URL, then https://api.kupe.cloud. Your own httpx client or
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
        self.with_raw_response = KupeWithRawResponse(self)

    def get_cluster_kubeconfig(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterConnection:
        """Get cluster connection details.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.get_cluster_kubeconfig(
                tenant,
                cluster,
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
        tenant: str,
        *,
        name: str,
        display_name: str,
        type_: ClusterCreateType | str,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        body: dict[str, Any] = {}
        body["name"] = name
        body["displayName"] = display_name
        body["type"] = type_
        if version is not None:
            body["version"] = version
        if resources is not None:
            body["resources"] = resources
        if alerts is not None:
            body["alerts"] = alerts
        answer = await self._client.request(
            "POST",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters",
            _parse_create_cluster,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", tenant, None),
            answer,
            resource_pointer="",
            identifier_pointer="/name",
            token_pointer="/resourceVersion",
        )
        return answer

    async def get(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = await self._client.request(
            "GET",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters/" + quote_path(cluster),
            _parse_get_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", tenant, cluster),
            answer,
            resource_pointer="",
            identifier_pointer="/name",
            token_pointer="/resourceVersion",
        )
        return answer

    async def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterList]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = await self._client.request(
            "GET",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters",
            _parse_list_clusters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    async def update(
        self,
        tenant: str,
        cluster: str,
        *,
        if_match: str | None = None,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Update a cluster. The answer as it came; `.parse()` gives what `update` returns."""
        if if_match is None:
            if_match = self._client.versions.etags.get(version_key("cluster", tenant, cluster))
        body: dict[str, Any] = {}
        if version is not None:
            body["version"] = version
        if resources is not None:
            body["resources"] = resources
        if alerts is not None:
            body["alerts"] = alerts
        answer = await self._client.request(
            "PATCH",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters/" + quote_path(cluster),
            _parse_update_cluster,
            headers={
                "If-Match": if_match,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", tenant, cluster),
            answer,
            resource_pointer="",
            identifier_pointer="/name",
            token_pointer="/resourceVersion",
        )
        return answer

    async def delete(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Any]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        answer = await self._client.request(
            "DELETE",
            "/api/v1/tenants/" + quote_path(tenant) + "/clusters/" + quote_path(cluster),
            _parse_delete_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", tenant, cluster))
        return answer


class AsyncClusters:
    """A tenant's managed Kubernetes cluster, named by the client."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.with_raw_response = AsyncClustersWithRawResponse(client)

    async def create(
        self,
        tenant: str,
        *,
        name: str,
        display_name: str,
        type_: ClusterCreateType | str,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
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
                tenant,
                name=name,
                display_name=display_name,
                type_=type_,
                version=version,
                resources=resources,
                alerts=alerts,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def get(
        self,
        tenant: str,
        cluster: str,
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
                tenant,
                cluster,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Cluster]:
        """List clusters. Every item, typed.
        `async for item in ...`; `.pages()` gives the raw answers."""

        async def fetch(page: int | None) -> APIResponse[ClusterList]:
            return await self.with_raw_response.list(
                tenant,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(
            fetch,
            Paging(items="/items", next=""),
            lambda item: Cluster.from_dict(item),
        )

    async def update(
        self,
        tenant: str,
        cluster: str,
        *,
        if_match: str | None = None,
        version: str | None = None,
        resources: ResourceLimits | Mapping[str, Any] | None = None,
        alerts: Alerts | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. The version last seen of this resource is sent as the
        precondition when none is given.
        """
        return (
            await self.with_raw_response.update(
                tenant,
                cluster,
                if_match=if_match,
                version=version,
                resources=resources,
                alerts=alerts,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def delete(
        self,
        tenant: str,
        cluster: str,
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
                tenant,
                cluster,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def wait_until_ready(
        self,
        tenant: str,
        cluster: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Poll `get` until /status/phase is Running. Raises
        errors.ResourceFailedError on Error, Failed and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        async def fetch() -> Cluster:
            return await self.get(
                tenant,
                cluster,
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

    def last_etag(
        self,
        tenant: str,
        cluster: str,
    ) -> str | None:
        """The version of this cluster last seen by this client, as `update` sends it in its
        precondition header; None before any answer carried one."""
        return self._client.versions.etags.get(version_key("cluster", tenant, cluster))


class AsyncKupeWithRawResponse:
    """`AsyncKupe`'s own methods, returning the answer as it came."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_cluster_kubeconfig(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterConnection]:
        """Get cluster connection details. The answer as it came; `.parse()` gives what `get_cluster_kubeconfig` returns."""
        answer = await self._client.request(
            "GET",
            "/api/v1/tenants/"
            + quote_path(tenant)
            + "/clusters/"
            + quote_path(cluster)
            + "/kubeconfig",
            _parse_get_cluster_kubeconfig,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer


class AsyncKupe(AsyncClient):
    """The Kupe API - Tenant clusters for asyncio.

    `AsyncKupe(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $KUPE_TOKEN when not given (construction fails at once when there is none), the base
    URL from $KUPE_BASE_URL, then https://api.kupe.cloud. Your own httpx client or
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
        self.with_raw_response = AsyncKupeWithRawResponse(self)

    async def get_cluster_kubeconfig(
        self,
        tenant: str,
        cluster: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterConnection:
        """Get cluster connection details.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.get_cluster_kubeconfig(
                tenant,
                cluster,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()
