# generated from specs/akua.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cluster_provider import ClusterProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClusterRequest")


@_attrs_define
class CreateClusterRequest:
    """A new cluster. `name`, `region_id` and `provider` are required; an `imported_byoc`
    cluster also needs its `kubeconfig`.

        Attributes:
            name (str): The cluster's display name.
            region_id (str): The identifier of the region to place the cluster in.
            provider (ClusterProvider): The control-plane family: `managed_kaas` is a control plane Akua manages,
                `imported_byoc`
                an imported cluster whose control plane its owner runs.
            kubeconfig (str | Unset): A kubeconfig through which the cluster's API server is reached; required for
                `imported_byoc`.
    """

    name: str
    region_id: str
    provider: ClusterProvider
    kubeconfig: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region_id = self.region_id

        provider = self.provider.value

        kubeconfig = self.kubeconfig

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "region_id": region_id,
                "provider": provider,
            }
        )
        if kubeconfig is not UNSET:
            field_dict["kubeconfig"] = kubeconfig

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        region_id = d.pop("region_id")

        provider = ClusterProvider(d.pop("provider"))

        kubeconfig = d.pop("kubeconfig", UNSET)

        create_cluster_request = cls(
            name=name,
            region_id=region_id,
            provider=provider,
            kubeconfig=kubeconfig,
        )

        return create_cluster_request
