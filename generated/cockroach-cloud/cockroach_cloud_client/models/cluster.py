# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud_provider import CloudProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_config import ClusterConfig
    from ..models.cluster_region import ClusterRegion


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A CockroachDB Cloud cluster as the API reports it.

    Attributes:
        id (str): The cluster's unique id, used in the path of the other cluster operations. It differs
            from the routing ID used to connect to the cluster.
             Example: 3f1c7a52-8d4e-4b9a-9c61-2e5f0d7b8a14.
        name (str): The name given to the cluster at creation. Example: notorious-moose.
        cloud_provider (CloudProvider): A cloud infrastructure provider on which clusters run. Example: GCP.
        plan (str): The cluster's plan. The document shows only SERVERLESS and gives no closed list. Example:
            SERVERLESS.
        state (str): The cluster's lifecycle state. The document shows only CREATING and gives no closed
            list; CockroachDB Cloud's published states are CREATING, CREATED, CREATION_FAILED,
            LOCKED and DELETED (see the lifecycle in `x-resources`).
             Example: CREATING.
        operation_status (str): The status of an operation running on the cluster. The document shows only
            CLUSTER_STATUS_UNSPECIFIED and gives no closed list. Example: CLUSTER_STATUS_UNSPECIFIED.
        creator_id (str): The id of the account that created the cluster; for a cluster created through the API,
            the service account that owns the secret key used.
             Example: 7c2e9d14-51a3-4f6b-8e0d-9a4b3c2f1e65.
        created_at (datetime.datetime): When the cluster was created. Example: 2022-03-14T14:15:22Z.
        updated_at (datetime.datetime): When the cluster was last changed. Example: 2022-03-14T14:15:22Z.
        regions (list[ClusterRegion]): The regions in which the cluster runs, with their host names.
        config (ClusterConfig): The cluster's configuration. The document covers only Serverless clusters.
        deleted_at (datetime.datetime | Unset): When the cluster was deleted. Example: 2022-03-14T14:15:22Z.
    """

    id: str
    name: str
    cloud_provider: CloudProvider
    plan: str
    state: str
    operation_status: str
    creator_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    regions: list[ClusterRegion]
    config: ClusterConfig
    deleted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        cloud_provider = self.cloud_provider.value

        plan = self.plan

        state = self.state

        operation_status = self.operation_status

        creator_id = self.creator_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        config = self.config.to_dict()

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "cloud_provider": cloud_provider,
                "plan": plan,
                "state": state,
                "operation_status": operation_status,
                "creator_id": creator_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "regions": regions,
                "config": config,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_config import ClusterConfig  # noqa: PLC0415
        from ..models.cluster_region import ClusterRegion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        cloud_provider = CloudProvider(d.pop("cloud_provider"))

        plan = d.pop("plan")

        state = d.pop("state")

        operation_status = d.pop("operation_status")

        creator_id = d.pop("creator_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = ClusterRegion.from_dict(regions_item_data)

            regions.append(regions_item)

        config = ClusterConfig.from_dict(d.pop("config"))

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        cluster = cls(
            id=id,
            name=name,
            cloud_provider=cloud_provider,
            plan=plan,
            state=state,
            operation_status=operation_status,
            creator_id=creator_id,
            created_at=created_at,
            updated_at=updated_at,
            regions=regions,
            config=config,
            deleted_at=deleted_at,
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
