# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Oidc")


@_attrs_define
class Oidc:
    """An OpenID Connect provider that the API server accepts user tokens from.

    Attributes:
        issuer_url (str | Unset): The URL of the OIDC issuer.
        client_id (str | Unset): The client ID that tokens must be issued for.
        username_claim (str | Unset): The token claim that holds the user name.
        username_prefix (str | Unset): A prefix put before user names taken from tokens.
        groups_claim (str | Unset): The token claim that holds the user's groups.
        groups_prefix (str | Unset): A prefix put before group names taken from tokens.
        ca (str | Unset): The CA certificate to trust when talking to the issuer.
        required_claim (str | Unset): A claim that every accepted token must carry.
        admin_group_binding (str | Unset): The OIDC group that is bound to the cluster-admin role.
        signing_algorithms (list[str] | Unset): The signing algorithms accepted for tokens. The documents list no
            values.
    """

    issuer_url: str | Unset = UNSET
    client_id: str | Unset = UNSET
    username_claim: str | Unset = UNSET
    username_prefix: str | Unset = UNSET
    groups_claim: str | Unset = UNSET
    groups_prefix: str | Unset = UNSET
    ca: str | Unset = UNSET
    required_claim: str | Unset = UNSET
    admin_group_binding: str | Unset = UNSET
    signing_algorithms: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer_url = self.issuer_url

        client_id = self.client_id

        username_claim = self.username_claim

        username_prefix = self.username_prefix

        groups_claim = self.groups_claim

        groups_prefix = self.groups_prefix

        ca = self.ca

        required_claim = self.required_claim

        admin_group_binding = self.admin_group_binding

        signing_algorithms: list[str] | Unset = UNSET
        if not isinstance(self.signing_algorithms, Unset):
            signing_algorithms = self.signing_algorithms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issuer_url is not UNSET:
            field_dict["issuerUrl"] = issuer_url
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if username_claim is not UNSET:
            field_dict["usernameClaim"] = username_claim
        if username_prefix is not UNSET:
            field_dict["usernamePrefix"] = username_prefix
        if groups_claim is not UNSET:
            field_dict["groupsClaim"] = groups_claim
        if groups_prefix is not UNSET:
            field_dict["groupsPrefix"] = groups_prefix
        if ca is not UNSET:
            field_dict["ca"] = ca
        if required_claim is not UNSET:
            field_dict["requiredClaim"] = required_claim
        if admin_group_binding is not UNSET:
            field_dict["adminGroupBinding"] = admin_group_binding
        if signing_algorithms is not UNSET:
            field_dict["signingAlgorithms"] = signing_algorithms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer_url = d.pop("issuerUrl", UNSET)

        client_id = d.pop("clientId", UNSET)

        username_claim = d.pop("usernameClaim", UNSET)

        username_prefix = d.pop("usernamePrefix", UNSET)

        groups_claim = d.pop("groupsClaim", UNSET)

        groups_prefix = d.pop("groupsPrefix", UNSET)

        ca = d.pop("ca", UNSET)

        required_claim = d.pop("requiredClaim", UNSET)

        admin_group_binding = d.pop("adminGroupBinding", UNSET)

        signing_algorithms = cast(list[str], d.pop("signingAlgorithms", UNSET))

        oidc = cls(
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

        oidc.additional_properties = d
        return oidc

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
