# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

T = TypeVar("T", bound="Tailscale")


@_attrs_define
class Tailscale:
    """The cluster's Tailscale settings, with the tailnet domain the cluster joined.

    Attributes:
        client_id (str | None): The Tailscale client ID the cluster uses.
        tailnet_domain (str | None): The domain of the tailnet the cluster is on.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    client_id: str | None = None
    tailnet_domain: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.client_id is not None:
            field_dict["clientId"] = to_json(self.client_id)
        if self.tailnet_domain is not None:
            field_dict["tailnetDomain"] = to_json(self.tailnet_domain)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        client_id = _d.pop("clientId", None)
        tailnet_domain = _d.pop("tailnetDomain", None)
        obj = cls(
            client_id=client_id,
            tailnet_domain=tailnet_domain,
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
