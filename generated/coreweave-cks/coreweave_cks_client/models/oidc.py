# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

T = TypeVar("T", bound="Oidc")


@_attrs_define
class Oidc:
    """An OpenID Connect provider that the API server accepts user tokens from.

    Attributes:
        issuer_url (str | None): The URL of the OIDC issuer.
        client_id (str | None): The client ID that tokens must be issued for.
        username_claim (str | None): The token claim that holds the user name.
        username_prefix (str | None): A prefix put before user names taken from tokens.
        groups_claim (str | None): The token claim that holds the user's groups.
        groups_prefix (str | None): A prefix put before group names taken from tokens.
        ca (str | None): The CA certificate to trust when talking to the issuer.
        required_claim (str | None): A claim that every accepted token must carry.
        admin_group_binding (str | None): The OIDC group that is bound to the cluster-admin role.
        signing_algorithms (list[str] | None): The signing algorithms accepted for tokens, as names. The documents list
            no values.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    issuer_url: str | None = None
    client_id: str | None = None
    username_claim: str | None = None
    username_prefix: str | None = None
    groups_claim: str | None = None
    groups_prefix: str | None = None
    ca: str | None = None
    required_claim: str | None = None
    admin_group_binding: str | None = None
    signing_algorithms: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.issuer_url is not None:
            field_dict["issuerUrl"] = to_json(self.issuer_url)
        if self.client_id is not None:
            field_dict["clientId"] = to_json(self.client_id)
        if self.username_claim is not None:
            field_dict["usernameClaim"] = to_json(self.username_claim)
        if self.username_prefix is not None:
            field_dict["usernamePrefix"] = to_json(self.username_prefix)
        if self.groups_claim is not None:
            field_dict["groupsClaim"] = to_json(self.groups_claim)
        if self.groups_prefix is not None:
            field_dict["groupsPrefix"] = to_json(self.groups_prefix)
        if self.ca is not None:
            field_dict["ca"] = to_json(self.ca)
        if self.required_claim is not None:
            field_dict["requiredClaim"] = to_json(self.required_claim)
        if self.admin_group_binding is not None:
            field_dict["adminGroupBinding"] = to_json(self.admin_group_binding)
        if self.signing_algorithms is not None:
            field_dict["signingAlgorithms"] = to_json(self.signing_algorithms)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        issuer_url = _d.pop("issuerUrl", None)
        client_id = _d.pop("clientId", None)
        username_claim = _d.pop("usernameClaim", None)
        username_prefix = _d.pop("usernamePrefix", None)
        groups_claim = _d.pop("groupsClaim", None)
        groups_prefix = _d.pop("groupsPrefix", None)
        ca = _d.pop("ca", None)
        required_claim = _d.pop("requiredClaim", None)
        admin_group_binding = _d.pop("adminGroupBinding", None)
        signing_algorithms = (
            None
            if (_signing_algorithms := _d.pop("signingAlgorithms", None)) is None
            else list(_signing_algorithms)
        )
        obj = cls(
            issuer_url=issuer_url,
            client_id=client_id,
            username_claim=username_claim,
            username_prefix=username_prefix,
            groups_claim=groups_claim,
            groups_prefix=groups_prefix,
            ca=ca,
            required_claim=required_claim,
            admin_group_binding=admin_group_binding,
            signing_algorithms=signing_algorithms,
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
