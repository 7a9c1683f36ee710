# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

T = TypeVar("T", bound="ClusterRegion")


@_attrs_define
class ClusterRegion:
    """One region of a cluster.

    Attributes:
        name (str | None): The provider's code of the region.
        sql_dns (str | None): DNS name of the host that serves SQL connections in this region.
        ui_dns (str | None): DNS name of the host of the cluster's console in this region; the document's example leaves
            it empty.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    name: str | None = None
    sql_dns: str | None = None
    ui_dns: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.name is not None:
            field_dict["name"] = to_json(self.name)
        if self.sql_dns is not None:
            field_dict["sql_dns"] = to_json(self.sql_dns)
        if self.ui_dns is not None:
            field_dict["ui_dns"] = to_json(self.ui_dns)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        name = _d.pop("name", None)
        sql_dns = _d.pop("sql_dns", None)
        ui_dns = _d.pop("ui_dns", None)
        obj = cls(
            name=name,
            sql_dns=sql_dns,
            ui_dns=ui_dns,
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
