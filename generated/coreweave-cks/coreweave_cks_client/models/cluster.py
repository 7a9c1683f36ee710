# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        name (str | Unset): The cluster's name; 1 to 30 lowercase letters, digits and hyphens, starting and ending with
            a letter or digit. Example: my-cluster.
        zone (str | Unset): The Availability Zone the cluster is in.
        vpc_id (str | Unset): The ID of the VPC the cluster is in.
        version (str | Unset): The Kubernetes minor version to run, such as `v1.32`; CKS applies patch releases itself
            as they come out. Example: v1.32.
        network (ClusterNetwork | Unset): The cluster's Kubernetes overlay network, built from prefixes of the cluster's
            VPC.
        public (bool | Unset): Whether the cluster's API server can be reached from the Internet.
        oidc (Oidc | Unset): An OpenID Connect provider that the API server accepts user tokens from.
        authz_webhook (Webhook | Unset): A webhook server the API server calls for authentication or authorization
            decisions.
        authn_webhook (Webhook | Unset): A webhook server the API server calls for authentication or authorization
            decisions.
        audit_policy (str | Unset): The cluster's Kubernetes audit policy, a JSON or YAML document encoded in base64.
            Example: YXBpVmVyc2lvbjogYXVkaXQuazhzLmlvL3YxCmtpbmQ6IFBvbGljeQpydWxlczoKLSBsZXZlbDogTWV0YWRhdGEK.
        api_server_endpoint (str | Unset): Where the cluster's Kubernetes API server can be reached.
        created_at (datetime.datetime | Unset): When the cluster was created.
        updated_at (datetime.datetime | Unset): When the cluster was last changed.
        is_upgradeable (bool | Unset): Whether the cluster can currently be upgraded to a newer Kubernetes version.
        disable_oidc_info_publication (bool | Unset): Whether publication of the cluster's OIDC discovery document and
            JWKS is suppressed.
        kubelet (KubeletOverrides | Unset): Selected kubelet configuration settings (as in the Kubernetes kubelet
            configuration file) applied to every node of the cluster. They take effect only after a node reboots; options
            the kubelet does not know are kept but have no effect. Example: {'maxPods': 256}.
        additional_server_sans (list[str] | Unset): Extra Subject Alternative Names for the Kubernetes API server's
            certificate; at most 10, no duplicates. Example: ['k8s.example.com'].
        tailscale (Tailscale | Unset): The cluster's Tailscale settings, with the tailnet domain the cluster joined.
        status (str | Unset): The cluster's current state. The documents give no list of values; expect protobuf-style
            names such as STATUS_CREATING or STATUS_RUNNING, and treat unknown values as opaque. Example: STATUS_RUNNING.
    """

    id: str
    name: str | Unset = UNSET
    zone: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    version: str | Unset = UNSET
    network: ClusterNetwork | Unset = UNSET
    public: bool | Unset = UNSET
    oidc: Oidc | Unset = UNSET
    authz_webhook: Webhook | Unset = UNSET
    authn_webhook: Webhook | Unset = UNSET
    audit_policy: str | Unset = UNSET
    api_server_endpoint: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    is_upgradeable: bool | Unset = UNSET
    disable_oidc_info_publication: bool | Unset = UNSET
    kubelet: KubeletOverrides | Unset = UNSET
    additional_server_sans: list[str] | Unset = UNSET
    tailscale: Tailscale | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        zone = self.zone

        vpc_id = self.vpc_id

        version = self.version

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
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

        api_server_endpoint = self.api_server_endpoint

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        is_upgradeable = self.is_upgradeable

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

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if zone is not UNSET:
            field_dict["zone"] = zone
        if vpc_id is not UNSET:
            field_dict["vpcId"] = vpc_id
        if version is not UNSET:
            field_dict["version"] = version
        if network is not UNSET:
            field_dict["network"] = network
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
        if api_server_endpoint is not UNSET:
            field_dict["apiServerEndpoint"] = api_server_endpoint
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if is_upgradeable is not UNSET:
            field_dict["isUpgradeable"] = is_upgradeable
        if disable_oidc_info_publication is not UNSET:
            field_dict["disableOidcInfoPublication"] = disable_oidc_info_publication
        if kubelet is not UNSET:
            field_dict["kubelet"] = kubelet
        if additional_server_sans is not UNSET:
            field_dict["additionalServerSans"] = additional_server_sans
        if tailscale is not UNSET:
            field_dict["tailscale"] = tailscale
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_network import ClusterNetwork  # noqa: PLC0415
        from ..models.kubelet_overrides import KubeletOverrides  # noqa: PLC0415
        from ..models.oidc import Oidc  # noqa: PLC0415
        from ..models.tailscale import Tailscale  # noqa: PLC0415
        from ..models.webhook import Webhook  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        zone = d.pop("zone", UNSET)

        vpc_id = d.pop("vpcId", UNSET)

        version = d.pop("version", UNSET)

        _network = d.pop("network", UNSET)
        network: ClusterNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = ClusterNetwork.from_dict(_network)

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

        api_server_endpoint = d.pop("apiServerEndpoint", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        is_upgradeable = d.pop("isUpgradeable", UNSET)

        disable_oidc_info_publication = d.pop("disableOidcInfoPublication", UNSET)

        _kubelet = d.pop("kubelet", UNSET)
        kubelet: KubeletOverrides | Unset
        if isinstance(_kubelet, Unset):
            kubelet = UNSET
        else:
            kubelet = KubeletOverrides.from_dict(_kubelet)

        additional_server_sans = cast(list[str], d.pop("additionalServerSans", UNSET))

        _tailscale = d.pop("tailscale", UNSET)
        tailscale: Tailscale | Unset
        if isinstance(_tailscale, Unset):
            tailscale = UNSET
        else:
            tailscale = Tailscale.from_dict(_tailscale)

        status = d.pop("status", UNSET)

        cluster = cls(
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

        cluster.additional_properties = d
        return cluster

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
