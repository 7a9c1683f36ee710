# generated from specs/kupe.yaml - do not edit
"""`Kupe` and `AsyncKupe`: every operation as a method that returns the
documented success value and raises a typed error (errors.py) otherwise, plus the helpers the
spec's x- extensions make possible. Built on the low-level modules in `api/`."""

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
from .api.clusters import get_cluster_kubeconfig as _get_cluster_kubeconfig
from .api.clusters import list_clusters as _list_clusters
from .api.clusters import update_cluster as _update_cluster
from .client import AuthenticatedClient
from .models.cluster import Cluster
from .models.cluster_connection import ClusterConnection
from .models.cluster_create import ClusterCreate
from .models.cluster_list import ClusterList
from .models.cluster_update import ClusterUpdate
from .types import UNSET, Response, Unset

_ERROR_TOKEN_POINTER = ""
_TOKEN_HEADER = "ETag"
_CLUSTER_LIFECYCLE = Lifecycle(
    pointer="/status/phase",
    ready=frozenset(["Running"]),
    failed=frozenset(["Error", "Failed"]),
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
        data = _decoded(response)
        token = response.headers.get(_TOKEN_HEADER) if _TOKEN_HEADER else None
        if token is None:
            value = pointer_get(data, "/resourceVersion")
            token = None if value is None else str(value)
        if identifier is None:
            value = pointer_get(data, "/name")
            identifier = None if value is None else str(value)
        if token is not None and identifier is not None:
            self._etags[identifier] = token


class Kupe(_Facade):
    """The Kupe API - Tenant clusters, one method per operation.

    `Kupe(token=..., base_url=..., retry=...)` takes AuthenticatedClient's
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
        tenant: str,
    ) -> ClusterList:
        """List clusters.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _list_clusters.sync_detailed(
                tenant=tenant,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterList, response.parsed)

    def create_cluster(
        self,
        tenant: str,
        *,
        body: ClusterCreate,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _create_cluster.sync_detailed(
                tenant=tenant,
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        self._remember(response, None)
        return cast(Cluster, response.parsed)

    def get_cluster(
        self,
        tenant: str,
        cluster: str,
    ) -> Cluster:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _get_cluster.sync_detailed(
                tenant=tenant,
                cluster=cluster,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        self._remember(response, str(cluster))
        return cast(Cluster, response.parsed)

    def delete_cluster(
        self,
        tenant: str,
        cluster: str,
    ) -> Any:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _delete_cluster.sync_detailed(
                tenant=tenant,
                cluster=cluster,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Any, response.parsed)

    def update_cluster(
        self,
        tenant: str,
        cluster: str,
        *,
        body: ClusterUpdate,
        if_match: str | Unset = UNSET,
    ) -> Cluster:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        if isinstance(if_match, Unset) and (seen := self._etags.get(str(cluster))):
            if_match = seen
        try:
            response = _update_cluster.sync_detailed(
                tenant=tenant,
                cluster=cluster,
                body=body,
                if_match=if_match,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        self._remember(response, str(cluster))
        return cast(Cluster, response.parsed)

    def get_cluster_kubeconfig(
        self,
        tenant: str,
        cluster: str,
    ) -> ClusterConnection:
        """Get cluster connection details.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _get_cluster_kubeconfig.sync_detailed(
                tenant=tenant,
                cluster=cluster,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterConnection, response.parsed)

    def wait_until_cluster_ready(
        self,
        tenant: str,
        cluster: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> Cluster:
        """Poll get_cluster until the cluster's /status/phase is one of
        Running. Raises errors.ResourceFailedError on
        Error, Failed, errors.WaitTimeoutError after `timeout` seconds."""

        def fetch() -> Cluster:
            return self.get_cluster(
                tenant=tenant,
                cluster=cluster,
            )

        found = wait_until_ready(
            fetch,
            _CLUSTER_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Cluster, found)


class AsyncKupe(_Facade):
    """`Kupe` for asyncio: the same methods, awaited."""

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
        tenant: str,
    ) -> ClusterList:
        """List clusters.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _list_clusters.asyncio_detailed(
                tenant=tenant,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterList, response.parsed)

    async def create_cluster(
        self,
        tenant: str,
        *,
        body: ClusterCreate,
    ) -> Cluster:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _create_cluster.asyncio_detailed(
                tenant=tenant,
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        self._remember(response, None)
        return cast(Cluster, response.parsed)

    async def get_cluster(
        self,
        tenant: str,
        cluster: str,
    ) -> Cluster:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _get_cluster.asyncio_detailed(
                tenant=tenant,
                cluster=cluster,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        self._remember(response, str(cluster))
        return cast(Cluster, response.parsed)

    async def delete_cluster(
        self,
        tenant: str,
        cluster: str,
    ) -> Any:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _delete_cluster.asyncio_detailed(
                tenant=tenant,
                cluster=cluster,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(Any, response.parsed)

    async def update_cluster(
        self,
        tenant: str,
        cluster: str,
        *,
        body: ClusterUpdate,
        if_match: str | Unset = UNSET,
    ) -> Cluster:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        if isinstance(if_match, Unset) and (seen := self._etags.get(str(cluster))):
            if_match = seen
        try:
            response = await _update_cluster.asyncio_detailed(
                tenant=tenant,
                cluster=cluster,
                body=body,
                if_match=if_match,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        self._remember(response, str(cluster))
        return cast(Cluster, response.parsed)

    async def get_cluster_kubeconfig(
        self,
        tenant: str,
        cluster: str,
    ) -> ClusterConnection:
        """Get cluster connection details.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _get_cluster_kubeconfig.asyncio_detailed(
                tenant=tenant,
                cluster=cluster,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterConnection, response.parsed)

    async def wait_until_cluster_ready(
        self,
        tenant: str,
        cluster: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> Cluster:
        """Poll get_cluster until the cluster's /status/phase is one of
        Running. Raises errors.ResourceFailedError on
        Error, Failed, errors.WaitTimeoutError after `timeout` seconds."""

        async def fetch() -> Cluster:
            return await self.get_cluster(
                tenant=tenant,
                cluster=cluster,
            )

        found = await async_wait_until_ready(
            fetch,
            _CLUSTER_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(Cluster, found)
