# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, to_json
from ..models.cluster_create_type import ClusterCreateType

if TYPE_CHECKING:
    from ..models.alerts import Alerts
    from ..models.resource_limits import ResourceLimits


T = TypeVar("T", bound="ClusterCreate")


@_attrs_define
class ClusterCreate:
    """Settings of a new cluster. Only the fields below are accepted.

    Attributes:
        name (str): The cluster's name, unique within the tenant; it becomes the cluster's identifier in paths. Cannot
            be changed later. Kupe's API reference describes names as DNS labels (2 to 63 lowercase letters, digits and
            hyphens, starting and ending with a letter or digit); the source document sets no limit, so the spec does not
            enforce it.
        display_name (str): Name shown to people. Cannot be changed later.
        type_ (ClusterCreateType | str): Tenancy model: `shared` is the standard multi-tenant model; `dedicated` is
            accepted only for tenants where it has been enabled. Cannot be changed later.
        version (str | None): Kubernetes version of the cluster, such as `1.31`. Can be changed later.
        resources (ResourceLimits | None): CPU, memory and storage limits of a cluster, each a Kubernetes quantity.
            Request form: unknown keys are rejected.
        alerts (Alerts | None): Overrides of the cluster's alert configuration, for tenants that already manage alerts
            through the API. The document does not describe the keys, so any object is accepted.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    name: str
    display_name: str
    type_: ClusterCreateType | str
    version: str | None = None
    resources: ResourceLimits | None = None
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
        type_ = enum_value(ClusterCreateType, _d.pop("type"))
        version = _d.pop("version", None)
        resources = (
            None
            if (_resources := _d.pop("resources", None)) is None
            else ResourceLimits.from_dict(_resources)
        )
        alerts = None if (_alerts := _d.pop("alerts", None)) is None else Alerts.from_dict(_alerts)
        obj = cls(
            name=name,
            display_name=display_name,
            type_=type_,
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
