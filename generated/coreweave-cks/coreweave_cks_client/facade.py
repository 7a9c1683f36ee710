# generated from specs/coreweave-cks.yaml - do not edit
"""`CoreweaveCks` and `AsyncCoreweaveCks`: the CoreWeave Kubernetes Service (CKS) API by resource
(`client.clusters`), every other operation as a
method of the client, each with a `with_raw_response` twin. Methods return the documented
success value and raise the typed errors of `errors`; nothing else leaves them."""

from collections.abc import Mapping, Sequence
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
    to_json_dict,
    version_key,
)
from ._runtime import Lifecycle, RetryPolicy, async_wait_until_ready, field_mask, wait_until_ready
from .models import (
    Cluster,
    ClusterEnvelope,
    ClusterList,
    ClusterNetwork,
    KubeletOverrides,
    OidcSettings,
    TailscaleConfig,
    Webhook,
)

_SETTINGS = Settings(
    default_base_url="https://api.coreweave.com",
    base_url_env="COREWEAVE_CKS_BASE_URL",
    token_env="COREWEAVE_CKS_TOKEN",
    needs_token=True,
    idempotency_headers=frozenset([]),
    token_header="",
    error_token_pointer="",
    user_agent="CoreweaveCks/python one-spec",
)
_CLUSTERS_LIFECYCLE = Lifecycle(
    pointer="/cluster/status",
    ready=frozenset(["STATUS_RUNNING"]),
    failed=frozenset(["STATUS_FAILED"]),
)


def _parse_create_cluster(status: int, data: Any) -> ClusterEnvelope:
    return ClusterEnvelope.from_dict(data)


def _parse_get_cluster(status: int, data: Any) -> ClusterEnvelope:
    return ClusterEnvelope.from_dict(data)


def _parse_list_clusters(status: int, data: Any) -> ClusterList:
    return ClusterList.from_dict(data)


def _parse_update_cluster(status: int, data: Any) -> ClusterEnvelope:
    return ClusterEnvelope.from_dict(data)


def _parse_delete_cluster(status: int, data: Any) -> ClusterEnvelope:
    return ClusterEnvelope.from_dict(data)


