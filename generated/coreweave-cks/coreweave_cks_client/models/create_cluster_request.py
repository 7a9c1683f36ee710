# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_network import ClusterNetwork
    from ..models.kubelet_overrides import KubeletOverrides
    from ..models.oidc import Oidc
    from ..models.tailscale_config import TailscaleConfig
    from ..models.webhook import Webhook


T = TypeVar("T", bound="CreateClusterRequest")


@_attrs_define
class CreateClusterRequest:
    """The configuration of a new cluster. `id` is not accepted; the server assigns it.

    Attributes:
        name (str): The cluster's name; 1 to 30 lowercase letters, digits and hyphens, starting and ending with a letter
            or digit. Example: my-cluster.
        zone (str): The Availability Zone to place the cluster in. Example: US-EAST-04A.
        vpc_id (str): The ID of the VPC to place the cluster in; the VPC must be in the cluster's Availability Zone.
        version (str): The Kubernetes minor version to run, such as `v1.32`; CKS applies patch releases itself as they
            come out. Example: v1.32.
        network (ClusterNetwork): The cluster's Kubernetes overlay network, built from prefixes of the cluster's VPC.
        public (bool | Unset): Whether the cluster's API server can be reached from the Internet.
        oidc (Oidc | Unset): An OpenID Connect provider that the API server accepts user tokens from.
        authz_webhook (Webhook | Unset): A webhook server the API server calls for authentication or authorization
            decisions.
        authn_webhook (Webhook | Unset): A webhook server the API server calls for authentication or authorization
            decisions.
        audit_policy (str | Unset): The cluster's Kubernetes audit policy, a JSON or YAML document encoded in base64.
            Example: YXBpVmVyc2lvbjogYXVkaXQuazhzLmlvL3YxCmtpbmQ6IFBvbGljeQpydWxlczoKLSBsZXZlbDogTWV0YWRhdGEK.
        shared_storage_cluster_id (str | Unset): The ID (not the name) of an existing CKS cluster whose shared storage
            the new cluster joins. It can be set only here: the update body has no such field.
        disable_oidc_info_publication (bool | Unset): When true, the cluster's /.well-known/openid-configuration and
            /openid/v1/jwks endpoints are not published at oidc.cks.coreweave.com/id/[CLUSTER-ID], so the cluster cannot
            serve as a public OIDC provider; published, they expose its OIDC configuration and signing keys to the whole
            Internet.
        kubelet (KubeletOverrides | Unset): Selected kubelet configuration settings (as in the Kubernetes kubelet
            configuration file) applied to every node of the cluster. They take effect only after a node reboots; options
            the kubelet does not know are kept but have no effect. Example: {'maxPods': 256}.
        additional_server_sans (list[str] | Unset): Extra Subject Alternative Names for the Kubernetes API server's
            certificate; at most 10, no duplicates. Example: ['k8s.example.com'].
        tailscale (TailscaleConfig | Unset): The Tailscale settings a request may set.
    """

    name: str
    zone: str
    vpc_id: str
    version: str
    network: ClusterNetwork
    public: bool | Unset = UNSET
    oidc: Oidc | Unset = UNSET
    authz_webhook: Webhook | Unset = UNSET
    authn_webhook: Webhook | Unset = UNSET
    audit_policy: str | Unset = UNSET
    shared_storage_cluster_id: str | Unset = UNSET
    disable_oidc_info_publication: bool | Unset = UNSET
    kubelet: KubeletOverrides | Unset = UNSET
    additional_server_sans: list[str] | Unset = UNSET
    tailscale: TailscaleConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        zone = self.zone

        vpc_id = self.vpc_id

        version = self.version

        network = self.network.to_dict()

        public = self.public

        oidc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc, Unset):
            oidc = self.oidc.to_dict()

        authz_webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authz_webhook, Unset):
            authz_webhook = self.authz_webhook.to_dict()

        authn_webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authn_webhook, Unset):
            authn_webhook = self.authn_webhook.to_dict()

        audit_policy = self.audit_policy

        shared_storage_cluster_id = self.shared_storage_cluster_id

        disable_oidc_info_publication = self.disable_oidc_info_publication

        kubelet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubelet, Unset):
            kubelet = self.kubelet.to_dict()

        additional_server_sans: list[str] | Unset = UNSET
        if not isinstance(self.additional_server_sans, Unset):
            additional_server_sans = self.additional_server_sans

        tailscale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tailscale, Unset):
            tailscale = self.tailscale.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "zone": zone,
                "vpcId": vpc_id,
                "version": version,
                "network": network,
            }
        )
        if public is not UNSET:
            field_dict["public"] = public
        if oidc is not UNSET:
            field_dict["oidc"] = oidc
        if authz_webhook is not UNSET:
            field_dict["authzWebhook"] = authz_webhook
        if authn_webhook is not UNSET:
            field_dict["authnWebhook"] = authn_webhook
        if audit_policy is not UNSET:
            field_dict["auditPolicy"] = audit_policy
        if shared_storage_cluster_id is not UNSET:
            field_dict["sharedStorageClusterId"] = shared_storage_cluster_id
        if disable_oidc_info_publication is not UNSET:
            field_dict["disableOidcInfoPublication"] = disable_oidc_info_publication
        if kubelet is not UNSET:
            field_dict["kubelet"] = kubelet
        if additional_server_sans is not UNSET:
            field_dict["additionalServerSans"] = additional_server_sans
        if tailscale is not UNSET:
            field_dict["tailscale"] = tailscale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_network import ClusterNetwork  # noqa: PLC0415
        from ..models.kubelet_overrides import KubeletOverrides  # noqa: PLC0415
        from ..models.oidc import Oidc  # noqa: PLC0415
        from ..models.tailscale_config import TailscaleConfig  # noqa: PLC0415
        from ..models.webhook import Webhook  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        zone = d.pop("zone")

        vpc_id = d.pop("vpcId")

        version = d.pop("version")

        network = ClusterNetwork.from_dict(d.pop("network"))

        public = d.pop("public", UNSET)

        _oidc = d.pop("oidc", UNSET)
        oidc: Oidc | Unset
        if isinstance(_oidc, Unset):
            oidc = UNSET
        else:
            oidc = Oidc.from_dict(_oidc)

        _authz_webhook = d.pop("authzWebhook", UNSET)
        authz_webhook: Webhook | Unset
        if isinstance(_authz_webhook, Unset):
            authz_webhook = UNSET
        else:
            authz_webhook = Webhook.from_dict(_authz_webhook)

        _authn_webhook = d.pop("authnWebhook", UNSET)
        authn_webhook: Webhook | Unset
        if isinstance(_authn_webhook, Unset):
            authn_webhook = UNSET
        else:
            authn_webhook = Webhook.from_dict(_authn_webhook)

        audit_policy = d.pop("auditPolicy", UNSET)

        shared_storage_cluster_id = d.pop("sharedStorageClusterId", UNSET)

        disable_oidc_info_publication = d.pop("disableOidcInfoPublication", UNSET)

        _kubelet = d.pop("kubelet", UNSET)
        kubelet: KubeletOverrides | Unset
        if isinstance(_kubelet, Unset):
            kubelet = UNSET
        else:
            kubelet = KubeletOverrides.from_dict(_kubelet)

        additional_server_sans = cast(list[str], d.pop("additionalServerSans", UNSET))

        _tailscale = d.pop("tailscale", UNSET)
        tailscale: TailscaleConfig | Unset
        if isinstance(_tailscale, Unset):
            tailscale = UNSET
        else:
            tailscale = TailscaleConfig.from_dict(_tailscale)

        create_cluster_request = cls(
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

        return create_cluster_request
