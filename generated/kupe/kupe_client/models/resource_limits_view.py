# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

T = TypeVar("T", bound="ResourceLimitsView")


@_attrs_define
class ResourceLimitsView:
    """CPU, memory and storage limits of a cluster as the API returns them.

    Attributes:
        cpu (str | None): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki, Mi,
            Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
        memory (str | None): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki, Mi,
            Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
        storage (str | None): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki,
            Mi, Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    cpu: str | None = None
    memory: str | None = None
    storage: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.cpu is not None:
            field_dict["cpu"] = to_json(self.cpu)
        if self.memory is not None:
            field_dict["memory"] = to_json(self.memory)
        if self.storage is not None:
            field_dict["storage"] = to_json(self.storage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        cpu = _d.pop("cpu", None)
        memory = _d.pop("memory", None)
        storage = _d.pop("storage", None)
        obj = cls(
            cpu=cpu,
            memory=memory,
            storage=storage,
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
