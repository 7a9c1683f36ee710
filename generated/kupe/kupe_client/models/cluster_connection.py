# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClusterConnection")


@_attrs_define
class ClusterConnection:
    """What a Kubernetes client needs to reach the cluster's API server. It carries no user credentials: authenticate
    separately.

        Attributes:
            endpoint (str): URL of the cluster's Kubernetes API server. Example: https://production.acme.kupe.cloud.
            certificate_authority (str): The PEM-encoded CA certificate of the API server, base64-encoded. Example:
                LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t.
    """

    endpoint: str
    certificate_authority: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        certificate_authority = self.certificate_authority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "certificateAuthority": certificate_authority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        certificate_authority = d.pop("certificateAuthority")

        cluster_connection = cls(
            endpoint=endpoint,
            certificate_authority=certificate_authority,
        )

        cluster_connection.additional_properties = d
        return cluster_connection

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
