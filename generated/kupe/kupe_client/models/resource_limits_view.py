# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceLimitsView")


@_attrs_define
class ResourceLimitsView:
    """CPU, memory and storage limits of a cluster as the API returns them.

    Attributes:
        cpu (str | Unset): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki, Mi,
            Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
        memory (str | Unset): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki,
            Mi, Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
        storage (str | Unset): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki,
            Mi, Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
    """

    cpu: str | Unset = UNSET
    memory: str | Unset = UNSET
    storage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        storage = self.storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        storage = d.pop("storage", UNSET)

        resource_limits_view = cls(
            cpu=cpu,
            memory=memory,
            storage=storage,
        )

        resource_limits_view.additional_properties = d
        return resource_limits_view

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
