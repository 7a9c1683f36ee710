# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

if TYPE_CHECKING:
    from ..models.cluster_network import ClusterNetwork
    from ..models.kubelet_overrides import KubeletOverrides
    from ..models.oidc_settings import OidcSettings
    from ..models.tailscale_config import TailscaleConfig
    from ..models.webhook import Webhook


T = TypeVar("T", bound="CreateClusterRequest")


@_attrs_define
class CreateClusterRequest:
    """The configuration of a new cluster. `id` is not accepted; the server assigns it.

    Attributes:
        name (str): The cluster's name; 1 to 30 lowercase letters, digits and hyphens, starting and ending with a letter
            or digit.
        zone (str): The Availability Zone to place the cluster in.
        vpc_id (str): The ID of the VPC to place the cluster in; the VPC must be in the cluster's Availability Zone.
        version (str): The Kubernetes minor version to run, such as `v1.32`; CKS applies patch releases itself as they
            come out.
        network (ClusterNetwork): The cluster's Kubernetes overlay network, built from prefixes of the cluster's VPC.
        public (bool | None): Whether the cluster's API server can be reached from the Internet.
        oidc (OidcSettings | None): The OpenID Connect provider a request configures; the same fields as in a cluster,
            but signing algorithms may be sent as names or as numbers.
        authz_webhook (Webhook | None): A webhook server the API server calls for authentication or authorization
            decisions.
        authn_webhook (Webhook | None): A webhook server the API server calls for authentication or authorization
            decisions.
        audit_policy (str | None): The new cluster's Kubernetes audit policy, a JSON or YAML document encoded in base64.
        shared_storage_cluster_id (str | None): The ID (not the name) of an existing CKS cluster whose shared storage
            the new cluster joins. It can be set only here: the update body has no such field.
        disable_oidc_info_publication (bool | None): When true, the cluster's /.well-known/openid-configuration and
            /openid/v1/jwks endpoints are not published at oidc.cks.coreweave.com/id/[CLUSTER-ID], so the cluster cannot
            serve as a public OIDC provider; published, they expose its OIDC configuration and signing keys to the whole
            Internet.
        kubelet (KubeletOverrides | None): Selected kubelet configuration settings (as in the Kubernetes kubelet
            configuration file) applied to every node of the cluster. They take effect only after a node reboots; options
            the kubelet does not know are kept but have no effect.
        additional_server_sans (list[str] | None): Extra Subject Alternative Names for the Kubernetes API server's
            certificate; at most 10, no duplicates.
        tailscale (TailscaleConfig | None): The Tailscale settings a request may set.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    name: str
    zone: str
    vpc_id: str
    version: str
    network: ClusterNetwork
    public: bool | None = None
    oidc: OidcSettings | None = None
    authz_webhook: Webhook | None = None
    authn_webhook: Webhook | None = None
    audit_policy: str | None = None
    shared_storage_cluster_id: str | None = None
    disable_oidc_info_publication: bool | None = None
    kubelet: KubeletOverrides | None = None
    additional_server_sans: list[str] | None = None
    tailscale: TailscaleConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["name"] = to_json(self.name)
        field_dict["zone"] = to_json(self.zone)
        field_dict["vpcId"] = to_json(self.vpc_id)
        field_dict["version"] = to_json(self.version)
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
        if self.shared_storage_cluster_id is not None:
            field_dict["sharedStorageClusterId"] = to_json(self.shared_storage_cluster_id)
        if self.disable_oidc_info_publication is not None:
            field_dict["disableOidcInfoPublication"] = to_json(self.disable_oidc_info_publication)
        if self.kubelet is not None:
            field_dict["kubelet"] = to_json(self.kubelet)
        if self.additional_server_sans is not None:
            field_dict["additionalServerSans"] = to_json(self.additional_server_sans)
        if self.tailscale is not None:
            field_dict["tailscale"] = to_json(self.tailscale)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        name = _d.pop("name")
        zone = _d.pop("zone")
        vpc_id = _d.pop("vpcId")
        version = _d.pop("version")
        network = ClusterNetwork.from_dict(_d.pop("network"))
        public = _d.pop("public", None)
        oidc = None if (_oidc := _d.pop("oidc", None)) is None else OidcSettings.from_dict(_oidc)
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
        shared_storage_cluster_id = _d.pop("sharedStorageClusterId", None)
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
            else TailscaleConfig.from_dict(_tailscale)
        )
        obj = cls(
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
from ..models.oidc_settings import OidcSettings  # noqa: E402
from ..models.tailscale_config import TailscaleConfig  # noqa: E402
from ..models.webhook import Webhook  # noqa: E402
