# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerlessClusterConfig")


@_attrs_define
class ServerlessClusterConfig:
    """The configuration of a Serverless cluster.

    Attributes:
        regions (list[str] | Unset): Region codes in which the cluster runs.
        spend_limit (int | Unset): The most the cluster may cost per month, in US cents. 0 keeps the cluster free.
            Example: 0.
        routing_id (str | Unset): The cluster name followed by the tenant ID, which identifies the cluster when
            connecting to it. It differs from the cluster's id.
             Example: funky-skunk-123.
    """

    regions: list[str] | Unset = UNSET
    spend_limit: int | Unset = UNSET
    routing_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        spend_limit = self.spend_limit

        routing_id = self.routing_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regions is not UNSET:
            field_dict["regions"] = regions
        if spend_limit is not UNSET:
            field_dict["spend_limit"] = spend_limit
        if routing_id is not UNSET:
            field_dict["routing_id"] = routing_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regions = cast(list[str], d.pop("regions", UNSET))

        spend_limit = d.pop("spend_limit", UNSET)

        routing_id = d.pop("routing_id", UNSET)

        serverless_cluster_config = cls(
            regions=regions,
            spend_limit=spend_limit,
            routing_id=routing_id,
        )

        serverless_cluster_config.additional_properties = d
        return serverless_cluster_config

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
