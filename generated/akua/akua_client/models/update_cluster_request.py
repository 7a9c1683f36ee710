# generated from specs/akua.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, to_json
from ..models.cluster_provider import ClusterProvider

T = TypeVar("T", bound="UpdateClusterRequest")


@_attrs_define
class UpdateClusterRequest:
    """The cluster fields a PATCH may change. None is required.

    Attributes:
        name (str | None): A new display name.
        region_id (str | None): The identifier of the region to place the cluster in.
        provider (ClusterProvider | str | None): The control-plane family: `managed_kaas` is a control plane Akua
            manages, `imported_byoc`
            an imported cluster whose control plane its owner runs.
        kubeconfig (str | None): A kubeconfig through which the cluster's API server is reached.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    name: str | None = None
    region_id: str | None = None
    provider: ClusterProvider | str | None = None
    kubeconfig: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.name is not None:
            field_dict["name"] = to_json(self.name)
        if self.region_id is not None:
            field_dict["region_id"] = to_json(self.region_id)
        if self.provider is not None:
            field_dict["provider"] = to_json(self.provider)
        if self.kubeconfig is not None:
            field_dict["kubeconfig"] = to_json(self.kubeconfig)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        name = _d.pop("name", None)
        region_id = _d.pop("region_id", None)
        provider = (
            None
            if (_provider := _d.pop("provider", None)) is None
            else enum_value(ClusterProvider, _provider)
        )
        kubeconfig = _d.pop("kubeconfig", None)
        obj = cls(
            name=name,
            region_id=region_id,
            provider=provider,
            kubeconfig=kubeconfig,
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
