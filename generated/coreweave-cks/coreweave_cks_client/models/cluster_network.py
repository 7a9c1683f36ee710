# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

if TYPE_CHECKING:
    from ..models.service_node_port_range import ServiceNodePortRange


T = TypeVar("T", bound="ClusterNetwork")


@_attrs_define
class ClusterNetwork:
    """The cluster's Kubernetes overlay network, built from prefixes of the cluster's VPC.

    Attributes:
        pod_cidr_name (str | None): The name of the VPC prefix that pods take their addresses from.
        service_cidr_name (str | None): The name of the VPC prefix that Kubernetes Services take their addresses from.
        internal_lb_cidr_names (list[str] | None): The names of the VPC prefixes used for internal load balancers.
        service_node_port_range (ServiceNodePortRange | None): The range of ports that Kubernetes NodePort Services are
            allocated from.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    pod_cidr_name: str | None = None
    service_cidr_name: str | None = None
    internal_lb_cidr_names: list[str] | None = None
    service_node_port_range: ServiceNodePortRange | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.pod_cidr_name is not None:
            field_dict["podCidrName"] = to_json(self.pod_cidr_name)
        if self.service_cidr_name is not None:
            field_dict["serviceCidrName"] = to_json(self.service_cidr_name)
        if self.internal_lb_cidr_names is not None:
            field_dict["internalLbCidrNames"] = to_json(self.internal_lb_cidr_names)
        if self.service_node_port_range is not None:
            field_dict["serviceNodePortRange"] = to_json(self.service_node_port_range)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        pod_cidr_name = _d.pop("podCidrName", None)
        service_cidr_name = _d.pop("serviceCidrName", None)
        internal_lb_cidr_names = (
            None
            if (_internal_lb_cidr_names := _d.pop("internalLbCidrNames", None)) is None
            else list(_internal_lb_cidr_names)
        )
        service_node_port_range = (
            None
            if (_service_node_port_range := _d.pop("serviceNodePortRange", None)) is None
            else ServiceNodePortRange.from_dict(_service_node_port_range)
        )
        obj = cls(
            pod_cidr_name=pod_cidr_name,
            service_cidr_name=service_cidr_name,
            internal_lb_cidr_names=internal_lb_cidr_names,
            service_node_port_range=service_node_port_range,
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
from ..models.service_node_port_range import ServiceNodePortRange  # noqa: E402
