# generated from specs/coreweave-cks.yaml - do not edit
"""`CoreweaveCks` and `AsyncCoreweaveCks`: every operation as a method that returns the
documented success value and raises a typed error (errors.py) otherwise, plus the helpers the
spec's x- extensions make possible. Built on the low-level modules in `api/`."""

from types import TracebackType
from typing import Any, Self, cast

import httpx

from . import errors
from ._runtime import (
    Lifecycle,
    async_wait_until_ready,
    field_mask,
    pointer_get,
    wait_until_ready,
)
from .api.clusters import create_cluster as _create_cluster
from .api.clusters import delete_cluster as _delete_cluster
from .api.clusters import get_cluster as _get_cluster
from .api.clusters import list_clusters as _list_clusters
from .api.clusters import update_cluster as _update_cluster
from .client import AuthenticatedClient
from .models.cluster_envelope import ClusterEnvelope
from .models.cluster_list import ClusterList
from .models.create_cluster_request import CreateClusterRequest
from .models.update_cluster_request import UpdateClusterRequest
from .types import Response

_ERROR_TOKEN_POINTER = ""
_TOKEN_HEADER = ""
_CLUSTER_LIFECYCLE = Lifecycle(
    pointer="/cluster/status",
    ready=frozenset(["STATUS_RUNNING"]),
    failed=frozenset(["STATUS_FAILED"]),
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


class CoreweaveCks(_Facade):
    """The CoreWeave Kubernetes Service (CKS) API, one method per operation.

    `CoreweaveCks(token=..., base_url=..., retry=...)` takes AuthenticatedClient's
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
    ) -> ClusterList:
        """List clusters.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _list_clusters.sync_detailed(
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterList, response.parsed)

    def create_cluster(
        self,
        *,
        body: CreateClusterRequest,
    ) -> ClusterEnvelope:
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
        return cast(ClusterEnvelope, response.parsed)

    def get_cluster(
        self,
        id: str,
    ) -> ClusterEnvelope:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _get_cluster.sync_detailed(
                id=id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterEnvelope, response.parsed)

    def delete_cluster(
        self,
        id: str,
    ) -> ClusterEnvelope:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _delete_cluster.sync_detailed(
                id=id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterEnvelope, response.parsed)

    def update_cluster(
        self,
        id: str,
        *,
        body: UpdateClusterRequest,
    ) -> ClusterEnvelope:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = _update_cluster.sync_detailed(
                id=id,
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterEnvelope, response.parsed)

    def wait_until_cluster_ready(
        self,
        id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> ClusterEnvelope:
        """Poll get_cluster until the cluster's /cluster/status is one of
        STATUS_RUNNING. Raises errors.ResourceFailedError on
        STATUS_FAILED, errors.WaitTimeoutError after `timeout` seconds."""

        def fetch() -> ClusterEnvelope:
            return self.get_cluster(
                id=id,
            )

        found = wait_until_ready(
            fetch,
            _CLUSTER_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(ClusterEnvelope, found)

    def update_cluster_masked(
        self,
        id: str,
        *,
        body: UpdateClusterRequest,
    ) -> ClusterEnvelope:
        """update_cluster with `updateMask` set to exactly the fields set in `body`
        (AIP-157), whatever the body's own mask says."""
        fields = body.to_dict()
        body.update_mask = field_mask(fields, frozenset(["updateMask", "id"]))
        return self.update_cluster(
            id=id,
            body=body,
        )


class AsyncCoreweaveCks(_Facade):
    """`CoreweaveCks` for asyncio: the same methods, awaited."""

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
    ) -> ClusterList:
        """List clusters.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _list_clusters.asyncio_detailed(
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterList, response.parsed)

    async def create_cluster(
        self,
        *,
        body: CreateClusterRequest,
    ) -> ClusterEnvelope:
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
        return cast(ClusterEnvelope, response.parsed)

    async def get_cluster(
        self,
        id: str,
    ) -> ClusterEnvelope:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _get_cluster.asyncio_detailed(
                id=id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterEnvelope, response.parsed)

    async def delete_cluster(
        self,
        id: str,
    ) -> ClusterEnvelope:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _delete_cluster.asyncio_detailed(
                id=id,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterEnvelope, response.parsed)

    async def update_cluster(
        self,
        id: str,
        *,
        body: UpdateClusterRequest,
    ) -> ClusterEnvelope:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer and
        errors.APIConnectionError when no answer comes."""
        try:
            response = await _update_cluster.asyncio_detailed(
                id=id,
                body=body,
                client=self.client,
            )
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        if not 200 <= int(response.status_code) < 300:
            raise _error(response)
        return cast(ClusterEnvelope, response.parsed)

    async def wait_until_cluster_ready(
        self,
        id: str,
        *,
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
    ) -> ClusterEnvelope:
        """Poll get_cluster until the cluster's /cluster/status is one of
        STATUS_RUNNING. Raises errors.ResourceFailedError on
        STATUS_FAILED, errors.WaitTimeoutError after `timeout` seconds."""

        async def fetch() -> ClusterEnvelope:
            return await self.get_cluster(
                id=id,
            )

        found = await async_wait_until_ready(
            fetch,
            _CLUSTER_LIFECYCLE,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )
        return cast(ClusterEnvelope, found)

    async def update_cluster_masked(
        self,
        id: str,
        *,
        body: UpdateClusterRequest,
    ) -> ClusterEnvelope:
        """update_cluster with `updateMask` set to exactly the fields set in `body`
        (AIP-157), whatever the body's own mask says."""
        fields = body.to_dict()
        body.update_mask = field_mask(fields, frozenset(["updateMask", "id"]))
        return await self.update_cluster(
            id=id,
            body=body,
        )
