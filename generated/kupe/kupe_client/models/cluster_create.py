# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.cluster_create_type import ClusterCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alerts import Alerts
    from ..models.resource_limits import ResourceLimits


T = TypeVar("T", bound="ClusterCreate")


@_attrs_define
class ClusterCreate:
    """Settings of a new cluster. Only the fields below are accepted.

    Attributes:
        name (str): The cluster's name, unique within the tenant; it becomes the cluster's identifier in paths. Cannot
            be changed later. Example: production.
        display_name (str): Name shown to people. Cannot be changed later. Example: Production.
        type_ (ClusterCreateType): Tenancy model: `shared` is the standard multi-tenant model; `dedicated` is accepted
            only for tenants where it has been enabled. Cannot be changed later. Example: shared.
        version (str | Unset): Kubernetes version of the cluster, such as `1.31`. Can be changed later. Example: 1.31.
        resources (ResourceLimits | Unset): CPU, memory and storage limits of a cluster, each a Kubernetes quantity.
            Request form: unknown keys are rejected.
        alerts (Alerts | Unset): Overrides of the cluster's alert configuration, for tenants that already manage alerts
            through the API. The document does not describe the keys, so any object is accepted.
    """

    name: str
    display_name: str
    type_: ClusterCreateType
    version: str | Unset = UNSET
    resources: ResourceLimits | Unset = UNSET
    alerts: Alerts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        type_ = self.type_.value

        version = self.version

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        alerts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = self.alerts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "displayName": display_name,
                "type": type_,
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
        from ..models.resource_limits import ResourceLimits  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        display_name = d.pop("displayName")

        type_ = ClusterCreateType(d.pop("type"))

        version = d.pop("version", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: ResourceLimits | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ResourceLimits.from_dict(_resources)

        _alerts = d.pop("alerts", UNSET)
        alerts: Alerts | Unset
        if isinstance(_alerts, Unset):
            alerts = UNSET
        else:
            alerts = Alerts.from_dict(_alerts)

        cluster_create = cls(
            name=name,
            display_name=display_name,
            type_=type_,
            version=version,
            resources=resources,
            alerts=alerts,
        )

        return cluster_create
