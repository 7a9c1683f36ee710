# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

if TYPE_CHECKING:
    from ..models.kubelet_overrides import KubeletOverrides
    from ..models.oidc_settings import OidcSettings
    from ..models.tailscale_config import TailscaleConfig
    from ..models.webhook import Webhook


T = TypeVar("T", bound="UpdateClusterRequest")


@_attrs_define
class UpdateClusterRequest:
    """A partial update; `updateMask` names the fields to change, and `id` and `version` are always required.

    Attributes:
        id (str): The ID of the cluster to update; the same as the `id` in the path.
        version (str): The Kubernetes minor version to run, such as `v1.32`; CKS applies patch releases itself as they
            come out.
        update_mask (str | None): An AIP-157 field mask in its JSON form, the paths of the fields to change separated by
            commas (such as `version` or `version,oidc.issuerUrl`).
        public (bool | None): Whether the cluster's API server can be reached from the Internet.
        oidc (OidcSettings | None): The OpenID Connect provider a request configures; the same fields as in a cluster,
            but signing algorithms may be sent as names or as numbers.
        authz_webhook (Webhook | None): A webhook server the API server calls for authentication or authorization
            decisions.
        authn_webhook (Webhook | None): A webhook server the API server calls for authentication or authorization
            decisions.
        audit_policy (str | None): A new Kubernetes audit policy for the cluster. On create it is base64-encoded JSON or
            YAML; for an update the documents state no encoding, so none is checked.
        disable_oidc_info_publication (bool | None): When true, the cluster's /.well-known/openid-configuration and
            /openid/v1/jwks endpoints are not published at oidc.cks.coreweave.com.
        kubelet (KubeletOverrides | None): Selected kubelet configuration settings (as in the Kubernetes kubelet
            configuration file) applied to every node of the cluster. They take effect only after a node reboots; options
            the kubelet does not know are kept but have no effect.
        additional_server_sans (list[str] | None): Extra Subject Alternative Names for the Kubernetes API server's
            certificate; at most 10, no duplicates.
        tailscale (TailscaleConfig | None): The Tailscale settings a request may set.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    id: str
    version: str
    update_mask: str | None = None
    public: bool | None = None
    oidc: OidcSettings | None = None
    authz_webhook: Webhook | None = None
    authn_webhook: Webhook | None = None
    audit_policy: str | None = None
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
        field_dict["id"] = to_json(self.id)
        field_dict["version"] = to_json(self.version)
        if self.update_mask is not None:
            field_dict["updateMask"] = to_json(self.update_mask)
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
        id = _d.pop("id")
        version = _d.pop("version")
        update_mask = _d.pop("updateMask", None)
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
from ..models.kubelet_overrides import KubeletOverrides  # noqa: E402
from ..models.oidc_settings import OidcSettings  # noqa: E402
from ..models.tailscale_config import TailscaleConfig  # noqa: E402
from ..models.webhook import Webhook  # noqa: E402
