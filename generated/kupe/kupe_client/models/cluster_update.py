# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alerts import Alerts
    from ..models.resource_limits import ResourceLimits


T = TypeVar("T", bound="ClusterUpdate")


@_attrs_define
class ClusterUpdate:
    """The mutable settings of a cluster. Fields that are left out keep their current values. The immutable fields (`name`,
    `displayName`, `type`) are not accepted.

        Attributes:
            version (str | Unset): New Kubernetes version, such as `1.32`. Example: 1.32.
            resources (ResourceLimits | Unset): CPU, memory and storage limits of a cluster, each a Kubernetes quantity.
                Request form: unknown keys are rejected.
            alerts (Alerts | Unset): Overrides of the cluster's alert configuration, for tenants that already manage alerts
                through the API. The document does not describe the keys, so any object is accepted.
    """

    version: str | Unset = UNSET
    resources: ResourceLimits | Unset = UNSET
    alerts: Alerts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        alerts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = self.alerts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        cluster_update = cls(
            version=version,
            resources=resources,
            alerts=alerts,
        )

        return cluster_update
