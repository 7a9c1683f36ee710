# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, to_json
from ..models.node_status import NodeStatus

T = TypeVar("T", bound="ClusterNode")


@_attrs_define
class ClusterNode:
    """One node of a cluster.

    Attributes:
        name (str | None): The node's name.
        region_name (str | None): The provider's region in which the node runs.
        status (NodeStatus | str | None): Whether the node is serving.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    name: str | None = None
    region_name: str | None = None
    status: NodeStatus | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.name is not None:
            field_dict["name"] = to_json(self.name)
        if self.region_name is not None:
            field_dict["region_name"] = to_json(self.region_name)
        if self.status is not None:
            field_dict["status"] = to_json(self.status)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        name = _d.pop("name", None)
        region_name = _d.pop("region_name", None)
        status = (
            None if (_status := _d.pop("status", None)) is None else enum_value(NodeStatus, _status)
        )
        obj = cls(
            name=name,
            region_name=region_name,
            status=status,
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
