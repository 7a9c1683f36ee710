# generated from specs/akua.yaml - do not edit
"""`Akua` and `AsyncAkua`: the Akua API by resource
(`client.clusters`), every other operation as a
method of the client, each with a `with_raw_response` twin. Methods return the documented
success value and raise the typed errors of `errors`; nothing else leaves them."""

import uuid
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
from ._runtime import (
    Lifecycle,
    RetryPolicy,
    async_wait_until_ready,
    wait_until_ready,
)
from .models import Cluster, ClusterList, ClusterProvider

_SETTINGS = Settings(
    default_base_url="https://api.akua.dev/v1",
    base_url_env="AKUA_BASE_URL",
    token_env="AKUA_TOKEN",
    needs_token=True,
    idempotency_headers=frozenset(["idempotency-key"]),
    token_header="",
    error_token_pointer="/metadata/etag",
    user_agent="Akua/python one-spec",
)
_CLUSTERS_LIFECYCLE = Lifecycle(
    pointer="/state",
    ready=frozenset(["active"]),
    failed=frozenset([]),
)


def _parse_create_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_get_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_list_clusters(status: int, data: Any) -> ClusterList:
    return ClusterList.from_dict(data)


def _parse_update_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


def _parse_delete_cluster(status: int, data: Any) -> Cluster:
    return Cluster.from_dict(data)


