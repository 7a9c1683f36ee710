# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_status import NodeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterNode")


@_attrs_define
class ClusterNode:
    """One node of a cluster.

    Attributes:
        name (str | Unset): The node's name. Example: cockroachdb-0.
        region_name (str | Unset): The provider's region in which the node runs. Example: us-central1.
        status (NodeStatus | Unset): Whether the node is serving. Example: LIVE.
    """

    name: str | Unset = UNSET
    region_name: str | Unset = UNSET
    status: NodeStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region_name = self.region_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if region_name is not UNSET:
            field_dict["region_name"] = region_name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        region_name = d.pop("region_name", UNSET)

        _status = d.pop("status", UNSET)
        status: NodeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NodeStatus(_status)

        cluster_node = cls(
            name=name,
            region_name=region_name,
            status=status,
        )

        cluster_node.additional_properties = d
        return cluster_node

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
