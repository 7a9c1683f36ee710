# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_type import ClusterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alerts import Alerts
    from ..models.cluster_status import ClusterStatus
    from ..models.resource_limits_view import ResourceLimitsView


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A managed Kubernetes cluster of a tenant.

    Attributes:
        name (str): The cluster's name, unique within the tenant, and its identifier in paths. Example: production.
        display_name (str): Name shown to people. Example: Production.
        type_ (ClusterType): Tenancy model, `shared` or `dedicated`. Example: shared.
        status (ClusterStatus): Observed state of the cluster.
        resource_version (str): Version of the cluster record; it changes whenever the cluster changes. It names the
            same version as the `ETag` header. Example: 12345.
        created_at (datetime.datetime): When the cluster was created. Example: 2026-04-06T12:00:00Z.
        version (str | Unset): Kubernetes version of the cluster. Example: 1.31.
        resources (ResourceLimitsView | Unset): CPU, memory and storage limits of a cluster as the API returns them.
        alerts (Alerts | Unset): Overrides of the cluster's alert configuration, for tenants that already manage alerts
            through the API. The document does not describe the keys, so any object is accepted.
    """

    name: str
    display_name: str
    type_: ClusterType
    status: ClusterStatus
    resource_version: str
    created_at: datetime.datetime
    version: str | Unset = UNSET
    resources: ResourceLimitsView | Unset = UNSET
    alerts: Alerts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        type_ = self.type_.value

        status = self.status.to_dict()

        resource_version = self.resource_version

        created_at = self.created_at.isoformat()

        version = self.version

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        alerts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = self.alerts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "displayName": display_name,
                "type": type_,
                "status": status,
                "resourceVersion": resource_version,
                "createdAt": created_at,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if resources is not UNSET:
            field_dict["resources"] = resources
        if alerts is not UNSET:
            field_dict["alerts"] = alerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alerts import Alerts  # noqa: PLC0415
        from ..models.cluster_status import ClusterStatus  # noqa: PLC0415
        from ..models.resource_limits_view import ResourceLimitsView  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        display_name = d.pop("displayName")

        type_ = ClusterType(d.pop("type"))

        status = ClusterStatus.from_dict(d.pop("status"))

        resource_version = d.pop("resourceVersion")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        version = d.pop("version", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: ResourceLimitsView | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ResourceLimitsView.from_dict(_resources)

        _alerts = d.pop("alerts", UNSET)
        alerts: Alerts | Unset
        if isinstance(_alerts, Unset):
            alerts = UNSET
        else:
            alerts = Alerts.from_dict(_alerts)

        cluster = cls(
            name=name,
            display_name=display_name,
            type_=type_,
            status=status,
            resource_version=resource_version,
            created_at=created_at,
            version=version,
            resources=resources,
            alerts=alerts,
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