class ClustersWithRawResponse:
    """`Clusters`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        region_id: str,
        provider: ClusterProvider | str,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        if idempotency_key is None:
            idempotency_key = str(uuid.uuid4())  # retries of this call resend the same key
        body: dict[str, Any] = {}
        body["name"] = name
        body["region_id"] = region_id
        body["provider"] = provider
        if kubeconfig is not None:
            body["kubeconfig"] = kubeconfig
        answer = self._client.request(
            "POST",
            "/clusters",
            _parse_create_cluster,
            headers={
                "idempotency-key": idempotency_key,
                "akua-context": akua_context,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", akua_context, None),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="/etag",
        )
        return answer

    def get(
        self,
        id: str,
        *,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = self._client.request(
            "GET",
            "/clusters/" + quote_path(id),
            _parse_get_cluster,
            headers={
                "akua-context": akua_context,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", akua_context, id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="/etag",
        )
        return answer

    def list(
        self,
        *,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterList]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = self._client.request(
            "GET",
            "/clusters",
            _parse_list_clusters,
            headers={
                "akua-context": akua_context,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    def update(
        self,
        id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        name: str | None = None,
        region_id: str | None = None,
        provider: ClusterProvider | str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Update a cluster. The answer as it came; `.parse()` gives what `update` returns."""
        if idempotency_key is None:
            idempotency_key = str(uuid.uuid4())  # retries of this call resend the same key
        if if_match is None:
            if_match = self._client.versions.etags.get(version_key("cluster", akua_context, id))
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = name
        if region_id is not None:
            body["region_id"] = region_id
        if provider is not None:
            body["provider"] = provider
        if kubeconfig is not None:
            body["kubeconfig"] = kubeconfig
        answer = self._client.request(
            "PATCH",
            "/clusters/" + quote_path(id),
            _parse_update_cluster,
            headers={
                "if-match": if_match,
                "idempotency-key": idempotency_key,
                "akua-context": akua_context,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", akua_context, id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="/etag",
        )
        return answer

    def delete(
        self,
        id: str,
        *,
        if_match: str | None = None,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        if if_match is None:
            if_match = self._client.versions.etags.get(version_key("cluster", akua_context, id))
        answer = self._client.request(
            "DELETE",
            "/clusters/" + quote_path(id),
            _parse_delete_cluster,
            headers={
                "if-match": if_match,
                "akua-context": akua_context,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", akua_context, id))
        return answer


class Clusters:
    """A Kubernetes cluster of a workspace."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.with_raw_response = ClustersWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        region_id: str,
        provider: ClusterProvider | str,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. An idempotency key is generated when none is given; retries of
        this call resend it.
        """
        return (
            self.with_raw_response.create(
                idempotency_key=idempotency_key,
                akua_context=akua_context,
                name=name,
                region_id=region_id,
                provider=provider,
                kubeconfig=kubeconfig,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def get(
        self,
        id: str,
        *,
        akua_context: str | None = None,
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
                id,
                akua_context=akua_context,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
        *,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Cluster]:
        """List clusters. Every item, typed.
        `for item in ...`; `.pages()` gives the raw answers."""

        def fetch(page: int | None) -> APIResponse[ClusterList]:
            return self.with_raw_response.list(
                akua_context=akua_context,
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
        id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        name: str | None = None,
        region_id: str | None = None,
        provider: ClusterProvider | str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. An idempotency key is generated when none is given; retries of
        this call resend it. The version last seen of this resource is sent as the precondition
        when none is given.
        """
        return (
            self.with_raw_response.update(
                id,
                if_match=if_match,
                idempotency_key=idempotency_key,
                akua_context=akua_context,
                name=name,
                region_id=region_id,
                provider=provider,
                kubeconfig=kubeconfig,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def delete(
        self,
        id: str,
        *,
        if_match: str | None = None,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. The version last seen of this resource is sent as the
        precondition when none is given.
        """
        return (
            self.with_raw_response.delete(
                id,
                if_match=if_match,
                akua_context=akua_context,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def wait_until_ready(
        self,
        id: str,
        *,
        akua_context: str | None = None,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Poll `get` until /state is active. Raises
        errors.ResourceFailedError on a failure state and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        def fetch() -> Cluster:
            return self.get(
                id,
                akua_context=akua_context,
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
        id: str,
        *,
        akua_context: str | None = None,
    ) -> str | None:
        """The version of this cluster last seen by this client, as `update` sends it in its
        precondition header; None before any answer carried one."""
        return self._client.versions.etags.get(version_key("cluster", akua_context, id))


class AkuaWithRawResponse:
    """`Akua`'s own methods, returning the answer as it came."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client


class Akua(SyncClient):
    """The Akua API.

    `Akua(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $AKUA_TOKEN when not given (construction fails at once when there is none), the base
    URL from $AKUA_BASE_URL, then https://api.akua.dev/v1. Your own httpx client or
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
        self.with_raw_response = AkuaWithRawResponse(self)


class AsyncClustersWithRawResponse:
    """`AsyncClusters`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        region_id: str,
        provider: ClusterProvider | str,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        if idempotency_key is None:
            idempotency_key = str(uuid.uuid4())  # retries of this call resend the same key
        body: dict[str, Any] = {}
        body["name"] = name
        body["region_id"] = region_id
        body["provider"] = provider
        if kubeconfig is not None:
            body["kubeconfig"] = kubeconfig
        answer = await self._client.request(
            "POST",
            "/clusters",
            _parse_create_cluster,
            headers={
                "idempotency-key": idempotency_key,
                "akua-context": akua_context,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", akua_context, None),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="/etag",
        )
        return answer

    async def get(
        self,
        id: str,
        *,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = await self._client.request(
            "GET",
            "/clusters/" + quote_path(id),
            _parse_get_cluster,
            headers={
                "akua-context": akua_context,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", akua_context, id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="/etag",
        )
        return answer

    async def list(
        self,
        *,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterList]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = await self._client.request(
            "GET",
            "/clusters",
            _parse_list_clusters,
            headers={
                "akua-context": akua_context,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return answer

    async def update(
        self,
        id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        name: str | None = None,
        region_id: str | None = None,
        provider: ClusterProvider | str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Update a cluster. The answer as it came; `.parse()` gives what `update` returns."""
        if idempotency_key is None:
            idempotency_key = str(uuid.uuid4())  # retries of this call resend the same key
        if if_match is None:
            if_match = self._client.versions.etags.get(version_key("cluster", akua_context, id))
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = name
        if region_id is not None:
            body["region_id"] = region_id
        if provider is not None:
            body["provider"] = provider
        if kubeconfig is not None:
            body["kubeconfig"] = kubeconfig
        answer = await self._client.request(
            "PATCH",
            "/clusters/" + quote_path(id),
            _parse_update_cluster,
            headers={
                "if-match": if_match,
                "idempotency-key": idempotency_key,
                "akua-context": akua_context,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", akua_context, id),
            answer,
            resource_pointer="",
            identifier_pointer="/id",
            token_pointer="/etag",
        )
        return answer

    async def delete(
        self,
        id: str,
        *,
        if_match: str | None = None,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Cluster]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        if if_match is None:
            if_match = self._client.versions.etags.get(version_key("cluster", akua_context, id))
        answer = await self._client.request(
            "DELETE",
            "/clusters/" + quote_path(id),
            _parse_delete_cluster,
            headers={
                "if-match": if_match,
                "akua-context": akua_context,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", akua_context, id))
        return answer


class AsyncClusters:
    """A Kubernetes cluster of a workspace."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.with_raw_response = AsyncClustersWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        region_id: str,
        provider: ClusterProvider | str,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. An idempotency key is generated when none is given; retries of
        this call resend it.
        """
        return (
            await self.with_raw_response.create(
                idempotency_key=idempotency_key,
                akua_context=akua_context,
                name=name,
                region_id=region_id,
                provider=provider,
                kubeconfig=kubeconfig,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def get(
        self,
        id: str,
        *,
        akua_context: str | None = None,
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
                id,
                akua_context=akua_context,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
        *,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Cluster]:
        """List clusters. Every item, typed.
        `async for item in ...`; `.pages()` gives the raw answers."""

        async def fetch(page: int | None) -> APIResponse[ClusterList]:
            return await self.with_raw_response.list(
                akua_context=akua_context,
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
        id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        akua_context: str | None = None,
        name: str | None = None,
        region_id: str | None = None,
        provider: ClusterProvider | str | None = None,
        kubeconfig: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. An idempotency key is generated when none is given; retries of
        this call resend it. The version last seen of this resource is sent as the precondition
        when none is given.
        """
        return (
            await self.with_raw_response.update(
                id,
                if_match=if_match,
                idempotency_key=idempotency_key,
                akua_context=akua_context,
                name=name,
                region_id=region_id,
                provider=provider,
                kubeconfig=kubeconfig,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def delete(
        self,
        id: str,
        *,
        if_match: str | None = None,
        akua_context: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Cluster:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. The version last seen of this resource is sent as the
        precondition when none is given.
        """
        return (
            await self.with_raw_response.delete(
                id,
                if_match=if_match,
                akua_context=akua_context,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    async def wait_until_ready(
        self,
        id: str,
        *,
        akua_context: str | None = None,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Poll `get` until /state is active. Raises
        errors.ResourceFailedError on a failure state and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        async def fetch() -> Cluster:
            return await self.get(
                id,
                akua_context=akua_context,
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
        id: str,
        *,
        akua_context: str | None = None,
    ) -> str | None:
        """The version of this cluster last seen by this client, as `update` sends it in its
        precondition header; None before any answer carried one."""
        return self._client.versions.etags.get(version_key("cluster", akua_context, id))


class AsyncAkuaWithRawResponse:
    """`AsyncAkua`'s own methods, returning the answer as it came."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client


class AsyncAkua(AsyncClient):
    """The Akua API for asyncio.

    `AsyncAkua(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $AKUA_TOKEN when not given (construction fails at once when there is none), the base
    URL from $AKUA_BASE_URL, then https://api.akua.dev/v1. Your own httpx client or
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
        self.with_raw_response = AsyncAkuaWithRawResponse(self)
