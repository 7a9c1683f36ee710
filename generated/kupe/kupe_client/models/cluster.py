# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, parse_datetime, to_json
from ..models.cluster_type import ClusterType

if TYPE_CHECKING:
    from ..models.alerts import Alerts
    from ..models.cluster_status import ClusterStatus
    from ..models.resource_limits_view import ResourceLimitsView


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A managed Kubernetes cluster of a tenant.

    Attributes:
        name (str): The cluster's name, unique within the tenant, and its identifier in paths.
        display_name (str): Name shown to people.
        type_ (ClusterType | str): Tenancy model, `shared` or `dedicated`.
        status (ClusterStatus): Observed state of the cluster.
        resource_version (str): Version of the cluster record; it changes whenever the cluster changes. It names the
            same version as the `ETag` header.
        created_at (datetime.datetime): When the cluster was created.
        version (str | None): Kubernetes version of the cluster.
        resources (ResourceLimitsView | None): CPU, memory and storage limits of a cluster as the API returns them.
        alerts (Alerts | None): Overrides of the cluster's alert configuration, for tenants that already manage alerts
            through the API. The document does not describe the keys, so any object is accepted.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    name: str
    display_name: str
    type_: ClusterType | str
    status: ClusterStatus
    resource_version: str
    created_at: datetime.datetime
    version: str | None = None
    resources: ResourceLimitsView | None = None
    alerts: Alerts | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["name"] = to_json(self.name)
        field_dict["displayName"] = to_json(self.display_name)
        field_dict["type"] = to_json(self.type_)
        field_dict["status"] = to_json(self.status)
        field_dict["resourceVersion"] = to_json(self.resource_version)
        field_dict["createdAt"] = to_json(self.created_at)
        if self.version is not None:
            field_dict["version"] = to_json(self.version)
        if self.resources is not None:
            field_dict["resources"] = to_json(self.resources)
        if self.alerts is not None:
            field_dict["alerts"] = to_json(self.alerts)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        name = _d.pop("name")
        display_name = _d.pop("displayName")
        type_ = enum_value(ClusterType, _d.pop("type"))
        status = ClusterStatus.from_dict(_d.pop("status"))
        resource_version = _d.pop("resourceVersion")
        created_at = parse_datetime(_d.pop("createdAt"))
        version = _d.pop("version", None)
        resources = (
            None
            if (_resources := _d.pop("resources", None)) is None
            else ResourceLimitsView.from_dict(_resources)
        )
        alerts = None if (_alerts := _d.pop("alerts", None)) is None else Alerts.from_dict(_alerts)
        obj = cls(
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
from ..models.alerts import Alerts  # noqa: E402
from ..models.cluster_status import ClusterStatus  # noqa: E402
from ..models.resource_limits_view import ResourceLimitsView  # noqa: E402
