# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubelet_overrides import KubeletOverrides
    from ..models.oidc import Oidc
    from ..models.tailscale_config import TailscaleConfig
    from ..models.webhook import Webhook


T = TypeVar("T", bound="UpdateClusterRequest")


@_attrs_define
class UpdateClusterRequest:
    """A partial update; `updateMask` names the fields to change, and `id` and `version` are always required.

    Attributes:
        id (str): The ID of the cluster to update; the same as the `id` in the path.
        version (str): The Kubernetes minor version to run, such as `v1.32`; CKS applies patch releases itself as they
            come out. Example: v1.32.
        update_mask (str | Unset): An AIP-157 field mask in its JSON form, the paths of the fields to change separated
            by commas (such as `version` or `version,oidc.issuerUrl`). Example: version.
        public (bool | Unset): Whether the cluster's API server can be reached from the Internet.
        oidc (Oidc | Unset): An OpenID Connect provider that the API server accepts user tokens from.
        authz_webhook (Webhook | Unset): A webhook server the API server calls for authentication or authorization
            decisions.
        authn_webhook (Webhook | Unset): A webhook server the API server calls for authentication or authorization
            decisions.
        audit_policy (str | Unset): The cluster's Kubernetes audit policy, a JSON or YAML document encoded in base64.
            Example: YXBpVmVyc2lvbjogYXVkaXQuazhzLmlvL3YxCmtpbmQ6IFBvbGljeQpydWxlczoKLSBsZXZlbDogTWV0YWRhdGEK.
        disable_oidc_info_publication (bool | Unset): When true, the cluster's /.well-known/openid-configuration and
            /openid/v1/jwks endpoints are not published at oidc.cks.coreweave.com.
        kubelet (KubeletOverrides | Unset): Selected kubelet configuration settings (as in the Kubernetes kubelet
            configuration file) applied to every node of the cluster. They take effect only after a node reboots; options
            the kubelet does not know are kept but have no effect. Example: {'maxPods': 256}.
        additional_server_sans (list[str] | Unset): Extra Subject Alternative Names for the Kubernetes API server's
            certificate; at most 10, no duplicates. Example: ['k8s.example.com'].
        tailscale (TailscaleConfig | Unset): The Tailscale settings a request may set.
    """

    id: str
    version: str
    update_mask: str | Unset = UNSET
    public: bool | Unset = UNSET
    oidc: Oidc | Unset = UNSET
    authz_webhook: Webhook | Unset = UNSET
    authn_webhook: Webhook | Unset = UNSET
    audit_policy: str | Unset = UNSET
    disable_oidc_info_publication: bool | Unset = UNSET
    kubelet: KubeletOverrides | Unset = UNSET
    additional_server_sans: list[str] | Unset = UNSET
    tailscale: TailscaleConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        update_mask = self.update_mask

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
                "id": id,
                "version": version,
            }
        )
        if update_mask is not UNSET:
            field_dict["updateMask"] = update_mask
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
        from ..models.kubelet_overrides import KubeletOverrides  # noqa: PLC0415
        from ..models.oidc import Oidc  # noqa: PLC0415
        from ..models.tailscale_config import TailscaleConfig  # noqa: PLC0415
        from ..models.webhook import Webhook  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        update_mask = d.pop("updateMask", UNSET)

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

        update_cluster_request = cls(
            id=id,
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
        )

        return update_cluster_request
