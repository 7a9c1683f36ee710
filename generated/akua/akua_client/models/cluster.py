# generated from specs/akua.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        state (ClusterState): Where the cluster is in its lifecycle; values are lowercase, the canonical spelling.
        provider (ClusterProvider): The control-plane family: `managed_kaas` is a control plane Akua manages,
            `imported_byoc`
            an imported cluster whose control plane its owner runs.
        reconciling (bool): Whether the cluster is being brought in line with its desired configuration.
        created_at (int): When the cluster was created, in seconds since the Unix epoch.
        updated_at (int): When the cluster last changed, in seconds since the Unix epoch.
        etag (str): The version of this cluster; send it in `if-match` on the next write.
    """

    id: str
    name: str
    workspace_id: str
    state: ClusterState
    provider: ClusterProvider
    reconciling: bool
    created_at: int
    updated_at: int
    etag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        workspace_id = self.workspace_id

        state = self.state.value

        provider = self.provider.value

        reconciling = self.reconciling

        created_at = self.created_at

        updated_at = self.updated_at

        etag = self.etag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "workspace_id": workspace_id,
                "state": state,
                "provider": provider,
                "reconciling": reconciling,
                "created_at": created_at,
                "updated_at": updated_at,
                "etag": etag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        workspace_id = d.pop("workspace_id")

        state = ClusterState(d.pop("state"))

        provider = ClusterProvider(d.pop("provider"))

        reconciling = d.pop("reconciling")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        etag = d.pop("etag")

        cluster = cls(
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

        cluster.additional_properties = d
        return cluster

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
