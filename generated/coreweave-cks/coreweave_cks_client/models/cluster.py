# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import parse_datetime, to_json

if TYPE_CHECKING:
    from ..models.cluster_network import ClusterNetwork
    from ..models.kubelet_overrides import KubeletOverrides
    from ..models.oidc import Oidc
    from ..models.tailscale import Tailscale
    from ..models.webhook import Webhook


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A CKS cluster as the API reports it.

    Attributes:
        id (str): The cluster's ID, assigned by the server on create.
        name (str | None): The cluster's name; 1 to 30 lowercase letters, digits and hyphens, starting and ending with a
            letter or digit.
        zone (str | None): The Availability Zone the cluster is in.
        vpc_id (str | None): The ID of the VPC the cluster is in.
        version (str | None): The Kubernetes minor version to run, such as `v1.32`; CKS applies patch releases itself as
            they come out.
        network (ClusterNetwork | None): The cluster's Kubernetes overlay network, built from prefixes of the cluster's
            VPC.
        public (bool | None): Whether the cluster's API server can be reached from the Internet.
        oidc (Oidc | None): An OpenID Connect provider that the API server accepts user tokens from.
        authz_webhook (Webhook | None): A webhook server the API server calls for authentication or authorization
            decisions.
        authn_webhook (Webhook | None): A webhook server the API server calls for authentication or authorization
            decisions.
        audit_policy (str | None): The cluster's Kubernetes audit policy. It is sent base64-encoded on create; the
            documents do not say how an answer encodes it, so no encoding is checked.
        api_server_endpoint (str | None): Where the cluster's Kubernetes API server can be reached.
        created_at (datetime.datetime | None): When the cluster was created.
        updated_at (datetime.datetime | None): When the cluster was last changed.
        is_upgradeable (bool | None): Whether the cluster can currently be upgraded to a newer Kubernetes version.
        disable_oidc_info_publication (bool | None): Whether publication of the cluster's OIDC discovery document and
            JWKS is suppressed.
        kubelet (KubeletOverrides | None): Selected kubelet configuration settings (as in the Kubernetes kubelet
            configuration file) applied to every node of the cluster. They take effect only after a node reboots; options
            the kubelet does not know are kept but have no effect.
        additional_server_sans (list[str] | None): Extra Subject Alternative Names for the Kubernetes API server's
            certificate; at most 10, no duplicates.
        tailscale (Tailscale | None): The cluster's Tailscale settings, with the tailnet domain the cluster joined.
        status (str | None): The cluster's current state. The documents give no list of values; expect protobuf-style
            names such as STATUS_CREATING or STATUS_RUNNING, and treat unknown values as opaque.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    id: str
    name: str | None = None
    zone: str | None = None
    vpc_id: str | None = None
    version: str | None = None
    network: ClusterNetwork | None = None
    public: bool | None = None
    oidc: Oidc | None = None
    authz_webhook: Webhook | None = None
    authn_webhook: Webhook | None = None
    audit_policy: str | None = None
    api_server_endpoint: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    is_upgradeable: bool | None = None
    disable_oidc_info_publication: bool | None = None
    kubelet: KubeletOverrides | None = None
    additional_server_sans: list[str] | None = None
    tailscale: Tailscale | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["id"] = to_json(self.id)
        if self.name is not None:
            field_dict["name"] = to_json(self.name)
        if self.zone is not None:
            field_dict["zone"] = to_json(self.zone)
        if self.vpc_id is not None:
            field_dict["vpcId"] = to_json(self.vpc_id)
        if self.version is not None:
            field_dict["version"] = to_json(self.version)
        if self.network is not None:
            field_dict["network"] = to_json(self.network)
        if self.public is not None:
            field_dict["public"] = to_json(self.public)
        if self.oidc is not None:
            field_dict["oidc"] = to_json(self.oidc)
        if self.authz_webhook is not None:
            field_dict["authzWebhook"] = to_json(self.authz_webhook)
        if self.authn_webhook is not None:
            field_dict["authnWebhook"] = to_json(self.authn_webhook)
        if self.audit_policy is not None:
            field_dict["auditPolicy"] = to_json(self.audit_policy)
        if self.api_server_endpoint is not None:
            field_dict["apiServerEndpoint"] = to_json(self.api_server_endpoint)
        if self.created_at is not None:
            field_dict["createdAt"] = to_json(self.created_at)
        if self.updated_at is not None:
            field_dict["updatedAt"] = to_json(self.updated_at)
        if self.is_upgradeable is not None:
            field_dict["isUpgradeable"] = to_json(self.is_upgradeable)
        if self.disable_oidc_info_publication is not None:
            field_dict["disableOidcInfoPublication"] = to_json(self.disable_oidc_info_publication)
        if self.kubelet is not None:
            field_dict["kubelet"] = to_json(self.kubelet)
        if self.additional_server_sans is not None:
            field_dict["additionalServerSans"] = to_json(self.additional_server_sans)
        if self.tailscale is not None:
            field_dict["tailscale"] = to_json(self.tailscale)
        if self.status is not None:
            field_dict["status"] = to_json(self.status)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        id = _d.pop("id")
        name = _d.pop("name", None)
        zone = _d.pop("zone", None)
        vpc_id = _d.pop("vpcId", None)
        version = _d.pop("version", None)
        network = (
            None
            if (_network := _d.pop("network", None)) is None
            else ClusterNetwork.from_dict(_network)
        )
        public = _d.pop("public", None)
        oidc = None if (_oidc := _d.pop("oidc", None)) is None else Oidc.from_dict(_oidc)
        authz_webhook = (
            None
            if (_authz_webhook := _d.pop("authzWebhook", None)) is None
            else Webhook.from_dict(_authz_webhook)
        )
        authn_webhook = (
            None
            if (_authn_webhook := _d.pop("authnWebhook", None)) is None
            else Webhook.from_dict(_authn_webhook)
        )
        audit_policy = _d.pop("auditPolicy", None)
        api_server_endpoint = _d.pop("apiServerEndpoint", None)
        created_at = (
            None
            if (_created_at := _d.pop("createdAt", None)) is None
            else parse_datetime(_created_at)
        )
        updated_at = (
            None
            if (_updated_at := _d.pop("updatedAt", None)) is None
            else parse_datetime(_updated_at)
        )
        is_upgradeable = _d.pop("isUpgradeable", None)
        disable_oidc_info_publication = _d.pop("disableOidcInfoPublication", None)
        kubelet = (
            None
            if (_kubelet := _d.pop("kubelet", None)) is None
            else KubeletOverrides.from_dict(_kubelet)
        )
        additional_server_sans = (
            None
            if (_additional_server_sans := _d.pop("additionalServerSans", None)) is None
            else list(_additional_server_sans)
        )
        tailscale = (
            None
            if (_tailscale := _d.pop("tailscale", None)) is None
            else Tailscale.from_dict(_tailscale)
        )
        status = _d.pop("status", None)
        obj = cls(
            id=id,
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
            api_server_endpoint=api_server_endpoint,
            created_at=created_at,
            updated_at=updated_at,
            is_upgradeable=is_upgradeable,
            disable_oidc_info_publication=disable_oidc_info_publication,
            kubelet=kubelet,
            additional_server_sans=additional_server_sans,
            tailscale=tailscale,
            status=status,
        )
        obj.additional_properties = _d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one nests, imported once its class exists: models may nest each other, and
# an import at the end resolves such cycles without an import on every from_dict.
from ..models.cluster_network import ClusterNetwork  # noqa: E402
from ..models.kubelet_overrides import KubeletOverrides  # noqa: E402
from ..models.oidc import Oidc  # noqa: E402
from ..models.tailscale import Tailscale  # noqa: E402
from ..models.webhook import Webhook  # noqa: E402
