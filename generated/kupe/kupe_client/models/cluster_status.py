# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_status_phase import ClusterStatusPhase

T = TypeVar("T", bound="ClusterStatus")


@_attrs_define
class ClusterStatus:
    """Observed state of the cluster.

    Attributes:
        phase (ClusterStatusPhase): Provisioning progress. A new cluster starts in `Pending`, then passes through
            `Provisioning` to `Running`, where it is ready for use. `Failed` and `Error` mean provisioning did not succeed.
            Example: Running.
    """

    phase: ClusterStatusPhase
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase": phase,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phase = ClusterStatusPhase(d.pop("phase"))

        cluster_status = cls(
            phase=phase,
        )

        cluster_status.additional_properties = d
        return cluster_status

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
