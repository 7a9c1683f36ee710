# generated from specs/akua.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cluster_provider import ClusterProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateClusterRequest")


@_attrs_define
class UpdateClusterRequest:
    """The cluster fields a PATCH may change. None is required.

    Attributes:
        name (str | Unset): A new display name.
        region_id (str | Unset): The identifier of the region to place the cluster in.
        provider (ClusterProvider | Unset): The control-plane family: `managed_kaas` is a control plane Akua manages,
            `imported_byoc`
            an imported cluster whose control plane its owner runs.
        kubeconfig (str | Unset): A kubeconfig through which the cluster's API server is reached.
    """

    name: str | Unset = UNSET
    region_id: str | Unset = UNSET
    provider: ClusterProvider | Unset = UNSET
    kubeconfig: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region_id = self.region_id

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        kubeconfig = self.kubeconfig

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if region_id is not UNSET:
            field_dict["region_id"] = region_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if kubeconfig is not UNSET:
            field_dict["kubeconfig"] = kubeconfig

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        region_id = d.pop("region_id", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: ClusterProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ClusterProvider(_provider)

        kubeconfig = d.pop("kubeconfig", UNSET)

        update_cluster_request = cls(
            name=name,
            region_id=region_id,
            provider=provider,
            kubeconfig=kubeconfig,
        )

        return update_cluster_request
