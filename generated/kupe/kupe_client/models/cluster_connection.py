# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

T = TypeVar("T", bound="ClusterConnection")


@_attrs_define
class ClusterConnection:
    """What a Kubernetes client needs to reach the cluster's API server: its endpoint and the CA certificate to trust. It
    carries no user credentials: authenticate separately. The field names and encodings below are those of Kupe's API
    reference; as that page is not a source document, neither field is required and their formats are not enforced.

        Attributes:
            endpoint (str | None): URL of the cluster's Kubernetes API server, such as `https://production.acme.kupe.cloud`.
            certificate_authority (str | None): The CA certificate of the API server, PEM-encoded and then base64-encoded.

        Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    endpoint: str | None = None
    certificate_authority: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.endpoint is not None:
            field_dict["endpoint"] = to_json(self.endpoint)
        if self.certificate_authority is not None:
            field_dict["certificateAuthority"] = to_json(self.certificate_authority)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        endpoint = _d.pop("endpoint", None)
        certificate_authority = _d.pop("certificateAuthority", None)
        obj = cls(
            endpoint=endpoint,
            certificate_authority=certificate_authority,
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
