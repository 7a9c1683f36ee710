# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

if TYPE_CHECKING:
    from ..models.alerts import Alerts
    from ..models.resource_limits import ResourceLimits


T = TypeVar("T", bound="ClusterUpdate")


@_attrs_define
class ClusterUpdate:
    """The mutable settings of a cluster. Fields that are left out keep their current values. The immutable fields (`name`,
    `displayName`, `type`) are not accepted.

        Attributes:
            version (str | None): New Kubernetes version, such as `1.32`.
            resources (ResourceLimits | None): CPU, memory and storage limits of a cluster, each a Kubernetes quantity.
                Request form: unknown keys are rejected.
            alerts (Alerts | None): Overrides of the cluster's alert configuration, for tenants that already manage alerts
                through the API. The document does not describe the keys, so any object is accepted.

        Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    version: str | None = None
    resources: ResourceLimits | None = None
    alerts: Alerts | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
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
        version = _d.pop("version", None)
        resources = (
            None
            if (_resources := _d.pop("resources", None)) is None
            else ResourceLimits.from_dict(_resources)
        )
        alerts = None if (_alerts := _d.pop("alerts", None)) is None else Alerts.from_dict(_alerts)
        obj = cls(
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
from ..models.resource_limits import ResourceLimits  # noqa: E402