class ClustersWithRawResponse:
    """`Clusters`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        zone: str,
        vpc_id: str,
        version: str,
        network: ClusterNetwork | Mapping[str, Any],
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        shared_storage_cluster_id: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        body: dict[str, Any] = {}
        body["name"] = name
        body["zone"] = zone
        body["vpcId"] = vpc_id
        body["version"] = version
        body["network"] = network
        if public is not None:
            body["public"] = public
        if oidc is not None:
            body["oidc"] = oidc
        if authz_webhook is not None:
            body["authzWebhook"] = authz_webhook
        if authn_webhook is not None:
            body["authnWebhook"] = authn_webhook
        if audit_policy is not None:
            body["auditPolicy"] = audit_policy
        if shared_storage_cluster_id is not None:
            body["sharedStorageClusterId"] = shared_storage_cluster_id
        if disable_oidc_info_publication is not None:
            body["disableOidcInfoPublication"] = disable_oidc_info_publication
        if kubelet is not None:
            body["kubelet"] = kubelet
        if additional_server_sans is not None:
            body["additionalServerSans"] = additional_server_sans
        if tailscale is not None:
            body["tailscale"] = tailscale
        answer = self._client.request(
            "POST",
            "/v1beta1/cks/clusters",
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
            resource_pointer="/cluster",
            identifier_pointer="/cluster/id",
            token_pointer="",
        )
        return answer

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = self._client.request(
            "GET",
            "/v1beta1/cks/clusters/" + quote_path(id),
            _parse_get_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", id),
            answer,
            resource_pointer="/cluster",
            identifier_pointer="/cluster/id",
            token_pointer="",
        )
        return answer

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterList]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = self._client.request(
            "GET",
            "/v1beta1/cks/clusters",
            _parse_list_clusters,
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
        version: str | None = None,
        update_mask: str | None = None,
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Update a cluster. The answer as it came; `.parse()` gives what `update` returns."""
        body: dict[str, Any] = {}
        if version is not None:
            body["version"] = version
        if update_mask is not None:
            body["updateMask"] = update_mask
        if public is not None:
            body["public"] = public
        if oidc is not None:
            body["oidc"] = oidc
        if authz_webhook is not None:
            body["authzWebhook"] = authz_webhook
        if authn_webhook is not None:
            body["authnWebhook"] = authn_webhook
        if audit_policy is not None:
            body["auditPolicy"] = audit_policy
        if disable_oidc_info_publication is not None:
            body["disableOidcInfoPublication"] = disable_oidc_info_publication
        if kubelet is not None:
            body["kubelet"] = kubelet
        if additional_server_sans is not None:
            body["additionalServerSans"] = additional_server_sans
        if tailscale is not None:
            body["tailscale"] = tailscale
        body["id"] = id
        if update_mask is None:
            mask = field_mask(
                cast(dict[str, object], to_json_dict(body)), frozenset(["updateMask", "id"])
            )
            body["updateMask"] = mask
        seen = self._client.versions.bodies.get(version_key("cluster", id), {})
        for name in ["version"]:
            if name not in body and name in seen:
                body[name] = seen[name]  # repeated as last seen, and not named in the mask
        answer = self._client.request(
            "PATCH",
            "/v1beta1/cks/clusters/" + quote_path(id),
            _parse_update_cluster,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", id),
            answer,
            resource_pointer="/cluster",
            identifier_pointer="/cluster/id",
            token_pointer="",
        )
        return answer

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        answer = self._client.request(
            "DELETE",
            "/v1beta1/cks/clusters/" + quote_path(id),
            _parse_delete_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", id))
        return answer


class Clusters:
    """A CKS cluster, addressed by the ID the server assigns on create."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.with_raw_response = ClustersWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        zone: str,
        vpc_id: str,
        version: str,
        network: ClusterNetwork | Mapping[str, Any],
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        shared_storage_cluster_id: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.create(
                name=name,
                zone=zone,
                vpc_id=vpc_id,
                version=version,
                network=network,
                public=public,
                oidc=oidc,
                authz_webhook=authz_webhook,
                authn_webhook=authn_webhook,
                audit_policy=audit_policy,
                shared_storage_cluster_id=shared_storage_cluster_id,
                disable_oidc_info_publication=disable_oidc_info_publication,
                kubelet=kubelet,
                additional_server_sans=additional_server_sans,
                tailscale=tailscale,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.get(
                id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
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
        version: str | None = None,
        update_mask: str | None = None,
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. The mask names exactly the fields given, unless `update_mask` is
        set; the fields every update repeats (version) are sent as last seen when not given.
        """
        return (
            self.with_raw_response.update(
                id,
                version=version,
                update_mask=update_mask,
                public=public,
                oidc=oidc,
                authz_webhook=authz_webhook,
                authn_webhook=authn_webhook,
                audit_policy=audit_policy,
                disable_oidc_info_publication=disable_oidc_info_publication,
                kubelet=kubelet,
                additional_server_sans=additional_server_sans,
                tailscale=tailscale,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            self.with_raw_response.delete(
                id,
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
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ClusterEnvelope:
        """Poll `get` until /cluster/status is STATUS_RUNNING. Raises
        errors.ResourceFailedError on STATUS_FAILED and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        def fetch() -> ClusterEnvelope:
            return self.get(
                id,
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
        return cast(ClusterEnvelope, found)


class CoreweaveCksWithRawResponse:
    """`CoreweaveCks`'s own methods, returning the answer as it came."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client


class CoreweaveCks(SyncClient):
    """The CoreWeave Kubernetes Service (CKS) API.

    `CoreweaveCks(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $COREWEAVE_CKS_TOKEN when not given (construction fails at once when there is none), the base
    URL from $COREWEAVE_CKS_BASE_URL, then https://api.coreweave.com. Your own httpx client or
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
        self.with_raw_response = CoreweaveCksWithRawResponse(self)


class AsyncClustersWithRawResponse:
    """`AsyncClusters`'s methods, returning the answer as it came (status, headers,
    content) with `.parse()`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        zone: str,
        vpc_id: str,
        version: str,
        network: ClusterNetwork | Mapping[str, Any],
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        shared_storage_cluster_id: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Create a cluster. The answer as it came; `.parse()` gives what `create` returns."""
        body: dict[str, Any] = {}
        body["name"] = name
        body["zone"] = zone
        body["vpcId"] = vpc_id
        body["version"] = version
        body["network"] = network
        if public is not None:
            body["public"] = public
        if oidc is not None:
            body["oidc"] = oidc
        if authz_webhook is not None:
            body["authzWebhook"] = authz_webhook
        if authn_webhook is not None:
            body["authnWebhook"] = authn_webhook
        if audit_policy is not None:
            body["auditPolicy"] = audit_policy
        if shared_storage_cluster_id is not None:
            body["sharedStorageClusterId"] = shared_storage_cluster_id
        if disable_oidc_info_publication is not None:
            body["disableOidcInfoPublication"] = disable_oidc_info_publication
        if kubelet is not None:
            body["kubelet"] = kubelet
        if additional_server_sans is not None:
            body["additionalServerSans"] = additional_server_sans
        if tailscale is not None:
            body["tailscale"] = tailscale
        answer = await self._client.request(
            "POST",
            "/v1beta1/cks/clusters",
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
            resource_pointer="/cluster",
            identifier_pointer="/cluster/id",
            token_pointer="",
        )
        return answer

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Get a cluster. The answer as it came; `.parse()` gives what `get` returns."""
        answer = await self._client.request(
            "GET",
            "/v1beta1/cks/clusters/" + quote_path(id),
            _parse_get_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", id),
            answer,
            resource_pointer="/cluster",
            identifier_pointer="/cluster/id",
            token_pointer="",
        )
        return answer

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterList]:
        """List clusters. The answer as it came; `.parse()` gives what `list` returns."""
        answer = await self._client.request(
            "GET",
            "/v1beta1/cks/clusters",
            _parse_list_clusters,
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
        version: str | None = None,
        update_mask: str | None = None,
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Update a cluster. The answer as it came; `.parse()` gives what `update` returns."""
        body: dict[str, Any] = {}
        if version is not None:
            body["version"] = version
        if update_mask is not None:
            body["updateMask"] = update_mask
        if public is not None:
            body["public"] = public
        if oidc is not None:
            body["oidc"] = oidc
        if authz_webhook is not None:
            body["authzWebhook"] = authz_webhook
        if authn_webhook is not None:
            body["authnWebhook"] = authn_webhook
        if audit_policy is not None:
            body["auditPolicy"] = audit_policy
        if disable_oidc_info_publication is not None:
            body["disableOidcInfoPublication"] = disable_oidc_info_publication
        if kubelet is not None:
            body["kubelet"] = kubelet
        if additional_server_sans is not None:
            body["additionalServerSans"] = additional_server_sans
        if tailscale is not None:
            body["tailscale"] = tailscale
        body["id"] = id
        if update_mask is None:
            mask = field_mask(
                cast(dict[str, object], to_json_dict(body)), frozenset(["updateMask", "id"])
            )
            body["updateMask"] = mask
        seen = self._client.versions.bodies.get(version_key("cluster", id), {})
        for name in ["version"]:
            if name not in body and name in seen:
                body[name] = seen[name]  # repeated as last seen, and not named in the mask
        answer = await self._client.request(
            "PATCH",
            "/v1beta1/cks/clusters/" + quote_path(id),
            _parse_update_cluster,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.remember(
            version_key("cluster", id),
            answer,
            resource_pointer="/cluster",
            identifier_pointer="/cluster/id",
            token_pointer="",
        )
        return answer

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ClusterEnvelope]:
        """Delete a cluster. The answer as it came; `.parse()` gives what `delete` returns."""
        answer = await self._client.request(
            "DELETE",
            "/v1beta1/cks/clusters/" + quote_path(id),
            _parse_delete_cluster,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.forget(version_key("cluster", id))
        return answer


class AsyncClusters:
    """A CKS cluster, addressed by the ID the server assigns on create."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.with_raw_response = AsyncClustersWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        zone: str,
        vpc_id: str,
        version: str,
        network: ClusterNetwork | Mapping[str, Any],
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        shared_storage_cluster_id: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Create a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.create(
                name=name,
                zone=zone,
                vpc_id=vpc_id,
                version=version,
                network=network,
                public=public,
                oidc=oidc,
                authz_webhook=authz_webhook,
                authn_webhook=authn_webhook,
                audit_policy=audit_policy,
                shared_storage_cluster_id=shared_storage_cluster_id,
                disable_oidc_info_publication=disable_oidc_info_publication,
                kubelet=kubelet,
                additional_server_sans=additional_server_sans,
                tailscale=tailscale,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Get a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.get(
                id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        ).parse()

    def list(
        self,
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
        version: str | None = None,
        update_mask: str | None = None,
        public: bool | None = None,
        oidc: OidcSettings | Mapping[str, Any] | None = None,
        authz_webhook: Webhook | Mapping[str, Any] | None = None,
        authn_webhook: Webhook | Mapping[str, Any] | None = None,
        audit_policy: str | None = None,
        disable_oidc_info_publication: bool | None = None,
        kubelet: KubeletOverrides | Mapping[str, Any] | None = None,
        additional_server_sans: Sequence[str] | None = None,
        tailscale: TailscaleConfig | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Update a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read. The mask names exactly the fields given, unless `update_mask` is
        set; the fields every update repeats (version) are sent as last seen when not given.
        """
        return (
            await self.with_raw_response.update(
                id,
                version=version,
                update_mask=update_mask,
                public=public,
                oidc=oidc,
                authz_webhook=authz_webhook,
                authn_webhook=authn_webhook,
                audit_policy=audit_policy,
                disable_oidc_info_publication=disable_oidc_info_publication,
                kubelet=kubelet,
                additional_server_sans=additional_server_sans,
                tailscale=tailscale,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ClusterEnvelope:
        """Delete a cluster.

        Raises errors.APIStatusError (its subclass for the status) on an error answer,
        errors.APIConnectionError when no answer comes and errors.ResponseParseError when the
        answer cannot be read.
        """
        return (
            await self.with_raw_response.delete(
                id,
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
        timeout: float = 900.0,
        interval: float = 10.0,
        max_interval: float = 60.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ClusterEnvelope:
        """Poll `get` until /cluster/status is STATUS_RUNNING. Raises
        errors.ResourceFailedError on STATUS_FAILED and
        errors.WaitTimeoutError after `timeout` seconds; any other state, even one the spec
        does not list, means keep waiting."""

        async def fetch() -> ClusterEnvelope:
            return await self.get(
                id,
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
        return cast(ClusterEnvelope, found)


class AsyncCoreweaveCksWithRawResponse:
    """`AsyncCoreweaveCks`'s own methods, returning the answer as it came."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client


class AsyncCoreweaveCks(AsyncClient):
    """The CoreWeave Kubernetes Service (CKS) API for asyncio.

    `AsyncCoreweaveCks(token=..., base_url=..., timeout=..., retry=..., headers=...,
    http_client=..., transport=...)`: every argument is optional. The token comes from
    $COREWEAVE_CKS_TOKEN when not given (construction fails at once when there is none), the base
    URL from $COREWEAVE_CKS_BASE_URL, then https://api.coreweave.com. Your own httpx client or
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
        self.with_raw_response = AsyncCoreweaveCksWithRawResponse(self)
