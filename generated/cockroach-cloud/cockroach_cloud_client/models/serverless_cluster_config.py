# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

T = TypeVar("T", bound="ServerlessClusterConfig")


@_attrs_define
class ServerlessClusterConfig:
    """The configuration of a Serverless cluster.

    Attributes:
        regions (list[str] | None): Region codes in which the cluster runs.
        spend_limit (int | None): The most the cluster may cost per month, in US cents. 0 keeps the cluster free.
        routing_id (str | None): The cluster name followed by the tenant ID, which identifies the cluster when
            connecting to it. It differs from the cluster's id.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    regions: list[str] | None = None
    spend_limit: int | None = None
    routing_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.regions is not None:
            field_dict["regions"] = to_json(self.regions)
        if self.spend_limit is not None:
            field_dict["spend_limit"] = to_json(self.spend_limit)
        if self.routing_id is not None:
            field_dict["routing_id"] = to_json(self.routing_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        regions = None if (_regions := _d.pop("regions", None)) is None else list(_regions)
        spend_limit = _d.pop("spend_limit", None)
        routing_id = _d.pop("routing_id", None)
        obj = cls(
            regions=regions,
            spend_limit=spend_limit,
            routing_id=routing_id,
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
