# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, parse_datetime, to_json
from ..models.cloud_provider import CloudProvider

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
        name (str): The name given to the cluster at creation.
        cloud_provider (CloudProvider | str): A cloud infrastructure provider on which clusters run.
        plan (str): The cluster's plan. The document shows only SERVERLESS and gives no closed list.
        state (str): The cluster's lifecycle state. The document shows only CREATING and gives no closed
            list; CockroachDB Cloud's published states are CREATING, CREATED, CREATION_FAILED,
            LOCKED and DELETED (see the lifecycle in `x-resources`).
        operation_status (str): The status of an operation running on the cluster. The document shows only
            CLUSTER_STATUS_UNSPECIFIED and gives no closed list.
        creator_id (str): The id of the account that created the cluster; for a cluster created through the API,
            the service account that owns the secret key used.
        created_at (datetime.datetime): When the cluster was created.
        updated_at (datetime.datetime): When the cluster was last changed.
        regions (list[ClusterRegion]): The regions in which the cluster runs, with their host names.
        config (ClusterConfig): The cluster's configuration. The document covers only Serverless clusters.
        deleted_at (datetime.datetime | None): When the cluster was deleted.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    id: str
    name: str
    cloud_provider: CloudProvider | str
    plan: str
    state: str
    operation_status: str
    creator_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    regions: list[ClusterRegion]
    config: ClusterConfig
    deleted_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["id"] = to_json(self.id)
        field_dict["name"] = to_json(self.name)
        field_dict["cloud_provider"] = to_json(self.cloud_provider)
        field_dict["plan"] = to_json(self.plan)
        field_dict["state"] = to_json(self.state)
        field_dict["operation_status"] = to_json(self.operation_status)
        field_dict["creator_id"] = to_json(self.creator_id)
        field_dict["created_at"] = to_json(self.created_at)
        field_dict["updated_at"] = to_json(self.updated_at)
        field_dict["regions"] = to_json(self.regions)
        field_dict["config"] = to_json(self.config)
        if self.deleted_at is not None:
            field_dict["deleted_at"] = to_json(self.deleted_at)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        id = _d.pop("id")
        name = _d.pop("name")
        cloud_provider = enum_value(CloudProvider, _d.pop("cloud_provider"))
        plan = _d.pop("plan")
        state = _d.pop("state")
        operation_status = _d.pop("operation_status")
        creator_id = _d.pop("creator_id")
        created_at = parse_datetime(_d.pop("created_at"))
        updated_at = parse_datetime(_d.pop("updated_at"))
        regions = [ClusterRegion.from_dict(item0) for item0 in _d.pop("regions")]
        config = ClusterConfig.from_dict(_d.pop("config"))
        deleted_at = (
            None
            if (_deleted_at := _d.pop("deleted_at", None)) is None
            else parse_datetime(_deleted_at)
        )
        obj = cls(
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


# The models this one nests, imported once its class exists: models may nest each other, and
# an import at the end resolves such cycles without an import on every from_dict.
from ..models.cluster_config import ClusterConfig  # noqa: E402
from ..models.cluster_region import ClusterRegion  # noqa: E402
