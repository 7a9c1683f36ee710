# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_node_port_range import ServiceNodePortRange


T = TypeVar("T", bound="ClusterNetwork")


@_attrs_define
class ClusterNetwork:
    """The cluster's Kubernetes overlay network, built from prefixes of the cluster's VPC.

    Attributes:
        pod_cidr_name (str | Unset): The name of the VPC prefix that pods take their addresses from.
        service_cidr_name (str | Unset): The name of the VPC prefix that Kubernetes Services take their addresses from.
        internal_lb_cidr_names (list[str] | Unset): The names of the VPC prefixes used for internal load balancers.
        service_node_port_range (ServiceNodePortRange | Unset): The range of ports that Kubernetes NodePort Services are
            allocated from.
    """

    pod_cidr_name: str | Unset = UNSET
    service_cidr_name: str | Unset = UNSET
    internal_lb_cidr_names: list[str] | Unset = UNSET
    service_node_port_range: ServiceNodePortRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pod_cidr_name = self.pod_cidr_name

        service_cidr_name = self.service_cidr_name

        internal_lb_cidr_names: list[str] | Unset = UNSET
        if not isinstance(self.internal_lb_cidr_names, Unset):
            internal_lb_cidr_names = self.internal_lb_cidr_names

        service_node_port_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_node_port_range, Unset):
            service_node_port_range = self.service_node_port_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pod_cidr_name is not UNSET:
            field_dict["podCidrName"] = pod_cidr_name
        if service_cidr_name is not UNSET:
            field_dict["serviceCidrName"] = service_cidr_name
        if internal_lb_cidr_names is not UNSET:
            field_dict["internalLbCidrNames"] = internal_lb_cidr_names
        if service_node_port_range is not UNSET:
            field_dict["serviceNodePortRange"] = service_node_port_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_node_port_range import ServiceNodePortRange  # noqa: PLC0415

        d = dict(src_dict)
        pod_cidr_name = d.pop("podCidrName", UNSET)

        service_cidr_name = d.pop("serviceCidrName", UNSET)

        internal_lb_cidr_names = cast(list[str], d.pop("internalLbCidrNames", UNSET))

        _service_node_port_range = d.pop("serviceNodePortRange", UNSET)
        service_node_port_range: ServiceNodePortRange | Unset
        if isinstance(_service_node_port_range, Unset):
            service_node_port_range = UNSET
        else:
            service_node_port_range = ServiceNodePortRange.from_dict(_service_node_port_range)

        cluster_network = cls(
            pod_cidr_name=pod_cidr_name,
            service_cidr_name=service_cidr_name,
            internal_lb_cidr_names=internal_lb_cidr_names,
            service_node_port_range=service_node_port_range,
        )

        cluster_network.additional_properties = d
        return cluster_network

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
