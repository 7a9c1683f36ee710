# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tailscale")


@_attrs_define
class Tailscale:
    """The cluster's Tailscale settings, with the tailnet domain the cluster joined.

    Attributes:
        client_id (str | Unset): The Tailscale client ID the cluster uses.
        tailnet_domain (str | Unset): The domain of the tailnet the cluster is on.
    """

    client_id: str | Unset = UNSET
    tailnet_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        tailnet_domain = self.tailnet_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if tailnet_domain is not UNSET:
            field_dict["tailnetDomain"] = tailnet_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        tailnet_domain = d.pop("tailnetDomain", UNSET)

        tailscale = cls(
            client_id=client_id,
            tailnet_domain=tailnet_domain,
        )

        tailscale.additional_properties = d
        return tailscale

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
