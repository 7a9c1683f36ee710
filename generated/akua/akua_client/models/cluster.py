# generated from specs/akua.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, to_json
from ..models.cluster_provider import ClusterProvider
from ..models.cluster_state import ClusterState

T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A cluster as the API returns it. Every field is always present.

    Attributes:
        id (str): The identifier the server assigned to the cluster.
        name (str): The cluster's display name.
        workspace_id (str): The workspace that owns the cluster.
        state (ClusterState | str): Where the cluster is in its lifecycle; values are lowercase, the canonical spelling.
        provider (ClusterProvider | str): The control-plane family: `managed_kaas` is a control plane Akua manages,
            `imported_byoc`
            an imported cluster whose control plane its owner runs.
        reconciling (bool): Whether the cluster is being brought in line with its desired configuration.
        created_at (int): When the cluster was created, in seconds since the Unix epoch.
        updated_at (int): When the cluster last changed, in seconds since the Unix epoch.
        etag (str): The version of this cluster; send it in `if-match` on the next write.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    id: str
    name: str
    workspace_id: str
    state: ClusterState | str
    provider: ClusterProvider | str
    reconciling: bool
    created_at: int
    updated_at: int
    etag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["id"] = to_json(self.id)
        field_dict["name"] = to_json(self.name)
        field_dict["workspace_id"] = to_json(self.workspace_id)
        field_dict["state"] = to_json(self.state)
        field_dict["provider"] = to_json(self.provider)
        field_dict["reconciling"] = to_json(self.reconciling)
        field_dict["created_at"] = to_json(self.created_at)
        field_dict["updated_at"] = to_json(self.updated_at)
        field_dict["etag"] = to_json(self.etag)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        id = _d.pop("id")
        name = _d.pop("name")
        workspace_id = _d.pop("workspace_id")
        state = enum_value(ClusterState, _d.pop("state"))
        provider = enum_value(ClusterProvider, _d.pop("provider"))
        reconciling = _d.pop("reconciling")
        created_at = _d.pop("created_at")
        updated_at = _d.pop("updated_at")
        etag = _d.pop("etag")
        obj = cls(
            id=id,
            name=name,
            workspace_id=workspace_id,
            state=state,
            provider=provider,
            reconciling=reconciling,
            created_at=created_at,
            updated_at=updated_at,
            etag=etag,
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
