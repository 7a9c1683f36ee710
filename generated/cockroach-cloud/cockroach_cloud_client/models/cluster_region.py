# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterRegion")


@_attrs_define
class ClusterRegion:
    """One region of a cluster.

    Attributes:
        name (str | Unset): The provider's code of the region. Example: us-central1.
        sql_dns (str | Unset): DNS name of the host that serves SQL connections in this region. Example: free-tier.gcp-
            us-central1.cockroachlabs.cloud.
        ui_dns (str | Unset): DNS name of the host of the cluster's console in this region; the document's example
            leaves it empty.
    """

    name: str | Unset = UNSET
    sql_dns: str | Unset = UNSET
    ui_dns: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sql_dns = self.sql_dns

        ui_dns = self.ui_dns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sql_dns is not UNSET:
            field_dict["sql_dns"] = sql_dns
        if ui_dns is not UNSET:
            field_dict["ui_dns"] = ui_dns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        sql_dns = d.pop("sql_dns", UNSET)

        ui_dns = d.pop("ui_dns", UNSET)

        cluster_region = cls(
            name=name,
            sql_dns=sql_dns,
            ui_dns=ui_dns,
        )

        cluster_region.additional_properties = d
        return cluster_region

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
